#include "quotes/polls.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

constexpr uint32_t kMaxSourceTokens = 20;      // "In <noun phrase>," at most this long
constexpr uint32_t kMaxParticipleTokens = 15;  // ", conducted in early September,"
constexpr int kMinContentWords = 3;

std::string Lower(const Document& doc, uint32_t t) {
  return syntax::LowerAscii(doc.Surface(doc.tokens[t].span));
}

bool IsPollWord(std::string_view w) {
  return w == "poll" || w == "polls" || w == "survey" || w == "surveys";
}

bool IsReportParticiple(std::string_view w) {
  return w == "conducted" || w == "taken" || w == "released" || w == "published";
}

// The first comma in [from, limit), or limit.
uint32_t NextComma(const Document& doc, uint32_t from, uint32_t limit) {
  for (uint32_t t = from; t < limit; ++t)
    if (doc.Surface(doc.tokens[t].span) == ",") return t;
  return limit;
}

// Fills *q with the poll-lead quote of one sentence; false when it has none.
bool PollLead(const Document& doc, const Sentence& s, RawQuote* q) {
  const uint32_t b = s.token_begin, e = std::min<uint32_t>(s.token_end, doc.tokens.size());
  if (e < b + 6 || doc.Surface(doc.tokens[b].span) != "In") return false;
  const uint32_t c1 = NextComma(doc, b + 1, std::min(e, b + kMaxSourceTokens));
  if (c1 >= e || c1 < b + 2 || !IsPollWord(Lower(doc, c1 - 1))) return false;
  uint32_t c2 = c1;
  if (c1 + 1 < e && IsReportParticiple(Lower(doc, c1 + 1))) {
    c2 = NextComma(doc, c1 + 2, std::min(e, c1 + 2 + kMaxParticipleTokens));
    if (c2 >= e) return false;
  }
  uint32_t last = e - 1;
  while (last > c2 && !IsWordToken(doc, last)) --last;
  int words = 0;
  for (uint32_t t = c2 + 1; t <= last; ++t) words += IsWordToken(doc, t);
  if (words < kMinContentWords) return false;
  q->kind = "indirect";
  q->cue = q->cue_word = doc.tokens[b].span;
  q->cue_lemma = "in";
  q->source = Span{doc.tokens[b + 1].span.begin, doc.tokens[c2 - 1].span.end};
  q->content = Span{doc.tokens[c2 + 1].span.begin, doc.tokens[last].span.end};
  return true;
}

}  // namespace

void AddPollLeads(const Document& doc, std::vector<RawQuote>* quotes) {
  std::vector<RawQuote> added;
  for (const Sentence& s : doc.sentences) {
    RawQuote q;
    if (PollLead(doc, s, &q) && !AnyQuoteTouches(*quotes, s.span)) added.push_back(std::move(q));
  }
  if (!added.empty()) MergeByContentStart(std::move(added), quotes);
}

}  // namespace newsgraph::quotes
