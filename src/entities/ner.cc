#include "entities/ner.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

#include "core/model_file.h"
#include "entities/words.h"

namespace newsgraph::entities {
namespace {

constexpr const char* kTypes[] = {"PERSON", "ORG", "GPE", "LOC", "NORP"};
constexpr size_t kMaxGazWords = 6;
constexpr size_t kMaxSentenceWords = 1000;  // longer sentences are tagged in windows
constexpr size_t kMaxStaticFeatures = 34;   // per word: 23 templates + 11 word-class ones

uint64_t Mix(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= 0xff;
  h *= 1099511628211ull;
  return h;
}

uint64_t Seed(uint32_t templ) {
  return 1469598103934665603ull ^ (static_cast<uint64_t>(templ) * 0x9E3779B97F4A7C15ull);
}

uint64_t F(uint32_t templ, std::string_view a, std::string_view b = {}) {
  uint64_t h = Mix(Seed(templ), a);
  if (!b.empty()) h = Mix(h, b);
  return h;
}

// Writes the shape of w to *out (its buffer is reused).
void Shape(std::string_view w, std::string* out) {
  std::string& s = *out;
  s.clear();
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < w.size() && s.size() < 12; ++i) {
    unsigned char c = w[i];
    char k;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c >= 0x80) k = (c == 0xC3 && i + 1 < w.size() && static_cast<unsigned char>(w[i + 1]) < 0x9F) ? 'X' : 'u';
    else k = static_cast<char>(c);
    if (c >= 0xC0) {
      // skip continuation bytes of this character
      while (i + 1 < w.size() && (static_cast<unsigned char>(w[i + 1]) & 0xC0) == 0x80) ++i;
    }
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) s.push_back(k);
  }
}

// Gazetteer labels per word: "B-GPE", "I-PERSON", ... from the knowledge base, plus word-list
// flags (demonym, role noun). (*gaz)[i - b] is the label of word i; gaz may keep longer (the
// strings are reused from sentence to sentence). In training, drop (if not null) says whether
// to leave out a knowledge-base match (gazetteer dropout: the model must not over-trust it).
void Gazetteer(const std::vector<Word>& w, size_t b, size_t e, const KnowledgeBase* kb,
               std::vector<std::string>* gaz, const std::function<bool()>* drop = nullptr) {
  if (gaz->size() < e - b) gaz->resize(e - b);
  for (size_t i = 0; i < e - b; ++i) (*gaz)[i].clear();
  if (!kb) return;
  thread_local std::string key;
  for (size_t i = b; i < e; ++i) {
    std::string& g = (*gaz)[i - b];
    if (kb->Demonym(w[i].lower)) g += "dem,";
    if (kb->IsRoleWord(w[i].lower)) g += "role,";
  }
  for (size_t i = b; i < e;) {
    if (!(w[i].upper || w[i].caps_sentence)) {
      ++i;
      continue;
    }
    key.clear();
    size_t best = 0;
    std::string_view type;  // a literal or a KB string
    for (size_t j = i; j < e && j - i < kMaxGazWords; ++j) {
      if (j > i) key.push_back(' ');
      key += w[j].lower;
      if (const auto* c = kb->Find(key)) {
        const KbEntry& x = kb->entry(c->front());
        best = j + 1;
        if (x.kind == KbKind::kCity) {
          type = x.population > 100000 ? "CITY" : "TOWN";
        } else if (x.kind == KbKind::kRegion) {
          type = "REGION";
        } else {
          type = x.type;  // owned by the KB: the view stays valid
        }
      }
      if (!(w[j].upper || w[j].caps_sentence || w[j].lower == "of" || w[j].lower == "'s"))
        break;
    }
    if (best == 0) {
      ++i;
      continue;
    }
    if (drop != nullptr && (*drop)()) {
      i = best;
      continue;
    }
    for (size_t k = i; k < best; ++k) {
      (*gaz)[k - b] += k == i ? "B-" : "I-";
      (*gaz)[k - b] += type;
      if (best - i == 1) (*gaz)[k - b] += "-1";
    }
    i = best;
  }
}

struct Feats {
  std::vector<std::vector<uint64_t>> st;  // static features per position
};

// Buffers of the feature extraction, reused from sentence to sentence.
struct FeatScratch {
  std::vector<std::string> shapes;
  std::vector<const ClusterPath*> cp;
  std::string raw;
};

// The class path of each word, or nullptr.
void ClusterPaths(const std::vector<Word>& w, size_t b, size_t e, const WordClusters* cl,
                  std::vector<const ClusterPath*>* out) {
  out->assign(e - b, nullptr);
  if (!cl) return;
  std::string key;
  for (size_t i = b; i < e; ++i) {
    key = w[i].lower;
    for (char& c : key)
      if (c >= '0' && c <= '9') c = '0';
    (*out)[i - b] = cl->Find(key);
  }
}

