// Storing the runner's batches: the part of `newsgraph ingest` between the
// pipeline and the database, kept out of the CLI so that tests can drive it.
//
// An IngestSink belongs to one thread (the runner calls its sink on the
// thread that called RunPipeline).
#ifndef NEWSGRAPH_STORE_INGEST_H_
#define NEWSGRAPH_STORE_INGEST_H_

#include <cstddef>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "newsgraph/store.h"
#include "pipeline/runner.h"

namespace newsgraph::store {

struct IngestCounts {
  size_t read = 0;        // articles seen (including errors)
  size_t stored = 0;      // new articles written
  size_t duplicates = 0;  // already in the store (same content hash)
  size_t replaced = 0;    // older versions deleted (StoreOptions::replace_same_id)
  size_t errors = 0;      // rejected by the reader, the pipeline or the store
  size_t text_bytes = 0;  // body bytes of the articles seen
};

// Called once per failed article: where it came from, its id, and why.
using ErrorReporter =
    std::function<void(const std::string& source, const std::string& id, const std::string& why)>;

// Stores the articles of one batch that the reader and the pipeline accepted,
// in one transaction; counts and reports the rest. A non-OK status means the
// database itself failed (the batch is rolled back) and the run should stop.
Status IngestBatch(Store* store, std::vector<Processed>& batch, IngestCounts* counts,
                   const ErrorReporter& report);

// Double buffering: writes one batch on a background thread while the
// runner processes the next, so the cores are not idle during the commit.
// Still one transaction per batch, in input order; at most one batch is being
// written at a time, so memory stays bounded by two batches.
//
// Use from one thread: Wait() for the previous write (after which counts are
// stable and may be read), then Start() the next; Wait() once more at the end.
// The reporter runs on the writer thread, never concurrently with the caller
// between Wait() and Start().
class BackgroundWriter {
 public:
  BackgroundWriter(Store* store, IngestCounts* counts, ErrorReporter report)
      : store_(store), counts_(counts), report_(std::move(report)) {}
  ~BackgroundWriter() { Wait(); }
  BackgroundWriter(const BackgroundWriter&) = delete;
  BackgroundWriter& operator=(const BackgroundWriter&) = delete;

  // Waits for the write in flight; returns its status (OK if none).
  Status Wait();
  // Takes the batch's articles (batch is left empty) and starts writing them.
  // Call only after Wait().
  void Start(std::vector<Processed>& batch);

 private:
  Store* store_;
  IngestCounts* counts_;
  ErrorReporter report_;
  std::vector<Processed> pending_;
  std::thread thread_;
  Status status_;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_INGEST_H_
