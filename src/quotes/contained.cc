#include "quotes/contained.h"

#include <algorithm>
#include <cstdint>

namespace newsgraph::quotes {
namespace {

// Removes the quotes whose flag is set, keeping the order of the others.
void EraseFlagged(const std::vector<bool>& drop, std::vector<RawQuote>* quotes) {
  std::vector<RawQuote> kept;
  kept.reserve(quotes->size());
  for (size_t i = 0; i < quotes->size(); ++i)
    if (!drop[i]) kept.push_back(std::move((*quotes)[i]));
  *quotes = std::move(kept);
}

}  // namespace

void DropContainedQuotes(std::vector<RawQuote>* quotes) {
  const size_t n = quotes->size();
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  // Outer before inner: by start, longer first, then in document order.
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Span &x = (*quotes)[a].content, &y = (*quotes)[b].content;
    if (x.begin != y.begin) return x.begin < y.begin;
    if (x.end != y.end) return x.end > y.end;
    return a < b;
  });
  std::vector<bool> drop(n, false);
  bool any = false, any_reported = false;
  uint32_t end = 0, reported_end = 0;  // furthest content end so far: any quote, non-direct
  for (size_t i : order) {
    const RawQuote& q = (*quotes)[i];
    if (q.kind != "indirect")
      drop[i] = any && q.content.end <= end;
    else if (q.stage != Stage::kNested)
      drop[i] = any_reported && q.content.end <= reported_end;
    if (drop[i]) continue;
    any = true;
    end = std::max(end, q.content.end);
    if (q.kind != "direct") {
      any_reported = true;
      reported_end = std::max(reported_end, q.content.end);
    }
  }
  EraseFlagged(drop, quotes);
}

namespace {

// Closing punctuation a direct quote may take past the mixed content (bytes:
// "." or "," or an ellipsis).
constexpr uint32_t kClosingSlack = 3;

bool RepeatsMixed(const Span& direct, const std::vector<Span>& mixed) {
  for (const Span& m : mixed)
    if (m.begin <= direct.begin && direct.begin < m.end && direct.end <= m.end + kClosingSlack)
      return true;
  return false;
}

}  // namespace

void DropDirectInsideMixed(std::vector<RawQuote>* quotes) {
  std::vector<Span> mixed, reported;
  for (const RawQuote& q : *quotes) {
    if (q.kind == "mixed") mixed.push_back(q.content);
    if (q.kind != "direct") reported.push_back(q.content);
  }
  if (reported.empty()) return;
  std::vector<bool> drop(quotes->size(), false);
  for (size_t i = 0; i < quotes->size(); ++i) {
    const RawQuote& q = (*quotes)[i];
    if (q.kind != "direct") continue;
    // With no cue of its own it is the host's quoted words whatever the host.
    drop[i] = RepeatsMixed(q.content, q.cue ? mixed : reported);
  }
  EraseFlagged(drop, quotes);
}

}  // namespace newsgraph::quotes
