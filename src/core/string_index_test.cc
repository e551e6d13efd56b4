#include "core/string_index.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph {
namespace {

TEST(HashKey, SameBytesSameHashAndLengthMatters) {
  EXPECT_EQ(HashKey("new york"), HashKey(std::string("new york")));
  EXPECT_NE(HashKey("new york"), HashKey("new yorl"));
  EXPECT_NE(HashKey(std::string_view("a\0", 2)), HashKey("a"));
  EXPECT_NE(HashKey(""), HashKey(std::string_view("\0", 1)));
  // Keys longer than one 8-byte step.
  EXPECT_NE(HashKey("united states of america"), HashKey("united states of americb"));
}

TEST(StringIndex, EmptyFindsNothing) {
  StringIndex idx;
  EXPECT_EQ(idx.Find("x"), StringIndex::kNone);
  idx.Build();
  EXPECT_EQ(idx.Find("x"), StringIndex::kNone);
  EXPECT_EQ(idx.size(), 0u);
}

TEST(StringIndex, FindsEveryKeyAndNothingElse) {
  StringIndex idx;
  for (uint32_t i = 0; i < 5000; ++i) ASSERT_TRUE(idx.Add("key " + std::to_string(i), i * 3));
  ASSERT_TRUE(idx.Add("", 7));
  idx.Build();
  EXPECT_EQ(idx.size(), 5001u);
  for (uint32_t i = 0; i < 5000; ++i) {
    std::string k = "key " + std::to_string(i);
    EXPECT_EQ(idx.Find(k), i * 3);
    EXPECT_EQ(idx.Find(k, HashKey(k)), i * 3);
    EXPECT_FALSE(idx.Contains("key  " + std::to_string(i)));
  }
  EXPECT_EQ(idx.Find(""), 7u);
  EXPECT_FALSE(idx.Contains("key 5000"));
  EXPECT_FALSE(idx.Contains("key"));
}

TEST(StringIndex, FirstValueOfADuplicateWins) {
  StringIndex idx;
  idx.Add("kyiv", 1);
  idx.Add("kyiv", 2);
  idx.Add("kiev", 3);
  idx.Build();
  EXPECT_EQ(idx.size(), 2u);
  EXPECT_EQ(idx.Find("kyiv"), 1u);
  EXPECT_EQ(idx.Find("kiev"), 3u);
}

TEST(StringIndex, RefusesTheEmptyValue) {
  StringIndex idx;
  EXPECT_FALSE(idx.Add("a", StringIndex::kNone));
  idx.Build();
  EXPECT_FALSE(idx.Contains("a"));
}

TEST(StringIndex, AddAfterBuildStartsANewTable) {
  StringIndex idx;
  idx.Add("a", 1);
  idx.Build();
  idx.Add("b", 2);
  idx.Build();
  EXPECT_FALSE(idx.Contains("a"));
  EXPECT_EQ(idx.Find("b"), 2u);
}

}  // namespace
}  // namespace newsgraph
