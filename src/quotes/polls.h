// Poll leads: "In this poll, Trump rose 1 point …" attributes the clause to
// the poll (PolNeAR cue "In", source "this poll", content the clause). No
// verb frames it, so neither the rules nor the parse-based stages find it;
// PolNeAR train has 10 such sentence-initial leads, 8 of them found by
// nothing else (docs/quotes.md, round "cue verb groups").
//
// Pure function over an immutable Document.
#ifndef NEWSGRAPH_QUOTES_POLLS_H_
#define NEWSGRAPH_QUOTES_POLLS_H_

#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"

namespace newsgraph::quotes {

// Adds an indirect quote for every sentence that opens with "In <noun
// phrase ending in poll(s)/survey(s)>," (optionally ", conducted/taken/
// released/published …,") followed by a clause of at least three words, when
// no quote found so far overlaps that sentence. Keeps *quotes ordered by
// content start.
void AddPollLeads(const Document& doc, std::vector<RawQuote>* quotes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_POLLS_H_
