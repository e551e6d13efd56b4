#include "quotes/span_model.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <deque>
#include <string>

#include "quotes/token_at.h"

namespace newsgraph::quotes {
namespace {

constexpr int kMaxDepth = 256;

// Candidate windows per role: begins from `rule start - before` to `rule
// start + after`, ends from `rule end - end_before` to `rule end + end_after`.
struct Window {
  int before, after, end_before, end_after;
};
constexpr Window kWindows[kRoles] = {
    {4, 0, 0, 6},     // cue: begins up to the cue word, ends from it
    {5, 6, 8, 3},     // source
    {6, 12, 30, 30},  // content
};

bool Usable(const Document& doc, const SubtreeEdges& edges) {
  return !doc.tokens.empty() && doc.syntax.size() == doc.tokens.size() &&
         edges.left.size() == doc.tokens.size();
}

// Last token starting before byte e.
int TokenBefore(const Document& doc, uint32_t e) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), e,
                             [](const Token& t, uint32_t x) { return t.span.begin < x; });
  return it == doc.tokens.begin() ? -1 : static_cast<int>(it - doc.tokens.begin()) - 1;
}

const Sentence* SentenceOfToken(const Document& doc, int t) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), static_cast<uint32_t>(t),
                             [](uint32_t x, const Sentence& s) { return x < s.token_end; });
  return it == doc.sentences.end() || static_cast<int>(it->token_begin) > t ? nullptr : &*it;
}

bool TrimChar(std::string_view text, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  *len = 1;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == ',' ||
      c == '.')
    return true;
  if (i + 1 < text.size() && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    *len = 2;
    return true;  // no-break space
  }
  if (i + 2 < text.size() && c == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(text[i + 2]);
    *len = 3;
    return d == 0x9C || d == 0x9D || d == 0x98 || d == 0x99;  // “ ” ‘ ’
  }
  return false;
}

// Token range [first, last] of a span, or false.
bool Tokens(const Document& doc, const std::optional<Span>& s, int* first, int* last) {
  if (!s || s->end <= s->begin) return false;
  *first = TokenAtOrAfter(doc, s->begin);
  *last = TokenBefore(doc, s->end);
  return *first >= 0 && *last >= *first;
}

// One role of one quote: the rule span, the token range it may take, and
// what the features refer to.
struct Frame {
  Role role = Role::kContent;
  int rb = -1, re = -1;  // rule span
  int lo = -1, hi = -1;  // allowed range
  int cue_word = -1;
  bool after = true;  // the span follows the cue word
  std::string cue_lemma, kind;
  // Content after its cue may also start before the source and cue
  // (PolNeAR scores discontinuous content by its overall extent: "that
  // Clinton talked about criminal justice reform"): these begin candidates.
  std::vector<int> wrap_begins;
};

bool IsQuoteMark(std::string_view s) {
  return s == "\"" || s == "''" || s == "``" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" ||
         s == "\xE2\x80\x98" || s == "\xE2\x80\x99";
}

// Narrows [lo, hi] around [rb, re] so that it excludes [b, e].
void Exclude(int b, int e, int rb, int re, int* lo, int* hi) {
  if (b < 0) return;
  if (e < rb) *lo = std::max(*lo, e + 1);
  if (b > re) *hi = std::min(*hi, b - 1);
}

