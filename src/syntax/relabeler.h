// Relabeler: a second label classifier run over the finished tree. The
// parser's label classifier chooses a label when it adds the arc, before the
// head's later dependents exist (in "gave him a book" the label of "him" is
// chosen before "book" is read); the relabeler sees the whole tree: the
// head's other dependents and their order, the dependent's own dependents,
// the grandparent, and the arc-time labels of all of them, the arc's own
// included. It is an averaged perceptron (perceptron.h) over the parser's
// label set, trained by stacking on trees parsed by parsers that did not see
// the sentence (train_main.cc's --relabel), so that its arc-time labels and
// heads are as wrong as at test time.
//
// A Relabeler is immutable after Train()/Load() and safe to share across
// threads; Relabel() keeps scratch in per-thread buffers. Relabel() is O(n)
// with a fixed number of features per word.
#ifndef NEWSGRAPH_SYNTAX_RELABELER_H_
#define NEWSGRAPH_SYNTAX_RELABELER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/model_file.h"
#include "newsgraph/status.h"
#include "syntax/parser_input.h"
#include "syntax/perceptron.h"

namespace newsgraph::syntax {

// One parsed sentence: in.stag holds its supertags, heads[i] / labels[i] the
// parse of word i + 1 (heads 0 = root, else 1-based), second[i] / margin[i]
// the arc-time classifier's runner-up label and its score margin (empty:
// unknown), gold_heads /
// gold_labels the gold tree (label -1: unknown label, not learnt; both
// empty for a sentence that is only relabelled).
struct RelabelExample {
  ParserInput in;
  std::vector<int> heads, labels;
  std::vector<int> second;
  std::vector<float> margin;
  std::vector<int> gold_heads, gold_labels;
};

// The arc-time classifier's view of word i + 1: its runner-up label and the
// score margin of the label it chose (both may be null: unknown).
struct ArcScores {
  const int* second = nullptr;
  const float* margin = nullptr;
};

struct RelabelerTrainOptions {
  int iterations = 8;
  uint64_t seed = 1;
  size_t max_weights = 600000;
  int root_label = 0;
  // Same relation (subtypes ignored) for a dev score; may be empty (no dev score).
  std::function<bool(int, int)> same_relation;
  std::function<void(const std::string&)> log;
};

class Relabeler {
 public:
  bool empty() const { return model_.num_classes() == 0; }
  size_t num_weights() const { return model_.num_weights(); }
  void Prune(size_t max_weights) { model_.Prune(max_weights); }

  // Replaces labels[i] of every word that is neither the root's child nor
  // punctuation (upos PUNCT) with the relabeler's choice (never root_label)
  // when it scores it more than a threshold above the label given;
  // the features read the labels as given. heads, labels and in.word have
  // one size; st holds the n supertags.
  void Relabel(const ParserInput& in, const uint32_t* st, const std::vector<int>& heads,
               std::vector<int>* labels, int root_label, ArcScores arc = {}) const;

  // Trains over the words of `train` whose parsed head is the gold head;
  // with dev examples chooses the threshold and keeps the iteration of best
  // dev LAS (dev words whose head is right and whose relabelled label is the
  // gold relation), else keeps the last with threshold 0. num_labels: the label set of the parser.
  static Relabeler Train(int num_labels, const std::vector<RelabelExample>& train,
                         const std::vector<RelabelExample>& dev,
                         const RelabelerTrainOptions& options);

  // Payload: a u8 (0: empty), then the threshold (f32) and the perceptron.
  void Save(ModelWriter* w) const;
  Status Load(ModelReader* r, int num_labels);

 private:
  PerceptronModel model_;
  // A label is replaced only when the relabeler scores its own choice more
  // than this above the arc-time label (chosen on dev by Train()).
  float threshold_ = 0;
};

// Exposed for tests: the features of word d (1-based) of a parsed sentence,
// written to f (kMaxRelabelFeats); returns their count.
inline constexpr int kMaxRelabelFeats = 32;
int RelabelFeatures(const ParserInput& in, const uint32_t* st, const std::vector<int>& heads,
                    const std::vector<int>& labels, int d, uint64_t* f, ArcScores arc = {});

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_RELABELER_H_
