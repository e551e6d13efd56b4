// Entities: NER, mention clustering, actor linking (fills mentions and entities).
//
// A EntityModel is immutable after Load() and safe to share across threads; Annotate()
// may run concurrently on different documents.
#ifndef NEWSGRAPH_ENTITIES_ENTITIES_H_
#define NEWSGRAPH_ENTITIES_ENTITIES_H_

#include <memory>
#include <string>

#include "newsgraph/document.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/status.h"

namespace newsgraph::entities {

class EntityModel {
 public:
  // Loads what the stage needs (model files under options.model_dir, ...).
  static Result<std::shared_ptr<const EntityModel>> Load(const PipelineOptions& options);
  virtual ~EntityModel() = default;

  // Adds this stage's layer to doc. Earlier layers must be present.
  virtual Status Annotate(Document* doc) const = 0;
};

}  // namespace newsgraph::entities

#endif  // NEWSGRAPH_ENTITIES_ENTITIES_H_
