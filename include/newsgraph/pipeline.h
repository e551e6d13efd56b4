// Pipeline: the stages of ARCHITECTURE.md applied to one Document.
//
// A Pipeline is immutable after Create() and safe to share across threads:
// Process() may run concurrently on different documents. The output for a
// document never depends on other documents.
#ifndef NEWSGRAPH_PIPELINE_H_
#define NEWSGRAPH_PIPELINE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph {

struct PipelineOptions {
  // Where model files live. Empty: $NEWSGRAPH_MODELS, then the source tree's
  // models/ recorded at build time, then ./models.
  std::string model_dir;
  // The generated actor knowledge base. Empty: the build tree's default.
  std::string kb_path;
  // PETRARCH/Phoenix-format user dictionaries (--actors, --verbs).
  std::vector<std::string> actor_dicts;
  std::vector<std::string> verb_dicts;

  // Stages to run (later stages need the earlier ones).
  bool syntax = true;
  bool entities = true;
  bool times = true;
  bool quotes = true;
  bool events = true;

  // Budgets.
  size_t max_article_bytes = 8u << 20;  // larger: per-article error
  size_t max_sentence_tokens = 400;     // longer sentences are cut for syntax
};

class Pipeline {
 public:
  static Result<std::unique_ptr<const Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();

  // Runs every enabled stage. A non-OK status is that article's error.
  Status Process(Document* doc) const;

  const PipelineOptions& options() const { return options_; }

 private:
  struct Models;
  explicit Pipeline(PipelineOptions options);
  PipelineOptions options_;
  std::unique_ptr<Models> models_;
};

// Resolves PipelineOptions::model_dir as documented above.
std::string DefaultModelDir();

}  // namespace newsgraph

#endif  // NEWSGRAPH_PIPELINE_H_
