// The Hill's inline "hover cards". Where the site links a person's name, the
// scraped text holds the display name, then the person's full name glued to
// a few related headlines, then the word "MORE":
//
//   Senator Jane Roe Jane Q. RoeSenate passes farm bill Roe: 'No' MORE (D-Ohio) said
//                   ^------------------ the card ---------------------^
//
// A reader of the site sees "Senator Jane Roe (D-Ohio) said". FindHoverCards
// finds the cards (the bytes from the space after the display name through
// "MORE"); MaskHoverCards records them in meta.masked, so the pipeline's stages
// read them as blanks while the text itself stays byte for byte the input.
//
// Conservative: a card needs an upper-case whole word "MORE" after a space,
// and, within max_card_bytes before it on the same line, the display name's
// last word repeated at the end of the full name (up to kMaxNameWords name
// words), either glued to the first headline ("RoeSenate", "Clinton2020") or,
// with at least one word between the two, followed by a capitalised headline.
// A card without headlines has "MORE" glued to the full name instead ("John
// Kelly John Francis KellyMORE said").
//
// Work is linear in the text size (a step budget bounds every search). Pure
// functions: thread-safe.
#ifndef NEWSGRAPH_INGEST_HOVER_CARD_H_
#define NEWSGRAPH_INGEST_HOVER_CARD_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::ingest {

// A byte range [begin, end) of a text.
struct Cut {
  size_t begin = 0;
  size_t end = 0;
};

// Longest card looked for, from the display name to "MORE" (the longest in
// 2,500 allsides articles is 564 bytes).
inline constexpr size_t kMaxCardBytes = 1024;

// The cards in text, in order and disjoint. Each cut starts right after the
// display name and ends right after "MORE".
std::vector<Cut> FindHoverCards(std::string_view text);

// Adds the cards of body (FindHoverCards) to meta->masked and, when there
// are any, says how many in meta->warnings. The body is not changed: offsets,
// link spans and the output text stay as they are. Returns the number found.
size_t MaskHoverCards(std::string_view body, ArticleMeta* meta);

// Adds cuts to meta->masked and, when there are any, "masked N <what>" to
// meta->warnings. Returns cuts.size().
size_t MaskCuts(const std::vector<Cut>& cuts, std::string_view what, ArticleMeta* meta);

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_HOVER_CARD_H_