bool MakeFrame(const Document& doc, const SubtreeEdges& edges, const RawQuote& q, Role role,
               Frame* f) {
  if (!Usable(doc, edges) || !q.cue || !q.cue_word) return false;
  int cf, cl, sf = -1, sl = -1, kf, kl;
  if (!Tokens(doc, q.cue, &cf, &cl) || !Tokens(doc, q.content, &kf, &kl)) return false;
  Tokens(doc, q.source, &sf, &sl);
  f->role = role;
  f->cue_word = TokenAtOrAfter(doc, q.cue_word->begin);
  if (f->cue_word < cf || f->cue_word > cl) return false;
  if (kf <= cl && kl >= cf) return false;  // cue inside the content
  if (role == Role::kContent) {
    if (q.kind == "direct") return false;
    f->rb = kf, f->re = kl;
  } else if (role == Role::kCue) {
    f->rb = cf, f->re = cl;
  } else {
    if (sf < 0 || (sf <= cl && sl >= cf) || (sf <= kl && sl >= kf)) return false;
    f->rb = sf, f->re = sl;
  }
  const Sentence* sb = SentenceOfToken(doc, f->rb);
  const Sentence* se = SentenceOfToken(doc, f->re);
  if (!sb || !se) return false;
  f->lo = static_cast<int>(sb->token_begin);
  f->hi = static_cast<int>(se->token_end) - 1;
  if (role != Role::kCue) Exclude(cf, cl, f->rb, f->re, &f->lo, &f->hi);
  if (role != Role::kSource) Exclude(sf, sl, f->rb, f->re, &f->lo, &f->hi);
  if (role != Role::kContent) Exclude(kf, kl, f->rb, f->re, &f->lo, &f->hi);
  f->lo = std::min(f->lo, f->rb);
  f->hi = std::max(f->hi, f->re);
  if (role == Role::kSource) {
    // A source never reaches back over a quote mark into quoted words.
    for (int t = f->rb - 1; t >= f->lo; --t)
      if (IsQuoteMark(doc.Surface(doc.tokens[t].span))) {
        f->lo = t + 1;
        break;
      }
  }
  f->after = f->rb > f->cue_word;
  if (role == Role::kContent && f->after) {
    int head = sf >= 0 && sl < cf ? sf : cf;  // the source, else the cue
    for (int t = std::max(static_cast<int>(sb->token_begin), head - 2); t <= head; ++t)
      f->wrap_begins.push_back(t);
    f->wrap_begins.push_back(static_cast<int>(sb->token_begin));
  }
  f->cue_lemma = q.cue_lemma;
  f->kind = q.kind;
  return true;
}

// A number inside a feature, written in decimal.
struct Num {
  long v;
};

// Fnv1a64 (FeatureKey) over a sequence of pieces: the key of their
// concatenation.
class KeyHasher {
 public:
  KeyHasher() = default;
  // Resumes from the key of a first piece (FNV-1a carries no other state).
  explicit KeyHasher(uint64_t key) : h_(key) {}
  void Put(std::string_view s) {
    for (unsigned char c : s) {
      h_ ^= c;
      h_ *= 1099511628211ull;
    }
  }
  void Put(const char* s) { Put(std::string_view(s)); }
  void Put(const std::string& s) { Put(std::string_view(s)); }
  void Put(Num n) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof(buf), n.v);
    Put(std::string_view(buf, r.ptr - buf));
  }
  uint64_t key() const { return h_; }

 private:
  uint64_t h_ = 1469598103934665603ull;
};

// Sorted begin and end offsets of the document's entity mentions, computed
// once per document.
struct MentionEdges {
  std::vector<uint32_t> begins, ends;
  MentionEdges() = default;
  explicit MentionEdges(const Document& doc) {
    for (const Mention& m : doc.mentions) {
      begins.push_back(m.span.begin);
      ends.push_back(m.span.end);
    }
    std::sort(begins.begin(), begins.end());
    std::sort(ends.begin(), ends.end());
  }
};

class Featurizer {
 public:
  Featurizer(const Document& doc, const SubtreeEdges& edges, const MentionEdges& mentions,
             const Frame& f)
      : doc_(doc),
        edges_(edges),
        f_(f),
        n_(static_cast<int>(doc.tokens.size())),
        // Only the source features look at mentions.
        mention_begins_(f.role == Role::kSource ? mentions.begins : kNoMentions.begins),
        mention_ends_(f.role == Role::kSource ? mentions.ends : kNoMentions.ends),
        facts_(doc, FirstToken(f), std::min(n_, std::max(f.hi, f.re) + 3)) {
    static const char* kPrefix[kRoles] = {"c", "s", ""};
    prefix_ = kPrefix[static_cast<int>(f.role)];
    // Lower-cased words of the frame's range (and two beyond), computed once:
    // every candidate's features read them.
    words_lo_ = FirstToken(f);
    int hi = std::min(n_, std::max(f.hi, f.re) + 3);
    for (int i = words_lo_; i < hi; ++i) words_.push_back(Lower(i));
    last_word_ = facts_.LastWordAtOrBefore(f.hi);
    cue_rel_.resize(static_cast<size_t>(std::max(0, hi - words_lo_ + 1)));
  }

