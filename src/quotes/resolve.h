// Resolve: links a quote's source and addressee spans to entities through the
// mentions layer (Document::mentions / Document::entities). A pronoun or a
// title with no mention of its own takes the nearest plausible antecedent:
// "he", "she" and "I" the speaker of the quote before, else the last person
// mentioned before it; "they" and "it" the last subject before them that
// agrees in number, when a named body or group holds it; "we" and "you" no
// one. Pure functions; no state.
#ifndef NEWSGRAPH_QUOTES_RESOLVE_H_
#define NEWSGRAPH_QUOTES_RESOLVE_H_

#include <cstdint>
#include <optional>

#include "newsgraph/document.h"

namespace newsgraph::quotes {

// The entity whose mention best covers span (largest overlap, then the
// latest-ending mention: the head of "X's spokesman" is not X), or -1.
int32_t EntityForSpan(const Document& doc, const Span& span);

// Fills speaker/addressee of doc->quotes (which must be in text order).
void ResolveSpeakers(Document* doc, const std::vector<std::optional<Span>>& addressees);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_RESOLVE_H_
