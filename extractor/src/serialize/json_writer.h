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

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // Starts a member of the current object; the next value call is its value.
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
  std::vector<bool> has_items_;  // per open container
  bool after_key_ = false;
};

}  // namespace communique::serialize

#endif  // COMMUNIQUE_SERIALIZE_JSON_WRITER_H_