  FeatureVec Begin(int b) const {
    FeatureVec v;
    int child = -1;
    std::string_view rel = CueRel(b, &child);
    std::string_view prel = CueRel(b - 1);
    bool left_edge = child >= 0 && static_cast<int>(edges_.left[child]) == b;
    const char* side = f_.after ? "A" : "B";
    std::string_view bw = W(b), pw = W(b - 1);
    v.reserve(32);
    Add(&v, "B:bias");
    Add(&v, "B:bw=", bw);
    Add(&v, "B:bp=", P(b));
    Add(&v, "B:bd=", D(b));
    Add(&v, "B:pw=", pw);
    Add(&v, "B:pp=", P(b - 1));
    Add(&v, "B:pd=", D(b - 1));
    Add(&v, "B:bp|pp=", P(b), "|", P(b - 1));
    Add(&v, "B:bw|pw=", bw, "|", pw);
    Add(&v, "B:rel=", side, rel, (left_edge ? "|le" : "|in"));
    Add(&v, "B:rel|prel=", rel, "|", prel);
    Add(&v, "B:rel|bp=", rel, "|", P(b));
    Add(&v, "B:cl|rel=", f_.cue_lemma, "|", rel);
    Add(&v, "B:cl|bw=", f_.cue_lemma, "|", bw);
    Add(&v, "B:d=", side, Num{b - f_.rb});
    Add(&v, "B:kind=", f_.kind, (b == f_.rb ? "|rule" : "|other"));
    Add(&v, "B:lo=", (b == f_.lo ? "1" : "0"), side);
    Add(&v, "B:mb=", (MentionBegins(b) ? "1" : "0"), "|", P(b));
    if (f_.after && b < f_.cue_word) {
      Add(&v, "B:wrap|bw=", bw);
      Add(&v, "B:wrap|rel=", rel, "|", P(b));
      Add(&v, "B:wrap|cl=", f_.cue_lemma);
    }
    int oh = 0, dg = 0;
    Closure(b, f_.re, &oh, &dg);
    Add(&v, "B:oh=", Num{std::min(oh, 3)});
    return v;
  }

  FeatureVec End(int b, int e) const {
    FeatureVec v;
    std::string_view rel = CueRel(e), nrel = CueRel(e + 1);
    std::string_view ew = W(e), nw = W(e + 1);
    const bool last = last_word_ <= e;  // no word in (e, hi]
    v.reserve(32);
    Add(&v, "E:bias");
    Add(&v, "E:ew=", ew);
    Add(&v, "E:ep=", P(e));
    Add(&v, "E:ed=", D(e));
    Add(&v, "E:nw=", nw);
    Add(&v, "E:np=", P(e + 1));
    Add(&v, "E:nd=", D(e + 1));
    Add(&v, "E:n2w=", W(e + 2));
    Add(&v, "E:nw|n2w=", nw, "|", W(e + 2));
    Add(&v, "E:n2p=", P(e + 2), "|", nw);
    Add(&v, "E:ew|nw=", ew, "|", nw);
    Add(&v, "E:ep|np=", P(e), "|", P(e + 1));
    Add(&v, "E:rel=", rel, "|", nrel);
    Add(&v, "E:same=", (rel == nrel ? "1" : "0"), "|", P(e + 1));
    Add(&v, "E:last=", (last ? "1" : "0"));
    Add(&v, "E:hi=", (e == f_.hi ? "1" : "0"), (f_.after ? "A" : "B"));
    Add(&v, "E:d=", Num{std::clamp(e - f_.re, -6, 6)}, (f_.after ? "A" : "B"));
    Add(&v, "E:kind=", f_.kind, (e == f_.re ? "|rule" : "|other"));
    int oh = 0, dg = 0;
    ClosureOfEnd(b, e, &oh, &dg);
    Num ohs{std::min(oh, 3)}, dgs{std::min(dg, 3)};
    Add(&v, "E:oh=", ohs);
    Add(&v, "E:dg=", dgs);
    Add(&v, "E:oh|dg=", ohs, "|", dgs);
    Add(&v, "E:dg|nw=", Num{std::min(dg, 2)}, "|", nw);
    Add(&v, "E:len=", Num{LengthBucket(e - b + 1)});
    Add(&v, "E:qb=", Num{QuoteBalance(b, e)});
    Add(&v, "E:cl|nw=", f_.cue_lemma, "|", nw);
    Add(&v, "E:cl|ew=", f_.cue_lemma, "|", ew);
    Add(&v, "E:me=", (MentionEnds(e) ? "1" : "0"), "|", P(e + 1));
    return v;
  }

