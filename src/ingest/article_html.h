// News article pages as saved by a browser or a crawler (one article a file,
// *.html / *.htm): the article's text and metadata without the page's
// furniture.
//
//   - Parsed with libxml2's forgiving HTML parser (no network, no DTD, errors
//     recovered); the page's charset (meta/BOM) is honoured and the output is
//     UTF-8; invalid bytes become U+FFFD with a warning.
//   - Metadata: title (og:title, else <title> without its " | Site" tail,
//     else the first <h1>), url (canonical link, else og:url), outlet
//     (og:site_name, else the url's domain), published (article:published_time,
//     datePublished, date, pubdate meta, else the first <time datetime>),
//     authors (author / article:author meta), figure captions.
//   - Body: the paragraphs (<p>, <blockquote>, <h2>-<h4>, <li> in article
//     lists) of the <article> element (else <main>, else <body>), outside
//     script, style, nav, header, footer, aside, form, figure and the like;
//     joined by "\n\n". Inline links keep their anchor spans in the body.
//
// Pure function over its input: thread-safe (libxml2 is initialised once).
#ifndef NEWSGRAPH_INGEST_ARTICLE_HTML_H_
#define NEWSGRAPH_INGEST_ARTICLE_HTML_H_

#include <string>
#include <string_view>

#include "ingest/reader.h"

namespace newsgraph::ingest {

// Parses one article page from raw bytes (any bytes). id: the article id (the
// file name without extension), else a stable hash of the text. Binary
// content, pages without body text and pages over options.max_article_bytes
// become errors.
ReadItem ParseArticleHtml(std::string_view raw, std::string id, const ReaderOptions& options);

// True when the first non-blank bytes open an HTML document ("<!doctype html",
// "<html", "<head", "<body" in any case, after a BOM or an XML declaration).
bool LooksLikeHtml(std::string_view raw);

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_ARTICLE_HTML_H_
