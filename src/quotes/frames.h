// Frames: quote candidates straight from the dependency parse, for the
// attributions the rules cannot frame ("Schweizer's book details several
// incidents", "the Huffington Post reported that ..."): a verb with a
// subject before it and a clausal complement or object after it, whose
// learned cue probability reaches a (low) threshold. Source = subject
// subtree, cue = the verb, content = the complement subtree. Only words
// outside every rule quote are considered. The quote filter (filter.h)
// decides which candidates stay; without a filter no frames are proposed.
// Pure function.
#ifndef NEWSGRAPH_QUOTES_FRAMES_H_
#define NEWSGRAPH_QUOTES_FRAMES_H_

#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"
#include "quotes/refine.h"

namespace newsgraph::quotes {

// Adds the frame candidates to `quotes` (kept in order of content start).
void AddParseFrames(const Document& doc, const CueScorer& scorer, const ExtractOptions& options,
                    float min_score, const SubtreeEdges& edges, std::vector<RawQuote>* quotes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_FRAMES_H_
