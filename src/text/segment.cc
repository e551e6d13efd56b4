// Segment(): paragraphs (one per non-blank line), tokens, sentences.
#include "text/segment.h"

#include <cstdint>
#include <limits>
#include <string>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace newsgraph::text {
namespace {

// Length of the line break starting at text[i], or 0: \n \r \v \f, and the
// UTF-8 forms of U+0085, U+2028 and U+2029. "\r\n" counts as one break.
inline size_t LineBreakAt(const std::string& text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == '\n' || c == '\v' || c == '\f') return 1;
  if (c == '\r') return (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) return 2;
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    unsigned char c2 = static_cast<unsigned char>(text[i + 2]);
    if (c2 == 0xA8 || c2 == 0xA9) return 3;
  }
  return 0;
}

}  // namespace

Status Segment(const SegmentOptions& options, Document* doc) {
  doc->paragraphs.clear();
  doc->sentences.clear();
  doc->tokens.clear();
  const std::string& text = doc->text();
  if (text.size() >= std::numeric_limits<uint32_t>::max())
    return Status::ResourceExhausted("text of " + std::to_string(text.size()) +
                                     " bytes is too large to segment");
  TokenizerOptions tok_opts;
  tok_opts.max_token_bytes = options.max_token_bytes;
  SentenceOptions sent_opts;
  sent_opts.max_sentence_tokens = options.max_sentence_tokens;
  doc->tokens.reserve(text.size() / 5 + 1);
  size_t b = 0;
  while (b < text.size()) {
    uint32_t first = static_cast<uint32_t>(doc->tokens.size());
    size_t e = TokenizeLine(text, b, tok_opts, &doc->tokens);
    uint32_t last = static_cast<uint32_t>(doc->tokens.size());
    if (last > first) {
      uint32_t paragraph = static_cast<uint32_t>(doc->paragraphs.size());
      doc->paragraphs.push_back(
          Span{doc->tokens[first].span.begin, doc->tokens[last - 1].span.end});
      SplitSentences(text, doc->tokens, first, last, paragraph, sent_opts, &doc->sentences);
    }
    size_t br = e < text.size() ? LineBreakAt(text, e) : 0;
    b = e + (br ? br : 1);  // br is never 0 where TokenizeLine stopped; be safe
  }
  return Status::Ok();
}

}  // namespace newsgraph::text
