// Averaged perceptron with a few (at most kDenseClasses) classes and one
// dense weight row per feature: the parser's unlabelled SHIFT / LEFT / RIGHT
// decision.
//
// DenseModel is the runtime model: a cache-line bucketed open-addressing
// table of (32-bit feature fingerprint, kDenseClasses int16 weights) slots,
// six per 64-byte bucket, the weights quantised as in the model file. Score()
// costs one bucket (one cache line) per feature in the common case; the
// probes of a batch of features are prefetched together. Immutable after
// Load()/Finalize(), safe to share across threads.
//
// DenseTrainer holds the training state (weights and their clock-weighted
// sums, Daume's averaging trick) and is single-threaded.
#ifndef NEWSGRAPH_SYNTAX_DENSE_PERCEPTRON_H_
#define NEWSGRAPH_SYNTAX_DENSE_PERCEPTRON_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/model_file.h"
#include "newsgraph/status.h"
#include "syntax/huge_pages.h"

namespace newsgraph::syntax {

inline constexpr int kDenseClasses = 3;

class DenseModel {
 public:
  DenseModel() = default;
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return keys_.size() * kDenseClasses; }

  // scores must hold kDenseClasses floats; they are overwritten.
  void Score(const uint64_t* feats, size_t n, float* scores) const;

  // Adds the quantised weights of the features to acc (kDenseClasses
  // int32 sums, not reset): exact, so partial sums can be cached and added
  // later in any order; the scores are ToScore(acc). Equal to Score() up to
  // the rounding of Score()'s float sum.
  void Accumulate(const uint64_t* feats, size_t n, int32_t* acc) const;
  float ToScore(int32_t q) const { return static_cast<float>(q) * scale_; }
  // Accumulate() of `groups` consecutive groups of features in one batch of
  // probes: group g is feats[ends[g - 1], ends[g]) (ends[-1] = 0, ends
  // ascending), its sums are added to acc[g].
  void AccumulateGroups(const uint64_t* feats, const int* ends, int groups,
                        int32_t (*acc)[kDenseClasses]) const;

  // Differs between any two tables built in this process (a copy shares its
  // original's; 0: never built): what a cache of sums is keyed by.
  uint64_t table_id() const { return table_id_; }

  // Keeps the max_features features of largest L1 row norm.
  void Prune(size_t max_features);

  // The mean of the members' weights over the union of their features (a
  // member lacking a feature weighs 0 there): a weight-averaged ensemble,
  // scored at the cost of one model. Members must be non-empty.
  static DenseModel Average(const std::vector<const DenseModel*>& members);

  // Payload: sorted unique u32 fingerprints, int16 weights (kDenseClasses per
  // feature) with one f32 scale.
  void Save(ModelWriter* w) const;
  Status Load(ModelReader* r);

  static uint32_t Fingerprint(uint64_t feat) {
    uint32_t k = static_cast<uint32_t>(feat >> 32);
    return k ? k : 1;  // 0 marks an empty slot
  }

 private:
  friend class DenseTrainer;
  static float ScaleOf(const std::vector<float>& weights);  // int16 step: max |w| / 32767
  void BuildTable(float scale);
  const int16_t* Find(uint32_t key, uint64_t bucket) const {
    return FindWith<KeysSse2>(key, bucket);
  }
  // Bit s set: slot s of a bucket holds `key` (at most one is): two SSE2
  // compares, or one AVX2 compare where the CPU has it.
  struct KeysSse2;
  struct KeysAvx2;
  template <class Keys>
  const int16_t* FindWith(uint32_t key, uint64_t bucket) const;
  template <class Keys>
  void AccumulateGroupsWith(const uint64_t* feats, const int* ends, int groups,
                            int32_t (*acc)[kDenseClasses]) const;
  void AccumulateGroupsAvx2(const uint64_t* feats, const int* ends, int groups,
                            int32_t (*acc)[kDenseClasses]) const;
  // Calls f(row) for the weight row of each feature found, in feature order, probing in
  // prefetched batches.
  template <typename F>
  void ForEachRow(const uint64_t* feats, size_t n, F&& f) const;
  // Fingerprints are uniform 32-bit values: multiply-shift maps them onto
  // any bucket count (no power of two, no second mix).
  uint64_t HomeBucket(uint32_t key) const { return (uint64_t{key} * table_.size()) >> 32; }
  uint64_t NextBucket(uint64_t b) const { return b + 1 == table_.size() ? 0 : b + 1; }

  // Canonical content (what Save writes): sorted fingerprints, row-major weights.
  std::vector<uint32_t> keys_;
  std::vector<float> weights_;

  // Runtime table: buckets of one cache line holding six (fingerprint, three
  // int16 weights) slots, filled in order; weight = q * scale_ (the file's
  // quantisation), so the table is half the size of float slots.
  static constexpr int kSlotsPerBucket = 6;
  struct alignas(64) Bucket {
    uint32_t key[kSlotsPerBucket] = {};  // 0 = empty
    int16_t w[kSlotsPerBucket][kDenseClasses] = {};
    uint32_t pad = 0;
  };
  static_assert(sizeof(Bucket) == 64, "one bucket per cache line");
  HugeVector<Bucket> table_;  // 2 MiB pages: a probe costs no page walk
  float scale_ = 1.0f;
  uint64_t table_id_ = 0;  // set by BuildTable()
};

class DenseTrainer {
 public:
  DenseTrainer();
  // Raw (non-averaged) scores; scores must hold kDenseClasses floats.
  void Score(const uint64_t* feats, size_t n, float* scores) const;
  // Moves `amount` of weight from `guess` to `truth` for every feature.
  void Update(const uint64_t* feats, size_t n, int truth, int guess, float amount = 1.0f);
  // Call once per training example (advances the averaging clock).
  void Tick() { ++clock_; }
  // Averaged weights; rows whose weights are all below `prune` are dropped.
  DenseModel Finalize(float prune = 1e-3f) const;
  size_t num_features() const { return used_; }

 private:
  // Index of the row of `key` in w_/u_, or -1; FindOrAdd adds it.
  int64_t Find(uint64_t key) const;
  int64_t FindOrAdd(uint64_t key);
  void Grow();

  double clock_ = 1;
  std::vector<uint64_t> keys_;  // open addressing, 0 = empty
  std::vector<uint32_t> rows_;  // row of each slot
  std::vector<float> w_;        // kDenseClasses per row
  std::vector<double> u_;       // sum of clock * delta, kDenseClasses per row
  std::vector<uint64_t> row_keys_;
  size_t used_ = 0;
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_DENSE_PERCEPTRON_H_
