#include "syntax/tagger.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <random>

#include "syntax/hashing.h"
#include "syntax/huge_pages.h"

namespace newsgraph::syntax {
namespace {

constexpr int kStaticFeats = 42;
constexpr int kDynFeats = 4;
constexpr int kFeatsPerWord = kStaticFeats + kDynFeats;
constexpr int kRightFeats = 13;  // second pass: first-pass tags of i, i+1, i+2
constexpr int kSecondPassFeats = kFeatsPerWord + kRightFeats;
// PerceptronModel::BestWithMargin / Best compare int sums: exact below 2^21.
static_assert(kSecondPassFeats <= 64);
constexpr float kNoMargin = std::numeric_limits<float>::infinity();
constexpr size_t kMaxWordBytes = 256;  // longer words are hashed on a prefix
// The word cache (Tagger::WordCache): words of up to kCacheWordBytes bytes, at most
// kCacheWords of them (the two sentence paddings included) before it is emptied.
constexpr size_t kCacheWordBytes = 32;
constexpr uint32_t kCacheWords = 4096;
constexpr uint32_t kCacheSlots = 2 * kCacheWords;  // a power of two
constexpr uint32_t kNoEntry = ~0u;
constexpr int kOffsets = 5;     // words -2..+2 of the scored word (offset o - 2)
constexpr int kCrossFeats = 5;  // static features that read two words, or the position
constexpr int kCachedPassFeats = kCrossFeats + kDynFeats;

// The hot loops below are compiled for AVX2 and the baseline, picked by CPU at load
// time (as in perceptron.cc; no global -march).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define NG_AVX2_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define NG_AVX2_CLONES
#endif

// acc[j] += word[j] + the four context rows' j-th values, for j < width.
NG_AVX2_CLONES
void AddOffsetRows(int32_t* __restrict acc, const int32_t* __restrict word,
                   const int16_t* const* context, size_t width) {
  const int16_t* __restrict a = context[0];
  const int16_t* __restrict b = context[1];
  const int16_t* __restrict c = context[2];
  const int16_t* __restrict d = context[3];
  for (size_t j = 0; j < width; ++j) acc[j] += word[j] + ((a[j] + b[j]) + (c[j] + d[j]));
}

uint64_t Hash(std::string_view s) { return HashBytes(s.substr(0, kMaxWordBytes)); }

// HashBytes of the word shape: X x d u for upper, lower, digit, non-ASCII
// bytes (other bytes as they are), runs cut to 2, at most 10 characters.
uint64_t ShapeHash(std::string_view s) {
  ByteHasher h;
  char last = 0;
  int run = 0, len = 0;
  for (unsigned char c : s.substr(0, 64)) {
    char k = c >= 'A' && c <= 'Z'   ? 'X'
             : c >= 'a' && c <= 'z' ? 'x'
             : c >= '0' && c <= '9' ? 'd'
             : c >= 0x80            ? 'u'
                                    : static_cast<char>(c);
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) {
      h.Add(static_cast<unsigned char>(k));
      ++len;
    }
    if (len >= 10) break;
  }
  return h.Finish();
}

// ASCII-lower-cased copy of the first kMaxWordBytes bytes of s, in buf.
std::string_view LowerInto(std::string_view s, char (&buf)[kMaxWordBytes]) {
  s = s.substr(0, kMaxWordBytes);
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::string_view(buf, s.size());
}

// WordId of a word already lower-cased by LowerInto.
uint64_t WordIdOfLower(std::string_view low) {
  ByteHasher h;
  for (unsigned char c : low) h.Add(c >= '0' && c <= '9' ? '0' : c);
  return h.Finish();
}

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Last n bytes of s, widened to a UTF-8 boundary.
std::string_view Suffix(std::string_view s, size_t n) {
  if (n >= s.size()) return s;
  size_t b = s.size() - n;
  while (b > 0 && IsContinuation(static_cast<unsigned char>(s[b]))) --b;
  return s.substr(b);
}

std::string Base(std::string_view form, std::string_view xpos) {
  if (xpos.rfind("NNP", 0) == 0) return std::string(form);
  return LowerAscii(form);
}

// Shuffles indices deterministically for a seed (own Fisher-Yates, so the
// order does not depend on the standard library).
void Shuffle(std::vector<size_t>* v, std::mt19937_64* rng) {
  for (size_t i = v->size(); i > 1; --i) {
    size_t j = (*rng)() % i;
    std::swap((*v)[i - 1], (*v)[j]);
  }
}

std::vector<std::string_view> Forms(const ConlluSentence& s) {
  std::vector<std::string_view> w;
  w.reserve(s.words.size());
  for (const auto& x : s.words) w.push_back(x.form);
  return w;
}

}  // namespace

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

uint64_t WordId(std::string_view form) {
  char buf[kMaxWordBytes];
  return WordIdOfLower(LowerInto(form, buf));
}

// What StaticFeatures computes per word from the word alone.
struct Tagger::WordValues {
  uint64_t w = 0, shape = 0, suf3 = 0, amb = 0, lex = 0;
  uint32_t c1 = 0, c2 = 0;
  int dict = -1;
};

// A per-thread cache of what the first pass computes from a word form alone: its
// WordValues and, per offset -2..+2 from a scored word, the sum of the rows of
// model_'s templates that read that word there (37 of the 42 static features;
// the other 5 read two words or the position). A scored word then costs five
// cached rows, 9 feature lookups (those 5 and the 4 of the previous tags) and
// no string work, instead of 46 lookups. Sums are exact (int), so the tags
// and margins are those of the uncached path: the word's own 18 templates are
// summed in int32 (their sums often pass 2^15), the context rows of 2-7
// templates in int16, and such a row that does not fit int16 is not used (the
// words reading it are scored uncached). Entries belong to one model table
// (PerceptronModel::table_id()); another tagger's Tag() on the same thread
// empties the cache, and so does a sentence that would overfill it. Memory:
// kCacheWords * 12 * num_tags() bytes per thread (5.5 MB for 112 tags).
struct Tagger::WordCache {
  struct Entry {
    uint64_t bytes[kCacheWordBytes / 8];  // the word, zero-padded
    uint32_t len = 0;
    uint8_t have = 0;  // bit o: rows of offset o - 2 summed
    uint8_t wide = 0;  // bit o: they do not fit int16
    WordValues v;
  };
  uint64_t owner = 0;                // model_.table_id() of the entries (0: none yet)
  size_t width = 0;                  // values per row: num_tags() rounded up to 16
  std::vector<uint32_t> slots;       // open addressing by KeyHash: entry index + 1 (0: empty)
  std::vector<Entry> entries;        // [0]: sentence-start padding, [1]: end padding
  HugeVector<int32_t> word_rows;     // per entry, width: offset 0
  HugeVector<int16_t> context_rows;  // per entry, 4 * width: offsets -2, -1, +1, +2
};

// Per-sentence buffers, kept per thread so that tagging allocates nothing
// once they have grown to the longest sentence seen.
struct Tagger::Scratch {
  // Per word, with two padding entries on each side (index i + 2 is word i).
  std::vector<uint64_t> w, shape, suf3, amb, lex, c1, c2;
  std::vector<uint32_t> entry;  // WordCache entry (kNoEntry: not cached)
  std::vector<uint64_t> feats;  // kFeatsPerWord per word (only for words not in the tag dictionary)
  std::vector<int> dict;        // per word: DictTag(), -1 when scored
  std::vector<float> margin;    // per word, of the first pass
  std::vector<int> first;       // first-pass tags (second pass only)
  WordCache cache;
};

Tagger::Scratch& Tagger::ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

