// Store: the SQLite database that `newsgraph ingest` fills and the query
// commands read (docs/database.md describes every table and column).
//
// - One file, WAL journal, a versioned schema (PRAGMA user_version) migrated
//   forward step by step at Open(); a database written by a newer binary is
//   refused, as is a file that is not a newsgraph database.
// - Articles are idempotent by content hash (SHA-256 over the normalised
//   text, title, published date and url): storing an article twice stores it
//   once. AddBatch() writes a whole batch in one transaction, so a process
//   killed at any instant leaves either all of a batch or none of it, and a
//   re-run ends with exactly the rows of one clean run.
// - Event reports of the same event across articles are merged
//   (merged_events; see src/store/merge.h) in the batch's transaction.
// - Spans are stored twice: code points (cstart/cend, as in the JSON output)
//   and bytes (bstart/bend, into articles.text as UTF-8).
//
// Thread safety: a Store is NOT thread-safe; use it from one thread at a time
// (the ingest command writes from the runner's sink, on the main thread).
// Several processes may open the same file; SQLite serialises writers.
#ifndef NEWSGRAPH_STORE_H_
#define NEWSGRAPH_STORE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

struct sqlite3;

namespace newsgraph {

struct StoreOptions {
  // Create the file (and the schema) when it does not exist. Query commands
  // set this to false so that a mistyped path is an error, not an empty db.
  bool create_if_missing = true;
  // Never write: no migration, no WAL switch. A database older than the
  // binary is then an error that says how to upgrade it.
  bool read_only = false;
  // How long a writer waits for another process's lock before failing.
  int busy_timeout_ms = 10000;
  // Budget: an article whose layers hold more rows than this is rejected
  // (its own error), so one pathological document cannot bloat a batch.
  size_t max_rows_per_article = 200000;
  // Articles get corrected and updated: when true, a stored article with the
  // same id as a new one (or, when the new one has no id, the same url) but
  // other content is deleted with everything extracted from it, in the new
  // one's transaction, so the store keeps only the latest version. Off, the
  // versions are kept side by side (each is its own content).
  bool replace_same_id = false;
  // Test seam (leveldb-style fault injection): called inside every write
  // transaction just before COMMIT with the number of transactions this Store
  // has committed so far. A test can kill the process here.
  std::function<void(size_t committed)> before_commit;
};

enum class AddOutcome { kStored, kDuplicate, kRejected };

struct AddResult {
  AddOutcome outcome = AddOutcome::kStored;
  int64_t article_id = 0;  // rowid of the stored (or already stored) article
  int64_t replaced = 0;    // older versions deleted (StoreOptions::replace_same_id)
  Status error;            // why, when kRejected
};

// What RemergeEvents() did.
struct EventMergeStats {
  int64_t reports = 0;  // event reports (rows of `events`) merged
  int64_t merged = 0;   // merged events they make
};

class Store {
 public:
  // Opens (creating and migrating as the options allow) the database at path.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores the documents in one transaction, in order. A document whose
  // content hash is already stored is kDuplicate; one that fails CheckSpans or
  // a budget is kRejected (nothing of it is stored) and the rest go on. A
  // non-OK Result means the transaction was rolled back (nothing stored).
  Result<std::vector<AddResult>> AddBatch(const std::vector<const Document*>& docs);

  // Forgets every cross-article merge and merges all event reports again
  // (store/merge.h says when two reports are the same event). One
  // transaction. AddBatch() merges the reports it stores by itself.
  Result<EventMergeStats> RemergeEvents();

  // Deletes an article (articles.id) and everything extracted from it, in
  // one transaction; the merged events it reported are recounted, and
  // dropped when it was their only report. NotFound when there is no such
  // article. To replace an article, delete it and add the new version.
  Status DeleteArticle(int64_t article_id);

  // The schema version of the open file, and the newest this binary knows.
  int schema_version() const;
  static int LatestSchemaVersion();

  const std::string& path() const;
  // The raw handle, for the query functions in src/store (not for writes).
  sqlite3* handle() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Lowercase hex SHA-256 of the normalised identity of an article: its text,
// title, published date and url (each trimmed of surrounding whitespace,
// length-prefixed so fields cannot run into each other).
std::string ContentHash(const Document& doc);

}  // namespace newsgraph

#endif  // NEWSGRAPH_STORE_H_
