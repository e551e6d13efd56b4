// Filter: a learned keep/drop decision on each non-direct rule quote, so the
// rules can propose cues from a lower learned-cue threshold (more recall) and
// the filter takes back what the context says is no attribution. A binary
// averaged perceptron (a Ranker over {keep, drop}) on features of the cue in
// its context: form, lemma, POS, relation, learned cue probability, its
// clausal and subject children, the source (present, mention type, pronoun),
// the content (length, first word, quote marks) and the kind of quote.
//
// Pure functions; the Ranker is immutable.
#ifndef NEWSGRAPH_QUOTES_FILTER_H_
#define NEWSGRAPH_QUOTES_FILTER_H_

#include <vector>

#include "core/mention_index.h"
#include "newsgraph/document.h"
#include "quotes/extract.h"
#include "quotes/ranker.h"

namespace newsgraph::quotes {

// The two candidates of the keep/drop decision: index 0 keep, 1 drop. mentions: the
// document's mentions by position (MentionIndex(doc)).
std::vector<FeatureVec> FilterCandidates(const Document& doc, const RawQuote& q, float cue_p,
                                         const MentionIndex& mentions);

// True for quotes the filter applies to (not direct, with a cue).
bool Filterable(const RawQuote& q);

// Drops the filterable quotes whose drop score exceeds their keep score by
// more than `margin`.
void FilterQuotes(const Document& doc, const CueScorer& scorer, const ExtractOptions& options,
                  const Ranker& filter, float margin, std::vector<RawQuote>* quotes);

// The learned cue probability of the quote's cue word (0 when unknown).
float CueProbability(const Document& doc, const CueScorer& scorer, const ExtractOptions& options,
                     const RawQuote& q);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_FILTER_H_
