// Cue tagger: a learned per-token decision "this word is the cue of an
// attribution", for the attributions neither the rules nor the parse frames
// (frames.h) propose: beliefs and findings without a subject before the verb,
// passives ("was first reported by X"), nominal cues ("her decision to meet
// ..."), verbs with an object as content. Every candidate word is framed from
// the dependency parse (content = its ccomp / xcomp / obj / passive subject /
// acl subtree, source = its nsubj / obl:agent / nmod:poss subtree), and a
// binary averaged perceptron (a Ranker over {attribution, none}) scores the
// word in that frame: form, lemma, POS, relation, head, its children's
// relations, the learned cue probability, the lexicon, which relation gave
// content and source, the content's first word and length, quote marks
// before it in the sentence, the source's mention type. Candidates are words
// outside every rule quote and frame (cue, source or content).
//
// Pure functions over an immutable Document; a CueTagger is immutable and
// safe to share across threads.
#ifndef NEWSGRAPH_QUOTES_CUE_TAGGER_H_
#define NEWSGRAPH_QUOTES_CUE_TAGGER_H_

#include <optional>
#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"
#include "quotes/ranker.h"
#include "quotes/refine.h"

namespace newsgraph::quotes {

// One candidate word with its parse frame (token indices, inclusive; -1:
// no source) and its features.
struct CueCandidate {
  int cue = -1;
  int source_begin = -1, source_end = -1;
  bool source_shared = false;  // the source is an earlier quote's too
  int content_begin = -1, content_end = -1;
  // The content of the earlier quote this one lies in (a nested attribution).
  std::optional<Span> host;
  FeatureVec features;
};

// The candidates of a document: words outside `taken` (cue, source or
// content of the quotes found so far) whose parse gives them a content.
// Empty without a usable parse.
std::vector<CueCandidate> CueCandidates(const Document& doc, const SubtreeEdges& edges,
                                        const CueScorer& scorer, const ExtractOptions& options,
                                        const std::vector<RawQuote>& taken);

// The quote a candidate frames (kind "indirect", cue = the word).
RawQuote CandidateQuote(const Document& doc, const CueCandidate& c);

// The learned decision; empty: no tagger (the stage is unchanged).
struct CueTagger {
  Ranker ranker;
  float margin = 0;         // a candidate is an attribution when its score leads by more
  float nested_margin = 0;  // the same inside an earlier quote's content (cut there)
  bool empty() const { return ranker.empty(); }
  // Score of "attribution" minus "none".
  float Score(const FeatureVec& f) const;
};

// The two candidates of the decision for the ranker: index 0 attribution,
// 1 none.
std::vector<FeatureVec> TaggerChoices(const CueCandidate& c);

// Adds the quotes of the candidates the tagger accepts, best first, never
// two that overlap each other, kept in order of content start. The
// candidates come from CueCandidates() over the quotes proposed before the
// quote filter ran.
void AddTaggedQuotes(const Document& doc, const ExtractOptions& options, const CueTagger& tagger,
                     const std::vector<CueCandidate>& candidates, std::vector<RawQuote>* quotes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_CUE_TAGGER_H_
