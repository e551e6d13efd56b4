#include "syntax/dense_perceptron.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#include <immintrin.h>
#endif

#include "syntax/hashing.h"

namespace newsgraph::syntax {
namespace {

constexpr size_t kMaxFeatures = size_t{1} << 28;

}  // namespace

// ---- DenseModel --------------------------------------------------------------

float DenseModel::ScaleOf(const std::vector<float>& weights) {
  float max = 0;
  for (float x : weights) max = std::max(max, std::fabs(x));
  return max > 0 ? max / 32767.0f : 1.0f;
}

void DenseModel::BuildTable(float scale) {
  // Load factor <= 0.65: most probes, hits and misses, end in the home bucket.
  static std::atomic<uint64_t> last_id{0};
  table_id_ = ++last_id;
  scale_ = scale;
  size_t buckets =
      std::max<size_t>(1, (keys_.size() * 20 + kSlotsPerBucket * 13 - 1) / (kSlotsPerBucket * 13));
  table_.assign(buckets, Bucket());
  for (Bucket& b : table_) b = Bucket{};
  for (size_t i = 0; i < keys_.size(); ++i) {
    uint64_t b = HomeBucket(keys_[i]);
    while (true) {
      Bucket& bk = table_[b];
      int free = -1;
      for (int s = 0; s < kSlotsPerBucket; ++s)
        if (bk.key[s] == 0) {
          free = s;
          break;
        }
      if (free >= 0) {
        bk.key[free] = keys_[i];
        for (int c = 0; c < kDenseClasses; ++c)
          bk.w[free][c] =
              static_cast<int16_t>(std::lround(weights_[i * kDenseClasses + c] / scale));
        break;
      }
      b = NextBucket(b);
    }
  }
}

struct DenseModel::KeysSse2 {
  __attribute__((always_inline)) static unsigned Match(const uint32_t* keys, uint32_t key) {
#if defined(__SSE2__)
    // Slots 0-3 and 2-5 in two compares.
    const __m128i k = _mm_set1_epi32(static_cast<int>(key));
    const __m128i lo = _mm_load_si128(reinterpret_cast<const __m128i*>(keys));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(keys + 2));
    return static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(lo, k)))) |
           static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(hi, k)))) << 2;
#else
    unsigned eq = 0;
    for (int s = 0; s < kSlotsPerBucket; ++s) eq |= unsigned{keys[s] == key} << s;
    return eq;
#endif
  }
};

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define NG_DENSE_AVX2 1
struct DenseModel::KeysAvx2 {
  // The bucket's first 32 bytes: its six keys, then weights (masked off).
  __attribute__((target("avx2"))) static unsigned Match(const uint32_t* keys, uint32_t key) {
    const __m256i v = _mm256_load_si256(reinterpret_cast<const __m256i*>(keys));
    const __m256i eq = _mm256_cmpeq_epi32(v, _mm256_set1_epi32(static_cast<int>(key)));
    return static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(eq))) & 0x3f;
  }
};
#endif

template <class Keys>
__attribute__((always_inline)) inline const int16_t* DenseModel::FindWith(uint32_t key,
                                                                          uint64_t b) const {
  // Buckets fill in order and keys are unique (and never 0), so a key is found
  // before any empty slot, and a bucket with an empty slot ends the probe; the
  // table is never full, so the walk ends.
  while (true) {
    const Bucket& bk = table_[b];
    if (unsigned eq = Keys::Match(bk.key, key)) return bk.w[__builtin_ctz(eq)];
    if (bk.key[kSlotsPerBucket - 1] == 0)
      return nullptr;  // filled in order: any empty => last empty
    b = NextBucket(b);
  }
}

