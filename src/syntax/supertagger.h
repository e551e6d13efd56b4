// Supertagger: a greedy left-to-right averaged perceptron that predicts for
// every word a "supertag" of its gold tree, its relation and the direction of
// its head (left, right, root), from the words, tags and word classes of a
// five-word window and the two previous supertags (Ouchi et al. 2014; Ambati
// et al. 2013). The parser reads the predicted supertags of the words around
// the stack and buffer as lookahead features that a greedy parser otherwise
// lacks (is b1 going to want a head on its left?).
//
// The classes are opaque 16-bit codes chosen by the caller (the parser uses
// label * 3 + direction). A Supertagger is immutable after Train()/Load() and
// safe to share across threads. Tag() is O(n) with a fixed number of features
// per word.
#ifndef NEWSGRAPH_SYNTAX_SUPERTAGGER_H_
#define NEWSGRAPH_SYNTAX_SUPERTAGGER_H_

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

struct SupertaggerTrainOptions {
  int iterations = 5;
  uint64_t seed = 1;
  size_t max_weights = 400000;  // about 1.3 MB in the model file
};

class Supertagger {
 public:
  // Supertag value of a word as written by Tag(): class + kOffset (values
  // below kOffset are free for the parser's "no word" / "root" markers).
  static constexpr uint32_t kOffset = 4;

  // codes: the class codes (sorted, distinct, at most 255); gold[i][j] is the
  // class (index into codes) of word j of inputs[i].
  static Supertagger Train(std::vector<uint16_t> codes, const std::vector<const ParserInput*>& inputs,
                           const std::vector<std::vector<int>>& gold,
                           const SupertaggerTrainOptions& options);

  bool empty() const { return codes_.empty(); }
  int num_classes() const { return static_cast<int>(codes_.size()); }
  uint16_t Code(int cls) const { return codes_[cls]; }
  const std::vector<uint16_t>& codes() const { return codes_; }
  size_t num_weights() const { return model_.num_weights(); }

  // out->size() == in.word.size() on return: class + kOffset per word, or all
  // kOffset - 1 when the supertagger is empty.
  void Tag(const ParserInput& in, std::vector<uint32_t>* out) const;

  // The mean of the members' weights (all must share one code set).
  static Status Average(const std::vector<const Supertagger*>& members, size_t max_weights,
                        Supertagger* out);

  void Save(ModelWriter* w) const;
  Status Load(ModelReader* r);

 private:
  std::vector<uint16_t> codes_;
  PerceptronModel model_;
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_SUPERTAGGER_H_
