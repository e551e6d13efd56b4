// Helpers shared by the quote stage's tests: small parsed documents written
// inline as "word/UPOS/head/deprel" items, and span look-ups. Test-only.
#ifndef NEWSGRAPH_QUOTES_TEST_UTIL_H_
#define NEWSGRAPH_QUOTES_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::quotes::testing {

// A one-sentence document from "word/UPOS/head/deprel" items (head: 0-based
// token index, -1 for the root); the text is the words joined by spaces.
inline Document Parsed(const std::string& spec) {
  std::istringstream in(spec);
  std::string item, text;
  std::vector<Token> toks;
  std::vector<TokenSyntax> syn;
  while (in >> item) {
    std::istringstream f(item);
    std::string w, upos, head, rel;
    std::getline(f, w, '/');
    std::getline(f, upos, '/');
    std::getline(f, head, '/');
    std::getline(f, rel, '/');
    TokenSyntax s;
    s.upos = upos;
    s.head = std::stoi(head);
    s.deprel = rel;
    s.lemma = w;
    syn.push_back(s);
    if (!text.empty()) text += ' ';
    Token t;
    t.span =
        Span{static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size() + w.size())};
    text += w;
    toks.push_back(t);
  }
  Document d(text, ArticleMeta{});
  Sentence s;
  s.span = Span{0, static_cast<uint32_t>(text.size())};
  s.token_end = static_cast<uint32_t>(toks.size());
  d.sentences.push_back(s);
  d.tokens = toks;
  d.syntax = syn;
  return d;
}

// The byte span of the first occurrence of s (a test failure when absent).
inline Span Find(const Document& d, const std::string& s) {
  size_t b = d.text().find(s);
  EXPECT_NE(b, std::string::npos) << s;
  return Span{static_cast<uint32_t>(b), static_cast<uint32_t>(b + s.size())};
}

inline std::string Sub(const Document& d, const Span& s) {
  return std::string(d.text().substr(s.begin, s.size()));
}

}  // namespace newsgraph::quotes::testing

#endif  // NEWSGRAPH_QUOTES_TEST_UTIL_H_
