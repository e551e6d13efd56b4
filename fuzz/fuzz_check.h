// Helpers shared by the fuzz targets: a loud failure (abort, so libFuzzer
// keeps the input) and the document checks every reader's output must pass.
#ifndef NEWSGRAPH_FUZZ_FUZZ_CHECK_H_
#define NEWSGRAPH_FUZZ_FUZZ_CHECK_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "ingest/reader.h"
#include "newsgraph/document.h"

namespace newsgraph::fuzz {

// Each target defines its own name (used in failure messages).
extern const char* const kTarget;

[[noreturn]] inline void Fail(const std::string& why) {
  std::fprintf(stderr, "%s: %s\n", kTarget, why.c_str());
  std::abort();
}

inline void CheckUtf8(std::string_view what, std::string_view s) {
  if (!utf8::IsValid(s)) Fail(std::string(what) + " is not valid UTF-8");
}

// The span invariant on every layer, and valid UTF-8 in the text and in the
// metadata every reader fills.
inline void CheckDocumentCommon(const Document& doc) {
  Status st = CheckSpans(doc);
  if (!st.ok()) Fail(st.ToString());
  const ArticleMeta& m = doc.meta;
  CheckUtf8("text", doc.text());
  CheckUtf8("title", m.title);
  CheckUtf8("url", m.url);
  CheckUtf8("published_raw", m.published_raw);
  for (const std::string& a : m.authors) CheckUtf8("author", a);
}

// The one-article readers' metadata (text and HTML pages): valid UTF-8
// everywhere, a non-empty body, and every link span covering its anchor.
inline void CheckArticleDocument(const Document& doc) {
  CheckDocumentCommon(doc);
  const ArticleMeta& m = doc.meta;
  if (doc.text().empty()) Fail("empty body accepted");
  for (const Link& l : m.links) {
    CheckUtf8("link anchor", l.anchor);
    CheckUtf8("link url", l.url);
    if (l.span && doc.Surface(*l.span) != l.anchor) Fail("link span does not cover its anchor");
  }
  for (const Link& l : m.related) {
    CheckUtf8("related", l.anchor);
    CheckUtf8("related url", l.url);
  }
  for (const Caption& c : m.captions) {
    CheckUtf8("caption", c.text);
    CheckUtf8("credit", c.credit);
  }
  for (const std::string& c : m.credits) CheckUtf8("credit line", c);
  CheckUtf8("outlet", m.outlet);
}

// Reads any bytes as one article of a one-article format (text, HTML) with a
// small budget; checks each item: a valid document or a non-empty error.
inline void RunOneArticleReader(const uint8_t* data, size_t size, ingest::Format format) {
  ingest::ReaderOptions options;
  options.format = format;
  options.max_article_bytes = 32768;
  auto reader = ingest::OpenReaderFromString(std::string(reinterpret_cast<const char*>(data), size),
                                             options, "fuzz");
  ingest::ReadItem item;
  size_t items = 0;
  while (reader->Next(&item)) {
    if (++items > 1) Fail("a one-article input gave more than one article");
    if (item.doc) {
      CheckArticleDocument(*item.doc);
    } else if (item.error.empty()) {
      Fail("item with neither document nor error");
    }
  }
}

}  // namespace newsgraph::fuzz

#endif  // NEWSGRAPH_FUZZ_FUZZ_CHECK_H_
