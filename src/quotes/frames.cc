#include "quotes/frames.h"

#include <algorithm>
#include <string>

#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

constexpr int kMaxSpanTokens = 80;  // longer subtrees are not proposed

struct Children {
  std::vector<int> subj, comp, obj;  // first such child per head, or -1
};

Children FindChildren(const Document& doc) {
  int n = static_cast<int>(doc.tokens.size());
  Children c{std::vector<int>(n, -1), std::vector<int>(n, -1), std::vector<int>(n, -1)};
  for (int t = 0; t < n; ++t) {
    int h = doc.syntax[t].head;
    if (h < 0 || h >= n) continue;
    const std::string& r = doc.syntax[t].deprel;
    if (r.rfind("nsubj", 0) == 0 && t < h && c.subj[h] < 0) c.subj[h] = t;
    if ((r == "ccomp" || r == "xcomp") && t > h && c.comp[h] < 0) c.comp[h] = t;
    if (r == "obj" && t > h && c.obj[h] < 0) c.obj[h] = t;
  }
  return c;
}

// Tokens covered by a rule quote (cue, source or content).
std::vector<bool> Taken(const Document& doc, const std::vector<RawQuote>& quotes) {
  std::vector<bool> taken(doc.tokens.size(), false);
  auto mark = [&](const std::optional<Span>& s) {
    if (!s) return;
    auto it = std::upper_bound(doc.tokens.begin(), doc.tokens.end(), s->begin,
                               [](uint32_t b, const Token& t) { return b < t.span.end; });
    for (; it != doc.tokens.end() && it->span.begin < s->end; ++it)
      if (it->span.Overlaps(*s)) taken[it - doc.tokens.begin()] = true;
  };
  for (const RawQuote& q : quotes) {
    mark(q.content);
    mark(q.cue);
    mark(q.source);
  }
  return taken;
}

// The subtree of t less punctuation at either end, or false when it is too
// long or touches a taken token.
bool Subtree(const Document& doc, const SubtreeEdges& edges, const std::vector<bool>& taken, int t,
             int* b, int* e) {
  *b = static_cast<int>(edges.left[t]);
  *e = static_cast<int>(edges.right[t]);
  while (*b < *e && doc.syntax[*b].upos == "PUNCT") ++*b;
  while (*e > *b && doc.syntax[*e].upos == "PUNCT") --*e;
  if (*e - *b >= kMaxSpanTokens) return false;
  for (int k = *b; k <= *e; ++k)
    if (taken[k]) return false;
  return true;
}

}  // namespace

void AddParseFrames(const Document& doc, const CueScorer& scorer, const ExtractOptions& options,
                    float min_score, const SubtreeEdges& edges, std::vector<RawQuote>* quotes) {
  int n = static_cast<int>(doc.tokens.size());
  if (min_score <= 0 || n == 0 || doc.syntax.size() != doc.tokens.size() ||
      edges.left.size() != doc.tokens.size())
    return;
  Children ch = FindChildren(doc);
  std::vector<bool> taken = Taken(doc, *quotes);
  std::vector<RawQuote> added;
  for (int c = 0; c < n && quotes->size() + added.size() < options.max_quotes; ++c) {
    if (taken[c] || doc.syntax[c].upos != "VERB" || ch.subj[c] < 0) continue;
    int k = ch.comp[c] >= 0 ? ch.comp[c] : ch.obj[c];
    if (k < 0) continue;
    if (scorer.LearnedP(syntax::LowerAscii(doc.Surface(doc.tokens[c].span)), options) < min_score)
      continue;
    int sb, se, kb, ke;
    if (!Subtree(doc, edges, taken, ch.subj[c], &sb, &se) || se >= c) continue;
    if (!Subtree(doc, edges, taken, k, &kb, &ke) || kb <= c || ke - kb < 1) continue;
    RawQuote q;
    q.kind = "indirect";
    q.cue = q.cue_word = doc.tokens[c].span;
    q.cue_lemma = doc.syntax[c].lemma.empty() ? syntax::LowerAscii(doc.Surface(doc.tokens[c].span))
                                              : doc.syntax[c].lemma;
    q.source = Span{doc.tokens[sb].span.begin, doc.tokens[se].span.end};
    q.content = Span{doc.tokens[kb].span.begin, doc.tokens[ke].span.end};
    q.stage = Stage::kFrame;
    for (int t = sb; t <= ke; ++t) taken[t] = true;
    added.push_back(std::move(q));
  }
  if (added.empty()) return;
  MergeByContentStart(std::move(added), quotes);
}

}  // namespace newsgraph::quotes