template <typename F>
__attribute__((always_inline)) inline void DenseModel::ForEachRow(const uint64_t* feats, size_t n,
                                                                  F&& f) const {
  if (table_.empty()) return;
  constexpr size_t kBatch = 32;
  uint64_t bucket[kBatch];
  uint32_t key[kBatch];
  for (size_t b = 0; b < n; b += kBatch) {
    size_t m = std::min(kBatch, n - b);
    for (size_t i = 0; i < m; ++i) {
      key[i] = Fingerprint(feats[b + i]);
      bucket[i] = HomeBucket(key[i]);
      __builtin_prefetch(&table_[bucket[i]]);
    }
    for (size_t i = 0; i < m; ++i)
      if (const int16_t* w = Find(key[i], bucket[i])) f(w);
  }
}

void DenseModel::Score(const uint64_t* feats, size_t n, float* scores) const {
  float acc[kDenseClasses] = {};
  // Each weight as float(q) * scale, summed in feature order: the same floats as the
  // dequantized weights of a loaded model.
  ForEachRow(feats, n, [&](const int16_t* w) {
    for (int c = 0; c < kDenseClasses; ++c) acc[c] += static_cast<float>(w[c]) * scale_;
  });
  for (int c = 0; c < kDenseClasses; ++c) scores[c] = acc[c];
}

void DenseModel::Accumulate(const uint64_t* feats, size_t n, int32_t* acc) const {
  // Sums in registers, added to acc once (exact ints: the order does not matter).
  static_assert(kDenseClasses == 3, "one register per class");
  int32_t a0 = 0, a1 = 0, a2 = 0;
  ForEachRow(feats, n, [&](const int16_t* w) {
    a0 += w[0];
    a1 += w[1];
    a2 += w[2];
  });
  acc[0] += a0;
  acc[1] += a1;
  acc[2] += a2;
}

template <class Keys>
__attribute__((always_inline)) inline void DenseModel::AccumulateGroupsWith(
    const uint64_t* feats, const int* ends, int groups, int32_t (*acc)[kDenseClasses]) const {
  constexpr int kMaxFeats = 128;
  if (groups <= 0 || table_.empty()) return;
  const int n = ends[groups - 1];
  if (n > kMaxFeats) {  // (not the parser's case) group by group
    for (int g = 0; g < groups; ++g) {
      const int begin = g ? ends[g - 1] : 0;
      Accumulate(feats + begin, ends[g] - begin, acc[g]);
    }
    return;
  }
  // Every feature's bucket requested first (at most one parser step: most
  // steps have 24-34 features, a SHIFT about 100), then the probes group by group.
  uint64_t bucket[kMaxFeats];
  uint32_t key[kMaxFeats];
  for (int i = 0; i < n; ++i) {
    key[i] = Fingerprint(feats[i]);
    bucket[i] = HomeBucket(key[i]);
    __builtin_prefetch(&table_[bucket[i]]);
  }
  for (int g = 0, i = 0; g < groups; ++g) {
    int32_t a0 = 0, a1 = 0, a2 = 0;
    for (; i < ends[g]; ++i) {
      if (const int16_t* w = FindWith<Keys>(key[i], bucket[i])) {
        a0 += w[0];
        a1 += w[1];
        a2 += w[2];
      }
    }
    acc[g][0] += a0;
    acc[g][1] += a1;
    acc[g][2] += a2;
  }
}

void DenseModel::AccumulateGroups(const uint64_t* feats, const int* ends, int groups,
                                  int32_t (*acc)[kDenseClasses]) const {
#if defined(NG_DENSE_AVX2)
  static const bool avx2 = __builtin_cpu_supports("avx2");
  if (avx2) return AccumulateGroupsAvx2(feats, ends, groups, acc);
#endif
  AccumulateGroupsWith<KeysSse2>(feats, ends, groups, acc);
}

#if defined(NG_DENSE_AVX2)
// flatten: the AVX2 key match inlined (an always_inline chain cannot cross targets).
__attribute__((target("avx2"), flatten)) void DenseModel::AccumulateGroupsAvx2(
    const uint64_t* feats, const int* ends, int groups, int32_t (*acc)[kDenseClasses]) const {
  AccumulateGroupsWith<KeysAvx2>(feats, ends, groups, acc);
}
#endif

