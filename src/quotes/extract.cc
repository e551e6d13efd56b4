#include "quotes/extract.h"

#include <algorithm>
#include <cctype>

namespace newsgraph::quotes {

const CueInfo* CueScorer::Lexicon(std::string_view form) const {
  return CueLexicon::BuiltIn().Find(form);
}

bool CueScorer::IsIndirectCue(std::string_view form, const ExtractOptions& o) const {
  if (!learned_.empty()) {
    auto it = learned_.find(std::string(form));
    if (it != learned_.end() && it->second.n >= o.min_cue_count) {
      // Function words inside cue spans ("has said", "talk about") are not
      // cues by themselves.
      if (!Lexicon(form) && (IsAuxiliary(form) || IsNpBreaker(form) || IsDeterminer(form) ||
                             IsTimeWord(form) || IsPersonalPronoun(form)))
        return false;
      return it->second.p >= o.min_cue_score;
    }
  }
  const CueInfo* ci = Lexicon(form);
  if (!ci) return false;
  return ci->cls != CueClass::kOther || o.other_cues;
}

float CueScorer::LearnedP(std::string_view form, const ExtractOptions& o) const {
  auto it = learned_.find(std::string(form));
  if (it == learned_.end() || it->second.n < o.min_cue_count) return 0;
  if (!Lexicon(form) && (IsAuxiliary(form) || IsNpBreaker(form) || IsDeterminer(form) ||
                         IsTimeWord(form) || IsPersonalPronoun(form)))
    return 0;
  return it->second.p;
}

bool CueScorer::IsDirectCue(std::string_view form) const {
  const CueInfo* ci = Lexicon(form);
  return ci && ci->cls != CueClass::kOther;
}

namespace {

constexpr int kNone = -1;

bool IsClauseBreak(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "although",  "though",    "while",      "citing",  "saying",     "adding",  "noting",
      "according", "which",     "another",    "whereas", "calling",    "arguing", "referring",
      "pointing",  "insisting", "suggesting", "warning", "explaining", "claiming"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// A pair of quote marks (or a quote cut at a paragraph end).
struct Segment {
  int open = kNone;   // token of the opening mark
  int close = kNone;  // token of the closing mark, or of the last token when unclosed
  Span content;
  int words = 0;
  bool closed = true;
  bool is_long = false;
};

struct NpResult {
  int first = kNone, last = kNone;  // token range, inclusive
  bool ok() const { return first != kNone; }
};

class Extractor {
 public:
  Extractor(std::string_view text, const CueScorer& cues, const ExtractOptions& o,
            const NonVerbOffsets& non_verbs, const ClausalVerbOffsets& clausal)
      : text_(text), cues_(cues), o_(o), non_verbs_(non_verbs), clausal_(clausal) {}

  std::vector<RawQuote> Run() {
    toks_ = Scan(text_, ScanOptions());
    MarkSentenceEnds(&toks_);
    n_ = static_cast<int>(toks_.size());
    used_.assign(n_, false);
    seg_of_.assign(n_, kNone);
    PairQuotes();
    Direct();
    if (o_.indirect) Indirect();
    AttachPartials();
    std::sort(out_.begin(), out_.end(), [](const RawQuote& a, const RawQuote& b) {
      return a.content.begin < b.content.begin;
    });
    return std::move(out_);
  }

 private:
  // ---- quote marks -------------------------------------------------------

  bool IsWord(int i) const { return i >= 0 && i < n_ && toks_[i].kind == TokKind::kWord; }
  bool Is(int i, std::string_view low) const { return i >= 0 && i < n_ && toks_[i].low == low; }
  bool IsPunct(int i) const { return i >= 0 && i < n_ && toks_[i].kind == TokKind::kPunct; }
  Span SpanOf(int first, int last) const { return Span{toks_[first].b, toks_[last].e}; }

  void AddSegment(int open, int close, bool closed) {
    Segment s;
    s.open = open;
    s.close = close;
    s.closed = closed;
    uint32_t b = toks_[open].e;
    uint32_t e = closed ? toks_[close].b : toks_[close].e;
    if (e <= b) return;
    s.content = Span{b, e};
    int last_inside = closed ? close - 1 : close;
    for (int i = open + 1; i <= last_inside; ++i)
      if (toks_[i].kind == TokKind::kWord) ++s.words;
    if (s.words == 0) return;
    bool sentence_like = false;
    for (int i = open + 1; i <= last_inside; ++i)
      if (toks_[i].sent_end && i < last_inside) sentence_like = true;
    s.is_long = (s.words >= static_cast<int>(o_.min_direct_words) || sentence_like) &&
                !(IsTitle(open + 1, last_inside) && !sentence_like);
    int id = static_cast<int>(segs_.size());
    for (int i = open; i <= close; ++i) seg_of_[i] = id;
    segs_.push_back(s);
  }

  // A quoted title ("The Steve Harvey Morning Show", "Make Your Kid a
  // Millionaire"): every word capitalised except short function words.
  bool IsTitle(int first, int last) const {
    static constexpr std::string_view kSmall[] = {"a",  "an", "the", "of", "and", "or",   "for",
                                                  "to", "in", "on",  "at", "by",  "with", "is"};
    int words = 0;
    for (int i = first; i <= last; ++i) {
      if (toks_[i].kind != TokKind::kWord) continue;
      ++words;
      if (toks_[i].cap) continue;
      if (std::find(std::begin(kSmall), std::end(kSmall), toks_[i].low) == std::end(kSmall))
        return false;
    }
    return words > 0 && words <= 10 && toks_[first].cap;
  }

  // Pairs quote marks within paragraphs; a quote left open at a paragraph end
  // continues when the next paragraph opens with a quote mark, else is cut.
  void PairQuotes() {
    int open = kNone, sopen = kNone;
    size_t paras = 0;
    for (int i = 0; i < n_; ++i) {
      const QTok& t = toks_[i];
      if (t.kind == TokKind::kBreak) {
        sopen = kNone;
        if (open == kNone) continue;
        bool cont = i + 1 < n_ && toks_[i + 1].kind == TokKind::kOpenQ && !toks_[i + 1].single;
        if (cont && ++paras < o_.max_quote_paragraphs) {
          ++i;  // the continuation mark belongs to the open quote
          continue;
        }
        if (i > open + 1) AddSegment(open, i - 1, /*closed=*/false);
        open = kNone;
        continue;
      }
      if (t.kind != TokKind::kOpenQ && t.kind != TokKind::kCloseQ) continue;
      if (t.single) {
        PairSingle(i, open != kNone, &sopen);
        continue;
      }
      bool opens = t.kind == TokKind::kOpenQ;
      if (open != kNone) {
        bool german_close = t.low == "\xE2\x80\x9C" && toks_[open].low == "\xE2\x80\x9E";
        if (!opens || t.straight || german_close) {
          AddSegment(open, i, true);
          open = kNone;
        } else {
          open = i;  // two openers in a row: the first was stray
          paras = 0;
        }
      } else if (opens || t.straight) {
        open = i;
        paras = 0;
      }
    }
    if (open != kNone && n_ - 1 > open) AddSegment(open, n_ - 1, false);
  }

  void PairSingle(int i, bool in_double, int* sopen) {
    if (in_double) return;  // nested quotes are part of the outer content
    const QTok& t = toks_[i];
    if (t.kind == TokKind::kOpenQ) {
      bool attached = i + 1 < n_ && toks_[i + 1].b == t.e;
      if (attached) *sopen = i;
      return;
    }
    if (*sopen == kNone) return;
    bool after_word_end =
        i + 1 >= n_ || toks_[i + 1].kind != TokKind::kWord || toks_[i + 1].b > t.e;
    if (after_word_end) {
      AddSegment(*sopen, i, true);
      *sopen = kNone;
    }
  }

  // A direct-cue word the tagger does not call a non-verb ("said", not "the said").
  bool IsCueWord(int i) const {
    return IsWord(i) && cues_.IsDirectCue(toks_[i].low) && !TaggedNonVerb(i);
  }

  bool TaggedNonVerb(int i) const {
    return std::binary_search(non_verbs_.begin(), non_verbs_.end(), toks_[i].b);
  }

  bool WeakClausalCue(int c) const {
    return std::binary_search(clausal_.begin(), clausal_.end(), toks_[c].b) &&
           cues_.LearnedP(toks_[c].low, o_) >= o_.min_clausal_cue_score;
  }

  bool InLongSegment(int i) const {
    return i >= 0 && i < n_ && seg_of_[i] != kNone && segs_[seg_of_[i]].is_long;
  }

  // ---- noun phrases --------------------------------------------------------

  bool IsAdverb(int i) const {
    const std::string& w = toks_[i].low;
    return IsWord(i) && !toks_[i].cap && w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0;
  }
  bool IsNegatedAux(int i) const {
    const std::string& w = toks_[i].low;
    return w.find("n't") != std::string::npos || w.find("n\xE2\x80\x99t") != std::string::npos;
  }

  bool NpWord(int i) const {
    if (!IsWord(i) || seg_of_[i] != kNone || IsAdverb(i) || IsNegatedAux(i)) return false;
    return !IsNpBreaker(toks_[i].low) ||
           (Is(i, "and") && IsWord(i - 1) && toks_[i - 1].cap && IsWord(i + 1) && toks_[i + 1].cap);
  }
  // Punctuation allowed inside a noun phrase: "Mr. X", "Sanders' aide".
  bool NpPunct(int i) const {
    if (i <= 0 || i + 1 >= n_) return false;
    const QTok& t = toks_[i];
    bool abbrev_dot = t.low == "." && IsWord(i - 1) && toks_[i - 1].cap &&
                      toks_[i - 1].low.size() <= 4 && IsWord(i + 1) && toks_[i + 1].cap;
    bool poss = (t.low == "'" || t.low == "\xE2\x80\x99") && IsWord(i - 1) &&
                toks_[i - 1].low.back() == 's' && IsWord(i + 1) && t.b == toks_[i - 1].e;
    return abbrev_dot || poss;
  }

  bool ValidNp(int first, int last) const {
    bool content = false;
    for (int i = first; i <= last; ++i)
      if (IsWord(i) && !IsDeterminer(toks_[i].low)) content = true;
    if (!content) return false;
    if (IsWord(last) && (IsDeterminer(toks_[last].low) || toks_[last].low == "of")) return false;
    return true;
  }

  // The noun phrase ending at token `last` (inclusive), not before `floor`.
  NpResult BackNp(int last, int floor) const {
    NpResult r;
    if (last < floor) return r;
    if (IsWord(last) && IsPersonalPronoun(toks_[last].low)) return {last, last};
    if (Is(last, ")")) {  // "Sen. X (R-Iowa)"
      int j = last - 1;
      while (j > floor && j > last - 8 && !Is(j, "(")) --j;
      if (Is(j, "(")) {
        NpResult inner = BackNp(j - 1, floor);
        if (inner.ok()) return {inner.first, last};
      }
      return r;
    }
    int j = last;
    int limit = std::max(floor, last - static_cast<int>(o_.max_np_tokens) + 1);
    while (j >= limit && (NpWord(j) || NpPunct(j))) --j;
    int first = j + 1;
    while (first <= last && !IsWord(first)) ++first;
    if (first > last || !ValidNp(first, last)) return r;
    return {first, last};
  }

  // The noun phrase starting at token `first`, not past `ceil` (inclusive).
  NpResult FwdNp(int first, int ceil) const {
    NpResult r;
    if (first > ceil) return r;
    if (IsWord(first) && IsPersonalPronoun(toks_[first].low)) return {first, first};
    int j = first;
    int limit = std::min(ceil, first + static_cast<int>(o_.max_np_tokens) - 1);
    while (j <= limit && (NpWord(j) || NpPunct(j))) ++j;
    int last = j - 1;
    while (last >= first && !IsWord(last)) --last;
    if (last < first || !ValidNp(first, last)) return r;
    return {first, last};
  }

  // "said X, a professor at Y." : the appositive up to the sentence end
  // belongs to the speaker.
  // "said James Acton, a physicist who is co-director of the Nuclear Policy
  // Program at …": PolNeAR's source takes the whole appositive (train: 116
  // of 129 after "a/an/the"), often over 14 tokens.
  static constexpr int kMaxAppositiveTokens = 30;
  // A party label in parentheses may come first ("Rep. Jim Clyburn (D-S.C.),
  // the assistant leader …").
  NpResult WithAppositive(NpResult np, int e) const {
    if (!np.ok()) return np;
    int comma = np.last + 1;
    if (Is(comma, "(")) {
      int k = comma + 1;
      while (k < n_ && k <= comma + 6 && !Is(k, ")")) ++k;
      if (Is(k, ")")) comma = k + 1;
    }
    if (!Is(comma, ",") || AdjunctAfterComma(comma + 1)) return np;
    int last = e;
    while (last > comma && (IsPunct(last) || toks_[last].kind == TokKind::kBreak)) --last;
    if (last <= comma || last - np.last > kMaxAppositiveTokens) return np;
    for (int i = comma + 1; i <= last; ++i)
      if (seg_of_[i] != kNone || (toks_[i].kind != TokKind::kWord && !IsPunct(i))) return np;
    return {np.first, last};
  }

  // "X, speaking to …, said" / "said X, in a statement": a participle or a
  // prepositional phrase after the speaker's comma is no part of the
  // source, unlike an appositive noun phrase (PolNeAR).
  bool AdjunctAfterComma(int i) const {
    static constexpr std::string_view kPreps[] = {
        "in", "at", "on", "like", "during", "after", "before", "from", "with", "while", "speaking"};
    if (!IsWord(i)) return false;
    const std::string& w = toks_[i].low;
    if (std::find(std::begin(kPreps), std::end(kPreps), w) != std::end(kPreps)) return true;
    return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && !TaggedNonVerb(i);
  }

  int SentenceEndFrom(int i) const {
    int j = i;
    while (j < n_ - 1 && j < i + 30 && !toks_[j].sent_end) ++j;
    return std::min(j, n_ - 1);
  }

  // Speaker before the cue: skips adverbs and time words, and an appositive
  // or relative clause between commas ("X, a former aide, said").
  NpResult SourceBefore(int cue_first, int floor) const {
    int i = cue_first - 1;
    int skipped = 0;
    while (i >= floor && skipped < 4 && IsWord(i) &&
           (IsTimeWord(toks_[i].low) || IsAuxiliary(toks_[i].low) || IsAdverb(i)) &&
           !IsPersonalPronoun(toks_[i].low)) {
      --i;
      ++skipped;
    }
    if (i < floor) return {};
    if (Is(i, ",")) {
      int k = i - 1;
      while (k >= floor && k > i - 16 && !Is(k, ",") && !toks_[k].sent_end && seg_of_[k] == kNone)
        --k;
      if (Is(k, ",")) {
        NpResult head = BackNp(k - 1, floor);
        if (head.ok() && head.last == k - 1)
          return {head.first, AdjunctAfterComma(k + 1) ? k - 1 : i - 1};
      }
      return {};
    }
    NpResult np = BackNp(i, floor);
    if (np.ok() && np.last != i) return {};
    return np;
  }

  // '"…," Jane Doe, the mayor of X, one of the towns Y, said': a capitalised
  // name right after the quote's comma, then appositives between commas up to
  // the comma before the cue word `c` (nothing else before the cue: no
  // auxiliary, no second clause). Empty otherwise.
  NpResult StackedAppositiveSource(int c, int start) const {
    if (!Is(c - 1, ",")) return {};
    int first = start + (Is(start, ",") ? 1 : 0);
    if (!IsWord(first) || !toks_[first].cap) return {};
    NpResult head = FwdNp(first, c - 2);
    if (!head.ok() || head.first != first) return {};
    int comma = head.last + 1;
    if (Is(comma, "(")) {  // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
      while (comma < c - 2 && comma <= head.last + 7 && !Is(comma, ")")) ++comma;
      ++comma;
    }
    if (!Is(comma, ",")) return {};
    for (int i = comma; i < c - 1; ++i)
      if (toks_[i].sent_end || seg_of_[i] != kNone ||
          (toks_[i].kind != TokKind::kWord && !IsPunct(i)) || IsCueWord(i))
        return {};
    if (AdjunctAfterComma(comma + 1)) return {};
    return {first, c - 2};
  }

  // ---- cues ------------------------------------------------------------------

  // Cue token range [first, last] around the cue word at c: leading
  // auxiliaries ("has said", "also told") and particles ("called for").
  std::pair<int, int> CueRange(int c, int floor) const {
    int first = c;
    while (first - 1 >= floor && IsWord(first - 1) && first > c - 3 && !toks_[first - 1].cap &&
           IsAuxiliary(toks_[first - 1].low) && !IsTimeWord(toks_[first - 1].low))
      --first;
    int last = c;
    const CueInfo* ci = cues_.Lexicon(toks_[c].low);
    std::string_view lemma = ci ? std::string_view(ci->lemma) : std::string_view();
    if (IsWord(c + 1)) {
      std::string_view nx = toks_[c + 1].low;
      if ((lemma == "call" && (nx == "for" || nx == "on" || nx == "upon")) ||
          (lemma == "point" && (nx == "out" || nx == "to")) || (lemma == "accuse" && false))
        last = c + 1;
    }
    if (Is(last + 1, ":")) ++last;  // PolNeAR's cue of "X said: …" is "said:"
    return {first, last};
  }

  std::string LemmaOf(int c) const {
    if (Is(c, "according")) return "according to";
    const CueInfo* ci = cues_.Lexicon(toks_[c].low);
    std::string l = ci ? ci->lemma : toks_[c].low;
    if (l == "call" && Is(c + 1, "for")) return "call for";
    if (l == "call" && Is(c + 1, "on")) return "call on";
    if (l == "point" && Is(c + 1, "out")) return "point out";
    return l;
  }

  // ---- direct quotes -------------------------------------------------------

  struct Attribution {
    int cue = kNone;
    std::pair<int, int> cue_range{kNone, kNone};
    NpResult source;
    NpResult addressee;
    int end = kNone;         // last token of the attribution
    int extra_last = kNone;  // unquoted words between the quote and the attribution
    int lead_first = kNone;  // unquoted words between the attribution and the quote
  };

  // "…," X said / "…," said X / "…" in the next weeks, he added.
  Attribution AttributionAfter(const Segment& s) const {
    Attribution a;
    int start = s.close + 1;
    int stop = std::min(n_ - 1, start + static_cast<int>(o_.attribution_window));
    if (start >= n_ || !s.closed) return a;
    // "…" ― Jane Doe, a teacher (a dash before the speaker is the cue).
    if (Is(start, "\xE2\x80\x95") || Is(start, "\xE2\x80\x94")) {
      NpResult src = WithAppositive(FwdNp(start + 1, stop + 4), SentenceEndFrom(start + 1));
      if (src.ok() && toks_[src.first].cap) {
        a.cue = start;
        a.cue_range = {start, start};
        a.source = src;
        a.end = src.last;
        return a;
      }
    }
    for (int c = start; c <= stop; ++c) {
      if (EndsAttribution(c)) return a;
      if (IsCueWord(c)) {
        auto range = CueRange(c, start);
        NpResult src = SourceBefore(range.first, start);
        int after_cue = range.second + 1;
        if (!src.ok()) {
          NpResult fwd = WithAppositive(FwdNp(after_cue, stop + 4), SentenceEndFrom(after_cue));
          if (fwd.ok() && range.first == start + (Is(start, ",") ? 1 : 0)) {
            src = fwd;
            after_cue = fwd.last + 1;
          }
        } else if (src.first > start + (Is(start, ",") ? 1 : 0)) {
          // words between the quote and the speaker: part of the content (mixed)
          if (!Is(src.first - 1, ",")) return a;
          a.extra_last = src.first - 2;
        }
        if (!src.ok()) return a;
        // '…policy.'' The network said it would send …': after a quote that
        // ends its sentence, "X said" with a clause of its own starts a new
        // attribution, not this quote's.
        if (src.last < range.first && Is(s.close - 1, ".") &&
            !AdjunctTail(after_cue, SentenceEndFrom(after_cue)))
          return a;
        Found(c, range, src, std::max(after_cue - 1, src.last), after_cue, &a);
        return a;
      }
      if (toks_[c].sent_end) return a;
    }
    return StackedAttributionAfter(s, start, stop + 1);
  }

  // A quoted part ends the search for its attribution at a paragraph break, an opening
  // quote mark or another quoted part.
  bool EndsAttribution(int c) const {
    return toks_[c].kind == TokKind::kBreak || toks_[c].kind == TokKind::kOpenQ ||
           seg_of_[c] != kNone;
  }

  // Fills attribution *a found at cue word c; a "tell" cue's addressee is the phrase after
  // `after_cue`.
  void Found(int c, std::pair<int, int> range, NpResult src, int end, int after_cue,
             Attribution* a) const {
    a->cue = c;
    a->cue_range = range;
    a->source = src;
    a->end = end;
    const CueInfo* ci = cues_.Lexicon(toks_[c].low);
    if (ci && ci->cls == CueClass::kTell)
      a->addressee = FwdNp(after_cue, std::min(n_ - 1, after_cue + 6));
  }

  // A speaker with stacked appositives may put the cue beyond the attribution window
  // ('"…," Jane Doe, the mayor of X, one of the towns Y, said'): the first cue word from
  // `from` on, if StackedAppositiveSource finds its speaker.
  Attribution StackedAttributionAfter(const Segment& s, int start, int from) const {
    Attribution a;
    const int far_stop = std::min(n_ - 1, start + kMaxAppositiveTokens + 2);
    for (int c = from; c <= far_stop; ++c) {
      if (EndsAttribution(c)) return a;
      if (IsCueWord(c)) {
        NpResult src = StackedAppositiveSource(c, start);
        auto range = CueRange(c, start);
        if (!src.ok() || range.first != c || Is(s.close - 1, ".")) return a;
        Found(c, range, src, range.second, range.second + 1, &a);
        return a;
      }
      if (toks_[c].sent_end) return a;
    }
    return a;
  }

  // X said: "…" / X told reporters, "…" / X said that "…"
  Attribution AttributionBefore(const Segment& s) const {
    Attribution a;
    int j = s.open - 1;
    // "Caddell continued:\n\n“The health issue …”": a colon ending the paragraph before.
    if (j > 0 && toks_[j].kind == TokKind::kBreak && Is(j - 1, ":")) --j;
    if (j < 0) return a;
    if (!(Is(j, ":") || Is(j, ",") || Is(j, "that") || IsWord(j))) return a;
    int floor = j;
    while (floor > 0 && floor > j - 20 && !toks_[floor - 1].sent_end &&
           toks_[floor - 1].kind != TokKind::kBreak && seg_of_[floor - 1] == kNone)
      --floor;
    for (int c = j; c >= floor && c >= j - 8; --c) {
      if (!IsCueWord(c)) continue;
      auto range = CueRange(c, floor);
      NpResult src = SourceBefore(range.first, floor);
      int after = range.second + 1;
      // '"…," he said, adding that "…"': the participle's speaker is the
      // speaker of the attribution before its comma.
      if (!src.ok() && range.first == c && IsSpeechParticipleAfterComma(c))
        src = SpeakerBeforeComma(c - 1, floor);
      if (!src.ok()) {
        NpResult fwd = FwdNp(after, j);
        if (!fwd.ok()) continue;
        src = fwd;
        after = fwd.last + 1;
      }
      a.cue = c;
      a.cue_range = range;
      a.source = src;
      a.end = j;
      const CueInfo* ci = cues_.Lexicon(toks_[c].low);
      if (ci && ci->cls == CueClass::kTell && after <= j) {
        a.addressee = FwdNp(after, j);
        if (a.addressee.ok()) after = a.addressee.last + 1;
      }
      // X said that Trump would be "…": the unquoted lead-in is content too.
      while (after <= j && (Is(after, ",") || Is(after, ":"))) ++after;
      bool words = false;
      for (int i = after; i <= j; ++i) words = words || IsWord(i);
      if (words && !Is(j, ":") && !Is(j, ",")) a.lead_first = after;
      return a;
    }
    return a;
  }

  // True when nothing but punctuation and the given segment's mark lie
  // between token `from` and the segment's opening mark, in one paragraph.
  int NextLongSegmentAfter(int from) const {
    int i = from;
    while (i < n_ && i <= from + 2 && IsPunct(i)) ++i;
    if (i >= n_ || toks_[i].kind != TokKind::kOpenQ || seg_of_[i] == kNone) return kNone;
    const Segment& s = segs_[seg_of_[i]];
    return (s.open == i && s.is_long) ? seg_of_[i] : kNone;
  }

  // NextLongSegmentAfter, or a short quoted sentence there that ends with
  // . ? or ! inside its marks: '"…," he said. "We're hopeful."' continues
  // the quote (PolNeAR train: 13 of 15 such 1-3 word sentences after an
  // attribution are in the quote before them; the other two have their own
  // attribution after them, which the caller checks).
  int NextContinuationAfter(int from) const {
    int i = from;
    while (i < n_ && i <= from + 2 && IsPunct(i)) ++i;
    if (i >= n_ || toks_[i].kind != TokKind::kOpenQ || seg_of_[i] == kNone) return kNone;
    const Segment& s = segs_[seg_of_[i]];
    if (s.open != i) return kNone;
    if (s.is_long) return seg_of_[i];
    // A short one must open its sentence ('calling it "within our grasp."' in
    // the attribution's own sentence is a partial, not a continuation).
    if (!s.closed || s.words == 0 || s.close < 1 || i == 0 || !toks_[i - 1].sent_end)
      return kNone;
    const std::string& last = toks_[s.close - 1].low;
    return (last == "." || last == "?" || last == "!") ? seg_of_[i] : kNone;
  }

  // The first token after the sentence that `i` is in, if that sentence ends
  // within a few tokens (an attribution's adjuncts: "he said in August.").
  int SkipToSentenceEnd(int i) const {
    if (i > 0 && toks_[i - 1].sent_end) return i;
    for (int j = i; j < n_ && j < i + 30; ++j) {
      if (toks_[j].kind == TokKind::kOpenQ || toks_[j].kind == TokKind::kBreak) return j;
      if (toks_[j].sent_end) return j + 1;
    }
    return i;
  }

  RawQuote MakeQuote(std::string kind, Span content, const Attribution& a) {
    RawQuote q;
    q.kind = std::move(kind);
    q.content = content;
    if (a.cue != kNone) {
      q.cue = SpanOf(a.cue_range.first, a.cue_range.second);
      q.cue_word = SpanOf(a.cue, a.cue);
      q.cue_lemma = LemmaOf(a.cue);
      for (int i = a.cue_range.first; i <= a.cue_range.second; ++i) used_[i] = true;
    }
    if (a.source.ok()) {
      q.source = SpanOf(a.source.first, a.source.last);
      for (int i = a.source.first; i <= a.source.last; ++i) used_[i] = true;
    }
    if (a.addressee.ok()) q.addressee = SpanOf(a.addressee.first, a.addressee.last);
    return q;
  }

  // "It's heartbreaking," Ryan said. "And this country …": a short quoted
  // opening continued after its attribution by a long quote.
  bool OpensSplitQuote(const Segment& s) const {
    if (!s.closed || s.words == 0) return false;
    Attribution a = AttributionAfter(s);
    if (a.cue == kNone || a.extra_last != kNone) return false;
    int next = NextLongSegmentAfter(SkipToSentenceEnd(a.end + 1));
    return next != kNone && toks_[segs_[next].open].para == toks_[s.close].para &&
           AttributionAfter(segs_[next]).cue == kNone;
  }

  // "And they're terrifying," he said …: a short quoted sentence (2-3 words)
  // that opens its sentence, ends with , ? or ! inside the marks and is
  // followed by an attribution is a quote (PolNeAR train: all 52 such
  // segments of 1-3 words open a gold quote).
  bool ShortAttributed(const Segment& s) const {
    if (!s.closed || s.words < 2 || s.close < 1) return false;
    const std::string& last = toks_[s.close - 1].low;
    if (last != "," && last != "?" && last != "!") return false;
    int before = s.open - 1;
    if (before >= 0 && !toks_[before].sent_end && toks_[before].kind != TokKind::kBreak)
      return false;
    Attribution a = AttributionAfter(s);
    return a.cue != kNone && a.extra_last == kNone;
  }

  static constexpr int kMinOrphanWords = 8;

  // 'The country "has made dramatic changes for the better," he said': the
  // first token of the unquoted words that open the quote's sentence before
  // its mark, with no cue-like word among them; else kNone. PolNeAR train
  // starts such a quote's content at the sentence 69 times, at the mark 21
  // times, for two or more words; for one ('Teachers "get why …," she said')
  // at the word 11 times, at the mark none.
  int LeadIn(const Segment& s) const {
    int j = s.open - 1;
    int words = 0;
    for (; j >= 0 && !toks_[j].sent_end && toks_[j].kind != TokKind::kBreak; --j) {
      if (toks_[j].kind == TokKind::kOpenQ || toks_[j].kind == TokKind::kCloseQ ||
          seg_of_[j] != kNone || used_[j])
        return kNone;
      if (Is(j, ":")) break;  // "… scolded him: “…”" or "one example: The SEC ''…''"
      if (!IsWord(j)) continue;
      if (!TaggedNonVerb(j) && (cues_.IsIndirectCue(toks_[j].low, o_) || WeakClausalCue(j)))
        return kNone;
      ++words;
    }
    return words >= 1 ? j + 1 : kNone;
  }

  bool SentenceLike(const Segment& s) const {
    int last_inside = s.closed ? s.close - 1 : s.close;
    for (int i = s.open + 1; i <= last_inside; ++i)
      if (toks_[i].sent_end) return true;
    return false;
  }

  void Direct() {
    std::vector<bool> merged(segs_.size(), false);
    int last_attributed = kNone;  // index into out_
    for (size_t si = 0; si < segs_.size() && out_.size() < o_.max_quotes; ++si) {
      const Segment& s = segs_[si];
      if (merged[si] || (!s.is_long && !OpensSplitQuote(s) && !ShortAttributed(s))) continue;
      Span content = s.content;
      std::string kind = "direct";
      Attribution a = AttributionAfter(s);
      if (a.cue != kNone) {
        if (a.extra_last != kNone) {
          content.end = toks_[a.extra_last].e;
          kind = "mixed";
        }
        if (int lead = LeadIn(s); lead != kNone) {
          content.begin = toks_[lead].b;
          kind = "mixed";
          MarkUsed(lead, s.open);
        }
        // "…," he said, "…" and "…," he said. "…": one quote.
        for (int guard = 0; guard < 4; ++guard) {
          int next = NextContinuationAfter(SkipToSentenceEnd(a.end + 1));
          if (next == kNone || toks_[segs_[next].open].para != toks_[s.close].para) break;
          if (AttributionAfter(segs_[next]).cue != kNone) break;
          if (SpeechParticipleBetween(a.end + 1, segs_[next].open)) break;
          merged[next] = true;
          content.end = segs_[next].content.end;
          a.end = segs_[next].close;
        }
      } else {
        a = AttributionBefore(s);
        if (a.lead_first != kNone) {
          content.begin = toks_[a.lead_first].b;
          kind = "mixed";
        }
      }
      MarkUsed(s.open, s.close);
      RawQuote q = MakeQuote(kind, content, a);
      if (a.cue == kNone) InheritSpeaker(s, last_attributed, &q);
      // A short quoted phrase nobody says (no cue, no speaker to inherit) is
      // a scare quote or a partial of reported speech, not a quote.
      if (a.cue == kNone && !q.source && s.words < kMinOrphanWords && !SentenceLike(s)) {
        for (int i = s.open; i <= s.close; ++i) used_[i] = false;
        segs_[si].is_long = false;
        continue;
      }
      if (q.source) last_attributed = static_cast<int>(out_.size());
      q.partials.clear();
      if (kind == "mixed") q.partials.push_back(s.content);
      out_.push_back(std::move(q));
    }
  }

  // '"…," she said, adding that "…"': a speech participle after a comma
  // in the same sentence between the attribution and the next quoted part
  // frames that part as a quote of its own (PolNeAR train: 32 such second
  // parts are their own quote, 5 continue the first).
  bool SpeechParticipleBetween(int from, int to) const {
    for (int i = from; i + 1 < to; ++i) {
      if (toks_[i].sent_end) return false;
      if (IsSpeechParticipleAfterComma(i + 1)) return true;
    }
    return false;
  }

  // ", adding", ", saying": a speech cue ending in -ing right after a comma.
  bool IsSpeechParticipleAfterComma(int i) const {
    if (i < 1 || !Is(i - 1, ",") || !IsCueWord(i)) return false;
    const std::string& w = toks_[i].low;
    return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
  }

  // The speaker of "he said" / "said Jane Doe" right before the comma at
  // token `comma`, not before `floor`; empty when there is none.
  NpResult SpeakerBeforeComma(int comma, int floor) const {
    for (int d = comma - 1; d >= floor && d >= comma - 4; --d) {
      if (!IsCueWord(d)) continue;
      NpResult src = SourceBefore(CueRange(d, floor).first, floor);
      if (src.ok()) return src;
      NpResult fwd = FwdNp(d + 1, comma - 1);
      if (fwd.ok() && fwd.last == comma - 1) return fwd;
      return {};
    }
    return {};
  }

  void MarkUsed(int first, int last) {
    for (int i = first; i <= last; ++i) used_[i] = true;
  }

  // A floating quote takes the speaker of the quote before it, when that one
  // is at most floating_paragraphs paragraphs back.
  void InheritSpeaker(const Segment& s, int prev, RawQuote* q) const {
    if (prev == kNone) return;
    const RawQuote& p = out_[prev];
    if (!p.source) return;
    uint32_t para = toks_[s.open].para;
    uint32_t prev_para = ParaAt(p.content.end);
    if (para < prev_para || para - prev_para > o_.floating_paragraphs) return;
    q->source = p.source;
    q->floating = true;
  }

  uint32_t ParaAt(uint32_t byte) const {
    auto it = std::lower_bound(toks_.begin(), toks_.end(), byte,
                               [](const QTok& t, uint32_t b) { return t.e < b; });
    if (it == toks_.end()) return toks_.empty() ? 0 : toks_.back().para;
    return it->para;
  }

  // ---- indirect quotes -------------------------------------------------------

  void Indirect() {
    int s = 0;
    while (s < n_ && out_.size() < o_.max_quotes) {
      int e = s;
      while (e < n_ - 1 && !toks_[e].sent_end) ++e;
      IndirectInSentence(s, e);
      s = e + 1;
    }
  }

  bool SentenceTaken(int s, int e) const {
    int used = 0, words = 0;
    for (int i = s; i <= e; ++i) {
      if (!IsWord(i)) continue;
      ++words;
      if (used_[i] || InLongSegment(i)) ++used;
    }
    return words == 0 || used * 2 > words;
  }

  // Content of the clause from token `from` to the sentence end `e`, cut
  // before a comma that starts a new clause (", although …", ", citing …").
  std::optional<Span> ClauseTo(int from, int e, bool cut = true) const {
    int last = e;
    for (int i = from + 2; cut && i < e; ++i) {
      if (Is(i, ";") && seg_of_[i] == kNone) {
        last = i - 1;
        break;
      }
      if (Is(i, "and") && seg_of_[i] == kNone && IsWord(i + 1) && !TaggedNonVerb(i + 1) &&
          cues_.IsDirectCue(toks_[i + 1].low)) {
        last = i - 1;
        break;
      }
      bool comma = (Is(i, ",") && seg_of_[i] == kNone) ||
                   (toks_[i].kind == TokKind::kCloseQ && Is(i - 1, ","));
      if (!comma || !IsWord(i + 1)) continue;
      if (IsClauseBreak(toks_[i + 1].low) || Is(i + 1, "but") || Is(i + 1, "who") ||
          CueParticiple(i + 1) || PronounClause(i + 1, e)) {
        last = i - 1;
        break;
      }
    }
    while (last >= from && (IsPunct(last) || toks_[last].kind == TokKind::kBreak)) --last;
    if (last >= from && toks_[last].kind == TokKind::kCloseQ && seg_of_[last] != kNone &&
        segs_[seg_of_[last]].open < from)
      --last;
    int words = 0;
    for (int i = from; i <= last; ++i) words += IsWord(i);
    if (words < 2 || last < from) return std::nullopt;
    return SpanOf(from, last);
  }

  void IndirectInSentence(int s, int e) {
    sent_source_ = {};
    // "“…,” he said, adding that …" also after a short direct quote, which
    // leaves most of the sentence free.
    ParticiplesAfterDirect(s, e);
    if (SentenceTaken(s, e)) return;
    // "…, sources said." / "…, said X.": the attribution at the end frames
    // the whole sentence before it, and earlier cue-like verbs ("protocol
    // called for …") are part of that content (PolNeAR marks it so).
    int post = PostposedCue(s, e);
    if (post != kNone && VerbCue(s, post, e) != kNone) return;
    for (int c = s; c <= e; ++c) {
      if (!IsWord(c) || used_[c] || seg_of_[c] != kNone) continue;
      int next = kNone;
      if (Is(c, "according") && Is(c + 1, "to")) {
        next = AccordingTo(s, c, e);
      } else if ((cues_.IsIndirectCue(toks_[c].low, o_) || WeakClausalCue(c)) &&
                 !TaggedNonVerb(c)) {
        bool coordinated = Is(c - 1, "and") && sent_source_.ok();
        next = IsParticiple(c) || coordinated ? Participle(s, c, e) : VerbCue(s, c, e);
      }
      if (next != kNone) c = next;
    }
  }

  // "“…,” he said, adding that …": a participle right after the attribution
  // of a direct quote is reported speech of the same source.
  void ParticiplesAfterDirect(int s, int e) {
    for (int c = s + 2; c <= e; ++c) {
      if (!IsWord(c) || used_[c] || seg_of_[c] != kNone || !IsParticiple(c) ||
          InLongSegment(c - 2) || TaggedNonVerb(c) ||
          !(cues_.IsIndirectCue(toks_[c].low, o_) || WeakClausalCue(c)))
        continue;
      const RawQuote* q = AttributedBy(toks_[c - 2].b);
      const RawQuote* host = Containing(SpanOf(c, c), nullptr);
      if (!q || !q->source || (host && host->kind != "direct")) continue;
      sent_source_ = TokensOf(*q->source);
      if (!sent_source_.ok()) continue;
      int next = Participle(s, c, e);
      if (next != kNone) c = next;
    }
  }

  // The quote whose cue, source or addressee holds byte b, or nullptr.
  const RawQuote* AttributedBy(uint32_t b) const {
    auto holds = [b](const std::optional<Span>& sp) { return sp && sp->begin <= b && b < sp->end; };
    for (const RawQuote& q : out_)
      if (holds(q.cue) || holds(q.source) || holds(q.addressee)) return &q;
    return nullptr;
  }

  // The tokens of a span (first and last), or a result that is not ok().
  NpResult TokensOf(const Span& sp) const {
    NpResult r;
    auto it = std::lower_bound(toks_.begin(), toks_.end(), sp.begin,
                               [](const QTok& t, uint32_t b) { return t.b < b; });
    for (int i = static_cast<int>(it - toks_.begin()); i < n_; ++i) {
      if (toks_[i].e > sp.end) break;
      if (r.first == kNone) r.first = i;
      r.last = i;
    }
    return r;
  }

  // Nothing but punctuation, or a short time or prepositional adjunct ("on
  // Tuesday", "in a statement"), from token i to the sentence end e.
  bool AdjunctTail(int i, int e) const {
    int words = 0;
    for (int j = i; j <= e; ++j) words += IsWord(j);
    if (words == 0) return true;
    while (i <= e && !IsWord(i)) ++i;
    return words <= 4 && (IsTimeWord(toks_[i].low) || IsNpBreaker(toks_[i].low));
  }

  // "on Wednesday", "on Sept. 9".
  bool DayAfterOn(int i, int e) const {
    static constexpr std::string_view kDays[] = {
        "monday", "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday",
        "jan",    "feb",       "march",     "april",    "may",     "june",     "july",
        "aug",    "sept",      "oct",       "nov",      "dec",     "january",  "february",
        "august", "september", "october",   "november", "december"};
    return i + 1 <= e &&
           std::find(std::begin(kDays), std::end(kDays), toks_[i + 1].low) != std::end(kDays);
  }

  // A longer tail with no verb that opens with a preposition: "…, he said in a series of
  // tweets early Wednesday morning.", "…, she said during a news conference at the Capitol."
  // (Not a verb's own preposition: "insisted on a freeze", "was pressed on everything".)
  bool PrepositionTail(int c, int i, int e) const {
    static constexpr std::string_view kPreps[] = {"in", "during", "at", "on", "via", "through"};
    while (i <= e && !IsWord(i)) ++i;
    if (i > e || !cues_.IsDirectCue(toks_[c].low) ||
        std::find(std::begin(kPreps), std::end(kPreps), toks_[i].low) == std::end(kPreps) ||
        (Is(i, "on") && !DayAfterOn(i, e)))
      return false;
    int words = 0;
    for (int j = i; j <= e; ++j) {
      if (!IsWord(j)) {
        if (j < e && !Is(j, ".") && !Is(j, "'s")) return false;  // (a comma: a clause may follow)
        continue;
      }
      if (++words > 14 || !TaggedNonVerb(j) || Is(j, "that")) return false;
    }
    return true;
  }

  // A speech verb in the last few tokens of the sentence, after a comma and
  // a short noun phrase ("…, X said.") or right after a comma ("…, said X."),
  // with a cue-like verb before it in the sentence; else kNone.
  int PostposedCue(int s, int e) const {
    for (int c = e; c > s + 2 && c >= e - 7; --c) {
      if (!IsWord(c) || used_[c] || seg_of_[c] != kNone || TaggedNonVerb(c) ||
          !cues_.IsDirectCue(toks_[c].low) || Is(c + 1, "that") || !AdjunctTail(c + 1, e))
        continue;
      auto range = CueRange(c, s);
      NpResult src = SourceBefore(range.first, s);
      int comma = src.ok() ? src.first - 1 : range.first - 1;
      if (comma <= s + 1 || !Is(comma, ",") || seg_of_[comma] != kNone) continue;
      for (int k = s; k < comma; ++k)
        if (IsWord(k) && seg_of_[k] == kNone && !TaggedNonVerb(k) &&
            (cues_.IsIndirectCue(toks_[k].low, o_) || WeakClausalCue(k)))
          return c;
      return kNone;
    }
    return kNone;
  }

  // "said Friday that …", "told the officers that …": when a "that" follows
  // within a few nominal words (no verb), the content starts there; time
  // adjuncts and prepositional phrases join the cue, an addressee does not.
  int SkipToThat(int from, int e, int* cue_last) const {
    if (!IsWord(from) || Is(from, "that") || !TaggedNonVerb(from)) return from;
    for (int j = from + 1; j <= e && j <= from + 6; ++j) {
      if (Is(j, "that") && seg_of_[j] == kNone) {
        // "said Friday that": PolNeAR's cue is "said" (47 of 68 in train).
        bool adjunct = IsNpBreaker(toks_[from].low);
        if (adjunct && j - 1 > *cue_last) *cue_last = j - 1;
        return j;
      }
      if (!IsWord(j) || !TaggedNonVerb(j) || seg_of_[j] != kNone) break;
    }
    return from;
  }

  // A preposition right after the cue verb belongs to the cue, as PolNeAR
  // marks it ("railed against", "spoke of", "referred to the ruling"), but
  // not the infinitive "to" of "urged to act".
  bool CuePreposition(int i) const {
    static constexpr std::string_view kPreps[] = {"about",   "on", "of",   "for", "with",
                                                  "against", "as", "from", "into"};
    if (!IsWord(i) || i + 1 >= n_) return false;
    if (Is(i, "to")) return IsWord(i + 1) && TaggedNonVerb(i + 1);
    return std::find(std::begin(kPreps), std::end(kPreps), toks_[i].low) != std::end(kPreps);
  }

  bool IsRaising(int c) const {
    static constexpr std::string_view kForms[] = {"seem",    "seems",    "seemed",  "appear",
                                                  "appears", "appeared", "expected"};
    return std::find(std::begin(kForms), std::end(kForms), toks_[c].low) != std::end(kForms) &&
           (toks_[c].low != "expected" || IsAuxiliary(toks_[c - 1].low));
  }

  // ", he has proposed …", ", I knew …": a personal pronoun and a cue verb
  // after a comma open a new attribution (not a postposed ", he said.").
  bool PronounClause(int p, int e) const {
    if (!IsWord(p) || !IsPersonalPronoun(toks_[p].low)) return false;
    int c = p + 1;
    while (c <= e && c < p + 3 && IsWord(c) && IsAuxiliary(toks_[c].low)) ++c;
    if (c > e || !IsWord(c) || TaggedNonVerb(c) || !cues_.IsDirectCue(toks_[c].low) ||
        Is(c + 1, ","))  // "A, he said, B" is one quote
      return false;
    int rest = 0;
    for (int j = c + 1; j <= e; ++j) rest += IsWord(j);
    return rest >= 3;
  }

  // ", contradicting …", ", questioning why …": a participle that is a cue
  // opens a quote of its own (PolNeAR splits the content there).
  bool CueParticiple(int c) const {
    return IsParticiple(c) && !TaggedNonVerb(c) &&
           (cues_.IsIndirectCue(toks_[c].low, o_) || WeakClausalCue(c));
  }

  bool IsParticiple(int c) const {
    const std::string& w = toks_[c].low;
    return Is(c - 1, ",") && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
  }

  // "…, saying/adding/citing (that) …": a second quote of the sentence's
  // speaker (the source of the quote before it in the sentence, else the
  // sentence's opening noun phrase).
  int Participle(int s, int c, int e) {
    NpResult src = sent_source_;
    if (!src.ok()) {
      src = FwdNp(s, c - 2);
      if (!src.ok() || src.first != s || !IsWord(src.last + 1)) return kNone;
    }
    auto range = CueRange(c, c);
    int from = range.second + 1;
    while (from <= e && Is(from, ",")) ++from;
    std::optional<Span> content = ClauseTo(from, e);
    if (!content) return kNone;
    Attribution a;
    a.cue = c;
    a.cue_range = range;
    a.source = src;
    Emit(a, *content);
    return LastTokenOf(*content, e);
  }

  // The last token inside span (at most e).
  int LastTokenOf(const Span& sp, int e) const {
    int i = e;
    while (i > 0 && toks_[i].b >= sp.end) --i;
    return i;
  }

  // "according to X, …" / "…, according to X."
  int AccordingTo(int s, int c, int e) {
    NpResult src = FwdNp(c + 2, e);
    if (!src.ok()) return kNone;
    Attribution a;
    a.cue = c;
    a.cue_range = {c, c + 1};
    a.source = src;
    std::optional<Span> content;
    if (c > s + 2 && Is(c - 1, ",")) {
      content = ClauseTo(s, c - 2, /*cut=*/false);
    } else {
      int from = src.last + 1;
      while (from <= e && IsPunct(from)) ++from;
      content = ClauseTo(from, e);
    }
    if (!content) return kNone;
    Emit(a, *content);
    sent_source_ = a.source;
    return std::max(c + 1, LastTokenOf(*content, e));
  }

  // "…, and the meeting deteriorated from there, said one GOP source in the
  // room.": a cue right after a comma with a short noun phrase after it to
  // the sentence end is inverted, even when a "source" before it could be
  // read across an earlier comma.
  bool InvertedAfterComma(const NpResult& src, std::pair<int, int> range, int e) const {
    if (!Is(range.first - 1, ",") || e - range.second > 8 || Is(range.second + 1, "that"))
      return false;
    bool across_comma = false;
    for (int k = src.first; k <= src.last; ++k) across_comma |= Is(k, ",");
    if (!across_comma) return false;
    const CueInfo* ci = cues_.Lexicon(toks_[range.second].low);
    if (!ci || ci->cls != CueClass::kSpeech) return false;
    int from = range.second + 1;
    static constexpr std::string_view kDeterminers[] = {"one",     "two",     "a",    "an",  "the",
                                                        "another", "several", "some", "many"};
    if (!IsWord(from) || IsTimeWord(toks_[from].low) ||
        (!toks_[from].cap && std::find(std::begin(kDeterminers), std::end(kDeterminers),
                                       toks_[from].low) == std::end(kDeterminers)))
      return false;
    NpResult fwd = WithAppositive(FwdNp(from, e), e);
    return fwd.ok() && AdjunctTail(fwd.last + 1, e);
  }

  // X said (that) … / …, X said. / …, said X.
  int VerbCue(int s, int c, int e) {
    auto range = CueRange(c, s);
    Attribution a;
    a.cue = c;
    a.cue_range = range;
    NpResult src = SourceBefore(range.first, s);
    std::optional<Span> content;
    int tail = e - range.second;
    if (src.ok() && InvertedAfterComma(src, range, e)) src = NpResult();
    if (src.ok()) {
      a.source = src;
      bool postposed = src.first > s + 1 && Is(src.first - 1, ",") &&
                       (tail <= 7 || PrepositionTail(c, range.second + 1, e)) &&
                       !Is(range.second + 1, "that");
      bool middle =
          src.first > s + 1 && Is(src.first - 1, ",") && !postposed && Is(range.second + 1, ",");
      if (postposed) {
        content = ClauseTo(s, src.first - 2, /*cut=*/false);
      } else if (middle) {
        // "A, X said, B": the content is A … B (its overall extent).
        content = ClauseTo(s, e);
      } else {
        int from = range.second + 1;
        const CueInfo* ci = cues_.Lexicon(toks_[c].low);
        if (ci && ci->cls == CueClass::kTell && !Is(from, "that")) {
          a.addressee = FwdNp(from, std::min(e, from + 5));
          if (a.addressee.ok()) from = a.addressee.last + 1;
        }
        if (from == range.second + 1 && CuePreposition(from)) a.cue_range.second = from++;
        while (from <= e && Is(from, ",")) ++from;
        from = SkipToThat(from, e, &a.cue_range.second);
        content = ClauseTo(from, e);
        if (content && IsRaising(c)) {
          // "Trump is expected to win", "Melania seems to have vanished": the
          // subject is part of the content and nobody is quoted (PolNeAR 186:4).
          content->begin = toks_[src.first].b;
          Emit(a, *content);
          out_.back().source.reset();
          return std::max(range.second, LastTokenOf(*content, e));
        }
      }
    } else if (c > s + 1 && Is(range.first - 1, ",") && tail <= 8) {
      NpResult fwd = WithAppositive(FwdNp(range.second + 1, e), e);  // "…, said Lavrov."
      if (!fwd.ok()) return kNone;
      a.source = fwd;
      content = ClauseTo(s, range.first - 2, /*cut=*/false);
    }
    if (!content || !a.source.ok()) return kNone;
    Emit(a, *content);
    sent_source_ = a.source;
    if (o_.nested) return range.second;
    return std::max(range.second, LastTokenOf(*content, e));
  }

  void Emit(const Attribution& a, Span content) {
    std::string kind = "indirect";
    RawQuote q = MakeQuote(kind, content, a);
    out_.push_back(std::move(q));
  }

  // Short quoted segments inside a quote's content become its partials; an
  // indirect quote with partials is mixed.
  void AttachPartials() {
    for (const Segment& s : segs_) {
      if (s.is_long) continue;
      RawQuote* q = Containing(s.content, nullptr);
      if (q && q->kind != "direct") AddPartial(q, s.content);
    }
    // A direct quote with no cue of its own inside reported speech is a
    // quoted fragment of it ("… in order to “keep the details … under wraps.”").
    std::vector<RawQuote> kept;
    for (size_t i = 0; i < out_.size(); ++i) {
      RawQuote& d = out_[i];
      RawQuote* host = d.kind == "direct" && !d.cue ? Containing(d.content, &d) : nullptr;
      if (host && host->kind != "direct") {
        AddPartial(host, d.content);
        d.kind.clear();  // dropped below
      }
    }
    for (RawQuote& q : out_)
      if (!q.kind.empty()) kept.push_back(std::move(q));
    out_ = std::move(kept);
  }

  RawQuote* Containing(const Span& sp, const RawQuote* except) {
    for (RawQuote& q : out_)
      if (&q != except && !q.kind.empty() && q.content.Contains(sp)) return &q;
    return nullptr;
  }

  static void AddPartial(RawQuote* q, const Span& sp) {
    q->partials.push_back(sp);
    q->kind = "mixed";
  }

  std::string_view text_;
  const CueScorer& cues_;
  const ExtractOptions& o_;
  std::vector<QTok> toks_;
  int n_ = 0;
  std::vector<bool> used_;
  std::vector<int> seg_of_;
  std::vector<Segment> segs_;
  std::vector<RawQuote> out_;
  const NonVerbOffsets& non_verbs_;
  const ClausalVerbOffsets& clausal_;
  NpResult sent_source_;  // source of the last reported speech in the current sentence
};

}  // namespace

bool AnyQuoteTouches(const std::vector<RawQuote>& quotes, const Span& s, const RawQuote* except) {
  for (const RawQuote& q : quotes)
    if (&q != except && (q.content.Overlaps(s) || (q.cue && q.cue->Overlaps(s)))) return true;
  return false;
}

bool IsWordToken(const Document& doc, size_t t) {
  std::string_view s = doc.Surface(doc.tokens[t].span);
  return !s.empty() && ((s[0] & 0x80) || std::isalnum(static_cast<unsigned char>(s[0])));
}

void MergeByContentStart(std::vector<RawQuote> added, std::vector<RawQuote>* quotes) {
  if (added.empty()) return;
  std::vector<RawQuote> merged;
  merged.reserve(quotes->size() + added.size());
  size_t j = 0;
  for (RawQuote& q : *quotes) {
    while (j < added.size() && added[j].content.begin < q.content.begin)
      merged.push_back(std::move(added[j++]));
    merged.push_back(std::move(q));
  }
  while (j < added.size()) merged.push_back(std::move(added[j++]));
  *quotes = std::move(merged);
}

std::vector<RawQuote> Extract(std::string_view text, const CueScorer& cues,
                              const ExtractOptions& options, const NonVerbOffsets& non_verbs,
                              const ClausalVerbOffsets& clausal) {
  return Extractor(text, cues, options, non_verbs, clausal).Run();
}

}  // namespace newsgraph::quotes
