// JSON Lines articles: one JSON object a line, with the field aliases of
// SCHEMA.md (text/content/body/maintext/content_original, id/ID/doc_id, ...).
//
// A JsonlParser owns a reusable simdjson parser: one per reader, not shared
// across threads.
#ifndef NEWSGRAPH_INGEST_JSONL_H_
#define NEWSGRAPH_INGEST_JSONL_H_

#include <string>
#include <string_view>

#include <simdjson.h>

#include "ingest/reader.h"

namespace newsgraph::ingest {

class JsonlParser {
 public:
  explicit JsonlParser(const ReaderOptions& options);

  // Parses one line (without its terminator) into *item: a Document, or an
  // error with the best id found. item->source is left to the caller.
  void Parse(std::string_view line, ReadItem* item);

 private:
  ReaderOptions options_;
  simdjson::dom::parser parser_;
  simdjson::error_code init_error_ = simdjson::SUCCESS;
  std::string padded_;  // line copy with simdjson's padding, reused
};

// Best-effort id of a line that is not valid JSON (or too long): the value of
// the first "id", "ID" or "doc_id" key found by a plain scan, or "".
std::string ScanForId(std::string_view line);

// The error message for a line longer than the budget.
std::string TooLongMessage(size_t max_bytes);

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_JSONL_H_
