// Syntax: POS tags, lemmas and dependency trees (fills Document::syntax).
//
// A SyntaxModel is immutable after Load() and safe to share across threads; Annotate()
// may run concurrently on different documents.
#ifndef NEWSGRAPH_SYNTAX_SYNTAX_H_
#define NEWSGRAPH_SYNTAX_SYNTAX_H_

#include <memory>
#include <string>

#include "newsgraph/document.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/status.h"

namespace newsgraph::syntax {

class SyntaxModel {
 public:
  // Loads what the stage needs (model files under options.model_dir, ...).
  static Result<std::shared_ptr<const SyntaxModel>> Load(const PipelineOptions& options);
  virtual ~SyntaxModel() = default;

  // Adds this stage's layer to doc. Earlier layers must be present.
  virtual Status Annotate(Document* doc) const = 0;
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_SYNTAX_H_
