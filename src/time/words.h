// A small word scanner for the time matcher. It reads sentence text directly
// (not Document::tokens), so it does not depend on how the tokenizer splits
// punctuation: letters, digits and each punctuation mark become separate
// Words with byte spans into the document text. Pure functions, thread-safe.
#ifndef NEWSGRAPH_TIME_WORDS_H_
#define NEWSGRAPH_TIME_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::time {

enum class WordKind : uint8_t { kAlpha, kNumber, kPunct, kOther };

struct Word {
  Span span;          // bytes in the document text
  std::string lower;  // ASCII-lower-cased surface
  WordKind kind = WordKind::kOther;
  bool cap = false;  // starts with an upper-case ASCII letter
  bool space_before = false;
  int value = -1;        // kNumber: its value when at most 6 digits, else -1
  int digits = 0;        // kNumber: number of digits
  bool ordinal = false;  // kNumber with "st/nd/rd/th" ("10th")
};

// Scans text[begin, end) (byte offsets into text, which is valid UTF-8) and
// appends at most max_words Words to *out. Returns the byte offset where it
// stopped (end, or earlier when max_words was reached).
uint32_t ScanWords(std::string_view text, uint32_t begin, uint32_t end, size_t max_words,
                   std::vector<Word>* out);

// Punctuation helpers on a Word.
bool IsApostrophe(const Word& w);  // ' or ’
bool IsQuoteMark(const Word& w);   // " “ ” « »
bool IsDash(const Word& w);        // – — (not the ASCII hyphen)

}  // namespace newsgraph::time

#endif  // NEWSGRAPH_TIME_WORDS_H_
