// Ranker: an averaged perceptron that picks one candidate out of a list, over
// hashed sparse features (a fixed table of 2^bits weights; collisions are
// accepted). Used by the span models (span_model.h) to choose where a quote's
// content begins and ends.
//
// A Ranker is immutable after training or Load() and safe to share across
// threads. A RankerTrainer is single-threaded and deterministic: the same
// examples in the same order give the same weights.
#ifndef NEWSGRAPH_QUOTES_RANKER_H_
#define NEWSGRAPH_QUOTES_RANKER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/model_file.h"
#include "newsgraph/status.h"

namespace newsgraph::quotes {

// The features of one candidate: hashed keys (FeatureKey).
using FeatureVec = std::vector<uint64_t>;

// Hash of a feature written as text ("bw=that").
uint64_t FeatureKey(std::string_view feature);

// Feature keys hashed piece by piece (FNV-1a, pieces separated), so no
// feature string is built: Keys add(&v, "T"); add("w", word);
class Keys {
 public:
  Keys(FeatureVec* out, std::string_view prefix) : out_(out), prefix_(prefix) {}
  template <typename... Pieces>
  void operator()(std::string_view name, const Pieces&... pieces) {
    uint64_t h = kBasis;
    Mix(&h, prefix_);
    Mix(&h, name);
    (Mix(&h, std::string_view(pieces)), ...);
    out_->push_back(h);
  }

 private:
  static constexpr uint64_t kBasis = 1469598103934665603ull;
  static constexpr uint64_t kPrime = 1099511628211ull;
  static void Mix(uint64_t* h, std::string_view s) {
    for (unsigned char c : s) *h = (*h ^ c) * kPrime;
    *h = (*h ^ 0x1f) * kPrime;  // piece separator
  }
  FeatureVec* out_;
  std::string_view prefix_;
};

class Ranker {
 public:
  Ranker() = default;
  explicit Ranker(std::vector<float> weights);
  bool empty() const { return weights_.empty(); }
  float Score(const FeatureVec& f) const;
  // Index of the best-scoring candidate (the first on ties); -1 when empty.
  int Best(const std::vector<FeatureVec>& candidates) const;

  void Save(ModelWriter* w) const;
  Status Load(ModelReader* r);

  // The mean of rankers' weights (all of one table size; empty when none).
  static Ranker Average(const std::vector<Ranker>& rankers);

 private:
  std::vector<float> weights_;  // size 2^bits, or empty (no model)
  uint64_t mask_ = 0;
};

class RankerTrainer {
 public:
  explicit RankerTrainer(int bits = 18);
  // One example: moves weight towards candidates[truth] when another
  // candidate scores at least as high. Returns true when it was right.
  bool Train(const std::vector<FeatureVec>& candidates, int truth);
  // The averaged weights.
  Ranker Finalize() const;

 private:
  float Raw(const FeatureVec& f) const;
  void Add(const FeatureVec& f, float delta);

  std::vector<float> w_;
  std::vector<double> u_;  // sum of clock * delta (averaging, Daume's trick)
  uint64_t mask_;
  double clock_ = 1;
};

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_RANKER_H_
