#include "core/mention_index.h"

#include <gtest/gtest.h>

#include <random>

namespace newsgraph {
namespace {

// Overlapping() finds what a scan of every mention finds, in the same order, on random
// mentions of random lengths (some empty, some long, some sharing a first byte).
TEST(MentionIndexTest, FindsWhatAScanFinds) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    Document doc;
    const int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) {
      Mention m;
      m.span.begin = rng() % 1000;
      m.span.end = m.span.begin + (rng() % 5 == 0 ? rng() % 300 : rng() % 20);
      doc.mentions.push_back(m);
    }
    const MentionIndex index(doc);
    for (int q = 0; q < 50; ++q) {
      Span s;
      s.begin = rng() % 1100;
      s.end = s.begin + rng() % 60;
      std::vector<uint32_t> want;
      for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
        const Span& m = doc.mentions[i].span;
        if (m.begin < s.end && s.begin < m.end) want.push_back(i);
      }
      EXPECT_EQ(index.Overlapping(s), want) << round << " " << s.begin << "-" << s.end;
    }
  }
}

TEST(MentionIndexTest, EmptyDocument) {
  Document doc;
  EXPECT_TRUE(MentionIndex(doc).Overlapping(Span{0, 10}).empty());
}

}  // namespace
}  // namespace newsgraph