 private:
  std::string Lower(int i) const {
    std::string w(doc_.Surface(doc_.tokens[i].span));
    for (char& c : w)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return w;
  }
  std::string_view W(int i) const {
    if (i < 0) return "<s>";
    if (i >= n_) return "</s>";
    size_t k = static_cast<size_t>(i - words_lo_);
    if (i >= words_lo_ && k < words_.size()) return words_[k];
    return other_words_.emplace_back(Lower(i));  // outside the frame (never in practice)
  }
  const std::string& P(int i) const { return i < 0 || i >= n_ ? kNone : doc_.syntax[i].upos; }
  const std::string& D(int i) const { return i < 0 || i >= n_ ? kNone : doc_.syntax[i].deprel; }
  bool Punct(int i) const { return facts_.Punct(i); }
  // The first token any candidate or feature of the frame reads.
  static int FirstToken(const Frame& f) {
    int lo = std::min(f.lo, f.rb);
    for (int b : f.wrap_begins) lo = std::min(lo, b);
    return std::max(0, lo - 1);
  }

  bool MentionBegins(int i) const {
    return i >= 0 && i < n_ &&
           std::binary_search(mention_begins_.begin(), mention_begins_.end(),
                              doc_.tokens[i].span.begin);
  }
  bool MentionEnds(int i) const {
    return i >= 0 && i < n_ &&
           std::binary_search(mention_ends_.begin(), mention_ends_.end(), doc_.tokens[i].span.end);
  }

  // How token i hangs from the cue word: the relation of the cue's child on
  // the path up from i, "cue" for the cue word itself, "anc" when i dominates
  // the cue word, else "none".
  std::string_view CueRel(int i, int* child = nullptr) const {
    size_t k = static_cast<size_t>(i - words_lo_);
    if (i < words_lo_ || k >= cue_rel_.size()) return FindCueRel(i, child);
    CueRelMemo& m = cue_rel_[k];
    if (!m.known) {
      m.rel = FindCueRel(i, &m.child);
      m.known = true;
    }
    if (child && m.child >= 0) *child = m.child;
    return m.rel;
  }
  std::string_view FindCueRel(int i, int* child) const {
    if (i < 0 || i >= n_) return "none";
    if (i == f_.cue_word) return "cue";
    int t = i;
    for (int d = 0; d < kMaxDepth && t >= 0 && t < n_; ++d) {
      int h = doc_.syntax[t].head;
      if (h == f_.cue_word) {
        if (child) *child = t;
        return doc_.syntax[t].deprel;
      }
      t = h;
    }
    t = f_.cue_word;
    for (int d = 0; d < kMaxDepth && t >= 0 && t < n_; ++d) {
      t = doc_.syntax[t].head;
      if (t == i) return "anc";
    }
    return "none";
  }

