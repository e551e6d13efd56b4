// Contained quotes: a quote whose content lies inside another quote's content
// is mostly the same words read twice: a quoted passage of a reported quote
// found again as a direct or mixed quote of its own, or the rules reading an
// attribution again inside reported speech or a transcript answer. PolNeAR
// marks the outer one; on PolNeAR dev 40 of the 49 such quotes matched no gold
// attribution (docs/quotes.md, round h/quotes8).
//
// Pure function.
#ifndef NEWSGRAPH_QUOTES_CONTAINED_H_
#define NEWSGRAPH_QUOTES_CONTAINED_H_

#include <vector>

#include "quotes/extract.h"

namespace newsgraph::quotes {

// Drops the quotes whose content lies inside another quote's content (the
// later of two with the same content): a direct or mixed one always; an
// indirect one when the outer quote is not direct (inside a direct quote,
// PolNeAR marks the speaker's own attributions about as often as not) and
// the cue tagger did not propose it as a nested attribution (Stage::kNested,
// which cut the outer content and is its own decision). Order is kept.
void DropContainedQuotes(std::vector<RawQuote>* quotes);

// Drops the direct quotes that begin inside a mixed quote's content and end
// at most the closing punctuation past it: the mixed quote's quoted words read
// again. PolNeAR marks the mixed one; on PolNeAR train 28 of 32 such direct
// quotes (ending anywhere) matched no gold attribution (docs/quotes.md, round
// h/quotes11). A direct quote running on past the mixed one by more (a longer
// passage the mixed content cut short) stays. A direct quote with no cue of
// its own (floating) goes the same way inside any non-direct quote: on PolNeAR
// train 16 of 16 such quotes inside indirect content matched no gold
// attribution (docs/quotes.md, round "cue verb groups"). Order is kept.
void DropDirectInsideMixed(std::vector<RawQuote>* quotes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_CONTAINED_H_
