#include "quotes/frames.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "quotes/filter.h"
#include "quotes/test_util.h"

namespace newsgraph::quotes {
namespace {

using testing::Find;
using testing::Parsed;
using testing::Sub;

// 0 The 1 book 2 details 3 several 4 donations 5 .
constexpr char kDetails[] =
    "The/DET/1/det book/NOUN/2/nsubj details/VERB/-1/root several/ADJ/4/amod "
    "donations/NOUN/2/obj ./PUNCT/2/punct";

CueScorer Scorer() { return CueScorer({{"details", CueStat{0.2f, 10}}}); }

TEST(FramesTest, SubjectVerbObjectIsACandidate) {
  Document d = Parsed(kDetails);
  std::vector<RawQuote> quotes;
  AddParseFrames(d, Scorer(), ExtractOptions(), 0.01f, ComputeEdges(d), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(Sub(d, *quotes[0].source), "The book");
  EXPECT_EQ(Sub(d, *quotes[0].cue), "details");
  EXPECT_EQ(Sub(d, quotes[0].content), "several donations");
  EXPECT_TRUE(quotes[0].FromParse());
}

TEST(FramesTest, ThresholdAndRuleQuotesWin) {
  Document d = Parsed(kDetails);
  std::vector<RawQuote> quotes;
  AddParseFrames(d, Scorer(), ExtractOptions(), 0.5f, ComputeEdges(d), &quotes);
  EXPECT_TRUE(quotes.empty());
  AddParseFrames(d, Scorer(), ExtractOptions(), 0.0f, ComputeEdges(d), &quotes);
  EXPECT_TRUE(quotes.empty());  // 0: frames off
  RawQuote rule;
  rule.kind = "indirect";
  rule.content = Span{0, 8};  // "The book"
  quotes.push_back(rule);
  AddParseFrames(d, Scorer(), ExtractOptions(), 0.01f, ComputeEdges(d), &quotes);
  EXPECT_EQ(quotes.size(), 1u);
}

TEST(FilterTest, DropsOnlyFilterableQuotes) {
  Document d = Parsed(kDetails);
  std::vector<RawQuote> quotes;
  AddParseFrames(d, Scorer(), ExtractOptions(), 0.01f, ComputeEdges(d), &quotes);
  RawQuote direct = quotes[0];
  direct.kind = "direct";
  quotes.push_back(direct);
  // A filter whose only weight is on the "drop" candidate.
  std::vector<float> w(1 << 10, 0.0f);
  w[FilterCandidates(d, quotes[0], 0.2f, MentionIndex(d))[1][0] & ((1 << 10) - 1)] = 5.0f;
  Ranker drop(w);
  std::vector<RawQuote> kept = quotes;
  FilterQuotes(d, Scorer(), ExtractOptions(), drop, 1.0f, &kept);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].kind, "direct");
  kept = quotes;
  FilterQuotes(d, Scorer(), ExtractOptions(), drop, 10.0f, &kept);  // margin too high
  EXPECT_EQ(kept.size(), 2u);
}

}  // namespace
}  // namespace newsgraph::quotes