std::string_view Id(const ClusterPath* p, int level, char (&buf)[2]) {
  uint16_t v = p ? (*p)[level] : 0xFFFF;
  buf[0] = static_cast<char>(v & 0xFF);
  buf[1] = static_cast<char>(v >> 8);
  return std::string_view(buf, 2);
}

// Appends hashes to a buffer sized beforehand (kMaxStaticFeatures per word): a push_back the
// compiler keeps inline, without a capacity check per feature.
struct FeatSink {
  uint64_t* p;
  void push_back(uint64_t h) { *p++ = h; }
};

void ClusterFeatures(const std::vector<const ClusterPath*>& cp, size_t i, std::string_view shape,
                     FeatSink* v) {
  char a[2], b[2];
  const ClusterPath* p = cp[i];
  const ClusterPath* l = i > 0 ? cp[i - 1] : nullptr;
  const ClusterPath* r = i + 1 < cp.size() ? cp[i + 1] : nullptr;
  v->push_back(F(24, Id(p, 0, a)));
  v->push_back(F(25, Id(p, 1, a)));
  v->push_back(F(26, Id(p, 2, a)));
  v->push_back(F(27, Id(l, 1, a)));
  v->push_back(F(28, Id(r, 1, a)));
  v->push_back(F(29, Id(p, 1, a), shape));
  v->push_back(F(30, Id(l, 1, a), Id(p, 1, b)));
  v->push_back(F(31, Id(p, 1, a), Id(r, 1, b)));
  v->push_back(F(32, Id(l, 2, a)));
  v->push_back(F(33, Id(r, 2, a)));
  v->push_back(F(34, Id(l, 0, a), Id(p, 2, b)));
}

// The static features of words [b, e) into *out: those of word i are
// (*out)[(*begin)[i - b], (*begin)[i - b + 1]).
void StaticFeatureList(const std::vector<Word>& w, size_t b, size_t e,
                       const std::vector<std::string>& gaz, const WordClusters* cl,
                       FeatScratch* scratch, std::vector<uint64_t>* out,
                       std::vector<uint32_t>* begin) {
  out->clear();
  begin->clear();
  std::vector<const ClusterPath*>& cp = scratch->cp;
  ClusterPaths(w, b, e, cl, &cp);
  auto lw = [&](long i) -> std::string_view {
    if (i < static_cast<long>(b)) return "<s>";
    if (i >= static_cast<long>(e)) return "</s>";
    return w[i].lower;
  };
  std::vector<std::string>& shapes = scratch->shapes;
  if (shapes.size() < e - b) shapes.resize(e - b);
  std::string& raw = scratch->raw;
  for (size_t i = b; i < e; ++i) {
    // The raw form is not kept in Word; rebuild the shape from case flags and lower form.
    const Word& x = w[i];
    raw = x.lower;
    if (x.caps_sentence) {
      shapes[i - b] = "CAPS";
    } else {
      if (x.caps) {
        for (char& c : raw) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      } else if (x.upper && !raw.empty() && raw[0] >= 'a' && raw[0] <= 'z') {
        raw[0] = static_cast<char>(raw[0] - 32);
      } else if (x.upper) {
        raw.insert(raw.begin(), 'X');
      }
      Shape(raw, &shapes[i - b]);
    }
  }
  auto sh = [&](long i) -> std::string_view {
    if (i < static_cast<long>(b)) return "<s>";
    if (i >= static_cast<long>(e)) return "</s>";
    return shapes[i - b];
  };
  out->resize((e - b) * kMaxStaticFeatures);
  FeatSink v{out->data()};
  auto size = [&] { return static_cast<uint32_t>(v.p - out->data()); };
  static const uint64_t kBias = F(1, "bias");
  for (size_t i = b; i < e; ++i) {
    begin->push_back(size());
    long k = static_cast<long>(i);
    std::string_view word = w[i].lower;
    v.push_back(kBias);
    v.push_back(F(2, word));
    v.push_back(F(3, sh(k)));
    v.push_back(F(4, word.substr(0, 3)));
    v.push_back(F(5, word.size() > 3 ? word.substr(word.size() - 3) : word));
    v.push_back(F(6, word.size() > 2 ? word.substr(word.size() - 2) : word));
    v.push_back(F(7, lw(k - 1)));
    v.push_back(F(8, lw(k + 1)));
    v.push_back(F(9, lw(k - 2)));
    v.push_back(F(10, lw(k + 2)));
    v.push_back(F(11, sh(k - 1), sh(k)));
    v.push_back(F(12, sh(k), sh(k + 1)));
    v.push_back(F(13, lw(k - 1), word));
    v.push_back(F(14, word, lw(k + 1)));
    v.push_back(F(15, i == b ? "first" : "notfirst", sh(k)));
    v.push_back(F(16, sh(k - 1)));
    v.push_back(F(17, sh(k + 1)));
    if (!gaz[i - b].empty()) {
      v.push_back(F(18, gaz[i - b]));
      v.push_back(F(19, gaz[i - b], sh(k)));
    }
    if (i > b && !gaz[i - b - 1].empty()) v.push_back(F(20, gaz[i - b - 1]));
    if (i + 1 < e && !gaz[i + 1 - b].empty()) v.push_back(F(21, gaz[i + 1 - b]));
    if (w[i].caps_sentence) v.push_back(F(22, word));
    v.push_back(F(23, word.size() <= 4 ? "short" : "long", sh(k)));
    if (cl) ClusterFeatures(cp, i - b, sh(k), &v);
  }
  begin->push_back(size());
  out->resize(size());
}

