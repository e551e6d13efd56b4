#include "quotes/cue_tagger.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "core/mention_index.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

constexpr int kMaxSpanTokens = 80;  // longer subtrees are not proposed
constexpr int kNone = -1;

// Length class of a span of n tokens: 0-3, then 4 (up to 6), 5 (12), 6 (25), 7.
int Bucket(int n) {
  if (n <= 3) return n;
  if (n <= 6) return 4;
  if (n <= 12) return 5;
  if (n <= 25) return 6;
  return 7;
}

// The first and last token of a candidate's frame, less a shared source.
int FirstToken(const CueCandidate& c) {
  int first = std::min(c.cue, c.content_begin);
  return c.source_begin >= 0 && !c.source_shared ? std::min(first, c.source_begin) : first;
}

int LastToken(const CueCandidate& c) {
  int last = std::max(c.cue, c.content_end);
  return c.source_shared ? last : std::max(last, c.source_end);
}

constexpr std::string_view kDigits[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};

bool StartsWith(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }

// Children of every token as linked lists (first child, next sibling), in
// token order, without an allocation per token.
struct Tree {
  std::vector<int> first, next;
};

Tree BuildTree(const Document& doc) {
  int n = static_cast<int>(doc.tokens.size());
  Tree t{std::vector<int>(n, kNone), std::vector<int>(n, kNone)};
  for (int i = n - 1; i >= 0; --i) {
    int h = doc.syntax[i].head;
    if (h < 0 || h >= n || h == i) continue;
    t.next[i] = t.first[h];
    t.first[h] = i;
  }
  return t;
}

constexpr int kTaken = -2;

// Who owns each token: kNone (free), kTaken (a cue, a source, direct content
// or content of two quotes) or the index of the non-direct quote whose
// content holds it (a nested attribution may lie there).
std::vector<int> Owners(const Document& doc, const std::vector<RawQuote>& quotes) {
  std::vector<int> owner(doc.tokens.size(), kNone);
  auto mark = [&](const std::optional<Span>& s, int who) {
    if (!s) return;
    auto it = std::upper_bound(doc.tokens.begin(), doc.tokens.end(), s->begin,
                               [](uint32_t b, const Token& t) { return b < t.span.end; });
    for (; it != doc.tokens.end() && it->span.begin < s->end; ++it) {
      if (!it->span.Overlaps(*s)) continue;
      int& o = owner[it - doc.tokens.begin()];
      o = (who == kTaken || (o != kNone && o != who)) ? kTaken : who;
    }
  };
  for (size_t i = 0; i < quotes.size(); ++i)
    mark(quotes[i].content, quotes[i].kind == "direct" ? kTaken : static_cast<int>(i));
  for (const RawQuote& q : quotes) {
    mark(q.cue, kTaken);
    mark(q.source, kTaken);
  }
  return owner;
}

// Quote marks before each token in its sentence, odd: inside a quotation.
std::vector<bool> InsideQuoteMarks(const Document& doc) {
  std::vector<bool> inside(doc.tokens.size(), false);
  for (const Sentence& s : doc.sentences) {
    bool in = false;
    for (uint32_t i = s.token_begin; i < s.token_end && i < doc.tokens.size(); ++i) {
      std::string_view w = doc.Surface(doc.tokens[i].span);
      if (w == "\"" || w == "\u201c" || w == "\u201d" || w == "``" || w == "''") in = !in;
      inside[i] = in;
    }
  }
  return inside;
}

// The subtree of t less punctuation at either end; false when it is too long
// or reaches a token of another owner than `own`.
bool Subtree(const Document& doc, const SubtreeEdges& edges, const std::vector<int>& owner, int own,
             int t, int* b, int* e, bool* shared = nullptr) {
  *b = static_cast<int>(edges.left[t]);
  *e = static_cast<int>(edges.right[t]);
  while (*b < *e && doc.syntax[*b].upos == "PUNCT") ++*b;
  while (*e > *b && doc.syntax[*e].upos == "PUNCT") --*e;
  if (*e - *b >= kMaxSpanTokens) return false;
  for (int k = *b; k <= *e; ++k) {
    if (owner[k] == own) continue;
    // A source may be an earlier quote's source ("X said A, adding B").
    if (!shared || owner[k] != kTaken) return false;
    *shared = true;
  }
  return true;
}

