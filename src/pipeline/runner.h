// Runner: reads articles, processes them on N threads, and hands the results
// to a sink in input order. Memory is bounded by batch_size articles.
#ifndef NEWSGRAPH_PIPELINE_RUNNER_H_
#define NEWSGRAPH_PIPELINE_RUNNER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "newsgraph/pipeline.h"

namespace newsgraph {

struct RunnerOptions {
  int threads = 0;          // 0: all cores
  size_t batch_size = 256;  // articles in flight
};

// One processed article: item.doc is set and status tells whether the
// pipeline succeeded; or item.error is set (the reader rejected it).
struct Processed {
  ingest::ReadItem item;
  Status status;
};

// The sink sees each batch in input order. Returning non-OK stops the run
// (e.g. a closed stdout) and that status is returned.
using BatchSink = std::function<Status(std::vector<Processed>& batch)>;

Status RunPipeline(ingest::Reader* reader, const Pipeline& pipeline, const RunnerOptions& options,
                   const BatchSink& sink);

int ResolveThreads(int requested);

}  // namespace newsgraph

#endif  // NEWSGRAPH_PIPELINE_RUNNER_H_
