// Token lookups by byte offset for the quote stages (refine, conventions, split model,
// filter, speakers).
#ifndef NEWSGRAPH_QUOTES_TOKEN_AT_H_
#define NEWSGRAPH_QUOTES_TOKEN_AT_H_

#include <algorithm>
#include <cstdint>

#include "newsgraph/document.h"

namespace newsgraph::quotes {

// Index of the token that starts at byte b, or -1.
inline int TokenStartingAt(const Document& doc, uint32_t b) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), b,
                             [](const Token& t, uint32_t x) { return t.span.begin < x; });
  if (it == doc.tokens.end() || it->span.begin != b) return -1;
  return static_cast<int>(it - doc.tokens.begin());
}

// Index of the first token ending after byte b (the token holding b, or the next one), or
// -1 when there is none.
inline int TokenAtOrAfter(const Document& doc, uint32_t b) {
  auto it = std::upper_bound(doc.tokens.begin(), doc.tokens.end(), b,
                             [](uint32_t x, const Token& t) { return x < t.span.end; });
  return it == doc.tokens.end() ? -1 : static_cast<int>(it - doc.tokens.begin());
}

// Index of the token that ends at byte e, or -1.
inline int TokenEndingAt(const Document& doc, uint32_t e) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), e,
                             [](const Token& t, uint32_t x) { return t.span.end < x; });
  if (it == doc.tokens.end() || it->span.end != e) return -1;
  return static_cast<int>(it - doc.tokens.begin());
}

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_TOKEN_AT_H_
