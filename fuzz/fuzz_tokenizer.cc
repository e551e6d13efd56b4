// Fuzzes the text stage: any bytes, sanitised to UTF-8 as a reader would,
// must segment into tokens, sentences and paragraphs whose spans satisfy the
// span invariant, with sentences tiling the token layer in order.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "text/segment.h"

const char* const newsgraph::fuzz::kTarget = "fuzz_tokenizer";

namespace {

using newsgraph::fuzz::Fail;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  size_t replaced = 0;
  std::string text = newsgraph::utf8::Sanitize(
      std::string_view(reinterpret_cast<const char*>(data), size), &replaced);
  newsgraph::Document doc(std::move(text), newsgraph::ArticleMeta{});
  newsgraph::text::SegmentOptions options;
  options.max_token_bytes = 64;  // small budgets so the fuzzer reaches the caps
  options.max_sentence_tokens = 50;
  newsgraph::Status st = newsgraph::text::Segment(options, &doc);
  if (!st.ok()) Fail("Segment failed: " + st.ToString());
  st = newsgraph::CheckSpans(doc);
  if (!st.ok()) Fail(st.ToString());
  uint32_t prev_end = 0;
  for (const newsgraph::Token& t : doc.tokens) {
    if (t.span.empty()) Fail("empty token");
    if (t.span.size() > options.max_token_bytes) Fail("token over the byte cap");
    if (t.span.begin < prev_end) Fail("tokens overlap or go backwards");
    prev_end = t.span.end;
  }
  uint32_t next = 0;
  for (const newsgraph::Sentence& s : doc.sentences) {
    if (s.token_begin != next || s.token_end <= s.token_begin) Fail("sentences do not tile tokens");
    if (s.token_end - s.token_begin > options.max_sentence_tokens) Fail("sentence over the cap");
    if (s.paragraph >= doc.paragraphs.size()) Fail("sentence paragraph out of range");
    if (!doc.paragraphs[s.paragraph].Contains(s.span)) Fail("sentence outside its paragraph");
    next = s.token_end;
  }
  if (next != doc.tokens.size()) Fail("tokens outside any sentence");
  return 0;
}
