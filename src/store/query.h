// Read-only queries over a Store: full-text search, quotes by speaker/topic/
// date, counts, actors. The CLI commands print these; tests call them.
//
// All functions only read, take the Store by const reference and must not be
// called concurrently on the same Store (a Store is single-threaded). Every
// query has a row limit (the *_limit arguments, capped at kMaxRows).
#ifndef NEWSGRAPH_STORE_QUERY_H_
#define NEWSGRAPH_STORE_QUERY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "newsgraph/store.h"

namespace newsgraph::store {

inline constexpr size_t kMaxRows = 100000;

// ---- search --------------------------------------------------------------------

struct SearchOptions {
  std::string query;  // FTS5 syntax; if it does not parse, its words are searched
  size_t limit = 20;
  std::string mark_open = "[";  // around matched words in snippets
  std::string mark_close = "]";
  bool articles = true;
  bool quotes = true;
};

struct SearchHit {
  std::string kind;  // "article" or "quote"
  int64_t article_id = 0;
  int64_t quote_row = 0;  // quotes.id when kind == "quote"
  std::string title, outlet, published, url;
  std::string speaker;  // quotes only
  std::string snippet;
  double score = 0;  // bm25: lower is better
};

// Articles (title weighted 5x the body) and quotes matching the query, each
// ranked by bm25, the two lists interleaved (best article, best quote, ...).
Result<std::vector<SearchHit>> Search(const Store& store, const SearchOptions& options);

// ---- quotes ---------------------------------------------------------------------

struct QuoteFilter {
  std::string speaker;  // speaker's entity name, any mention of it, or its actor's kb id/aliases
  std::string about;    // an actor mentioned inside the quote content
  std::string since;    // YYYY[-MM[-DD]], inclusive, on the article's published date
  std::string until;    // YYYY[-MM[-DD]], inclusive
  int64_t speaker_actor = 0;      // actors.id, when known
  bool with_speaker = false;      // only attributed quotes (a speaker name or source text)
  bool resolved_speaker = false;  // only quotes whose source resolved to an entity
  // When not empty, only what someone said: direct and mixed quotes, and reported ones whose
  // cue lemma is one of these (quotes::SpeechCueLemmas()); not beliefs or findings.
  std::vector<std::string> speech_lemmas;
  size_t limit = 50;
};

struct QuoteRow {
  int64_t id = 0;
  int64_t article_id = 0;
  std::string quote_id, kind, content, cue, source, speaker, speaker_kb;
  std::string published, outlet, title, url;
};

// Newest first.
Result<std::vector<QuoteRow>> FindQuotes(const Store& store, const QuoteFilter& filter);

// ---- counts ---------------------------------------------------------------------

struct Count {
  std::string key;
  int64_t n = 0;
};

struct Stats {
  int schema_version = 0;
  int64_t articles = 0, entities = 0, mentions = 0, actors = 0, linked_actors = 0, quotes = 0,
          attributed_quotes = 0, events = 0, times = 0, undated_articles = 0, outlet_count = 0;
  std::string first_date, last_date;
  std::vector<Count> quotes_by_kind, events_by_type, outlets;  // outlets: top 10
  int64_t db_bytes = 0;                                        // main file + WAL
};

Result<Stats> GetStats(const Store& store);

// ---- actors ----------------------------------------------------------------------

struct ActorRow {
  int64_t id = 0;
  std::string name, type, code, sector, kb;
  int64_t articles = 0, mentions = 0, quotes = 0;
};

// Most mentioned actors (by articles, then mentions), optionally since a date.
Result<std::vector<ActorRow>> TopActors(const Store& store, size_t top, const std::string& since);

// Actors whose kb id, name or an alias matches name (whole words, case-
// insensitive), most mentioned first.
Result<std::vector<ActorRow>> MatchActors(const Store& store, const std::string& name,
                                          size_t limit);

struct ActorProfile {
  ActorRow actor;
  std::vector<ActorRow> other_matches;  // other actors the name matched
  std::vector<std::string> aliases;
  std::vector<Count> months;          // YYYY-MM -> mentions
  std::vector<ActorRow> cooccurring;  // .articles = articles shared
  std::vector<QuoteRow> quotes;
};

// NotFound when no actor matches.
Result<ActorProfile> GetActorProfile(const Store& store, const std::string& name, size_t limit);

// ---- events ------------------------------------------------------------------------

struct EventRow {
  int64_t id = 0;
  int64_t article_id = 0;
  std::string event_id, type, date, date_precision, modality, trigger;
  std::string actors, recipients;  // names joined with ", "
  std::string published, outlet, title;
};

// Events, newest date first; only dated ones when dated_only.
Result<std::vector<EventRow>> FindEvents(const Store& store, bool dated_only, size_t limit);

// ---- articles ------------------------------------------------------------------------

// Ids of the stored articles with this ext_id (the input's own id) when it is
// not empty, else with this url; at most kMaxRows.
Result<std::vector<int64_t>> FindArticleIds(const Store& store, const std::string& ext_id,
                                            const std::string& url);

// Checks the filter dates; InvalidArgument naming the bad one.
Status CheckDateFilter(const std::string& flag, const std::string& value);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_QUERY_H_
