// Text segmentation: paragraphs, sentences and UD-style tokens.
#ifndef NEWSGRAPH_TEXT_SEGMENT_H_
#define NEWSGRAPH_TEXT_SEGMENT_H_

#include <cstddef>

#include "newsgraph/document.h"

namespace newsgraph::text {

struct SegmentOptions {
  size_t max_token_bytes = 1024;      // longer runs are split
  size_t max_sentence_tokens = 1000;  // longer sentences are split
};

// Fills doc->paragraphs, doc->sentences and doc->tokens (clearing them first).
Status Segment(const SegmentOptions& options, Document* doc);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_SEGMENT_H_
