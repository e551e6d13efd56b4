// Tweets: embedded posts that scrapers leave in article text as a line ending
// with the author's signature, "... text of the post. — Marco Rubio
// (@marcorubio) March 6, 2016". The words of the line before the dash are the
// author's own (a direct quote with no cue, as a transcript label's turn is):
// the name is the source. Links at the end of the post ("https://t.co/...",
// "pic.twitter.com/...") are not words of it.
//
// Pure functions over the raw text; no state.
#ifndef NEWSGRAPH_QUOTES_TWEETS_H_
#define NEWSGRAPH_QUOTES_TWEETS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"

namespace newsgraph::quotes {

struct TweetLine {
  Span content;  // the post, from the line's start to before its links and the dash
  Span author;   // "Marco Rubio"
  Span handle;   // "@marcorubio"
};

// The tweet of the line [begin, end) of text (end excludes the newline), or
// nullopt: the line must end with a dash, a name of 1 to 60 bytes, "(@handle)"
// and a date "Month D, YYYY", with at least 3 words of post before the dash.
std::optional<TweetLine> ParseTweetLine(std::string_view text, size_t begin, size_t end);

// Adds a quote for every tweet line of the text, in content order. A quote whose content
// crosses the signature or is the post itself is replaced by it; quotes inside the post stay
// (an "I" there is the author, as inside any quotation).
void AddTweetQuotes(std::string_view text, std::vector<RawQuote>* quotes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_TWEETS_H_
