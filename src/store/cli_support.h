// Helpers shared by the store's CLI commands (src/cli/cmd_{ingest,search,
// quotes,stats,report,actors,actor}.cc): opening a database for queries,
// terminal detection and compact text formatting. Stateless functions.
#ifndef NEWSGRAPH_STORE_CLI_SUPPORT_H_
#define NEWSGRAPH_STORE_CLI_SUPPORT_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_writer.h"
#include "newsgraph/store.h"
#include "store/query.h"

namespace newsgraph::store {

inline constexpr char kDefaultDb[] = "newsgraph.db";

// Opens an existing database for queries: never creates one; migrates an
// older schema when the file is writable, else opens it read-only.
Result<std::unique_ptr<Store>> OpenForQuery(const std::string& path);

bool IsTerminal(std::FILE* f);

// One stored quote as the JSON object of `newsgraph quotes --json` and /api/quotes.
void WriteQuoteJson(JsonWriter& w, const QuoteRow& q);

// Whitespace runs collapsed to one space, cut to at most max_chars code
// points (UTF-8 safe) with "…" when cut.
std::string Compact(std::string_view s, size_t max_chars);

// "1.5 MB".
std::string HumanBytes(int64_t bytes);

// "1:05:09" / "4:09".
std::string HumanDuration(double seconds);

// An estimate of how many articles the inputs hold, for a progress ETA:
// JSONL files (optionally .gz) count their non-empty lines, other files count
// one; directories are walked like the reader walks them. 0 when unknown
// (stdin) or when counting would read more than max_scan_bytes.
size_t EstimateArticles(const std::vector<std::string>& inputs, uint64_t max_scan_bytes);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_CLI_SUPPORT_H_
