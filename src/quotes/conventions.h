// Conventions: PolNeAR's cue extents that the span rankers cannot reach,
// applied as rules over the parse after them (they only move the boundary
// between cue and content, which the rankers keep apart).
//
// - A contracted auxiliary right before the cue word belongs to the cue
//   ("He's predicting": cue "'s predicting"; PolNeAR train: 41 such cues).
// - After a verb of trying, continuing or seeming ("went on to discuss",
//   "tried to make", "seemed to recognize", "is likely to say"), the verb of
//   the "to" clause belongs to the cue and the content starts after it
//   (PolNeAR train: about 108 cues of that form against 11 contents that start
//   at "to" for these words; other verbs, "declined to comment", "vowed to",
//   keep the content at "to").
// - Auxiliaries, adverbs of the verb and an infinitive "to" right before the
//   cue belong to it ("has long said", "is widely expected", "do not want",
//   "to explain"; not "also" or "then"), for every quote with a cue.
// - A content that opens its sentence leaves out a leading connective ("And",
//   "However,", "Still,", "In addition,", "For instance,"): "[And] Mrs.
//   Clinton now holds …, the poll found" has the content "Mrs. Clinton …".
//
// Pure functions over an immutable Document; a no-op without a usable parse.
#ifndef NEWSGRAPH_QUOTES_CONVENTIONS_H_
#define NEWSGRAPH_QUOTES_CONVENTIONS_H_

#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"
#include "quotes/refine.h"

namespace newsgraph::quotes {

// True for the lemmas after which PolNeAR's cue takes the verb of the "to"
// clause ("continue", "try", "seem", "likely", ...).
bool IsCatenativeCue(std::string_view lemma);

// Applies both conventions to one non-direct quote whose content follows its
// cue.
void ApplyCueConventions(const Document& doc, const SubtreeEdges& edges, RawQuote* q);

// Moves the start of a non-direct quote's content past a sentence-initial
// connective (third convention above); at least two words stay.
void DropLeadingConnective(const Document& doc, RawQuote* q);

// "The senator from Florida appeared to have gained …": the content of a
// raising verb (seem, appear, be expected) with no source starts at its
// subject's first word (the parse's nsubj subtree) when the rules' noun
// phrase stopped inside that subject ("[Florida appeared …]"), unless another
// quote, a quote mark or a colon ("Story highlights X: …") lies in the words
// added.
void WidenRaisingSubject(const Document& doc, const SubtreeEdges& edges,
                         const std::vector<RawQuote>& quotes, RawQuote* q);

// The conventions over every quote: the four above and the raising subject.
void ApplyCueConventions(const Document& doc, const SubtreeEdges& edges,
                         std::vector<RawQuote>* quotes);

// A reported content before its attribution runs on over the clause after it
// when the attribution stands in the middle of the sentence ("But to prevent
// problems, he said, local officials should be vigilant"; source before the
// cue, never after an inverted "said X"): the content is the
// whole extent, as PolNeAR scores discontinuous contents), unless that clause
// opens with a subordinator, a preposition, an article or a participle (an
// adjunct or the source's appositive) or another quote holds it. PolNeAR
// train: 20 contents changed, F1 +0.0003; dev 6, F1 +0.0005.
void TakeClauseAfterMiddleAttribution(const Document& doc, std::vector<RawQuote>* quotes);

// '"…," Carson told the AP on Wednesday after hinting that "changes" could
// come. "…"': a direct quote whose attribution follows it and the cue-less
// direct quote after that attribution in the same paragraph, opening its
// sentence, are one quote, its content their overall extent, as PolNeAR marks
// them (train: 11 such pairs one gold quote, 1 two; across a paragraph break
// 24 to 21, left as two). These are the attributions the extractor's
// continuation rule misses: a quoted title, a second sentence or long adjuncts.
void JoinQuoteAfterAttribution(const Document& doc, std::vector<RawQuote>* quotes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_CONVENTIONS_H_
