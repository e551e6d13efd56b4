#include "pipeline/runner.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace newsgraph {
namespace {

// Any exception escaping a stage (e.g. std::bad_alloc) becomes the article's
// error instead of taking down the batch.
Status ProcessOne(const Pipeline& pipeline, Document* doc) {
  try {
    Status s = pipeline.Process(doc);
    if (!s.ok()) return s;
    return CheckSpans(*doc);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("exception: ") + e.what());
  } catch (...) {
    return Status::Internal("unknown exception");
  }
}

void ProcessBatch(const Pipeline& pipeline, int threads, std::vector<Processed>* batch) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < batch->size();) {
      Processed& p = (*batch)[i];
      if (p.item.doc) p.status = ProcessOne(pipeline, &*p.item.doc);
    }
  };
  int n = std::min<int>(threads, static_cast<int>(batch->size()));
  if (n <= 1) {
    work();
    return;
  }
  std::vector<std::thread> pool;
  for (int t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& th : pool) th.join();
}

}  // namespace

int ResolveThreads(int requested) {
  if (requested > 0) return requested;
  unsigned hc = std::thread::hardware_concurrency();
  return hc ? static_cast<int>(hc) : 1;
}

Status RunPipeline(ingest::Reader* reader, const Pipeline& pipeline, const RunnerOptions& options,
                   const BatchSink& sink) {
  int threads = ResolveThreads(options.threads);
  size_t batch_size = std::max<size_t>(1, options.batch_size);
  std::vector<Processed> batch;
  bool more = true;
  while (more) {
    batch.clear();
    while (batch.size() < batch_size) {
      Processed p;
      if (!reader->Next(&p.item)) {
        more = false;
        break;
      }
      batch.push_back(std::move(p));
    }
    if (batch.empty()) break;
    ProcessBatch(pipeline, threads, &batch);
    NG_RETURN_IF_ERROR(sink(batch));
  }
  return reader->status();
}

}  // namespace newsgraph
