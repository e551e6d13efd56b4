// Read-only queries over merged events (schema version 3): the rows that
// `newsgraph export` writes and the dyad timeline of `newsgraph events
// --dyad`. Same rules as query.h: a Store is single-threaded, every query has
// a row limit.
#ifndef NEWSGRAPH_STORE_EVENT_QUERY_H_
#define NEWSGRAPH_STORE_EVENT_QUERY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "newsgraph/store.h"

namespace newsgraph::store {

struct ExportArg {
  std::string code, sector, name, kb;
};

struct ExportReport {
  int64_t article_id = 0;
  std::string event_id, url, outlet, published;
};

// One exported event: a merged event described by its first report, or (per
// report) one report with counts of 1.
struct ExportEvent {
  int64_t id = 0;  // merged_events.id, or events.id per report
  std::string type, mode, cameo, modality, date, date_precision, trigger, quote_id;
  std::vector<std::string> context;
  std::vector<ExportArg> actor, recipient;
  std::string location_name, location_country;
  bool has_coords = false;
  double lat = 0, lon = 0;
  int64_t mentions = 1, sources = 1, articles = 1;
  // The first report and its article.
  int64_t article_id = 0;
  int sentence = -1;
  std::string event_id, published, outlet, url, title, ingested_at;
  std::vector<ExportReport> reports;  // every report, oldest first
};

struct ExportFilter {
  std::string since, until;  // on the (merged) event date; undated events are then left out
  bool per_report = false;   // one row per report instead of per merged event
  size_t limit = 1000000;
};

// Oldest date first, undated last.
Result<std::vector<ExportEvent>> ReadExportEvents(const Store& store, const ExportFilter& filter);

// ---- dyad timeline -----------------------------------------------------------------

// What a name or code given on the command line stands for.
struct DyadSide {
  std::string query;               // as given
  std::vector<std::string> codes;  // actor codes it matches (upper case)
  std::vector<int64_t> actor_ids;  // or the actor (a person, an organisation) it names
  std::string name;                // the actor's name when it was resolved through one
};

// A code (matched case-insensitively against the codes of stored event
// arguments); else the most mentioned actor whose name or alias matches: a
// country (GPE/NORP) stands for its code ("Russia" = RUS, so "Moscow" counts
// too), a person or organisation for itself ("Trump" is not all of USA).
// Arguments are also matched by their folded name.
Result<DyadSide> ResolveDyadSide(const Store& store, const std::string& query);

struct DyadCount {
  std::string date, type;
  int64_t a_to_b = 0, b_to_a = 0;  // merged events
  int64_t mentions = 0;            // reports behind them
};

struct DyadTimeline {
  DyadSide a, b;
  std::vector<DyadCount> days;  // by date, then type
  int64_t undated = 0;          // merged events of the dyad with no date (not in days)
};

// Merged events with an actor of one side and a recipient of the other, in
// either direction, counted per day (the merged event's date) and type. An
// event with both sides among its actors and no recipient ("X and Y met")
// counts in both directions.
// since/until/type filter as in `newsgraph events`.
Result<DyadTimeline> GetDyadTimeline(const Store& store, const DyadSide& a, const DyadSide& b,
                                     const std::string& since, const std::string& until,
                                     const std::string& type);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_EVENT_QUERY_H_
