// Clause tense around a temporal expression, from lexical cues only (no
// parser needed): "will", "is scheduled to", "plans to" → future; past-tense
// verbs ("said", "urged"), "ago" → past; "says", "is" → present. The nearest
// strong cue inside the same clause wins. Pure functions, thread-safe.
#ifndef NEWSGRAPH_TIME_TENSE_H_
#define NEWSGRAPH_TIME_TENSE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "time/words.h"

namespace newsgraph::time {

enum class Tense { kUnknown, kPast, kPresent, kFuture };

// Penn verb tag of a word when the syntax layer has one for exactly that
// word (see time.cc); kNone otherwise, and then lexical rules decide.
enum class VerbTag : uint8_t { kNone, kPast, kPresent, kParticiple, kOther, kNotVerb };

// Maps a Penn xpos ("VBD") to a VerbTag.
VerbTag VerbTagFromXpos(std::string_view xpos);

// "scheduled", "plans", "expected", ...: before "to", these look ahead.
bool IsFutureVerbTo(std::string_view lower_word);

struct TenseOptions {
  size_t max_left = 40;   // words scanned before the expression
  size_t max_right = 25;  // words scanned after it
};

// Tense of the clause around words[begin, end). Words inside [begin, end) are
// not cues. Scanning stops at clause boundaries (";", quote marks, dashes,
// brackets, and conjunctions such as "as", "while", "but"). `tags`, when not
// null, runs parallel to words: a present-tense verb ("begins", VBZ) is then a
// present cue, a participle (VBN) or a non-verb is no cue.
Tense ClauseTense(const std::vector<Word>& words, size_t begin, size_t end,
                  const TenseOptions& options = {}, const std::vector<VerbTag>* tags = nullptr);

}  // namespace newsgraph::time

#endif  // NEWSGRAPH_TIME_TENSE_H_
