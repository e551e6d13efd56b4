// Events: PLOVER/CAMEO event coding with actors, date, place and modality.
//
// A EventCoder is immutable after Load() and safe to share across threads; Annotate()
// may run concurrently on different documents.
#ifndef NEWSGRAPH_EVENTS_EVENTS_H_
#define NEWSGRAPH_EVENTS_EVENTS_H_

#include <memory>
#include <string>

#include "newsgraph/document.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/status.h"

namespace newsgraph::events {

class EventCoder {
 public:
  // Loads what the stage needs (model files under options.model_dir, ...).
  static Result<std::shared_ptr<const EventCoder>> Load(const PipelineOptions& options);
  virtual ~EventCoder() = default;

  // Adds this stage's layer to doc. Earlier layers must be present.
  virtual Status Annotate(Document* doc) const = 0;
};

}  // namespace newsgraph::events

#endif  // NEWSGRAPH_EVENTS_EVENTS_H_