void Tagger::StaticFeatures(const std::vector<std::string_view>& words, Scratch* sc) const {
  const size_t n = words.size();
  std::vector<uint64_t>&w = sc->w, &shape = sc->shape, &suf3 = sc->suf3, &amb = sc->amb,
  &lex = sc->lex, &c1 = sc->c1, &c2 = sc->c2;
  w.resize(n + 4);
  shape.resize(n + 4);
  suf3.resize(n + 4);
  amb.assign(n + 4, 7);
  lex.assign(n + 4, 1 << 12);
  // Word classes at two granularities (1,024 and 16,384 classes) + 4; 3: no class (and every
  // word when the model has none), 1: padding.
  c1.assign(n + 4, 3);
  c2.assign(n + 4, 3);
  c1[0] = c1[1] = c1[n + 2] = c1[n + 3] = c2[0] = c2[1] = c2[n + 2] = c2[n + 3] = 1;
  static const uint64_t kStart = Hash("<s>"), kEnd = Hash("</s>"), kPad = Hash("<pad>");
  w[0] = w[1] = kStart;
  w[n + 2] = w[n + 3] = kEnd;
  shape[0] = shape[1] = shape[n + 2] = shape[n + 3] = kPad;
  suf3[0] = suf3[1] = suf3[n + 2] = suf3[n + 3] = kPad;
  // Tag-dictionary words are never scored (neither pass), so only the words within two of
  // a scored word need their context values (every feature reads at most two words
  // away); ids and classes are the parser's too.
  std::vector<int>& dict = sc->dict;
  dict.resize(n);
  char buf[kMaxWordBytes];
  for (size_t i = 0; i < n; ++i) {
    dict[i] = DictTag(words[i]);
    w[i + 2] = WordIdOfLower(LowerInto(words[i], buf));
    if (!class_slots_.empty()) {
      uint32_t a1, a2;
      WordClass(words[i], w[i + 2], &a1, &a2);
      c1[i + 2] = a1;
      c2[i + 2] = a2;
    }
  }
  auto scored = [&](size_t j) { return j < n && dict[j] < 0; };  // j wraps below 0
  for (size_t i = 0; i < n; ++i) {
    if (!scored(i - 2) && !scored(i - 1) && !scored(i) && !scored(i + 1) && !scored(i + 2))
      continue;
    std::string_view low = LowerInto(words[i], buf);
    amb[i + 2] = AmbiguityClass(w[i + 2]);
    lex[i + 2] = lexicon_.Classes(low);
    shape[i + 2] = ShapeHash(words[i]);
    suf3[i + 2] = Hash(Suffix(low, 3));
  }
  sc->feats.resize(n * kFeatsPerWord);
  for (size_t i = 0; i < n; ++i)
    if (dict[i] < 0) WordFeatures(*sc, words[i], i, sc->feats.data() + i * kFeatsPerWord);
}

// The static features of word i (words[i] == word) from the per-word values in sc.
void Tagger::WordFeatures(const Scratch& sc, std::string_view word, size_t i, uint64_t* f) {
  const std::vector<uint64_t>&w = sc.w, &shape = sc.shape, &suf3 = sc.suf3, &amb = sc.amb,
        &lex = sc.lex, &c1 = sc.c1, &c2 = sc.c2;
  char buf[kMaxWordBytes];
  const size_t p = i + 2;
  std::string_view low = LowerInto(word, buf);
  static const uint64_t kBias = Feat(0);
  f[0] = kBias;
  f[1] = Feat(1, w[p]);
  f[2] = Feat(2, w[p - 1]);
  f[3] = Feat(3, w[p + 1]);
  f[4] = Feat(4, w[p - 2]);
  f[5] = Feat(5, w[p + 2]);
  for (size_t k = 1; k <= 4; ++k)
    f[5 + k] = low.size() > k ? Feat(5 + k, Hash(Suffix(low, k))) : Feat(5 + k, 0);
  f[10] = Feat(10, Hash(low.substr(0, 1)));
  f[11] = Feat(11, Hash(low.substr(0, 3)));
  f[12] = Feat(12, shape[p]);
  f[13] = Feat(13, shape[p - 1]);
  f[14] = Feat(14, shape[p + 1]);
  f[15] = Feat(15, suf3[p - 1]);
  f[16] = Feat(16, suf3[p + 1]);
  f[17] = Feat(17, w[p], w[p + 1]);
  f[18] = Feat(18, w[p - 1], w[p]);
  f[19] = Feat(19, shape[p], i == 0);
  f[20] = Feat(20, Hash(word));
  f[21] = Feat(25, amb[p]);
  f[22] = Feat(26, amb[p + 1]);
  f[23] = Feat(27, amb[p + 2]);
  f[24] = Feat(28, amb[p - 1]);
  f[25] = Feat(29, amb[p], amb[p + 1]);
  f[26] = Feat(30, amb[p], suf3[p]);
  f[27] = Feat(36, lex[p]);
  f[28] = Feat(37, lex[p], suf3[p]);
  f[29] = Feat(38, lex[p + 1]);
  f[30] = Feat(39, lex[p - 1]);
  f[31] = Feat(40, lex[p], amb[p]);
  // Word classes (all 0 = one shared feature each when the model has none).
  f[32] = Feat(41, c1[p]);
  f[33] = Feat(42, c2[p]);
  f[34] = Feat(43, c1[p - 1]);
  f[35] = Feat(44, c1[p + 1]);
  f[36] = Feat(45, c2[p - 1]);
  f[37] = Feat(46, c2[p + 1]);
  f[38] = Feat(47, c1[p - 2]);
  f[39] = Feat(48, c1[p + 2]);
  f[40] = Feat(49, c1[p], suf3[p]);
  f[41] = Feat(50, c1[p - 1], c1[p]);
}

// The features that depend on the previous tags (p1, p2: negative = padding)
// of word i (they follow its static ones in the model's feature order).
void Tagger::DynamicFeatures(const Scratch& sc, size_t i, int p1, int p2, uint64_t* f) {
  const uint64_t wi = sc.w[i + 2];
  const uint64_t amb_next = sc.amb[i + 3];  // 7 past the end
  f[0] = Feat(21, p1 + 3);
  f[1] = Feat(22, p1 + 3, p2 + 3);
  f[2] = Feat(23, p1 + 3, wi);
  f[3] = Feat(24, p1 + 3, amb_next);
}

int Tagger::DictTag(std::string_view word) const {
  if (!tagdict_.empty()) {
    auto it = tagdict_.find(word);
    if (it != tagdict_.end()) return it->second;
  }
  // Typographic quote marks, rare in the treebanks, are punctuation whatever the context
  // ("called Trump's push for armed teachers “abhorrent”" had its mark tagged VERB).
  if (word == "\xE2\x80\x9C" || word == "\xE2\x80\x9E" || word == "\xC2\xAB")
    return open_quote_tag_;
  if (word == "\xE2\x80\x9D" || word == "\xC2\xBB") return close_quote_tag_;
  return -1;
}

void Tagger::SecondPassFeatures(const Scratch& sc, size_t i, size_t n, int p1, int p2,
                                const int* first, uint64_t* f) {
  DynamicFeatures(sc, i, p1, p2, f + kStaticFeats);
  const int r1 = i + 1 < n ? first[i + 1] : -1;
  const int r2 = i + 2 < n ? first[i + 2] : -2;
  uint64_t* g = f + kFeatsPerWord;
  g[0] = Feat(60, r1 + 3);
  g[1] = Feat(61, r1 + 3, r2 + 3);
  g[2] = Feat(62, p1 + 3, r1 + 3);
  g[3] = Feat(63, r1 + 3, sc.w[i + 2]);
  g[4] = Feat(64, first[i] + 3);
  g[5] = Feat(65, r1 + 3, sc.w[i + 3]);
  g[6] = Feat(66, first[i] + 3, r1 + 3);
  g[7] = Feat(67, r1 + 3, sc.shape[i + 2]);
  g[8] = Feat(68, r1 + 3, sc.suf3[i + 2]);
  g[9] = Feat(69, p1 + 3, first[i] + 3, r1 + 3);
  g[10] = Feat(70, r1 + 3, sc.c1[i + 2]);
  g[11] = Feat(71, r2 + 3, sc.w[i + 4]);
  g[12] = Feat(72, r1 + 3, sc.lex[i + 2]);
}