// The static features per position (training).
void StaticFeatures(const std::vector<Word>& w, size_t b, size_t e,
                    const std::vector<std::string>& gaz, const WordClusters* cl, Feats* f) {
  FeatScratch scratch;
  std::vector<uint64_t> all;
  std::vector<uint32_t> begin;
  StaticFeatureList(w, b, e, gaz, cl, &scratch, &all, &begin);
  f->st.assign(e - b, {});
  for (size_t i = 0; i < e - b; ++i)
    f->st[i].assign(all.begin() + begin[i], all.begin() + begin[i + 1]);
}

void DynamicFeatures(const std::vector<std::string>& labels, const std::vector<int>& tags,
                     size_t pos, std::string_view word, std::string_view shape_feat,
                     std::vector<uint64_t>* v) {
  std::string_view p1 = pos >= 1 ? std::string_view(labels[tags[pos - 1]]) : "<s>";
  std::string_view p2 = pos >= 2 ? std::string_view(labels[tags[pos - 2]]) : "<s>";
  v->push_back(F(40, p1));
  v->push_back(F(41, p1, p2));
  v->push_back(F(42, p1, word));
}

bool Allowed(const std::string& prev, const std::string& cur) {
  if (cur.empty() || cur[0] != 'I') return true;
  if (prev == "O" || prev.empty()) return false;
  if (prev.size() < 2 || cur.size() < 2) return false;  // not a BIO label (corrupt model)
  return prev.compare(2, std::string::npos, cur, 2, std::string::npos) == 0;
}

// Adds a dense row (stride floats, a multiple of 16) to score, label by label (the same float
// additions, in the same order of features, as a per-label loop).
inline void AddRow(const float* row, size_t stride, float* score) {
  for (size_t c = 0; c < stride; c += 16)
    for (size_t l = 0; l < 16; ++l) score[c + l] += row[c + l];
}

// The best valid BIO sequence (first-order Viterbi) for per-position label scores sc (n rows
// of stride floats) plus transition weights trans ((nl + 1) x nl: previous label, then <s>).
// allowed is (prev, label) -> valid, allowed_first the labels valid at a sentence start.
void ViterbiDecode(const float* sc, size_t stride, size_t n, size_t nl, const float* trans,
                   const uint8_t* allowed, const uint8_t* allowed_first, std::vector<int>* tags) {
  constexpr float kNeg = -1e30f;
  constexpr size_t kMaxLabels = 64;  // Load() rejects more
  thread_local std::vector<float> delta;
  thread_local std::vector<uint8_t> back;
  tags->assign(n, 0);
  if (n == 0 || nl > kMaxLabels) return;
  // The valid previous labels of each label (an I- label has only two).
  uint8_t preds[kMaxLabels][kMaxLabels];
  uint8_t num_preds[kMaxLabels];
  for (size_t y = 0; y < nl; ++y) {
    num_preds[y] = 0;
    for (size_t p = 0; p < nl; ++p)
      if (allowed[p * nl + y]) preds[y][num_preds[y]++] = static_cast<uint8_t>(p);
  }
  delta.resize(n * nl);
  back.resize(n * nl);
  for (size_t y = 0; y < nl; ++y) delta[y] = allowed_first[y] ? sc[y] + trans[nl * nl + y] : kNeg;
  for (size_t i = 1; i < n; ++i) {
    const float* prev = &delta[(i - 1) * nl];
    for (size_t y = 0; y < nl; ++y) {
      float best = kNeg;
      uint8_t arg = 0;
      for (size_t k = 0; k < num_preds[y]; ++k) {
        const uint8_t p = preds[y][k];
        float v = prev[p] + trans[p * nl + y];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[i * nl + y] = best + sc[i * stride + y];
      back[i * nl + y] = arg;
    }
  }
  size_t y = 0;
  for (size_t l = 1; l < nl; ++l)
    if (delta[(n - 1) * nl + l] > delta[(n - 1) * nl + y]) y = l;
  for (size_t i = n; i-- > 0;) {
    (*tags)[i] = static_cast<int>(y);
    if (i > 0) y = back[i * nl + y];
  }
}

// Per-thread buffers of Decode, reused from sentence to sentence.
struct DecodeScratch {
  std::vector<std::string> gaz;
  FeatScratch feat;
  std::vector<uint64_t> feats;
  std::vector<uint32_t> begin;
  std::vector<uint32_t> rows;      // the row of each static feature (kNoRow: none)
  std::vector<uint64_t> hash42_o;  // per word: template 42's hash after the tag "O"
  std::vector<uint32_t> row42_o;   // and its row
  std::vector<float> score;
  std::vector<float> matrix;  // Viterbi: static scores, n rows of stride floats
};

}  // namespace