void DenseModel::Prune(size_t max_features) {
  if (keys_.size() <= max_features) return;
  std::vector<float> norm(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) {
    float s = 0;
    for (int c = 0; c < kDenseClasses; ++c) s += std::fabs(weights_[i * kDenseClasses + c]);
    norm[i] = s;
  }
  std::vector<float> sorted = norm;
  std::nth_element(sorted.begin(), sorted.begin() + (sorted.size() - max_features), sorted.end());
  float cut = sorted[sorted.size() - max_features];
  std::vector<uint32_t> keys;
  std::vector<float> weights;
  for (size_t i = 0; i < keys_.size() && keys.size() < max_features; ++i) {
    if (norm[i] < cut) continue;
    keys.push_back(keys_[i]);
    for (int c = 0; c < kDenseClasses; ++c) weights.push_back(weights_[i * kDenseClasses + c]);
  }
  keys_.swap(keys);
  weights_.swap(weights);
  BuildTable(ScaleOf(weights_));
}

DenseModel DenseModel::Average(const std::vector<const DenseModel*>& members) {
  // k-way merge of the members' sorted fingerprints.
  const float share = 1.0f / static_cast<float>(members.size());
  std::vector<size_t> at(members.size(), 0);
  DenseModel m;
  while (true) {
    uint32_t key = 0;
    bool any = false;
    for (size_t k = 0; k < members.size(); ++k) {
      if (at[k] == members[k]->keys_.size()) continue;
      uint32_t c = members[k]->keys_[at[k]];
      if (!any || c < key) key = c, any = true;
    }
    if (!any) break;
    float row[kDenseClasses] = {};
    for (size_t k = 0; k < members.size(); ++k) {
      const DenseModel& d = *members[k];
      if (at[k] == d.keys_.size() || d.keys_[at[k]] != key) continue;
      for (int c = 0; c < kDenseClasses; ++c) row[c] += d.weights_[at[k] * kDenseClasses + c];
      ++at[k];
    }
    m.keys_.push_back(key);
    for (float x : row) m.weights_.push_back(x * share);
  }
  m.BuildTable(ScaleOf(m.weights_));
  return m;
}

void DenseModel::Save(ModelWriter* w) const {
  w->PutU32(kDenseClasses);
  float scale = ScaleOf(weights_);
  w->PutF32(scale);
  w->PutPodVector(keys_);
  std::vector<int16_t> q(weights_.size());
  for (size_t i = 0; i < q.size(); ++i)
    q[i] = static_cast<int16_t>(std::lround(weights_[i] / scale));
  w->PutPodVector(q);
}

Status DenseModel::Load(ModelReader* r) {
  uint32_t nc = 0;
  NG_RETURN_IF_ERROR(r->GetU32(&nc));
  if (nc != kDenseClasses) return Status::Corruption("dense perceptron: bad class count");
  float scale = 0;
  NG_RETURN_IF_ERROR(r->GetF32(&scale));
  if (!std::isfinite(scale) || scale <= 0) return Status::Corruption("dense perceptron: bad scale");
  std::vector<uint32_t> keys;
  std::vector<int16_t> q;
  NG_RETURN_IF_ERROR(r->GetPodVector(&keys));
  NG_RETURN_IF_ERROR(r->GetPodVector(&q));
  if (keys.size() > kMaxFeatures || q.size() != keys.size() * kDenseClasses)
    return Status::Corruption("dense perceptron: inconsistent table sizes");
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == 0 || (i > 0 && keys[i] <= keys[i - 1]))
      return Status::Corruption("dense perceptron: feature table not sorted");
  }
  keys_.swap(keys);
  weights_.resize(q.size());
  for (size_t i = 0; i < q.size(); ++i) weights_[i] = q[i] * scale;
  BuildTable(scale);  // the file's scale: the table holds the file's int16 weights
  return Status::Ok();
}

// ---- DenseTrainer ------------------------------------------------------------

