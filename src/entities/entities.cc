// The entity stage: NER (models/ner.ngm, or capitalisation when absent), the actor knowledge
// base (generated kb.tsv), clustering and actor linking. See annotator.h and docs/entities.md.
#include "entities/entities.h"

#include <cstdio>
#include <filesystem>

#include "entities/annotator.h"
#include "entities/kb.h"
#include "entities/ner.h"

namespace newsgraph::entities {
namespace {

class EntityModelImpl final : public EntityModel {
 public:
  EntityModelImpl(std::shared_ptr<const KnowledgeBase> kb, std::shared_ptr<const NerModel> ner)
      : kb_(std::move(kb)), ner_(std::move(ner)) {}

  Status Annotate(Document* doc) const override {
    return AnnotateDocument(kb_.get(), ner_.get(), options_, doc);
  }

 private:
  std::shared_ptr<const KnowledgeBase> kb_;
  std::shared_ptr<const NerModel> ner_;
  AnnotateOptions options_;
};

bool Exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

}  // namespace

Result<std::shared_ptr<const EntityModel>> EntityModel::Load(const PipelineOptions& options) {
  std::shared_ptr<const KnowledgeBase> kb;
  std::string kb_path = options.kb_path.empty() ? DefaultKbPath() : options.kb_path;
  if (!options.kb_path.empty() || Exists(kb_path)) {
    NG_ASSIGN_OR_RETURN(kb, KnowledgeBase::Load(kb_path));
  } else {
    std::fprintf(stderr, "newsgraph: no actor knowledge base at %s; entities are not linked\n",
                 kb_path.c_str());
  }
  std::shared_ptr<const NerModel> ner;
  std::string ner_path = options.model_dir + "/ner.ngm";
  if (Exists(ner_path)) {
    NG_ASSIGN_OR_RETURN(ner, NerModel::Load(ner_path));
  }
  return std::shared_ptr<const EntityModel>(
      std::make_shared<EntityModelImpl>(std::move(kb), std::move(ner)));
}

}  // namespace newsgraph::entities
