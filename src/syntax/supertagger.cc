#include "syntax/supertagger.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <random>
#include <utility>

#include "syntax/hashing.h"
#include "syntax/huge_pages.h"

namespace newsgraph::syntax {
namespace {

constexpr int kMaxFeats = 32;  // 30 used

// Distance from each word to the nearest verb or auxiliary on its left and on
// its right, bucketed (0: none): where a head is likely to be.
struct VerbDistances {
  std::vector<uint8_t> left, right;
  void Compute(const ParserInput& in) {
    static const uint64_t kVerb = HashBytes("VERB"), kAux = HashBytes("AUX");
    const size_t n = in.word.size();
    left.assign(n, 0);
    right.assign(n, 0);
    auto bucket = [](size_t d) -> uint8_t { return d <= 3 ? d : d <= 6 ? 4 : 5; };
    auto is_verb = [&](size_t j) {
      return j < in.upos.size() && (in.upos[j] == kVerb || in.upos[j] == kAux);
    };
    size_t last = SIZE_MAX;
    for (size_t i = 0; i < n; ++i) {
      if (last != SIZE_MAX) left[i] = bucket(i - last);
      if (is_verb(i)) last = i;
    }
    last = SIZE_MAX;
    for (size_t i = n; i-- > 0;) {
      if (last != SIZE_MAX) right[i] = bucket(last - i);
      if (is_verb(i)) last = i;
    }
  }
};

// Features of word i given the supertags p1, p2 of words i-1, i-2.
int Features(const ParserInput& in, const VerbDistances& vd, int i, uint64_t p1, uint64_t p2,
             uint64_t* f) {
  const int n = static_cast<int>(in.word.size());
  auto W = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : in.word[j]; };
  auto P = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : in.tag[j]; };
  auto C1 = [&](int j) -> uint64_t {
    return j < 0 ? 1 : j >= n ? 2 : static_cast<size_t>(j) < in.cls1.size() ? in.cls1[j] : 3;
  };
  auto C2 = [&](int j) -> uint64_t {
    return j < 0 ? 1 : j >= n ? 2 : static_cast<size_t>(j) < in.cls2.size() ? in.cls2[j] : 3;
  };
  uint64_t w0 = W(i), p0 = P(i), pm1 = P(i - 1), pp1 = P(i + 1), pm2 = P(i - 2), pp2 = P(i + 2);
  uint64_t verbs = vd.left[i] * 8 + vd.right[i];
  uint64_t edge = (i == 0 ? 1 : 0) + (i == n - 1 ? 2 : 0);
  int k = 0;
  f[k++] = QuickFeat(500);
  f[k++] = QuickFeat(501, w0);
  f[k++] = QuickFeat(502, p0);
  f[k++] = QuickFeat(503, W(i - 1));
  f[k++] = QuickFeat(504, pm1);
  f[k++] = QuickFeat(505, W(i + 1));
  f[k++] = QuickFeat(506, pp1);
  f[k++] = QuickFeat(507, W(i - 2));
  f[k++] = QuickFeat(508, pm2);
  f[k++] = QuickFeat(509, W(i + 2));
  f[k++] = QuickFeat(510, pp2);
  f[k++] = QuickFeat(511, pm1, p0);
  f[k++] = QuickFeat(512, p0, pp1);
  f[k++] = QuickFeat(513, pm1, p0, pp1);
  f[k++] = QuickFeat(514, pm2, pm1, p0);
  f[k++] = QuickFeat(515, p0, pp1, pp2);
  f[k++] = QuickFeat(516, w0, pm1);
  f[k++] = QuickFeat(517, w0, pp1);
  f[k++] = QuickFeat(518, w0, p0);
  f[k++] = QuickFeat(519, C2(i));
  f[k++] = QuickFeat(520, C1(i - 1), C1(i));
  f[k++] = QuickFeat(521, p0, C1(i + 1));
  f[k++] = QuickFeat(522, p1);
  f[k++] = QuickFeat(523, p2, p1);
  f[k++] = QuickFeat(524, p1, p0);
  f[k++] = QuickFeat(525, p1, w0);
  f[k++] = QuickFeat(526, p0, verbs);
  f[k++] = QuickFeat(527, w0, verbs);
  f[k++] = QuickFeat(528, p0, edge, pp1);
  f[k++] = QuickFeat(529, p1, p0, pp1);
  return k;
}

