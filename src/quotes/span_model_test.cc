#include "quotes/span_model.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>

#include "quotes/model.h"
#include "quotes/test_util.h"

namespace newsgraph::quotes {
namespace {

using testing::Find;
using testing::Parsed;
using testing::Sub;

// 0 Reyes 1 said 2 rain 3 was 4 coming 5 , 6 citing 7 forecasts 8 .
constexpr char kCiting[] =
    "Reyes/PROPN/1/nsubj said/VERB/-1/root rain/NOUN/4/nsubj was/AUX/4/aux "
    "coming/VERB/1/ccomp ,/PUNCT/6/punct citing/VERB/1/advcl forecasts/NOUN/6/obj ./PUNCT/1/punct";

RawQuote RuleQuote(const Document& d) {
  RawQuote q;
  q.kind = "indirect";
  q.cue = q.cue_word = Find(d, "said");
  q.cue_lemma = "say";
  q.source = Find(d, "Reyes");
  q.content = Find(d, "rain was coming , citing forecasts");
  return q;
}

// TokenFacts gives the answers of a plain scan over the document, inside its
// range and outside it, on random token sequences.
TEST(SpanModelTest, TokenFactsAgreeWithAPlainScan) {
  const char* kWords[] = {"said/VERB", ",/PUNCT", "\xE2\x80\x9C/PUNCT", "\xE2\x80\x9D/PUNCT",
                          "rain/NOUN", "./PUNCT", "\xE2\x80\x9C/NOUN"};
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    int n = 1 + static_cast<int>(rng() % 30);
    std::string spec;
    for (int i = 0; i < n; ++i) spec += std::string(kWords[rng() % 7]) + "/-1/dep ";
    Document d = Parsed(spec);
    auto punct = [&](int i) { return i >= 0 && i < n && d.syntax[i].upos == "PUNCT"; };
    auto balance = [&](int b, int e) {
      int bal = 0;
      for (int t = b; t <= e; ++t) {
        std::string_view w = d.Surface(d.tokens[t].span);
        bal += w == "\xE2\x80\x9C" ? 1 : w == "\xE2\x80\x9D" ? -1 : 0;
      }
      return bal;
    };
    int lo = static_cast<int>(rng() % (n + 1)), hi = lo + static_cast<int>(rng() % (n + 3));
    TokenFacts facts(d, lo, hi);
    for (int i = -2; i < n + 3; ++i) {
      EXPECT_EQ(facts.Punct(i), punct(i)) << spec << " " << i;
      int last = -1;
      for (int t = i; t >= 0; --t)
        if (!punct(t)) {
          last = t;
          break;
        }
      EXPECT_EQ(facts.LastWordAtOrBefore(i), last) << spec << " " << i;
    }
    for (int b = 0; b < n; ++b)
      for (int e = b - 1; e < n; ++e) EXPECT_EQ(facts.QuoteBalance(b, e), balance(b, e)) << spec;
  }
}

// CountClosures gives the counts of a plain scan per span, on random parses.
TEST(SpanModelTest, ClosureCountsAgreeWithAPlainScan) {
  std::mt19937 rng(11);
  for (int round = 0; round < 200; ++round) {
    int n = 1 + static_cast<int>(rng() % 25);
    std::string spec;
    for (int i = 0; i < n; ++i) {
      int head = static_cast<int>(rng() % (n + 1)) - 1;  // -1: the root
      spec += (rng() % 4 == 0 ? ",/PUNCT/" : "w/NOUN/") + std::to_string(head) + "/dep ";
    }
    Document d = Parsed(spec);
    TokenFacts facts(d, 0, n);
    for (int b = 0; b < n; ++b)
      for (int hi = b; hi < n; ++hi) {
        ClosureCounts c = CountClosures(d, facts, b, hi);
        ASSERT_EQ(c.out_heads.size(), static_cast<size_t>(hi - b + 1));
        for (int e = b; e <= hi; ++e) {
          int oh = 0, dg = 0;
          for (int t = b; t <= e; ++t)
            if (d.syntax[t].upos != "PUNCT" && (d.syntax[t].head < b || d.syntax[t].head > e)) ++oh;
          for (int t = e + 1; t <= hi; ++t)
            if (d.syntax[t].upos != "PUNCT" && d.syntax[t].head >= b && d.syntax[t].head <= e) ++dg;
          EXPECT_EQ(c.out_heads[e - b], oh) << spec << " b=" << b << " e=" << e;
          EXPECT_EQ(c.dangling[e - b], dg) << spec << " b=" << b << " e=" << e;
        }
      }
  }
}

TEST(SpanModelTest, TrimDropsWhatTheScorerIgnores) {
  std::string t =
      "\xE2\x80\x9C"
      "rain, \"he\" said.\xE2\x80\x9D\xC2\xA0";
  Span s = TrimSpan(t, Span{0, static_cast<uint32_t>(t.size())});
  EXPECT_EQ(t.substr(s.begin, s.size()), "rain, \"he\" said");
  EXPECT_EQ(TrimSpan(t, Span{4, 5}).begin, 4u);  // nothing left: unchanged
}

TEST(SpanModelTest, NoModelsKeepTheRuleSpan) {
  Document d = Parsed(kCiting);
  SubtreeEdges edges = ComputeEdges(d);
  RawQuote q = RuleQuote(d);
  RefineSpans(d, edges, SpanModels(), &q);
  EXPECT_EQ(Sub(d, q.content), "rain was coming , citing forecasts");
}

TEST(SpanModelTest, TrainedRankersCutTheTrailingParticiple) {
  Document d = Parsed(kCiting);
  SubtreeEdges edges = ComputeEdges(d);
  RawQuote q = RuleQuote(d);
  RoleExamples ex = RoleExamplesFor(d, edges, q, Role::kContent, Find(d, "rain was coming"));
  ASSERT_TRUE(ex.end.has_value());
  RankerTrainer tb(12), te(12);
  for (int i = 0; i < 3; ++i) {
    if (ex.begin) tb.Train(ex.begin->candidates, ex.begin->truth);
    te.Train(ex.end->candidates, ex.end->truth);
  }
  SpanModels m;
  m.at(Role::kContent).begin = tb.Finalize();
  m.at(Role::kContent).end = te.Finalize();
  RefineSpans(d, edges, m, &q);
  EXPECT_EQ(Sub(d, q.content), "rain was coming");
  EXPECT_EQ(Sub(d, *q.cue), "said");  // no cue rankers: the rule cue stays
  EXPECT_LE(q.content.end, d.text().size());
}

// Feature keys are FeatureKey of the role prefix + the feature text; the
// cached key of the prefix + feature name must not leak from role to role.
TEST(SpanModelTest, FeatureKeysSpellTheRolePrefix) {
  Document d = Parsed(kCiting);
  SubtreeEdges edges = ComputeEdges(d);
  RawQuote q = RuleQuote(d);
  struct Case {
    Role role;
    const char* prefix;
    const char* gold;
  };
  const Case kCases[] = {{Role::kContent, "", "rain was coming"}, {Role::kCue, "c", "said"}};
  for (int round = 0; round < 2; ++round) {
    for (const Case& c : kCases) {
      RawQuote rq = q;
      if (c.role == Role::kCue) rq.source.reset();  // "Reyes" becomes a cue candidate
      RoleExamples ex = RoleExamplesFor(d, edges, rq, c.role, Find(d, c.gold));
      ASSERT_TRUE(ex.begin || ex.end) << c.prefix;
      std::string p = c.prefix;
      if (ex.begin)
        for (const FeatureVec& f : ex.begin->candidates) {
          ASSERT_GE(f.size(), 2u);
          EXPECT_EQ(f[0], FeatureKey(p + "B:bias")) << p;
        }
      if (ex.end)
        for (const FeatureVec& f : ex.end->candidates) {
          ASSERT_GE(f.size(), 2u);
          EXPECT_EQ(f[0], FeatureKey(p + "E:bias")) << p;
        }
    }
  }
  // A word feature, spelled out: the end at "coming" of the content frame.
  RoleExamples ex = RoleExamplesFor(d, edges, q, Role::kContent, Find(d, "rain was coming"));
  ASSERT_TRUE(ex.end.has_value());
  uint64_t want = FeatureKey("E:ew=coming");
  bool found = false;
  for (const FeatureVec& f : ex.end->candidates) found |= f[1] == want;
  EXPECT_TRUE(found);
}

TEST(SpanModelTest, DirectQuotesAndBadParsesAreLeftAlone) {
  Document d = Parsed(kCiting);
  SubtreeEdges edges = ComputeEdges(d);
  RawQuote q = RuleQuote(d);
  q.kind = "direct";
  EXPECT_FALSE(RoleExamplesFor(d, edges, q, Role::kContent, Find(d, "rain")).end.has_value());
  d.syntax.pop_back();  // syntax layer no longer parallel to the tokens
  q.kind = "indirect";
  SpanModels m;
  for (RoleRankers& r : m.roles) r.begin = r.end = Ranker(std::vector<float>(16, 1.0f));
  RefineSpans(d, ComputeEdges(d), m, &q);
  EXPECT_EQ(Sub(d, q.content), "rain was coming , citing forecasts");
}

TEST(SpanModelTest, ModelFileKeepsTheRankers) {
  CueModel m;
  m.cues["said"] = CueStat{0.9f, 100};
  std::vector<float> w(64, 0.0f);
  w[3] = 0.5f;
  m.spans.at(Role::kContent).begin = Ranker(w);
  m.spans.at(Role::kContent).end = Ranker(w);
  m.spans.margins = {10.0f, 1.0f, 8.0f};
  std::string bytes = SerializeCueModel(m);
  auto back = ParseCueModel(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(back->spans.at(Role::kCue).empty());
  FeatureVec f = {3};
  EXPECT_EQ(back->spans.at(Role::kContent).end.Score(f), 0.5f);
  EXPECT_EQ(back->spans.margin(Role::kCue), 10.0f);
  EXPECT_EQ(back->spans.margin(Role::kSource), 1.0f);
  EXPECT_EQ(back->spans.margin(Role::kContent), 8.0f);
  EXPECT_FALSE(ParseCueModel(bytes.substr(0, bytes.size() - 5)).ok());
}

}  // namespace
}  // namespace newsgraph::quotes
