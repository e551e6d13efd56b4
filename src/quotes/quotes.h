// Quotes: direct, indirect and mixed quotations with speaker, cue, addressee.
//
// A QuoteModel is immutable after Load() and safe to share across threads; Annotate()
// may run concurrently on different documents.
#ifndef NEWSGRAPH_QUOTES_QUOTES_H_
#define NEWSGRAPH_QUOTES_QUOTES_H_

#include <memory>
#include <string>

#include "newsgraph/document.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/status.h"

namespace newsgraph::quotes {

class QuoteModel {
 public:
  // Loads what the stage needs (model files under options.model_dir, ...).
  static Result<std::shared_ptr<const QuoteModel>> Load(const PipelineOptions& options);
  virtual ~QuoteModel() = default;

  // Adds this stage's layer to doc. Earlier layers must be present.
  virtual Status Annotate(Document* doc) const = 0;
};

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_QUOTES_H_