// The word cache (Supertagger::WordCache): of Features()' 30 templates, 13 read
// only the (word, tag, class) of one word at a fixed offset from the tagged word
// (and the bias); the other 17 read two words, the previous supertags or the
// verb distances. kOwnFeats + 4 * kContextFeats + kRestFeats = 30.
constexpr int kOffsets = 5;  // words -2..+2 of the tagged word (offset o - 2)
constexpr int kRestFeats = 17;
constexpr uint32_t kCacheKeys = 2048;             // entries (the two paddings included)
constexpr uint32_t kCacheSlots = 2 * kCacheKeys;  // a power of two
constexpr uint32_t kNoEntry = ~0u;

// The templates of Features() that read only word j's word w, tag p and class
// c2, where j is the tagged word's i + o - 2, in the order Features() lists them.
int OffsetFeatures(int o, uint64_t w, uint64_t p, uint64_t c2, uint64_t* f) {
  switch (o) {
    case 0:
      f[0] = QuickFeat(507, w);
      f[1] = QuickFeat(508, p);
      return 2;
    case 1:
      f[0] = QuickFeat(503, w);
      f[1] = QuickFeat(504, p);
      return 2;
    case 2:
      f[0] = QuickFeat(500);
      f[1] = QuickFeat(501, w);
      f[2] = QuickFeat(502, p);
      f[3] = QuickFeat(518, w, p);
      f[4] = QuickFeat(519, c2);
      return 5;
    case 3:
      f[0] = QuickFeat(505, w);
      f[1] = QuickFeat(506, p);
      return 2;
    default:
      f[0] = QuickFeat(509, w);
      f[1] = QuickFeat(510, p);
      return 2;
  }
}

// The other 17 templates of Features() (same values).
int RestFeatures(const ParserInput& in, const VerbDistances& vd, int i, uint64_t p1, uint64_t p2,
                 uint64_t* f) {
  const int n = static_cast<int>(in.word.size());
  auto P = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : in.tag[j]; };
  auto C1 = [&](int j) -> uint64_t {
    return j < 0 ? 1 : j >= n ? 2 : static_cast<size_t>(j) < in.cls1.size() ? in.cls1[j] : 3;
  };
  uint64_t w0 = in.word[i], p0 = in.tag[i], pm1 = P(i - 1), pp1 = P(i + 1), pm2 = P(i - 2),
           pp2 = P(i + 2);
  uint64_t verbs = vd.left[i] * 8 + vd.right[i];
  uint64_t edge = (i == 0 ? 1 : 0) + (i == n - 1 ? 2 : 0);
  int k = 0;
  f[k++] = QuickFeat(511, pm1, p0);
  f[k++] = QuickFeat(512, p0, pp1);
  f[k++] = QuickFeat(513, pm1, p0, pp1);
  f[k++] = QuickFeat(514, pm2, pm1, p0);
  f[k++] = QuickFeat(515, p0, pp1, pp2);
  f[k++] = QuickFeat(516, w0, pm1);
  f[k++] = QuickFeat(517, w0, pp1);
  f[k++] = QuickFeat(520, C1(i - 1), C1(i));
  f[k++] = QuickFeat(521, p0, C1(i + 1));
  f[k++] = QuickFeat(522, p1);
  f[k++] = QuickFeat(523, p2, p1);
  f[k++] = QuickFeat(524, p1, p0);
  f[k++] = QuickFeat(525, p1, w0);
  f[k++] = QuickFeat(526, p0, verbs);
  f[k++] = QuickFeat(527, w0, verbs);
  f[k++] = QuickFeat(528, p0, edge, pp1);
  f[k++] = QuickFeat(529, p1, p0, pp1);
  return k;
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define NG_AVX2_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define NG_AVX2_CLONES
#endif

