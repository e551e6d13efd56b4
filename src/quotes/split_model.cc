#include "quotes/split_model.h"

#include <algorithm>
#include <string>

#include "quotes/span_model.h"
#include "quotes/token_at.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

constexpr int kBefore = 3;  // candidates before the current content start (cue words)
constexpr int kAfter = 8;   // and after it

// The child of `w` whose subtree holds token k, or -1 (k outside it).
int ChildOf(const Document& doc, int w, int k) {
  int n = static_cast<int>(doc.tokens.size());
  for (int guard = 0; k >= 0 && k < n && guard < 64; ++guard) {
    int h = doc.syntax[k].head;
    if (h == w) return k;
    k = h;
  }
  return -1;
}

// Features of the candidate boundaries of one quote (words lower-cased once).
class Featurizer {
 public:
  Featurizer(const Document& doc, const SubtreeEdges& edges, int word, int current, int lo, int hi)
      : doc_(doc), edges_(edges), word_(word), current_(current), lo_(lo),
        lemma_(doc.syntax[word].lemma) {
    for (int k = lo - 1; k <= hi; ++k)
      lower_.push_back(syntax::LowerAscii(doc.Surface(doc.tokens[k].span)));
  }

  FeatureVec At(int k) const {
    static constexpr std::string_view kDistance[] = {"-3", "-2", "-1", "0", "1", "2",
                                                     "3",  "4",  "5",  "6", "7", "8"};
    static constexpr std::string_view kCount[] = {"0", "1", "2", "3", "4", "5", "6"};
    FeatureVec v;
    v.reserve(28);
    Keys add(&v, "S");
    const TokenSyntax& s = doc_.syntax[k];
    const TokenSyntax& p = doc_.syntax[k - 1];
    std::string_view w = lower_[k - lo_ + 1], pw = lower_[k - lo_];
    std::string_view d = kDistance[std::clamp(k - current_, -kBefore, kAfter) + kBefore];
    add("bias");
    add("d", d);
    add("w", w);
    add("pw", pw);
    add("u", s.upos);
    add("pu", p.upos);
    add("r", s.deprel);
    add("pr", p.deprel);
    add("pu|u", p.upos, s.upos);
    add("pw|w", pw, w);
    add("l|w", lemma_, w);
    add("l|pw", lemma_, pw);
    add("l|d", lemma_, d);
    add("l|u", lemma_, s.upos);
    add("d|u", d, s.upos);
    add("d|pu", d, p.upos);
    add("n", kCount[std::min(k - word_, 6)]);
    int child = ChildOf(doc_, word_, k);
    if (child < 0) {
      add("out");
    } else {
      const std::string& cr = doc_.syntax[child].deprel;
      std::string_view opens = static_cast<int>(edges_.left[child]) == k ? "open" : "in";
      add("c", cr, opens);
      add("c|u", cr, s.upos, opens);
      add("c|l", cr, lemma_, opens);
      if (child == k) add("child", cr);
      add("same", ChildOf(doc_, word_, k - 1) == child ? "1" : "0");
    }
    if (s.head >= 0 && s.head == k - 1) add("headprev", s.deprel);
    return v;
  }

 private:
  const Document& doc_;
  const SubtreeEdges& edges_;
  int word_, current_, lo_;
  const std::string& lemma_;
  std::vector<std::string> lower_;  // words lo-1 .. hi
};

}  // namespace

std::optional<SplitChoices> SplitCandidates(const Document& doc, const SubtreeEdges& edges,
                                            const RawQuote& q) {
  if (q.kind == "direct" || !q.cue || !q.cue_word || q.content.begin < q.cue->end)
    return std::nullopt;
  if (doc.syntax.size() != doc.tokens.size() || edges.left.size() != doc.tokens.size())
    return std::nullopt;
  int word = TokenEndingAt(doc, q.cue_word->end);
  int cue_end = TokenEndingAt(doc, q.cue->end);
  int start = TokenStartingAt(doc, q.content.begin);
  int last = TokenEndingAt(doc, q.content.end);
  if (word < 0 || cue_end < word || start <= cue_end || last < start) return std::nullopt;
  SplitChoices c;
  int lo = std::max(word + 1, start - kBefore), hi = std::min(last, start + kAfter);
  // A name or pronoun that is the cue word's object stays with the content
  // ("urged [the European Union to forge …]", "accused [the EU of …]", as the
  // seed article's table has them; PolNeAR would often start at "to"/"of").
  int object = ChildOf(doc, word, start);
  if (object >= 0 && (doc.syntax[object].deprel == "obj" || doc.syntax[object].deprel == "iobj") &&
      (doc.syntax[object].upos == "PROPN" || doc.syntax[object].upos == "PRON"))
    hi = start;
  Featurizer fz(doc, edges, word, start, lo, hi);
  for (int k = lo; k <= hi; ++k) {
    if (k != start && doc.syntax[k].upos == "PUNCT") continue;
    if (k == start) c.current = static_cast<int>(c.tokens.size());
    c.tokens.push_back(k);
    c.features.push_back(fz.At(k));
  }
  if (c.current < 0 || c.tokens.size() < 2) return std::nullopt;
  return c;
}

void ApplySplit(const Document& doc, const SplitChoices& c, int pick, RawQuote* q) {
  if (pick == c.current) return;
  int k = c.tokens[pick];
  int e = k - 1;
  while (e > 0 && doc.syntax[e].upos == "PUNCT" && doc.tokens[e].span.begin > q->cue->begin) --e;
  q->cue->end = doc.tokens[e].span.end;
  q->content.begin = doc.tokens[k].span.begin;
  std::vector<Span> kept;
  for (const Span& p : q->partials)
    if (q->content.Contains(p)) kept.push_back(p);
  q->partials = std::move(kept);
}

void SplitQuotes(const Document& doc, const SubtreeEdges& edges, const SplitModel& model,
                 std::vector<RawQuote>* quotes) {
  if (model.empty()) return;
  for (RawQuote& q : *quotes) {
    std::optional<SplitChoices> c = SplitCandidates(doc, edges, q);
    if (!c) continue;
    int best = model.ranker.Best(c->features);
    if (best < 0 || best == c->current) continue;
    if (model.ranker.Score(c->features[best]) - model.ranker.Score(c->features[c->current]) <=
        model.margin)
      continue;
    ApplySplit(doc, *c, best, &q);
  }
}

}  // namespace newsgraph::quotes
