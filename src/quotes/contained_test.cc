#include "quotes/contained.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::quotes {
namespace {

RawQuote Q(const char* kind, uint32_t b, uint32_t e, Stage stage = Stage::kRule) {
  RawQuote q;
  q.kind = kind;
  q.content = Span{b, e};
  q.stage = stage;
  return q;
}

std::vector<std::string> Kinds(const std::vector<RawQuote>& qs) {
  std::vector<std::string> out;
  for (const RawQuote& q : qs) out.push_back(q.kind + std::to_string(q.content.begin));
  return out;
}

TEST(ContainedTest, DirectAndMixedInsideAnyQuoteGo) {
  std::vector<RawQuote> qs = {Q("indirect", 10, 100), Q("direct", 20, 40), Q("mixed", 50, 100),
                              Q("direct", 90, 120)};
  DropContainedQuotes(&qs);
  EXPECT_EQ(Kinds(qs), (std::vector<std::string>{"indirect10", "direct90"}));
}

TEST(ContainedTest, IndirectGoesOnlyInsideReportedSpeechAndNotWhenNested) {
  std::vector<RawQuote> qs = {Q("direct", 0, 50), Q("indirect", 10, 30),
                              Q("indirect", 60, 120), Q("indirect", 70, 90),
                              Q("indirect", 95, 110, Stage::kNested)};
  DropContainedQuotes(&qs);
  EXPECT_EQ(Kinds(qs),
            (std::vector<std::string>{"direct0", "indirect10", "indirect60", "indirect95"}));
}

TEST(ContainedTest, TheLaterOfTwoWithTheSameContentGoes) {
  std::vector<RawQuote> qs = {Q("indirect", 5, 40), Q("mixed", 5, 40), Q("indirect", 5, 40)};
  qs[0].cue_lemma = "say";
  DropContainedQuotes(&qs);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].cue_lemma, "say");
}

TEST(ContainedTest, DisjointAndOverlappingQuotesStay) {
  std::vector<RawQuote> qs = {Q("indirect", 0, 30), Q("direct", 20, 60), Q("indirect", 70, 80)};
  DropContainedQuotes(&qs);
  EXPECT_EQ(qs.size(), 3u);
  std::vector<RawQuote> none;
  DropContainedQuotes(&none);
  EXPECT_TRUE(none.empty());
}

TEST(ContainedTest, DirectBeginningInsideMixedGoesOthersStay) {
  // The direct quote at 90 runs one character past the mixed content (its
  // closing period); the one at 130 begins after it; the indirect at 95 is
  // not a direct quote.
  std::vector<RawQuote> qs = {Q("mixed", 50, 100), Q("direct", 90, 101), Q("indirect", 95, 120),
                              Q("direct", 130, 150)};
  DropDirectInsideMixed(&qs);
  EXPECT_EQ(Kinds(qs), (std::vector<std::string>{"mixed50", "indirect95", "direct130"}));
}

TEST(ContainedTest, DirectRunningOnPastMixedByASentenceStays) {
  std::vector<RawQuote> qs = {Q("mixed", 50, 100), Q("direct", 60, 103), Q("direct", 70, 140)};
  DropDirectInsideMixed(&qs);
  EXPECT_EQ(Kinds(qs), (std::vector<std::string>{"mixed50", "direct70"}));
}

TEST(ContainedTest, DirectInsideIndirectOrDirectIsNotDroppedByTheMixedRule) {
  std::vector<RawQuote> qs = {Q("indirect", 10, 100), Q("direct", 20, 110), Q("direct", 30, 120)};
  DropDirectInsideMixed(&qs);
  EXPECT_EQ(qs.size(), 3u);
}

TEST(ContainedTest, CuelessDirectInsideIndirectGoesAttributedStays) {
  // '… did not give "absolute evidence," but …': the quoted words of the
  // indirect content found again as a floating direct quote.
  std::vector<RawQuote> qs = {Q("indirect", 10, 100), Q("direct", 60, 101), Q("direct", 70, 102)};
  qs[2].cue = Span{103, 107};
  DropDirectInsideMixed(&qs);
  EXPECT_EQ(Kinds(qs), (std::vector<std::string>{"indirect10", "direct70"}));
}

}  // namespace
}  // namespace newsgraph::quotes
