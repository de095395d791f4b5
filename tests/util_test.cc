// extractor/util: the helpers the library and the CLI share, each against a
// reference (ICU's UTF-8 macros, FNV's published test vectors).
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <string>

#include "fnv1a.h"
#include "utf8_append.h"

namespace communique {
namespace {

// Every code point and a few past U+10FFFF, against ICU's U8_APPEND (which
// flags surrogates and values past U+10FFFF: U+FFFD for us).
TEST(Util, AppendUtf8MatchesIcuForEveryCodePoint) {
  for (uint32_t c = 0; c <= 0x110100; ++c) {
    std::string ours;
    AppendUtf8(ours, c);
    char bytes[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(bytes, length, 4, static_cast<UChar32>(c), error);
    const std::string icu = error ? std::string("\xEF\xBF\xBD") : std::string(bytes, length);
    ASSERT_EQ(ours, icu) << "U+" << std::hex << c;
  }
  std::string out = "x";
  AppendUtf8(out, 0xFFFFFFFF);
  EXPECT_EQ(out, "x\xEF\xBF\xBD");
}

TEST(Util, Fnv1a64MatchesTheReferenceVectors) {
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ULL);
  // Parts continue the hash: "foo" then "bar" is "foobar".
  EXPECT_EQ(Fnv1a64("bar", Fnv1a64("foo")), Fnv1a64("foobar"));
}

}  // namespace
}  // namespace communique
