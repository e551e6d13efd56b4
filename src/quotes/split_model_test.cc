#include "quotes/split_model.h"

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

// 0 They 1 expressed 2 deep 3 concern 4 about 5 the 6 policy 7 .
constexpr char kConcern[] =
    "They/PRON/1/nsubj expressed/VERB/-1/root deep/ADJ/3/amod concern/NOUN/1/obj "
    "about/ADP/6/case the/DET/6/det policy/NOUN/3/nmod ./PUNCT/1/punct";

RawQuote Concern(const Document& d) {
  RawQuote q;
  q.kind = "indirect";
  q.source = Find(d, "They");
  q.cue = q.cue_word = Find(d, "expressed");
  q.content = Find(d, "deep concern about the policy");
  return q;
}

// A ranker taught that this content starts at "the" (token 5).
Ranker TrainOnConcern(const Document& d) {
  std::optional<SplitChoices> c = SplitCandidates(d, ComputeEdges(d), Concern(d));
  EXPECT_TRUE(c.has_value());
  int truth = -1;
  for (size_t i = 0; i < c->tokens.size(); ++i)
    if (c->tokens[i] == 5) truth = static_cast<int>(i);
  RankerTrainer t;
  for (int i = 0; i < 3; ++i) t.Train(c->features, truth);
  return t.Finalize();
}

TEST(SplitModelTest, CandidatesFollowTheCueWordAndSkipPunctuation) {
  Document d = Parsed(kConcern);
  std::optional<SplitChoices> c = SplitCandidates(d, ComputeEdges(d), Concern(d));
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->tokens, (std::vector<int>{2, 3, 4, 5, 6}));
  EXPECT_EQ(c->current, 0);
  ASSERT_EQ(c->features.size(), c->tokens.size());
  // Deterministic features.
  std::optional<SplitChoices> again = SplitCandidates(d, ComputeEdges(d), Concern(d));
  EXPECT_EQ(again->features, c->features);
}

TEST(SplitModelTest, NoFrameNoCandidates) {
  Document d = Parsed(kConcern);
  RawQuote direct = Concern(d);
  direct.kind = "direct";
  EXPECT_FALSE(SplitCandidates(d, ComputeEdges(d), direct).has_value());
  RawQuote before = Concern(d);
  before.content = Find(d, "They");
  EXPECT_FALSE(SplitCandidates(d, ComputeEdges(d), before).has_value());
  Document bare("They expressed deep concern about the policy .", ArticleMeta{});
  EXPECT_FALSE(SplitCandidates(bare, ComputeEdges(bare), Concern(bare)).has_value());
}

TEST(SplitModelTest, MovesTheBoundaryWhenTheModelLeadsByTheMargin) {
  Document d = Parsed(kConcern);
  SplitModel m;
  m.ranker = TrainOnConcern(d);
  std::vector<RawQuote> qs = {Concern(d)};
  SplitQuotes(d, ComputeEdges(d), m, &qs);
  EXPECT_EQ(Sub(d, *qs[0].cue), "expressed deep concern about");
  EXPECT_EQ(Sub(d, qs[0].content), "the policy");
  EXPECT_EQ(Sub(d, *qs[0].source), "They");
  // A margin above the lead keeps the boundary; an empty model too.
  m.margin = 1e9f;
  std::vector<RawQuote> kept = {Concern(d)};
  SplitQuotes(d, ComputeEdges(d), m, &kept);
  EXPECT_EQ(Sub(d, kept[0].content), "deep concern about the policy");
  SplitQuotes(d, ComputeEdges(d), SplitModel(), &kept);
  EXPECT_EQ(Sub(d, kept[0].content), "deep concern about the policy");
}

TEST(SplitModelTest, TrainingIsDeterministic) {
  Document d = Parsed(kConcern);
  Ranker a = TrainOnConcern(d), b = TrainOnConcern(d);
  std::optional<SplitChoices> c = SplitCandidates(d, ComputeEdges(d), Concern(d));
  for (const FeatureVec& f : c->features) EXPECT_EQ(a.Score(f), b.Score(f));
}

TEST(SplitModelTest, ModelFileKeepsTheSplitModel) {
  Document d = Parsed(kConcern);
  CueModel m;
  m.cues["expressed"] = CueStat{0.4f, 20};
  m.split.ranker = TrainOnConcern(d);
  m.split.margin = 2.5f;
  auto back = ParseCueModel(SerializeCueModel(m));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->split.margin, 2.5f);
  std::optional<SplitChoices> c = SplitCandidates(d, ComputeEdges(d), Concern(d));
  for (const FeatureVec& f : c->features) EXPECT_EQ(back->split.ranker.Score(f), m.split.ranker.Score(f));
  // Older files load without a split model; newer ones are refused.
  ModelWriter v1;
  v1.PutF32(0.3f);
  v1.PutU32(0);
  auto old = ParseCueModel(v1.Serialize("quotes", 1));
  ASSERT_TRUE(old.ok()) << old.status().ToString();
  EXPECT_TRUE(old->split.empty());
  EXPECT_FALSE(ParseCueModel(v1.Serialize("quotes", kQuoteModelVersion + 1)).ok());
  EXPECT_EQ(kQuoteModelVersion, 5u);
}

}  // namespace
}  // namespace newsgraph::quotes
