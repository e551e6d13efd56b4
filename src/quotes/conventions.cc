#include "quotes/conventions.h"

#include <algorithm>
#include <string>

#include "quotes/token_at.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

bool IsContraction(std::string_view w) {
  for (std::string_view c : {"'s", "\u2019s", "'ve", "\u2019ve", "'re", "\u2019re", "'m",
                             "\u2019m", "'d", "\u2019d"})
    if (w == c) return true;
  return false;
}

// "He's predicting": the contraction glued to the word before it.
void TakeContraction(const Document& doc, RawQuote* q) {
  int c = TokenStartingAt(doc, q->cue->begin);
  if (c <= 1) return;
  const Token& aux = doc.tokens[c - 1];
  if (doc.syntax[c - 1].upos != "AUX" || !IsContraction(doc.Surface(aux.span))) return;
  if (doc.tokens[c - 2].span.end != aux.span.begin) return;  // glued to its host
  if (q->source && q->source->end > aux.span.begin) return;
  q->cue->begin = aux.span.begin;
}

// "went on [to discuss] polls" -> cue "went on to discuss", content "polls".
void TakeCatenativeVerb(const Document& doc, RawQuote* q) {
  int last = TokenEndingAt(doc, q->cue->end);
  int to = TokenStartingAt(doc, q->content.begin);
  int n = static_cast<int>(doc.tokens.size());
  if (last < 0 || to < 0 || to + 2 >= n || to <= last) return;
  // The cue word, or for "went on" the verb before the particle.
  int word = last;
  if (doc.syntax[last].upos == "ADP" && last > 0 && doc.syntax[last - 1].lemma == "go") --word;
  const std::string& lemma = doc.syntax[word].lemma;
  if (!IsCatenativeCue(lemma == "go" && word != last ? "go on" : lemma)) return;
  if (syntax::LowerAscii(doc.Surface(doc.tokens[to].span)) != "to") return;
  int verb = to + 1;
  if (doc.syntax[verb].upos != "VERB" || doc.syntax[to].head != verb) return;
  if (doc.tokens[verb + 1].span.begin >= q->content.end) return;  // nothing would be left
  q->cue->end = doc.tokens[verb].span.end;
  q->content.begin = doc.tokens[verb + 1].span.begin;
  std::vector<Span> kept;
  for (const Span& p : q->partials)
    if (q->content.Contains(p)) kept.push_back(p);
  q->partials = std::move(kept);
}

}  // namespace

bool IsCatenativeCue(std::string_view lemma) {
  static constexpr std::string_view kLemmas[] = {
      "go on", "continue", "try",  "seem",   "appear", "likely", "tend",
      "struggle", "quick", "able", "proceed", "effort", "hard"};
  return std::find(std::begin(kLemmas), std::end(kLemmas), lemma) != std::end(kLemmas);
}

void ApplyCueConventions(const Document& doc, const SubtreeEdges& edges, RawQuote* q) {
  if (q->kind == "direct" || !q->cue || q->content.begin < q->cue->end) return;
  TakeContraction(doc, q);
  TakeCatenativeVerb(doc, q);
}

void ApplyCueConventions(const Document& doc, const SubtreeEdges& edges,
                         std::vector<RawQuote>* quotes) {
  if (doc.syntax.size() != doc.tokens.size() || doc.tokens.empty()) return;
  for (RawQuote& q : *quotes) ApplyCueConventions(doc, edges, &q);
}

}  // namespace newsgraph::quotes
