#include "syntax/relabeler.h"

#include <gtest/gtest.h>

#include "syntax/hashing.h"

namespace newsgraph::syntax {
namespace {

// Labels of the invented label set.
enum { kRoot = 0, kNsubj = 1, kObj = 2, kIobj = 3, kDet = 4, kNumLabels = 5 };

// "w1 gave w2 [det] w3": a verb with a subject and one or two nominal
// objects. Arc-time labels call every object obj (as an arc-time labeler
// that cannot see the second object would); gold says the first of two is iobj.
RelabelExample Sentence(uint64_t w, bool two_objects) {
  const uint64_t noun = HashBytes("NOUN"), verb = HashBytes("VERB"), det = HashBytes("DET");
  RelabelExample e;
  if (two_objects) {
    e.in.word = {w, 100, w + 1, 200, w + 2};
    e.in.tag = {noun, verb, noun, det, noun};
    e.heads = {2, 0, 2, 5, 2};
    e.labels = {kNsubj, kRoot, kObj, kDet, kObj};
    e.gold_labels = {kNsubj, kRoot, kIobj, kDet, kObj};
  } else {
    e.in.word = {w, 100, 200, w + 2};
    e.in.tag = {noun, verb, det, noun};
    e.heads = {2, 0, 4, 2};
    e.labels = {kNsubj, kRoot, kDet, kObj};
    e.gold_labels = e.labels;
  }
  e.in.upos = e.in.tag;
  e.in.stag.assign(e.in.word.size(), 5);
  e.gold_heads = e.heads;
  return e;
}

TEST(RelabelerTest, FeaturesSeeTheHeadsLaterDependents) {
  RelabelExample two = Sentence(10, true);
  // Word 3 ("w2", obj at arc time) with and without a second object after it.
  two.heads[4] = 3;  // w3 under w2: the verb has one object
  uint64_t a[kMaxRelabelFeats], b[kMaxRelabelFeats];
  int na = RelabelFeatures(two.in, two.in.stag.data(), two.heads, two.labels, 3, a);
  two.heads[4] = 2;  // w3 a second object of the verb
  int nb = RelabelFeatures(two.in, two.in.stag.data(), two.heads, two.labels, 3, b);
  ASSERT_EQ(na, nb);
  ASSERT_LE(na, kMaxRelabelFeats);
  int differ = 0;
  for (int i = 0; i < na; ++i) differ += a[i] != b[i];
  EXPECT_GT(differ, 0);
}

TEST(RelabelerTest, LearnsTheFirstOfTwoObjectsIsIobjAndRoundTrips) {
  std::vector<RelabelExample> train, dev;
  for (uint64_t w = 10; w < 60; w += 3) {
    train.push_back(Sentence(w, true));
    train.push_back(Sentence(w, false));
  }
  dev.push_back(Sentence(1000, true));  // unseen words
  dev.push_back(Sentence(1000, false));
  RelabelerTrainOptions opts;
  opts.iterations = 4;
  opts.root_label = kRoot;
  opts.same_relation = [](int a, int b) { return a == b; };
  Relabeler r = Relabeler::Train(kNumLabels, train, dev, opts);
  ASSERT_FALSE(r.empty());

  for (const RelabelExample& e : dev) {
    std::vector<int> labels = e.labels;
    r.Relabel(e.in, e.in.stag.data(), e.heads, &labels, kRoot);
    EXPECT_EQ(labels, e.gold_labels);
  }
  // An empty relabeler leaves the labels alone.
  std::vector<int> labels = dev[0].labels;
  Relabeler().Relabel(dev[0].in, dev[0].in.stag.data(), dev[0].heads, &labels, kRoot);
  EXPECT_EQ(labels, dev[0].labels);

  ModelWriter w;
  r.Save(&w);
  ModelReader rd;
  ASSERT_TRUE(rd.OpenBytes(w.Serialize("rl", 1), "rl", 1).ok());
  Relabeler back;
  ASSERT_TRUE(back.Load(&rd, kNumLabels).ok());
  EXPECT_EQ(back.num_weights(), r.num_weights());
  labels = dev[0].labels;
  back.Relabel(dev[0].in, dev[0].in.stag.data(), dev[0].heads, &labels, kRoot);
  EXPECT_EQ(labels, dev[0].gold_labels);

  ModelReader bad;
  ASSERT_TRUE(bad.OpenBytes(w.Serialize("rl", 1), "rl", 1).ok());
  EXPECT_FALSE(Relabeler().Load(&bad, kNumLabels + 1).ok());
}

}  // namespace
}  // namespace newsgraph::syntax