// acc[j] += own[j] + the four context rows' j-th values, for j < width.
NG_AVX2_CLONES
void AddOffsetRows(int32_t* __restrict acc, const int32_t* __restrict own,
                   const int16_t* const* context, size_t width) {
  const int16_t* __restrict a = context[0];
  const int16_t* __restrict b = context[1];
  const int16_t* __restrict c = context[2];
  const int16_t* __restrict d = context[3];
  for (size_t j = 0; j < width; ++j) acc[j] += own[j] + ((a[j] + b[j]) + (c[j] + d[j]));
}

// row[j] = sums[j] for j < width if every sum fits int16 (else false, row
// clobbered): branch-free loops the compiler vectorises.
NG_AVX2_CLONES
bool Narrow(const int32_t* __restrict sums, int16_t* __restrict row, size_t width) {
  int32_t lo = 0, hi = 0;
  for (size_t j = 0; j < width; ++j) {
    lo = std::min(lo, sums[j]);
    hi = std::max(hi, sums[j]);
  }
  if (lo < std::numeric_limits<int16_t>::min() || hi > std::numeric_limits<int16_t>::max())
    return false;
  for (size_t j = 0; j < width; ++j) row[j] = static_cast<int16_t>(sums[j]);
  return true;
}

int Argmax(const float* scores, int n) {
  int best = 0;
  for (int c = 1; c < n; ++c)
    if (scores[c] > scores[best]) best = c;
  return best;
}

}  // namespace

Supertagger Supertagger::Train(std::vector<uint16_t> codes,
                               const std::vector<const ParserInput*>& inputs,
                               const std::vector<std::vector<int>>& gold,
                               const SupertaggerTrainOptions& options) {
  Supertagger st;
  st.codes_ = std::move(codes);
  const int nc = st.num_classes();
  if (nc == 0) return st;
  PerceptronTrainer trainer(nc);
  std::mt19937_64 rng(options.seed * 0x2545f4914f6cdd1dull + 17);
  std::vector<size_t> order(inputs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> scores(nc);
  uint64_t f[kMaxFeats];
  VerbDistances vd;
  for (int it = 0; it < options.iterations; ++it) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (size_t idx : order) {
      const ParserInput& in = *inputs[idx];
      vd.Compute(in);
      uint64_t p1 = 1, p2 = 1;
      for (int i = 0; i < static_cast<int>(in.word.size()); ++i) {
        int k = Features(in, vd, i, p1, p2, f);
        trainer.Score(f, k, scores.data());
        int guess = Argmax(scores.data(), nc);
        int truth = gold[idx][i];
        if (guess != truth) trainer.Update(f, k, truth, guess);
        trainer.Tick();
        p2 = p1;
        p1 = guess + kOffset;
      }
    }
  }
  st.model_ = trainer.Finalize();
  st.model_.Prune(options.max_weights);
  return st;
}

// Per thread: for each (word, tag, class) seen, the int sums of its
// OffsetFeatures() rows for each offset, summed the first time a tagged word
// needs them; the row of offset 0 (the word itself, 5 templates) in int32, the
// others (2 templates) in int16: such a row that does not fit is not used (the
// words reading it are scored uncached). The sums are exact ints, so Tag() is
// TagUncached() bit for bit. Entries 0 and 1 are the paddings before and after
// the sentence. Entries belong to one model table (PerceptronModel::table_id());
// another model on the same thread empties the cache, and so does a sentence
// that would overfill it. Memory: kCacheKeys * 6 * width bytes per thread (3 MB
// for 128 classes).
struct Supertagger::WordCache {
  struct Entry {
    uint64_t w = 0, p = 0, c2 = 0;
    uint8_t have = 0;  // bit o: rows of offset o - 2 summed
    uint8_t wide = 0;  // bit o: they do not fit int16
  };
  uint64_t owner = 0;                // model_.table_id() of the entries (0: none yet)
  size_t width = 0;                  // values per row: num_classes() rounded up to 16
  std::vector<uint32_t> slots;       // open addressing: entry index + 1 (0: empty)
  std::vector<Entry> entries;        // [0]: before the sentence, [1]: after it
  HugeVector<int32_t> own_rows;      // per entry, width: offset 0
  HugeVector<int16_t> context_rows;  // per entry, 4 * width: offsets -2, -1, +1, +2
  std::vector<uint32_t> entry;       // per word of the sentence + 2 paddings on each side
};