std::vector<Word> WordsFromStrings(const std::vector<std::string>& words) {
  std::vector<Word> out;
  uint32_t pos = 0;
  size_t letters = 0, caps = 0;
  for (const std::string& s : words) {
    Word w;
    w.span = {pos, pos + static_cast<uint32_t>(s.size())};
    pos += static_cast<uint32_t>(s.size()) + 1;
    w.lower = LowerKey(s);
    w.upper = StartsUpper(s);
    w.caps = IsAllCaps(s);
    if (HasLetter(w.lower)) {
      ++letters;
      if (w.caps && s.size() > 1) ++caps;
    }
    out.push_back(std::move(w));
  }
  bool cs = letters >= 3 && caps * 10 >= letters * 7;
  for (Word& w : out) w.caps_sentence = cs;
  return out;
}

size_t NerModel::SlotIndex(uint64_t h) const {
  return static_cast<size_t>((h ^ (h >> 29)) * 0x9E3779B97F4A7C15ull >> 20) & (slots_.size() - 1);
}

uint32_t NerModel::Row(uint64_t h) const {
  size_t mask = slots_.size() - 1;
  size_t i = SlotIndex(h);
  while (true) {
    const Slot& s = slots_[i];
    if (s.row == kNoRow || s.key == h) return s.row;
    i = (i + 1) & mask;
  }
}

void NerModel::BuildTables() {
  const size_t nl = labels_.size();
  const size_t rows = nl ? weights_.size() / nl : 0;
  stride_ = (nl + 15) / 16 * 16;
  dense_store_.assign(rows * stride_ + 16, 0.f);
  uintptr_t addr = reinterpret_cast<uintptr_t>(dense_store_.data());
  dense_offset_ = ((64 - addr % 64) % 64) / sizeof(float);
  float* dense = dense_store_.data() + dense_offset_;
  size_t cap = 16;
  while (cap < 2 * index_.size()) cap *= 2;
  slots_.assign(cap, Slot{0, kNoRow});
  const size_t mask = cap - 1;
  for (const auto& [h, row] : index_) {
    std::copy(weights_.begin() + static_cast<size_t>(row) * nl,
              weights_.begin() + static_cast<size_t>(row + 1) * nl,
              dense + static_cast<size_t>(row) * stride_);
    size_t i = SlotIndex(h);
    while (slots_[i].row != kNoRow) i = (i + 1) & mask;
    slots_[i] = Slot{h, row};
  }
  // Previous tags: the labels, then "<s>" (index nl) before the sentence.
  std::vector<std::string> prev = labels_;
  prev.push_back("<s>");
  row40_.assign(nl + 1, kNoRow);
  row41_.assign((nl + 1) * (nl + 1), kNoRow);
  state42_.assign(nl + 1, 0);
  for (size_t p1 = 0; p1 <= nl; ++p1) {
    row40_[p1] = Row(F(40, prev[p1]));
    state42_[p1] = Mix(Seed(42), prev[p1]);
    for (size_t p2 = 0; p2 <= nl; ++p2) row41_[p1 * (nl + 1) + p2] = Row(F(41, prev[p1], prev[p2]));
  }
  trans_.assign((nl + 1) * nl, 0.f);
  for (size_t p1 = 0; p1 <= nl; ++p1) {
    if (row40_[p1] == kNoRow) continue;
    const float* row = dense + static_cast<size_t>(row40_[p1]) * stride_;
    std::copy(row, row + nl, trans_.begin() + p1 * nl);
  }
  allowed_.assign(nl * nl, 0);
  allowed_first_.assign(nl, 0);
  const std::string o = "O";
  for (size_t c = 0; c < nl; ++c) {
    allowed_first_[c] = Allowed(o, labels_[c]);
    for (size_t p = 0; p < nl; ++p) allowed_[p * nl + c] = Allowed(labels_[p], labels_[c]);
  }
}