void Tagger::FirstPass(const std::vector<std::string_view>& words, Scratch* sc,
                       std::vector<int>* tags) const {
  const size_t n = words.size();
  tags->assign(n, 0);
  sc->margin.resize(n);
  int p1 = -1, p2 = -2;  // previous tags (negative: padding)
  for (size_t i = 0; i < n; ++i) {
    int tag = sc->dict[i];
    float margin = kNoMargin;
    if (tag < 0) {
      uint64_t* f = sc->feats.data() + i * kFeatsPerWord;
      DynamicFeatures(*sc, i, p1, p2, f + kStaticFeats);
      tag = model_.BestWithMargin(f, kFeatsPerWord, &margin);
    }
    (*tags)[i] = tag;
    sc->margin[i] = margin;
    p2 = p1;
    p1 = tag;
  }
}

namespace {

// The word cache's key: the word's bytes, zero-padded; false when it is too long.
bool CacheKey(std::string_view word, uint64_t (&key)[kCacheWordBytes / 8]) {
  if (word.size() > kCacheWordBytes) return false;
  std::memset(key, 0, sizeof(key));
  if (!word.empty()) std::memcpy(key, word.data(), word.size());
  return true;
}

uint64_t KeyHash(const uint64_t (&key)[kCacheWordBytes / 8], size_t len) {
  return Mix64(key[0] * 0x9e3779b97f4a7c15ull + key[1] * 0xd6e8feb86659fd93ull +
               key[2] * 0xa0761d6478bd642full + key[3] * 0xe7037ed1a0b428dbull + len);
}

}  // namespace

int Tagger::OffsetFeatures(int o, const WordValues& v, std::string_view word, uint64_t* f) {
  switch (o) {
    case 0:  // word i - 2
      f[0] = Feat(4, v.w);
      f[1] = Feat(47, v.c1);
      return 2;
    case 1:  // word i - 1
      f[0] = Feat(2, v.w);
      f[1] = Feat(13, v.shape);
      f[2] = Feat(15, v.suf3);
      f[3] = Feat(28, v.amb);
      f[4] = Feat(39, v.lex);
      f[5] = Feat(43, v.c1);
      f[6] = Feat(45, v.c2);
      return 7;
    case 3:  // word i + 1
      f[0] = Feat(3, v.w);
      f[1] = Feat(14, v.shape);
      f[2] = Feat(16, v.suf3);
      f[3] = Feat(26, v.amb);
      f[4] = Feat(38, v.lex);
      f[5] = Feat(44, v.c1);
      f[6] = Feat(46, v.c2);
      return 7;
    case 4:  // word i + 2
      f[0] = Feat(5, v.w);
      f[1] = Feat(27, v.amb);
      f[2] = Feat(48, v.c1);
      return 3;
    default:
      break;
  }
  // The scored word itself.
  char buf[kMaxWordBytes];
  std::string_view low = LowerInto(word, buf);
  static const uint64_t kBias = Feat(0);
  f[0] = kBias;
  f[1] = Feat(1, v.w);
  for (size_t k = 1; k <= 4; ++k)
    f[1 + k] = low.size() > k ? Feat(5 + k, Hash(Suffix(low, k))) : Feat(5 + k, 0);
  f[6] = Feat(10, Hash(low.substr(0, 1)));
  f[7] = Feat(11, Hash(low.substr(0, 3)));
  f[8] = Feat(12, v.shape);
  f[9] = Feat(20, Hash(word));
  f[10] = Feat(25, v.amb);
  f[11] = Feat(30, v.amb, v.suf3);
  f[12] = Feat(36, v.lex);
  f[13] = Feat(37, v.lex, v.suf3);
  f[14] = Feat(40, v.lex, v.amb);
  f[15] = Feat(41, v.c1);
  f[16] = Feat(42, v.c2);
  f[17] = Feat(49, v.c1, v.suf3);
  return 18;
}

void Tagger::ComputeValues(std::string_view word, WordValues* v) const {
  char buf[kMaxWordBytes];
  std::string_view low = LowerInto(word, buf);
  v->dict = DictTag(word);
  v->w = WordIdOfLower(low);
  v->c1 = v->c2 = 3;
  if (!class_slots_.empty()) WordClass(word, v->w, &v->c1, &v->c2);
  v->amb = AmbiguityClass(v->w);
  v->lex = lexicon_.Classes(low);
  v->shape = ShapeHash(word);
  v->suf3 = Hash(Suffix(low, 3));
}

void Tagger::CachedValues(const std::vector<std::string_view>& words, Scratch* sc) const {
  const size_t n = words.size();
  WordCache& c = sc->cache;
  if (c.owner != model_.table_id() || c.entries.size() + n > kCacheWords) {
    // Empty it, with the paddings' values (StaticFeatures' padding) in entries 0 and 1.
    c.owner = model_.table_id();
    c.width = (static_cast<size_t>(num_tags()) + 15) & ~size_t{15};
    c.word_rows.resize(size_t{kCacheWords} * c.width);
    c.context_rows.resize(size_t{kCacheWords} * (kOffsets - 1) * c.width);
    c.slots.assign(kCacheSlots, 0);
    c.entries.reserve(kCacheWords);
    c.entries.assign(2, WordCache::Entry());
    static const uint64_t kStart = Hash("<s>"), kEnd = Hash("</s>"), kPad = Hash("<pad>");
    for (WordCache::Entry& e : c.entries) {
      e.v.shape = e.v.suf3 = kPad;
      e.v.amb = 7;
      e.v.lex = 1 << 12;
      e.v.c1 = e.v.c2 = 1;
    }
    c.entries[0].v.w = kStart;
    c.entries[1].v.w = kEnd;
  }
  std::vector<uint32_t>& entry = sc->entry;
  entry.resize(n + 4);
  entry[0] = entry[1] = 0;
  entry[n + 2] = entry[n + 3] = 1;
  std::vector<int>& dict = sc->dict;
  dict.resize(n);
  for (std::vector<uint64_t>* a :
       {&sc->w, &sc->shape, &sc->suf3, &sc->amb, &sc->lex, &sc->c1, &sc->c2})
    a->resize(n + 4);
  auto put = [&](size_t p, const WordValues& v) {
    sc->w[p] = v.w;
    sc->shape[p] = v.shape;
    sc->suf3[p] = v.suf3;
    sc->amb[p] = v.amb;
    sc->lex[p] = v.lex;
    sc->c1[p] = v.c1;
    sc->c2[p] = v.c2;
  };
  for (size_t p : {size_t{0}, size_t{1}}) put(p, c.entries[0].v);
  for (size_t p : {n + 2, n + 3}) put(p, c.entries[1].v);
  const uint32_t mask = kCacheSlots - 1;
  WordValues fresh;
  for (size_t i = 0; i < n; ++i) {
    const WordValues* v = &fresh;
    uint32_t e = kNoEntry;
    uint64_t key[kCacheWordBytes / 8];
    if (CacheKey(words[i], key)) {
      const uint32_t len = static_cast<uint32_t>(words[i].size());
      for (uint32_t j = KeyHash(key, len) & mask;; j = (j + 1) & mask) {
        if (c.slots[j] == 0) {
          // A new word (the check above leaves room for every word of a sentence of
          // fewer than kCacheWords - 2 words; longer ones fill it, then go uncached).
          if (c.entries.size() >= kCacheWords) break;
          e = static_cast<uint32_t>(c.entries.size());
          c.slots[j] = e + 1;
          WordCache::Entry& x = c.entries.emplace_back();
          std::memcpy(x.bytes, key, sizeof(key));
          x.len = len;
          ComputeValues(words[i], &x.v);
          break;
        }
        const WordCache::Entry& x = c.entries[c.slots[j] - 1];
        if (x.len == len && std::memcmp(x.bytes, key, sizeof(key)) == 0) {
          e = c.slots[j] - 1;
          break;
        }
      }
    }
    if (e != kNoEntry)
      v = &c.entries[e].v;
    else
      ComputeValues(words[i], &fresh);
    entry[i + 2] = e;
    dict[i] = v->dict;
    put(i + 2, *v);
  }
}