bool Supertagger::SumOffsetRows(WordCache* c, uint32_t e, int o) const {
  if (e == kNoEntry) return false;
  WordCache::Entry& x = c->entries[e];
  const uint8_t bit = static_cast<uint8_t>(1u << o);
  if (x.have & bit) return !(x.wide & bit);
  x.have |= bit;
  uint64_t f[kOffsets];
  const int m = OffsetFeatures(o, x.w, x.p, x.c2, f);
  const size_t size = std::max(model_.sums_size(), c->width);
  int32_t stack[512];
  std::vector<int32_t> heap;
  int32_t* sums = stack;
  if (size > 512) {
    heap.resize(size);
    sums = heap.data();
  }
  // Sums() zeroes sums_size() values; past num_classes() they stay 0 (dense rows are
  // zero-padded), as do any up to width.
  std::fill(sums + model_.sums_size(), sums + size, 0);
  model_.Sums(f, m, sums);
  if (o == 2) {
    std::copy(sums, sums + c->width, c->own_rows.data() + size_t{e} * c->width);
    return true;
  }
  int16_t* row =
      c->context_rows.data() + (size_t{e} * (kOffsets - 1) + (o < 2 ? o : o - 1)) * c->width;
  if (!Narrow(sums, row, c->width)) {
    x.wide |= bit;
    return false;
  }
  return true;
}

void Supertagger::Tag(const ParserInput& in, std::vector<uint32_t>* out) const {
  const int n = static_cast<int>(in.word.size());
  out->assign(n, kOffset - 1);
  if (empty()) return;
  // A model never built (training with no iterations) has no table id to key the cache.
  if (model_.table_id() == 0) return TagUncached(in, out);
  thread_local WordCache c;
  if (c.owner != model_.table_id() || c.entries.size() + n > kCacheKeys) {
    c.owner = model_.table_id();
    c.width = (static_cast<size_t>(num_classes()) + 15) & ~size_t{15};
    c.own_rows.resize(size_t{kCacheKeys} * c.width);
    c.context_rows.resize(size_t{kCacheKeys} * (kOffsets - 1) * c.width);
    c.slots.assign(kCacheSlots, 0);
    c.entries.reserve(kCacheKeys);
    c.entries.assign(2, WordCache::Entry());
    // The values Features() reads outside the sentence (a padding's class is never read).
    c.entries[0].w = c.entries[0].p = 1;
    c.entries[1].w = c.entries[1].p = 2;
  }
  c.entry.resize(n + 4);
  c.entry[0] = c.entry[1] = 0;
  c.entry[n + 2] = c.entry[n + 3] = 1;
  const uint32_t mask = kCacheSlots - 1;
  for (int i = 0; i < n; ++i) {
    const uint64_t w = in.word[i], p = in.tag[i];
    const uint64_t c2 = static_cast<size_t>(i) < in.cls2.size() ? in.cls2[i] : 3;
    uint32_t e = kNoEntry;
    for (uint32_t j = static_cast<uint32_t>(
                          Mix64(w ^ (p * 0x9e3779b97f4a7c15ull) ^ (c2 * 0xd6e8feb86659fd93ull))) &
                      mask;
         ; j = (j + 1) & mask) {
      if (c.slots[j] == 0) {
        // A new key (the check above leaves room for every word of a sentence of
        // fewer than kCacheKeys - 2 words; longer ones fill it, then go uncached).
        if (c.entries.size() >= kCacheKeys) break;
        e = static_cast<uint32_t>(c.entries.size());
        c.slots[j] = e + 1;
        WordCache::Entry& x = c.entries.emplace_back();
        x.w = w;
        x.p = p;
        x.c2 = c2;
        break;
      }
      const WordCache::Entry& x = c.entries[c.slots[j] - 1];
      // Entries 0 and 1 (the paddings) are not in the slots.
      if (x.w == w && x.p == p && x.c2 == c2) {
        e = c.slots[j] - 1;
        break;
      }
    }
    c.entry[i + 2] = e;
  }
  thread_local VerbDistances vd;
  vd.Compute(in);
  const size_t size = std::max(model_.sums_size(), c.width), wd_all = c.width;
  thread_local std::vector<int32_t> acc, zeros32;
  thread_local std::vector<int16_t> zeros16;
  acc.resize(size);
  zeros32.resize(wd_all);  // all 0 (never written)
  zeros16.resize(wd_all);
  uint64_t f[kMaxFeats];
  uint64_t p1 = 1, p2 = 1;
  for (int i = 0; i < n; ++i) {
    // Each offset's cached rows, or (word not cached, or its sums do not fit int16)
    // its features among those probed, with a row of zeros.
    const size_t wd = c.width;
    const int32_t* own = zeros32.data();
    const int16_t* context[kOffsets - 1];
    int k = RestFeatures(in, vd, i, p1, p2, f);
    for (int o = 0; o < kOffsets; ++o) {
      const uint32_t e = c.entry[i + o];
      const bool have = SumOffsetRows(&c, e, o);
      if (o == 2) {
        if (have) own = c.own_rows.data() + size_t{e} * wd;
      } else {
        const int row = o < 2 ? o : o - 1;
        context[row] =
            have ? c.context_rows.data() + (size_t{e} * (kOffsets - 1) + row) * wd : zeros16.data();
      }
      if (!have) {
        const int j = i + o - 2;
        const uint64_t w = j < 0 ? 1 : j >= n ? 2 : in.word[j];
        const uint64_t p = j < 0 ? 1 : j >= n ? 2 : in.tag[j];
        const uint64_t c2 = static_cast<size_t>(j) < in.cls2.size() ? in.cls2[j] : 3;
        k += OffsetFeatures(o, w, p, c2, f + k);
      }
    }
    // Sums() zeroes acc up to sums_size(); the rows may be wider (zeros past the classes).
    std::fill(acc.begin() + model_.sums_size(), acc.end(), 0);
    model_.Sums(f, k, acc.data());
    AddOffsetRows(acc.data(), own, context, wd);
    const uint32_t v = model_.BestOfSums(acc.data()) + kOffset;
    (*out)[i] = v;
    p2 = p1;
    p1 = v;
  }
}

