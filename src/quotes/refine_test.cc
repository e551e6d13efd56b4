#include "quotes/refine.h"

#include <gtest/gtest.h>

#include <string>

#include "quotes/test_util.h"

namespace newsgraph::quotes {
namespace {

using testing::Find;
using testing::Parsed;
using testing::Sub;

// 0 Reyes 1 said 2 on 3 Tuesday 4 that 5 rain 6 was 7 coming 8 .
constexpr char kSaidOnTuesday[] =
    "Reyes/PROPN/1/nsubj said/VERB/-1/root on/ADP/3/case Tuesday/PROPN/1/obl "
    "that/SCONJ/7/mark rain/NOUN/7/nsubj was/AUX/7/aux coming/VERB/1/ccomp ././1/punct";

TEST(RefineTest, AdjunctsBeforeTheComplementJoinTheCue) {
  Document d = Parsed(kSaidOnTuesday);
  d.syntax[8].upos = "PUNCT";
  RawQuote q;
  q.kind = "indirect";
  q.cue = q.cue_word = Find(d, "said");
  q.source = Find(d, "Reyes");
  q.content = Find(d, "on Tuesday that rain was coming");
  RefineReported(d, ComputeEdges(d), &q);
  EXPECT_EQ(Sub(d, q.content), "that rain was coming");
  // Time words alone stay out of the cue, as PolNeAR marks them mostly.
  EXPECT_EQ(Sub(d, *q.cue), "said");
}

TEST(RefineTest, ObjectBeforeTheComplementIsNotSkipped) {
  // 0 Reyes 1 told 2 reporters 3 that 4 rain 5 came
  Document d = Parsed(
      "Reyes/PROPN/1/nsubj told/VERB/-1/root reporters/NOUN/1/obj that/SCONJ/5/mark "
      "rain/NOUN/5/nsubj came/VERB/1/ccomp");
  RawQuote q;
  q.kind = "indirect";
  q.cue = q.cue_word = Find(d, "told");
  q.content = Find(d, "reporters that rain came");
  RefineReported(d, ComputeEdges(d), &q);
  EXPECT_EQ(Sub(d, q.content), "reporters that rain came");
  EXPECT_EQ(Sub(d, *q.cue), "told");
}

TEST(RefineTest, SourceIsTheWholeSubject) {
  // 0 A 1 spokeswoman 2 for 3 Clinton 4 on 5 Monday 6 said 7 it 8 failed
  Document d = Parsed(
      "A/DET/1/det spokeswoman/NOUN/6/nsubj for/ADP/3/case Clinton/PROPN/1/nmod "
      "on/ADP/5/case Monday/PROPN/1/obl said/VERB/-1/root it/PRON/8/nsubj failed/VERB/6/ccomp");
  RawQuote q;
  q.kind = "indirect";
  q.cue = q.cue_word = Find(d, "said");
  q.source = Find(d, "Clinton");
  q.content = Find(d, "it failed");
  RefineSource(d, ComputeEdges(d), &q);
  EXPECT_EQ(Sub(d, *q.source), "A spokeswoman for Clinton");
}

TEST(RefineTest, HostileParsesAreIgnored) {
  Document d = Parsed(kSaidOnTuesday);
  // A cycle, a self loop and heads out of range.
  d.syntax[0].head = 1;
  d.syntax[1].head = 0;
  d.syntax[2].head = 2;
  d.syntax[3].head = 999;
  d.syntax[7].head = -7;
  RawQuote q;
  q.kind = "indirect";
  q.cue = q.cue_word = Find(d, "said");
  q.source = Find(d, "Reyes");
  q.content = Find(d, "on Tuesday that rain was coming");
  SubtreeEdges e = ComputeEdges(d);
  RefineReported(d, e, &q);
  RefineSource(d, e, &q);
  EXPECT_LE(q.content.end, d.text().size());
  // No syntax layer (or one of the wrong length): nothing changes.
  Document bare = Parsed(kSaidOnTuesday);
  bare.syntax.pop_back();
  RawQuote r = q;
  RefineReported(bare, ComputeEdges(bare), &r);
  EXPECT_EQ(r.content, q.content);
  EXPECT_TRUE(ComputeEdges(bare).left.empty());
}

}  // namespace
}  // namespace newsgraph::quotes