// Scores as DynamicFeatures + the weight table would, but with the feature rows found once
// (static features per word, previous-tag features from tables built at load time).
//
// The tables are larger than the caches, so the lookups are software-pipelined: while word i
// is scored, the slots of word i + 2 are prefetched and the rows of word i + 1 are found and
// their weights prefetched. The float additions are the same, in the same order, as one loop
// over the features of each word.
void NerModel::Decode(const std::vector<Word>& words, size_t b, size_t e, const KnowledgeBase* kb,
                      std::vector<int>* tags) const {
  thread_local DecodeScratch s;
  Gazetteer(words, b, e, kb, &s.gaz);
  StaticFeatureList(words, b, e, s.gaz, clusters_.get(), &s.feat, &s.feats, &s.begin);
  const size_t nl = labels_.size();
  const size_t n = e - b;
  const size_t stride = stride_;
  const float* dense = dense_store_.data() + dense_offset_;
  tags->assign(n, 0);
  const bool viterbi = viterbi_;
  if (viterbi) s.matrix.resize(n * stride);
  s.score.resize(stride);
  s.rows.resize(s.feats.size());
  float* score = s.score.data();
  // Template 42 (previous tag, word) depends on the previous decision; its row is found ahead
  // for label 0, the most frequent previous tag ("O" in trained models).
  s.hash42_o.resize(n);
  s.row42_o.resize(n);
  auto hash42 = [&](size_t p1, size_t i) {
    std::string_view word = words[b + i].lower;
    return word.empty() ? state42_[p1] : Mix(state42_[p1], word);
  };
  auto prefetch_slots = [&](size_t i) {
    if (i >= n) return;
    for (uint32_t k = s.begin[i]; k < s.begin[i + 1]; ++k)
      __builtin_prefetch(&slots_[SlotIndex(s.feats[k])]);
    if (viterbi) return;
    s.hash42_o[i] = hash42(0, i);
    __builtin_prefetch(&slots_[SlotIndex(s.hash42_o[i])]);
  };
  auto find_rows = [&](size_t i) {
    if (i >= n) return;
    for (uint32_t k = s.begin[i]; k < s.begin[i + 1]; ++k) {
      uint32_t r = Row(s.feats[k]);
      s.rows[k] = r;
      if (r != kNoRow) __builtin_prefetch(dense + static_cast<size_t>(r) * stride);
    }
    if (viterbi) return;
    uint32_t r = Row(s.hash42_o[i]);
    s.row42_o[i] = r;
    if (r != kNoRow) __builtin_prefetch(dense + static_cast<size_t>(r) * stride);
  };
  prefetch_slots(0);
  prefetch_slots(1);
  find_rows(0);
  for (size_t i = 0; i < n; ++i) {
    prefetch_slots(i + 2);
    find_rows(i + 1);
    if (viterbi) score = s.matrix.data() + i * stride;
    std::fill(score, score + stride, 0.f);
    for (uint32_t k = s.begin[i]; k < s.begin[i + 1]; ++k) {
      uint32_t r = s.rows[k];
      if (r != kNoRow) AddRow(dense + static_cast<size_t>(r) * stride, stride, score);
    }
    if (viterbi) continue;
    const size_t p1 = i >= 1 ? static_cast<size_t>((*tags)[i - 1]) : nl;
    const size_t p2 = i >= 2 ? static_cast<size_t>((*tags)[i - 2]) : nl;
    uint32_t r = row40_[p1];
    if (r != kNoRow) AddRow(dense + static_cast<size_t>(r) * stride, stride, score);
    r = row41_[p1 * (nl + 1) + p2];
    if (r != kNoRow) AddRow(dense + static_cast<size_t>(r) * stride, stride, score);
    r = p1 == 0 ? s.row42_o[i] : Row(hash42(p1, i));
    if (r != kNoRow) AddRow(dense + static_cast<size_t>(r) * stride, stride, score);
    const uint8_t* allowed = i > 0 ? &allowed_[p1 * nl] : allowed_first_.data();
    int best = 0;
    float bs = -1e30f;
    for (size_t l = 0; l < nl; ++l) {
      if (score[l] > bs && allowed[l]) {
        bs = score[l];
        best = static_cast<int>(l);
      }
    }
    (*tags)[i] = best;
  }
  if (viterbi)
    ViterbiDecode(s.matrix.data(), stride, n, nl, trans_.data(), allowed_.data(),
                  allowed_first_.data(), tags);
}

void NerModel::Tag(const std::vector<Word>& words, const KnowledgeBase* kb,
                   std::vector<NameSpan>* out) const {
  std::vector<int> tags;
  size_t i = 0;
  while (i < words.size()) {
    size_t e = i;
    while (e < words.size() && words[e].sent == words[i].sent && e - i < kMaxSentenceWords) ++e;
    Decode(words, i, e, kb, &tags);
    for (size_t k = 0; k < tags.size();) {
      const std::string& l = labels_[tags[k]];
      if (l[0] != 'B') {
        ++k;
        continue;
      }
      size_t j = k + 1;
      while (j < tags.size() && labels_[tags[j]][0] == 'I' &&
             labels_[tags[j]].compare(2, std::string::npos, l, 2, std::string::npos) == 0)
        ++j;
      out->push_back({static_cast<uint32_t>(i + k), static_cast<uint32_t>(i + j), l.substr(2)});
      k = j;
    }
    i = e;
  }
}

std::vector<std::string> NerModel::TagSentence(const std::vector<Word>& words,
                                               const KnowledgeBase* kb) const {
  std::vector<int> tags;
  Decode(words, 0, words.size(), kb, &tags);
  std::vector<std::string> r;
  for (int t : tags) r.push_back(labels_[t]);
  return r;
}

