// Averaged multi-class perceptron over hashed sparse features.
//
// PerceptronTrainer holds the training state (weights and their running
// sums for averaging, Daume's trick) in sparse per-feature rows; it is
// single-threaded. Finalize() produces a PerceptronModel: averaged, pruned,
// compact (open-addressing feature table + packed (class, weight) entries),
// immutable and safe to share across threads. Score() cost is one table probe
// per feature plus the number of non-zero classes of that feature.
#ifndef NEWSGRAPH_SYNTAX_PERCEPTRON_H_
#define NEWSGRAPH_SYNTAX_PERCEPTRON_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/model_file.h"
#include "newsgraph/status.h"
#include "syntax/huge_pages.h"

namespace newsgraph::syntax {

class PerceptronModel {
 public:
  PerceptronModel() = default;
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return classes_.size(); }

  // scores must hold num_classes() floats; they are overwritten.
  void Score(const uint64_t* feats, size_t n, float* scores) const;
  // The class of largest Score() other than `exclude` (the first on ties;
  // `exclude` only if it is the one class), without the floats.
  int Best(const uint64_t* feats, size_t n, int exclude = -1) const;
  // Best() over all classes, and *margin = the difference of Score()'s largest
  // two floats (+inf with one class), as a float argmax over Score() computes
  // it; no float per class. Needs n * 32767 < 2^21 (n <= 64): the int order is
  // then the float order.
  int BestWithMargin(const uint64_t* feats, size_t n, float* margin) const;

  // For callers that add rows summed in advance (the tagger's word cache): the int
  // sums behind Score() (Score()'s floats are sums * scale), summed into acc, which
  // must hold sums_size() values (also zeros for an empty table); and
  // BestWithMargin() of such sums, which must stay below 2^21 in magnitude (acc is
  // clobbered). Sums() then BestWithMarginOfSums() is BestWithMargin().
  size_t sums_size() const { return std::max<size_t>(num_classes_, stride_); }
  void Sums(const uint64_t* feats, size_t n, int32_t* acc) const;
  int BestWithMarginOfSums(int32_t* acc, float* margin) const;
  // Differs between any two tables built in this process (a copy shares its
  // original's): what a cache of sums is keyed by.
  uint64_t table_id() const { return table_id_; }

  // Keeps the max_weights weights of largest magnitude (drops the rest).
  void Prune(size_t max_weights);

  // The mean of the members' weights (a weight absent from a member counts
  // as 0): a weight-averaged ensemble. Members must be non-empty and share
  // num_classes().
  static PerceptronModel Average(const std::vector<const PerceptronModel*>& members);

  // Payload format 2: 32-bit feature fingerprints, u8 classes, int16
  // weights with one scale. Load also reads format 1 (u64 keys, u16
  // classes, f32 weights).
  void Save(ModelWriter* w) const;
  Status Load(ModelReader* r, uint32_t format = 2);

 private:
  friend class PerceptronTrainer;
  static uint32_t Fingerprint(uint64_t feat) { return static_cast<uint32_t>(feat >> 32); }
  void BuildTable();
  class ClassSums;  // the scoring step of Score(), Best(), BestWithMargin()
  // acc[c] = sum of the quantised weights of class c; acc must hold
  // max(num_classes_, stride_) values.
  void Accumulate(const uint64_t* feats, size_t n, int32_t* acc) const;
  void Adopt(std::vector<uint32_t> keys, std::vector<uint32_t> starts, std::vector<uint16_t> counts,
             std::vector<uint16_t> classes, std::vector<float> weights);
  // Sorts by fingerprint and merges features that share one.
  void Canonicalize();

  int num_classes_ = 0;
  // Per feature: fingerprint, first entry, number of entries.
  std::vector<uint32_t> keys_;
  std::vector<uint32_t> starts_;
  std::vector<uint16_t> counts_;
  // Entries.
  std::vector<uint16_t> classes_;
  std::vector<float> weights_;
  // A weight as stored in the model file: int16 times scale_ (4 bytes, so
  // a 51-class row is 4 cache lines instead of 7).
  struct Weight {
    uint16_t cls;
    int16_t q;
  };
  // Index for Score(): buckets of one cache line holding four 16-byte slots,
  // filled in order (a bucket with an empty slot ends a probe). Rows of at
  // most kInline entries (two thirds of all rows: an update always touches
  // two classes) sit in the slot itself, so they cost no second cache line;
  // longer rows are contiguous in rows_ or dense_, quantised as in the
  // model file. count == 0 marks an empty slot.
  static constexpr uint32_t kInline = 2;
  struct Slot {
    uint32_t key = 0;
    uint32_t count = 0;  // entries, | kDenseFlag for a dense row
    union {
      uint32_t start = 0;   // byte offset in rows_ / first entry in dense_
      Weight inl[kInline];  // count <= kInline
    };
  };
  static constexpr int kSlotsPerBucket = 4;
  struct alignas(64) Bucket {
    Slot slot[kSlotsPerBucket];
  };
  static_assert(sizeof(Bucket) == 64, "one bucket per cache line");
  // Fingerprints are uniform 32-bit values (bits of a Mix64 output):
  // multiply-shift maps them onto any bucket count, no second mix.
  uint64_t HomeBucket(uint32_t key) const { return (uint64_t{key} * table_.size()) >> 32; }
  // The slot of `key` (probing from its home bucket), or nullptr.
  const Slot* Probe(uint32_t key, uint64_t home) const;
  float scale_ = 1.0f;
  uint64_t table_id_ = 0;     // set by BuildTable()
  HugeVector<Bucket> table_;  // large tables on 2 MiB pages (huge_pages.h)
  // Rows of more than kInline entries that are not dense, at byte offset
  // Slot::start: with at most 256 classes (narrow_) count class bytes then
  // count int16 weights (3 bytes an entry), else Weight entries. A row of at
  // most one cache line never crosses one; a longer row starts on one.
  struct alignas(64) Line {
    uint8_t bytes[64];
  };
  HugeVector<Line> rows_;
  bool narrow_ = true;
  uint32_t RowBytes(uint32_t count) const { return count * (narrow_ ? 3 : 4); }
  // Rows with at least max(kDenseRow, stride_ / 3) classes are also stored dense (stride_
  // int16 per row, zeros where the class is absent) and scored with a
  // vectorisable loop; their Slot has kDenseFlag in count and start indexes
  // dense_.
  static constexpr uint32_t kDenseRow = 20;
  static constexpr uint32_t kDenseFlag = 1u << 31;
  HugeVector<int16_t> dense_;
  uint32_t stride_ = 0;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes);
  int num_classes() const { return num_classes_; }

  // Raw (non-averaged) scores; scores must hold num_classes() floats.
  void Score(const uint64_t* feats, size_t n, float* scores) const;
  // Moves weight from `guess` to `truth` for every feature, by `amount`.
  void Update(const uint64_t* feats, size_t n, int truth, int guess, float amount = 1.0f);
  // Call once per training example (advances the averaging clock).
  void Tick() { ++clock_; }

  // Averaged weights; entries with |w| < prune are dropped.
  PerceptronModel Finalize(float prune = 1e-3f) const;

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double u;  // sum of clock * delta
  };
  struct Row {
    uint64_t key = 0;
    std::vector<Entry> entries;
  };
  Row* FindOrAdd(uint64_t key);
  const Row* Find(uint64_t key) const;
  void Grow();

  int num_classes_;
  double clock_ = 1;
  std::vector<Row> rows_;  // open addressing, key 0 = empty
  size_t used_ = 0;
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_PERCEPTRON_H_
