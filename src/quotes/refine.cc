#include "quotes/refine.h"

#include <algorithm>
#include <string>

#include "quotes/lexicon.h"
#include "quotes/token_at.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

constexpr int kMaxDepth = 256;

bool Usable(const Document& doc) {
  return !doc.tokens.empty() && doc.syntax.size() == doc.tokens.size();
}

bool IsPunct(const Document& doc, int i) { return doc.syntax[i].upos == "PUNCT"; }

// The child of `head` on the path from `t` up to it, or -1.
int ChildOnPath(const Document& doc, int t, int head) {
  int n = static_cast<int>(doc.syntax.size());
  for (int d = 0; d < kMaxDepth && t >= 0 && t < n; ++d) {
    int h = doc.syntax[t].head;
    if (h == head) return t;
    t = h;
  }
  return -1;
}

bool IsAdjunct(const std::string& rel) {
  return rel.rfind("obl", 0) == 0 || rel == "advmod" || rel == "nmod:tmod";
}

bool IsFunctionWord(const std::string& upos) {
  return upos == "ADP" || upos == "SCONJ" || upos == "CCONJ" || upos == "ADV";
}

bool IsComplement(const std::string& rel) { return rel == "ccomp" || rel == "xcomp"; }

// The first clausal complement of cue token c lying after it, or -1.
int ComplementOf(const Document& doc, int c, int limit) {
  for (int k = c + 1; k < limit; ++k)
    if (doc.syntax[k].head == c && IsComplement(doc.syntax[k].deprel)) return k;
  return -1;
}

}  // namespace

SubtreeEdges ComputeEdges(const Document& doc) {
  SubtreeEdges e;
  if (!Usable(doc)) return e;
  size_t n = doc.tokens.size();
  e.left.resize(n);
  e.right.resize(n);
  for (size_t i = 0; i < n; ++i) e.left[i] = e.right[i] = static_cast<uint32_t>(i);
  for (size_t i = 0; i < n; ++i) {
    int32_t h = doc.syntax[i].head;
    for (int d = 0; d < kMaxDepth && h >= 0 && static_cast<size_t>(h) < n; ++d) {
      e.left[h] = std::min<uint32_t>(e.left[h], static_cast<uint32_t>(i));
      e.right[h] = std::max<uint32_t>(e.right[h], static_cast<uint32_t>(i));
      h = doc.syntax[h].head;
    }
  }
  return e;
}

void RefineReported(const Document& doc, const SubtreeEdges& edges, RawQuote* q) {
  if (edges.left.size() != doc.tokens.size() || !q->cue || !q->cue_word) return;
  if (q->content.begin < q->cue->end) return;  // content before the cue: left as is
  int c = TokenStartingAt(doc, q->cue_word->begin);
  int last = TokenEndingAt(doc, q->content.end);
  if (c < 0 || last < 0) return;
  int k = ComplementOf(doc, c, last + 1);
  if (k < 0) return;
  int b = static_cast<int>(edges.left[k]);
  while (b < last && IsPunct(doc, b)) ++b;
  int old_first = TokenStartingAt(doc, q->content.begin);
  if (old_first < 0 || b <= old_first || b > last) return;
  // Only adjuncts of the cue may lie between the rule content start and the
  // complement ("said on Tuesday that …"); they join the cue.
  for (int t = old_first; t < b; ++t) {
    if (IsPunct(doc, t)) continue;
    int child = ChildOnPath(doc, t, c);
    if (child < 0 || !IsAdjunct(doc.syntax[child].deprel)) return;
    if (doc.syntax[t].upos == "VERB" || doc.syntax[t].upos == "AUX") return;
  }
  // Time words alone ("said Friday that") stay out of the cue, as PolNeAR
  // marks them (47 of 68 in train); other adjuncts join it.
  bool only_time = true;
  for (int t = c + 1; t < b && only_time; ++t)
    only_time = IsPunct(doc, t) || IsTimeWord(syntax::LowerAscii(doc.Surface(doc.tokens[t].span)));
  uint32_t cue_end = q->cue->end;
  for (int t = c + 1; t < b && !only_time; ++t) {
    if (IsPunct(doc, t)) break;
    cue_end = std::max(cue_end, doc.tokens[t].span.end);
  }
  Span content{doc.tokens[b].span.begin, q->content.end};
  q->cue->end = cue_end;
  q->content = content;
  std::vector<Span> kept;
  for (const Span& p : q->partials)
    if (content.Contains(p)) kept.push_back(p);
  q->partials = std::move(kept);
}

void RefineSource(const Document& doc, const SubtreeEdges& edges, RawQuote* q) {
  constexpr int kMaxSourceTokens = 30;
  if (edges.left.size() != doc.tokens.size() || !q->cue_word || !q->source) return;
  if (q->source->end > q->cue_word->begin) return;
  int c = TokenStartingAt(doc, q->cue_word->begin);
  int sb = TokenStartingAt(doc, q->source->begin);
  int se = TokenEndingAt(doc, q->source->end);
  if (c < 0 || sb < 0 || se < 0) return;
  for (int k = std::max(0, c - 40); k < c; ++k) {
    if (doc.syntax[k].head != c || doc.syntax[k].deprel.rfind("nsubj", 0) != 0) continue;
    int b = static_cast<int>(edges.left[k]), e = static_cast<int>(edges.right[k]);
    // Time adjuncts the parser hangs on the subject ("Sanders on Tuesday").
    for (int t = k + 1; t <= e; ++t)
      if (doc.syntax[t].head == k && IsAdjunct(doc.syntax[t].deprel)) {
        e = static_cast<int>(edges.left[t]) - 1;
        break;
      }
    while (e > b && IsPunct(doc, e)) --e;
    while (b < e && (IsPunct(doc, b) || IsFunctionWord(doc.syntax[b].upos))) ++b;
    if (b > sb || e < se || e >= c || e - b >= kMaxSourceTokens) return;
    Span wide{doc.tokens[b].span.begin, doc.tokens[e].span.end};
    if (wide.end > q->content.begin && wide.begin < q->content.end) return;
    q->source = wide;
    return;
  }
}

}  // namespace newsgraph::quotes
