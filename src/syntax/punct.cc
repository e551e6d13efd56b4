#include "syntax/punct.h"

#include <algorithm>
#include <string_view>

#include "syntax/tagger.h"

namespace newsgraph::syntax {
namespace {

// Opening mark -> its closing mark (by WordId), 0 when not an opening mark.
uint64_t ClosingOf(uint64_t id) {
  static const std::vector<std::pair<uint64_t, uint64_t>> kPairs = [] {
    std::vector<std::pair<uint64_t, uint64_t>> p;
    const std::pair<std::string_view, std::string_view> kMarks[] = {
        {"(", ")"},        {"[", "]"}, {"{", "}"}, {"\"", "\""},
        {"``", "''"},      {"“", "”"}, {"«", "»"}, {"\xE2\x80\x98", "\xE2\x80\x99"},
        {"-LRB-", "-RRB-"}};
    for (const auto& [o, c] : kMarks) p.emplace_back(WordId(o), WordId(c));
    return p;
  }();
  for (const auto& [o, c] : kPairs)
    if (o == id) return c;
  return 0;
}

bool IsFinal(uint64_t id) {
  static const uint64_t kFinal[] = {WordId("."), WordId("?"), WordId("!")};
  return std::find(std::begin(kFinal), std::end(kFinal), id) != std::end(kFinal);
}

// The word tree (marks left out): subtree extents over positions, and for
// each position the arcs that pass over it.
struct WordTree {
  int n;
  std::vector<int> parent;  // 0-based parent word, -1 for the root word, -2 for a mark
  std::vector<int> lo, hi;  // 0-based extents of each word's subtree
  // cover_l[p]: largest left end of a word arc passing strictly over p (-1: none);
  // cover_r[p]: smallest right end of one (n: none).
  std::vector<int> cover_l, cover_r;

