#include "syntax/perceptron.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "syntax/dense_perceptron.h"
#include "syntax/hashing.h"

namespace newsgraph::syntax {
namespace {

int Argmax(const std::vector<float>& v) {
  return static_cast<int>(std::max_element(v.begin(), v.end()) - v.begin());
}

// Three classes, each signalled by its own feature.
PerceptronModel TrainToy() {
  PerceptronTrainer t(3);
  std::vector<float> scores(3);
  for (int it = 0; it < 5; ++it) {
    for (int c = 0; c < 3; ++c) {
      uint64_t f[2] = {Feat(1, c), Feat(0)};
      t.Score(f, 2, scores.data());
      t.Update(f, 2, c, Argmax(scores));
      t.Tick();
    }
  }
  return t.Finalize();
}

TEST(PerceptronTest, LearnsSeparableProblem) {
  PerceptronModel m = TrainToy();
  std::vector<float> scores(3);
  for (int c = 0; c < 3; ++c) {
    uint64_t f[2] = {Feat(1, c), Feat(0)};
    m.Score(f, 2, scores.data());
    EXPECT_EQ(Argmax(scores), c);
  }
  uint64_t unknown = Feat(99, 12345);
  m.Score(&unknown, 1, scores.data());
  EXPECT_EQ(scores[0], 0.0f);
}

// Rows of every storage kind (two entries inline in the slot, a few in
// rows_, many in a dense row) among thousands of others, so that probes
// cross buckets: Score() must equal the sum of the weights put in.
void CheckEveryRowKind(int num_classes) {
  PerceptronTrainer t(num_classes);
  std::vector<std::vector<float>> want;  // per feature id: its weights
  std::vector<uint64_t> ids;
  for (int f = 0; f < 4000; ++f) {
    const int entries = f % 3 == 0 ? 2 : f % 3 == 1 ? 6 : 2 * (10 + f % 25);  // 20..68
    std::vector<float> w(num_classes, 0.0f);
    uint64_t id = Feat(7, f);
    for (int k = 0; k + 1 < entries; k += 2) {
      int truth = (f + k) % num_classes, guess = (f + k + 1 + k / 2) % num_classes;
      if (truth == guess) continue;
      float amount = 1.0f + (f + k) % 5;
      t.Update(&id, 1, truth, guess, amount);
      w[truth] += amount;
      w[guess] -= amount;
    }
    ids.push_back(id);
    want.push_back(w);
  }
  // Averaging: after the updates, a long run of ticks leaves weights ~ as put in.
  for (int i = 0; i < 1000000; ++i) t.Tick();
  PerceptronModel m = t.Finalize();
  std::vector<float> got(num_classes);
  for (size_t f = 0; f < ids.size(); f += 7) {
    uint64_t batch[3] = {ids[f], Feat(99, f), ids[(f * 13) % ids.size()]};  // one absent
    m.Score(batch, 3, got.data());
    for (int c = 0; c < num_classes; ++c) {
      float expect = want[f][c] + want[(f * 13) % ids.size()][c];
      EXPECT_NEAR(got[c], expect, 0.01f) << "feature " << f << " class " << c;
    }
  }
}

TEST(PerceptronTest, ScoresEveryRowKindExactly) { CheckEveryRowKind(60); }

// Over 256 classes rows keep 16-bit class ids (and none is dense).
TEST(PerceptronTest, ScoresEveryRowKindExactlyWithManyClasses) { CheckEveryRowKind(300); }

// Best() is the argmax of Score() (first on ties), optionally skipping one
// class, on rows of every storage kind.
TEST(PerceptronTest, BestIsTheArgmaxOfScore) {
  constexpr int kClasses = 40;
  PerceptronTrainer t(kClasses);
  std::vector<uint64_t> ids;
  for (int f = 0; f < 2000; ++f) {
    uint64_t id = Feat(8, f);
    for (int k = 0; k < 1 + f % 30; ++k)
      t.Update(&id, 1, (f * 7 + k) % kClasses, (f + 3 * k + 1) % kClasses, 1.0f + k % 3);
    t.Tick();
    ids.push_back(id);
  }
  PerceptronModel m = t.Finalize();
  std::vector<float> scores(kClasses);
  for (size_t f = 0; f + 2 < ids.size(); f += 11) {
    uint64_t batch[3] = {ids[f], ids[f + 1], ids[(f * 17) % ids.size()]};
    m.Score(batch, 3, scores.data());
    EXPECT_EQ(m.Best(batch, 3), Argmax(scores)) << f;
    int skip = Argmax(scores);
    std::vector<float> rest = scores;
    rest[skip] = -1e30f;
    EXPECT_EQ(m.Best(batch, 3, skip), Argmax(rest)) << f;
  }
  uint64_t unknown = Feat(99, 1);
  EXPECT_EQ(m.Best(&unknown, 1), 0);
  EXPECT_EQ(m.Best(&unknown, 1, 0), 1);
}

// BestWithMargin() gives the tag and margin that a float argmax over Score()
// gives (best minus second best, ties included), bit for bit.
TEST(PerceptronTest, BestWithMarginMatchesTheFloatArgmax) {
  constexpr int kClasses = 50;
  PerceptronTrainer t(kClasses);
  std::vector<uint64_t> ids;
  for (int f = 0; f < 2000; ++f) {
    uint64_t id = Feat(9, f);
    for (int k = 0; k < 1 + f % 40; ++k)
      t.Update(&id, 1, (f * 5 + k) % kClasses, (f + 7 * k + 2) % kClasses, 0.5f + k % 4);
    t.Tick();
    ids.push_back(id);
  }
  PerceptronModel m = t.Finalize();
  std::vector<float> scores(kClasses);
  int ties = 0;
  for (size_t f = 0; f + 3 < ids.size(); f += 3) {
    uint64_t batch[4] = {ids[f], ids[f + 1], ids[(f * 17) % ids.size()], Feat(99, f)};
    const size_t n = f % 2 ? 4 : 1;
    m.Score(batch, n, scores.data());
    int best = 0;
    float top = scores[0], second = -std::numeric_limits<float>::infinity();
    for (int c = 1; c < kClasses; ++c) {
      if (scores[c] > top) {
        second = top;
        top = scores[c];
        best = c;
      } else if (scores[c] > second) {
        second = scores[c];
      }
    }
    ties += top == second;
    float margin = -1;
    EXPECT_EQ(m.BestWithMargin(batch, n, &margin), best) << f;
    EXPECT_EQ(margin, top - second) << f;
  }
  EXPECT_GT(ties, 0);  // single features with a lone class: the rest tie at 0
  uint64_t unknown = Feat(99, 1);
  float margin = -1;
  EXPECT_EQ(m.BestWithMargin(&unknown, 1, &margin), 0);
  EXPECT_EQ(margin, 0.0f);
}

// QuickFeat ids are part of the parser's model format: pinned, never 0, and
// distinct over templates x small values (distances, labels, counts).
TEST(HashingTest, QuickFeatIsPinnedAndSeparatesSmallValues) {
  EXPECT_EQ(QuickFeat(99, 5, 7, 1), 0x0ca55874672857edull);
  std::vector<uint64_t> ids;
  for (uint32_t t = 0; t < 40; ++t)
    for (uint64_t a = 0; a < 12; ++a)
      for (uint64_t b = 0; b < 12; ++b)
        for (uint64_t c = 0; c < 6; ++c) ids.push_back(QuickFeat(t, a, b, c));
  EXPECT_EQ(std::count(ids.begin(), ids.end(), 0u), 0);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::unique(ids.begin(), ids.end()), ids.end());
}

TEST(PerceptronTest, SaveLoadRoundTrip) {
  PerceptronModel m = TrainToy();
  ModelWriter w;
  m.Save(&w);
  ModelReader r;
  ASSERT_TRUE(r.OpenBytes(w.Serialize("toy", 1), "toy", 1).ok());
  PerceptronModel back;
  ASSERT_TRUE(back.Load(&r).ok());
  ASSERT_TRUE(r.Finish().ok());
  EXPECT_EQ(back.num_features(), m.num_features());
  std::vector<float> a(3), b(3);
  uint64_t f[2] = {Feat(1, 2), Feat(0)};
  m.Score(f, 2, a.data());
  back.Score(f, 2, b.data());
  // int16 weights: equal up to the quantisation step.
  for (int c = 0; c < 3; ++c) EXPECT_NEAR(a[c], b[c], 1e-3) << c;
}

TEST(PerceptronTest, RejectsInconsistentPayload) {
  ModelWriter w;
  w.PutU32(3);
  w.PutPodVector(std::vector<uint64_t>{5, 6});
  w.PutPodVector(std::vector<uint16_t>{1, 1});
  w.PutPodVector(std::vector<uint16_t>{0, 7});  // class 7 of 3
  w.PutPodVector(std::vector<float>{1, 2});
  ModelReader r;
  ASSERT_TRUE(r.OpenBytes(w.Serialize("toy", 1), "toy", 1).ok());
  PerceptronModel m;
  EXPECT_EQ(m.Load(&r).code(), StatusCode::kCorruption);
}

// Dense (3-class) model: three classes, each signalled by its own feature,
// plus many noise features so the table has collisions and several buckets.
DenseModel TrainDenseToy() {
  DenseTrainer t;
  float scores[kDenseClasses];
  for (int it = 0; it < 5; ++it) {
    for (int c = 0; c < kDenseClasses; ++c) {
      for (int noise = 0; noise < 300; ++noise) {
        uint64_t f[3] = {Feat(1, c), Feat(0), Feat(2, noise * 3 + c)};
        t.Score(f, 3, scores);
        int guess = static_cast<int>(std::max_element(scores, scores + 3) - scores);
        // Always update in the first round, so every noise feature gets a row.
        t.Update(f, 3, c, it == 0 ? (c + 1) % kDenseClasses : guess);
        t.Tick();
      }
    }
  }
  return t.Finalize();
}

TEST(DensePerceptronTest, LearnsSeparableProblemAndRoundTrips) {
  DenseModel m = TrainDenseToy();
  EXPECT_GT(m.num_features(), 100u);
  ModelWriter w;
  m.Save(&w);
  ModelReader r;
  ASSERT_TRUE(r.OpenBytes(w.Serialize("toy", 1), "toy", 1).ok());
  DenseModel back;
  ASSERT_TRUE(back.Load(&r).ok());
  ASSERT_TRUE(r.Finish().ok());
  float a[kDenseClasses], b[kDenseClasses];
  for (int c = 0; c < kDenseClasses; ++c) {
    uint64_t f[2] = {Feat(1, c), Feat(0)};
    m.Score(f, 2, a);
    back.Score(f, 2, b);
    EXPECT_EQ(std::max_element(a, a + 3) - a, c);
    for (int k = 0; k < kDenseClasses; ++k) EXPECT_NEAR(a[k], b[k], 1e-2) << k;
  }
  uint64_t unknown = Feat(99, 12345);
  m.Score(&unknown, 1, a);
  EXPECT_EQ(a[0], 0.0f);
  // Pruning keeps the strongest rows: the class signals survive.
  m.Prune(3);
  EXPECT_EQ(m.num_features(), 3u);
  for (int c = 0; c < kDenseClasses; ++c) {
    uint64_t f[1] = {Feat(1, c)};
    m.Score(f, 1, a);
    EXPECT_EQ(std::max_element(a, a + 3) - a, c);
  }
}

// Accumulate() sums the quantised rows as ints: in any order and in parts it
// gives Score()'s values (up to Score()'s float rounding).
TEST(DensePerceptronTest, AccumulateInPartsEqualsScore) {
  DenseModel m = TrainDenseToy();
  for (int c = 0; c < kDenseClasses; ++c) {
    uint64_t f[4] = {Feat(1, c), Feat(0), Feat(2, 7 * 3 + c), Feat(99, 5)};
    float want[kDenseClasses];
    m.Score(f, 4, want);
    int32_t all[kDenseClasses] = {}, parts[kDenseClasses] = {};
    m.Accumulate(f, 4, all);
    m.Accumulate(f + 2, 2, parts);
    m.Accumulate(f, 2, parts);
    for (int k = 0; k < kDenseClasses; ++k) {
      EXPECT_EQ(all[k], parts[k]);
      EXPECT_NEAR(m.ToScore(all[k]), want[k], 1e-4f * (1 + std::fabs(want[k])));
    }
  }
}

// AccumulateGroups() gives each group the sums Accumulate() gives it alone,
// for empty groups, unknown features, one group, and more features than one
// probe batch (the parser's steps) or than it takes in one pass.
TEST(DensePerceptronTest, AccumulateGroupsEqualsAccumulatePerGroup) {
  DenseModel m = TrainDenseToy();
  std::vector<uint64_t> f;
  for (int i = 0; i < 200; ++i) f.push_back(i % 3 == 2 ? Feat(99, i) : Feat(1 + i % 2, i % 7));
  const std::vector<std::vector<int>> cases = {
      {4}, {0, 3, 3, 7}, {40, 41, 90}, {10, 20, 30, 60, 99}, {50, 200}};
  for (const auto& ends : cases) {
    const int groups = static_cast<int>(ends.size());
    int32_t got[5][kDenseClasses];
    for (auto& g : got) g[0] = 1, g[1] = -2, g[2] = 3;  // added to, not reset
    m.AccumulateGroups(f.data(), ends.data(), groups, got);
    for (int g = 0; g < groups; ++g) {
      int32_t want[kDenseClasses] = {1, -2, 3};
      const int begin = g ? ends[g - 1] : 0;
      m.Accumulate(f.data() + begin, ends[g] - begin, want);
      for (int k = 0; k < kDenseClasses; ++k)
        EXPECT_EQ(got[g][k], want[k]) << "group " << g << " of " << groups;
    }
  }
}

// Averaging: a model averaged with itself scores as it did; with an empty
// model every weight is halved, and features of either member are kept.
TEST(DensePerceptronTest, AverageIsTheMeanOverTheUnionOfFeatures) {
  DenseModel m = TrainDenseToy();
  DenseModel empty;
  DenseModel same = DenseModel::Average({&m, &m});
  DenseModel half = DenseModel::Average({&m, &empty});
  EXPECT_EQ(same.num_features(), m.num_features());
  EXPECT_EQ(half.num_features(), m.num_features());
  float a[kDenseClasses], b[kDenseClasses], h[kDenseClasses];
  for (int c = 0; c < kDenseClasses; ++c) {
    uint64_t f[2] = {Feat(1, c), Feat(0)};
    m.Score(f, 2, a);
    same.Score(f, 2, b);
    half.Score(f, 2, h);
    for (int k = 0; k < kDenseClasses; ++k) {
      EXPECT_NEAR(a[k], b[k], 1e-2) << k;
      EXPECT_NEAR(a[k] / 2, h[k], 1e-2) << k;
    }
  }
}

TEST(PerceptronTest, AverageIsTheMeanOverTheUnionOfFeatures) {
  PerceptronModel m = TrainToy();
  PerceptronModel other;  // one feature of its own, another shared with m
  {
    PerceptronTrainer t(3);
    uint64_t f[2] = {Feat(5, 5), Feat(0)};
    t.Update(f, 2, 2, 0, 4.0f);
    t.Tick();
    other = t.Finalize();
  }
  PerceptronModel avg = PerceptronModel::Average({&m, &other});
  EXPECT_EQ(avg.num_classes(), 3);
  std::vector<float> a(3), b(3), c(3);
  uint64_t shared = Feat(0), own = Feat(5, 5), mine = Feat(1, 1);
  m.Score(&shared, 1, a.data());
  other.Score(&shared, 1, b.data());
  avg.Score(&shared, 1, c.data());
  for (int k = 0; k < 3; ++k) EXPECT_NEAR(c[k], (a[k] + b[k]) / 2, 1e-2) << k;
  other.Score(&own, 1, b.data());
  avg.Score(&own, 1, c.data());
  for (int k = 0; k < 3; ++k) EXPECT_NEAR(c[k], b[k] / 2, 1e-2) << k;
  m.Score(&mine, 1, a.data());
  avg.Score(&mine, 1, c.data());
  for (int k = 0; k < 3; ++k) EXPECT_NEAR(c[k], a[k] / 2, 1e-2) << k;
}

TEST(HugePagesTest, LargeAndSmallVectorsWork) {
  HugeVector<uint64_t> big(3 << 20);  // 24 MB: 2 MiB-aligned, advised for huge pages
  for (size_t i = 0; i < big.size(); i += 4096) big[i] = i;
  EXPECT_EQ(reinterpret_cast<uintptr_t>(big.data()) % kHugePageBytes, 0u);
  EXPECT_EQ(big[4096 * 100], 4096u * 100);
  HugeVector<uint64_t> small(10, 7);
  EXPECT_EQ(small[9], 7u);
  big = small;  // copy between sizes
  EXPECT_EQ(big.size(), 10u);
}

TEST(DensePerceptronTest, RejectsBadPayloads) {
  auto load = [](const ModelWriter& w) {
    ModelReader r;
    EXPECT_TRUE(r.OpenBytes(w.Serialize("toy", 1), "toy", 1).ok());
    DenseModel m;
    return m.Load(&r).code();
  };
  ModelWriter classes;  // wrong class count
  classes.PutU32(5);
  EXPECT_EQ(load(classes), StatusCode::kCorruption);
  ModelWriter scale;
  scale.PutU32(3);
  scale.PutF32(-1.0f);
  EXPECT_EQ(load(scale), StatusCode::kCorruption);
  ModelWriter unsorted;
  unsorted.PutU32(3);
  unsorted.PutF32(1.0f);
  unsorted.PutPodVector(std::vector<uint32_t>{7, 5});
  unsorted.PutPodVector(std::vector<int16_t>(6, 1));
  EXPECT_EQ(load(unsorted), StatusCode::kCorruption);
  ModelWriter sizes;
  sizes.PutU32(3);
  sizes.PutF32(1.0f);
  sizes.PutPodVector(std::vector<uint32_t>{5, 7});
  sizes.PutPodVector(std::vector<int16_t>(5, 1));
  EXPECT_EQ(load(sizes), StatusCode::kCorruption);
  ModelWriter truncated;
  truncated.PutU32(3);
  truncated.PutF32(1.0f);
  truncated.PutU64(uint64_t{1} << 40);  // a huge vector that is not there
  EXPECT_NE(load(truncated), StatusCode::kOk);
  // Random bytes and every prefix of a valid payload: an error or a model,
  // never a crash (ASan/UBSan builds run this too).
  ModelWriter valid;
  TrainDenseToy().Save(&valid);
  std::string bytes = valid.Serialize("toy", 1);
  uint64_t x = 42;
  for (int round = 0; round < 200; ++round) {
    ModelWriter junk;
    junk.PutU32(3);
    junk.PutF32(1.0f);
    for (int k = 0; k < round; ++k) {
      x = Mix64(x + 1);
      junk.PutU8(static_cast<uint8_t>(x));
    }
    load(junk);
  }
  ModelReader r;
  ASSERT_TRUE(r.OpenBytes(bytes, "toy", 1).ok());
  DenseModel whole;
  EXPECT_TRUE(whole.Load(&r).ok());
}

}  // namespace
}  // namespace newsgraph::syntax
