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
#include <vector>

#include "newsgraph/store.h"
#include "pipeline/runner.h"

namespace newsgraph::store {

struct IngestCounts {
  size_t read = 0;        // articles seen (including errors)
  size_t stored = 0;      // new articles written
  size_t duplicates = 0;  // already in the store (same content hash)
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

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_INGEST_H_
