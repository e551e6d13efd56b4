// Fuzzes the JSONL reader: any bytes, read as JSON Lines with small budgets,
// must yield items that are either a Document whose text and metadata are
// valid UTF-8 and whose spans hold the span invariant, or a non-empty error.
// Aborts on any violation.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "ingest/reader.h"

const char* const newsgraph::fuzz::kTarget = "fuzz_jsonl";

namespace {

using newsgraph::fuzz::CheckUtf8;
using newsgraph::fuzz::Fail;

void CheckDocument(const newsgraph::Document& doc) {
  newsgraph::fuzz::CheckDocumentCommon(doc);
  const newsgraph::ArticleMeta& m = doc.meta;
  CheckUtf8("id", m.id);
  CheckUtf8("outlet", m.outlet);
  CheckUtf8("meta_json", m.meta_json);
  if (m.id.empty()) Fail("empty id");
  if (doc.text().empty()) Fail("empty text accepted");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  newsgraph::ingest::ReaderOptions options;
  options.format = newsgraph::ingest::Format::kJsonl;
  options.max_article_bytes = 4096;  // small budgets so the fuzzer reaches the caps
  options.max_json_depth = 16;
  options.keep_meta = size > 0 && (data[0] & 1);
  size_t lines = 1;
  for (char c : input) lines += c == '\n';
  auto reader = newsgraph::ingest::OpenReaderFromString(std::move(input), options, "fuzz");
  newsgraph::ingest::ReadItem item;
  size_t items = 0;
  while (reader->Next(&item)) {
    if (++items > lines) Fail("more items than lines");
    if (item.doc) {
      CheckDocument(*item.doc);
      if (item.id != item.doc->meta.id) Fail("item id differs from meta id");
    } else if (item.error.empty()) {
      Fail("item with neither document nor error");
    }
    CheckUtf8("item id", item.id);
  }
  return 0;
}