NG_AVX2_CLONES
bool Tagger::SumOffsetRows(WordCache* c, uint32_t e, int o, std::string_view word) const {
  if (e == kNoEntry) return false;
  WordCache::Entry& x = c->entries[e];
  const uint8_t bit = static_cast<uint8_t>(1u << o);
  if (x.have & bit) return !(x.wide & bit);
  x.have |= bit;
  uint64_t f[18];
  const int m = OffsetFeatures(o, x.v, word, f);
  const size_t size = std::max(model_.sums_size(), c->width);
  int32_t stack[512];
  std::vector<int32_t> heap;
  int32_t* sums = stack;
  if (size > 512) {
    heap.resize(size);
    sums = heap.data();
  }
  // Sums() zeroes sums_size() values; past num_tags() they stay 0 (dense rows are
  // zero-padded), as do any up to width.
  std::fill(sums + model_.sums_size(), sums + size, 0);
  model_.Sums(f, m, sums);
  if (o == 2) {
    std::copy(sums, sums + c->width, c->word_rows.data() + size_t{e} * c->width);
    return true;
  }
  int32_t lo = 0, hi = 0;
  for (size_t j = 0; j < c->width; ++j) {
    lo = std::min(lo, sums[j]);
    hi = std::max(hi, sums[j]);
  }
  if (lo < std::numeric_limits<int16_t>::min() || hi > std::numeric_limits<int16_t>::max()) {
    x.wide |= bit;
    return false;
  }
  int16_t* row =
      c->context_rows.data() + (size_t{e} * (kOffsets - 1) + (o < 2 ? o : o - 1)) * c->width;
  for (size_t j = 0; j < c->width; ++j) row[j] = static_cast<int16_t>(sums[j]);
  return true;
}

void Tagger::CachedFirstPass(const std::vector<std::string_view>& words, Scratch* sc,
                             std::vector<int>* tags) const {
  const size_t n = words.size();
  tags->assign(n, 0);
  sc->margin.resize(n);
  WordCache& c = sc->cache;
  const size_t size = std::max(model_.sums_size(), c.width);
  int32_t stack[512];
  std::vector<int32_t> heap;
  int32_t* acc = stack;
  if (size > 512) {
    heap.resize(size);
    acc = heap.data();
  }
  const std::vector<uint64_t>&w = sc->w, &shape = sc->shape, &amb = sc->amb, &c1 = sc->c1;
  int p1 = -1, p2 = -2;  // previous tags (negative: padding)
  for (size_t i = 0; i < n; ++i) {
    int tag = sc->dict[i];
    float margin = kNoMargin;
    if (tag < 0) {
      bool cached = true;
      for (int o = 0; o < kOffsets && cached; ++o) {
        // Word i + o - 2 (entry index i + o); the paddings' rows never need the word.
        const size_t q = i + o - 2;
        cached = SumOffsetRows(&c, sc->entry[i + o], o, q < n ? words[q] : std::string_view());
      }
      if (cached) {
        const size_t wd = c.width;
        const int16_t* context[kOffsets - 1];
        for (int k = 0; k < kOffsets - 1; ++k)
          context[k] = c.context_rows.data() +
                       (size_t{sc->entry[i + (k < 2 ? k : k + 1)]} * (kOffsets - 1) + k) * wd;
        const size_t p = i + 2;
        uint64_t f[kCachedPassFeats];
        f[0] = Feat(17, w[p], w[p + 1]);
        f[1] = Feat(18, w[p - 1], w[p]);
        f[2] = Feat(19, shape[p], i == 0);
        f[3] = Feat(29, amb[p], amb[p + 1]);
        f[4] = Feat(50, c1[p - 1], c1[p]);
        DynamicFeatures(*sc, i, p1, p2, f + kCrossFeats);
        // Sums() zeroes acc up to sums_size(); the rows may be wider.
        std::fill(acc + model_.sums_size(), acc + size, 0);
        model_.Sums(f, kCachedPassFeats, acc);
        AddOffsetRows(acc, c.word_rows.data() + size_t{sc->entry[i + 2]} * wd, context, wd);
        tag = model_.BestWithMarginOfSums(acc, &margin);
      } else {
        uint64_t f[kFeatsPerWord];
        WordFeatures(*sc, words[i], i, f);
        DynamicFeatures(*sc, i, p1, p2, f + kStaticFeats);
        tag = model_.BestWithMargin(f, kFeatsPerWord, &margin);
      }
    }
    (*tags)[i] = tag;
    sc->margin[i] = margin;
    p2 = p1;
    p1 = tag;
  }
}

namespace {

// Tag()'s answer for no words or an empty model.
void TagNothing(const std::vector<std::string_view>& words, std::vector<int>* tags,
                WordInfo* info) {
  const size_t n = words.size();
  tags->assign(n, 0);
  if (info) {
    info->ids.clear();
    for (std::string_view w : words) info->ids.push_back(WordId(w));
    info->cls1.assign(n, 3);
    info->cls2.assign(n, 3);
  }
}

}  // namespace

void Tagger::Tag(const std::vector<std::string_view>& words, std::vector<int>* tags,
                 WordInfo* info) const {
  if (words.empty() || upos_.empty()) return TagNothing(words, tags, info);
  // A model never built (training with no iterations) has no table id to key the cache.
  if (model_.table_id() == 0) return TagUncached(words, tags, info);
  Scratch& sc = ThreadScratch();
  CachedValues(words, &sc);
  CachedFirstPass(words, &sc, tags);
  Finish(words, &sc, tags, info);
}

void Tagger::TagUncached(const std::vector<std::string_view>& words, std::vector<int>* tags,
                         WordInfo* info) const {
  if (words.empty() || upos_.empty()) return TagNothing(words, tags, info);
  Scratch& sc = ThreadScratch();
  StaticFeatures(words, &sc);
  FirstPass(words, &sc, tags);
  Finish(words, &sc, tags, info);
}

void Tagger::Finish(const std::vector<std::string_view>& words, Scratch* scratch,
                    std::vector<int>* tags, WordInfo* info) const {
  Scratch& sc = *scratch;
  const size_t n = words.size();
  if (has_second_pass()) {
    // Left to right: words the first pass was unsure of are re-tagged with the first
    // pass's tags on their right and the final tags on their left.
    sc.first.assign(tags->begin(), tags->end());
    uint64_t f[kSecondPassFeats];
    for (size_t i = 0; i < n; ++i) {
      if (!(sc.margin[i] < retag_margin_)) continue;
      int p1 = i >= 1 ? (*tags)[i - 1] : -1, p2 = i >= 2 ? (*tags)[i - 2] : i == 1 ? -1 : -2;
      WordFeatures(sc, words[i], i, f);
      SecondPassFeatures(sc, i, n, p1, p2, sc.first.data(), f);
      (*tags)[i] = model2_.Best(f, kSecondPassFeats);
    }
  }
  if (info) {
    info->ids.assign(sc.w.begin() + 2, sc.w.begin() + 2 + n);
    info->cls1.assign(sc.c1.begin() + 2, sc.c1.begin() + 2 + n);
    info->cls2.assign(sc.c2.begin() + 2, sc.c2.begin() + 2 + n);
  }
}

