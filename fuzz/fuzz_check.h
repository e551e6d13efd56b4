// Helpers shared by the fuzz targets: a loud failure (abort, so libFuzzer
// keeps the input) and the document checks every reader's output must pass.
#ifndef NEWSGRAPH_FUZZ_FUZZ_CHECK_H_
#define NEWSGRAPH_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/utf8.h"
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

}  // namespace newsgraph::fuzz

#endif  // NEWSGRAPH_FUZZ_FUZZ_CHECK_H_
