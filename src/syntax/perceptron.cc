#include "syntax/perceptron.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>

#include "syntax/hashing.h"

// The hot scoring functions are compiled twice, for AVX2 and for the baseline,
// and the loader picks one by CPU (no global -march).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define NG_AVX2_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define NG_AVX2_CLONES
#endif

namespace newsgraph::syntax {

// ---- PerceptronModel ---------------------------------------------------------

namespace {

// int16 quantisation shared by the model file and the in-memory table.
float Scale(const std::vector<float>& weights) {
  float max = 0;
  for (float x : weights) max = std::max(max, std::fabs(x));
  return max > 0 ? max / 32767.0f : 1.0f;
}

int16_t Quantize(float w, float scale) { return static_cast<int16_t>(std::lround(w / scale)); }

}  // namespace

void PerceptronModel::BuildTable() {
  // Load factor <= 0.5: most probes, hits and misses, end in the home bucket.
  static std::atomic<uint64_t> last_id{0};
  table_id_ = ++last_id;
  size_t buckets = std::max<size_t>(1, (keys_.size() + 1) / 2);
  table_.assign(buckets, Bucket());
  scale_ = Scale(weights_);
  std::vector<Weight> packed(classes_.size());
  for (size_t j = 0; j < classes_.size(); ++j)
    packed[j] = {classes_[j], Quantize(weights_[j], scale_)};
  stride_ = (static_cast<uint32_t>(num_classes_) + 7) & ~7u;
  dense_.clear();
  narrow_ = num_classes_ <= 256;
  const bool dense_ok = num_classes_ <= 256;
  // A sparse entry costs about as much as three dense classes (load, index,
  // add, store vs. part of a vector add), and dense rows take more memory.
  const uint32_t dense_min = std::max<uint32_t>(kDenseRow, (stride_ + 2) / 3);
  auto is_dense = [&](size_t i) { return dense_ok && counts_[i] >= dense_min; };
  // Sparse rows' byte offsets: a row of at most one cache line never crosses
  // one, a longer one starts on one (rows_ is line-aligned).
  std::vector<uint32_t> at(keys_.size(), 0);
  size_t bytes = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (counts_[i] <= kInline || is_dense(i)) continue;
    const size_t size = RowBytes(counts_[i]);
    if (size <= 64 ? bytes % 64 + size > 64 : bytes % 64 != 0) bytes = (bytes + 63) / 64 * 64;
    at[i] = static_cast<uint32_t>(bytes);
    bytes += size;
  }
  rows_.assign((bytes + 63) / 64, Line{});
  uint8_t* rows = rows_.empty() ? nullptr : rows_.data()->bytes;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (counts_[i] == 0) continue;  // contributes nothing; count 0 marks empty slots
    Slot s;
    s.key = keys_[i];
    s.count = counts_[i];
    s.start = at[i];
    const Weight* w = packed.data() + starts_[i];
    if (is_dense(i)) {
      size_t at = dense_.size();
      dense_.resize(at + stride_, 0);
      for (uint32_t j = 0; j < counts_[i]; ++j) dense_[at + w[j].cls] = w[j].q;
      s.start = static_cast<uint32_t>(at);
      s.count = kDenseFlag | counts_[i];
    } else if (counts_[i] <= kInline) {
      for (uint32_t j = 0; j < counts_[i]; ++j) s.inl[j] = w[j];
    } else if (narrow_) {
      // count class bytes, then count int16 weights.
      uint8_t* r = rows + s.start;
      for (uint32_t j = 0; j < counts_[i]; ++j) {
        r[j] = static_cast<uint8_t>(w[j].cls);
        std::memcpy(r + counts_[i] + 2 * j, &w[j].q, 2);
      }
    } else {
      std::memcpy(rows + s.start, w, counts_[i] * sizeof(Weight));
    }
    for (uint64_t b = HomeBucket(keys_[i]);; b = b + 1 == buckets ? 0 : b + 1) {
      Slot* free = nullptr;
      for (Slot& x : table_[b].slot)
        if (x.count == 0) {
          free = &x;
          break;
        }
      if (free) {
        *free = s;
        break;
      }
    }
  }
}

const PerceptronModel::Slot* PerceptronModel::Probe(uint32_t key, uint64_t b) const {
  // At most half full: a bucket with an empty slot always ends the walk.
  while (true) {
    for (const Slot& s : table_[b].slot) {
      if (s.count == 0) return nullptr;
      if (s.key == key) return &s;
    }
    b = b + 1 == table_.size() ? 0 : b + 1;
  }
}