void Supertagger::TagUncached(const ParserInput& in, std::vector<uint32_t>* out) const {
  const int n = static_cast<int>(in.word.size());
  out->assign(n, kOffset - 1);
  if (empty()) return;
  thread_local VerbDistances vd;
  vd.Compute(in);
  uint64_t f[kMaxFeats];
  uint64_t p1 = 1, p2 = 1;
  for (int i = 0; i < n; ++i) {
    int k = Features(in, vd, i, p1, p2, f);
    uint32_t v = model_.Best(f, k) + kOffset;
    (*out)[i] = v;
    p2 = p1;
    p1 = v;
  }
}

Status Supertagger::Average(const std::vector<const Supertagger*>& members, size_t max_weights,
                            Supertagger* out) {
  Supertagger st;
  if (members.empty()) return Status::InvalidArgument("supertagger: no models to average");
  st.codes_ = members.front()->codes_;
  std::vector<const PerceptronModel*> models;
  for (const Supertagger* m : members) {
    if (m->codes_ != st.codes_)
      return Status::InvalidArgument("supertagger: models to average have different supertags");
    if (!m->empty()) models.push_back(&m->model_);
  }
  if (!models.empty()) {
    st.model_ = PerceptronModel::Average(models);
    st.model_.Prune(max_weights);
  }
  *out = std::move(st);
  return Status::Ok();
}

void Supertagger::Save(ModelWriter* w) const {
  w->PutPodVector(codes_);
  if (!empty()) model_.Save(w);
}

Status Supertagger::Load(ModelReader* r) {
  NG_RETURN_IF_ERROR(r->GetPodVector(&codes_));
  if (codes_.size() > 255) return Status::Corruption("supertagger: too many supertags");
  if (empty()) {
    model_ = PerceptronModel();
    return Status::Ok();
  }
  NG_RETURN_IF_ERROR(model_.Load(r, 2));
  if (model_.num_classes() != num_classes())
    return Status::Corruption("supertagger: model does not match the supertag set");
  return Status::Ok();
}

}  // namespace newsgraph::syntax