Tagger Tagger::Train(const std::vector<ConlluSentence>& train,
                     const std::vector<ConlluSentence>* dev, const TaggerTrainOptions& options) {
  Tagger t;
  t.lexicon_ = options.lexicon;
  t.classes_ = options.classes;
  t.IndexClasses();
  std::map<std::string, int> tag_ids;
  std::unordered_map<std::string, std::map<int, int>> word_tags;
  std::vector<std::vector<int>> gold(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    for (const auto& w : train[s].words) {
      std::string key = w.upos + "\t" + w.xpos;
      auto [it, inserted] = tag_ids.emplace(key, static_cast<int>(t.upos_.size()));
      if (inserted) {
        t.upos_.push_back(w.upos);
        t.xpos_.push_back(w.xpos);
      }
      gold[s].push_back(it->second);
      ++word_tags[w.form][it->second];
    }
  }
  // Tag dictionary: frequent words that (almost) always have one tag.
  for (const auto& [word, counts] : word_tags) {
    int total = 0, best = 0, best_tag = 0;
    for (auto [tag, c] : counts) {
      total += c;
      if (c > best) best = c, best_tag = tag;
    }
    if (total >= 20 && best >= 0.995 * total) t.tagdict_[word] = best_tag;
  }
  t.TrainLemmas(train);
  // Ambiguity classes: the tags that make up >= 5% of a word's occurrences.
  std::unordered_map<uint64_t, std::map<int, int>> id_tags;
  for (size_t s = 0; s < train.size(); ++s)
    for (size_t i = 0; i < train[s].words.size(); ++i)
      ++id_tags[WordId(train[s].words[i].form)][gold[s][i]];
  for (const auto& [id, counts] : id_tags) {
    int total = 0;
    for (auto [tag, c] : counts) total += c;
    if (total < 2) continue;
    uint64_t h = 11;
    for (auto [tag, c] : counts)
      if (c * 20 >= total) h = Mix64(h * 31 + static_cast<uint64_t>(tag) + 1);
    t.ambiguity_[id] = h;
  }
  t.IndexAmbiguity();

  PerceptronTrainer trainer(static_cast<int>(t.upos_.size()));
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> scores(t.upos_.size());
  Scratch sc;
  double best_dev = -1;
  PerceptronModel best_model;
  for (int it = 1; it <= options.iterations; ++it) {
    Shuffle(&order, &rng);
    size_t correct = 0, total = 0;
    for (size_t s : order) {
      auto words = Forms(train[s]);
      t.StaticFeatures(words, &sc);
      int p1 = -1, p2 = -2;
      for (size_t i = 0; i < words.size(); ++i) {
        int truth = gold[s][i];
        int guess = t.DictTag(words[i]);
        if (guess < 0) {
          uint64_t* f = sc.feats.data() + i * kFeatsPerWord;
          DynamicFeatures(sc, i, p1, p2, f + kStaticFeats);
          trainer.Score(f, kFeatsPerWord, scores.data());
          guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          trainer.Update(f, kFeatsPerWord, truth, guess);
          trainer.Tick();
        }
        correct += guess == truth;
        ++total;
        p2 = p1;
        p1 = guess;
      }
    }
    t.model_ = trainer.Finalize();
    t.model_.Prune(options.max_weights);
    std::string line = "tagger iteration " + std::to_string(it) + ": train acc " +
                       std::to_string(100.0 * correct / std::max<size_t>(total, 1));
    double score = it;
    if (dev) {
      Accuracy a = t.Evaluate(*dev);
      line += "  dev UPOS " + std::to_string(100 * a.upos) + "  XPOS " +
              std::to_string(100 * a.xpos) + "  lemma " + std::to_string(100 * a.lemma);
      score = a.upos + a.xpos;
    }
    line += "  features " + std::to_string(t.model_.num_features()) + " weights " +
            std::to_string(t.model_.num_weights());
    if (options.log) options.log(line);
    if (score > best_dev) {
      best_dev = score;
      best_model = t.model_;
    }
  }
  t.model_ = std::move(best_model);
  if (options.second_pass_folds >= 2) t.TrainSecondPass(train, gold, dev, options);
  t.IndexTags();
  return t;
}

std::vector<float> Tagger::Margins(const std::vector<ConlluSentence>& sents) const {
  Scratch sc;
  std::vector<float> margins;
  std::vector<int> tags;
  for (const auto& s : sents) {
    auto words = Forms(s);
    if (words.empty()) continue;
    StaticFeatures(words, &sc);
    FirstPass(words, &sc, &tags);
    margins.insert(margins.end(), sc.margin.begin(), sc.margin.end());
  }
  return margins;
}

namespace {

// The margin below which k of `margins` fall (+inf: all of them).
float MarginAtRank(std::vector<float> margins, size_t k) {
  if (k >= margins.size()) return kNoMargin;
  std::nth_element(margins.begin(), margins.begin() + k, margins.end());
  return margins[k];
}

}  // namespace

float Tagger::MarginQuantile(const std::vector<ConlluSentence>& sents, double fraction) const {
  std::vector<float> margins = Margins(sents);
  // (k before the move: the order in which arguments are evaluated is unspecified.)
  const size_t k = static_cast<size_t>(fraction * static_cast<double>(margins.size()));
  return MarginAtRank(std::move(margins), k);
}

namespace {

// First-pass tags of every training sentence from a tagger trained on the other
// folds (sentence s is in fold s % folds), as tags of `main` (fold taggers have
// their own tag numbering; their tags are mapped by UPOS and XPOS).
std::vector<std::vector<int>> JackknifeTags(const std::vector<ConlluSentence>& train,
                                            const TaggerTrainOptions& options, const Tagger& main) {
  std::map<std::string, int> ours;
  for (int t = 0; t < main.num_tags(); ++t) ours[main.Upos(t) + "\t" + main.Xpos(t)] = t;
  const size_t k = static_cast<size_t>(options.second_pass_folds);
  TaggerTrainOptions fold_opts = options;
  fold_opts.second_pass_folds = 0;
  fold_opts.iterations = options.fold_iterations;
  fold_opts.log = nullptr;
  std::vector<std::vector<int>> first(train.size());
  std::vector<int> tags;
  for (size_t fold = 0; fold < k; ++fold) {
    std::vector<ConlluSentence> rest;
    for (size_t i = 0; i < train.size(); ++i)
      if (i % k != fold) rest.push_back(train[i]);
    Tagger t = Tagger::Train(rest, nullptr, fold_opts);
    std::vector<int> to_ours(t.num_tags());
    for (int j = 0; j < t.num_tags(); ++j) {  // a fold's tags are a subset of ours
      auto it = ours.find(t.Upos(j) + "\t" + t.Xpos(j));
      to_ours[j] = it == ours.end() ? 0 : it->second;
    }
    size_t words = 0, right = 0;
    for (size_t i = fold; i < train.size(); i += k) {
      t.Tag(Forms(train[i]), &tags);
      first[i].clear();
      for (int tag : tags) first[i].push_back(to_ours[tag]);
      for (size_t j = 0; j < tags.size(); ++j, ++words)
        right += t.Upos(tags[j]) == train[i].words[j].upos;
    }
    if (options.log)
      options.log("second pass: fold " + std::to_string(fold + 1) + "/" + std::to_string(k) +
                  " held-out UPOS " + std::to_string(100.0 * right / std::max<size_t>(words, 1)));
  }
  return first;
}

}  // namespace

