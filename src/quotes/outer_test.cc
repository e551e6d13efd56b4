#include "quotes/outer.h"

#include <gtest/gtest.h>

#include <string>

#include "quotes/test_util.h"

namespace newsgraph::quotes {
namespace {

using testing::Find;
using testing::Parsed;
using testing::Sub;

// 0 Officials 1 said 2 it 3 investigated 4 the 5 threats 6 .
constexpr char kSaid[] =
    "Officials/NOUN/1/nsubj said/VERB/-1/root it/PRON/3/nsubj investigated/VERB/1/ccomp "
    "the/DET/5/det threats/NOUN/3/obj ./PUNCT/1/punct";

RawQuote InnerQuote(const Document& d) {
  RawQuote q;
  q.kind = "indirect";
  q.cue = q.cue_word = Find(d, "investigated");
  q.source = Find(d, "it");
  q.content = Find(d, "the threats");
  return q;
}

TEST(OuterTest, TheSpeechVerbAboveTheCueTakesTheQuote) {
  Document d = Parsed(kSaid);
  std::vector<RawQuote> quotes = {InnerQuote(d)};
  LiftToSpeechVerb(d, ComputeEdges(d), CueScorer(), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(Sub(d, *quotes[0].cue), "said");
  EXPECT_EQ(Sub(d, *quotes[0].source), "Officials");
  EXPECT_EQ(Sub(d, quotes[0].content), "it investigated the threats");
  EXPECT_EQ(quotes[0].cue_lemma, "said");
}

TEST(OuterTest, AnAttitudeVerbOfTheLexiconTakesItToo) {
  // 0 Voters 1 believe 2 it 3 investigated 4 the 5 threats 6 .
  Document d = Parsed(
      "Voters/NOUN/1/nsubj believe/VERB/-1/root it/PRON/3/nsubj investigated/VERB/1/ccomp "
      "the/DET/5/det threats/NOUN/3/obj ./PUNCT/1/punct");
  std::vector<RawQuote> quotes = {InnerQuote(d)};
  LiftToSpeechVerb(d, ComputeEdges(d), CueScorer(), &quotes);
  EXPECT_EQ(Sub(d, *quotes[0].cue), "believe");
  EXPECT_EQ(Sub(d, *quotes[0].source), "Voters");
}

TEST(OuterTest, ASpeechVerbAnotherQuoteHoldsStays) {
  Document d = Parsed(kSaid);
  RawQuote outer;
  outer.kind = "indirect";
  outer.cue = outer.cue_word = Find(d, "said");
  outer.content = Find(d, "it investigated the threats");
  std::vector<RawQuote> quotes = {outer, InnerQuote(d)};
  LiftToSpeechVerb(d, ComputeEdges(d), CueScorer(), &quotes);
  EXPECT_EQ(Sub(d, *quotes[1].cue), "investigated");
}

}  // namespace
}  // namespace newsgraph::quotes
