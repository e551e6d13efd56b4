// NerModel: a greedy averaged-perceptron named-entity tagger (BILOU tags over PERSON, ORG, GPE,
// LOC, NORP) with word, shape, affix, context and knowledge-base gazetteer features.
// Trained by `newsgraph train ner` (train_main.cc); stored as models/ner.ngm (model_file.h).
//
// A NerModel is immutable after Load() and safe to share across threads: Tag() is const.
#ifndef NEWSGRAPH_ENTITIES_NER_H_
#define NEWSGRAPH_ENTITIES_NER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/annotator.h"
#include "entities/clusters.h"
#include "entities/kb.h"
#include "newsgraph/status.h"

namespace newsgraph::entities {

// Version 2 adds the word classes (clusters.h) the model was trained with, embedded.
inline constexpr uint32_t kNerModelVersion = 2;

class NerModel {
 public:
  static Result<std::shared_ptr<const NerModel>> Load(const std::string& path);

  // Appends the names found in words (all sentences) to *out.
  void Tag(const std::vector<Word>& words, const KnowledgeBase* kb,
           std::vector<NameSpan>* out) const;

  // ---- training (used by train_main.cc) ----
  struct Sentence {
    std::vector<std::string> words;
    std::vector<std::string> tags;  // BIO tags over our types ("B-PERSON", "O")
  };
  struct TrainOptions {
    int epochs = 8;
    uint32_t seed = 1;
    double caps_augment = 0.08;  // share of sentences also trained in capitals
    int min_feature_count = 2;   // rarer features are dropped from the saved model
    std::shared_ptr<const WordClusters> clusters;  // optional; embedded in the saved model
  };
  static Result<std::shared_ptr<NerModel>> Train(const std::vector<Sentence>& train,
                                                 const KnowledgeBase* kb,
                                                 const TrainOptions& opt,
                                                 void (*progress)(int epoch, double acc));
  Status Save(const std::string& path) const;
  size_t num_features() const { return index_.size(); }
  const WordClusters* clusters() const { return clusters_.get(); }

  // Tags one sentence of words (for evaluation); returns BIO tags over our types.
  std::vector<std::string> TagSentence(const std::vector<Word>& words, const KnowledgeBase* kb) const;

 private:
  friend class NerTrainer;
  void Decode(const std::vector<Word>& words, size_t b, size_t e, const KnowledgeBase* kb,
              std::vector<int>* tags) const;

  std::vector<std::string> labels_;                 // BILOU labels, 0 = "O"
  std::unordered_map<uint64_t, uint32_t> index_;    // feature hash -> row
  std::vector<float> weights_;                      // row * labels_.size()
  std::shared_ptr<const WordClusters> clusters_;    // may be null
};

// Words from plain strings (one sentence), for training and tests.
std::vector<Word> WordsFromStrings(const std::vector<std::string>& words);

}  // namespace newsgraph::entities

#endif  // NEWSGRAPH_ENTITIES_NER_H_
