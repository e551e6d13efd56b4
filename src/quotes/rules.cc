#include "quotes/rules.h"

#include <algorithm>

#include "quotes/labels.h"

namespace newsgraph::quotes {
namespace {

NonVerbOffsets NonVerbs(const Document& doc) {
  NonVerbOffsets out;
  if (doc.syntax.size() != doc.tokens.size()) return out;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const std::string& u = doc.syntax[i].upos;
    if (u == "NOUN" || u == "PROPN" || u == "ADJ" || u == "ADP" || u == "DET" || u == "PRON" ||
        u == "NUM" || u == "ADV" || u == "CCONJ" || u == "SCONJ" || u == "PART" || u == "INTJ" ||
        u == "PUNCT" || u == "SYM")
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
      Extract(doc.text(), scorer, options, NonVerbs(doc), ClausalVerbs(doc));
  for (RawQuote& r : raw) {
    if (r.kind != "direct") RefineReported(doc, edges, &r);
    RefineSource(doc, edges, &r);
  }
  AddLabelQuotes(doc.text(), &raw);
  return raw;
}

}  // namespace newsgraph::quotes
