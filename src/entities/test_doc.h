// Test helper: a Document built from whitespace-separated tokens, for the entity tests.
#ifndef NEWSGRAPH_ENTITIES_TEST_DOC_H_
#define NEWSGRAPH_ENTITIES_TEST_DOC_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "newsgraph/document.h"

namespace newsgraph::entities {

// Whitespace tokens, one sentence per line, one paragraph per blank-line block.
inline Document MakeDoc(const std::string& text, const std::string& date) {
  ArticleMeta m;
  m.published = date;
  Document d(text, m);
  uint32_t para = 0;
  size_t i = 0;
  Sentence cur;
  bool open = false;
  auto close = [&] {
    if (open) {
      cur.span.end = d.tokens.back().span.end;
      cur.token_end = static_cast<uint32_t>(d.tokens.size());
      d.sentences.push_back(cur);
      open = false;
    }
  };
  while (i < text.size()) {
    if (text[i] == '\n') {
      close();
      if (i + 1 < text.size() && text[i + 1] == '\n') ++para;
      ++i;
      continue;
    }
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
    if (!open) {
      cur = Sentence();
      cur.span.begin = static_cast<uint32_t>(b);
      cur.token_begin = static_cast<uint32_t>(d.tokens.size());
      cur.paragraph = para;
      open = true;
    }
    d.tokens.push_back(
        {{static_cast<uint32_t>(b), static_cast<uint32_t>(i)}, TokenKind::kWord, true});
  }
  close();
  return d;
}

}  // namespace newsgraph::entities

#endif  // NEWSGRAPH_ENTITIES_TEST_DOC_H_