namespace {

// acc[c] += row[c] for c < n; n is a multiple of 8. Inlined into
// Accumulate's clones (AVX2 where the CPU has it, picked at load time, no
// global -march).
__attribute__((always_inline)) inline void AddRow(int32_t* __restrict acc,
                                                  const int16_t* __restrict row, uint32_t n) {
  for (uint32_t c = 0; c < n; ++c) acc[c] += row[c];
}

}  // namespace

// Weights are int16 and accumulate exactly in int32 (a float sum of them was
// exact too, below 2^24), scaled once at the end.
NG_AVX2_CLONES
void PerceptronModel::Accumulate(const uint64_t* feats, size_t n, int32_t* acc) const {
  // Dense rows are stride_ wide (num_classes_ rounded up to 8): acc has room.
  std::fill(acc, acc + std::max<size_t>(num_classes_, stride_), 0);
  constexpr size_t kBatch = 48;
  uint64_t home[kBatch];
  uint32_t keys[kBatch];
  const Slot* found[kBatch];
  const uint32_t stride = stride_;
  const Bucket* table = table_.data();
  const uint8_t* rows = rows_.empty() ? nullptr : rows_.data()->bytes;
  const bool narrow = narrow_;
  const int16_t* dense = dense_.data();
  for (size_t b = 0; b < n; b += kBatch) {
    size_t m = std::min(kBatch, n - b);
    // Issue all probes' memory loads first, then walk them.
    for (size_t i = 0; i < m; ++i) {
      keys[i] = Fingerprint(feats[b + i]);
      home[i] = HomeBucket(keys[i]);
      __builtin_prefetch(&table[home[i]]);
    }
    for (size_t i = 0; i < m; ++i) {
      const Slot* s = found[i] = Probe(keys[i], home[i]);
      if (!s) continue;
      const uint32_t count = s->count;
      if (count & kDenseFlag) {
        for (uint32_t j = 0; j < stride; j += 32) __builtin_prefetch(&dense[s->start + j]);
      } else if (count > kInline) {
        // Every cache line of the row (one unless longer than a line: then it starts on one).
        for (uint32_t j = 0; j < RowBytes(count); j += 64) __builtin_prefetch(rows + s->start + j);
      }
    }
    for (size_t i = 0; i < m; ++i) {
      const Slot* s = found[i];
      if (!s) continue;
      // Copies: int32 stores to acc may alias the uint32 fields (signed/unsigned) for the compiler.
      const uint32_t count = s->count, start = s->start;
      if (count & kDenseFlag) {
        AddRow(acc, dense + start, stride);
      } else if (count <= kInline) {
        for (uint32_t j = 0; j < count; ++j) acc[s->inl[j].cls] += s->inl[j].q;
      } else if (narrow) {
        const uint8_t* cls = rows + start;
        const uint8_t* q = cls + count;
        for (uint32_t j = 0; j < count; ++j) {
          int16_t v;
          std::memcpy(&v, q + 2 * j, 2);
          acc[cls[j]] += v;
        }
      } else {
        const Weight* w = reinterpret_cast<const Weight*>(rows + start);
        for (uint32_t j = 0; j < count; ++j) acc[w[j].cls] += w[j].q;
      }
    }
  }
}

// The class sums of a list of features (zeros when the model has no
// weights): on the stack for up to 256 classes, else on the heap. The one
// scoring step that Score(), Best() and BestWithMargin() share.
class PerceptronModel::ClassSums {
 public:
  __attribute__((always_inline))
  ClassSums(const PerceptronModel& m, const uint64_t* feats, size_t n) {
    if (static_cast<size_t>(m.num_classes_) > kStackClasses) {
      heap_.resize(m.num_classes_ + 8);
      data_ = heap_.data();
    }
    if (m.table_.empty())
      std::fill(data_, data_ + m.num_classes_, 0);
    else
      m.Accumulate(feats, n, data_);
  }
  ClassSums(const ClassSums&) = delete;  // data_ may point into this object
  ClassSums& operator=(const ClassSums&) = delete;
  int32_t* data() { return data_; }

 private:
  static constexpr size_t kStackClasses = 256;
  int32_t stack_[kStackClasses + 8];
  std::vector<int32_t> heap_;
  int32_t* data_ = stack_;
};

void PerceptronModel::Score(const uint64_t* feats, size_t n, float* scores) const {
  ClassSums sums(*this, feats, n);
  const int32_t* acc = sums.data();
  for (int c = 0; c < num_classes_; ++c) scores[c] = static_cast<float>(acc[c]) * scale_;
}

