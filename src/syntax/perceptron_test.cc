#include "syntax/perceptron.h"

#include <gtest/gtest.h>

#include <algorithm>

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

}  // namespace
}  // namespace newsgraph::syntax