// The parse frame of a candidate word: which children give content and
// source, and the features of the word in that frame.
class Framer {
 public:
  Framer(const Document& doc, const SubtreeEdges& edges, const CueScorer& scorer,
         const ExtractOptions& options, const std::vector<RawQuote>& quotes,
         const std::vector<int>& owner)
      : doc_(doc),
        edges_(edges),
        scorer_(scorer),
        options_(options),
        quotes_(quotes),
        owner_(owner),
        tree_(BuildTree(doc)),
        in_quote_(InsideQuoteMarks(doc)),
        mentions_(doc) {}

  bool Frame(int c, CueCandidate* out) {
    const std::string& up = doc_.syntax[c].upos;
    const int own = owner_[c];
    if (own == kTaken || (up != "VERB" && up != "NOUN" && up != "ADJ")) return false;
    int content = kNone, source = kNone;
    std::string crel = "-", srel = "-";
    for (int k = tree_.first[c]; k != kNone; k = tree_.next[k]) {
      const std::string& r = doc_.syntax[k].deprel;
      int rank = ContentRank(r, up);
      if (rank > 0 && (content == kNone || rank < ContentRank(crel, up))) {
        content = k;
        crel = r;
      }
      if (source == kNone && (StartsWith(r, "nsubj") && r != "nsubj:pass")) {
        source = k;
        srel = r;
      }
      if (source == kNone && (r == "obl:agent" || r == "nmod:poss")) {
        source = k;
        srel = r;
      }
    }
    if (content == kNone) return false;
    if (source == kNone) {
      source = ControllerSubject(c);
      if (source != kNone) srel = "ctrl";
    }
    int kb, ke;
    if (!Subtree(doc_, edges_, owner_, own, content, &kb, &ke) || ke - kb < 1) return false;
    if (kb <= c && c <= ke) return false;
    int sb = kNone, se = kNone;
    bool shared = false;
    if (source != kNone) {
      if (!Subtree(doc_, edges_, owner_, own, source, &sb, &se, &shared) || (sb <= c && c <= se) ||
          (sb <= ke && kb <= se)) {
        source = kNone;
        srel = "-";
        sb = se = kNone;
        shared = false;
      } else if (srel == "obl:agent" && sb < se && syntax::LowerAscii(Word(sb)) == "by") {
        ++sb;
      }
    }
    out->cue = c;
    out->source_begin = sb;
    out->source_end = se;
    out->source_shared = shared;
    out->content_begin = kb;
    out->content_end = ke;
    out->host = own >= 0 ? std::optional<Span>(quotes_[own].content) : std::nullopt;
    out->features.clear();
    Features(c, crel, srel, *out);
    return true;
  }

 private:
  // Which child relation gives the content (lower is preferred; 0: none).
  static int ContentRank(const std::string& r, const std::string& upos) {
    if (r == "ccomp") return 1;
    if (r == "xcomp") return 2;
    if (r == "nsubj:pass") return 3;
    if (r == "obj") return 4;
    if (upos == "NOUN" && r == "acl") return 5;
    if (r == "advcl") return 6;
    return 0;
  }

  // The subject of the verb a word hangs from through xcomp, conj or advcl
  // (up to two steps: "X went on to claim that ..."), or kNone.
  int ControllerSubject(int c) const {
    int n = static_cast<int>(doc_.tokens.size());
    for (int step = 0; step < 2; ++step) {
      const std::string& r = doc_.syntax[c].deprel;
      int h = doc_.syntax[c].head;
      if (h < 0 || h >= n || (r != "xcomp" && r != "conj" && r != "advcl")) return kNone;
      for (int k = tree_.first[h]; k != kNone; k = tree_.next[k]) {
        const std::string& kr = doc_.syntax[k].deprel;
        if (StartsWith(kr, "nsubj") && kr != "nsubj:pass") return k;
      }
      c = h;
    }
    return kNone;
  }

  std::string_view Word(int t) const { return doc_.Surface(doc_.tokens[t].span); }

