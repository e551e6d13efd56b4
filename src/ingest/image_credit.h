// Picture and video furniture of scraped news pages (the BBC's, among others):
//
//   Image copyright Getty Images Image caption Mr Doe spoke in Ohio on Monday
//   Media playback is unsupported on your device Media caption Why it matters
//
// A reader sees a photo credit, then a caption. Read as text they run into one
// sentence whose subject is "Image copyright Getty Images Image caption Mr
// Doe" (a speaker, an event's actor, an organisation "Getty Images").
// FindImageCredits finds the furniture: "Image copyright" with the credit
// after it (up to "Image caption" or the end of its line, at most
// kMaxCreditBytes), "Image caption", "Media playback is unsupported on your
// device" and "Media caption"; MaskImageCredits records them in meta.masked
// (include/newsgraph/document.h), so the stages read blanks there and the
// caption as a sentence of its own, while the text stays byte for byte the
// input. Only these exact, capitalised phrases are cut.
//
// Linear in the text size. Pure functions: thread-safe.
#ifndef NEWSGRAPH_INGEST_IMAGE_CREDIT_H_
#define NEWSGRAPH_INGEST_IMAGE_CREDIT_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "ingest/hover_card.h"
#include "newsgraph/document.h"

namespace newsgraph::ingest {

// Longest credit taken after "Image copyright" ("AFP/Getty Images", "Press
// Association"); a longer run is not a credit, and only the phrase is cut.
inline constexpr size_t kMaxCreditBytes = 48;

// The furniture of text, in order and disjoint.
std::vector<Cut> FindImageCredits(std::string_view text);

// Adds the cuts of body (FindImageCredits) to meta->masked and, when there are
// any, says how many in meta->warnings. Returns the number found.
size_t MaskImageCredits(std::string_view body, ArticleMeta* meta);

// What every reader masks: hover cards (hover_card.h) and picture credits.
// Returns the number of cuts.
size_t MaskPageFurniture(std::string_view body, ArticleMeta* meta);

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_IMAGE_CREDIT_H_
