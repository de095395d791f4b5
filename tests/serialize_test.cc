#include "serialize/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "communique/serialize.h"
#include "testing/test_engine.h"

namespace communique {
namespace {

TEST(Serialize, EscapesTable) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "\"plain\""},
      {"quote \" and \\ backslash", "\"quote \\\" and \\\\ backslash\""},
      {"line\nbreak\ttab\rcr", "\"line\\nbreak\\ttab\\rcr\""},
      {std::string("nul\0x", 5), "\"nul\\u0000x\""},
      {"\x01\x1f", "\"\\u0001\\u001f\""},
      {"K\xC5\x8Dno \xE2\x80\x99", "\"K\xC5\x8Dno \xE2\x80\x99\""},  // UTF-8 passes through
      // Escapes in and around the 16-byte blocks the scan checks at once.
      {"0123456789abcde\"0123456789abcdef\\\x7f\x80", "\"0123456789abcde\\\"0123456789abcdef\\\\\x7f\x80\""},
      {"0123456789abcdef0123456789abcdef\n", "\"0123456789abcdef0123456789abcdef\\n\""},
      {"\x1f" "0123456789abcdef \xff", "\"\\u001f0123456789abcdef \xff\""},
  };
  for (const auto& [input, expected] : cases) {
    serialize::JsonWriter writer(false);
    writer.String(input);
    EXPECT_EQ(writer.Take(), expected);
  }
}

// The writer copies 16 bytes at a time and escapes behind the copy: compare
// it with a byte-by-byte reference on strings dense in escapes, at every
// length around the block size.
TEST(Serialize, EscapesAgainstByteReference) {
  auto reference = [](std::string_view value) {
    static const char kHex[] = "0123456789abcdef";
    std::string out = "\"";
    for (unsigned char c : value) {
      if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c == '\t') {
        out += "\\t";
      } else if (c < 0x20) {
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
      } else {
        out += static_cast<char>(c);
      }
    }
    return out + "\"";
  };
  const std::string alphabet = std::string("ab\"\\\n\t\x01\x1f \x7f\x80\xff", 12) + '\0';
  uint32_t seed = 12345;
  // Long values go in 4096-byte slices: lengths around the slice edges too.
  std::vector<size_t> lengths;
  for (size_t length = 0; length < 70; ++length) lengths.push_back(length);
  for (size_t length : {4095, 4096, 4097, 8191, 8193, 20000}) lengths.push_back(length);
  for (size_t length : lengths) {
    for (int round = 0; round < 20; ++round) {
      std::string value;
      for (size_t i = 0; i < length; ++i) {
        seed = seed * 1103515245 + 12345;
        value += alphabet[(seed >> 16) % alphabet.size()];
      }
      serialize::JsonWriter writer(false);
      writer.String(value);
      ASSERT_EQ(writer.Take(), reference(value)) << "length " << length;
    }
  }
}

// A long value does not leave the record holding six times its size (the
// worst-case room for its escapes). Regression: an 8 MB text kept a 48 MB buffer.
TEST(Serialize, LongValueKeepsNoWorstCaseBuffer) {
  const std::string value(8 << 20, 'a');
  serialize::JsonWriter writer(false);
  writer.String(value);
  const std::string json = writer.Take();
  EXPECT_EQ(json.size(), value.size() + 2);
  EXPECT_LE(json.capacity(), json.size() + (size_t{1} << 20));
}

// Exact layout of both modes, separators and indentation included.
TEST(Serialize, WriterLayout) {
  for (bool pretty : {false, true}) {
    serialize::JsonWriter writer(pretty);
    writer.BeginObject();
    writer.Key("a");
    writer.BeginArray();
    writer.Int(-9223372036854775807 - 1);
    writer.Bool(true);
    writer.BeginObject();
    writer.EndObject();
    writer.BeginArray();
    writer.Null();
    writer.EndArray();
    writer.EndArray();
    writer.Key("b");
    writer.String("x");
    writer.EndObject();
    EXPECT_EQ(writer.Take(),
              pretty ? "{\n  \"a\": [\n    -9223372036854775808,\n    true,\n    {},\n    [\n"
                       "      null\n    ]\n  ],\n  \"b\": \"x\"\n}"
                     : "{\"a\":[-9223372036854775808,true,{},[null]],\"b\":\"x\"}");
  }
}

TEST(Serialize, PrettyAndCompactAgree) {
  Document doc = testing::RunPipeline("The EU and Japan met on 13 May 2025.\n- Data: they agreed.",
                                      "2025-05-12");
  auto compact = nlohmann::json::parse(ToJson(doc));
  auto pretty = nlohmann::json::parse(ToJson(doc, {.include_rules = true, .pretty = true}));
  EXPECT_EQ(compact, pretty);
  EXPECT_EQ(compact["schema"], "communique/1");
  EXPECT_EQ(ToJson(doc), ToJson(doc));  // deterministic
}

// Every span's "text" is exactly the original's code points [start, end).
TEST(Serialize, SpanTextsAreOriginalSlices) {
  std::string text =
      "\xE2\x80\x9CThe EU\xE2\x80\x99s\xC2\xA0plan\xE2\x80\x9D: Japan and the EU agreed on 13 May "
      "to cooperate on AI.\nBackground\nK\xC5\x8Dno Tar\xC5\x8D met von der Leyen.";
  Document doc = testing::RunPipeline(text, "2025-05-12");
  auto json = nlohmann::json::parse(ToJson(doc));
  int checked = 0;
  std::function<void(const nlohmann::json&)> visit = [&](const nlohmann::json& value) {
    if (value.is_object()) {
      if (value.contains("start") && value.contains("text")) {
        uint32_t start = value["start"], end = value["end"];
        EXPECT_EQ(std::string(doc.OriginalSlice(start, end)), value["text"].get<std::string>());
        ++checked;
      }
      for (const auto& item : value.items()) visit(item.value());
    } else if (value.is_array()) {
      for (const auto& item : value) visit(item);
    }
  };
  visit(json);
  EXPECT_GT(checked, 3);
}

TEST(Serialize, ErrorRecord) {
  auto record = nlohmann::json::parse(ErrorRecordJson("doc \"1\"", "cannot read"));
  EXPECT_EQ(record["id"], "doc \"1\"");
  EXPECT_EQ(record["error"]["message"], "cannot read");
}

}  // namespace
}  // namespace communique
