#include "core/dict_text.h"

#include <gtest/gtest.h>

namespace newsgraph::dict_text {
namespace {

TEST(DictText, StripsCommentsAndKeepsLines) {
  EXPECT_EQ(StripXmlComments("a<!-- x\ny -->b", false), "a\nb");
  EXPECT_EQ(StripXmlComments("a<!DOCTYPE x>b", false), "a<!DOCTYPE x>b");
  EXPECT_EQ(StripXmlComments("a<!DOCTYPE x>b", true), "ab");
  EXPECT_EQ(StripXmlComments("a<!-- never closed", true), "a");
}

TEST(DictText, CutsHashCommentsOutsideBrackets) {
  EXPECT_EQ(CutComment("FOO [A#B] # note"), "FOO [A#B] ");
  EXPECT_EQ(Trim("  x y \t"), "x y");
  EXPECT_EQ(Upper("ab1c"), "AB1C");
}

}  // namespace
}  // namespace newsgraph::dict_text
