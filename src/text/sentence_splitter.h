// Sentence splitter over the tokens of one paragraph.
//
// Rules (for news text; every paragraph is split on its own):
// - a sentence ends at . ! ? … (or a run of them) when the next token does
//   not start in lower case and is not , ; : ) — closing quotes and brackets
//   directly after the mark stay with the sentence: `now." He left.` splits
//   after the quote, `attack," he said.` and `"Why?" she asked.` do not;
// - an abbreviation with its period ("U.S.", "Inc.", "J.") ends a sentence
//   only before a typical sentence opener ("The", "He", "But"); titles
//   ("Gen.", "Mr.") never do, nor "No." / "Jan." before a number;
// - "1." / "a)" list markers at the start of a paragraph do not end one;
// - a dateline opening a paragraph ("MOSCOW (Reuters) —") is a sentence;
// - a sentence longer than max_sentence_tokens is cut into pieces.
//
// Thread safety: stateless.
#ifndef NEWSGRAPH_TEXT_SENTENCE_SPLITTER_H_
#define NEWSGRAPH_TEXT_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::text {

struct SentenceOptions {
  size_t max_sentence_tokens = 1000;  // longer sentences are cut into pieces
  size_t max_dateline_tokens = 16;    // how far a dateline dash may stand
};

// Splits tokens[token_begin, token_end), the tokens of paragraph number
// `paragraph`, into sentences appended to *out.
void SplitSentences(std::string_view text, const std::vector<Token>& tokens, uint32_t token_begin,
                    uint32_t token_end, uint32_t paragraph, const SentenceOptions& options,
                    std::vector<Sentence>* out);

// Index one past the dash of a dateline that opens tokens[b, e), or b when
// there is none.
uint32_t DatelineEnd(std::string_view text, const std::vector<Token>& tokens, uint32_t b,
                     uint32_t e, size_t max_tokens);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_SENTENCE_SPLITTER_H_
