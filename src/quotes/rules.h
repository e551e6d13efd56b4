// Rules: the rule quotes of an annotated document (extract.h over the raw
// text, with the syntax layer's word classes and clausal verbs, then the parse
// refinement of refine.h). What the stage emits before the learned span
// models (span_model.h), and what `newsgraph train quotes` trains them on.
// Pure function.
#ifndef NEWSGRAPH_QUOTES_RULES_H_
#define NEWSGRAPH_QUOTES_RULES_H_

#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"
#include "quotes/refine.h"

namespace newsgraph::quotes {

std::vector<RawQuote> RuleQuotes(const Document& doc, const CueScorer& scorer,
                                 const ExtractOptions& options, const SubtreeEdges& edges);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_RULES_H_
