#include "quotes/cue_tagger.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/model.h"
#include "quotes/test_util.h"

namespace newsgraph::quotes {
namespace {

using testing::Find;
using testing::Parsed;
using testing::Sub;

// 0 The 1 poll 2 found 3 that 4 voters 5 want 6 real 7 change 8 .
constexpr char kPoll[] =
    "The/DET/1/det poll/NOUN/2/nsubj found/VERB/-1/root that/SCONJ/5/mark voters/NOUN/5/nsubj "
    "want/VERB/2/ccomp real/ADJ/7/amod change/NOUN/5/obj ./PUNCT/2/punct";

// 0 The 1 deal 2 was 3 reported 4 by 5 the 6 Post 7 .
constexpr char kPassive[] =
    "The/DET/1/det deal/NOUN/3/nsubj:pass was/AUX/3/aux:pass reported/VERB/-1/root by/ADP/6/case "
    "the/DET/6/det Post/PROPN/3/obl:agent ./PUNCT/3/punct";

const CueCandidate* CandidateAt(const std::vector<CueCandidate>& cs, int cue) {
  for (const CueCandidate& c : cs)
    if (c.cue == cue) return &c;
  return nullptr;
}

TEST(CueTaggerTest, FramesAVerbFromItsParse) {
  Document d = Parsed(kPoll);
  SubtreeEdges edges = ComputeEdges(d);
  auto cs = CueCandidates(d, edges, CueScorer(), ExtractOptions(), {});
  const CueCandidate* c = CandidateAt(cs, 2);
  ASSERT_NE(c, nullptr);
  RawQuote q = CandidateQuote(d, *c);
  EXPECT_EQ(Sub(d, *q.cue), "found");
  EXPECT_EQ(Sub(d, *q.source), "The poll");
  EXPECT_EQ(Sub(d, q.content), "that voters want real change");
  EXPECT_EQ(q.kind, "indirect");
  EXPECT_FALSE(c->features.empty());
  // "want" frames its object, "real change".
  EXPECT_NE(CandidateAt(cs, 5), nullptr);
}

TEST(CueTaggerTest, PassiveTakesTheAgentWithoutBy) {
  Document d = Parsed(kPassive);
  auto cs = CueCandidates(d, ComputeEdges(d), CueScorer(), ExtractOptions(), {});
  const CueCandidate* c = CandidateAt(cs, 3);
  ASSERT_NE(c, nullptr);
  RawQuote q = CandidateQuote(d, *c);
  EXPECT_EQ(Sub(d, *q.source), "the Post");
  EXPECT_EQ(Sub(d, q.content), "The deal");
}

TEST(CueTaggerTest, WordsInsideReportedContentAreNestedCandidates) {
  Document d = Parsed(kPoll);
  RawQuote rule;
  rule.kind = "indirect";
  rule.content = Find(d, "voters want real change");
  auto cs = CueCandidates(d, ComputeEdges(d), CueScorer(), ExtractOptions(), {rule});
  EXPECT_EQ(CandidateAt(cs, 2), nullptr);  // its content would reach into the rule quote
  const CueCandidate* c = CandidateAt(cs, 5);
  ASSERT_NE(c, nullptr);
  ASSERT_TRUE(c->host.has_value());
  EXPECT_EQ(Sub(d, *c->host), "voters want real change");
  // Inside a direct quote nothing is a candidate.
  rule.kind = "direct";
  EXPECT_TRUE(CueCandidates(d, ComputeEdges(d), CueScorer(), ExtractOptions(), {rule}).empty());
}

TEST(CueTaggerTest, AnAcceptedNestedAttributionCutsItsHost) {
  // 0 Lee 1 said 2 taxes 3 rose 4 , 5 and 6 Kim 7 claimed 8 prices 9 fell 10 .
  Document d = Parsed(
      "Lee/PROPN/1/nsubj said/VERB/-1/root taxes/NOUN/3/nsubj rose/VERB/1/ccomp ,/PUNCT/7/punct "
      "and/CCONJ/7/cc Kim/PROPN/7/nsubj claimed/VERB/3/conj prices/NOUN/9/nsubj "
      "fell/VERB/7/ccomp ./PUNCT/1/punct");
  RawQuote outer;
  outer.kind = "indirect";
  outer.cue = outer.cue_word = Find(d, "said");
  outer.source = Find(d, "Lee");
  outer.content = Find(d, "taxes rose , and Kim claimed prices fell");
  std::vector<RawQuote> quotes = {outer};
  auto cs = CueCandidates(d, ComputeEdges(d), CueScorer(), ExtractOptions(), quotes);
  ASSERT_NE(CandidateAt(cs, 7), nullptr);
  RankerTrainer t(12);
  for (int e = 0; e < 3; ++e)
    for (const CueCandidate& c : cs) t.Train(TaggerChoices(c), c.cue == 7 ? 0 : 1);
  AddTaggedQuotes(d, ExtractOptions(), CueTagger{t.Finalize(), 0, 0}, cs, &quotes);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(Sub(d, quotes[0].content), "taxes rose");
  EXPECT_EQ(Sub(d, *quotes[1].source), "Kim");
  EXPECT_EQ(Sub(d, *quotes[1].cue), "claimed");
  EXPECT_EQ(Sub(d, quotes[1].content), "prices fell");
}

TEST(CueTaggerTest, NoParseNoCandidates) {
  Document d("The poll found that voters want change.", ArticleMeta{});
  EXPECT_TRUE(CueCandidates(d, ComputeEdges(d), CueScorer(), ExtractOptions(), {}).empty());
}

// Trains a tagger that accepts "found" and rejects "want" on the poll sentence.
Ranker TrainOnPoll(int epochs) {
  Document d = Parsed(kPoll);
  auto cs = CueCandidates(d, ComputeEdges(d), CueScorer(), ExtractOptions(), {});
  RankerTrainer t(12);
  for (int e = 0; e < epochs; ++e)
    for (const CueCandidate& c : cs) t.Train(TaggerChoices(c), c.cue == 2 ? 0 : 1);
  return t.Finalize();
}

TEST(CueTaggerTest, TrainingIsDeterministicAndAddsTheQuote) {
  Ranker a = TrainOnPoll(3), b = TrainOnPoll(3);
  Document d = Parsed(kPoll);
  auto cs = CueCandidates(d, ComputeEdges(d), CueScorer(), ExtractOptions(), {});
  for (const CueCandidate& c : cs) EXPECT_EQ(a.Score(c.features), b.Score(c.features));
  CueTagger tagger{a, 0, 0};
  std::vector<RawQuote> quotes;
  AddTaggedQuotes(d, ExtractOptions(), tagger, cs, &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(Sub(d, *quotes[0].cue), "found");
  // An empty tagger adds nothing.
  std::vector<RawQuote> none;
  AddTaggedQuotes(d, ExtractOptions(), CueTagger(), cs, &none);
  EXPECT_TRUE(none.empty());
}

TEST(CueTaggerTest, ModelFileKeepsTheTaggerAndRefusesNewerVersions) {
  CueModel m;
  m.cues["found"] = CueStat{0.2f, 50};
  m.tagger.ranker = TrainOnPoll(2);
  m.tagger.margin = 1.5f;
  std::string bytes = SerializeCueModel(m);
  auto back = ParseCueModel(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->tagger.margin, 1.5f);
  Document d = Parsed(kPoll);
  auto cs = CueCandidates(d, ComputeEdges(d), CueScorer(), ExtractOptions(), {});
  ASSERT_FALSE(cs.empty());
  EXPECT_NE(m.tagger.Score(cs[0].features), 0.0f);
  EXPECT_EQ(back->tagger.Score(cs[0].features), m.tagger.Score(cs[0].features));
  EXPECT_FALSE(ParseCueModel(bytes.substr(0, bytes.size() - 3)).ok());

  // A newer format is refused; a format-1 file (cue statistics only) loads
  // without a tagger.
  ModelWriter newer;
  newer.PutF32(0.3f);
  newer.PutU32(0);
  EXPECT_FALSE(ParseCueModel(newer.Serialize("quotes", kQuoteModelVersion + 1)).ok());
  auto v1 = ParseCueModel(newer.Serialize("quotes", 1));
  ASSERT_TRUE(v1.ok()) << v1.status().ToString();
  EXPECT_TRUE(v1->tagger.empty());
}

}  // namespace
}  // namespace newsgraph::quotes
