#include "syntax/parser.h"

#include <algorithm>
#include <array>
#include <map>
#include <random>
#include <string>

#include "syntax/hashing.h"
#include "syntax/punct.h"

namespace newsgraph::syntax {
namespace {

constexpr int kMaxFeats = 112;  // 99 used
constexpr int kNone = -1;

// Parser configuration. Token 0 is ROOT; words are 1..n.
struct State {
  int n = 0;
  std::vector<int> stack;
  int b = 1;  // buffer front; the buffer is b..n
  std::vector<int> head, label;
  std::vector<int> lc1, lc2, rc1, rc2, nl, nr;
  std::vector<uint64_t> lset, rset;  // bit (label % 64) per left / right child

  void Init(int words) {
    n = words;
    stack.assign(1, 0);
    b = 1;
    head.assign(n + 1, -1);
    label.assign(n + 1, -1);
    lc1.assign(n + 1, kNone);
    lc2 = lc1;
    rc1 = lc1;
    rc2 = lc1;
    nl.assign(n + 1, 0);
    nr.assign(n + 1, 0);
    lset.assign(n + 1, 0);
    rset.assign(n + 1, 0);
  }
  bool Terminal() const { return b > n && stack.size() == 1; }
  int S(size_t i) const { return stack.size() > i ? stack[stack.size() - 1 - i] : kNone; }
  int B(int i) const { return b + i <= n ? b + i : kNone; }

