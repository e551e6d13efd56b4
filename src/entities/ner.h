// NerModel: an averaged-perceptron named-entity tagger (BIO tags over PERSON, ORG, GPE, LOC,
// NORP) with word, shape, affix, context and knowledge-base gazetteer features. Two decoders:
// greedy left to right with previous-tag features, or (version 3 files, `viterbi`) a
// first-order structured perceptron decoded with Viterbi over valid BIO sequences. Training
// may average the weights of several runs with other seeds (TrainOptions::ensemble).
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

// Version 2 adds the word classes (clusters.h) the model was trained with, embedded; version 3
// a decoder byte (0 greedy, 1 Viterbi).
inline constexpr uint32_t kNerModelVersion = 3;

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
    double lower_augment = 0.0;  // share of sentences also trained in lower case (web text)
    double gaz_dropout = 0.0;    // share of knowledge-base matches left out of the features
    int min_feature_count = 2;   // rarer features are dropped from the saved model
    std::shared_ptr<const WordClusters> clusters;  // optional; embedded in the saved model
    bool viterbi = false;  // structured perceptron + Viterbi instead of greedy decoding
    int ensemble = 1;      // > 1: that many runs (seeds seed, seed + 1...), weights averaged
  };
  static Result<std::shared_ptr<NerModel>> Train(const std::vector<Sentence>& train,
                                                 const KnowledgeBase* kb,
                                                 const TrainOptions& opt,
                                                 void (*progress)(int epoch, double acc));
  Status Save(const std::string& path) const;
  size_t num_features() const { return index_.size(); }
  const WordClusters* clusters() const { return clusters_.get(); }
  bool viterbi() const { return viterbi_; }

  // Tags one sentence of words (for evaluation); returns BIO tags over our types.
  std::vector<std::string> TagSentence(const std::vector<Word>& words, const KnowledgeBase* kb) const;

 private:
  friend class NerTrainer;
  void Decode(const std::vector<Word>& words, size_t b, size_t e, const KnowledgeBase* kb,
              std::vector<int>* tags) const;

  // Builds the tagging tables below from index_ and weights_ (after Load and Train).
  void BuildTables();
  // The row of a feature hash in dense_, or kNoRow; SlotIndex is where its probe starts.
  uint32_t Row(uint64_t h) const;
  size_t SlotIndex(uint64_t h) const;
  static constexpr uint32_t kNoRow = 0xFFFFFFFFu;

  std::vector<std::string> labels_;                 // BILOU labels, 0 = "O"
  std::unordered_map<uint64_t, uint32_t> index_;    // feature hash -> row
  std::vector<float> weights_;                      // row * labels_.size()
  std::shared_ptr<const WordClusters> clusters_;    // may be null
  bool viterbi_ = false;                            // decoder (see TrainOptions::viterbi)

  // ---- tagging tables (BuildTables; same scores as index_/weights_, faster to read) ----
  struct Slot {
    uint64_t key;
    uint32_t row;  // kNoRow: empty
  };
  std::vector<Slot> slots_;           // open addressing, linear probing, power-of-2 size
  size_t stride_ = 0;                 // floats per dense row: labels rounded up to 16
  std::vector<float> dense_store_;    // rows of stride_ floats, zero-padded
  size_t dense_offset_ = 0;           // first float of row 0 (64-byte aligned)
  std::vector<uint32_t> row40_;       // previous tag p1 (labels, then <s>) -> row
  std::vector<uint32_t> row41_;       // (p1, p2) -> row
  std::vector<uint64_t> state42_;     // hash state of template 42 after p1
  std::vector<uint8_t> allowed_;      // (prev label, label) -> transition allowed
  std::vector<uint8_t> allowed_first_;  // label allowed at a sentence start (prev "O")
  std::vector<float> trans_;            // Viterbi: (prev label or <s>) x label weights, template 40
};

// Words from plain strings (one sentence), for training and tests.
std::vector<Word> WordsFromStrings(const std::vector<std::string>& words);

}  // namespace newsgraph::entities

#endif  // NEWSGRAPH_ENTITIES_NER_H_
