#include "quotes/rules.h"

#include <algorithm>
#include <string>

#include "quotes/labels.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

// "a 46-page analysis released by the agency …": a past participle that the
// parse hangs from a noun before it, with its agent after it, modifies that
// noun; it is no verb of its own for the rules. Speech verbs stay verbs
// ("Mr. Doe, now 81, said by telephone": the parse's acl is wrong there).
bool ReducedRelative(const Document& doc, const CueScorer& scorer, size_t i) {
  const TokenSyntax& s = doc.syntax[i];
  if (s.upos != "VERB" || s.xpos != "VBN" || s.deprel != "acl" || s.head < 0 ||
      static_cast<size_t>(s.head) >= i || i + 1 >= doc.tokens.size() ||
      doc.Surface(doc.tokens[i + 1].span) != "by")
    return false;
  return !scorer.IsDirectCue(syntax::LowerAscii(doc.Surface(doc.tokens[i].span)));
}

NonVerbOffsets NonVerbs(const Document& doc, const CueScorer& scorer) {
  NonVerbOffsets out;
  if (doc.syntax.size() != doc.tokens.size()) return out;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const std::string& u = doc.syntax[i].upos;
    if (u == "NOUN" || u == "PROPN" || u == "ADJ" || u == "ADP" || u == "DET" || u == "PRON" ||
        u == "NUM" || u == "ADV" || u == "CCONJ" || u == "SCONJ" || u == "PART" || u == "INTJ" ||
        u == "PUNCT" || u == "SYM" || ReducedRelative(doc, scorer, i))
      out.push_back(doc.tokens[i].span.begin);
  }
  std::sort(out.begin(), out.end());
  return out;
}

ClausalVerbOffsets ClausalVerbs(const Document& doc) {
  ClausalVerbOffsets out;
  if (doc.syntax.size() != doc.tokens.size()) return out;
  for (size_t i = 0; i < doc.syntax.size(); ++i) {
    const TokenSyntax& s = doc.syntax[i];
    if ((s.deprel == "ccomp" || s.deprel == "xcomp") && s.head >= 0 &&
        static_cast<size_t>(s.head) < i && doc.syntax[s.head].upos == "VERB")
      out.push_back(doc.tokens[s.head].span.begin);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

std::vector<RawQuote> RuleQuotes(const Document& doc, const CueScorer& scorer,
                                 const ExtractOptions& options, const SubtreeEdges& edges) {
  std::vector<RawQuote> raw =
      Extract(doc.text(), scorer, options, NonVerbs(doc, scorer), ClausalVerbs(doc));
  for (RawQuote& r : raw) {
    if (r.kind != "direct") RefineReported(doc, edges, &r);
    RefineSource(doc, edges, &r);
  }
  AddLabelQuotes(doc.text(), &raw);
  return raw;
}

}  // namespace newsgraph::quotes
