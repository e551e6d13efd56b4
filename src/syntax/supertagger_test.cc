#include "syntax/supertagger.h"

#include <gtest/gtest.h>

#include "syntax/hashing.h"

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

}  // namespace
}  // namespace newsgraph::syntax
