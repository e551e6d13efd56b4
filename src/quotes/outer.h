// Outer cue verbs: a reported quote whose cue word is the clausal complement
// (ccomp) of a cue verb of the lexicon before it (speech or attitude: "said",
// "believe", "found") that no quote holds ("Twitter said it actively
// investigated the threats" framed as "it [investigated] the threats") is
// that verb's quote in PolNeAR: cue = that verb, content = the complement's
// subtree, source = the verb's subject subtree. PolNeAR train: 125 quotes
// whose gold cue is such an outer speech verb carried the inner verb as cue
// instead.
//
// A pure function over an immutable Document; a no-op without a usable parse.
#ifndef NEWSGRAPH_QUOTES_OUTER_H_
#define NEWSGRAPH_QUOTES_OUTER_H_

#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"
#include "quotes/refine.h"

namespace newsgraph::quotes {

void LiftToSpeechVerb(const Document& doc, const SubtreeEdges& edges, const CueScorer& scorer,
                      std::vector<RawQuote>* quotes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_OUTER_H_