Result<std::shared_ptr<const NerModel>> NerModel::Load(const std::string& path) {
  ModelReader r;
  NG_RETURN_IF_ERROR(r.Open(path, "ner", kNerModelVersion));
  auto m = std::make_shared<NerModel>();
  uint32_t nl = 0;
  NG_RETURN_IF_ERROR(r.GetU32(&nl));
  if (nl == 0 || nl > 64) return Status::Corruption("ner model: bad label count");
  for (uint32_t i = 0; i < nl; ++i) {
    std::string s;
    NG_RETURN_IF_ERROR(r.GetString(&s));
    if (s.empty()) return Status::Corruption("ner model: empty label");
    m->labels_.push_back(std::move(s));
  }
  std::vector<uint64_t> keys;
  NG_RETURN_IF_ERROR(r.GetPodVector(&keys));
  NG_RETURN_IF_ERROR(r.GetPodVector(&m->weights_));
  if (r.component_version() >= 2) {
    uint8_t has_clusters = 0;
    NG_RETURN_IF_ERROR(r.GetU8(&has_clusters));
    if (has_clusters > 1) return Status::Corruption("ner model: bad clusters flag");
    if (has_clusters) {
      NG_ASSIGN_OR_RETURN(m->clusters_, WordClusters::Read(&r));
    }
  }
  if (r.component_version() >= 3) {
    uint8_t decoder = 0;
    NG_RETURN_IF_ERROR(r.GetU8(&decoder));
    if (decoder > 1) return Status::Corruption("ner model: bad decoder");
    m->viterbi_ = decoder == 1;
  }
  NG_RETURN_IF_ERROR(r.Finish());
  if (m->weights_.size() != keys.size() * nl) return Status::Corruption("ner model: bad weights");
  m->index_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) m->index_.emplace(keys[i], static_cast<uint32_t>(i));
  m->BuildTables();
  return std::shared_ptr<const NerModel>(std::move(m));
}

Status NerModel::Save(const std::string& path) const {
  ModelWriter w;
  w.PutU32(static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) w.PutString(l);
  std::vector<uint64_t> keys(index_.size());
  for (const auto& [k, row] : index_) keys[row] = k;
  w.PutPodVector(keys);
  w.PutPodVector(weights_);
  w.PutU8(clusters_ ? 1 : 0);
  if (clusters_) clusters_->Write(&w);
  w.PutU8(viterbi_ ? 1 : 0);
  return w.WriteFile(path, "ner", kNerModelVersion);
}

// ---- training -----------------------------------------------------------------------------

