// Dependency parser: greedy arc-hybrid transition system, trained with a
// dynamic oracle and error exploration (Goldberg & Nivre 2013). Two averaged
// perceptrons: the unlabelled move (SHIFT / LEFT / RIGHT) is scored over
// Zhang & Nivre (2011)-style hashed features with one dense 3-weight row per
// feature (a single cache line per feature, see dense_perceptron.h); the
// label of each arc is then chosen by a separate label classifier over
// features of the head, the (complete) dependent and their children, only
// for the arc taken. Predicted labels feed the move features.
// Non-projective training trees are projectivised by lifting.
//
// A Parser is immutable after Load()/Train() and safe to share across threads;
// Parse() keeps its state in per-thread buffers (reused across sentences).
// Parsing is O(n) transitions (2n) with a bounded number of features each.
#ifndef NEWSGRAPH_SYNTAX_PARSER_H_
#define NEWSGRAPH_SYNTAX_PARSER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model_file.h"
#include "syntax/conllu.h"
#include "syntax/dense_perceptron.h"
#include "syntax/parser_input.h"
#include "syntax/perceptron.h"
#include "syntax/supertagger.h"
#include "syntax/tagger.h"

namespace newsgraph::syntax {

inline constexpr char kParserComponent[] = "parser";
// 3: unlabelled dense moves + label classifier. 4: the same payload, with
// the session-5 features (4 more move templates, 3 label templates over word
// classes): version 3 files are refused (their weights belong to other
// templates): retrain. Versions 1-2 (labelled moves) are refused as well.
// 5: a supertagger (relation + head direction per word, supertagger.h) after
// the label classifier, and move / label templates over its supertags;
// version 4 files are refused: retrain.
// 6: the same payload, but features hashed with QuickFeat (hashing.h; one
// mix instead of three) and optionally universal-relation supertags: version
// 5 files (session 9 experiments, never shipped) are refused: retrain.
// 7: 12 word-valued move templates fewer (word x distance / valency / child
// label, word x word-and-tag and word x class pairs of s0 and b0), and
// optionally supertags that say whether the head is adjacent: version 6
// files are refused: retrain.
inline constexpr uint32_t kParserVersion = 7;

// Default size budget in weights (see Parser::Prune): about 17 MB on disk.
inline constexpr size_t kParserDefaultBudget = 3000000;

struct ParserTrainOptions {
  int iterations = 12;
  uint64_t seed = 1;
  double explore = 0.9;  // probability of following a wrong prediction (from iteration 2)
  size_t max_features = kParserDefaultBudget * 2 / 5;   // move rows (10 bytes each on disk)
  size_t max_label_weights = kParserDefaultBudget / 2;  // label weights (about 3 bytes each)
  // Supertagger (supertagger.h): iterations (0: none, its features then see
  // one constant value) and folds of the jackknife that predicts the
  // supertags of the training data (< 2: the final supertagger tags it).
  int supertag_iterations = 5;
  int supertag_folds = 2;
  size_t max_supertag_weights = SupertaggerTrainOptions().max_weights;
  // Supertags name the universal relation (nsubj for nsubj:pass) instead of
  // the full label: fewer classes, a cheaper supertagger.
  bool universal_supertags = false;
  // Supertags also say whether the head is the adjacent word (about twice
  // the classes: a costlier supertagger).
  bool supertag_distance = false;
  std::function<void(const std::string&)> log;
};

class Parser;
// Called with the model after each iteration that improved the dev score.
using ParserCheckpoint = std::function<void(const Parser&)>;

struct ParserTrainData {
  // One input per training sentence (e.g. jackknifed tags); empty: the
  // training sentences are tagged with the tagger given to Train().
  std::vector<ParserInput> inputs;
  ParserCheckpoint checkpoint;  // may be empty
};

class Parser {
 public:
  static Parser Train(const std::vector<ConlluSentence>& train,
                      const std::vector<ConlluSentence>* dev, const Tagger& tagger,
                      const ParserTrainOptions& options, const ParserTrainData& data = {});

  // Fills heads (0 = root, else 1-based word index) and label ids for the
  // n = in.word.size() words. Always returns a tree with exactly one root.
  // Keeps a per-thread cache of the row sums of one-word move templates
  // across sentences (RoleCache in parser.cc); the answer is ParseUncached()'s.
  void Parse(const ParserInput& in, std::vector<int>* heads, std::vector<int>* labels) const;
  // Parse() without that cache (for tests).
  void ParseUncached(const ParserInput& in, std::vector<int>* heads,
                     std::vector<int>* labels) const;

  const std::string& Label(int id) const { return labels_[id]; }
  int num_labels() const { return static_cast<int>(labels_.size()); }

  struct Accuracy {
    double uas = 0, las = 0;  // LAS on universal relations (subtypes stripped)
    size_t words = 0;
  };
  Accuracy Evaluate(const std::vector<ConlluSentence>& sents, const Tagger& tagger) const;

  // Keeps the largest move rows and label weights (model size budget):
  // max_weights * 2/5 move rows (3 weights each), max_weights / 2 label weights.
  void Prune(size_t max_weights) {
    moves_.Prune(max_weights * 2 / 5);
    labeler_.Prune(max_weights / 2);
  }
  size_t num_weights() const {
    return moves_.num_weights() + labeler_.num_weights() + supertagger_.num_weights();
  }
  const Supertagger& supertagger() const { return supertagger_; }

  // A weight-averaged ensemble: the mean of the members' move and label
  // weights (members trained on the same data with other seeds), pruned to
  // max_weights as Prune() does, so it parses at the cost of one model.
  // Fails unless all members share one label set.
  static Status Average(const std::vector<const Parser*>& members, size_t max_weights, Parser* out);

  void Save(ModelWriter* w) const;
  Status Load(ModelReader* r);
  Status SaveFile(const std::string& path) const;
  Status LoadFile(const std::string& path);

 private:
  void ParseWith(const ParserInput& in, std::vector<int>* heads, std::vector<int>* labels,
                 bool cached) const;
  void FindPunctLabel();
  void ReattachPunct(const ParserInput& in, std::vector<int>* heads,
                     std::vector<int>* labels) const;

  std::vector<std::string> labels_;
  int root_label_ = 0;
  int punct_label_ = -1;     // -1: no "punct" label (marks are then left as parsed)
  DenseModel moves_;         // SHIFT / LEFT / RIGHT
  PerceptronModel labeler_;  // label of an arc
  Supertagger supertagger_;  // lookahead: predicted relation + head direction per word
};

// Builds the parser input from words and tagger output.
ParserInput MakeParserInput(const std::vector<std::string_view>& words,
                            const std::vector<int>& tags, const Tagger& tagger);
// Tags words and builds the same parser input in one pass (word ids and
// classes come from the tagger, not recomputed), reusing the buffers of *in.
void TagForParser(const Tagger& tagger, const std::vector<std::string_view>& words,
                  std::vector<int>* tags, ParserInput* in);

// For tests: follows random legal moves (seeded) over `in` (supertags in
// in.stag) and returns at how many steps the move features that Parse()
// reuses from earlier steps (template groups refreshed only after the moves
// that can change them) differ from all templates extracted afresh; 0 when
// every template is in a group that is refreshed whenever its inputs change.
// Also counts the steps at which a frame's templates differ from those that
// Parse() scores with its word cache (cross templates + per-word role ones).
int StaleMoveFeatures(const ParserInput& in, uint64_t seed);

// Projectivises heads (0 = root, 1-based) in place by lifting non-projective
// arcs to the grandparent. Exposed for tests.
void Projectivize(std::vector<int>* heads);

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_PARSER_H_
