#include "syntax/train_main.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::syntax {
namespace {

std::vector<ConlluSentence> Numbered(int n) {
  std::vector<ConlluSentence> v(n);
  for (int i = 0; i < n; ++i) v[i].words.resize(1), v[i].words[0].form = std::to_string(i);
  return v;
}

std::vector<std::string> Forms(const std::vector<ConlluSentence>& v) {
  std::vector<std::string> out;
  for (const auto& s : v) out.push_back(s.words[0].form);
  return out;
}

TEST(BagSentences, KeepsAboutTheFractionInOrderAndDependsOnTheSeed) {
  auto a = Numbered(4000), b = Numbered(4000), a2 = Numbered(4000);
  BagSentences(0.85, 7, &a);
  BagSentences(0.85, 8, &b);
  BagSentences(0.85, 7, &a2);
  EXPECT_NEAR(a.size(), 3400.0, 100.0);
  EXPECT_NEAR(b.size(), 3400.0, 100.0);
  EXPECT_EQ(Forms(a), Forms(a2));  // deterministic for a seed
  EXPECT_NE(Forms(a), Forms(b));   // other seeds, other samples
  for (size_t i = 1; i < a.size(); ++i)
    EXPECT_LT(std::stoi(a[i - 1].words[0].form), std::stoi(a[i].words[0].form));
  // Every kept sentence is intact (no moved-from element survives).
  for (const auto& s : a) EXPECT_FALSE(s.words[0].form.empty());
}

TEST(BagSentences, FractionOneKeepsEverything) {
  auto a = Numbered(500);
  BagSentences(1.0, 3, &a);
  EXPECT_EQ(Forms(a), Forms(Numbered(500)));
}

}  // namespace
}  // namespace newsgraph::syntax
