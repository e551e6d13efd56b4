#include "quotes/outer.h"

#include <string>

#include "quotes/token_at.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

bool Usable(const Document& doc, const SubtreeEdges& edges) {
  return !doc.tokens.empty() && doc.syntax.size() == doc.tokens.size() &&
         edges.left.size() == doc.tokens.size();
}

Span TokenSpan(const Document& doc, int first, int last) {
  return Span{doc.tokens[first].span.begin, doc.tokens[last].span.end};
}

// Whether any quote's cue, source or content overlaps token t.
bool Held(const std::vector<RawQuote>& quotes, const Span& t) {
  for (const RawQuote& q : quotes)
    if (q.content.Overlaps(t) || (q.cue && q.cue->Overlaps(t)) ||
        (q.source && q.source->Overlaps(t)))
      return true;
  return false;
}

// The subject subtree of verb h, before it: [*b, *e]; false when there is none.
bool SubjectBefore(const Document& doc, const SubtreeEdges& edges, int h, int* b, int* e) {
  for (int k = static_cast<int>(edges.left[h]); k < h; ++k) {  // h's subtree only
    const TokenSyntax& s = doc.syntax[k];
    if (s.head != h || s.deprel.rfind("nsubj", 0) != 0 || s.deprel == "nsubj:pass") continue;
    *b = static_cast<int>(edges.left[k]);
    *e = static_cast<int>(edges.right[k]);
    return *e < h;
  }
  return false;
}

}  // namespace

void LiftToSpeechVerb(const Document& doc, const SubtreeEdges& edges, const CueScorer& scorer,
                      std::vector<RawQuote>* quotes) {
  if (!Usable(doc, edges)) return;
  const int n = static_cast<int>(doc.tokens.size());
  for (RawQuote& q : *quotes) {
    if (q.kind == "direct" || !q.cue_word) continue;
    const int c = TokenStartingAt(doc, q.cue_word->begin);
    if (c < 0 || doc.syntax[c].deprel != "ccomp") continue;
    const int h = doc.syntax[c].head;
    if (h < 0 || h >= c || h >= n || doc.syntax[h].upos != "VERB") continue;
    const Span verb = doc.tokens[h].span;
    if (!scorer.Lexicon(syntax::LowerAscii(doc.Surface(verb))) || Held(*quotes, verb)) continue;
    int kb = static_cast<int>(edges.left[c]), ke = static_cast<int>(edges.right[c]);
    while (kb < ke && doc.syntax[kb].upos == "PUNCT") ++kb;
    while (ke > kb && doc.syntax[ke].upos == "PUNCT") --ke;
    if (kb <= h || ke - kb < 1) continue;
    int sb, se;
    if (SubjectBefore(doc, edges, h, &sb, &se))
      q.source = TokenSpan(doc, sb, se);
    else
      q.source.reset();
    q.cue = q.cue_word = verb;
    q.cue_lemma =
        doc.syntax[h].lemma.empty() ? std::string(doc.Surface(verb)) : doc.syntax[h].lemma;
    q.content = TokenSpan(doc, kb, ke);
    q.addressee.reset();
    std::erase_if(q.partials, [&](const Span& p) {
      return p.begin < q.content.begin || p.end > q.content.end;
    });
  }
}

}  // namespace newsgraph::quotes
