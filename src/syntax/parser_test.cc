#include "syntax/parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "syntax/test_corpus.h"

namespace newsgraph::syntax {
namespace {

std::vector<ConlluSentence> Corpus() {
  std::istringstream in(kTinyCorpus);
  auto r = ReadConllu(in);
  EXPECT_TRUE(r.ok());
  return std::move(r).value();
}

struct Models {
  Tagger tagger;
  Parser parser;
};

const Models& Tiny() {
  static const Models* m = [] {
    auto c = Corpus();
    TaggerTrainOptions topts;
    topts.iterations = 8;
    auto* out = new Models;
    out->tagger = Tagger::Train(c, nullptr, topts);
    ParserTrainOptions popts;
    popts.iterations = 10;
    popts.supertag_folds = 1;  // four sentences: too few to jackknife the supertags
    out->parser = Parser::Train(c, nullptr, out->tagger, popts);
    return out;
  }();
  return *m;
}

// Exactly one root, heads in range, and no cycles.
void ExpectTree(const std::vector<int>& heads) {
  int n = static_cast<int>(heads.size()), roots = 0;
  for (int i = 0; i < n; ++i) {
    ASSERT_GE(heads[i], 0);
    ASSERT_LE(heads[i], n);
    roots += heads[i] == 0;
    int x = i + 1, steps = 0;
    while (x != 0 && steps++ <= n) x = heads[x - 1];
    ASSERT_EQ(x, 0) << "cycle through word " << i + 1;
  }
  EXPECT_EQ(roots, 1);
}

// Parse() scores groups of move templates only after moves that can change
// their inputs; over random move sequences the features it reuses must equal
// the features extracted afresh at every step (a template read by a stale
// group would differ after a LEFT or RIGHT).
TEST(ParserTest, ReusedMoveFeaturesEqualFreshOnes) {
  for (int n : {1, 2, 5, 12, 30}) {
    ParserInput in;
    for (int i = 0; i < n; ++i) {
      in.word.push_back(1000 + i);
      in.tag.push_back(2000 + i % 7);
      in.upos.push_back(3000 + i % 5);
      in.cls1.push_back(4 + i % 11);
      in.cls2.push_back(4 + i % 13);
      in.stag.push_back(4 + i % 17);
    }
    for (uint64_t seed = 1; seed <= 20; ++seed)
      EXPECT_EQ(StaleMoveFeatures(in, seed), 0) << n << " words, seed " << seed;
  }
}

// Parse() (cached role sums) against ParseUncached(), sentence by
// sentence in order (the cache carries over between sentences).
void ExpectCachedParseEqualsUncached(const Parser& p, const std::vector<ParserInput>& inputs) {
  std::vector<int> heads, labels, heads2, labels2;
  int differ = 0;
  for (const ParserInput& in : inputs) {
    p.Parse(in, &heads, &labels);
    p.ParseUncached(in, &heads2, &labels2);
    differ += heads != heads2 || labels != labels2;
  }
  EXPECT_EQ(differ, 0) << "of " << inputs.size() << " sentences";
}

// Random sentences of the words, tags and classes of `from`, some with given supertags.
std::vector<ParserInput> Shuffled(const std::vector<ParserInput>& from, int count, int max_len,
                                  uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<ParserInput> out;
  for (int s = 0; s < count; ++s) {
    ParserInput in;
    const int n = 1 + static_cast<int>(rng() % max_len);
    for (int i = 0; i < n; ++i) {
      const ParserInput& x = from[rng() % from.size()];
      const size_t j = rng() % x.word.size();
      in.word.push_back(x.word[j]);
      in.tag.push_back(x.tag[j]);
      in.upos.push_back(x.upos[j]);
      if (j < x.cls1.size()) in.cls1.push_back(x.cls1[j]);
      if (j < x.cls2.size()) in.cls2.push_back(x.cls2[j]);
    }
    if (in.cls1.size() != in.word.size() || rng() % 4 == 0) in.cls1.clear(), in.cls2.clear();
    if (rng() % 4 == 0)
      for (int i = 0; i < n; ++i) in.stag.push_back(4 + rng() % 20);
    out.push_back(std::move(in));
  }
  return out;
}

TEST(ParserTest, CachedParseEqualsUncached) {
  const Models& m = Tiny();
  std::vector<ParserInput> inputs;
  std::vector<int> tags;
  for (const auto& s : Corpus()) {
    std::vector<std::string_view> words;
    for (const auto& w : s.words) words.push_back(w.form);
    inputs.emplace_back();
    TagForParser(m.tagger, words, &tags, &inputs.back());
  }
  ExpectCachedParseEqualsUncached(m.parser, inputs);
  ExpectCachedParseEqualsUncached(m.parser, Shuffled(inputs, 300, 30, 1));
  // Longer than the cache, and more distinct words than it holds.
  std::vector<ParserInput> big(2);
  for (int i = 0; i < 20000; ++i) {
    big[0].word.push_back(1000 + i % 17000);
    big[0].tag.push_back(inputs[0].tag[i % inputs[0].tag.size()]);
    big[0].upos.push_back(inputs[0].upos[i % inputs[0].upos.size()]);
  }
  for (int i = 0; i < 6000; ++i) {
    big[1].word.push_back(50000 + i);
    big[1].tag.push_back(inputs[1].tag[i % inputs[1].tag.size()]);
    big[1].upos.push_back(inputs[1].upos[i % inputs[1].upos.size()]);
  }
  ExpectCachedParseEqualsUncached(m.parser, big);
  ExpectCachedParseEqualsUncached(m.parser, Shuffled(inputs, 3000, 12, 2));
  // A second parser on the same thread, in turn: each empties the other's cache.
  ParserTrainOptions popts;
  popts.iterations = 3;
  popts.seed = 2;
  popts.supertag_folds = 1;
  Parser other = Parser::Train(Corpus(), nullptr, m.tagger, popts);
  for (int round = 0; round < 3; ++round) {
    ExpectCachedParseEqualsUncached(m.parser, Shuffled(inputs, 20, 20, 10 + round));
    ExpectCachedParseEqualsUncached(other, Shuffled(inputs, 20, 20, 20 + round));
  }
}

// The shipped models on UD EWT dev, when present (the real weights), then on random
// sentences of its words.
TEST(ParserTest, CachedParseEqualsUncachedOnShippedModel) {
  const std::string dir = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/";
  const std::string dev = "/work/shared/data/syntax/ud-ewt/dev.conllu";
  if (!std::filesystem::exists(dir + "parser.ngm") || !std::filesystem::exists(dev))
    GTEST_SKIP() << "models or EWT dev not present";
  Tagger tagger;
  Parser parser;
  ASSERT_TRUE(tagger.LoadFile(dir + "tagger.ngm").ok());
  ASSERT_TRUE(parser.LoadFile(dir + "parser.ngm").ok());
  auto c = ReadConlluFile(dev);
  ASSERT_TRUE(c.ok());
  std::vector<ParserInput> inputs;
  std::vector<int> tags;
  for (const auto& s : *c) {
    std::vector<std::string_view> words;
    for (const auto& w : s.words) words.push_back(w.form);
    inputs.emplace_back();
    TagForParser(tagger, words, &tags, &inputs.back());
  }
  ExpectCachedParseEqualsUncached(parser, inputs);
  ExpectCachedParseEqualsUncached(parser, Shuffled(inputs, 1000, 40, 3));
}

TEST(ParserTest, TagForParserMatchesMakeParserInput) {
  const Models& m = Tiny();
  ParserInput reused;  // one buffer across sentences of different lengths
  std::vector<int> tags, tags2, heads, labels, heads2, labels2;
  auto corpus = Corpus();
  corpus.push_back(corpus.front());  // long after short, short after long
  for (const auto& s : corpus) {
    std::vector<std::string_view> words;
    for (const auto& w : s.words) words.push_back(w.form);
    m.tagger.Tag(words, &tags);
    ParserInput in = MakeParserInput(words, tags, m.tagger);
    TagForParser(m.tagger, words, &tags2, &reused);
    EXPECT_EQ(tags, tags2);
    EXPECT_EQ(in.word, reused.word);
    EXPECT_EQ(in.tag, reused.tag);
    EXPECT_EQ(in.upos, reused.upos);
    m.parser.Parse(in, &heads, &labels);
    m.parser.Parse(reused, &heads2, &labels2);
    EXPECT_EQ(heads, heads2);
    EXPECT_EQ(labels, labels2);
  }
}

TEST(ParserTest, ProjectivizeLiftsCrossingArcs) {
  // 1 <- 3 root; 2 -> 4 crosses 3's arcs: heads (1-based): 3 4 0 3
  std::vector<int> heads = {3, 4, 0, 3};
  Projectivize(&heads);
  EXPECT_EQ(heads, (std::vector<int>{3, 3, 0, 3}));
  std::vector<int> proj = {2, 0, 2};
  Projectivize(&proj);
  EXPECT_EQ(proj, (std::vector<int>{2, 0, 2}));
}

TEST(ParserTest, LearnsTrainingTrees) {
  const Models& m = Tiny();
  auto c = Corpus();
  Parser::Accuracy a = m.parser.Evaluate(c, m.tagger);
  EXPECT_EQ(a.words, 24u);
  EXPECT_GE(a.las, 0.95);
  // Subtyped labels survive.
  std::vector<std::string_view> words = {"She", "was", "elected", "by", "voters", "."};
  std::vector<int> tags, heads, labels;
  m.tagger.Tag(words, &tags);
  m.parser.Parse(MakeParserInput(words, tags, m.tagger), &heads, &labels);
  EXPECT_EQ(m.parser.Label(labels[0]), "nsubj:pass");
  EXPECT_EQ(heads[0], 3);
}

// A weight-averaged ensemble of two seeds is one parser: it still learns the
// training trees; members with another label set are refused.
TEST(ParserTest, AverageOfSeedsParsesAndRefusesOtherLabelSets) {
  const Models& m = Tiny();
  auto c = Corpus();
  ParserTrainOptions popts;
  popts.iterations = 10;
  popts.seed = 2;
  popts.supertag_folds = 1;
  Parser second = Parser::Train(c, nullptr, m.tagger, popts);
  Parser avg;
  ASSERT_TRUE(Parser::Average({&m.parser, &second}, kParserDefaultBudget, &avg).ok());
  EXPECT_EQ(avg.num_labels(), m.parser.num_labels());
  EXPECT_GE(avg.Evaluate(c, m.tagger).las, 0.95);
  Parser again;
  ASSERT_TRUE(Parser::Average({&m.parser, &second}, kParserDefaultBudget, &again).ok());
  std::vector<int> tags, h1, l1, h2, l2;
  for (const auto& s : c) {
    std::vector<std::string_view> words;
    for (const auto& w : s.words) words.push_back(w.form);
    m.tagger.Tag(words, &tags);
    ParserInput in = MakeParserInput(words, tags, m.tagger);
    avg.Parse(in, &h1, &l1);
    again.Parse(in, &h2, &l2);
    EXPECT_EQ(h1, h2);
    EXPECT_EQ(l1, l2);
  }
  std::vector<ConlluSentence> fewer(c.begin(), c.begin() + 1);
  Parser small = Parser::Train(fewer, nullptr, m.tagger, popts);
  if (small.num_labels() != m.parser.num_labels()) {
    Parser bad;
    EXPECT_FALSE(Parser::Average({&m.parser, &small}, kParserDefaultBudget, &bad).ok());
  }
  Parser none;
  EXPECT_FALSE(Parser::Average({}, kParserDefaultBudget, &none).ok());
}

// The parser carries a supertagger trained on its trees; without one
// (supertag_iterations = 0) it still parses, its supertag features constant.
TEST(ParserTest, SupertaggerIsTrainedAndOptional) {
  const Models& m = Tiny();
  EXPECT_FALSE(m.parser.supertagger().empty());
  EXPECT_GT(m.parser.supertagger().num_weights(), 0u);
  auto c = Corpus();
  ParserTrainOptions popts;
  popts.iterations = 10;
  popts.supertag_iterations = 0;
  Parser plain = Parser::Train(c, nullptr, m.tagger, popts);
  EXPECT_TRUE(plain.supertagger().empty());
  EXPECT_GE(plain.Evaluate(c, m.tagger).las, 0.95);
  // Supertags given in the input are used as they are; predicted ones otherwise.
  std::vector<std::string_view> words;
  for (const auto& w : c[0].words) words.push_back(w.form);
  std::vector<int> tags, h1, l1, h2, l2;
  m.tagger.Tag(words, &tags);
  ParserInput in = MakeParserInput(words, tags, m.tagger);
  m.parser.Parse(in, &h1, &l1);
  m.parser.supertagger().Tag(in, &in.stag);
  m.parser.Parse(in, &h2, &l2);
  EXPECT_EQ(h1, h2);
  EXPECT_EQ(l1, l2);
}

// Universal supertags name nsubj for nsubj:pass (and aux for aux:pass): the
// supertagger has fewer classes, and the parser still learns the trees.
TEST(ParserTest, UniversalSupertagsHaveFewerClasses) {
  const Models& m = Tiny();
  auto c = Corpus();
  ParserTrainOptions popts;
  popts.iterations = 10;
  popts.supertag_folds = 1;
  popts.universal_supertags = true;
  Parser universal = Parser::Train(c, nullptr, m.tagger, popts);
  ASSERT_FALSE(universal.supertagger().empty());
  EXPECT_LT(universal.supertagger().num_classes(), m.parser.supertagger().num_classes());
  EXPECT_GE(universal.Evaluate(c, m.tagger).las, 0.95);
}

// Distance supertags also say whether the head is the adjacent word: every
// code is (relation * 3 + direction) * 2 + adjacent, the plain code of the
// same words doubled or doubled plus one, and more classes than without.
TEST(ParserTest, DistanceSupertagsSayWhetherTheHeadIsAdjacent) {
  const Models& m = Tiny();
  auto c = Corpus();
  ParserTrainOptions popts;
  popts.iterations = 10;
  popts.supertag_folds = 1;
  popts.supertag_distance = true;
  Parser distance = Parser::Train(c, nullptr, m.tagger, popts);
  ASSERT_FALSE(distance.supertagger().empty());
  EXPECT_GT(distance.supertagger().num_classes(), m.parser.supertagger().num_classes());
  std::vector<uint16_t> halves;
  for (uint16_t code : distance.supertagger().codes()) halves.push_back(code / 2);
  halves.erase(std::unique(halves.begin(), halves.end()), halves.end());
  EXPECT_EQ(halves, m.parser.supertagger().codes());
  // The corpus has heads next to their dependents and heads further away.
  bool adjacent_seen = false, distant_seen = false;
  for (uint16_t code : distance.supertagger().codes()) {
    adjacent_seen |= code % 2 == 1;
    distant_seen |= code % 2 == 0;
  }
  EXPECT_TRUE(adjacent_seen);
  EXPECT_TRUE(distant_seen);
  EXPECT_GE(distance.Evaluate(c, m.tagger).las, 0.95);
}

TEST(ParserTest, AlwaysReturnsATreeEvenOnGarbage) {
  const Models& m = Tiny();
  std::vector<int> tags, heads, labels;
  for (size_t n : {1u, 2u, 7u, 10000u}) {
    std::vector<std::string_view> words(n, std::string_view(n % 2 ? "!" : "\xff\xfe"));
    m.tagger.Tag(words, &tags);
    m.parser.Parse(MakeParserInput(words, tags, m.tagger), &heads, &labels);
    ASSERT_EQ(heads.size(), n);
    ExpectTree(heads);
  }
  m.parser.Parse(ParserInput(), &heads, &labels);
  EXPECT_TRUE(heads.empty());
  // Word-class vectors shorter than the sentence: the missing words count as classless.
  std::vector<std::string_view> words(5, "the");
  m.tagger.Tag(words, &tags);
  ParserInput in = MakeParserInput(words, tags, m.tagger);
  in.cls1 = {7, 8};
  in.cls2 = {9};
  m.parser.Parse(in, &heads, &labels);
  ASSERT_EQ(heads.size(), 5u);
  ExpectTree(heads);
}

// 10,000 tokens with no verb, only punctuation: linear work (at most 2n
// moves, each a fixed number of features), so it takes milliseconds; the
// bound below is 100x that, for a loaded machine.
TEST(ParserTest, LongPunctuationSentenceIsBoundedInTime) {
  const Models& m = Tiny();
  std::vector<std::string_view> words;
  for (int i = 0; i < 10000; ++i) words.push_back(i % 3 ? "!!" : ",");
  std::vector<int> tags, heads, labels;
  m.tagger.Tag(words, &tags);
  ParserInput in = MakeParserInput(words, tags, m.tagger);
  std::clock_t t0 = std::clock();
  m.parser.Parse(in, &heads, &labels);
  double secs = static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
  ExpectTree(heads);
  ASSERT_EQ(labels.size(), words.size());
  for (int l : labels) ASSERT_TRUE(l >= 0 && l < m.parser.num_labels());
  EXPECT_LT(secs, 2.0);
}

TEST(ParserTest, ModelFileRoundTripAndDamage) {
  const Models& m = Tiny();
  std::string path = ::testing::TempDir() + "/parser.ngm" + std::to_string(::getpid());
  ASSERT_TRUE(m.parser.SaveFile(path).ok());
  Parser back;
  ASSERT_TRUE(back.LoadFile(path).ok());
  auto c = Corpus();
  EXPECT_EQ(back.Evaluate(c, m.tagger).las, m.parser.Evaluate(c, m.tagger).las);
  std::ifstream f(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  ModelReader r;
  EXPECT_FALSE(r.OpenBytes(bytes.substr(0, bytes.size() - 9), kParserComponent, 1).ok());
  std::string bad = bytes;
  bad[bytes.size() - 20] ^= 1;
  EXPECT_EQ(r.OpenBytes(bad, kParserComponent, 1).code(), StatusCode::kCorruption);
  ModelWriter w;
  m.parser.Save(&w);
  EXPECT_FALSE(r.OpenBytes(w.Serialize(kParserComponent, kParserVersion + 1), kParserComponent,
                           kParserVersion)
                   .ok());
  // A payload with a trailing extra byte is refused by Load (Finish).
  w.PutU8(0);
  ASSERT_TRUE(
      r.OpenBytes(w.Serialize(kParserComponent, kParserVersion), kParserComponent, kParserVersion)
          .ok());
  Parser p2;
  EXPECT_EQ(p2.Load(&r).code(), StatusCode::kCorruption);
  // Older formats (labelled moves) are refused with a message to retrain.
  ModelWriter old;
  m.parser.Save(&old);
  ASSERT_TRUE(
      r.OpenBytes(old.Serialize(kParserComponent, 2), kParserComponent, kParserVersion).ok());
  Parser p3;
  EXPECT_EQ(p3.Load(&r).code(), StatusCode::kInvalidArgument);
  // Format 3 had other feature templates: refused too.
  ASSERT_TRUE(
      r.OpenBytes(old.Serialize(kParserComponent, 3), kParserComponent, kParserVersion).ok());
  Parser p4;
  EXPECT_EQ(p4.Load(&r).code(), StatusCode::kInvalidArgument);
  // Format 4 had no supertagger: refused with a message to retrain.
  ASSERT_TRUE(
      r.OpenBytes(old.Serialize(kParserComponent, 4), kParserComponent, kParserVersion).ok());
  Parser p5;
  Status s5 = p5.Load(&r);
  EXPECT_EQ(s5.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s5.message().find("retrain"), std::string::npos);
  // Format 5 hashed its features otherwise (Feat, not QuickFeat): refused.
  ASSERT_TRUE(
      r.OpenBytes(old.Serialize(kParserComponent, 5), kParserComponent, kParserVersion).ok());
  Parser p6;
  Status s6 = p6.Load(&r);
  EXPECT_EQ(s6.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s6.message().find("retrain"), std::string::npos);
  // Format 6 had 12 more move templates: refused.
  ASSERT_TRUE(
      r.OpenBytes(old.Serialize(kParserComponent, 6), kParserComponent, kParserVersion).ok());
  Parser p7;
  Status s7 = p7.Load(&r);
  EXPECT_EQ(s7.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s7.message().find("retrain"), std::string::npos);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace newsgraph::syntax