  // Tokens of [b, e] whose head lies outside it, and tokens after e in the
  // allowed range whose head lies inside it.
  // Closure for the end candidates of one begin: counted once for all ends.
  void ClosureOfEnd(int b, int e, int* out_heads, int* dangling) const {
    const int hi = std::min(f_.hi, n_ - 1);
    if (b < 0 || e < b || e > hi) return Closure(b, e, out_heads, dangling);
    if (b != closure_b_) {
      closure_ = CountClosures(doc_, facts_, b, hi);
      closure_b_ = b;
    }
    *out_heads = closure_.out_heads[e - b];
    *dangling = closure_.dangling[e - b];
  }

  void Closure(int b, int e, int* out_heads, int* dangling) const {
    *out_heads = *dangling = 0;
    for (int t = b; t <= e; ++t) {
      if (Punct(t)) continue;
      int h = doc_.syntax[t].head;
      if (h < b || h > e) ++*out_heads;
    }
    for (int t = e + 1; t <= f_.hi && t < n_; ++t) {
      if (Punct(t)) continue;
      int h = doc_.syntax[t].head;
      if (h >= b && h <= e) ++*dangling;
    }
  }

  int QuoteBalance(int b, int e) const { return std::clamp(facts_.QuoteBalance(b, e), -1, 1); }

  static int LengthBucket(int n) {
    if (n <= 3) return n;
    if (n <= 6) return 6;
    if (n <= 10) return 10;
    if (n <= 20) return 20;
    return 99;
  }
  // FeatureKey of the concatenated parts, without building the string. The
  // name (a literal) comes first; the key of prefix_ + name is cached.
  template <size_t N, typename... Parts>
  void Add(FeatureVec* v, const char (&name)[N], const Parts&... parts) const {
    KeyHasher h(NameKey(name));
    (h.Put(parts), ...);
    v->push_back(h.key());
  }

  // The key of prefix_ + name, cached per thread by the role and the
  // literal's address (a literal's text never changes).
  uint64_t NameKey(const char* name) const {
    struct Entry {
      const char* name = nullptr;
      uint64_t key = 0;
    };
    thread_local std::array<std::array<Entry, 256>, kRoles> cache;
    auto slot = (reinterpret_cast<uintptr_t>(name) >> 1) & 255;
    Entry& e = cache[static_cast<int>(f_.role)][slot];
    if (e.name != name) {
      KeyHasher h;
      h.Put(prefix_);
      h.Put(name);
      e = Entry{name, h.key()};
    }
    return e.key;
  }

  static inline const std::string kNone = "-";
  static inline const MentionEdges kNoMentions;
  const Document& doc_;
  const SubtreeEdges& edges_;
  const Frame& f_;
  int n_;
  std::string prefix_;
  const std::vector<uint32_t>& mention_begins_;
  const std::vector<uint32_t>& mention_ends_;
  TokenFacts facts_;
  int words_lo_ = 0;
  int last_word_ = -1;  // the last token up to f.hi that is not punctuation
  std::vector<std::string> words_;
  mutable std::deque<std::string> other_words_;
  struct CueRelMemo {
    std::string_view rel;
    int child = -1;
    bool known = false;
  };
  mutable std::vector<CueRelMemo> cue_rel_;  // CueRel of tokens words_lo_ ..
  mutable int closure_b_ = -1;               // the begin closure_ counts for
  mutable ClosureCounts closure_;
};

// Candidate boundaries with distinct trimmed positions (`keys`).
std::vector<int> BeginCandidates(const Document& doc, const Frame& f, std::vector<uint32_t>* keys) {
  const Window& w = kWindows[static_cast<int>(f.role)];
  std::vector<int> out;
  int hi = std::min(f.rb + w.after, f.re);
  if (f.role == Role::kCue) hi = f.cue_word;
  std::vector<int> begins = f.wrap_begins;
  for (int b = std::max(f.lo, f.rb - w.before); b <= hi; ++b) begins.push_back(b);
  for (int b : begins) {
    if (b < 0 || b > f.re) continue;
    Span s{doc.tokens[b].span.begin, doc.tokens[f.re].span.end};
    uint32_t k = TrimSpan(doc.text(), s).begin;
    if (std::find(keys->begin(), keys->end(), k) != keys->end()) continue;
    keys->push_back(k);
    out.push_back(b);
  }
  return out;
}