namespace {

// The largest of acc[0..n), n >= 1: a max reduction the compiler vectorises.
int32_t MaxOf(const int32_t* acc, int n) {
  int32_t m = acc[0];
  for (int c = 1; c < n; ++c) m = std::max(m, acc[c]);
  return m;
}

// The first c with acc[c] == v (there is one).
int IndexOf(const int32_t* acc, int32_t v) {
  int c = 0;
  while (acc[c] != v) ++c;
  return c;
}

// Below every class sum (|sum| <= 64 * 32767).
constexpr int32_t kNoClass = std::numeric_limits<int32_t>::min();

}  // namespace

// Both argmaxes take the first class of largest sum (the vectorised max, then
// its first index): the argmax over Score()'s floats, as the sums are far
// below 2^24 and scale_ > 0, so the int order is the float order.
NG_AVX2_CLONES
int PerceptronModel::Best(const uint64_t* feats, size_t n, int exclude) const {
  if (num_classes_ == 0) return 0;
  ClassSums sums(*this, feats, n);
  int32_t* acc = sums.data();
  if (exclude >= 0 && exclude < num_classes_) {
    if (num_classes_ == 1) return exclude;
    acc[exclude] = kNoClass;
  }
  return IndexOf(acc, MaxOf(acc, num_classes_));
}

void PerceptronModel::Sums(const uint64_t* feats, size_t n, int32_t* acc) const {
  if (table_.empty())
    std::fill(acc, acc + sums_size(), 0);
  else
    Accumulate(feats, n, acc);
}

NG_AVX2_CLONES
int PerceptronModel::BestWithMargin(const uint64_t* feats, size_t n, float* margin) const {
  ClassSums sums(*this, feats, n);
  return BestWithMarginOfSums(sums.data(), margin);
}

NG_AVX2_CLONES
int PerceptronModel::BestWithMarginOfSums(int32_t* acc, float* margin) const {
  const int32_t top = MaxOf(acc, num_classes_);
  const int best = IndexOf(acc, top);
  if (num_classes_ == 1) {
    *margin = std::numeric_limits<float>::infinity();
    return best;
  }
  // The second largest sum (equal to top on a tie), as a float argmax's walk finds it.
  acc[best] = kNoClass;
  const int32_t second = MaxOf(acc, num_classes_);
  *margin = static_cast<float>(top) * scale_ - static_cast<float>(second) * scale_;
  return best;
}

