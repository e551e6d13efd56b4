// Fuzzes the HTML page reader (libxml2 + our extraction): any bytes, read as one page
// with a small budget, must yield a Document whose body and metadata are valid
// UTF-8, whose spans hold the span invariant, and whose every link span covers
// exactly its anchor text; or a non-empty error. Aborts on any violation.
#include <cstddef>
#include <cstdint>

#include "fuzz_check.h"
#include "ingest/reader.h"

const char* const newsgraph::fuzz::kTarget = "fuzz_html";

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::fuzz::RunOneArticleReader(data, size, newsgraph::ingest::Format::kHtml);
  return 0;
}
