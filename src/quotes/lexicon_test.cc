#include "quotes/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace newsgraph::quotes {
namespace {

TEST(LexiconTest, SpeechCueLemmasAreSaidThingsNotBeliefs) {
  const std::vector<std::string> lemmas = SpeechCueLemmas();
  ASSERT_TRUE(std::is_sorted(lemmas.begin(), lemmas.end()));
  auto has = [&](const char* l) { return std::binary_search(lemmas.begin(), lemmas.end(), l); };
  EXPECT_TRUE(has("say"));
  EXPECT_TRUE(has("tell"));
  EXPECT_TRUE(has("according to"));
  EXPECT_FALSE(has("believe"));
  EXPECT_FALSE(has("want"));
  EXPECT_FALSE(has("find"));
}

TEST(LexiconTest, SubordinatorsOpenClausesOfTimeCauseOrCondition) {
  for (const char* w : {"before", "after", "when", "while", "because", "if", "although"})
    EXPECT_TRUE(IsSubordinator(w)) << w;
  for (const char* w : {"as", "like", "that", "said", "Before", ""}) EXPECT_FALSE(IsSubordinator(w)) << w;
}

}  // namespace
}  // namespace newsgraph::quotes