  explicit WordTree(const std::vector<int>& h) : n(static_cast<int>(h.size())) {
    parent.resize(n);
    lo.resize(n);
    hi.resize(n);
    std::vector<int> first_child(n, -1), next_sibling(n, -1), order;
    int root = -1;
    for (int i = n - 1; i >= 0; --i) {
      lo[i] = hi[i] = i;
      parent[i] = h[i] < 0 ? -2 : h[i] - 1;
      if (h[i] == 0) root = i;
      if (h[i] > 0) {
        next_sibling[i] = first_child[h[i] - 1];
        first_child[h[i] - 1] = i;
      }
    }
    if (root >= 0) order.push_back(root);  // breadth first: heads before their children
    for (size_t k = 0; k < order.size(); ++k)
      for (int c = first_child[order[k]]; c >= 0; c = next_sibling[c]) order.push_back(c);
    for (size_t k = order.size(); k-- > 1;) {
      int i = order[k], p = parent[i];
      lo[p] = std::min(lo[p], lo[i]);
      hi[p] = std::max(hi[p], hi[i]);
    }
    // Arcs over each position: far_right[u] = farthest right end of an arc whose left end is u.
    std::vector<int> far_right(n, -1), far_left(n, n);
    for (int i = 0; i < n; ++i) {
      if (parent[i] < 0) continue;
      int a = std::min(i, parent[i]), b = std::max(i, parent[i]);
      far_right[a] = std::max(far_right[a], b);
      far_left[b] = std::min(far_left[b], a);
    }
    cover_l.assign(n, -1);
    cover_r.assign(n, n);
    std::vector<int> stack;
    for (int p = 0; p < n; ++p) {  // largest u < p with far_right[u] > p
      while (!stack.empty() && far_right[stack.back()] <= p) stack.pop_back();
      if (!stack.empty()) cover_l[p] = stack.back();
      if (far_right[p] > p) stack.push_back(p);
    }
    stack.clear();
    for (int p = n - 1; p >= 0; --p) {  // smallest w > p with far_left[w] < p
      while (!stack.empty() && far_left[stack.back()] >= p) stack.pop_back();
      if (!stack.empty()) cover_r[p] = stack.back();
      if (far_left[p] < p) stack.push_back(p);
    }
  }
  bool IsWord(int i) const { return parent[i] != -2; }
  int Parent(int i) const { return parent[i]; }
  bool Dominates(int a, int b) const { return lo[a] <= b && b <= hi[a]; }
  // Would an arc between word c and position p cross a word arc?
  bool Projective(int c, int p) const { return c < p ? cover_l[p] <= c : cover_r[p] >= c; }
};

// Paired marks: each attaches to the outermost word inside the pair on its
// side (the first for the opening mark, the last for the closing one).
void AttachPairs(const std::vector<uint64_t>& ids, const WordTree& t, std::vector<int>* heads,
                 std::vector<char>* paired) {
  std::vector<int>& h = *heads;
  const int n = t.n;
  for (int i = 0; i < n; ++i) {
    if (h[i] != -1 || (*paired)[i]) continue;
    uint64_t close = ClosingOf(ids[i]);
    if (close == 0) continue;
    int depth = 0, j = i + 1;
    for (; j < n; ++j) {
      if (h[j] != -1) continue;
      if (ids[j] == close) {
        if (depth == 0) break;
        --depth;
      } else if (ids[j] == ids[i]) {
        ++depth;
      }
    }
    if (j >= n) continue;
    int first = -1, last = -1;
    for (int k = i + 1; k < j; ++k) {
      if (!t.IsWord(k)) continue;
      int p = t.Parent(k);
      if (p < i || p > j) {
        if (first < 0) first = k;
        last = k;
      }
    }
    if (first < 0) continue;
    h[i] = first + 1;
    h[j] = last + 1;
    (*paired)[i] = 1;
    (*paired)[j] = 2;
  }
}

// The highest word above `start` (on p's `left` side) that p can attach to;
// *hint_ok is set when `hint` is one of the words p can attach to.
int Climb(const WordTree& t, int start, int p, bool left, int hint, bool* hint_ok) {
  int best = -1;
  for (int c = start, steps = 0; c >= 0 && steps <= t.n; ++steps) {
    if (t.Projective(c, p)) {
      best = c;
      if (c == hint) *hint_ok = true;
    }
    int up = t.Parent(c);
    if (up < 0) break;
    if (left ? (up > p || t.hi[c] > p) : (up < p || t.lo[c] < p)) break;
    c = up;
  }
  return best;
}

void AttachOne(const std::vector<uint64_t>& ids, const WordTree& t, const std::vector<char>& paired,
               int p, int hint, std::vector<int>* heads) {
  const int n = t.n;
  int l = p - 1;
  for (; l >= 0 && !t.IsWord(l); --l)
    if (paired[l] == 1) {  // an opening mark: p is inside the pair
      l = -1;
      break;
    }
  int r = IsFinal(ids[p]) ? n : p + 1;
  for (; r < n && !t.IsWord(r); ++r)
    if (paired[r] == 2) {
      r = n;
      break;
    }
  bool hint_ok = false;
  int lc = l >= 0 ? Climb(t, l, p, true, hint, &hint_ok) : -1;
  int rc = r < n ? Climb(t, r, p, false, hint, &hint_ok) : -1;
  int c;
  if (hint_ok)
    c = hint;
  else if (lc >= 0 && rc >= 0)
    c = t.Dominates(rc, lc) ? lc : t.Dominates(lc, rc) ? rc : lc;
  else
    c = lc >= 0 ? lc : rc;
  (*heads)[p] = c >= 0 ? c + 1 : -2;  // -2: no candidate, resolved below
}

}  // namespace

void AttachPunct(const std::vector<uint64_t>& ids, std::vector<int>* heads,
                 const std::vector<int>& hints) {
  std::vector<int>& h = *heads;
  const int n = static_cast<int>(h.size());
  int root = -1;
  for (int i = 0; i < n; ++i)
    if (h[i] == 0) root = i;
  if (root < 0) {  // no words: the first mark is the root
    for (int i = 0; i < n; ++i) h[i] = i == 0 ? 0 : 1;
    return;
  }
  std::vector<int> marks;
  for (int i = 0; i < n; ++i)
    if (h[i] == -1) marks.push_back(i);
  if (marks.empty()) return;
  const WordTree t(h);
  std::vector<char> paired(n, 0);
  AttachPairs(ids, t, &h, &paired);
  for (int p : marks)
    if (!paired[p]) AttachOne(ids, t, paired, p, hints.size() == h.size() ? hints[p] - 1 : -1, &h);
  for (int p : marks)
    if (h[p] < 0) h[p] = root + 1;
}

}  // namespace newsgraph::syntax
