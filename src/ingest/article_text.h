// The scraped-article text format (one article a file), as scrapers leave it:
//
//   <blank lines>
//   Title line
//   January 20, 2022                      <- date line (published)
//   Caption text. **Name / AP / TASS**    <- photo caption with bold credit
//   Body paragraph with <u>link</u> or <a href="...">link</a> markup.
//   Related article: <u>Another story</u> <- meta.related, not body
//   AFP contributed reporting.            <- meta.credits, not body
//   Original url:                         <- meta.url (same or next line)
//   https://www.example.com/...
//
// ParseArticleText separates that furniture from the body, which is the
// remaining paragraphs (markup removed) joined by "\n\n"; link anchors keep
// their spans in the final body. Pure functions: thread-safe.
#ifndef NEWSGRAPH_INGEST_ARTICLE_TEXT_H_
#define NEWSGRAPH_INGEST_ARTICLE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/reader.h"

namespace newsgraph::ingest {

// Parses one article from raw file bytes (any bytes). id: the article id
// (the file name without extension). Binary content, empty articles and
// articles over options.max_article_bytes become errors; invalid UTF-8 is
// replaced by U+FFFD with a warning in meta.warnings.
ReadItem ParseArticleText(std::string_view raw, std::string id, const ReaderOptions& options);

// The error for raw article bytes no reader should try to parse: over
// options.max_article_bytes, UTF-16, or binary. Empty when they may be parsed.
std::string RawArticleError(std::string_view raw, const ReaderOptions& options);

// True when bytes look binary (NUL bytes or many control bytes) rather than
// text. Looks at the first 64 KiB only.
bool LooksBinary(std::string_view raw);

// Removes the inline markup the format uses (<u>, <a href>, <b>, <i>, <em>,
// <strong>, <span>) from s, appending the result to *out. Each <u> or <a>
// anchor becomes a Link whose span indexes *out. Other '<' are kept as text.
void AppendWithoutMarkup(std::string_view s, std::string* out, std::vector<Link>* links);

// True for a line that is only a date ("January 20, 2022", "2022-01-20").
bool IsDateLine(std::string_view line);

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_ARTICLE_TEXT_H_
