// A small streaming JSON writer: the output path is hot (nlohmann_json's
// DOM costs ~10x more per document), and the shape is fixed by SPEC 3.
#ifndef COMMUNIQUE_SERIALIZE_JSON_WRITER_H_
#define COMMUNIQUE_SERIALIZE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace communique::serialize {

class JsonWriter {
 public:
  explicit JsonWriter(bool pretty) : pretty_(pretty) {}

  // Reserves room for `bytes` of output, so that writes never reallocate
  // for a typical document (the caller knows its size).
  void Reserve(size_t bytes) {
    if (bytes > out_.size()) out_.resize(bytes);
  }

  // REQUIRES: containers nest less than 64 deep (SPEC 3's records are 4 deep).
  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // Starts a member of the current object; the next value call is its value.
  // REQUIRES: `key` is not empty, needs no escaping and stays valid until
  // that call (every key is a SPEC 3 name, written as a literal).
  void Key(std::string_view key) { pending_key_ = key; }
  void String(std::string_view value);
  void Int(int64_t value);
  void Bool(bool value);
  void Null();

  std::string Take() {
    // Growth doubles the buffer: beyond a megabyte of slack (only a huge
    // document gets there), the record is worth a copy to give it back.
    const bool slack = out_.size() - used_ > (size_t{1} << 20);
    out_.resize(used_);
    if (slack) out_.shrink_to_fit();
    used_ = 0;
    return std::move(out_);
  }

 private:
  // Values are written through a raw cursor into `out_`, sized ahead by
  // Room(): std::string's appends check capacity and write a terminator at
  // every call, which cost a third of the writer's time.
  //
  // A pointer to at least `bytes` writable bytes at the end of the output,
  // plus room for what goes before a value: the separator (a comma, a
  // newline and the indent when pretty) and the pending key.
  char* Room(size_t bytes);
  // Writes what is due before a value at `p` (separator, pending key);
  // returns the new end.
  char* Separate(char* p);
  // When pretty, a newline and the current level's indent at `p`; returns the new end.
  char* NewlineAndIndent(char* p) const;
  void Finish(const char* p) { used_ = static_cast<size_t>(p - out_.data()); }
  void Open(char bracket);
  void Close(char bracket);
  void Literal(std::string_view text);

  bool pretty_;
  // Key() only records its key: the value call writes both with one Room(),
  // half the bookkeeping for the members that make up most of a record.
  std::string_view pending_key_;
  int depth_ = 0;
  uint64_t has_items_ = 0;  // bit d: the container at depth d already holds a value
  std::string out_;         // output in [0, used_); the rest is room
  size_t used_ = 0;
};

}  // namespace communique::serialize

#endif  // COMMUNIQUE_SERIALIZE_JSON_WRITER_H_
