// MentionIndex: the entity mentions of a document that overlap a span, found through the
// mentions sorted by their first byte instead of a scan of every mention (an article of tens
// of thousands of mentions would make the per-sentence and per-quote scans quadratic).
#ifndef NEWSGRAPH_CORE_MENTION_INDEX_H_
#define NEWSGRAPH_CORE_MENTION_INDEX_H_

#include <cstdint>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph {

class MentionIndex {
 public:
  // Reads doc.mentions as they are now; rebuild after adding mentions.
  explicit MentionIndex(const Document& doc);

  // The indices into doc.mentions of the mentions that overlap s (share a byte), in increasing
  // index order, as a scan of doc.mentions meets them.
  std::vector<uint32_t> Overlapping(Span s) const;

 private:
  const Document& doc_;
  std::vector<uint32_t> by_begin_;  // mention indices, by span.begin
  uint32_t longest_ = 0;            // the longest mention, in bytes
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_MENTION_INDEX_H_