class NerTrainer {
 public:
  static Result<std::shared_ptr<NerModel>> Run(const std::vector<NerModel::Sentence>& data,
                                               const KnowledgeBase* kb,
                                               const NerModel::TrainOptions& opt,
                                               void (*progress)(int, double)) {
    auto m = std::make_shared<NerModel>();
    m->clusters_ = opt.clusters;
    m->viterbi_ = opt.viterbi;
    m->labels_.push_back("O");
    for (const char* t : kTypes) {
      m->labels_.push_back(std::string("B-") + t);
      m->labels_.push_back(std::string("I-") + t);
    }
    std::unordered_map<std::string, int> label_id;
    for (size_t i = 0; i < m->labels_.size(); ++i) label_id[m->labels_[i]] = static_cast<int>(i);
    // Examples, with a share in capitals.
    std::mt19937 rng(opt.seed);
    std::uniform_real_distribution<double> u(0, 1);
    const std::function<bool()> drop = [&] { return u(rng) < opt.gaz_dropout; };
    struct Ex {
      std::vector<Word> words;
      std::vector<int> gold;
      Feats f;
    };
    std::vector<Ex> ex;
    for (const NerModel::Sentence& s : data) {
      if (s.words.empty() || s.words.size() != s.tags.size()) continue;
      std::vector<int> gold;
      for (const std::string& t : s.tags) {
        auto it = label_id.find(t);
        gold.push_back(it == label_id.end() ? 0 : it->second);
      }
      for (int variant = 0; variant < 3; ++variant) {
        std::vector<std::string> ws = s.words;
        if (variant == 1) {
          if (u(rng) >= opt.caps_augment) continue;
          for (std::string& x : ws)
            for (char& c : x) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        } else if (variant == 2) {
          if (opt.lower_augment <= 0 || u(rng) >= opt.lower_augment) continue;
          for (std::string& x : ws)
            for (char& c : x)
              if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        }
        Ex e;
        e.words = WordsFromStrings(ws);
        e.gold = gold;
        std::vector<std::string> gaz;
        Gazetteer(e.words, 0, e.words.size(), kb, &gaz, opt.gaz_dropout > 0 ? &drop : nullptr);
        StaticFeatures(e.words, 0, e.words.size(), gaz, opt.clusters.get(), &e.f);
        ex.push_back(std::move(e));
      }
    }
    if (ex.empty()) return Status::InvalidArgument("no training sentences");
    // Feature counts with gold history; rare features are dropped.
    std::unordered_map<uint64_t, uint32_t> count;
    std::vector<uint64_t> dyn;
    for (const Ex& e : ex) {
      for (size_t i = 0; i < e.words.size(); ++i) {
        for (uint64_t h : e.f.st[i]) ++count[h];
        if (opt.viterbi) continue;
        dyn.clear();
        DynamicFeatures(m->labels_, e.gold, i, e.words[i].lower, "", &dyn);
        for (uint64_t h : dyn) ++count[h];
      }
    }
    for (const auto& [h, c] : count)
      if (c >= static_cast<uint32_t>(opt.min_feature_count))
        m->index_.emplace(h, static_cast<uint32_t>(m->index_.size()));
    count.clear();
    size_t nl = m->labels_.size();
    if (opt.viterbi) {
      // The transition rows: template 40 over the previous label (then <s>).
      std::vector<uint32_t> trans_rows;
      for (size_t p = 0; p <= nl; ++p) {
        uint64_t h = F(40, p < nl ? std::string_view(m->labels_[p]) : "<s>");
        auto it = m->index_.emplace(h, static_cast<uint32_t>(m->index_.size())).first;
        trans_rows.push_back(it->second);
      }
      TrainViterbi(ex, opt, trans_rows, &rng, progress, m.get());
      Prune(m.get());
      m->BuildTables();
      return m;
    }
    m->weights_.assign(m->index_.size() * nl, 0.f);
    std::vector<double> acc(m->weights_.size(), 0.0);  // sum of c * delta (averaging)
    double c = 1;
    std::vector<size_t> order(ex.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<float> score(nl);
    std::vector<uint32_t> rows;
    for (int epoch = 0; epoch < opt.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      size_t right = 0, total = 0;
      for (size_t oi : order) {
        const Ex& e = ex[oi];
        std::vector<int> tags(e.words.size(), 0);
        for (size_t i = 0; i < e.words.size(); ++i) {
          dyn.clear();
          DynamicFeatures(m->labels_, tags, i, e.words[i].lower, "", &dyn);
          rows.clear();
          for (const std::vector<uint64_t>* vec :
               std::initializer_list<const std::vector<uint64_t>*>{&e.f.st[i], &dyn})
            for (uint64_t h : *vec) {
              auto it = m->index_.find(h);
              if (it != m->index_.end()) rows.push_back(it->second);
            }
          std::fill(score.begin(), score.end(), 0.f);
          for (uint32_t r : rows)
            for (size_t l = 0; l < nl; ++l) score[l] += m->weights_[r * nl + l];
          int best = 0;
          float bs = -1e30f;
          const std::string& prev = i ? m->labels_[tags[i - 1]] : std::string("O");
          for (size_t l = 0; l < nl; ++l)
            if (score[l] > bs && Allowed(prev, m->labels_[l])) {
              bs = score[l];
              best = static_cast<int>(l);
            }
          int gold = e.gold[i];
          if (best != gold) {
            for (uint32_t r : rows) {
              m->weights_[r * nl + gold] += 1;
              m->weights_[r * nl + best] -= 1;
              acc[r * nl + gold] += c;
              acc[r * nl + best] -= c;
            }
          } else {
            ++right;
          }
          ++total;
          tags[i] = best;
          c += 1;
        }
      }
      if (progress) progress(epoch + 1, total ? static_cast<double>(right) / total : 0);
    }
    for (size_t i = 0; i < m->weights_.size(); ++i)
      m->weights_[i] = static_cast<float>(m->weights_[i] - acc[i] / c);
    Prune(m.get());
    m->BuildTables();
    return m;
  }

  static std::shared_ptr<NerModel> Average(const std::vector<std::shared_ptr<NerModel>>& ms);

 private:
  // Drops rows whose weights are all (near) zero.
  static void Prune(NerModel* m) {
    size_t nl = m->labels_.size();
    std::unordered_map<uint64_t, uint32_t> index;
    std::vector<float> w;
    for (const auto& [h, row] : m->index_) {
      float mx = 0;
      for (size_t l = 0; l < nl; ++l) mx = std::max(mx, std::fabs(m->weights_[row * nl + l]));
      if (mx < 1e-3f) continue;
      index.emplace(h, static_cast<uint32_t>(index.size()));
      w.insert(w.end(), m->weights_.begin() + row * nl, m->weights_.begin() + (row + 1) * nl);
    }
    m->index_ = std::move(index);
    m->weights_ = std::move(w);
  }

  // Structured perceptron: each sentence is decoded with Viterbi under the current weights;
  // where the best sequence differs from gold, the static features of the differing positions
  // and the differing transitions move towards gold. Weights are averaged.
  template <typename Ex>
  static void TrainViterbi(const std::vector<Ex>& ex, const NerModel::TrainOptions& opt,
                           const std::vector<uint32_t>& trans_rows, std::mt19937* rng,
                           void (*progress)(int, double), NerModel* m) {
    const size_t nl = m->labels_.size();
    m->weights_.assign(m->index_.size() * nl, 0.f);
    std::vector<double> acc(m->weights_.size(), 0.0);
    std::vector<uint8_t> allowed(nl * nl), allowed_first(nl);
    for (size_t c = 0; c < nl; ++c) {
      allowed_first[c] = Allowed("O", m->labels_[c]);
      for (size_t p = 0; p < nl; ++p) allowed[p * nl + c] = Allowed(m->labels_[p], m->labels_[c]);
    }
    double c = 1;
    std::vector<size_t> order(ex.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<float> sc, trans((nl + 1) * nl);
    std::vector<std::vector<uint32_t>> rows;
    std::vector<int> pred;
    auto add = [&](uint32_t r, int label, float d) {
      m->weights_[r * nl + label] += d;
      acc[r * nl + label] += d * c;
    };
    for (int epoch = 0; epoch < opt.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), *rng);
      size_t right = 0, total = 0;
      for (size_t oi : order) {
        const Ex& e = ex[oi];
        const size_t n = e.words.size();
        rows.resize(n);
        sc.assign(n * nl, 0.f);
        for (size_t i = 0; i < n; ++i) {
          rows[i].clear();
          for (uint64_t h : e.f.st[i]) {
            auto it = m->index_.find(h);
            if (it == m->index_.end()) continue;
            rows[i].push_back(it->second);
            for (size_t l = 0; l < nl; ++l) sc[i * nl + l] += m->weights_[it->second * nl + l];
          }
        }
        for (size_t p = 0; p <= nl; ++p)
          for (size_t l = 0; l < nl; ++l) trans[p * nl + l] = m->weights_[trans_rows[p] * nl + l];
        ViterbiDecode(sc.data(), nl, n, nl, trans.data(), allowed.data(), allowed_first.data(),
                      &pred);
        for (size_t i = 0; i < n; ++i) {
          const int g = e.gold[i], p = pred[i];
          ++total;
          if (g == p) {
            ++right;
          } else {
            for (uint32_t r : rows[i]) {
              add(r, g, 1);
              add(r, p, -1);
            }
          }
          const size_t gp = i ? static_cast<size_t>(e.gold[i - 1]) : nl;
          const size_t pp = i ? static_cast<size_t>(pred[i - 1]) : nl;
          if (gp != pp || g != p) {
            add(trans_rows[gp], g, 1);
            add(trans_rows[pp], p, -1);
          }
        }
        c += 1;
      }
      if (progress) progress(epoch + 1, total ? static_cast<double>(right) / total : 0);
    }
    for (size_t i = 0; i < m->weights_.size(); ++i)
      m->weights_[i] = static_cast<float>(m->weights_[i] - acc[i] / c);
  }
};