std::vector<int> EndCandidates(const Document& doc, const Frame& f, int b,
                               std::vector<uint32_t>* keys) {
  const Window& w = kWindows[static_cast<int>(f.role)];
  std::vector<int> out;
  int lo = std::max(b, f.re - w.end_before);
  if (f.role == Role::kCue) lo = std::max(b, f.cue_word);
  int hi = std::min(f.hi, f.re + w.end_after);
  for (int e = lo; e <= hi; ++e) {
    Span s{doc.tokens[b].span.begin, doc.tokens[e].span.end};
    uint32_t k = TrimSpan(doc.text(), s).end;
    if (std::find(keys->begin(), keys->end(), k) != keys->end()) continue;
    keys->push_back(k);
    out.push_back(e);
  }
  return out;
}

// The candidate whose trimmed boundary is nearest to the gold one (the
// first on ties): when the gold boundary lies outside the window, the model
// learns to go as far towards it as it can.
// With `nearest` false only the exact one counts (else -1).
int Nearest(const std::vector<uint32_t>& keys, uint32_t gold, bool nearest) {
  int best = -1;
  uint32_t best_d = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    uint32_t d = keys[i] > gold ? keys[i] - gold : gold - keys[i];
    if (!nearest && d != 0) continue;
    if (best < 0 || d < best_d) {
      best = static_cast<int>(i);
      best_d = d;
    }
  }
  return best;
}

// The best candidate, or the rule one (`rule`, may be -1) when the best
// moves the boundary without beating the rule candidate by more than margin:
// any move when `sign` is 0, else only a move that shrinks the span
// (`sign` * (best - rule) > 0; a content cut too short loses the quote).
int Pick(const Ranker& r, const std::vector<FeatureVec>& feats, const std::vector<int>& tokens,
         int rule, int sign, float margin) {
  int best = r.Best(feats);
  if (best < 0 || tokens[best] == rule || (sign != 0 && sign * (tokens[best] - rule) < 0))
    return best;
  for (size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i] == rule && r.Score(feats[best]) - r.Score(feats[i]) <= margin)
      return static_cast<int>(i);
  return best;
}

// The models' span for one role, or nullopt.
std::optional<Span> Choose(const Document& doc, const SubtreeEdges& edges,
                           const MentionEdges& mentions, const RoleRankers& rankers, float margin,
                           const Frame& f) {
  Featurizer fz(doc, edges, mentions, f);
  std::vector<uint32_t> keys;
  std::vector<int> begins = BeginCandidates(doc, f, &keys);
  std::vector<FeatureVec> feats;
  for (int b : begins) feats.push_back(fz.Begin(b));
  int sign = f.role == Role::kContent ? 1 : 0;
  int bi = Pick(rankers.begin, feats, begins, f.rb, sign, margin);
  if (bi < 0) return std::nullopt;
  int b = begins[bi];
  keys.clear();
  std::vector<int> ends = EndCandidates(doc, f, b, &keys);
  feats.clear();
  for (int e : ends) feats.push_back(fz.End(b, e));
  int ei = Pick(rankers.end, feats, ends, f.re, -sign, margin);
  if (ei < 0) return std::nullopt;
  // Without the quote marks, commas and periods at either end that the
  // candidate tokens may carry (scored the same, but not for a reader).
  return TrimSpan(doc.text(), Span{doc.tokens[b].span.begin, doc.tokens[ends[ei]].span.end});
}