  void Features(int c, const std::string& crel, const std::string& srel, CueCandidate& cand) {
    const TokenSyntax& s = doc_.syntax[c];
    int n = static_cast<int>(doc_.tokens.size());
    std::string w = syntax::LowerAscii(Word(c));
    const std::string& lemma = s.lemma.empty() ? w : s.lemma;
    float p = scorer_.LearnedP(w, options_);
    const std::string_view pb = kDigits[std::min(10, static_cast<int>(p * 20))];
    const std::string_view lex = scorer_.Lexicon(w) ? "1" : "0";
    Keys add(&cand.features, "T");
    add("bias");
    add("w", w);
    add("l", lemma);
    add("up", s.upos);
    add("xp", s.xpos);
    add("dr", s.deprel);
    add("l|dr", lemma, s.deprel);
    add("p", pb);
    add("p|up", pb, s.upos);
    add("lex", lex, s.upos);
    int h = s.head;
    bool has_head = h >= 0 && h < n;
    add("hl", has_head ? std::string_view(doc_.syntax[h].lemma) : "<root>");
    add("hup|dr", has_head ? std::string_view(doc_.syntax[h].upos) : "root", s.deprel);
    add("cr", crel);
    add("cr|l", crel, lemma);
    add("cr|p", crel, pb);
    add("sr", srel);
    add("sr|l", srel, lemma);
    add("shared", cand.source_shared ? "1" : "0", srel);
    add("sr|cr", srel, crel);
    add("sr|cr|up", srel, crel, s.upos);
    for (int k = tree_.first[c]; k != kNone; k = tree_.next[k]) {
      add("ch", doc_.syntax[k].deprel);
      add("ch|l", doc_.syntax[k].deprel, lemma);
    }
    std::string fw = syntax::LowerAscii(Word(cand.content_begin));
    add("fw", fw);
    add("fw|l", fw, lemma);
    add("fw|cr", fw, crel);
    add("len", kDigits[Bucket(cand.content_end - cand.content_begin + 1)], crel);
    add("after", cand.content_begin > c ? "1" : "0", crel);
    if (c > 0) {
      std::string pw = syntax::LowerAscii(Word(c - 1));
      add("pw", pw);
      add("pw|l", pw, lemma);
    }
    if (c + 1 < n) add("nw", syntax::LowerAscii(Word(c + 1)));
    add("inq", in_quote_[c] ? "1" : "0");
    std::string_view st = SourceType(cand);
    add("st", st);
    add("st|l", st, lemma);
    if (cand.host) Nested(c, lemma, crel, srel, pb, st, cand);
  }

  // A candidate inside the content of an earlier quote: PolNeAR marks an
  // inner attribution there only now and then ("X said, adding that ...").
  void Nested(int c, const std::string& lemma, const std::string& crel, const std::string& srel,
              std::string_view pb, std::string_view st, CueCandidate& cand) {
    Keys add(&cand.features, "T:n");
    add("bias");
    add("l", lemma);
    add("p", pb);
    add("cr", crel);
    add("sr", srel);
    add("sr|cr", srel, crel);
    add("st", st);
    int first = FirstToken(cand);
    // What precedes the inner attribution in the host: a comma, "and", "that", ...
    std::string before = first > 0 ? syntax::LowerAscii(Word(first - 1)) : "<s>";
    add("before", before);
    add("before|l", before, lemma);
    add("at_start", doc_.tokens[first].span.begin <= cand.host->begin ? "1" : "0");
    add("dr", doc_.syntax[c].deprel);
  }

  // Mention type of the mention overlapping the source's last word.
  std::string_view SourceType(const CueCandidate& cand) const {
    if (cand.source_begin < 0) return "none";
    Span s{doc_.tokens[cand.source_begin].span.begin, doc_.tokens[cand.source_end].span.end};
    const Mention* best = nullptr;
    for (uint32_t i : mentions_.Overlapping(s)) {
      const Mention& m = doc_.mentions[i];
      if (!best || m.span.end > best->span.end) best = &m;
    }
    if (!best) return doc_.syntax[cand.source_end].upos;
    return best->type;
  }

  const Document& doc_;
  const SubtreeEdges& edges_;
  const CueScorer& scorer_;
  const ExtractOptions& options_;
  const std::vector<RawQuote>& quotes_;
  const std::vector<int>& owner_;
  Tree tree_;
  std::vector<bool> in_quote_;
  MentionIndex mentions_;  // the document's mentions by position (SourceType)
};

bool UsableParse(const Document& doc, const SubtreeEdges& edges) {
  return !doc.tokens.empty() && doc.syntax.size() == doc.tokens.size() &&
         edges.left.size() == doc.tokens.size();
}

}  // namespace

