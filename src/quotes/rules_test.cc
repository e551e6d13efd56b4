#include "quotes/rules.h"

#include <gtest/gtest.h>

#include <string>

#include "quotes/test_util.h"

namespace newsgraph::quotes {
namespace {

using testing::Parsed;
using testing::Sub;

// 0 The 1 report 2 released 3 by 4 the 5 agency 6 found 7 that 8 the 9 river
// 10 was 11 polluted 12 .
constexpr char kReleasedBy[] =
    "The/DET/1/det report/NOUN/6/nsubj released/VERB/1/acl by/ADP/5/case the/DET/5/det "
    "agency/NOUN/2/obl found/VERB/-1/root that/SCONJ/11/mark the/DET/9/det river/NOUN/11/nsubj "
    "was/AUX/11/cop polluted/ADJ/6/ccomp ./PUNCT/6/punct";

TEST(RulesTest, ParticipleWithAnAgentAfterANounIsNoCue) {
  // "released by" modifies "report": the attribution is "found", not
  // "The report released".
  Document d = Parsed(kReleasedBy);
  d.syntax[2].xpos = "VBN";
  CueScorer scorer({{"released", CueStat{0.6f, 20}}, {"found", CueStat{0.6f, 20}}});
  std::vector<RawQuote> quotes = RuleQuotes(d, scorer, ExtractOptions(), ComputeEdges(d));
  bool found = false;
  for (const RawQuote& q : quotes) {
    ASSERT_TRUE(q.cue.has_value());
    EXPECT_NE(Sub(d, *q.cue), "released");
    if (Sub(d, *q.cue) == "found") {
      found = true;
      EXPECT_EQ(Sub(d, q.content), "that the river was polluted");
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace newsgraph::quotes