void RefineOne(const Document& doc, const SubtreeEdges& edges, const MentionEdges& mentions,
               const SpanModels& models, RawQuote* q, int* cut_from) {
  for (Role role : {Role::kContent, Role::kCue, Role::kSource}) {
    const RoleRankers& rankers = models.at(role);
    Frame f;
    if (rankers.empty() || !MakeFrame(doc, edges, *q, role, &f)) continue;
    std::optional<Span> s = Choose(doc, edges, mentions, rankers, models.margin(role), f);
    if (!s) continue;
    if (role == Role::kCue) {
      q->cue = s;
    } else if (role == Role::kSource) {
      q->source = s;
    } else {
      if (cut_from && s->end < q->content.end && f.after) *cut_from = TokenAtOrAfter(doc, s->end);
      q->content = *s;
      std::vector<Span> kept;
      for (const Span& p : q->partials)
        if (s->Contains(p)) kept.push_back(p);
      q->partials = std::move(kept);
    }
  }
}

// "…, promising to lift …" / "… and referred to …" cut off the end of a
// content: a quote of its own, with the same source, when it opens with a
// participle or a coordinated verb.
std::optional<RawQuote> Remainder(const Document& doc, const RawQuote& parent, Span old_content,
                                  int from) {
  int n = static_cast<int>(doc.tokens.size());
  int last = TokenBefore(doc, old_content.end);
  int t = from;
  bool coordinated = false;
  for (int k = 0; k < 2 && t < last; ++k) {
    const TokenSyntax& s = doc.syntax[t];
    if (s.upos == "PUNCT") {
      ++t;
    } else if (s.upos == "CCONJ") {
      coordinated = true;
      ++t;
    }
  }
  if (t < 0 || t >= n || t + 2 > last || doc.syntax[t].upos != "VERB") return std::nullopt;
  std::string_view w = doc.Surface(doc.tokens[t].span);
  bool participle = w.size() > 4 && w.substr(w.size() - 3) == "ing";
  if (!participle && !coordinated) return std::nullopt;
  RawQuote r;
  r.kind = "indirect";
  r.cue = r.cue_word = doc.tokens[t].span;
  r.cue_lemma = doc.syntax[t].lemma.empty() ? std::string(w) : doc.syntax[t].lemma;
  r.source = parent.source;
  r.content = Span{doc.tokens[t + 1].span.begin, old_content.end};
  for (const Span& p : parent.partials)
    if (r.content.Contains(p)) r.partials.push_back(p);
  return r;
}

}  // namespace

TokenFacts::TokenFacts(const Document& doc, int lo, int hi)
    : doc_(doc), lo_(std::max(0, lo)), hi_(std::max(lo_, hi)) {
  const int n = static_cast<int>(doc.tokens.size());
  hi_ = std::min(hi_, n);
  if (doc.syntax.size() < doc.tokens.size()) hi_ = lo_;  // no parse: the slow path
  punct_.reserve(static_cast<size_t>(hi_ - lo_));
  balance_.reserve(static_cast<size_t>(hi_ - lo_ + 1));
  balance_.push_back(0);
  for (int t = lo_; t < hi_; ++t) {
    punct_.push_back(doc.syntax[t].upos == "PUNCT");
    balance_.push_back(balance_.back() + Mark(doc.Surface(doc.tokens[t].span)));
  }
}

int TokenFacts::Mark(std::string_view s) {
  if (s == "\xE2\x80\x9C") return 1;
  if (s == "\xE2\x80\x9D") return -1;
  return 0;
}

bool TokenFacts::PunctOutside(int i) const {
  return i >= 0 && i < static_cast<int>(doc_.tokens.size()) && doc_.syntax[i].upos == "PUNCT";
}

int TokenFacts::QuoteBalance(int b, int e) const {
  if (b >= lo_ && e < hi_ && b <= e + 1) return balance_[e + 1 - lo_] - balance_[b - lo_];
  int bal = 0;
  for (int t = b; t <= e; ++t) bal += Mark(doc_.Surface(doc_.tokens[t].span));
  return bal;
}

int TokenFacts::LastWordAtOrBefore(int hi) const {
  for (int t = hi; t >= 0; --t)
    if (!Punct(t)) return t;
  return -1;
}

