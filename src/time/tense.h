// Clause tense around a temporal expression, from lexical cues only (no
// parser needed): "will", "is scheduled to", "plans to" → future; past-tense
// verbs ("said", "urged"), "ago" → past; "says", "is" → present. The nearest
// strong cue inside the same clause wins. Pure functions, thread-safe.
#ifndef NEWSGRAPH_TIME_TENSE_H_
#define NEWSGRAPH_TIME_TENSE_H_

#include <cstddef>
#include <vector>

#include "time/words.h"

namespace newsgraph::time {

enum class Tense { kUnknown, kPast, kPresent, kFuture };

struct TenseOptions {
  size_t max_left = 40;   // words scanned before the expression
  size_t max_right = 25;  // words scanned after it
};

// Tense of the clause around words[begin, end). Words inside [begin, end) are
// not cues. Scanning stops at clause boundaries (";", quote marks, dashes,
// brackets, and conjunctions such as "as", "while", "but").
Tense ClauseTense(const std::vector<Word>& words, size_t begin, size_t end,
                  const TenseOptions& options = {});

}  // namespace newsgraph::time

#endif  // NEWSGRAPH_TIME_TENSE_H_