DenseTrainer::DenseTrainer() : keys_(1 << 16, 0), rows_(1 << 16, 0) {}

int64_t DenseTrainer::Find(uint64_t key) const {
  uint64_t mask = keys_.size() - 1;
  uint64_t slot = Mix64(key) & mask;
  while (true) {
    if (keys_[slot] == key) return rows_[slot];
    if (keys_[slot] == 0) return -1;
    slot = (slot + 1) & mask;
  }
}

void DenseTrainer::Grow() {
  std::vector<uint64_t> old_keys(keys_.size() * 2, 0);
  std::vector<uint32_t> old_rows(rows_.size() * 2, 0);
  old_keys.swap(keys_);
  old_rows.swap(rows_);
  uint64_t mask = keys_.size() - 1;
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == 0) continue;
    uint64_t slot = Mix64(old_keys[i]) & mask;
    while (keys_[slot] != 0) slot = (slot + 1) & mask;
    keys_[slot] = old_keys[i];
    rows_[slot] = old_rows[i];
  }
}

int64_t DenseTrainer::FindOrAdd(uint64_t key) {
  if ((used_ + 1) * 2 > keys_.size()) Grow();
  uint64_t mask = keys_.size() - 1;
  uint64_t slot = Mix64(key) & mask;
  while (true) {
    if (keys_[slot] == key) return rows_[slot];
    if (keys_[slot] == 0) {
      keys_[slot] = key;
      rows_[slot] = static_cast<uint32_t>(used_++);
      row_keys_.push_back(key);
      w_.resize(used_ * kDenseClasses, 0.0f);
      u_.resize(used_ * kDenseClasses, 0.0);
      return rows_[slot];
    }
    slot = (slot + 1) & mask;
  }
}

void DenseTrainer::Score(const uint64_t* feats, size_t n, float* scores) const {
  float acc[kDenseClasses] = {};
  for (size_t i = 0; i < n; ++i) {
    int64_t r = Find(feats[i]);
    if (r < 0) continue;
    for (int c = 0; c < kDenseClasses; ++c) acc[c] += w_[r * kDenseClasses + c];
  }
  for (int c = 0; c < kDenseClasses; ++c) scores[c] = acc[c];
}

void DenseTrainer::Update(const uint64_t* feats, size_t n, int truth, int guess, float amount) {
  if (truth == guess) return;
  for (size_t i = 0; i < n; ++i) {
    size_t r = static_cast<size_t>(FindOrAdd(feats[i])) * kDenseClasses;
    w_[r + truth] += amount;
    u_[r + truth] += clock_ * amount;
    w_[r + guess] -= amount;
    u_[r + guess] -= clock_ * amount;
  }
}

DenseModel DenseTrainer::Finalize(float prune) const {
  // Rows in fingerprint order; rows sharing a fingerprint are summed.
  std::vector<uint32_t> order(used_);
  std::iota(order.begin(), order.end(), 0u);
  auto fp = [&](uint32_t r) { return DenseModel::Fingerprint(row_keys_[r]); };
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return fp(a) != fp(b) ? fp(a) < fp(b) : row_keys_[a] < row_keys_[b];
  });
  DenseModel m;
  for (size_t i = 0; i < order.size();) {
    uint32_t key = fp(order[i]);
    float row[kDenseClasses] = {};
    for (; i < order.size() && fp(order[i]) == key; ++i)
      for (int c = 0; c < kDenseClasses; ++c) {
        size_t j = static_cast<size_t>(order[i]) * kDenseClasses + c;
        row[c] += static_cast<float>(w_[j] - u_[j] / clock_);
      }
    bool keep = false;
    for (float x : row) keep = keep || std::fabs(x) >= prune;
    if (!keep) continue;
    m.keys_.push_back(key);
    m.weights_.insert(m.weights_.end(), row, row + kDenseClasses);
  }
  m.BuildTable(DenseModel::ScaleOf(m.weights_));
  return m;
}

}  // namespace newsgraph::syntax
