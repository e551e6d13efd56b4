// Fuzzes the HTML page reader (libxml2 + our extraction): any bytes, read as one page
// with a small budget, must yield a Document whose body and metadata are valid
// UTF-8, whose spans hold the span invariant, and whose every link span covers
// exactly its anchor text; or a non-empty error. Aborts on any violation.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "ingest/reader.h"

const char* const newsgraph::fuzz::kTarget = "fuzz_html";

using newsgraph::fuzz::Fail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::ingest::ReaderOptions options;
  options.format = newsgraph::ingest::Format::kHtml;
  options.max_article_bytes = 32768;
  auto reader = newsgraph::ingest::OpenReaderFromString(
      std::string(reinterpret_cast<const char*>(data), size), options, "fuzz");
  newsgraph::ingest::ReadItem item;
  size_t items = 0;
  while (reader->Next(&item)) {
    if (++items > 1) Fail("an HTML input gave more than one article");
    if (item.doc) {
      newsgraph::fuzz::CheckArticleDocument(*item.doc);
    } else if (item.error.empty()) {
      Fail("item with neither document nor error");
    }
  }
  return 0;
}
