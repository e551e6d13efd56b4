// PLACEHOLDER: this stage does nothing yet.
#include "syntax/syntax.h"

namespace newsgraph::syntax {
namespace {

class NoopSyntaxModel final : public SyntaxModel {
 public:
  Status Annotate(Document* doc) const override {
    (void)doc;
    return Status::Ok();
  }
};

}  // namespace

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::Load(const PipelineOptions& options) {
  (void)options;
  return std::shared_ptr<const SyntaxModel>(std::make_shared<NoopSyntaxModel>());
}

}  // namespace newsgraph::syntax