void Tagger::TrainSecondPass(const std::vector<ConlluSentence>& train,
                             const std::vector<std::vector<int>>& gold,
                             const std::vector<ConlluSentence>* dev,
                             const TaggerTrainOptions& options) {
  std::vector<std::vector<int>> first = JackknifeTags(train, options, *this);
  PerceptronTrainer trainer(num_tags());
  std::mt19937_64 rng(options.seed + 1);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> scores(num_tags());
  uint64_t f[kSecondPassFeats];
  Scratch sc;
  double best_dev = -1;
  PerceptronModel best_model;
  float best_margin = kNoMargin;
  const std::vector<ConlluSentence>& ref = dev ? *dev : train;
  const int iterations =
      options.second_pass_iterations ? options.second_pass_iterations : options.iterations;
  for (int it = 1; it <= iterations; ++it) {
    Shuffle(&order, &rng);
    size_t correct = 0, total = 0;
    for (size_t s : order) {
      auto words = Forms(train[s]);
      StaticFeatures(words, &sc);
      int p1 = -1, p2 = -2;
      for (size_t i = 0; i < words.size(); ++i) {
        int truth = gold[s][i];
        int guess = DictTag(words[i]);
        if (guess < 0) {
          std::memcpy(f, sc.feats.data() + i * kFeatsPerWord, kStaticFeats * sizeof(uint64_t));
          SecondPassFeatures(sc, i, words.size(), p1, p2, first[s].data(), f);
          trainer.Score(f, kSecondPassFeats, scores.data());
          guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          trainer.Update(f, kSecondPassFeats, truth, guess);
          trainer.Tick();
        }
        correct += guess == truth;
        ++total;
        p2 = p1;
        p1 = guess;
      }
    }
    model2_ = trainer.Finalize();
    model2_.Prune(options.max_weights);
    std::string line = "second pass iteration " + std::to_string(it) + ": train acc " +
                       std::to_string(100.0 * correct / std::max<size_t>(total, 1));
    double score = it;
    for (double fraction : {1.0, 0.25, 0.15, 0.1, 0.05, options.retag_fraction}) {
      retag_margin_ = MarginQuantile(ref, fraction);
      if (!dev) continue;
      Accuracy a = Evaluate(*dev);
      line += "  dev@" + std::to_string(fraction).substr(0, 4) + " " +
              std::to_string(100 * a.upos).substr(0, 6) + "/" +
              std::to_string(100 * a.xpos).substr(0, 6);
      score = a.upos + a.xpos;  // the last: options.retag_fraction
    }
    line += "  features " + std::to_string(model2_.num_features()) + " weights " +
            std::to_string(model2_.num_weights());
    if (options.log) options.log(line);
    if (score > best_dev) {
      best_dev = score;
      best_model = model2_;
      best_margin = retag_margin_;
    }
  }
  model2_ = std::move(best_model);
  retag_margin_ = best_margin;
}

double Tagger::RetagShare(const std::vector<ConlluSentence>& sents) const {
  if (!has_second_pass()) return 0;
  std::vector<float> margins = Margins(sents);
  if (margins.empty()) return 0;
  size_t below = 0;
  for (float m : margins) below += m < retag_margin_;  // as Finish() re-tags
  return static_cast<double>(below) / static_cast<double>(margins.size());
}

namespace {

// Why members of Tagger::Average() cannot be averaged ("" if they can): their weights
// must mean the same classes, and the tables kept from the first must be everyone's.
std::string AverageMismatch(const Tagger& a, const Tagger& b, const std::string& a_tables,
                            const std::string& b_tables) {
  if (a.num_tags() != b.num_tags()) return "different numbers of tags";
  for (int t = 0; t < a.num_tags(); ++t)
    if (a.Upos(t) != b.Upos(t) || a.Xpos(t) != b.Xpos(t)) return "different tag sets";
  if (a.has_second_pass() != b.has_second_pass()) return "a second pass in only some";
  if (a_tables != b_tables)
    return "different tables (tag dictionary, ambiguity classes, lemmas, lexicon or word "
           "classes): not trained on the same data";
  return "";
}

}  // namespace

Status Tagger::Average(const std::vector<const Tagger*>& members, size_t max_weights,
                       const std::vector<ConlluSentence>* ref, double retag_fraction, Tagger* out) {
  if (members.empty()) return Status::InvalidArgument("tagger: no models to average");
  auto tables = [](const Tagger& t) {
    ModelWriter w;
    t.SaveTables(&w);
    return w.Serialize(kTaggerComponent, kTaggerVersion);
  };
  const Tagger& first = *members.front();
  const std::string first_tables = tables(first);
  std::vector<const PerceptronModel*> ones, twos;
  for (const Tagger* m : members) {
    std::string why = AverageMismatch(first, *m, first_tables, tables(*m));
    if (!why.empty()) return Status::InvalidArgument("tagger: models to average have " + why);
    ones.push_back(&m->model_);
    twos.push_back(&m->model2_);
  }
  Tagger t = first;
  t.model_ = PerceptronModel::Average(ones);
  t.model_.Prune(max_weights);
  if (first.has_second_pass()) {
    t.model2_ = PerceptronModel::Average(twos);
    t.model2_.Prune(max_weights);
    t.SetRetagMargin(members, ref, retag_fraction);
  }
  *out = std::move(t);
  return Status::Ok();
}

void Tagger::SetRetagMargin(const std::vector<const Tagger*>& members,
                            const std::vector<ConlluSentence>* ref, double retag_fraction) {
  const double n = static_cast<double>(members.size());
  if (!ref) {
    double sum = 0;
    for (const Tagger* m : members) sum += m->retag_margin_;
    retag_margin_ = static_cast<float>(sum / n);
    return;
  }
  std::vector<float> margins = Margins(*ref);
  const double words = static_cast<double>(margins.size());
  size_t k = 0;
  if (retag_fraction >= 0) {
    k = static_cast<size_t>(retag_fraction * words);  // as MarginQuantile()
  } else {
    double share = 0;
    for (const Tagger* m : members) share += m->RetagShare(*ref);
    // Rounded, not floored: k / words * words may fall a hair below k.
    k = static_cast<size_t>(std::llround(share / n * words));
  }
  retag_margin_ = MarginAtRank(std::move(margins), k);
}

Tagger::Accuracy Tagger::Evaluate(const std::vector<ConlluSentence>& sents) const {
  Accuracy a;
  size_t up = 0, xp = 0, lem = 0;
  std::vector<int> tags;
  for (const auto& s : sents) {
    auto words = Forms(s);
    Tag(words, &tags);
    for (size_t i = 0; i < words.size(); ++i) {
      up += upos_[tags[i]] == s.words[i].upos;
      xp += xpos_[tags[i]] == s.words[i].xpos;
      lem += Lemma(words[i], tags[i]) == s.words[i].lemma;
      ++a.words;
    }
  }
  if (a.words) {
    a.upos = static_cast<double>(up) / a.words;
    a.xpos = static_cast<double>(xp) / a.words;
    a.lemma = static_cast<double>(lem) / a.words;
  }
  return a;
}

// ---- lemmas ---------------------------------------------------------------

namespace {

struct Transform {
  uint32_t cut;
  std::string add;
  bool operator<(const Transform& o) const { return cut != o.cut ? cut < o.cut : add < o.add; }
};

Transform MakeTransform(const std::string& base, const std::string& lemma) {
  size_t p = 0;
  while (p < base.size() && p < lemma.size() && base[p] == lemma[p]) ++p;
  return {static_cast<uint32_t>(base.size() - p), lemma.substr(p)};
}

constexpr size_t kMaxSuffix = 5;

}  // namespace

