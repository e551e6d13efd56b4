// Text segmentation: paragraphs, sentences and UD-style tokens. Stateless and
// thread-safe; linear in the text. See docs/text.md for the conventions.
#ifndef NEWSGRAPH_TEXT_SEGMENT_H_
#define NEWSGRAPH_TEXT_SEGMENT_H_

#include <cstddef>

#include "newsgraph/document.h"

namespace newsgraph::text {

struct SegmentOptions {
  size_t max_token_bytes = 1024;      // longer runs are split (values below 4 act as 4)
  size_t max_sentence_tokens = 1000;  // longer sentences are split
};

// Fills doc->paragraphs (one per non-blank line), doc->sentences and
// doc->tokens, clearing them first. Fails only for texts of 4 GiB or more.
Status Segment(const SegmentOptions& options, Document* doc);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_SEGMENT_H_
