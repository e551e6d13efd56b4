#include "quotes/headline.h"

#include <algorithm>
#include <string_view>

namespace newsgraph::quotes {
namespace {

constexpr int kMaxSourceWords = 6;
constexpr int kMinContentWords = 3;

bool IsHeadlineCue(std::string_view w) {
  static constexpr std::string_view kCues[] = {"Says",   "Say",    "Warns",
                                               "Claims", "Argues", "Insists"};
  return std::find(std::begin(kCues), std::end(kCues), w) != std::end(kCues);
}

bool Capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

}  // namespace

void AddHeadlineAttribution(const Document& doc, std::vector<RawQuote>* quotes) {
  const std::string_view text = doc.text();
  const uint32_t line_end = static_cast<uint32_t>(std::min(text.find('\n'), text.size()));
  // Tokens of the first line: [0, n).
  int n = 0;
  while (n < static_cast<int>(doc.tokens.size()) && doc.tokens[n].span.end <= line_end) ++n;
  int cue = n - 1;
  if (cue >= 0 && doc.Surface(doc.tokens[cue].span) == ".") --cue;
  if (cue < 2 || !IsHeadlineCue(doc.Surface(doc.tokens[cue].span))) return;
  int comma = cue - 1;
  while (comma >= 0 && cue - comma <= kMaxSourceWords &&
         Capitalised(doc.Surface(doc.tokens[comma].span)))
    --comma;
  if (comma < 0 || comma == cue - 1 || doc.Surface(doc.tokens[comma].span) != ",") return;
  int words = 0;
  for (int t = 0; t < comma; ++t) words += IsWordToken(doc, t);
  if (words < kMinContentWords) return;
  if (AnyQuoteTouches(*quotes, Span{0, line_end})) return;
  RawQuote q;
  q.kind = "indirect";
  q.content = Span{doc.tokens[0].span.begin, doc.tokens[comma - 1].span.end};
  q.source = Span{doc.tokens[comma + 1].span.begin, doc.tokens[cue - 1].span.end};
  q.cue = q.cue_word = doc.tokens[cue].span;
  q.cue_lemma = "say";
  std::vector<RawQuote> added;
  added.push_back(std::move(q));
  MergeByContentStart(std::move(added), quotes);
}

}  // namespace newsgraph::quotes
