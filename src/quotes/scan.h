// Scan: the quote stage's own light tokenization of the raw text.
//
// The quote rules need to see quote marks (which a general tokenizer may merge
// or split differently), paragraph breaks and sentence ends, independently of
// which tokenizer produced Document::tokens. Scan() is a pure function; its
// output holds byte offsets into the text it was given.
#ifndef NEWSGRAPH_QUOTES_SCAN_H_
#define NEWSGRAPH_QUOTES_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::quotes {

enum class TokKind : uint8_t {
  kWord,
  kPunct,
  kOpenQ,   // an opening quote mark: “ « „ ‘ or a straight " in opening position
  kCloseQ,  // a closing quote mark: ” » ’ (as a quote) or " in closing position
  kBreak,   // one or more newlines: a paragraph boundary
};

struct QTok {
  uint32_t b = 0, e = 0;
  TokKind kind = TokKind::kWord;
  bool cap = false;       // word starting with an upper-case ASCII letter
  bool single = false;    // quote mark of the single family (‘ ’)
  bool straight = false;  // straight " (direction guessed from context)
  bool sent_end = false;  // last token of a sentence
  uint32_t para = 0;      // paragraph number
  std::string low;        // lower-cased surface (words, punctuation)
};

struct ScanOptions {
  size_t max_tokens = 2'000'000;  // budget: tokens beyond are not scanned
};

// Tokenizes text. Never fails; invalid bytes are treated as punctuation.
std::vector<QTok> Scan(std::string_view text, const ScanOptions& options);

// Marks sentence ends (QTok::sent_end) after . ! ? (and any closing quote
// marks after them) unless the word before is a known abbreviation, and at
// every paragraph break.
void MarkSentenceEnds(std::vector<QTok>* toks);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_SCAN_H_
