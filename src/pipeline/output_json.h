// Serialises a processed Document as one line of the extraction contract
// (SCHEMA.md, schema 1), with code-point offsets.
#ifndef NEWSGRAPH_PIPELINE_OUTPUT_JSON_H_
#define NEWSGRAPH_PIPELINE_OUTPUT_JSON_H_

#include <string>
#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph {

struct OutputOptions {
  bool byte_offsets = false;  // add bstart/bend to spans
  bool tokens = false;        // add sentences and tokens (with syntax when present)
};

// Appends the JSON object (no newline) to *out.
void WriteDocumentJson(const Document& doc, const OutputOptions& options, std::string* out);

// {"id": ..., "error": ...} (no newline).
void WriteErrorJson(std::string_view id, std::string_view error, std::string* out);

}  // namespace newsgraph

#endif  // NEWSGRAPH_PIPELINE_OUTPUT_JSON_H_
