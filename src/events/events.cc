// PLACEHOLDER: this stage does nothing yet.
#include "events/events.h"

namespace newsgraph::events {
namespace {

class NoopEventCoder final : public EventCoder {
 public:
  Status Annotate(Document* doc) const override {
    (void)doc;
    return Status::Ok();
  }
};

}  // namespace

Result<std::shared_ptr<const EventCoder>> EventCoder::Load(const PipelineOptions& options) {
  (void)options;
  return std::shared_ptr<const EventCoder>(std::make_shared<NoopEventCoder>());
}

}  // namespace newsgraph::events
