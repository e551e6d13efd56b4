// Split model: where a reported quote's cue ends and its content begins,
// decided as one token-level choice (PolNeAR: "expressed deep concern about
// [the policy]", "accused Holt of [being ...]", "went on to discuss [polls]",
// "called on [people to protest]"), after the span rankers, which keep the
// cue and the content apart and so cannot move that boundary.
//
// Candidates: the first token of the content at every token from just after
// the cue word up to 8 tokens into the content (never leaving it empty; never
// at punctuation; never past a name or pronoun that is the cue word's
// object: "urged [the EU to …]", as the seed article's table has it). Features: words, POS and relations on both sides of the
// boundary, how the first content token hangs from the cue word, whether it
// opens the subtree of a child of the cue word, the distance from the current
// boundary, the cue lemma. An averaged perceptron (ranker.h) trained on
// PolNeAR train picks one; the boundary moves when its score beats the
// current one by more than the margin.
//
// Pure functions over an immutable Document and an immutable model.
#ifndef NEWSGRAPH_QUOTES_SPLIT_MODEL_H_
#define NEWSGRAPH_QUOTES_SPLIT_MODEL_H_

#include <optional>
#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"
#include "quotes/ranker.h"
#include "quotes/refine.h"

namespace newsgraph::quotes {

struct SplitModel {
  Ranker ranker;
  float margin = 0;
  bool empty() const { return ranker.empty(); }
};

// The candidate boundaries of one quote: token indices where the content
// would start, their features, and the index of the current one. Unset when
// the quote has no such frame (direct, no cue, content before the cue, no
// parse).
struct SplitChoices {
  std::vector<int> tokens;
  std::vector<FeatureVec> features;
  int current = -1;
};
std::optional<SplitChoices> SplitCandidates(const Document& doc, const SubtreeEdges& edges,
                                            const RawQuote& q);

// Moves the cue end and the content start of q to candidate `pick`.
void ApplySplit(const Document& doc, const SplitChoices& c, int pick, RawQuote* q);

// The model's boundary on every quote (no-op with an empty model).
void SplitQuotes(const Document& doc, const SubtreeEdges& edges, const SplitModel& model,
                 std::vector<RawQuote>* quotes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_SPLIT_MODEL_H_