std::string Tagger::RuleLemma(const std::string& base, const std::string& xpos) const {
  // key = xpos \t lower-cased suffix, in a per-thread buffer: no allocation per try.
  thread_local std::string key;
  for (size_t k = std::min(kMaxSuffix, base.size());; --k) {
    key.assign(xpos);
    key += '\t';
    for (size_t j = base.size() - k; j < base.size(); ++j) {
      char c = base[j];
      key += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    auto it = rules_.find(std::string_view(key));
    if (it != rules_.end()) {
      const LemmaRule& r = it->second;
      if (r.cut >= base.size()) return base;
      size_t keep = base.size() - r.cut;
      if (IsContinuation(static_cast<unsigned char>(base[keep]))) return base;
      std::string out;
      out.reserve(keep + r.add.size());
      out.append(base, 0, keep);
      out += r.add;
      return out;
    }
    if (k == 0) break;
  }
  return base;
}

void Tagger::TrainLemmas(const std::vector<ConlluSentence>& train) {
  lemma_id_ = NewLemmaId();
  // Suffix statistics: key (xpos \t suffix) -> transform counts.
  std::map<std::string, std::map<Transform, int>> stats;
  std::map<std::string, std::map<std::string, int>> pairs;  // base \t xpos -> lemma counts
  for (const auto& s : train) {
    for (const auto& w : s.words) {
      if (w.lemma.empty() || w.lemma == "_") continue;
      std::string base = Base(w.form, w.xpos);
      Transform t = MakeTransform(base, w.lemma);
      std::string low = LowerAscii(base);
      for (size_t k = 0; k <= std::min(kMaxSuffix, low.size()); ++k)
        ++stats[w.xpos + "\t" + low.substr(low.size() - k)][t];
      ++pairs[base + "\t" + w.xpos][w.lemma];
    }
  }
  // Best transform per key; keep keys seen >= 3 times (all empty suffixes).
  std::map<std::string, Transform> best;
  for (const auto& [key, counts] : stats) {
    int total = 0, top = 0;
    const Transform* arg = nullptr;
    for (const auto& [t, c] : counts) {
      total += c;
      if (c > top) top = c, arg = &t;
    }
    bool empty_suffix = key.back() == '\t';
    if (arg && (total >= 3 || empty_suffix)) best[key] = *arg;
  }
  // Drop keys whose transform equals that of their nearest kept shorter suffix.
  for (const auto& [key, t] : best) {
    size_t tab = key.find('\t');
    std::string xpos = key.substr(0, tab), suf = key.substr(tab + 1);
    bool redundant = false;
    for (size_t k = suf.size(); k-- > 0;) {
      auto it = best.find(xpos + "\t" + suf.substr(suf.size() - k));
      if (it == best.end()) continue;
      redundant = !suf.empty() && it->second.cut == t.cut && it->second.add == t.add;
      break;
    }
    if (!redundant) rules_[key] = {t.cut, t.add};
  }
  // Exceptions: the most frequent lemma where the rules disagree.
  for (const auto& [key, counts] : pairs) {
    std::string lemma;
    int top = 0;
    for (const auto& [l, c] : counts)
      if (c > top) top = c, lemma = l;
    size_t tab = key.rfind('\t');
    if (RuleLemma(key.substr(0, tab), key.substr(tab + 1)) != lemma) lemma_exc_[key] = lemma;
  }
}

uint64_t Tagger::NewLemmaId() {
  static std::atomic<uint64_t> last{0};
  return ++last;
}

namespace {

// Lemmas of recently seen (form prefix, tag) pairs, direct-mapped; a slot is
// valid when its owner is the asking tagger's lemma_id_.
struct LemmaCache {
  static constexpr size_t kSlots = 4096;
  struct Slot {
    uint64_t owner = 0;
    int tag = -1;
    std::string form, lemma;
  };
  std::vector<Slot> slots = std::vector<Slot>(kSlots);
};

}  // namespace

std::string Tagger::Lemma(std::string_view form, int tag) const {
  if (tag < 0 || tag >= num_tags()) return std::string(form);
  thread_local LemmaCache cache;
  const std::string_view key = form.substr(0, kMaxWordBytes);  // all the lemma reads
  ByteHasher h;
  h.Add(key);
  h.Add(static_cast<unsigned char>(tag));
  LemmaCache::Slot& s = cache.slots[h.Finish() % LemmaCache::kSlots];
  if (s.owner == lemma_id_ && s.tag == tag && s.form == key) return s.lemma;
  s.owner = 0;  // stays invalid if LemmaUncached throws
  s.lemma = LemmaUncached(key, tag);
  s.form.assign(key);
  s.tag = tag;
  s.owner = lemma_id_;
  return s.lemma;
}

std::string Tagger::LemmaUncached(std::string_view form, int tag) const {
  if (tag < 0 || tag >= num_tags()) return std::string(form);
  const std::string& xpos = xpos_[tag];
  std::string base = Base(form.substr(0, kMaxWordBytes), xpos);
  thread_local std::string key;  // base \t xpos, reused per thread
  key.assign(base);
  key += '\t';
  key += xpos;
  auto it = lemma_exc_.find(std::string_view(key));
  if (it != lemma_exc_.end()) return it->second;
  std::string lemma = RuleLemma(base, xpos);
  if (xpos == "VBD" || xpos == "VBN" || xpos == "VBG")
    return lexicon_.CheckedVerbLemma(base, std::move(lemma));
  return lemma;
}

// ---- model file -----------------------------------------------------------

namespace {

template <typename Map>
std::vector<std::pair<std::string, typename Map::mapped_type>> Sorted(const Map& m) {
  std::vector<std::pair<std::string, typename Map::mapped_type>> v(m.begin(), m.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return v;
}

constexpr uint32_t kMaxTableEntries = 1u << 24;

}  // namespace

void Tagger::Save(ModelWriter* w) const {
  SaveTables(w);
  model_.Save(w);
  w->PutU8(has_second_pass() ? 1 : 0);
  if (has_second_pass()) {
    w->PutF32(retag_margin_);
    model2_.Save(w);
  }
}

void Tagger::SaveTables(ModelWriter* w) const {
  w->PutU32(static_cast<uint32_t>(upos_.size()));
  for (size_t i = 0; i < upos_.size(); ++i) {
    w->PutString(upos_[i]);
    w->PutString(xpos_[i]);
  }
  auto td = Sorted(tagdict_);
  w->PutU32(static_cast<uint32_t>(td.size()));
  for (const auto& [k, v] : td) {
    w->PutString(k);
    w->PutU32(static_cast<uint32_t>(v));
  }
  std::vector<std::pair<uint64_t, uint64_t>> amb(ambiguity_.begin(), ambiguity_.end());
  std::sort(amb.begin(), amb.end());
  w->PutPodVector(amb);
  auto rules = Sorted(rules_);
  w->PutU32(static_cast<uint32_t>(rules.size()));
  for (const auto& [k, r] : rules) {
    w->PutString(k);
    w->PutU32(r.cut);
    w->PutString(r.add);
  }
  auto exc = Sorted(lemma_exc_);
  w->PutU32(static_cast<uint32_t>(exc.size()));
  for (const auto& [k, v] : exc) {
    w->PutString(k);
    w->PutString(v);
  }
  lexicon_.Save(w);
  w->PutU8(classes_ ? 1 : 0);
  if (classes_) classes_->Write(w);
}

Status Tagger::Load(ModelReader* r) {
  lemma_id_ = NewLemmaId();
  uint32_t n = 0;
  NG_RETURN_IF_ERROR(r->GetU32(&n));
  if (n == 0 || n > 4096) return Status::Corruption("tagger: bad tag count");
  upos_.resize(n);
  xpos_.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    NG_RETURN_IF_ERROR(r->GetString(&upos_[i]));
    NG_RETURN_IF_ERROR(r->GetString(&xpos_[i]));
  }
  NG_RETURN_IF_ERROR(r->GetU32(&n));
  if (n > kMaxTableEntries) return Status::Corruption("tagger: bad dictionary size");
  for (uint32_t i = 0; i < n; ++i) {
    std::string k;
    uint32_t v = 0;
    NG_RETURN_IF_ERROR(r->GetString(&k));
    NG_RETURN_IF_ERROR(r->GetU32(&v));
    if (v >= upos_.size()) return Status::Corruption("tagger: dictionary tag out of range");
    tagdict_[k] = static_cast<int>(v);
  }
  std::vector<std::pair<uint64_t, uint64_t>> amb;
  NG_RETURN_IF_ERROR(r->GetPodVector(&amb));
  ambiguity_.clear();
  ambiguity_.reserve(amb.size());
  for (const auto& [k, v] : amb) ambiguity_[k] = v;
  IndexAmbiguity();
  NG_RETURN_IF_ERROR(r->GetU32(&n));
  if (n > kMaxTableEntries) return Status::Corruption("tagger: bad rule count");
  for (uint32_t i = 0; i < n; ++i) {
    std::string k;
    LemmaRule rule;
    NG_RETURN_IF_ERROR(r->GetString(&k));
    NG_RETURN_IF_ERROR(r->GetU32(&rule.cut));
    NG_RETURN_IF_ERROR(r->GetString(&rule.add));
    rules_[k] = std::move(rule);
  }
  NG_RETURN_IF_ERROR(r->GetU32(&n));
  if (n > kMaxTableEntries) return Status::Corruption("tagger: bad exception count");
  for (uint32_t i = 0; i < n; ++i) {
    std::string k, v;
    NG_RETURN_IF_ERROR(r->GetString(&k));
    NG_RETURN_IF_ERROR(r->GetString(&v));
    lemma_exc_[k] = std::move(v);
  }
  NG_RETURN_IF_ERROR(lexicon_.Load(r));
  classes_.reset();
  uint8_t has_classes = 0;  // format 2 and older: no word classes
  if (r->component_version() >= 3) NG_RETURN_IF_ERROR(r->GetU8(&has_classes));
  if (has_classes > 1) return Status::Corruption("tagger: bad word-class flag");
  if (has_classes) {
    auto c = WordClasses::Read(r);
    if (!c.ok()) return c.status();
    classes_ = std::move(c).value();
  }
  IndexClasses();
  NG_RETURN_IF_ERROR(model_.Load(r, r->component_version()));
  if (model_.num_classes() != static_cast<int>(upos_.size()))
    return Status::Corruption("tagger: class count does not match the tag set");
  model2_ = PerceptronModel();
  retag_margin_ = 0;
  uint8_t has_second = 0;  // format 3 and older: no second pass
  if (r->component_version() >= 4) NG_RETURN_IF_ERROR(r->GetU8(&has_second));
  if (has_second > 1) return Status::Corruption("tagger: bad second-pass flag");
  if (has_second) {
    NG_RETURN_IF_ERROR(r->GetF32(&retag_margin_));
    if (retag_margin_ != retag_margin_) return Status::Corruption("tagger: bad retag margin");
    NG_RETURN_IF_ERROR(model2_.Load(r, r->component_version()));
    if (model2_.num_classes() != static_cast<int>(upos_.size()))
      return Status::Corruption("tagger: second-pass class count does not match the tag set");
  }
  IndexTags();
  return r->Finish();
}

void Tagger::IndexAmbiguity() {
  amb_slots_.clear();
  amb_of_zero_ = 0;
  size_t cap = 16;
  while (cap < 2 * ambiguity_.size()) cap *= 2;
  amb_slots_.assign(cap, AmbSlot());
  for (const auto& [k, v] : ambiguity_) {
    if (k == 0) {
      amb_of_zero_ = v;
      continue;
    }
    size_t j = k & (cap - 1);
    while (amb_slots_[j].key != 0) j = (j + 1) & (cap - 1);
    amb_slots_[j] = {k, v};
  }
}

uint64_t Tagger::AmbiguityClass(uint64_t wid) const {
  if (wid == 0 || amb_slots_.empty()) return wid == 0 ? amb_of_zero_ : 0;
  // WordIds are Mix64 outputs: their low bits index the table; at most half full.
  const size_t mask = amb_slots_.size() - 1;
  for (size_t j = wid & mask;; j = (j + 1) & mask) {
    if (amb_slots_[j].key == wid) return amb_slots_[j].value;
    if (amb_slots_[j].key == 0) return 0;
  }
}

void Tagger::IndexClasses() {
  class_slots_.clear();
  if (!classes_ || classes_->size() == 0) return;
  size_t cap = 16;
  while (cap < 2 * classes_->size()) cap *= 2;
  class_slots_.assign(cap, ClassSlot());
  for (size_t i = 0; i < classes_->size(); ++i) {
    uint64_t k = HashBytes(classes_->word(i));
    if (k == 0) k = 1;
    size_t j = k & (cap - 1);
    while (class_slots_[j].key != 0 && class_slots_[j].key != k) j = (j + 1) & (cap - 1);
    const WordClassPath& p = classes_->path(i);
    class_slots_[j] = {k, p[1], p[2]};
  }
}

void Tagger::WordClass(std::string_view word, uint64_t wid, uint32_t* c1, uint32_t* c2) const {
  *c1 = *c2 = 3;
  if (class_slots_.empty() || word.size() > 4 * kMaxWordClassWordBytes) return;
  // WordId() is the hash of the class key for ASCII words; others need the full key
  // (U+2019, Latin-1 capitals).
  uint64_t k = wid;
  for (unsigned char c : word) {
    if (c >= 0x80) {
      k = HashBytes(WordClassKey(word));
      break;
    }
  }
  if (k == 0) k = 1;
  const size_t mask = class_slots_.size() - 1;
  for (size_t j = k & mask;; j = (j + 1) & mask) {
    const ClassSlot& s = class_slots_[j];
    if (s.key == k) {
      *c1 = s.c1 + 4u;
      *c2 = s.c2 + 4u;
      return;
    }
    if (s.key == 0) return;
  }
}

void Tagger::IndexTags() {
  tag_hash_.clear();
  upos_hash_.clear();
  open_quote_tag_ = close_quote_tag_ = -1;
  for (size_t i = 0; i < upos_.size(); ++i) {
    tag_hash_.push_back(HashBytes(upos_[i] + "\t" + xpos_[i]));
    upos_hash_.push_back(HashBytes(upos_[i]));
    if (upos_[i] == "PUNCT" && xpos_[i] == "``") open_quote_tag_ = static_cast<int>(i);
    if (upos_[i] == "PUNCT" && xpos_[i] == "''") close_quote_tag_ = static_cast<int>(i);
  }
}

Status Tagger::SaveFile(const std::string& path) const {
  ModelWriter w;
  Save(&w);
  return w.WriteFile(path, kTaggerComponent, kTaggerVersion);
}

Status Tagger::LoadFile(const std::string& path) {
  ModelReader r;
  NG_RETURN_IF_ERROR(r.Open(path, kTaggerComponent, kTaggerVersion));
  Status s = Load(&r);
  if (!s.ok()) return Status(s.code(), path + ": " + s.message());
  return s;
}

}  // namespace newsgraph::syntax