void PerceptronModel::Canonicalize() {
  std::vector<uint32_t> order(keys_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  std::vector<uint32_t> keys, starts;
  std::vector<uint16_t> counts, classes;
  std::vector<float> weights;
  std::vector<float> row(num_classes_);
  std::vector<char> used(num_classes_);
  for (size_t i = 0; i < order.size();) {
    uint32_t key = keys_[order[i]];
    std::fill(row.begin(), row.end(), 0.0f);
    std::fill(used.begin(), used.end(), 0);
    for (; i < order.size() && keys_[order[i]] == key; ++i) {
      uint32_t f = order[i];
      for (uint32_t j = starts_[f]; j < starts_[f] + counts_[f]; ++j) {
        row[classes_[j]] += weights_[j];
        used[classes_[j]] = 1;
      }
    }
    keys.push_back(key);
    starts.push_back(static_cast<uint32_t>(classes.size()));
    for (int c = 0; c < num_classes_; ++c) {
      if (!used[c]) continue;
      classes.push_back(static_cast<uint16_t>(c));
      weights.push_back(row[c]);
    }
    counts.push_back(static_cast<uint16_t>(classes.size() - starts.back()));
  }
  Adopt(std::move(keys), std::move(starts), std::move(counts), std::move(classes),
        std::move(weights));
}

// Takes the sparse rows built by Compact()/Prune() and rebuilds the lookup table.
void PerceptronModel::Adopt(std::vector<uint32_t> keys, std::vector<uint32_t> starts,
                            std::vector<uint16_t> counts, std::vector<uint16_t> classes,
                            std::vector<float> weights) {
  keys_ = std::move(keys);
  starts_ = std::move(starts);
  counts_ = std::move(counts);
  classes_ = std::move(classes);
  weights_ = std::move(weights);
  BuildTable();
}

PerceptronModel PerceptronModel::Average(const std::vector<const PerceptronModel*>& members) {
  // All members' rows, scaled; Canonicalize sums the rows sharing a fingerprint.
  const float share = 1.0f / static_cast<float>(members.size());
  PerceptronModel m;
  m.num_classes_ = members.front()->num_classes_;
  for (const PerceptronModel* p : members) {
    const uint32_t base = static_cast<uint32_t>(m.classes_.size());
    m.keys_.insert(m.keys_.end(), p->keys_.begin(), p->keys_.end());
    for (uint32_t start : p->starts_) m.starts_.push_back(base + start);
    m.counts_.insert(m.counts_.end(), p->counts_.begin(), p->counts_.end());
    m.classes_.insert(m.classes_.end(), p->classes_.begin(), p->classes_.end());
    for (float w : p->weights_) m.weights_.push_back(w * share);
  }
  m.Canonicalize();
  return m;
}

void PerceptronModel::Prune(size_t max_weights) {
  if (weights_.size() <= max_weights) return;
  std::vector<float> mag(weights_.size());
  for (size_t i = 0; i < mag.size(); ++i) mag[i] = std::fabs(weights_[i]);
  std::nth_element(mag.begin(), mag.begin() + (mag.size() - max_weights), mag.end());
  float cut = mag[mag.size() - max_weights];
  std::vector<uint32_t> keys, starts;
  std::vector<uint16_t> counts, classes;
  std::vector<float> weights;
  for (size_t f = 0; f < keys_.size(); ++f) {
    uint32_t b = static_cast<uint32_t>(classes.size());
    for (uint32_t j = starts_[f]; j < starts_[f] + counts_[f]; ++j) {
      if (std::fabs(weights_[j]) <= cut) continue;
      classes.push_back(classes_[j]);
      weights.push_back(weights_[j]);
    }
    if (classes.size() == b) continue;
    keys.push_back(keys_[f]);
    starts.push_back(b);
    counts.push_back(static_cast<uint16_t>(classes.size() - b));
  }
  Adopt(std::move(keys), std::move(starts), std::move(counts), std::move(classes),
        std::move(weights));
}

void PerceptronModel::Save(ModelWriter* w) const {
  w->PutU32(static_cast<uint32_t>(num_classes_));
  float scale = Scale(weights_);
  w->PutF32(scale);
  w->PutPodVector(keys_);
  std::vector<uint8_t> counts(counts_.begin(), counts_.end()),
      classes(classes_.begin(), classes_.end());
  w->PutPodVector(counts);
  w->PutPodVector(classes);
  std::vector<int16_t> q(weights_.size());
  for (size_t i = 0; i < q.size(); ++i) q[i] = Quantize(weights_[i], scale);
  w->PutPodVector(q);
}

Status PerceptronModel::Load(ModelReader* r, uint32_t format) {
  uint32_t nc = 0;
  NG_RETURN_IF_ERROR(r->GetU32(&nc));
  if (nc == 0 || nc > (format >= 2 ? 255u : 65535u))
    return Status::Corruption("perceptron: bad class count");
  num_classes_ = static_cast<int>(nc);
  if (format >= 2) {
    float scale = 0;
    NG_RETURN_IF_ERROR(r->GetF32(&scale));
    if (!std::isfinite(scale) || scale <= 0) return Status::Corruption("perceptron: bad scale");
    std::vector<uint8_t> counts, classes;
    std::vector<int16_t> q;
    NG_RETURN_IF_ERROR(r->GetPodVector(&keys_));
    NG_RETURN_IF_ERROR(r->GetPodVector(&counts));
    NG_RETURN_IF_ERROR(r->GetPodVector(&classes));
    NG_RETURN_IF_ERROR(r->GetPodVector(&q));
    counts_.assign(counts.begin(), counts.end());
    classes_.assign(classes.begin(), classes.end());
    weights_.resize(q.size());
    for (size_t i = 0; i < q.size(); ++i) weights_[i] = q[i] * scale;
  } else {
    std::vector<uint64_t> keys;
    NG_RETURN_IF_ERROR(r->GetPodVector(&keys));
    NG_RETURN_IF_ERROR(r->GetPodVector(&counts_));
    NG_RETURN_IF_ERROR(r->GetPodVector(&classes_));
    NG_RETURN_IF_ERROR(r->GetPodVector(&weights_));
    keys_.resize(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) keys_[i] = Fingerprint(keys[i]);
  }
  if (counts_.size() != keys_.size() || weights_.size() != classes_.size() ||
      keys_.size() >= (1u << 31))
    return Status::Corruption("perceptron: inconsistent table sizes");
  starts_.resize(keys_.size());
  uint64_t total = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    starts_[i] = static_cast<uint32_t>(total);
    total += counts_[i];
  }
  if (total != classes_.size()) return Status::Corruption("perceptron: entry count mismatch");
  for (uint16_t c : classes_)
    if (c >= nc) return Status::Corruption("perceptron: class id out of range");
  for (float x : weights_)
    if (!std::isfinite(x)) return Status::Corruption("perceptron: weight is not finite");
  if (format < 2 || !std::is_sorted(keys_.begin(), keys_.end()) ||
      std::adjacent_find(keys_.begin(), keys_.end()) != keys_.end()) {
    if (format >= 2) return Status::Corruption("perceptron: feature table not sorted");
    Canonicalize();
  } else {
    BuildTable();
  }
  return Status::Ok();
}

