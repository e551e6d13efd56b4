#include "store/ingest.h"

namespace newsgraph::store {

Status IngestBatch(Store* store, std::vector<Processed>& batch, IngestCounts* counts,
                   const ErrorReporter& report) {
  std::vector<const Document*> docs;
  std::vector<const Processed*> origin;
  docs.reserve(batch.size());
  for (const Processed& p : batch) {
    ++counts->read;
    if (p.item.doc) counts->text_bytes += p.item.doc->text().size();
    if (p.item.doc && p.status.ok()) {
      docs.push_back(&*p.item.doc);
      origin.push_back(&p);
      continue;
    }
    ++counts->errors;
    if (report) {
      report(p.item.source, p.item.doc ? p.item.doc->meta.id : p.item.id,
             p.item.doc ? p.status.ToString() : p.item.error);
    }
  }
  if (docs.empty()) return Status::Ok();
  NG_ASSIGN_OR_RETURN(std::vector<AddResult> results, store->AddBatch(docs));
  for (size_t i = 0; i < results.size(); ++i) {
    switch (results[i].outcome) {
      case AddOutcome::kStored:
        ++counts->stored;
        counts->replaced += static_cast<size_t>(results[i].replaced);
        break;
      case AddOutcome::kDuplicate:
        ++counts->duplicates;
        break;
      case AddOutcome::kRejected:
        ++counts->errors;
        if (report) {
          report(origin[i]->item.source, docs[i]->meta.id, results[i].error.ToString());
        }
        break;
    }
  }
  return Status::Ok();
}

Status BackgroundWriter::Wait() {
  if (thread_.joinable()) thread_.join();
  pending_.clear();
  return status_;
}

void BackgroundWriter::Start(std::vector<Processed>& batch) {
  pending_ = std::move(batch);
  batch.clear();
  thread_ = std::thread([this] { status_ = IngestBatch(store_, pending_, counts_, report_); });
}

}  // namespace newsgraph::store