std::vector<CueCandidate> CueCandidates(const Document& doc, const SubtreeEdges& edges,
                                        const CueScorer& scorer, const ExtractOptions& options,
                                        const std::vector<RawQuote>& taken) {
  std::vector<CueCandidate> out;
  if (!UsableParse(doc, edges)) return out;
  std::vector<int> owner = Owners(doc, taken);
  Framer framer(doc, edges, scorer, options, taken, owner);
  int n = static_cast<int>(doc.tokens.size());
  CueCandidate c;
  for (int i = 0; i < n; ++i)
    if (framer.Frame(i, &c)) out.push_back(c);
  return out;
}

RawQuote CandidateQuote(const Document& doc, const CueCandidate& c) {
  RawQuote q;
  q.kind = "indirect";
  q.cue = q.cue_word = doc.tokens[c.cue].span;
  const std::string& lemma = doc.syntax[c.cue].lemma;
  q.cue_lemma = lemma.empty() ? std::string(doc.Surface(doc.tokens[c.cue].span)) : lemma;
  if (c.source_begin >= 0)
    q.source = Span{doc.tokens[c.source_begin].span.begin, doc.tokens[c.source_end].span.end};
  q.content = Span{doc.tokens[c.content_begin].span.begin, doc.tokens[c.content_end].span.end};
  q.stage = c.host ? Stage::kNested : Stage::kTagger;
  return q;
}

namespace {

FeatureVec NoneFeatures() {
  FeatureVec v;
  Keys(&v, "T")("none");
  return v;
}

}  // namespace

float CueTagger::Score(const FeatureVec& f) const {
  static const FeatureVec kNoneFeatures = NoneFeatures();
  return ranker.Score(f) - ranker.Score(kNoneFeatures);
}

std::vector<FeatureVec> TaggerChoices(const CueCandidate& c) {
  return {c.features, NoneFeatures()};
}

namespace {

// Cuts the content of the quote whose content is `host` before token
// `first` (less punctuation and a conjunction before it); false when less
// than two words would stay. Quotes without that content (the filter dropped
// it) are left alone.
bool CutHost(const Document& doc, Span host, int first, std::vector<RawQuote>* quotes) {
  int last = first - 1;
  while (last >= 0 && (doc.syntax[last].upos == "PUNCT" || doc.syntax[last].upos == "CCONJ"))
    --last;
  if (last < 1 || doc.tokens[last - 1].span.begin < host.begin) return false;
  for (RawQuote& q : *quotes) {
    if (q.content.begin != host.begin || q.content.end != host.end) continue;
    q.content.end = doc.tokens[last].span.end;
    std::erase_if(q.partials, [&](const Span& p) { return p.end > q.content.end; });
  }
  return true;
}

}  // namespace

void AddTaggedQuotes(const Document& doc, const ExtractOptions& options, const CueTagger& tagger,
                     const std::vector<CueCandidate>& cands, std::vector<RawQuote>* quotes) {
  if (tagger.empty()) return;
  std::vector<std::pair<float, int>> accepted;
  for (size_t i = 0; i < cands.size(); ++i) {
    float s = tagger.Score(cands[i].features);
    if (s > (cands[i].host ? tagger.nested_margin : tagger.margin))
      accepted.emplace_back(-s, static_cast<int>(i));
  }
  if (accepted.empty()) return;
  std::sort(accepted.begin(), accepted.end());
  std::vector<bool> used(doc.tokens.size(), false);
  std::vector<RawQuote> added;
  for (const auto& [neg, i] : accepted) {
    if (quotes->size() + added.size() >= options.max_quotes) break;
    const CueCandidate& c = cands[i];
    int lo = FirstToken(c);
    int hi = LastToken(c);
    bool clash = false;
    for (int t = lo; t <= hi && !clash; ++t) clash = used[t];
    if (clash) continue;
    if (c.host && !CutHost(doc, *c.host, lo, quotes)) continue;
    for (int t = lo; t <= hi; ++t) used[t] = true;
    added.push_back(CandidateQuote(doc, c));
  }
  std::sort(added.begin(), added.end(),
            [](const RawQuote& a, const RawQuote& b) { return a.content.begin < b.content.begin; });
  MergeByContentStart(std::move(added), quotes);
}

}  // namespace newsgraph::quotes
