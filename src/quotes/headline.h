// Headline attributions: "Trump Could Address Clean Energy, Lindsey Graham
// Says." quotes the words before the comma, with the name as source and
// "Says" as cue, as PolNeAR marks such headlines (train 1 of 1, which the
// rules already found through its quote marks; dev 2 of 2, which nothing
// found). Only the first line of the text, only when no quote overlaps it.
//
// Pure function over an immutable Document.
#ifndef NEWSGRAPH_QUOTES_HEADLINE_H_
#define NEWSGRAPH_QUOTES_HEADLINE_H_

#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"

namespace newsgraph::quotes {

// Adds the quote of a first line "<at least three words>, <1-6 capitalised
// words> Says|Say|Warns|Claims|Argues|Insists." to *quotes (kept ordered by
// content start).
void AddHeadlineAttribution(const Document& doc, std::vector<RawQuote>* quotes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_HEADLINE_H_
