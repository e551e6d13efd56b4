// NormalizeDate: publication dates in the shapes scrapers and feeds produce.
//
// The raw string is split into Words (see words.h); numbers that belong to a
// clock time ("14:03:00") or a zone offset ("+03:00", "-0500") are masked, and
// the remaining words are matched left to right against a handful of date
// shapes. The first shape that forms a valid calendar date wins. A time zone
// never moves the date: the date printed is the local date the outlet gave.
#include <cstdint>
#include <vector>

#include "time/date_math.h"
#include "time/lexicon.h"
#include "time/time.h"
#include "time/words.h"

namespace newsgraph::time {
namespace {

constexpr size_t kMaxRawBytes = 256;  // longer fields are not dates
constexpr size_t kMaxWords = 64;

struct Tokens {
  std::vector<Word> w;
  std::vector<bool> masked;  // part of a time or zone
};

bool IsPunct(const Word& w, char c) {
  return w.kind == WordKind::kPunct && w.lower.size() == 1 && w.lower[0] == c;
}

bool IsNum(const Word& w, int min_digits, int max_digits) {
  return w.kind == WordKind::kNumber && w.digits >= min_digits && w.digits <= max_digits;
}

// Masks numbers adjacent to ':' (clock times) and signed offsets after them.
void MaskTimes(Tokens* t) {
  const std::vector<Word>& w = t->w;
  t->masked.assign(w.size(), false);
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i].kind != WordKind::kNumber) continue;
    bool colon_after = i + 1 < w.size() && IsPunct(w[i + 1], ':') && !w[i + 1].space_before;
    bool colon_before = i > 0 && IsPunct(w[i - 1], ':') && !w[i].space_before;
    if (colon_after || colon_before) t->masked[i] = true;
  }
  // A '+' or '-' right after a masked number (or after "Z"/"T") starts a zone.
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    bool sign = IsPunct(w[i], '+') || IsPunct(w[i], '-');
    if (!sign || w[i + 1].kind != WordKind::kNumber) continue;
    if (t->masked[i - 1] || IsPunct(w[i], '+')) t->masked[i + 1] = true;
  }
}

int FullYear(const Word& w) {
  if (w.digits == 4) return w.value;
  if (w.digits == 2) return w.value < 50 ? 2000 + w.value : 1900 + w.value;
  return -1;
}

std::optional<std::string> Make(int y, int m, int d) {
  if (!IsValidDate(y, m, d)) return std::nullopt;
  return ToIso({y, m, d});
}

class Matcher {
 public:
  explicit Matcher(const Tokens& t) : t_(t) {}

  std::optional<std::string> Run() const {
    for (size_t i = 0; i < t_.w.size(); ++i) {
      if (t_.masked[i]) continue;
      if (auto r = Compact(i)) return r;
      if (auto r = Numeric(i)) return r;
      if (auto r = MonthFirst(i)) return r;
      if (auto r = DayFirst(i)) return r;
      if (auto r = YearMonthName(i)) return r;
    }
    return std::nullopt;
  }

 private:
  const Word* At(size_t i) const {
    if (i >= t_.w.size() || t_.masked[i]) return nullptr;
    return &t_.w[i];
  }
  bool PunctAt(size_t i, char c) const { return i < t_.w.size() && IsPunct(t_.w[i], c); }

  // "20220120", "20220120T140300Z", "20220120140300".
  std::optional<std::string> Compact(size_t i) const {
    const Word* w = At(i);
    if (!w || w->kind != WordKind::kNumber) return std::nullopt;
    if (w->digits != 8 && w->digits != 12 && w->digits != 14) return std::nullopt;
    std::string_view s = w->lower;
    auto num = [&](size_t b, size_t n) {
      int v = 0;
      for (size_t k = b; k < b + n; ++k) v = v * 10 + (s[k] - '0');
      return v;
    };
    return Make(num(0, 4), num(4, 2), num(6, 2));
  }

