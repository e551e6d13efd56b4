#include "entities/clusters.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "core/word_classes.h"
#include "entities/words.h"

namespace newsgraph::entities {
namespace {

constexpr size_t kMaxWordBytes = kMaxWordClassWordBytes;  // longer words are not counted
constexpr size_t kChunkPairs = 1u << 24;                  // (word, context) keys sorted per chunk

// ---- counting -----------------------------------------------------------------------------

struct PairCounts {
  std::vector<uint64_t> key;  // word rank << 32 | context dimension, sorted
  std::vector<uint32_t> n;
};

// Sorts the chunk, collapses equal keys and merges the result into *acc.
void MergeChunk(std::vector<uint64_t>* chunk, PairCounts* acc) {
  std::sort(chunk->begin(), chunk->end());
  PairCounts c;
  for (size_t i = 0; i < chunk->size();) {
    size_t j = i;
    while (j < chunk->size() && (*chunk)[j] == (*chunk)[i]) ++j;
    c.key.push_back((*chunk)[i]);
    c.n.push_back(static_cast<uint32_t>(j - i));
    i = j;
  }
  chunk->clear();
  PairCounts m;
  m.key.reserve(acc->key.size() + c.key.size());
  m.n.reserve(m.key.capacity());
  size_t a = 0, b = 0;
  while (a < acc->key.size() || b < c.key.size()) {
    if (b == c.key.size() || (a < acc->key.size() && acc->key[a] < c.key[b])) {
      m.key.push_back(acc->key[a]);
      m.n.push_back(acc->n[a++]);
    } else if (a == acc->key.size() || c.key[b] < acc->key[a]) {
      m.key.push_back(c.key[b]);
      m.n.push_back(c.n[b++]);
    } else {
      m.key.push_back(acc->key[a]);
      m.n.push_back(acc->n[a++] + c.n[b++]);
    }
  }
  *acc = std::move(m);
}

// ---- projection and k-means ----------------------------------------------------------------

uint64_t SplitMix(uint64_t* s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// A fixed pseudo-random matrix rows x dims with entries +-1/sqrt(dims) (same on every machine).
std::vector<float> RandomSigns(size_t rows, int dims, uint32_t seed) {
  std::vector<float> r(rows * dims);
  uint64_t s = seed * 0x2545F4914F6CDD1Dull + 7;
  float v = 1.0f / std::sqrt(static_cast<float>(dims));
  for (size_t i = 0; i < r.size(); i += 64) {
    uint64_t bits = SplitMix(&s);
    for (size_t j = 0; j < 64 && i + j < r.size(); ++j) r[i + j] = (bits >> j) & 1 ? v : -v;
  }
  return r;
}

void Normalize(float* x, int d) {
  double s = 0;
  for (int i = 0; i < d; ++i) s += static_cast<double>(x[i]) * x[i];
  if (s <= 0) return;
  float inv = static_cast<float>(1.0 / std::sqrt(s));
  for (int i = 0; i < d; ++i) x[i] *= inv;
}

float Dot(const float* a, const float* b, int d) {
  float s = 0;
  for (int i = 0; i < d; ++i) s += a[i] * b[i];
  return s;
}

// Spherical k-means over the unit vectors vec[pts[i]]; returns the class (0..k-1) of each
// point, classes numbered by their first point so the result does not depend on seeding order.
std::vector<int> KMeans(const std::vector<float>& vec, int d, const std::vector<uint32_t>& pts,
                        int k, int iterations, uint64_t seed) {
  size_t n = pts.size();
  std::vector<int> cls(n, 0);
  if (n == 0) return cls;
  k = std::min<int>(k, static_cast<int>(n));
  if (k <= 1) return cls;
  // k-means++ seeding (distance 1 - cosine).
  std::vector<float> cent(static_cast<size_t>(k) * d);
  std::vector<float> best(n, 2.0f);
  uint64_t s = seed;
  size_t first = SplitMix(&s) % n;
  std::copy_n(&vec[pts[first] * static_cast<size_t>(d)], d, cent.begin());
  for (int c = 1; c <= k; ++c) {
    const float* prev = &cent[static_cast<size_t>(c - 1) * d];
    double total = 0;
    for (size_t i = 0; i < n; ++i) {
      float dist = std::max(0.0f, 1.0f - Dot(&vec[pts[i] * static_cast<size_t>(d)], prev, d));
      best[i] = std::min(best[i], dist);
      total += best[i];
    }
    if (c == k) break;
    double target = (SplitMix(&s) >> 11) * (1.0 / 9007199254740992.0) * total;
    size_t pick = n - 1;
    for (size_t i = 0; i < n; ++i) {
      target -= best[i];
      if (target <= 0) {
        pick = i;
        break;
      }
    }
    std::copy_n(&vec[pts[pick] * static_cast<size_t>(d)], d,
                cent.begin() + static_cast<size_t>(c) * d);
  }
  std::vector<double> sum(static_cast<size_t>(k) * d);
  for (int it = 0; it < iterations; ++it) {
    size_t changed = 0;
    for (size_t i = 0; i < n; ++i) {
      const float* x = &vec[pts[i] * static_cast<size_t>(d)];
      int bc = 0;
      float bs = -2;
      for (int c = 0; c < k; ++c) {
        float sc = Dot(x, &cent[static_cast<size_t>(c) * d], d);
        if (sc > bs) {
          bs = sc;
          bc = c;
        }
      }
      changed += bc != cls[i] || it == 0;
      cls[i] = bc;
    }
    if (changed == 0) break;
    std::fill(sum.begin(), sum.end(), 0.0);
    std::vector<size_t> size(k, 0);
    for (size_t i = 0; i < n; ++i) {
      const float* x = &vec[pts[i] * static_cast<size_t>(d)];
      double* t = &sum[static_cast<size_t>(cls[i]) * d];
      for (int j = 0; j < d; ++j) t[j] += x[j];
      ++size[cls[i]];
    }
    for (int c = 0; c < k; ++c) {
      if (size[c] == 0) continue;  // keeps its old centroid
      float* ce = &cent[static_cast<size_t>(c) * d];
      for (int j = 0; j < d; ++j) ce[j] = static_cast<float>(sum[static_cast<size_t>(c) * d + j]);
      Normalize(ce, d);
    }
  }
  // Renumber by first occurrence.
  std::vector<int> rename(k, -1);
  int next = 0;
  for (int& c : cls) {
    if (rename[c] < 0) rename[c] = next++;
    c = rename[c];
  }
  return cls;
}

}  // namespace

std::string WordClusters::Key(std::string_view word) { return WordClassKey(word); }

void WordClusters::Index() {
  index_ = StringIndex();
  for (size_t i = 0; i < words_.size(); ++i) index_.Add(words_[i], static_cast<uint32_t>(i));
  index_.Build();
}

const ClusterPath* WordClusters::Find(std::string_view key) const {
  uint32_t i = index_.Find(key);
  return i == StringIndex::kNone ? nullptr : &paths_[i];
}

std::shared_ptr<WordClusters> WordClusters::FromPairs(std::vector<std::string> words,
                                                      std::vector<ClusterPath> paths) {
  auto c = std::make_shared<WordClusters>();
  c->words_ = std::move(words);
  c->paths_ = std::move(paths);
  c->paths_.resize(c->words_.size());
  c->Index();
  return c;
}

void WordClusters::Write(ModelWriter* w) const { WriteWordClassTable(words_, paths_, w); }

Result<std::shared_ptr<const WordClusters>> WordClusters::Read(ModelReader* r) {
  auto c = std::make_shared<WordClusters>();
  NG_RETURN_IF_ERROR(ReadWordClassTable(r, &c->words_, &c->paths_));
  c->Index();
  if (c->index_.size() != c->words_.size()) return Status::Corruption("clusters: duplicate word");
  return std::shared_ptr<const WordClusters>(std::move(c));
}

Result<std::shared_ptr<const WordClusters>> WordClusters::Load(const std::string& path) {
  ModelReader r;
  NG_RETURN_IF_ERROR(r.Open(path, "clusters", kClustersVersion));
  NG_ASSIGN_OR_RETURN(auto c, Read(&r));
  NG_RETURN_IF_ERROR(r.Finish());
  return c;
}

Status WordClusters::Save(const std::string& path) const {
  ModelWriter w;
  Write(&w);
  return w.WriteFile(path, "clusters", kClustersVersion);
}

// ---- building ------------------------------------------------------------------------------

void WordClusters::Builder::AddText(std::string_view text) {
  if (corpus_.size() >= max_tokens || text.size() > 0xFFFFFFF0u) return;
  std::vector<Span> spans;
  SplitWords(text, 0, static_cast<uint32_t>(text.size()), max_tokens - corpus_.size(), &spans);
  for (const Span& sp : spans) {
    std::string_view w = text.substr(sp.begin, sp.end - sp.begin);
    if (w.size() > kMaxWordBytes) {
      corpus_.push_back(kBreak);
      continue;
    }
    std::string k = Key(w);
    auto [it, added] = ids_.emplace(std::move(k), static_cast<uint32_t>(strings_.size()));
    if (added) {
      strings_.push_back(it->first);
      count_.push_back(0);
    }
    ++count_[it->second];
    corpus_.push_back(it->second);
  }
  corpus_.push_back(kBreak);
}

Result<std::shared_ptr<WordClusters>> WordClusters::Builder::Build(
    const BuildOptions& opt, void (*progress)(const char*)) const {
  if (opt.dims < 0 || opt.dims > 4096 || opt.contexts > 100'000 || opt.vocab == 0 ||
      opt.contexts == 0 || opt.iterations <= 0)
    return Status::InvalidArgument("clusters: bad options");
  for (int b : opt.branching)
    if (b < 1 || b > 256) return Status::InvalidArgument("clusters: bad branching");
  // Ranks by frequency (ties by string, so the order is deterministic).
  std::vector<uint32_t> order(strings_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return count_[a] != count_[b] ? count_[a] > count_[b] : strings_[a] < strings_[b];
  });
  std::vector<uint32_t> rank(strings_.size());
  for (size_t i = 0; i < order.size(); ++i) rank[order[i]] = static_cast<uint32_t>(i);
  size_t nv = 0;
  while (nv < order.size() && nv < opt.vocab && count_[order[nv]] >= opt.min_count) ++nv;
  if (nv < 2) return Status::InvalidArgument("clusters: too little text");
  size_t nc = std::min(opt.contexts, order.size());
  if (progress) progress("counting contexts");
  // Counts of (word, position, context word).
  constexpr int kOffsets[] = {-1, 1};
  constexpr int kNumOffsets = 2;
  const size_t dims_ctx = kNumOffsets * nc;
  PairCounts pc;
  std::vector<uint64_t> chunk;
  chunk.reserve(kChunkPairs);
  for (size_t i = 0; i < corpus_.size(); ++i) {
    uint32_t w = corpus_[i];
    if (w == kBreak || rank[w] >= nv) continue;
    for (int o = 0; o < kNumOffsets; ++o) {
      long j = static_cast<long>(i) + kOffsets[o];
      if (j < 0 || j >= static_cast<long>(corpus_.size())) continue;
      // Do not look across a text break.
      long lo = std::min<long>(i, j), hi = std::max<long>(i, j);
      bool broken = false;
      for (long t = lo; t <= hi; ++t) broken = broken || corpus_[t] == kBreak;
      if (broken || rank[corpus_[j]] >= nc) continue;
      uint64_t dim = static_cast<uint64_t>(o) * nc + rank[corpus_[j]];
      chunk.push_back(static_cast<uint64_t>(rank[w]) << 32 | dim);
      if (chunk.size() == kChunkPairs) MergeChunk(&chunk, &pc);
    }
  }
  MergeChunk(&chunk, &pc);
  // Positive PMI with context smoothing 0.75, projected to opt.dims.
  if (progress) progress("projecting");
  std::vector<double> row(nv, 0), col(dims_ctx, 0);
  for (size_t i = 0; i < pc.key.size(); ++i) {
    row[pc.key[i] >> 32] += pc.n[i];
    col[pc.key[i] & 0xFFFFFFFFu] += pc.n[i];
  }
  double col_total = 0;
  for (double& c : col) col_total += (c = std::pow(c, 0.75));
  // dims 0: the context dimensions themselves (exact cosines; memory vocab x 2 x contexts).
  const bool project = opt.dims > 0;
  const int d = project ? opt.dims : static_cast<int>(dims_ctx);
  std::vector<float> proj = project ? RandomSigns(dims_ctx, d, opt.seed) : std::vector<float>();
  std::vector<float> vec(nv * static_cast<size_t>(d), 0.f);
  for (size_t i = 0; i < pc.key.size(); ++i) {
    size_t w = pc.key[i] >> 32, c = pc.key[i] & 0xFFFFFFFFu;
    double pmi = std::log(pc.n[i] / row[w] / (col[c] / col_total));
    if (pmi <= 0) continue;
    float v = static_cast<float>(pmi);
    float* x = &vec[w * d];
    if (!project) {
      x[c] += v;
      continue;
    }
    const float* p = &proj[c * d];
    for (int k = 0; k < d; ++k) x[k] += v * p[k];
  }
  for (size_t w = 0; w < nv; ++w) Normalize(&vec[w * d], d);
  // Top-down spherical k-means.
  std::vector<ClusterPath> paths(nv);
  std::vector<std::vector<uint32_t>> groups = {std::vector<uint32_t>(nv)};
  std::iota(groups[0].begin(), groups[0].end(), 0);
  for (int level = 0; level < kClusterLevels; ++level) {
    if (progress)
      progress(level == 0 ? "k-means level 0" : level == 1 ? "k-means level 1" : "k-means level 2");
    std::vector<std::vector<uint32_t>> next;
    int k = opt.branching[level];
    for (size_t g = 0; g < groups.size(); ++g) {
      std::vector<int> cls =
          KMeans(vec, d, groups[g], k, opt.iterations, opt.seed * 1000003ull + level * 7919 + g);
      std::vector<std::vector<uint32_t>> sub(k);
      for (size_t i = 0; i < groups[g].size(); ++i) {
        uint32_t w = groups[g][i];
        paths[w][level] = static_cast<uint16_t>(g * k + cls[i]);
        sub[cls[i]].push_back(w);
      }
      for (auto& s : sub) next.push_back(std::move(s));
    }
    groups = std::move(next);
  }
  std::vector<std::string> words(nv);
  for (size_t r = 0; r < nv; ++r) words[r] = strings_[order[r]];
  return FromPairs(std::move(words), std::move(paths));
}

}  // namespace newsgraph::entities
