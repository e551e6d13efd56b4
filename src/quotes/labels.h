// Labels: transcript and headline attributions. A paragraph that opens with a
// short speaker label and a colon ("PENCE: Well, look, …", "Sanders: Clinton
// needs to …", optionally inside an opening quote mark) quotes the rest of the
// paragraph: the label is the source, the colon the cue (PolNeAR marks them
// so). Boilerplate labels ("Q:", "A:", "UPDATE:", "The Latest:",
// "Contributing:", "Editor's Note:") are not speakers.
//
// Pure functions over the raw text; no state.
#ifndef NEWSGRAPH_QUOTES_LABELS_H_
#define NEWSGRAPH_QUOTES_LABELS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"

namespace newsgraph::quotes {

struct LabelLine {
  Span label;    // "PENCE"
  Span colon;    // ":"
  Span content;  // the rest of the paragraph, without white space at its end
};

// The label attribution of the paragraph starting at byte `begin`, or nullopt.
// The label is 1 to 4 words that each start with an ASCII capital; the
// content has at least 4 words.
std::optional<LabelLine> ParseLabelLine(std::string_view text, size_t begin);

// Words of s: runs of characters other than space, tab, CR and LF.
size_t CountWords(std::string_view s);

// Adds a quote for every labelled paragraph of the text, in text order. A
// quote the rules found that starts at or before the label (a direct quote
// that took the label with it) or has the same content is replaced by it;
// quotes inside the content are kept.
void AddLabelQuotes(std::string_view text, std::vector<RawQuote>* quotes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_LABELS_H_
