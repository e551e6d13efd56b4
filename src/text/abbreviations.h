// The abbreviation lists that decide whether a period belongs to the word
// before it ("Gen.", "Inc.") and whether such a word can end a sentence.
//
// Thread safety: the tables are immutable; lookups are safe from any thread.
#ifndef NEWSGRAPH_TEXT_ABBREVIATIONS_H_
#define NEWSGRAPH_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>

namespace newsgraph::text {

enum class AbbrevKind : uint8_t {
  kNone,
  kTitle,         // "Mr.", "Gen.", "St.": a name follows, never ends a sentence
  kBeforeNumber,  // "No.", "Fig.", "pp.": an abbreviation only before a number
  kMonth,         // "Jan.", "Sept.": does not end a sentence before a number
  kGeneral,       // "Inc.", "etc.", "Calif.": may end a sentence
};

// Looks up a word without its final period ("Gen" for "Gen."). Case matters:
// "No" is an abbreviation before a number, "no" is not.
AbbrevKind LookupAbbreviation(std::string_view word);

// True for capitalised words that usually start a sentence ("The", "He",
// "But"), used to decide whether "U.S." or an initial ends a sentence.
bool IsSentenceStarter(std::string_view word);

// True for lower-case words that, after a plain "." "?" or "!", start a new
// sentence in informal text ("i", "the", "we", "please").
bool IsLowercaseStarter(std::string_view word);

// True for the prefixes that UD English keeps attached with their hyphen
// ("non-", "re-", "e-"); case-insensitive.
bool IsHyphenPrefix(std::string_view word);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_ABBREVIATIONS_H_
