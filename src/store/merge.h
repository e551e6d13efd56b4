// Cross-article event merging: reports of the same event in different
// articles (rows of `events`) are linked to one row of `merged_events`.
//
// Two reports are the same event when they have
//   - the same PLOVER type (or, untyped, the same CAMEO code),
//   - the same set of actor codes and the same set of recipient codes (an
//     argument without a code counts by its folded name),
//   - the same polarity (negated and hypothetical reports merge only with
//     their like; asserted, future and historical ones together),
//   - dates within a day: the event date, else the article's published date
//     (an undated report of an undated article merges only with such), and
//   - a compatible place: either has none, or same country and same name.
// A report joins the existing merged event nearest in date that fits, else
// starts a new one. The counts (mentions, articles, sources = outlets), the
// date range and the place of a merged event are kept by triggers (schema
// version 3), so deleting an article updates them.
//
// Functions take a connection inside a write transaction (the caller's);
// not thread-safe with other users of the same connection.
#ifndef NEWSGRAPH_STORE_MERGE_H_
#define NEWSGRAPH_STORE_MERGE_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::store {

struct MergeStats {
  int64_t reports = 0;     // reports assigned in this call
  int64_t new_merged = 0;  // merged events created
};

// One report's merge identity, as read from the database.
struct ReportKey {
  std::string type, cameo, modality;
  std::vector<std::string> actors, recipients;  // codes (or "~name"), any order
  std::string date, published;                  // ISO or empty
};

// The merge key of a report: "TYPE|A1 A2|R1|polarity" with the codes sorted
// and de-duplicated. Pure; exposed for tests.
std::string MergeKey(const ReportKey& r);

// True when two places (name, country; empty = unknown) may be the same.
bool PlacesCompatible(const std::string& name_a, const std::string& country_a,
                      const std::string& name_b, const std::string& country_b);

// Links every report whose merged_id is NULL, oldest row first.
Result<MergeStats> MergePending(sqlite3* db);

// Forgets all merged events and merges every report again.
Result<MergeStats> RemergeAll(sqlite3* db);

// True when some report has no merged event yet (e.g. after the upgrade
// from schema version 2).
Result<bool> HasPending(sqlite3* db);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_MERGE_H_
