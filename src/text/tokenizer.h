// Tokenizer: splits UTF-8 text into tokens that follow the conventions of
// Universal Dependencies English (EWT): clitics split off ("Moscow" "'s",
// "do" "n't", "ca" "n't"), punctuation, quote marks and dashes as their own
// tokens, hyphenated compounds split ("15" "-" "year") except after common
// prefixes ("non-human", "e-mail"), abbreviations keep their period ("U.S.",
// "Gen.", "J."), numbers stay whole ("3.5", "1,000", "10:30"), URLs and
// e-mail addresses are one token.
//
// Spans are byte offsets into the text and always fall on code-point
// boundaries. Work is linear in the input; tokens longer than
// max_token_bytes are cut into pieces of at most that size.
//
// Thread safety: stateless; Tokenize may run concurrently on different outputs.
#ifndef NEWSGRAPH_TEXT_TOKENIZER_H_
#define NEWSGRAPH_TEXT_TOKENIZER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::text {

struct TokenizerOptions {
  size_t max_token_bytes = 1024;  // longer runs are cut (at code-point boundaries)
};

// Appends the tokens of text[range.begin, range.end) to *out. range must lie
// within text (it is clamped otherwise).
void Tokenize(std::string_view text, Span range, const TokenizerOptions& options,
              std::vector<Token>* out);

// Tokenizes from `begin` up to the first line break (\n \r \v \f U+0085
// U+2028 U+2029) or the end of text, appending to *out; returns the offset of
// that line break (text.size() when there is none). One pass over the bytes:
// Segment() uses it to find paragraphs and tokens together.
size_t TokenizeLine(std::string_view text, size_t begin, const TokenizerOptions& options,
                    std::vector<Token>* out);

// Convenience for tests and tools: the token surfaces of a whole string.
std::vector<std::string_view> TokenizeToStrings(std::string_view text);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_TOKENIZER_H_
