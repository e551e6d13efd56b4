#include "quotes/conventions.h"

#include <gtest/gtest.h>

#include "quotes/test_util.h"

namespace newsgraph::quotes {
namespace {

using testing::Find;
using testing::Parsed;
using testing::Sub;

RawQuote Reported(const Document& d, const std::string& source, const std::string& cue,
                  const std::string& content) {
  RawQuote q;
  q.kind = "indirect";
  q.source = Find(d, source);
  q.cue = q.cue_word = Find(d, cue);
  q.content = Find(d, content);
  return q;
}

// 0 They 1 continue 2 to 3 deny 4 the 5 report
constexpr char kContinue[] =
    "They/PRON/1/nsubj continue/VERB/-1/root to/PART/3/mark deny/VERB/1/xcomp the/DET/5/det "
    "report/NOUN/3/obj";

TEST(ConventionsTest, CatenativeVerbJoinsTheCue) {
  Document d = Parsed(kContinue);
  RawQuote q = Reported(d, "They", "continue", "to deny the report");
  ApplyCueConventions(d, ComputeEdges(d), &q);
  EXPECT_EQ(Sub(d, *q.cue), "continue to deny");
  EXPECT_EQ(Sub(d, q.content), "the report");
}

TEST(ConventionsTest, OtherVerbsKeepTheContentAtTo) {
  // "declined to comment on the report": PolNeAR's content starts at "to".
  Document d = Parsed(
      "They/PRON/1/nsubj declined/VERB/-1/root to/PART/3/mark comment/VERB/1/xcomp "
      "on/ADP/6/case the/DET/6/det report/NOUN/3/obl");
  RawQuote q = Reported(d, "They", "declined", "to comment on the report");
  ApplyCueConventions(d, ComputeEdges(d), &q);
  EXPECT_EQ(Sub(d, *q.cue), "declined");
  EXPECT_EQ(Sub(d, q.content), "to comment on the report");
}

TEST(ConventionsTest, NothingLeftNoChange) {
  Document d = Parsed("They/PRON/1/nsubj continue/VERB/-1/root to/PART/3/mark deny/VERB/1/xcomp");
  RawQuote q = Reported(d, "They", "continue", "to deny");
  ApplyCueConventions(d, ComputeEdges(d), &q);
  EXPECT_EQ(Sub(d, *q.cue), "continue");
  EXPECT_EQ(Sub(d, q.content), "to deny");
}

TEST(ConventionsTest, ContractionJoinsTheCue) {
  // "He's predicting big wins": the test text has a space; glue it.
  Document d = Parsed(
      "He/PRON/2/nsubj 's/AUX/2/aux predicting/VERB/-1/root big/ADJ/4/amod wins/NOUN/2/obj");
  std::string text = "He's predicting big wins";
  Document g(text, ArticleMeta{});
  g.sentences = d.sentences;
  g.sentences[0].span = Span{0, static_cast<uint32_t>(text.size())};
  g.syntax = d.syntax;
  g.tokens = d.tokens;
  for (size_t i = 1; i < g.tokens.size(); ++i) {
    g.tokens[i].span.begin -= 1;
    g.tokens[i].span.end -= 1;
  }
  RawQuote q = Reported(g, "He", "predicting", "big wins");
  ApplyCueConventions(g, ComputeEdges(g), &q);
  EXPECT_EQ(Sub(g, *q.cue), "'s predicting");
  // Not glued to a word: no change.
  RawQuote spaced = Reported(d, "He", "predicting", "big wins");
  ApplyCueConventions(d, ComputeEdges(d), &spaced);
  EXPECT_EQ(Sub(d, *spaced.cue), "predicting");
}

TEST(ConventionsTest, DirectQuotesAndNoParseUntouched) {
  Document d = Parsed(kContinue);
  RawQuote q = Reported(d, "They", "continue", "to deny the report");
  q.kind = "direct";
  ApplyCueConventions(d, ComputeEdges(d), &q);
  EXPECT_EQ(Sub(d, q.content), "to deny the report");
  Document bare("They continue to deny the report", ArticleMeta{});
  std::vector<RawQuote> qs = {Reported(bare, "They", "continue", "to deny the report")};
  ApplyCueConventions(bare, ComputeEdges(bare), &qs);
  EXPECT_EQ(Sub(bare, qs[0].content), "to deny the report");
}

// 0 However 1 , 2 growth 3 is 4 slower 5 , 6 the 7 IMF 8 said
constexpr char kHowever[] =
    "However/ADV/4/advmod ,/PUNCT/4/punct growth/NOUN/4/nsubj is/AUX/4/cop slower/ADJ/8/ccomp "
    ",/PUNCT/8/punct the/DET/7/det IMF/PROPN/8/nsubj said/VERB/-1/root";

TEST(ConventionsTest, LeadingConnectiveLeavesTheContent) {
  Document d = Parsed(kHowever);
  std::vector<RawQuote> qs = {Reported(d, "the IMF", "said", "However , growth is slower")};
  ApplyCueConventions(d, ComputeEdges(d), &qs);
  EXPECT_EQ(Sub(d, qs[0].content), "growth is slower");
  EXPECT_EQ(Sub(d, *qs[0].cue), "said");
}

TEST(ConventionsTest, ConnectiveKeptInDirectQuotesAndMidSentence) {
  Document d = Parsed(kHowever);
  RawQuote direct = Reported(d, "the IMF", "said", "However , growth is slower");
  direct.kind = "direct";
  DropLeadingConnective(d, &direct);
  EXPECT_EQ(Sub(d, direct.content), "However , growth is slower");
  // "Still" without a comma is no connective ("Still waters …").
  Document s = Parsed(
      "Still/ADJ/1/amod waters/NOUN/2/nsubj run/VERB/5/ccomp ,/PUNCT/5/punct he/PRON/5/nsubj "
      "said/VERB/-1/root");
  RawQuote q = Reported(s, "he", "said", "Still waters run");
  DropLeadingConnective(s, &q);
  EXPECT_EQ(Sub(s, q.content), "Still waters run");
  // "And" not at the sentence start stays (the content starts mid-sentence).
  Document a = Parsed(
      "He/PRON/1/nsubj said/VERB/-1/root and/CCONJ/4/cc prices/NOUN/4/nsubj rose/VERB/1/ccomp");
  RawQuote mid = Reported(a, "He", "said", "and prices rose");
  DropLeadingConnective(a, &mid);
  EXPECT_EQ(Sub(a, mid.content), "and prices rose");
  // "And, he said, prices rose": the comma opens a middle attribution.
  Document c = Parsed(
      "And/CCONJ/6/cc ,/PUNCT/3/punct he/PRON/3/nsubj said/VERB/6/parataxis ,/PUNCT/3/punct "
      "prices/NOUN/6/nsubj rose/VERB/-1/root");
  RawQuote middle = Reported(c, "he", "said", "And , he said , prices rose");
  DropLeadingConnective(c, &middle);
  EXPECT_EQ(Sub(c, middle.content), "And , he said , prices rose");
}

TEST(ConventionsTest, AuxiliariesAndAdverbsBeforeTheCueJoinIt) {
  // 0 Ryan 1 has 2 long 3 said 4 that 5 he 6 will 7 help
  Document d = Parsed(
      "Ryan/PROPN/3/nsubj has/AUX/3/aux long/ADV/3/advmod said/VERB/-1/root that/SCONJ/7/mark "
      "he/PRON/7/nsubj will/AUX/7/aux help/VERB/3/ccomp");
  std::vector<RawQuote> qs = {Reported(d, "Ryan", "said", "that he will help")};
  ApplyCueConventions(d, ComputeEdges(d), &qs);
  EXPECT_EQ(Sub(d, *qs[0].cue), "has long said");
  EXPECT_EQ(Sub(d, *qs[0].source), "Ryan");
}

TEST(ConventionsTest, AlsoAndSourceWordsStayOutOfTheCue) {
  // "They also said": PolNeAR leaves "also" out.
  Document d = Parsed(
      "They/PRON/2/nsubj also/ADV/2/advmod said/VERB/-1/root prices/NOUN/4/nsubj "
      "rose/VERB/2/ccomp");
  std::vector<RawQuote> qs = {Reported(d, "They", "said", "prices rose")};
  ApplyCueConventions(d, ComputeEdges(d), &qs);
  EXPECT_EQ(Sub(d, *qs[0].cue), "said");
  // A word of the source never joins the cue.
  Document n = Parsed(
      "Now/ADV/2/advmod officials/NOUN/2/nsubj say/VERB/-1/root prices/NOUN/4/nsubj "
      "rose/VERB/2/ccomp");
  std::vector<RawQuote> ns = {Reported(n, "Now officials", "say", "prices rose")};
  ApplyCueConventions(n, ComputeEdges(n), &ns);
  EXPECT_EQ(Sub(n, *ns[0].cue), "say");
}

TEST(ConventionsTest, MiddleAttributionTakesTheClauseAfterIt) {
  Document d = Parsed(
      "To/PART/1/mark act/VERB/8/advcl ,/PUNCT/4/punct she/PRON/4/nsubj said/VERB/8/parataxis "
      ",/PUNCT/4/punct local/ADJ/7/amod officials/NOUN/8/nsubj wait/VERB/-1/root ./PUNCT/8/punct");
  std::vector<RawQuote> qs = {Reported(d, "she", "said", "To act")};
  TakeClauseAfterMiddleAttribution(d, &qs);
  EXPECT_EQ(Sub(d, qs[0].content), "To act , she said , local officials wait");
  // An adjunct after the attribution stays out.
  Document a = Parsed(
      "Prices/NOUN/1/nsubj rose/VERB/-1/root ,/PUNCT/4/punct he/PRON/4/nsubj said/VERB/1/parataxis "
      ",/PUNCT/4/punct as/SCONJ/8/mark rates/NOUN/8/nsubj fell/VERB/4/advcl");
  std::vector<RawQuote> as = {Reported(a, "he", "said", "Prices rose")};
  TakeClauseAfterMiddleAttribution(a, &as);
  EXPECT_EQ(Sub(a, as[0].content), "Prices rose");
  // After an inverted "said X" the rest is X's appositive.
  Document v = Parsed(
      "Prices/NOUN/1/nsubj rose/VERB/-1/root ,/PUNCT/3/punct said/VERB/1/parataxis "
      "Kim/PROPN/3/nsubj ,/PUNCT/6/punct local/ADJ/6/amod banker/NOUN/4/appos");
  std::vector<RawQuote> vs = {Reported(v, "Kim", "said", "Prices rose")};
  TakeClauseAfterMiddleAttribution(v, &vs);
  EXPECT_EQ(Sub(v, vs[0].content), "Prices rose");
}

// 0 The 1 senator 2 from 3 Florida 4 appeared 5 to 6 have 7 gained 8 momentum
constexpr char kRaisingSubject[] =
    "The/DET/1/det senator/NOUN/4/nsubj from/ADP/3/case Florida/PROPN/1/nmod "
    "appeared/VERB/-1/root to/PART/7/mark have/AUX/7/aux gained/VERB/4/xcomp "
    "momentum/NOUN/7/obj";

TEST(ConventionsTest, RaisingVerbContentTakesTheWholeSubject) {
  Document d = Parsed(kRaisingSubject);
  RawQuote q;
  q.kind = "indirect";
  q.cue = q.cue_word = Find(d, "appeared");
  q.content = Find(d, "Florida appeared to have gained momentum");
  std::vector<RawQuote> quotes = {q};
  ApplyCueConventions(d, ComputeEdges(d), &quotes);
  EXPECT_EQ(Sub(d, quotes[0].content), "The senator from Florida appeared to have gained momentum");
  // With a source (not a raising quote) or another quote in the way: no change.
  RawQuote with_source = q;
  with_source.source = Find(d, "Florida");
  quotes = {with_source};
  ApplyCueConventions(d, ComputeEdges(d), &quotes);
  EXPECT_EQ(Sub(d, quotes[0].content), "Florida appeared to have gained momentum");
  RawQuote other = q;
  other.content = Find(d, "senator");
  quotes = {q, other};
  ApplyCueConventions(d, ComputeEdges(d), &quotes);
  EXPECT_EQ(Sub(d, quotes[0].content), "Florida appeared to have gained momentum");
}

// 0 " 1 We 2 can 3 win 4 , 5 " 6 she 7 said 8 on 9 TV 10 . 11 " 12 It 13 is 14 time 15 "
// The second sentence opens at token 11.
Document TwoPartQuote(const std::string& said) {
  Document d = Parsed(
      "\"/PUNCT/3/punct We/PRON/3/nsubj can/AUX/3/aux win/VERB/7/ccomp ,/PUNCT/3/punct "
      "\"/PUNCT/3/punct she/PRON/7/nsubj " +
      said +
      "/VERB/-1/root on/ADP/9/case TV/PROPN/7/obl ./PUNCT/7/punct \"/PUNCT/14/punct "
      "It/PRON/14/nsubj is/AUX/14/cop time/NOUN/-1/root \"/PUNCT/14/punct");
  Sentence first = d.sentences[0], second = d.sentences[0];
  first.token_end = 11;
  first.span.end = d.tokens[10].span.end;
  second.token_begin = 11;
  second.span.begin = d.tokens[11].span.begin;
  d.sentences = {first, second};
  return d;
}

TEST(ConventionsTest, QuoteAfterAnAttributionSentenceJoinsTheQuoteBefore) {
  Document d = TwoPartQuote("said");
  RawQuote a;
  a.kind = "direct";
  a.content = Find(d, "We can win ,");
  a.cue = a.cue_word = Find(d, "said");
  a.source = Find(d, "she");
  RawQuote b;
  b.kind = "direct";
  b.content = Find(d, "It is time");
  b.source = a.source;
  b.floating = true;
  std::vector<RawQuote> quotes = {a, b};
  JoinQuoteAfterAttribution(d, &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(Sub(d, quotes[0].content), "We can win , \" she said on TV . \" It is time");
  // The second part with a cue of its own, or a verb before it in its
  // sentence, stays apart.
  RawQuote cued = b;
  cued.cue = Find(d, "It");
  quotes = {a, cued};
  JoinQuoteAfterAttribution(d, &quotes);
  EXPECT_EQ(quotes.size(), 2u);
  Document one = Parsed(
      "\"/PUNCT/3/punct We/PRON/3/nsubj can/AUX/3/aux win/VERB/7/ccomp ,/PUNCT/3/punct "
      "\"/PUNCT/3/punct she/PRON/7/nsubj said/VERB/-1/root ,/PUNCT/7/punct \"/PUNCT/12/punct "
      "It/PRON/12/nsubj is/AUX/12/cop time/NOUN/7/ccomp \"/PUNCT/12/punct");
  a.content = Find(one, "We can win ,");
  a.cue = a.cue_word = Find(one, "said");
  a.source = Find(one, "she");
  b.content = Find(one, "It is time");
  quotes = {a, b};
  JoinQuoteAfterAttribution(one, &quotes);
  EXPECT_EQ(quotes.size(), 2u);
}

}  // namespace
}  // namespace newsgraph::quotes
