// A small streaming JSON writer: the output path is hot (nlohmann_json's
// DOM costs ~10x more per document), and the shape is fixed by SPEC 3.
#ifndef COMMUNIQUE_SERIALIZE_JSON_WRITER_H_
#define COMMUNIQUE_SERIALIZE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace communique::serialize {

class JsonWriter {
 public:
  explicit JsonWriter(bool pretty) : pretty_(pretty) {}

  // Reserves room for `bytes` of output, so that appends never reallocate
  // for a typical document (the caller knows its size).
  void Reserve(size_t bytes) { out_.reserve(bytes); }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // Starts a member of the current object; the next value call is its value.
  // REQUIRES: `key` needs no escaping (every key is a SPEC 3 name).
  void Key(std::string_view key);
  void String(std::string_view value);
  void Int(int64_t value);
  void Bool(bool value);
  void Null();

  std::string Take() { return std::move(out_); }

 private:
  void Open(char bracket);
  void Close(char bracket);
  void BeforeValue();
  void Newline();
  void AppendEscaped(std::string_view value);

  bool pretty_;
  std::string out_;
  std::string has_items_;  // per open container: 1 once it holds a value
  bool after_key_ = false;
};

}  // namespace communique::serialize

#endif  // COMMUNIQUE_SERIALIZE_JSON_WRITER_H_