// The mean of the weights of models trained alike with other seeds (a feature a model lacks
// weighs 0 there): one linear model, as fast as each of them, with less of the variance that
// the shuffling and the sampled augmentation give a single run.
std::shared_ptr<NerModel> NerTrainer::Average(const std::vector<std::shared_ptr<NerModel>>& ms) {
  auto m = std::make_shared<NerModel>();
  const NerModel& first = *ms.front();
  m->labels_ = first.labels_;
  m->clusters_ = first.clusters_;
  m->viterbi_ = first.viterbi_;
  const size_t nl = m->labels_.size();
  const float scale = 1.0f / static_cast<float>(ms.size());
  // Rows in a fixed order (each model's keys sorted, a new key appended), so that the saved
  // bytes do not depend on hash-map iteration order.
  for (const auto& one : ms) {
    std::vector<std::pair<uint64_t, uint32_t>> keys(one->index_.begin(), one->index_.end());
    std::sort(keys.begin(), keys.end());
    for (const auto& [h, row] : keys) {
      auto [it, fresh] = m->index_.emplace(h, static_cast<uint32_t>(m->index_.size()));
      if (fresh) m->weights_.resize(m->weights_.size() + nl, 0.f);
      for (size_t l = 0; l < nl; ++l)
        m->weights_[it->second * nl + l] += scale * one->weights_[row * nl + l];
    }
  }
  Prune(m.get());
  m->BuildTables();
  return m;
}

Result<std::shared_ptr<NerModel>> NerModel::Train(const std::vector<Sentence>& train,
                                                  const KnowledgeBase* kb,
                                                  const TrainOptions& opt,
                                                  void (*progress)(int, double)) {
  if (opt.ensemble <= 1) return NerTrainer::Run(train, kb, opt, progress);
  std::vector<std::shared_ptr<NerModel>> models;
  for (int k = 0; k < opt.ensemble; ++k) {
    TrainOptions one = opt;
    one.ensemble = 1;
    one.seed = opt.seed + static_cast<uint32_t>(k);
    NG_ASSIGN_OR_RETURN(auto m, NerTrainer::Run(train, kb, one, progress));
    models.push_back(std::move(m));
  }
  return NerTrainer::Average(models);
}

}  // namespace newsgraph::entities
