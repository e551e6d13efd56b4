// Refine: tightens the spans of reported speech with the dependency parse.
//
// PolNeAR-style conventions: the content of "X said on Tuesday that …" is the
// cue's clausal complement (ccomp/xcomp subtree, with its "that"), not the
// adjuncts before it, and stops where that clause stops ("…, but he said …"
// is not part of it); the adjuncts between the verb and the content belong to
// the cue ("said on Tuesday"), an object ("told reporters") does not.
// Pure functions over an immutable Document; no state.
#ifndef NEWSGRAPH_QUOTES_REFINE_H_
#define NEWSGRAPH_QUOTES_REFINE_H_

#include <cstdint>
#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"

namespace newsgraph::quotes {

// Leftmost/rightmost token of every token's subtree. Empty when the syntax
// layer is absent or malformed (heads out of range or cyclic chains are cut).
struct SubtreeEdges {
  std::vector<uint32_t> left, right;
};
SubtreeEdges ComputeEdges(const Document& doc);

// Tightens content and cue of one reported-speech quote whose content follows
// its cue. No-op without a usable parse or when the parse disagrees with the
// rules (the complement does not lie inside the rule content).
void RefineReported(const Document& doc, const SubtreeEdges& edges, RawQuote* q);

// Widens a source that precedes its cue to the cue's whole subject subtree
// ("A spokeswoman for Hillary Clinton", "The New York Times and the Gannett
// newspaper chain"), when that subtree contains the rule source and ends
// before the cue.
void RefineSource(const Document& doc, const SubtreeEdges& edges, RawQuote* q);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_REFINE_H_
