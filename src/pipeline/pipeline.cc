#include "newsgraph/pipeline.h"

#include <cstdlib>
#include <filesystem>

#include "entities/entities.h"
#include "events/events.h"
#include "pipeline/masked_spans.h"
#include "quotes/quotes.h"
#include "syntax/syntax.h"
#include "text/segment.h"
#include "time/time.h"

#ifndef NEWSGRAPH_SOURCE_MODELS_DIR
#define NEWSGRAPH_SOURCE_MODELS_DIR "models"
#endif

namespace newsgraph {

struct Pipeline::Models {
  std::shared_ptr<const syntax::SyntaxModel> syntax;
  std::shared_ptr<const entities::EntityModel> entities;
  std::shared_ptr<const quotes::QuoteModel> quotes;
  std::shared_ptr<const events::EventCoder> events;
};

std::string DefaultModelDir() {
  if (const char* env = std::getenv("NEWSGRAPH_MODELS"); env && *env) return env;
  std::error_code ec;
  if (std::filesystem::is_directory(NEWSGRAPH_SOURCE_MODELS_DIR, ec))
    return NEWSGRAPH_SOURCE_MODELS_DIR;
  return "models";
}

Pipeline::Pipeline(PipelineOptions options)
    : options_(std::move(options)), models_(std::make_unique<Models>()) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<const Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  PipelineOptions opts = options;
  if (opts.model_dir.empty()) opts.model_dir = DefaultModelDir();
  // Each stage needs the ones before it.
  if (!opts.syntax) opts.entities = false;
  if (!opts.entities) opts.quotes = false;
  if (!opts.quotes) opts.events = false;
  std::unique_ptr<Pipeline> p(new Pipeline(opts));
  Models& m = *p->models_;
  if (opts.syntax) {
    NG_ASSIGN_OR_RETURN(m.syntax, syntax::SyntaxModel::Load(opts));
  }
  if (opts.entities) {
    NG_ASSIGN_OR_RETURN(m.entities, entities::EntityModel::Load(opts));
  }
  if (opts.quotes) {
    NG_ASSIGN_OR_RETURN(m.quotes, quotes::QuoteModel::Load(opts));
  }
  if (opts.events) {
    NG_ASSIGN_OR_RETURN(m.events, events::EventCoder::Load(opts));
  }
  return std::unique_ptr<const Pipeline>(std::move(p));
}

Status Pipeline::Process(Document* doc) const {
  if (doc->text().size() > options_.max_article_bytes)
    return Status::ResourceExhausted("article of " + std::to_string(doc->text().size()) +
                                     " bytes exceeds the budget of " +
                                     std::to_string(options_.max_article_bytes));
  // The stages read the text with meta.masked blanked; output reads the original.
  MaskedText masked(doc);
  text::SegmentOptions seg;
  NG_RETURN_IF_ERROR(text::Segment(seg, doc));
  if (models_->syntax) NG_RETURN_IF_ERROR(models_->syntax->Annotate(doc));
  if (models_->entities) NG_RETURN_IF_ERROR(models_->entities->Annotate(doc));
  if (options_.times) NG_RETURN_IF_ERROR(time::ResolveTimes(doc));
  if (models_->quotes) NG_RETURN_IF_ERROR(models_->quotes->Annotate(doc));
  if (models_->events) NG_RETURN_IF_ERROR(models_->events->Annotate(doc));
  ClipSpansAtMasks(doc);
  return Status::Ok();
}

}  // namespace newsgraph
