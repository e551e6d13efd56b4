// PLACEHOLDER segmentation (whitespace tokens, one sentence per paragraph).
// To be replaced by the real tokenizer and sentence splitter.
#include "text/segment.h"

namespace newsgraph::text {

Status Segment(const SegmentOptions& options, Document* doc) {
  (void)options;
  doc->paragraphs.clear();
  doc->sentences.clear();
  doc->tokens.clear();
  const std::string& t = doc->text();
  uint32_t n = static_cast<uint32_t>(t.size());
  uint32_t i = 0;
  while (i < n) {
    while (i < n && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r')) ++i;
    if (i >= n) break;
    uint32_t b = i;
    while (i < n && !(t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r')) ++i;
    doc->tokens.push_back({{b, i}, TokenKind::kWord, true});
  }
  if (!doc->tokens.empty()) {
    Span all{doc->tokens.front().span.begin, doc->tokens.back().span.end};
    doc->paragraphs.push_back(all);
    doc->sentences.push_back({all, 0, static_cast<uint32_t>(doc->tokens.size()), 0});
  }
  return Status::Ok();
}

}  // namespace newsgraph::text
