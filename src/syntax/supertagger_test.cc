#include "syntax/supertagger.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>

#include "syntax/conllu.h"
#include "syntax/hashing.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace newsgraph::syntax {
namespace {

// An invented sentence as parser input: word and tag ids only.
ParserInput Input(const std::vector<uint64_t>& words, const std::vector<uint64_t>& tags) {
  ParserInput in;
  in.word = words;
  in.tag = tags;
  in.upos = tags;
  return in;
}

struct Data {
  std::vector<ParserInput> inputs;
  std::vector<std::vector<int>> gold;
  std::vector<const ParserInput*> ptrs;
};

// Determiner-noun-verb-noun sentences; the class of a word follows its tag.
Data Toy() {
  Data d;
  const uint64_t det = HashBytes("DET"), noun = HashBytes("NOUN"), verb = HashBytes("VERB");
  for (uint64_t w = 10; w < 30; ++w) {
    d.inputs.push_back(Input({1, w, 2, w + 1}, {det, noun, verb, noun}));
    d.gold.push_back({0, 1, 2, 3});
  }
  for (const auto& in : d.inputs) d.ptrs.push_back(&in);
  return d;
}

TEST(SupertaggerTest, LearnsTrainingSupertagsAndRoundTrips) {
  Data d = Toy();
  SupertaggerTrainOptions opts;
  Supertagger st = Supertagger::Train({5, 7, 9, 11}, d.ptrs, d.gold, opts);
  ASSERT_EQ(st.num_classes(), 4);
  EXPECT_EQ(st.Code(2), 9);
  std::vector<uint32_t> out;
  st.Tag(d.inputs[3], &out);
  EXPECT_EQ(out, (std::vector<uint32_t>{4, 5, 6, 7}));
  ModelWriter w;
  st.Save(&w);
  ModelReader r;
  ASSERT_TRUE(r.OpenBytes(w.Serialize("st", 1), "st", 1).ok());
  Supertagger back;
  ASSERT_TRUE(back.Load(&r).ok());
  std::vector<uint32_t> out2;
  back.Tag(d.inputs[3], &out2);
  EXPECT_EQ(out, out2);
  // Deterministic for a seed.
  Supertagger again = Supertagger::Train({5, 7, 9, 11}, d.ptrs, d.gold, opts);
  ModelWriter w2;
  again.Save(&w2);
  EXPECT_EQ(w.Serialize("st", 1), w2.Serialize("st", 1));
}

TEST(SupertaggerTest, EmptyTagsConstantAndAverageChecksSupertags) {
  Supertagger none;
  std::vector<uint32_t> out;
  ParserInput in = Input({1, 2, 3}, {4, 5, 6});
  none.Tag(in, &out);
  EXPECT_EQ(out, (std::vector<uint32_t>(3, Supertagger::kOffset - 1)));
  none.Tag(ParserInput(), &out);
  EXPECT_TRUE(out.empty());
  Data d = Toy();
  Supertagger a = Supertagger::Train({5, 7, 9, 11}, d.ptrs, d.gold, {});
  SupertaggerTrainOptions other;
  other.seed = 2;
  Supertagger b = Supertagger::Train({5, 7, 9, 11}, d.ptrs, d.gold, other);
  Supertagger c = Supertagger::Train({5, 7, 9, 12}, d.ptrs, d.gold, {});
  Supertagger avg;
  ASSERT_TRUE(Supertagger::Average({&a, &b}, 1000, &avg).ok());
  avg.Tag(d.inputs[0], &out);
  EXPECT_EQ(out, (std::vector<uint32_t>{4, 5, 6, 7}));
  EXPECT_FALSE(Supertagger::Average({&a, &c}, 1000, &avg).ok());
  EXPECT_FALSE(Supertagger::Average({}, 1000, &avg).ok());
}

// Tag() (cached row sums) against TagUncached() (every feature probed), sentence by
// sentence, in order (the cache carries over between sentences).
void ExpectCachedEqualsUncached(const Supertagger& st, const std::vector<ParserInput>& inputs) {
  std::vector<uint32_t> cached, uncached;
  int differ = 0;
  for (const ParserInput& in : inputs) {
    st.Tag(in, &cached);
    st.TagUncached(in, &uncached);
    differ += cached != uncached;
  }
  EXPECT_EQ(differ, 0) << "of " << inputs.size() << " sentences";
}

// Random sentences over a small vocabulary (word ids 1 and 2 included: the values
// Features() gives the paddings, with other tags), with and without word classes.
std::vector<ParserInput> RandomInputs(uint64_t seed, int count, int max_len, int vocab) {
  std::mt19937_64 rng(seed);
  const uint64_t tags[] = {
      HashBytes("DET"), HashBytes("NOUN"), HashBytes("VERB"), HashBytes("AUX"), 1, 2};
  std::vector<ParserInput> out;
  for (int s = 0; s < count; ++s) {
    ParserInput in;
    const int n = static_cast<int>(rng() % (max_len + 1));
    const bool classes = rng() % 2;
    for (int i = 0; i < n; ++i) {
      in.word.push_back(1 + rng() % vocab);
      in.tag.push_back(tags[rng() % 6]);
      in.upos.push_back(in.tag.back());
      if (classes) {
        in.cls1.push_back(rng() % 5);
        in.cls2.push_back(rng() % 7);
      }
    }
    out.push_back(std::move(in));
  }
  return out;
}

TEST(SupertaggerTest, CachedTagEqualsUncached) {
  Data d = Toy();
  Supertagger a = Supertagger::Train({5, 7, 9, 11}, d.ptrs, d.gold, {});
  SupertaggerTrainOptions other;
  other.seed = 2;
  Supertagger b = Supertagger::Train({5, 7, 9, 11}, d.ptrs, d.gold, other);
  ExpectCachedEqualsUncached(a, d.inputs);
  ExpectCachedEqualsUncached(a, RandomInputs(1, 500, 30, 40));
  // Two supertaggers in turn on one thread: each empties the other's cache.
  for (int round = 0; round < 3; ++round) {
    ExpectCachedEqualsUncached(a, RandomInputs(10 + round, 50, 20, 60));
    ExpectCachedEqualsUncached(b, RandomInputs(20 + round, 50, 20, 60));
  }
  // Sentences longer than the cache, and more distinct words than it holds.
  ExpectCachedEqualsUncached(a, RandomInputs(2, 3, 6000, 5000));
  ExpectCachedEqualsUncached(a, RandomInputs(3, 2000, 12, 100000));
  // An empty model and an empty sentence.
  ExpectCachedEqualsUncached(Supertagger(), RandomInputs(4, 5, 10, 10));
  ExpectCachedEqualsUncached(a, {ParserInput()});
}

// The shipped parser's supertagger on UD EWT dev, when both are present (the real
// weights, whose cached row sums are the ones that matter), then on random
// sentences of its words and tags.
TEST(SupertaggerTest, CachedTagEqualsUncachedOnShippedModel) {
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
  ExpectCachedEqualsUncached(parser.supertagger(), inputs);
  std::vector<ParserInput> mixed;
  std::mt19937_64 rng(5);
  for (int s = 0; s < 2000; ++s) {
    ParserInput in;
    const int n = 1 + static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) {
      const ParserInput& from = inputs[rng() % inputs.size()];
      const size_t j = rng() % from.word.size();
      in.word.push_back(from.word[j]);
      in.tag.push_back(from.tag[j]);
      in.upos.push_back(from.upos[j]);
      in.cls1.push_back(from.cls1[j]);
      in.cls2.push_back(from.cls2[j]);
    }
    mixed.push_back(std::move(in));
  }
  ExpectCachedEqualsUncached(parser.supertagger(), mixed);
}

}  // namespace
}  // namespace newsgraph::syntax