  void AddArc(int h, int d, int l) {
    head[d] = h;
    label[d] = l;
    if (d < h) {
      ++nl[h];
      lset[h] |= uint64_t{1} << (l & 63);
      if (lc1[h] == kNone || d < lc1[h]) {
        lc2[h] = lc1[h];
        lc1[h] = d;
      } else if (lc2[h] == kNone || d < lc2[h]) {
        lc2[h] = d;
      }
    } else {
      ++nr[h];
      rset[h] |= uint64_t{1} << (l & 63);
      if (rc1[h] == kNone || d > rc1[h]) {
        rc2[h] = rc1[h];
        rc1[h] = d;
      } else if (rc2[h] == kNone || d > rc2[h]) {
        rc2[h] = d;
      }
    }
  }
};

// Unlabelled moves; the label of an arc comes from the label classifier.
enum Move { kShift = 0, kLeft = 1, kRight = 2 };
static_assert(kDenseClasses == 3, "three moves");

bool Legal(const State& s, int t) {
  if (t == kShift) return s.b <= s.n;
  int s0 = s.S(0);
  if (s0 == kNone || s0 == 0) return false;
  if (t == kLeft) return s.b <= s.n;
  int s1 = s.S(1);
  if (s1 == kNone) return false;
  return s1 != 0 || s.b > s.n;  // the root takes its one child last
}

// Head and dependent of the arc move t (which must be legal).
void ArcOf(const State& s, int t, int* h, int* d) {
  *d = s.S(0);
  *h = t == kLeft ? s.b : s.S(1);
}

void Apply(State* s, int t, int label) {
  if (t == kShift) {
    s->stack.push_back(s->b++);
    return;
  }
  int h, d;
  ArcOf(*s, t, &h, &d);
  s->stack.pop_back();
  s->AddArc(h, d, label);
}

// Dynamic-oracle cost of the three moves (arc-hybrid, Goldberg & Nivre 2013),
// before label costs, against projective gold heads gh.
struct MoveCosts {
  int shift = 0, left = 0, right = 0;
};

MoveCosts Costs(const State& s, const std::vector<int>& gh) {
  MoveCosts c;
  int s0 = s.S(0), s1 = s.S(1), b0 = s.B(0);
  if (b0 != kNone) {
    for (size_t i = 0; i < s.stack.size(); ++i) {
      int k = s.stack[i];
      if (k != s0 && gh[b0] == k) ++c.shift;
      if (k != 0 && gh[k] == b0) ++c.shift;
    }
  }
  if (s0 != kNone && s0 != 0) {
    int deps_in_buffer = 0;
    bool head_in_buffer = false, head_after_b0 = false;
    for (int k = s.b; k <= s.n; ++k) {
      if (gh[k] == s0) ++deps_in_buffer;
      if (gh[s0] == k) {
        head_in_buffer = true;
        head_after_b0 = k != b0;
      }
    }
    c.left = deps_in_buffer + (head_after_b0 ? 1 : 0) + (s1 != kNone && gh[s0] == s1 ? 1 : 0);
    c.right = deps_in_buffer + (head_in_buffer ? 1 : 0);
  }
  return c;
}

inline uint64_t H2(uint64_t a, uint64_t b) { return Mix64(a * 0x9e3779b97f4a7c15ull ^ b); }

uint64_t Dist(int a, int b) {
  if (a == kNone || b == kNone) return 99;
  int d = std::abs(a - b);
  return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

// Word / tag / label views of the configuration.
struct View {
  const State& s;
  const ParserInput& in;
  const uint32_t* st;  // supertags of words 1..n at st[0..n-1]
  uint64_t St(int t) const { return t == kNone ? 1 : t == 0 ? 2 : st[t - 1]; }
  uint64_t W(int t) const { return t == kNone ? 1 : t == 0 ? 2 : in.word[t - 1]; }
  uint64_t P(int t) const { return t == kNone ? 1 : t == 0 ? 2 : in.tag[t - 1]; }
  uint64_t L(int t) const {
    return t == kNone || t == 0 || s.label[t] < 0 ? 1000 : static_cast<uint64_t>(s.label[t]);
  }
  int Lc1(int t) const { return t == kNone ? kNone : s.lc1[t]; }
  int Lc2(int t) const { return t == kNone ? kNone : s.lc2[t]; }
  int Rc1(int t) const { return t == kNone ? kNone : s.rc1[t]; }
  int Rc2(int t) const { return t == kNone ? kNone : s.rc2[t]; }
  uint64_t Nl(int t) const { return t == kNone ? 99 : s.nl[t]; }
  uint64_t C1(int t) const {
    return t == kNone                                ? 1
           : t == 0                                  ? 2
           : static_cast<size_t>(t) > in.cls1.size() ? 3
                                                     : in.cls1[t - 1];
  }
  uint64_t C2(int t) const {
    return t == kNone                                ? 1
           : t == 0                                  ? 2
           : static_cast<size_t>(t) > in.cls2.size() ? 3
                                                     : in.cls2[t - 1];
  }
  uint64_t Nr(int t) const { return t == kNone ? 99 : s.nr[t]; }
};

// The stack frame's templates over pairs of s0, s1, s2 (ExtractStackFrame and
// ExtractStackFrameCross, in this order).
int StackPairs(const View& v, uint64_t* f) {
  const State& s = v.s;
  int s0 = s.S(0), s1 = s.S(1), s2 = s.S(2);
  uint64_t s0w = v.W(s0), s0p = v.P(s0), s1w = v.W(s1), s1p = v.P(s1), s2p = v.P(s2);
  uint64_t s0wp = H2(s0w, s0p), s1wp = H2(s1w, s1p);
  uint64_t d1 = Dist(s1, s0);
  int n = 0;
  f[n++] = QuickFeat(25, s1wp, s0wp);
  f[n++] = QuickFeat(26, s1w, s0w);
  f[n++] = QuickFeat(27, s1p, s0p);
  f[n++] = QuickFeat(28, s1p, s0wp);
  f[n++] = QuickFeat(29, s1wp, s0p);
  f[n++] = QuickFeat(38, s2p, s1p, s0p);
  f[n++] = QuickFeat(45, s1p, s0p, d1);
  f[n++] = QuickFeat(46, s1w, d1);
  f[n++] = QuickFeat(47, s0w, d1);
  return n;
}

// The stack frame's templates over s0's left and s1's children (both extractors, in this
// order).
int StackChildren(const View& v, uint64_t* f) {
  const State& s = v.s;
  int s0 = s.S(0), s1 = s.S(1);
  uint64_t s0p = v.P(s0), s1p = v.P(s1);
  int s0l1 = v.Lc1(s0), s0l2 = v.Lc2(s0), s1r1 = v.Rc1(s1), s1r2 = v.Rc2(s1), s1l1 = v.Lc1(s1);
  int n = 0;
  f[n++] = QuickFeat(36, s1p, s0p, v.P(s0l1));
  f[n++] = QuickFeat(39, s1p, v.P(s1r1), s0p);
  f[n++] = QuickFeat(51, s0p, v.Nl(s0));
  f[n++] = QuickFeat(55, s1p, v.Nr(s1));
  f[n++] = QuickFeat(56, v.W(s0l1));
  f[n++] = QuickFeat(57, v.P(s0l1));
  f[n++] = QuickFeat(58, v.L(s0l1));
  f[n++] = QuickFeat(65, v.P(s0l2));
  f[n++] = QuickFeat(66, v.L(s0l2));
  f[n++] = QuickFeat(71, v.P(s1r1));
  f[n++] = QuickFeat(72, v.L(s1r1));
  f[n++] = QuickFeat(73, v.P(s1l1), v.L(s1l1));
  f[n++] = QuickFeat(74, s0p, v.P(s0l1), v.P(s0l2));
  f[n++] = QuickFeat(77, s1p, v.P(s1r1), v.P(s1r2));
  f[n++] = QuickFeat(78, s0p, v.L(s0l1), v.L(s0l2));
  f[n++] = QuickFeat(86, s0p, s0 > 0 ? s.lset[s0] : 7);
  return n;
}

// Zhang & Nivre (2011)-style features adapted to arc-hybrid, in five groups
// that together are the parser's move templates (Extract). Parse() scores
// each group only when its values can have changed (exact int sums, so the
// order does not matter):
// - stack frame: fixed attributes (word, tag, class, supertag) of s0, s1, s2
//   and their distance, and the children of s0 on its left and of s1; all
//   constant while that frame is on the stack (a word gets left children only
//   while it is b0, and right children only while it is s1, by a RIGHT that
//   pops the frame above it), so scored once per SHIFT, not once per move;
// - stack top, right: s0's right children; they change only by RIGHT (and a
//   frame is new after SHIFT), so a LEFT, which uncovers the frame below,
//   reuses that frame's sums;
// - buffer frame: fixed attributes of b0, b1, b2; constant until the next
//   SHIFT;
// - buffer front, left: b0's left children; they change by LEFT and SHIFT,
//   not by RIGHT;
// - the rest (pairs across stack and buffer, distance), scored at every move.
int ExtractStackFrame(const State& s, const ParserInput& in, const uint32_t* st, uint64_t* f) {
  View v{s, in, st};
  int s0 = s.S(0), s1 = s.S(1), s2 = s.S(2);
  uint64_t s0w = v.W(s0), s0p = v.P(s0), s1w = v.W(s1), s1p = v.P(s1);
  uint64_t s2p = v.P(s2), s2w = v.W(s2);
  uint64_t s0wp = H2(s0w, s0p), s1wp = H2(s1w, s1p);
  uint64_t s0c = v.C1(s0), s1c = v.C1(s1);
  uint64_t s0t = v.St(s0), s1t = v.St(s1);
  int n = 0;
  f[n++] = QuickFeat(1, s0w);
  f[n++] = QuickFeat(2, s0p);
  f[n++] = QuickFeat(3, s0wp);
  f[n++] = QuickFeat(4, s1w);
  f[n++] = QuickFeat(5, s1p);
  f[n++] = QuickFeat(6, s1wp);
  f[n++] = QuickFeat(15, s2p);
  f[n++] = QuickFeat(16, s2w);
  n += StackPairs(v, f + n);
  f[n++] = QuickFeat(89, v.C2(s0));
  f[n++] = QuickFeat(95, s1c, s0c);
  f[n++] = QuickFeat(96, s1c, s0p);
  f[n++] = QuickFeat(99, s0t);
  f[n++] = QuickFeat(100, s1t);
  f[n++] = QuickFeat(105, s1t, s0t);
  n += StackChildren(v, f + n);
  return n;
}

int ExtractBufferFrame(const State& s, const ParserInput& in, const uint32_t* st, uint64_t* f) {
  View v{s, in, st};
  int b0 = s.B(0), b1 = s.B(1), b2 = s.B(2);
  uint64_t b0w = v.W(b0), b0p = v.P(b0), b1w = v.W(b1), b1p = v.P(b1);
  uint64_t b2w = v.W(b2), b2p = v.P(b2);
  uint64_t b0wp = H2(b0w, b0p), b1wp = H2(b1w, b1p);
  uint64_t b0t = v.St(b0), b1t = v.St(b1);
  int n = 0;
  f[n++] = QuickFeat(0);
  f[n++] = QuickFeat(7, b0w);
  f[n++] = QuickFeat(8, b0p);
  f[n++] = QuickFeat(9, b0wp);
  f[n++] = QuickFeat(10, b1w);
  f[n++] = QuickFeat(11, b1p);
  f[n++] = QuickFeat(12, b1wp);
  f[n++] = QuickFeat(13, b2w);
  f[n++] = QuickFeat(14, b2p);
  f[n++] = QuickFeat(24, b0p, b1p);
  f[n++] = QuickFeat(30, b0p, b1p, b2p);
  f[n++] = QuickFeat(90, v.C2(b0));
  f[n++] = QuickFeat(91, v.C1(b1));
  f[n++] = QuickFeat(101, b0t);
  f[n++] = QuickFeat(102, b1t);
  f[n++] = QuickFeat(103, v.St(b2));
  f[n++] = QuickFeat(106, b0t, b1t);
  return n;
}

// Parse()'s word cache (RoleCache below): 26 of the stack and buffer frame
// templates (with the bias) read only the fixed attributes of the word in one
// role (s0, s1, s2, b0, b1, b2); their int sums are kept per word and role
// across sentences. What is left of the two frames is listed by
// ExtractStackFrameCross and ExtractBufferFrameCross; together with
// RoleFeatures() of the frame's three words they are the frame's templates
// (ParserTest checks this at every step of random parses).
enum Role { kS0, kS1, kS2, kB0, kB1, kB2, kRoles };
constexpr int kMaxRoleFeats = 6;

struct WordValues {
  uint64_t w = 0, p = 0, c1 = 0, c2 = 0, st = 0;
  bool operator==(const WordValues&) const = default;
};

WordValues ValuesOf(const View& v, int t) { return {v.W(t), v.P(t), v.C1(t), v.C2(t), v.St(t)}; }

// The templates of ExtractStackFrame / ExtractBufferFrame that read only the
// word x in `role`.
int RoleFeatures(int role, const WordValues& x, uint64_t* f) {
  int n = 0;
  switch (role) {
    case kS0:
      f[n++] = QuickFeat(1, x.w);
      f[n++] = QuickFeat(2, x.p);
      f[n++] = QuickFeat(3, H2(x.w, x.p));
      f[n++] = QuickFeat(89, x.c2);
      f[n++] = QuickFeat(99, x.st);
      break;
    case kS1:
      f[n++] = QuickFeat(4, x.w);
      f[n++] = QuickFeat(5, x.p);
      f[n++] = QuickFeat(6, H2(x.w, x.p));
      f[n++] = QuickFeat(100, x.st);
      break;
    case kS2:
      f[n++] = QuickFeat(15, x.p);
      f[n++] = QuickFeat(16, x.w);
      break;
    case kB0:
      f[n++] = QuickFeat(0);
      f[n++] = QuickFeat(7, x.w);
      f[n++] = QuickFeat(8, x.p);
      f[n++] = QuickFeat(9, H2(x.w, x.p));
      f[n++] = QuickFeat(90, x.c2);
      f[n++] = QuickFeat(101, x.st);
      break;
    case kB1:
      f[n++] = QuickFeat(10, x.w);
      f[n++] = QuickFeat(11, x.p);
      f[n++] = QuickFeat(12, H2(x.w, x.p));
      f[n++] = QuickFeat(91, x.c1);
      f[n++] = QuickFeat(102, x.st);
      break;
    default:
      f[n++] = QuickFeat(13, x.w);
      f[n++] = QuickFeat(14, x.p);
      f[n++] = QuickFeat(103, x.st);
      break;
  }
  return n;
}

// ExtractStackFrame without RoleFeatures() of s0, s1, s2 (same values).
int ExtractStackFrameCross(const State& s, const ParserInput& in, const uint32_t* st, uint64_t* f) {
  View v{s, in, st};
  int s0 = s.S(0), s1 = s.S(1);
  uint64_t s0p = v.P(s0);
  uint64_t s0c = v.C1(s0), s1c = v.C1(s1);
  uint64_t s0t = v.St(s0), s1t = v.St(s1);
  int n = 0;
  n += StackPairs(v, f + n);
  f[n++] = QuickFeat(95, s1c, s0c);
  f[n++] = QuickFeat(96, s1c, s0p);
  f[n++] = QuickFeat(105, s1t, s0t);
  n += StackChildren(v, f + n);
  return n;
}

// ExtractBufferFrame without RoleFeatures() of b0, b1, b2 (same values).
int ExtractBufferFrameCross(const State& s, const ParserInput& in, const uint32_t* st,
                            uint64_t* f) {
  View v{s, in, st};
  int b0 = s.B(0), b1 = s.B(1), b2 = s.B(2);
  uint64_t b0p = v.P(b0), b1p = v.P(b1), b2p = v.P(b2);
  int n = 0;
  f[n++] = QuickFeat(24, b0p, b1p);
  f[n++] = QuickFeat(30, b0p, b1p, b2p);
  f[n++] = QuickFeat(106, v.St(b0), v.St(b1));
  return n;
}

int ExtractStackRight(const State& s, const ParserInput& in, const uint32_t* st, uint64_t* f) {
  View v{s, in, st};
  int s0 = s.S(0);
  uint64_t s0p = v.P(s0), s1p = v.P(s.S(1));
  int s0r1 = v.Rc1(s0), s0r2 = v.Rc2(s0);
  int n = 0;
  f[n++] = QuickFeat(37, s1p, s0p, v.P(s0r1));
  f[n++] = QuickFeat(49, s0p, v.Nr(s0));
  f[n++] = QuickFeat(59, v.W(s0r1));
  f[n++] = QuickFeat(60, v.P(s0r1));
  f[n++] = QuickFeat(61, v.L(s0r1));
  f[n++] = QuickFeat(67, v.P(s0r2));
  f[n++] = QuickFeat(68, v.L(s0r2));
  f[n++] = QuickFeat(75, s0p, v.P(s0r1), v.P(s0r2));
  f[n++] = QuickFeat(79, s0p, v.L(s0r1), v.L(s0r2));
  f[n++] = QuickFeat(87, s0p, s0 > 0 ? s.rset[s0] : 7);
  return n;
}

int ExtractBufferLeft(const State& s, const ParserInput& in, const uint32_t* st, uint64_t* f) {
  View v{s, in, st};
  int b0 = s.B(0);
  uint64_t b0p = v.P(b0);
  int b0l1 = v.Lc1(b0), b0l2 = v.Lc2(b0);
  int n = 0;
  f[n++] = QuickFeat(53, b0p, v.Nl(b0));
  f[n++] = QuickFeat(62, v.W(b0l1));
  f[n++] = QuickFeat(63, v.P(b0l1));
  f[n++] = QuickFeat(64, v.L(b0l1));
  f[n++] = QuickFeat(69, v.P(b0l2));
  f[n++] = QuickFeat(70, v.L(b0l2));
  f[n++] = QuickFeat(76, b0p, v.P(b0l1), v.P(b0l2));
  f[n++] = QuickFeat(80, b0p, v.L(b0l1), v.L(b0l2));
  f[n++] = QuickFeat(88, b0p, b0 > 0 ? s.lset[b0] : 7);
  return n;
}

int ExtractDynamic(const State& s, const ParserInput& in, const uint32_t* st, uint64_t* f) {
  View v{s, in, st};
  int s0 = s.S(0), s1 = s.S(1), b0 = s.B(0), b1 = s.B(1);
  uint64_t s0w = v.W(s0), s0p = v.P(s0), s1p = v.P(s1);
  uint64_t b0w = v.W(b0), b0p = v.P(b0), b1p = v.P(b1);
  uint64_t s0wp = H2(s0w, s0p), b0wp = H2(b0w, b0p);
  int s0l1 = v.Lc1(s0), s0r1 = v.Rc1(s0), b0l1 = v.Lc1(b0);
  uint64_t d = Dist(s0, b0);
  uint64_t s0c = v.C1(s0), b0c = v.C1(b0);
  uint64_t s0t = v.St(s0), s1t = v.St(s1), b0t = v.St(b0);
  int n = 0;
  f[n++] = QuickFeat(17, s0wp, b0wp);
  f[n++] = QuickFeat(20, s0wp, b0p);
  f[n++] = QuickFeat(21, s0p, b0wp);
  f[n++] = QuickFeat(22, s0w, b0w);
  f[n++] = QuickFeat(23, s0p, b0p);
  f[n++] = QuickFeat(31, s0p, b0p, b1p);
  f[n++] = QuickFeat(32, s1p, s0p, b0p);
  f[n++] = QuickFeat(33, s0p, v.P(s0l1), b0p);
  f[n++] = QuickFeat(34, s0p, v.P(s0r1), b0p);
  f[n++] = QuickFeat(35, s0p, b0p, v.P(b0l1));
  f[n++] = QuickFeat(41, s0p, d);
  f[n++] = QuickFeat(43, b0p, d);
  f[n++] = QuickFeat(44, s0p, b0p, d);
  f[n++] = QuickFeat(84, s1p, s0p, b1p);
  f[n++] = QuickFeat(85, s0w, b0p, b1p);
  f[n++] = QuickFeat(92, s0c, b0c);
  f[n++] = QuickFeat(93, s0p, b0c);
  f[n++] = QuickFeat(94, s0c, b0p);
  f[n++] = QuickFeat(98, s0c, b0w);
  f[n++] = QuickFeat(104, s0t, b0t);
  f[n++] = QuickFeat(107, s0t, b0p);
  f[n++] = QuickFeat(108, s0p, b0t);
  f[n++] = QuickFeat(109, s0t, b0t, d);
  f[n++] = QuickFeat(110, s1t, s0t, b0t);
  return n;
}

// All move templates (training scores them together).
int Extract(const State& s, const ParserInput& in, const uint32_t* st, uint64_t* f) {
  int n = ExtractStackFrame(s, in, st, f);
  n += ExtractStackRight(s, in, st, f + n);
  n += ExtractBufferFrame(s, in, st, f + n);
  n += ExtractBufferLeft(s, in, st, f + n);
  return n + ExtractDynamic(s, in, st, f + n);
}

// The move-template groups above that Parse() scores only when stale, and
// which of them a move makes stale: SHIFT gives a new stack top and buffer
// front; LEFT gives b0 a new left child (the uncovered stack frame is as it
// was); RIGHT gives the new stack top a new right child.
enum : unsigned { kStackGroup = 1, kStackRightGroup = 2, kBufferGroup = 4, kBufferLeftGroup = 8 };
constexpr unsigned kAllGroups = 15;
unsigned StaleAfter(int move) {
  return move == kShift ? kAllGroups : move == kLeft ? kBufferLeftGroup : kStackRightGroup;
}

// Per thread: for each word (its WordValues) seen, the int sums of its
// RoleFeatures() rows in each role, summed the first time a frame needs them;
// exact, so Parse() scores what ParseUncached() does. Entries 0 and 1 are "no
// word" and the root. Entries belong to one move table (DenseModel::table_id());
// another parser on the same thread empties the cache, and so does a sentence
// that would overfill it. Memory: about 120 bytes per entry, 2 MB per thread.
struct RoleCache {
  static constexpr uint32_t kWords = 16384;       // entries, the two paddings included
  static constexpr uint32_t kSlots = 2 * kWords;  // a power of two
  static constexpr uint32_t kNoEntry = ~0u;
  struct Entry {
    WordValues v;
    uint32_t have = 0;  // bit r: sums of role r
    int32_t sums[kRoles][kDenseClasses];
  };
  uint64_t owner = 0;           // table_id() of the move table (0: none yet)
  std::vector<uint32_t> slots;  // open addressing: entry index + 1 (0: empty)
  std::vector<Entry> entries;
  std::vector<uint32_t> entry;  // per token 0..n (0: the root), kNoEntry: not cached

  // Fills entry[] for the n words of `in`, adding the words not cached.
  void Prepare(const DenseModel& moves, const State& s, const ParserInput& in, const uint32_t* st) {
    const int n = static_cast<int>(in.word.size());
    if (owner != moves.table_id() || entries.size() + n > kWords) {
      owner = moves.table_id();
      slots.assign(kSlots, 0);
      entries.reserve(kWords);
      entries.assign(2, Entry());
      View v{s, in, st};
      entries[0].v = ValuesOf(v, kNone);
      entries[1].v = ValuesOf(v, 0);
    }
    View v{s, in, st};
    entry.resize(n + 1);
    entry[0] = 1;
    for (int t = 1; t <= n; ++t) {
      const WordValues x = ValuesOf(v, t);
      uint32_t e = kNoEntry;
      for (uint32_t j = static_cast<uint32_t>(QuickFeat(0x5eed, x.w ^ x.c1, x.p ^ x.c2, x.st)) &
                        (kSlots - 1);
           ; j = (j + 1) & (kSlots - 1)) {
        if (slots[j] == 0) {
          // A new word (the check above leaves room for every word of a sentence of
          // fewer than kWords - 2 words; longer ones fill it, then go uncached).
          if (entries.size() >= kWords) break;
          e = static_cast<uint32_t>(entries.size());
          slots[j] = e + 1;
          entries.emplace_back().v = x;
          break;
        }
        // Entries 0 and 1 are not in the slots.
        if (entries[slots[j] - 1].v == x) {
          e = slots[j] - 1;
          break;
        }
      }
      entry[t] = e;
    }
  }
  // The sums of entry e's RoleFeatures() in `role`.
  const int32_t* Sums(const DenseModel& moves, uint32_t e, int role) {
    Entry& x = entries[e];
    if (!(x.have & (1u << role))) {
      x.have |= 1u << role;
      uint64_t f[kMaxRoleFeats];
      std::fill(x.sums[role], x.sums[role] + kDenseClasses, 0);
      moves.Accumulate(f, RoleFeatures(role, x.v, f), x.sums[role]);
    }
    return x.sums[role];
  }
};

constexpr int kMaxLabelFeats = 42;  // 41 used

// Features of the label of the arc h -> d (d complete: all its children are
// attached), before the arc is added.
int LabelFeatures(const State& s, const ParserInput& in, const uint32_t* st, int h, int d,
                  uint64_t* f) {
  View v{s, in, st};
  const uint64_t left = d < h;  // d is a left dependent
  const uint32_t base = left ? 200 : 300;
  uint64_t dw = v.W(d), dp = v.P(d), hw = v.W(h), hp = v.P(h);
  uint64_t du = in.upos[d - 1], hu = h > 0 ? in.upos[h - 1] : 2;
  uint64_t dist = Dist(h, d);
  int dl1 = v.Lc1(d), dr1 = v.Rc1(d);
  // h's nearest child on d's side so far, and h's children on the other side.
  int hnear = left ? v.Lc1(h) : v.Rc1(h);
  int hleft = v.Lc1(h);
  auto P = [&](int t) { return t >= 1 && t <= s.n ? in.tag[t - 1] : 3; };
  int n = 0;
  f[n++] = QuickFeat(base + 0);
  f[n++] = QuickFeat(base + 1, dw);
  f[n++] = QuickFeat(base + 2, dp);
  f[n++] = QuickFeat(base + 3, hw);
  f[n++] = QuickFeat(base + 4, hp);
  f[n++] = QuickFeat(base + 5, dp, hp);
  f[n++] = QuickFeat(base + 6, dw, hp);
  f[n++] = QuickFeat(base + 7, dp, hw);
  f[n++] = QuickFeat(base + 8, dw, hw);
  f[n++] = QuickFeat(base + 9, du, hu, dist);
  f[n++] = QuickFeat(base + 10, dp, hp, dist);
  f[n++] = QuickFeat(base + 11, dp, v.L(dl1), v.L(dr1));
  f[n++] = QuickFeat(base + 12, dw, v.L(dl1));
  f[n++] = QuickFeat(base + 13, dp, s.lset[d], s.rset[d]);
  f[n++] = QuickFeat(base + 14, dp, v.W(dl1));
  f[n++] = QuickFeat(base + 15, dp, v.P(dl1));
  f[n++] = QuickFeat(base + 16, dp, v.P(dr1));
  f[n++] = QuickFeat(base + 17, hp, v.L(hnear));
  f[n++] = QuickFeat(base + 18, dp, hp, v.L(hnear));
  f[n++] = QuickFeat(base + 19, hp, h > 0 ? s.lset[h] : 0, h > 0 ? s.rset[h] : 0);
  f[n++] = QuickFeat(base + 20, hu, v.L(hleft));
  f[n++] = QuickFeat(base + 21, dp, P(d - 1), P(d + 1));
  f[n++] = QuickFeat(base + 22, dp, hp, P(h + (left ? -1 : 1)));
  f[n++] = QuickFeat(base + 23, dw, P(d + 1));
  f[n++] = QuickFeat(base + 24, dw, P(d - 1));
  f[n++] = QuickFeat(base + 25, du, v.W(dl1), hu);
  f[n++] = QuickFeat(base + 26, du, hw, v.Nl(d) * 8 + std::min<uint64_t>(v.Nr(d), 7));
  f[n++] = QuickFeat(base + 27, dp, v.W(v.Rc1(d)));
  f[n++] = QuickFeat(base + 28, hw, v.L(hnear), du);
  f[n++] = QuickFeat(base + 29, d == 1 || h == 1, dp, hp);
  // What follows the arc: the next buffer word after a right dependent's
  // subtree (a second object? a verb?), the word after the head of a left one.
  int nx = left ? s.B(1) : s.B(0);
  uint64_t nxp = v.P(nx), nxw = v.W(nx);
  f[n++] = QuickFeat(base + 30, dp, hp, nxp);
  f[n++] = QuickFeat(base + 31, dw, nxp);
  f[n++] = QuickFeat(base + 32, dp, nxw);
  f[n++] = QuickFeat(base + 33, du, nxp, v.P(left ? s.B(2) : s.B(1)));
  f[n++] = QuickFeat(base + 34, hw, dp, nxp);
  // Session 5: word classes of the dependent and the head.
  f[n++] = QuickFeat(base + 35, v.C2(d), v.C2(h));
  f[n++] = QuickFeat(base + 36, v.C1(d), hp);
  f[n++] = QuickFeat(base + 37, dp, v.C1(h));
  // Session 9: the dependent's predicted supertag (its relation, if the head is on the
  // predicted side), with the head's tag and supertag.
  f[n++] = QuickFeat(base + 38, v.St(d));
  f[n++] = QuickFeat(base + 39, v.St(d), hp);
  f[n++] = QuickFeat(base + 40, v.St(d), v.St(h));
  return n;
}

int BestLegal(const State& s, const float* scores, const int* cost = nullptr) {
  int best = -1;
  for (int t = 0; t < kDenseClasses; ++t) {
    if (!Legal(s, t)) continue;
    if (cost && cost[t] != 0) continue;
    if (best < 0 || scores[t] > scores[best]) best = t;
  }
  return best;
}

// Best label other than the root label (only the root's child is "root").
int BestLabel(const float* scores, int num_labels, int root_label) {
  int best = -1;
  for (int l = 0; l < num_labels; ++l) {
    if (l == root_label) continue;
    if (best < 0 || scores[l] > scores[best]) best = l;
  }
  return best < 0 ? root_label : best;
}

std::vector<std::string_view> Forms(const ConlluSentence& s) {
  std::vector<std::string_view> w;
  for (const auto& x : s.words) w.push_back(x.form);
  return w;
}

std::string Universal(const std::string& rel) { return rel.substr(0, rel.find(':')); }

void Shuffle(std::vector<size_t>* v, std::mt19937_64* rng) {
  for (size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[(*rng)() % i]);
}

// Is the arc h -> d projective w.r.t. heads (every word between is dominated by h)?
bool ArcProjective(const std::vector<int>& heads, int h, int d) {
  int lo = std::min(h, d), hi = std::max(h, d);
  int n = static_cast<int>(heads.size());
  for (int k = lo + 1; k < hi; ++k) {
    int x = k, steps = 0;
    while (x != 0 && x != h && steps++ <= n) x = heads[x - 1];
    if (x != h) return false;
  }
  return true;
}

// A training sentence: predicted tags (and supertags) and its projective gold tree.
struct Example {
  ParserInput in;
  std::vector<int> gh, gl;  // 1-based with a dummy at 0
};

// Supertag code of word d (1-based) of a tree with head `head` and arc label
// `label`: group[label] * 3 + head direction (0: head on the left, 1: on the
// right, 2: root), times 2 plus "the head is adjacent" with distance buckets.
// group[label]: the label the supertag names (itself, or with universal
// supertags the first label of its universal relation).
struct SupertagScheme {
  std::vector<int> group;
  bool distance = false;
  int Code(int head, int label, int d) const {
    int c = group[label] * 3 + (head == 0 ? 2 : head < d ? 0 : 1);
    return distance ? c * 2 + (std::abs(head - d) == 1) : c;
  }
  int size() const { return static_cast<int>(group.size()) * (distance ? 6 : 3); }
};

// Gold supertag classes of the examples in idx, their inputs in *inputs.
void GoldSupertags(const std::vector<Example>& ex, const std::vector<size_t>& idx,
                   const SupertagScheme& scheme, const std::vector<int>& cls_of_code,
                   std::vector<const ParserInput*>* inputs, std::vector<std::vector<int>>* gold) {
  inputs->clear();
  gold->clear();
  for (size_t i : idx) {
    const Example& e = ex[i];
    inputs->push_back(&e.in);
    gold->emplace_back();
    for (size_t d = 1; d < e.gh.size(); ++d)
      gold->back().push_back(cls_of_code[scheme.Code(e.gh[d], e.gl[d], static_cast<int>(d))]);
  }
}

double SupertagAccuracy(const Supertagger& st, const std::vector<const ParserInput*>& inputs,
                        const std::vector<std::vector<int>>& gold) {
  size_t words = 0, right = 0;
  std::vector<uint32_t> out;
  for (size_t i = 0; i < inputs.size(); ++i) {
    st.Tag(*inputs[i], &out);
    for (size_t j = 0; j < out.size(); ++j, ++words)
      right += static_cast<int>(out[j]) == gold[i][j] + static_cast<int>(Supertagger::kOffset);
  }
  return words ? 100.0 * right / words : 0;
}

// Trains the parser's supertagger on the training trees and fills every
// example's in.stag with supertags predicted by a supertagger trained on the
// other folds (as the training tags are jackknifed), so that the parser
// learns how far to trust them. Logs held-out and dev supertag accuracy.
Supertagger TrainSupertagger(const std::vector<ConlluSentence>* dev, const Tagger& tagger,
                             const std::map<std::string, int>& label_ids,
                             const ParserTrainOptions& options, std::vector<Example>* ex) {
  const int num_labels = static_cast<int>(label_ids.size());
  SupertagScheme scheme;
  scheme.group.resize(num_labels);
  scheme.distance = options.supertag_distance;
  std::map<std::string, int> first_of_universal;
  for (const auto& [name, id] : label_ids) {
    scheme.group[id] = id;
    if (!options.universal_supertags) continue;
    scheme.group[id] = first_of_universal.emplace(Universal(name), id).first->second;
  }
  std::vector<int> cls_of_code(scheme.size(), -1);
  for (const Example& e : *ex)
    for (size_t d = 1; d < e.gh.size(); ++d)
      cls_of_code[scheme.Code(e.gh[d], e.gl[d], static_cast<int>(d))] = 0;
  std::vector<uint16_t> codes;
  for (int c = 0; c < scheme.size(); ++c)
    if (cls_of_code[c] >= 0 && codes.size() < 255) {
      cls_of_code[c] = static_cast<int>(codes.size());
      codes.push_back(static_cast<uint16_t>(c));
    }
  for (int& c : cls_of_code) c = std::max(c, 0);  // (only past 255 codes)
  SupertaggerTrainOptions so;
  so.iterations = options.supertag_iterations;
  so.seed = options.seed;
  so.max_weights = options.max_supertag_weights;
  std::vector<const ParserInput*> inputs;
  std::vector<std::vector<int>> gold;
  const int k = options.supertag_folds;
  for (int fold = 0; k > 1 && fold < k; ++fold) {
    std::vector<size_t> rest, held;
    for (size_t i = 0; i < ex->size(); ++i)
      (static_cast<int>(i % k) == fold ? held : rest).push_back(i);
    GoldSupertags(*ex, rest, scheme, cls_of_code, &inputs, &gold);
    Supertagger st = Supertagger::Train(codes, inputs, gold, so);
    GoldSupertags(*ex, held, scheme, cls_of_code, &inputs, &gold);
    double acc = SupertagAccuracy(st, inputs, gold);
    for (size_t i : held) st.Tag((*ex)[i].in, &(*ex)[i].in.stag);
    if (options.log)
      options.log("supertag jackknife fold " + std::to_string(fold + 1) + "/" + std::to_string(k) +
                  ": held-out accuracy " + std::to_string(acc));
  }
  std::vector<size_t> all(ex->size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  GoldSupertags(*ex, all, scheme, cls_of_code, &inputs, &gold);
  Supertagger st = Supertagger::Train(codes, inputs, gold, so);
  if (k <= 1)
    for (Example& e : *ex) st.Tag(e.in, &e.in.stag);
  if (dev && options.log) {
    // Dev gold supertags from the original trees (words with an unknown label count as wrong).
    size_t words = 0, right = 0;
    std::vector<int> tags;
    std::vector<uint32_t> out;
    for (const auto& s : *dev) {
      std::vector<std::string_view> w;
      for (const auto& x : s.words) w.push_back(x.form);
      tagger.Tag(w, &tags);
      st.Tag(MakeParserInput(w, tags, tagger), &out);
      for (size_t j = 0; j < w.size(); ++j, ++words) {
        auto it = label_ids.find(s.words[j].head == 0 ? std::string("root") : s.words[j].deprel);
        if (it == label_ids.end() || s.words[j].head < 0) continue;
        int code = scheme.Code(s.words[j].head, it->second, static_cast<int>(j + 1));
        right += static_cast<int>(out[j]) - static_cast<int>(Supertagger::kOffset) ==
                     cls_of_code[code] &&
                 codes[cls_of_code[code]] == code;
      }
    }
    options.log("supertagger: " + std::to_string(codes.size()) + " supertags, " +
                std::to_string(st.num_weights()) + " weights, dev accuracy " +
                std::to_string(100.0 * right / std::max<size_t>(words, 1)));
  }
  return st;
}

}  // namespace

void Projectivize(std::vector<int>* heads) {
  std::vector<int>& h = *heads;
  int n = static_cast<int>(h.size());
  for (int round = 0; round < n * 2; ++round) {
    int best = -1, best_len = 0;
    for (int d = 1; d <= n; ++d) {
      int hd = h[d - 1];
      if (hd == 0 || ArcProjective(h, hd, d)) continue;
      int len = std::abs(hd - d);
      if (best < 0 || len < best_len) best = d, best_len = len;
    }
    if (best < 0) return;
    h[best - 1] = h[h[best - 1] - 1];  // lift to the grandparent
  }
}

int StaleMoveFeatures(const ParserInput& in, uint64_t seed) {
  const int n = static_cast<int>(in.word.size());
  if (n == 0 || in.stag.size() != in.word.size()) return 0;
  State s;
  s.Init(n);
  const uint32_t* st = in.stag.data();
  std::mt19937_64 rng(seed);
  uint64_t f[kMaxFeats];
  auto take = [&](auto extract) { return std::vector<uint64_t>(f, f + extract(s, in, st, f)); };
  // The group features as Parse() keeps them, refreshed only when stale.
  std::vector<std::vector<uint64_t>> frame(n + 2), right(n + 2);
  std::vector<uint64_t> buffer, left;
  unsigned stale = kAllGroups;
  int wrong = 0;
  for (int step = 0; step < 4 * n + 4 && !s.Terminal(); ++step) {
    const size_t top = s.stack.size() - 1;
    if (stale & kStackGroup) frame[top] = take(ExtractStackFrame);
    if (stale & kStackRightGroup) right[top] = take(ExtractStackRight);
    if (stale & kBufferGroup) buffer = take(ExtractBufferFrame);
    if (stale & kBufferLeftGroup) left = take(ExtractBufferLeft);
    std::vector<uint64_t> got = take(ExtractDynamic);
    for (const auto* g : {&frame[top], &right[top], &buffer, &left})
      got.insert(got.end(), g->begin(), g->end());
    std::vector<uint64_t> want = take(Extract);
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    wrong += got != want;
    // The frames as Parse() scores them with its word cache: the cross templates
    // and each word's role templates.
    View v{s, in, st};
    auto split = [&](auto cross, std::initializer_list<std::pair<int, int>> roles) {
      std::vector<uint64_t> out = take(cross);
      for (auto [role, t] : roles) {
        uint64_t r[kMaxRoleFeats];
        out.insert(out.end(), r, r + RoleFeatures(role, ValuesOf(v, t), r));
      }
      std::sort(out.begin(), out.end());
      return out;
    };
    auto sorted = [&](auto extract) {
      std::vector<uint64_t> out = take(extract);
      std::sort(out.begin(), out.end());
      return out;
    };
    wrong += split(ExtractStackFrameCross, {{kS0, s.S(0)}, {kS1, s.S(1)}, {kS2, s.S(2)}}) !=
             sorted(ExtractStackFrame);
    wrong += split(ExtractBufferFrameCross, {{kB0, s.B(0)}, {kB1, s.B(1)}, {kB2, s.B(2)}}) !=
             sorted(ExtractBufferFrame);
    int t = static_cast<int>(rng() % kDenseClasses);
    while (!Legal(s, t)) t = (t + 1) % kDenseClasses;
    Apply(&s, t, t == kShift ? -1 : static_cast<int>(rng() % 40));
    stale = StaleAfter(t);
  }
  return wrong;
}

ParserInput MakeParserInput(const std::vector<std::string_view>& words,
                            const std::vector<int>& tags, const Tagger& tagger) {
  ParserInput in;
  in.word.reserve(words.size());
  in.tag.reserve(words.size());
  in.upos.reserve(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    in.word.push_back(WordId(words[i]));
    in.tag.push_back(tagger.TagHash(tags[i]));
    in.upos.push_back(tagger.UposHash(tags[i]));
  }
  if (tagger.has_classes()) {
    in.cls1.resize(words.size());
    in.cls2.resize(words.size());
    for (size_t i = 0; i < words.size(); ++i)
      tagger.WordClass(words[i], in.word[i], &in.cls1[i], &in.cls2[i]);
  }
  return in;
}

void TagForParser(const Tagger& tagger, const std::vector<std::string_view>& words,
                  std::vector<int>* tags, ParserInput* in) {
  WordInfo info;
  info.ids.swap(in->word);
  info.cls1.swap(in->cls1);
  info.cls2.swap(in->cls2);
  tagger.Tag(words, tags, &info);
  in->word.swap(info.ids);
  in->cls1.swap(info.cls1);  // all 3 (no class) when the tagger has none, as when empty
  in->cls2.swap(info.cls2);
  in->tag.resize(words.size());
  in->upos.resize(words.size());
  in->stag.clear();  // Parse() predicts them
  for (size_t i = 0; i < words.size(); ++i) {
    in->tag[i] = tagger.TagHash((*tags)[i]);
    in->upos[i] = tagger.UposHash((*tags)[i]);
  }
}

void Parser::Parse(const ParserInput& in, std::vector<int>* heads, std::vector<int>* labels) const {
  ParseWith(in, heads, labels, true);
}

void Parser::ParseUncached(const ParserInput& in, std::vector<int>* heads,
                           std::vector<int>* labels) const {
  ParseWith(in, heads, labels, false);
}

void Parser::ParseWith(const ParserInput& in, std::vector<int>* heads, std::vector<int>* labels,
                       bool cached) const {
  const int n = static_cast<int>(in.word.size());
  heads->assign(n, 0);
  labels->assign(n, root_label_);
  if (n == 0 || labels_.empty()) return;
  thread_local State s;  // buffers reused across sentences
  s.Init(n);
  thread_local std::vector<uint32_t> stags;
  const uint32_t* st = in.stag.data();
  if (in.stag.size() != in.word.size()) {
    supertagger_.Tag(in, &stags);
    st = stags.data();
  }
  // A move table never built (training with no iterations) has no id to key the cache.
  cached = cached && moves_.table_id() != 0;
  thread_local RoleCache rc;
  if (cached) rc.Prepare(moves_, s, in, st);
  const View v{s, in, st};
  uint64_t feats[kMaxFeats];
  float scores[kDenseClasses];
  // Exact int sums of the template groups (see ExtractStackFrame), each
  // scored again only when its values can have changed: the stack frame and
  // the stack top's right children per stack depth (valid below the top, as
  // moves only push and pop), the buffer frame and the buffer front's left
  // children of the current buffer front; the rest at every move.
  using Sums = std::array<int32_t, kDenseClasses>;
  thread_local std::vector<Sums> frame, right;
  frame.resize(n + 2);
  right.resize(n + 2);
  Sums buffer{}, left{}, rest{};
  unsigned stale = kAllGroups;
  constexpr int kGroups = 5;
  for (int step = 0; step < 4 * n + 4 && !s.Terminal(); ++step) {
    const size_t top = s.stack.size() - 1;
    int ends[kGroups], groups = 0, nf = 0;
    Sums* out[kGroups];
    int32_t extra[kGroups][kDenseClasses] = {};  // the cached role sums of each group
    auto group = [&](auto extract, Sums* sums) {
      nf += extract(s, in, st, feats + nf);
      ends[groups] = nf;
      out[groups++] = sums;
    };
    // A frame's cross templates, then its words' role templates: cached sums, or
    // features of this group where the word is not cached.
    auto frame_group = [&](auto cross, Sums* sums,
                           std::initializer_list<std::pair<int, int>> roles) {
      nf += cross(s, in, st, feats + nf);
      for (auto [role, t] : roles) {
        const uint32_t e = t == kNone ? 0 : rc.entry[t];
        if (e == RoleCache::kNoEntry) {
          nf += RoleFeatures(role, ValuesOf(v, t), feats + nf);
          continue;
        }
        const int32_t* x = rc.Sums(moves_, e, role);
        for (int c = 0; c < kDenseClasses; ++c) extra[groups][c] += x[c];
      }
      ends[groups] = nf;
      out[groups++] = sums;
    };
    if (stale & kStackGroup) {
      if (cached)
        frame_group(ExtractStackFrameCross, &frame[top],
                    {{kS0, s.S(0)}, {kS1, s.S(1)}, {kS2, s.S(2)}});
      else
        group(ExtractStackFrame, &frame[top]);
    }
    if (stale & kStackRightGroup) group(ExtractStackRight, &right[top]);
    if (stale & kBufferGroup) {
      if (cached)
        frame_group(ExtractBufferFrameCross, &buffer,
                    {{kB0, s.B(0)}, {kB1, s.B(1)}, {kB2, s.B(2)}});
      else
        group(ExtractBufferFrame, &buffer);
    }
    if (stale & kBufferLeftGroup) group(ExtractBufferLeft, &left);
    group(ExtractDynamic, &rest);
    int32_t sums[kGroups][kDenseClasses] = {};
    moves_.AccumulateGroups(feats, ends, groups, sums);
    for (int g = 0; g < groups; ++g)
      for (int c = 0; c < kDenseClasses; ++c) (*out[g])[c] = sums[g][c] + extra[g][c];
    for (int c = 0; c < kDenseClasses; ++c)
      scores[c] = moves_.ToScore(frame[top][c] + right[top][c] + buffer[c] + left[c] + rest[c]);
    int t = BestLegal(s, scores);
    if (t < 0) break;
    int label = -1;
    if (t != kShift) {
      int h, d;
      ArcOf(s, t, &h, &d);
      label = root_label_;
      if (h != 0) {
        uint64_t lfeats[kMaxLabelFeats];
        label = labeler_.Best(lfeats, LabelFeatures(s, in, st, h, d, lfeats), root_label_);
      }
    }
    Apply(&s, t, label);
    stale = StaleAfter(t);
  }
  // Anything left unattached (cannot happen for a finished parse) hangs off the root.
  int root = -1;
  for (int i = 1; i <= n; ++i)
    if (s.head[i] == 0) root = i;
  for (int i = 1; i <= n; ++i) {
    if (s.head[i] < 0) {
      if (root < 0) {
        root = i;
        s.head[i] = 0;
        s.label[i] = root_label_;
      } else {
        s.head[i] = root;
        s.label[i] = root_label_ == 0 ? 1 % num_labels() : 0;
      }
    }
    (*heads)[i - 1] = s.head[i];
    (*labels)[i - 1] = s.label[i];
  }
  ReattachPunct(in, heads, labels);
}

// Marks (UPOS PUNCT) with no dependents are re-attached by UD's rule
// (punct.h), keeping the parser's head when the rule allows it: +1.2 points
// of mark attachment on EWT dev (the rule alone: 96.8 % on gold trees).
void Parser::ReattachPunct(const ParserInput& in, std::vector<int>* heads,
                           std::vector<int>* labels) const {
  static const uint64_t kPunct = HashBytes("PUNCT");
  const size_t n = heads->size();
  if (punct_label_ < 0 || in.upos.size() != n || in.word.size() != n) return;
  thread_local std::vector<int> hints;
  thread_local std::vector<char> has_child;
  has_child.assign(n, 0);
  for (size_t i = 0; i < n; ++i)
    if ((*heads)[i] > 0) has_child[(*heads)[i] - 1] = 1;
  hints = *heads;
  bool any = false;
  for (size_t i = 0; i < n; ++i) {
    if (in.upos[i] != kPunct || has_child[i] || (*heads)[i] == 0) continue;
    (*heads)[i] = -1;
    any = true;
  }
  if (!any) return;
  AttachPunct(in.word, heads, hints);
  for (size_t i = 0; i < n; ++i)
    if ((*heads)[i] != hints[i]) (*labels)[i] = punct_label_;
}

Parser Parser::Train(const std::vector<ConlluSentence>& train,
                     const std::vector<ConlluSentence>* dev, const Tagger& tagger,
                     const ParserTrainOptions& options, const ParserTrainData& data) {
  Parser p;
  std::map<std::string, int> label_ids;
  for (const auto& s : train)
    for (const auto& w : s.words) label_ids.emplace(w.deprel, 0);
  label_ids.emplace("root", 0);
  for (auto& [name, id] : label_ids) {
    id = static_cast<int>(p.labels_.size());
    p.labels_.push_back(name);
  }
  p.root_label_ = label_ids["root"];
  p.FindPunctLabel();
  const int num_labels = static_cast<int>(p.labels_.size());

  // Precompute inputs (predicted tags) and projective gold trees.
  std::vector<Example> ex;
  std::vector<int> tags;
  size_t skipped = 0;
  for (size_t si = 0; si < train.size(); ++si) {
    const ConlluSentence& s = train[si];
    auto words = Forms(s);
    bool ok = !words.empty();
    std::vector<int> heads;
    for (const auto& w : s.words) {
      ok = ok && w.head >= 0;
      heads.push_back(w.head);
    }
    if (!ok) {
      ++skipped;
      continue;
    }
    Projectivize(&heads);
    Example e;
    if (data.inputs.size() == train.size()) {
      e.in = data.inputs[si];
    } else {
      tagger.Tag(words, &tags);
      e.in = MakeParserInput(words, tags, tagger);
    }
    e.gh.assign(1, -1);
    e.gl.assign(1, -1);
    int roots = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      e.gh.push_back(heads[i]);
      e.gl.push_back(label_ids[heads[i] == 0 ? std::string("root") : s.words[i].deprel]);
      roots += heads[i] == 0;
    }
    if (roots != 1) {
      ++skipped;
      continue;
    }
    ex.push_back(std::move(e));
  }
  if (options.log)
    options.log("parser: " + std::to_string(ex.size()) + " training trees, " +
                std::to_string(num_labels) + " labels, " + std::to_string(skipped) + " skipped");

  if (options.supertag_iterations > 0)
    p.supertagger_ = TrainSupertagger(dev, tagger, label_ids, options, &ex);
  for (Example& e : ex)  // constant supertags without a supertagger
    if (e.in.stag.size() != e.in.word.size()) e.in.stag.assign(e.in.word.size(), 3);

  DenseTrainer trainer;
  PerceptronTrainer labeler(num_labels);
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<size_t> order(ex.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  float scores[kDenseClasses];
  std::vector<float> label_scores(num_labels);
  uint64_t feats[kMaxFeats], lfeats[kMaxLabelFeats];
  double best_score = -1;
  DenseModel best_moves;
  PerceptronModel best_labeler;
  for (int it = 1; it <= options.iterations; ++it) {
    Shuffle(&order, &rng);
    size_t steps = 0, errors = 0, arcs = 0, label_errors = 0;
    for (size_t idx : order) {
      const Example& e = ex[idx];
      State s;
      s.Init(static_cast<int>(e.in.word.size()));
      for (int guard = 0; guard < 4 * s.n + 4 && !s.Terminal(); ++guard) {
        int nf = Extract(s, e.in, e.in.stag.data(), feats);
        trainer.Score(feats, nf, scores);
        MoveCosts mc = Costs(s, e.gh);
        int cost[kDenseClasses] = {mc.shift, mc.left, mc.right};
        int pred = BestLegal(s, scores);
        if (pred < 0) break;
        int gold = BestLegal(s, scores, cost);
        if (gold < 0) {  // no zero-cost move (should not happen): take the cheapest
          for (int t = 0; t < kDenseClasses; ++t)
            if (Legal(s, t) && (gold < 0 || cost[t] < cost[gold])) gold = t;
        }
        ++steps;
        if (cost[pred] != 0) {
          ++errors;
          trainer.Update(feats, nf, gold, pred);
        }
        trainer.Tick();
        bool explore = it > 1 && coin(rng) < options.explore;
        int t = cost[pred] == 0 || explore ? pred : gold;
        int label = -1;
        if (t != kShift) {
          int h, d;
          ArcOf(s, t, &h, &d);
          label = p.root_label_;
          if (h != 0) {
            int nl = LabelFeatures(s, e.in, e.in.stag.data(), h, d, lfeats);
            labeler.Score(lfeats, nl, label_scores.data());
            label = BestLabel(label_scores.data(), num_labels, p.root_label_);
            if (e.gh[d] == h) {  // a right arc: learn its label
              ++arcs;
              if (label != e.gl[d]) {
                ++label_errors;
                labeler.Update(lfeats, nl, e.gl[d], label);
                if (!explore) label = e.gl[d];
              }
              labeler.Tick();
            }
          }
        }
        Apply(&s, t, label);
      }
    }
    p.moves_ = trainer.Finalize();
    p.moves_.Prune(options.max_features);
    p.labeler_ = labeler.Finalize();
    p.labeler_.Prune(options.max_label_weights);
    std::string line = "parser iteration " + std::to_string(it) + ": train move errors " +
                       std::to_string(100.0 * errors / std::max<size_t>(steps, 1)) +
                       "% label errors " +
                       std::to_string(100.0 * label_errors / std::max<size_t>(arcs, 1)) + "%";
    double score = it;
    if (dev) {
      Accuracy a = p.Evaluate(*dev, tagger);
      line += "  dev UAS " + std::to_string(100 * a.uas) + "  LAS " + std::to_string(100 * a.las);
      score = a.las;
    }
    line += "  move features " + std::to_string(p.moves_.num_features()) + " label weights " +
            std::to_string(p.labeler_.num_weights());
    if (options.log) options.log(line);
    if (score > best_score) {
      best_score = score;
      best_moves = p.moves_;
      best_labeler = p.labeler_;
      if (data.checkpoint) data.checkpoint(p);
    }
  }
  p.moves_ = std::move(best_moves);
  p.labeler_ = std::move(best_labeler);
  return p;
}

Parser::Accuracy Parser::Evaluate(const std::vector<ConlluSentence>& sents,
                                  const Tagger& tagger) const {
  Accuracy a;
  size_t uas = 0, las = 0;
  std::vector<int> tags, heads, labels;
  for (const auto& s : sents) {
    auto words = Forms(s);
    tagger.Tag(words, &tags);
    Parse(MakeParserInput(words, tags, tagger), &heads, &labels);
    for (size_t i = 0; i < words.size(); ++i) {
      bool h = heads[i] == s.words[i].head;
      uas += h;
      las += h && Universal(labels_[labels[i]]) == Universal(s.words[i].deprel);
      ++a.words;
    }
  }
  if (a.words) {
    a.uas = static_cast<double>(uas) / a.words;
    a.las = static_cast<double>(las) / a.words;
  }
  return a;
}

void Parser::Save(ModelWriter* w) const {
  w->PutU32(static_cast<uint32_t>(labels_.size()));
  for (const auto& l : labels_) w->PutString(l);
  w->PutU32(static_cast<uint32_t>(root_label_));
  moves_.Save(w);
  labeler_.Save(w);
  supertagger_.Save(w);
}

Status Parser::Load(ModelReader* r) {
  if (r->component_version() < 3)
    return Status::InvalidArgument("parser: model format " +
                                   std::to_string(r->component_version()) +
                                   " (labelled moves) is no longer read; retrain the parser");
  if (r->component_version() < kParserVersion)
    return Status::InvalidArgument("parser: model format " +
                                   std::to_string(r->component_version()) +
                                   " has the features of an older parser; retrain the parser");
  uint32_t n = 0;
  NG_RETURN_IF_ERROR(r->GetU32(&n));
  if (n < 2 || n > 255) return Status::Corruption("parser: bad label count");
  labels_.resize(n);
  for (auto& l : labels_) NG_RETURN_IF_ERROR(r->GetString(&l));
  uint32_t root = 0;
  NG_RETURN_IF_ERROR(r->GetU32(&root));
  if (root >= n) return Status::Corruption("parser: bad root label");
  root_label_ = static_cast<int>(root);
  FindPunctLabel();
  NG_RETURN_IF_ERROR(moves_.Load(r));
  NG_RETURN_IF_ERROR(labeler_.Load(r, 2));
  if (labeler_.num_classes() != static_cast<int>(n))
    return Status::Corruption("parser: label classifier does not match the label set");
  NG_RETURN_IF_ERROR(supertagger_.Load(r));
  return r->Finish();
}

Status Parser::Average(const std::vector<const Parser*>& members, size_t max_weights, Parser* out) {
  if (members.empty()) return Status::InvalidArgument("parser: no models to average");
  std::vector<const DenseModel*> moves;
  std::vector<const PerceptronModel*> labelers;
  for (const Parser* m : members) {
    if (m->labels_ != members.front()->labels_ || m->root_label_ != members.front()->root_label_)
      return Status::InvalidArgument("parser: models to average have different label sets");
    moves.push_back(&m->moves_);
    labelers.push_back(&m->labeler_);
  }
  Parser p;
  p.labels_ = members.front()->labels_;
  p.root_label_ = members.front()->root_label_;
  p.FindPunctLabel();
  p.moves_ = DenseModel::Average(moves);
  p.labeler_ = PerceptronModel::Average(labelers);
  p.Prune(max_weights);
  std::vector<const Supertagger*> supertaggers;
  for (const Parser* m : members) supertaggers.push_back(&m->supertagger_);
  NG_RETURN_IF_ERROR(
      Supertagger::Average(supertaggers, SupertaggerTrainOptions().max_weights, &p.supertagger_));
  *out = std::move(p);
  return Status::Ok();
}

void Parser::FindPunctLabel() {
  punct_label_ = -1;
  for (int l = 0; l < num_labels(); ++l)
    if (labels_[l] == "punct") punct_label_ = l;
}

Status Parser::SaveFile(const std::string& path) const {
  ModelWriter w;
  Save(&w);
  return w.WriteFile(path, kParserComponent, kParserVersion);
}

Status Parser::LoadFile(const std::string& path) {
  ModelReader r;
  NG_RETURN_IF_ERROR(r.Open(path, kParserComponent, kParserVersion));
  Status s = Load(&r);
  if (!s.ok()) return Status(s.code(), path + ": " + s.message());
  return s;
}

}  // namespace newsgraph::syntax
