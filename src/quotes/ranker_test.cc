#include "quotes/ranker.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::quotes {
namespace {

FeatureVec Feats(std::initializer_list<const char*> names) {
  FeatureVec v;
  for (const char* n : names) v.push_back(FeatureKey(n));
  return v;
}

TEST(RankerTest, LearnsToPickTheMarkedCandidate) {
  std::vector<FeatureVec> a = {Feats({"w=the"}), Feats({"w=that"}), Feats({"w=said"})};
  std::vector<FeatureVec> b = {Feats({"w=said"}), Feats({"w=rain"}), Feats({"w=that"})};
  RankerTrainer t(10);
  for (int i = 0; i < 5; ++i) {
    t.Train(a, 1);
    t.Train(b, 2);
  }
  Ranker r = t.Finalize();
  EXPECT_EQ(r.Best(a), 1);
  EXPECT_EQ(r.Best(b), 2);
  EXPECT_EQ(r.Best({}), -1);
}

TEST(RankerTest, EmptyRankerKeepsTheFirstCandidate) {
  Ranker r;
  EXPECT_TRUE(r.empty());
  EXPECT_EQ(r.Best({Feats({"x"}), Feats({"y"})}), 0);
}

TEST(RankerTest, RoundTripAndCorruption) {
  RankerTrainer t(8);
  t.Train({Feats({"a"}), Feats({"b"})}, 1);
  Ranker r = t.Finalize();
  ModelWriter w;
  r.Save(&w);
  ModelReader rd;
  ASSERT_TRUE(rd.OpenBytes(w.Serialize("test", 1), "test", 1).ok());
  Ranker back;
  ASSERT_TRUE(back.Load(&rd).ok());
  EXPECT_TRUE(rd.Finish().ok());
  EXPECT_EQ(back.Score(Feats({"b"})), r.Score(Feats({"b"})));

  ModelWriter bad;
  bad.PutPodVector(std::vector<float>(3, 0.0f));  // not a power of two
  ModelReader rb;
  ASSERT_TRUE(rb.OpenBytes(bad.Serialize("test", 1), "test", 1).ok());
  EXPECT_FALSE(Ranker().Load(&rb).ok());
}

TEST(RankerTest, AverageIsTheMeanOfTheWeights) {
  RankerTrainer t1(8), t2(8);
  t1.Train({Feats({"a"}), Feats({"b"})}, 1);
  t2.Train({Feats({"a"}), Feats({"b"})}, 0);
  Ranker r1 = t1.Finalize(), r2 = t2.Finalize();
  Ranker avg = Ranker::Average({r1, r2});
  EXPECT_FLOAT_EQ(avg.Score(Feats({"b"})), (r1.Score(Feats({"b"})) + r2.Score(Feats({"b"}))) / 2);
  EXPECT_FLOAT_EQ(Ranker::Average({r1}).Score(Feats({"a"})), r1.Score(Feats({"a"})));
  EXPECT_TRUE(Ranker::Average({}).empty());
}

}  // namespace
}  // namespace newsgraph::quotes