  // "2022-01-20", "2022/01/20", "2022.01.20", "1/20/22", "01/20/2022", "20/01/2022",
  // "20.01.2022".
  std::optional<std::string> Numeric(size_t i) const {
    const Word* a = At(i);
    const Word* b = At(i + 2);
    const Word* c = At(i + 4);
    if (!a || !b || !c || i + 3 >= t_.w.size()) return std::nullopt;
    const Word& s1 = t_.w[i + 1];
    const Word& s2 = t_.w[i + 3];
    if (s1.kind != WordKind::kPunct || s1.lower != s2.lower) return std::nullopt;
    char sep = s1.lower.size() == 1 ? s1.lower[0] : 0;
    if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
    if (IsNum(*a, 4, 4) && IsNum(*b, 1, 2) && IsNum(*c, 1, 2))
      return Make(a->value, b->value, c->value);
    if (!IsNum(*a, 1, 2) || !IsNum(*b, 1, 2) || !(IsNum(*c, 2, 2) || IsNum(*c, 4, 4)))
      return std::nullopt;
    int y = FullYear(*c);
    int first = a->value, second = b->value;
    bool day_first = sep == '.' ? second <= 12 : first > 12;
    return day_first ? Make(y, second, first) : Make(y, first, second);
  }

  // Month word at i (with an optional "."); returns month and the next index.
  int MonthAt(size_t i, size_t* next) const {
    const Word* w = At(i);
    if (!w || w->kind != WordKind::kAlpha) return 0;
    MonthName m = LookupMonth(w->lower);
    if (m.month == 0) return 0;
    *next = i + 1;
    if (PunctAt(*next, '.')) ++*next;
    return m.month;
  }

  size_t SkipSeparators(size_t i) const {
    while (PunctAt(i, ',') || PunctAt(i, '-') || PunctAt(i, '/') || PunctAt(i, '.')) ++i;
    return i;
  }

  // "January 20, 2022", "Jan. 20 2022", "January 20th, 2022", "Jan-20-2022".
  std::optional<std::string> MonthFirst(size_t i) const {
    size_t j = 0;
    int month = MonthAt(i, &j);
    if (month == 0) return std::nullopt;
    j = SkipSeparators(j);
    const Word* d = At(j);
    if (!d || !IsNum(*d, 1, 2)) return std::nullopt;
    size_t k = SkipSeparators(j + 1);
    const Word* y = At(k);
    if (!y || !IsNum(*y, 4, 4) || y->ordinal) return std::nullopt;
    return Make(y->value, month, d->value);
  }

  // "20 Jan 2022", "20 January 2022", "20th of January, 2022", "20-Jan-22".
  std::optional<std::string> DayFirst(size_t i) const {
    const Word* d = At(i);
    if (!d || !IsNum(*d, 1, 2)) return std::nullopt;
    size_t j = SkipSeparators(i + 1);
    if (const Word* of = At(j); of && of->lower == "of") ++j;
    int month = MonthAt(j, &j);
    if (month == 0) return std::nullopt;
    bool dash = PunctAt(j, '-');
    j = SkipSeparators(j);
    const Word* y = At(j);
    if (!y || y->ordinal) return std::nullopt;
    if (IsNum(*y, 4, 4)) return Make(y->value, month, d->value);
    if (dash && IsNum(*y, 2, 2)) return Make(FullYear(*y), month, d->value);
    return std::nullopt;
  }

  // "2022 Jan 20", "2022-Jan-20".
  std::optional<std::string> YearMonthName(size_t i) const {
    const Word* y = At(i);
    if (!y || !IsNum(*y, 4, 4)) return std::nullopt;
    size_t j = 0;
    int month = MonthAt(SkipSeparators(i + 1), &j);
    if (month == 0) return std::nullopt;
    const Word* d = At(SkipSeparators(j));
    if (!d || !IsNum(*d, 1, 2)) return std::nullopt;
    return Make(y->value, month, d->value);
  }

  const Tokens& t_;
};

// Unix time in seconds (10 digits) or milliseconds (13 digits), alone.
std::optional<std::string> Epoch(std::string_view s) {
  if (s.size() != 10 && s.size() != 13) return std::nullopt;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (s.size() == 13) v /= 1000;
  CivilDate d = CivilFromDays(v / 86400);
  if (!IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return ToIso(d);
}

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::string> NormalizeDate(std::string_view raw) {
  raw = Trim(raw);
  if (raw.empty() || raw.size() > kMaxRawBytes) return std::nullopt;
  if (auto e = Epoch(raw)) return e;
  Tokens t;
  ScanWords(raw, 0, static_cast<uint32_t>(raw.size()), kMaxWords, &t.w);
  MaskTimes(&t);
  return Matcher(t).Run();
}

}  // namespace newsgraph::time