ClosureCounts CountClosures(const Document& doc, const TokenFacts& facts, int b, int hi) {
  ClosureCounts c;
  const int m = hi - b + 1;
  if (b < 0 || m <= 0) return c;
  // Difference arrays over e - b: a token adds 1 to a range of ends.
  std::vector<int> oh(m + 1, 0), dg(m + 1, 0);
  for (int t = b; t <= hi; ++t) {
    if (facts.Punct(t)) continue;
    const int h = doc.syntax[t].head;
    if (h < b) {  // outside [b, e] for every e >= t
      ++oh[t - b];
      --oh[m];
    } else if (h > t) {  // outside while e < h
      ++oh[t - b];
      --oh[std::min(h - 1, hi) - b + 1];
    }
    if (h >= b && h < t) {  // inside [b, e] and t after e: e in [h, t - 1]
      ++dg[h - b];
      --dg[t - b];
    }
  }
  c.out_heads.resize(m);
  c.dangling.resize(m);
  int a = 0, d = 0;
  for (int k = 0; k < m; ++k) {
    c.out_heads[k] = a += oh[k];
    c.dangling[k] = d += dg[k];
  }
  return c;
}

const char* RoleName(Role r) {
  static const char* kNames[kRoles] = {"cue", "source", "content"};
  return kNames[static_cast<int>(r)];
}

Span TrimSpan(std::string_view text, Span s) {
  uint32_t a = s.begin, b = s.end;
  size_t len = 0;
  while (a < b && TrimChar(text, a, &len)) a += static_cast<uint32_t>(len);
  // Backwards: step over the last character (1, 2 or 3 bytes).
  while (b > a) {
    uint32_t start = b - 1;
    while (start > a && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    if (!TrimChar(text, start, &len) || start + len != b) break;
    b = start;
  }
  return a < b ? Span{a, b} : s;
}

void RefineSpans(const Document& doc, const SubtreeEdges& edges, const SpanModels& models,
                 RawQuote* q) {
  RefineOne(doc, edges, MentionEdges(doc), models, q, nullptr);
}

void RefineQuotes(const Document& doc, const SubtreeEdges& edges, const SpanModels& models,
                  std::vector<RawQuote>* quotes) {
  std::vector<RawQuote> out;
  const MentionEdges mentions(doc);
  out.reserve(quotes->size());
  for (RawQuote& q : *quotes) {
    Span old_content = q.content;
    int cut_from = -1;
    RefineOne(doc, edges, mentions, models, &q, &cut_from);
    std::optional<RawQuote> rest;
    if (cut_from >= 0) rest = Remainder(doc, q, old_content, cut_from);
    out.push_back(std::move(q));
    if (rest) {
      RefineOne(doc, edges, mentions, models, &*rest, nullptr);
      out.push_back(std::move(*rest));
    }
  }
  *quotes = std::move(out);
}

RoleExamples RoleExamplesFor(const Document& doc, const SubtreeEdges& edges, const RawQuote& q,
                             Role role, Span gold) {
  RoleExamples out;
  Frame f;
  if (!MakeFrame(doc, edges, q, role, &f)) return out;
  MentionEdges mentions(doc);
  Featurizer fz(doc, edges, mentions, f);
  std::vector<uint32_t> keys;
  std::vector<int> begins = BeginCandidates(doc, f, &keys);
  // Content: the nearest boundary (the gold one may lie outside the window);
  // cue and source: only the gold one (a nearest one is usually another
  // phrase altogether).
  bool nearest = role == Role::kContent;
  RankExample be;
  be.truth = Nearest(keys, gold.begin, nearest);
  if (be.truth < 0) return out;
  int gold_b = begins[be.truth];
  for (int b : begins) be.candidates.push_back(fz.Begin(b));
  if (begins.size() >= 2) out.begin = std::move(be);
  keys.clear();
  std::vector<int> ends = EndCandidates(doc, f, gold_b, &keys);
  RankExample ee;
  ee.truth = Nearest(keys, gold.end, nearest);
  for (int e : ends) ee.candidates.push_back(fz.End(gold_b, e));
  if (ee.truth >= 0 && ends.size() >= 2) out.end = std::move(ee);
  return out;
}

}  // namespace newsgraph::quotes