// ---- PerceptronTrainer -------------------------------------------------------

PerceptronTrainer::PerceptronTrainer(int num_classes) : num_classes_(num_classes) {
  rows_.resize(1 << 16);
}

const PerceptronTrainer::Row* PerceptronTrainer::Find(uint64_t key) const {
  uint64_t mask = rows_.size() - 1;
  uint64_t slot = Mix64(key) & mask;
  while (true) {
    const Row& r = rows_[slot];
    if (r.key == key) return &r;
    if (r.key == 0) return nullptr;
    slot = (slot + 1) & mask;
  }
}

void PerceptronTrainer::Grow() {
  std::vector<Row> old;
  old.swap(rows_);
  rows_.resize(old.size() * 2);
  uint64_t mask = rows_.size() - 1;
  for (Row& r : old) {
    if (r.key == 0) continue;
    uint64_t slot = Mix64(r.key) & mask;
    while (rows_[slot].key != 0) slot = (slot + 1) & mask;
    rows_[slot] = std::move(r);
  }
}

PerceptronTrainer::Row* PerceptronTrainer::FindOrAdd(uint64_t key) {
  if ((used_ + 1) * 2 > rows_.size()) Grow();
  uint64_t mask = rows_.size() - 1;
  uint64_t slot = Mix64(key) & mask;
  while (true) {
    Row& r = rows_[slot];
    if (r.key == key) return &r;
    if (r.key == 0) {
      r.key = key;
      ++used_;
      return &r;
    }
    slot = (slot + 1) & mask;
  }
}

void PerceptronTrainer::Score(const uint64_t* feats, size_t n, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    const Row* r = Find(feats[i]);
    if (!r) continue;
    for (const Entry& e : r->entries) scores[e.cls] += e.w;
  }
}

void PerceptronTrainer::Update(const uint64_t* feats, size_t n, int truth, int guess,
                               float amount) {
  if (truth == guess) return;
  for (size_t i = 0; i < n; ++i) {
    Row* r = FindOrAdd(feats[i]);
    for (int k = 0; k < 2; ++k) {
      uint16_t cls = static_cast<uint16_t>(k == 0 ? truth : guess);
      float d = k == 0 ? amount : -amount;
      Entry* e = nullptr;
      for (Entry& x : r->entries)
        if (x.cls == cls) e = &x;
      if (!e) {
        r->entries.push_back({cls, 0.0f, 0.0});
        e = &r->entries.back();
      }
      e->w += d;
      e->u += clock_ * d;
    }
  }
}

PerceptronModel PerceptronTrainer::Finalize(float prune) const {
  PerceptronModel m;
  m.num_classes_ = num_classes_;
  std::vector<const Row*> order;
  order.reserve(used_);
  for (const Row& r : rows_)
    if (r.key != 0) order.push_back(&r);
  // Deterministic order independent of table history.
  std::sort(order.begin(), order.end(), [](const Row* a, const Row* b) { return a->key < b->key; });
  std::vector<std::pair<uint16_t, float>> kept;
  for (const Row* r : order) {
    kept.clear();
    for (const Entry& e : r->entries) {
      float avg = static_cast<float>(e.w - e.u / clock_);
      if (std::fabs(avg) >= prune) kept.push_back({e.cls, avg});
    }
    if (kept.empty()) continue;
    std::sort(kept.begin(), kept.end());
    m.keys_.push_back(PerceptronModel::Fingerprint(r->key));
    m.starts_.push_back(static_cast<uint32_t>(m.classes_.size()));
    m.counts_.push_back(static_cast<uint16_t>(kept.size()));
    for (auto& [c, w] : kept) {
      m.classes_.push_back(c);
      m.weights_.push_back(w);
    }
  }
  m.Canonicalize();
  return m;
}

}  // namespace newsgraph::syntax
