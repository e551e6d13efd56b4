#include "core/mention_index.h"

#include <algorithm>

namespace newsgraph {

MentionIndex::MentionIndex(const Document& doc) : doc_(doc), by_begin_(doc.mentions.size()) {
  for (uint32_t i = 0; i < by_begin_.size(); ++i) {
    by_begin_[i] = i;
    const Span& s = doc.mentions[i].span;
    if (s.end > s.begin) longest_ = std::max(longest_, s.end - s.begin);
  }
  std::stable_sort(by_begin_.begin(), by_begin_.end(), [&](uint32_t a, uint32_t b) {
    return doc.mentions[a].span.begin < doc.mentions[b].span.begin;
  });
}

std::vector<uint32_t> MentionIndex::Overlapping(Span s) const {
  std::vector<uint32_t> out;
  // A mention that overlaps s starts before s.end and at most longest_ bytes before s.begin.
  const uint32_t from = s.begin > longest_ ? s.begin - longest_ : 0;
  auto it =
      std::lower_bound(by_begin_.begin(), by_begin_.end(), from,
                       [&](uint32_t mi, uint32_t at) { return doc_.mentions[mi].span.begin < at; });
  for (; it != by_begin_.end() && doc_.mentions[*it].span.begin < s.end; ++it) {
    const Span& m = doc_.mentions[*it].span;
    if (m.begin < s.end && s.begin < m.end) out.push_back(*it);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace newsgraph
