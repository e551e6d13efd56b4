// PLACEHOLDER: this stage does nothing yet.
#include "quotes/quotes.h"

namespace newsgraph::quotes {
namespace {

class NoopQuoteModel final : public QuoteModel {
 public:
  Status Annotate(Document* doc) const override {
    (void)doc;
    return Status::Ok();
  }
};

}  // namespace

Result<std::shared_ptr<const QuoteModel>> QuoteModel::Load(const PipelineOptions& options) {
  (void)options;
  return std::shared_ptr<const QuoteModel>(std::make_shared<NoopQuoteModel>());
}

}  // namespace newsgraph::quotes
