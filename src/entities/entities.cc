// PLACEHOLDER: this stage does nothing yet.
#include "entities/entities.h"

namespace newsgraph::entities {
namespace {

class NoopEntityModel final : public EntityModel {
 public:
  Status Annotate(Document* doc) const override {
    (void)doc;
    return Status::Ok();
  }
};

}  // namespace

Result<std::shared_ptr<const EntityModel>> EntityModel::Load(const PipelineOptions& options) {
  (void)options;
  return std::shared_ptr<const EntityModel>(std::make_shared<NoopEntityModel>());
}

}  // namespace newsgraph::entities
