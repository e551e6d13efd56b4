// After the stages: name-like spans that run over a masked range (a hover
// card, include/newsgraph/document.h) end where it begins, and names lose the
// blank runs that masking left in them.
//
// The stages read the masked text, where "Sen. Ann Roe [card] (Maine)" is the
// name, blanks and its state tag; output reads the original, where that span's
// text would hold the card. So mentions, their roles, quote sources and event
// arguments are clipped to what precedes the first masked range inside them
// ("Sen. Ann Roe"), and entity and argument names have each run of spaces made
// one ("Ann Roe (Maine)"). Content spans (quotes, sentences, paragraphs) keep a
// masked range inside them: the quote goes on past the card.
#ifndef NEWSGRAPH_PIPELINE_MASKED_SPANS_H_
#define NEWSGRAPH_PIPELINE_MASKED_SPANS_H_

#include "newsgraph/document.h"

namespace newsgraph {

// Nothing to do when doc->meta.masked is empty.
void ClipSpansAtMasks(Document* doc);

}  // namespace newsgraph

#endif  // NEWSGRAPH_PIPELINE_MASKED_SPANS_H_
