#include "time/resolve.h"

#include <cstdlib>

#include "time/date_math.h"

namespace newsgraph::time {
namespace {

enum class Dir { kUnknown, kPast, kPresent, kFuture };

const char* DirName(Dir d) {
  switch (d) {
    case Dir::kPast:
      return "past";
    case Dir::kPresent:
      return "present";
    case Dir::kFuture:
      return "future";
    default:
      return "";
  }
}

Dir FromTense(Tense t) {
  switch (t) {
    case Tense::kPast:
      return Dir::kPast;
    case Tense::kPresent:
      return Dir::kPresent;
    case Tense::kFuture:
      return Dir::kFuture;
    default:
      return Dir::kUnknown;
  }
}

Dir FromForced(Forced f) {
  if (f == Forced::kPast) return Dir::kPast;
  if (f == Forced::kFuture) return Dir::kFuture;
  return Dir::kUnknown;
}

// Forced direction first, then the clause tense, then `fallback`.
Dir Choose(const Match& m, Tense t, Dir fallback) {
  if (Dir d = FromForced(m.forced); d != Dir::kUnknown) return d;
  if (Dir d = FromTense(t); d != Dir::kUnknown) return d;
  return fallback;
}

const char* UnitName(Unit u) {
  switch (u) {
    case Unit::kDay:
      return "day";
    case Unit::kWeek:
      return "week";
    case Unit::kMonth:
      return "month";
    case Unit::kYear:
      return "year";
    default:
      return "";
  }
}

std::string Iso(int64_t days) { return ToIso(CivilFromDays(days)); }

// A date `n` units away from pub (same day of month, clamped).
int64_t Shift(int64_t pub, Unit u, int n) {
  CivilDate p = CivilFromDays(pub);
  switch (u) {
    case Unit::kDay:
      return pub + n;
    case Unit::kWeek:
      return pub + 7 * static_cast<int64_t>(n);
    case Unit::kMonth: {
      CivilDate d = AddMonths(p, n);
      int dim = DaysInMonth(d.year, d.month);
      d.day = p.day < dim ? p.day : dim;
      return DaysFromCivil(d);
    }
    case Unit::kYear: {
      CivilDate d{p.year + n, p.month, p.day};
      if (d.day > DaysInMonth(d.year, d.month)) d.day = DaysInMonth(d.year, d.month);
      return DaysFromCivil(d);
    }
    default:
      return pub;
  }
}

// Start of the period of unit u that contains day.
std::string PeriodStart(int64_t day, Unit u) {
  CivilDate d = CivilFromDays(day);
  switch (u) {
    case Unit::kWeek:
      return Iso(WeekStart(day));
    case Unit::kMonth:
      return ToIso({d.year, d.month, 1});
    case Unit::kYear:
      return ToIso({d.year, 1, 1});
    default:
      return ToIso(d);
  }
}

// Dir of a period [first, last] relative to pub.
Dir Compare(int64_t first, int64_t last, int64_t pub, Dir inside) {
  if (last < pub) return Dir::kPast;
  if (first > pub) return Dir::kFuture;
  return inside;
}

bool InRange(int year) { return year >= kMinYear && year <= kMaxYear; }

constexpr int64_t kNearDays = 31;

Resolved Deictic(const Match& m, Tense t, std::optional<int64_t> pub) {
  Dir fallback = m.shift < 0 ? Dir::kPast : m.shift > 0 ? Dir::kFuture : Dir::kPresent;
  Dir d = m.shift != 0 ? fallback : Choose(m, t, fallback);
  Resolved r{"", "day", DirName(d)};
  if (pub) r.value = Iso(*pub + m.shift);
  return r;
}

Resolved Weekday(const Match& m, Tense t, std::optional<int64_t> pub) {
  Dir d = FromForced(m.forced);
  if (d == Dir::kUnknown && m.explicit_shift) d = t == Tense::kPast ? Dir::kPast : Dir::kFuture;
  if (d == Dir::kUnknown) d = FromTense(t);
  bool today = pub && WeekdayOf(*pub) == m.weekday;
  if (d == Dir::kPresent) {
    // "The vote is Tuesday", "the nation begins Tuesday night": scheduled.
    d = today ? Dir::kPresent : Dir::kFuture;
  } else if (d == Dir::kUnknown) {
    // No cue: the publication weekday is today, others the last one (news
    // mostly reports what happened).
    d = today ? Dir::kPresent : Dir::kPast;
  }
  Resolved r{"", "day", DirName(d)};
  if (!pub) return r;
  int pw = WeekdayOf(*pub);
  int back = (pw - m.weekday + 7) % 7;
  int fwd = (m.weekday - pw + 7) % 7;
  if (d == Dir::kPast) {
    if (m.shift < 0 && back == 0) back = 7;
    r.value = Iso(*pub - back);
  } else if (d == Dir::kFuture) {
    if (m.shift > 0 && fwd == 0) fwd = 7;
    r.value = Iso(*pub + fwd);
  } else {
    r.value = Iso(*pub);
  }
  return r;
}

Resolved Relative(const Match& m, Tense t, std::optional<int64_t> pub) {
  Resolved r{"", m.weekend ? "day" : UnitName(m.unit), DirName(Choose(m, t, Dir::kPresent))};
  if (!pub) return r;
  if (m.weekend) {
    r.value = Iso(WeekStart(*pub) + 7 * m.shift + 5);
  } else if (m.unit == Unit::kWeek) {
    r.value = Iso(WeekStart(*pub) + 7 * m.shift);
  } else if (m.unit == Unit::kMonth) {
    r.value = ToIso(AddMonths(CivilFromDays(*pub), m.shift));
  } else if (m.unit == Unit::kYear) {
    int y = CivilFromDays(*pub).year + m.shift;
    if (InRange(y)) r.value = ToIso({y, 1, 1});
  }
  return r;
}

Resolved Offset(const Match& m, std::optional<int64_t> pub) {
  Resolved r{"", UnitName(m.unit), DirName(FromForced(m.forced))};
  if (!pub) return r;
  int64_t day = Shift(*pub, m.unit, m.n);
  if (InRange(CivilFromDays(day).year)) r.value = PeriodStart(day, m.unit);
  return r;
}

Resolved Rolling(const Match& m, std::optional<int64_t> pub) {
  Resolved r{"", UnitName(m.unit), DirName(FromForced(m.forced))};
  if (!pub || m.kind == ExprKind::kVague) return r;
  int64_t day = m.n < 0 ? Shift(*pub, m.unit, m.n) : *pub;
  if (InRange(CivilFromDays(day).year)) r.value = Iso(day);
  return r;
}

// Year for a month/day written without one, chosen around pub by direction.
int ChooseYear(int month, int day, int64_t pub, Dir pref, int shift) {
  CivilDate p = CivilFromDays(pub);
  int best = 0;
  int64_t best_dist = 0;
  for (int y = p.year - 1; y <= p.year + 1; ++y) {
    int d = day ? day : 1;
    if (!IsValidDate(y, month, d)) continue;
    int64_t first = DaysFromCivil({y, month, d});
    int64_t last = day ? first : DaysFromCivil({y, month, DaysInMonth(y, month)});
    bool ok = true;
    if (shift < 0)
      ok = last < DaysFromCivil({p.year, p.month, 1});
    else if (shift > 0)
      ok = first > DaysFromCivil({p.year, p.month, DaysInMonth(p.year, p.month)});
    // Past clauses often announce near dates ("a rally was called for April
    // 24"), and tense cues err, so a past (future) preference tolerates a
    // month after (before) pub.
    else if (pref == Dir::kPast)
      ok = first <= pub + kNearDays;
    else if (pref == Dir::kFuture)
      ok = last >= pub - kNearDays;
    if (!ok) continue;
    int64_t dist = first > pub ? first - pub : (last < pub ? pub - last : 0);
    // The closest allowed year; a tie keeps the earlier (past) one.
    if (best == 0 || dist < best_dist) best = y, best_dist = dist;
  }
  return best;
}

Resolved DateOrMonth(const Match& m, Tense t, std::optional<int64_t> pub) {
  bool is_day = m.kind == ExprKind::kDate;
  Resolved r{"", is_day ? "day" : "month", ""};
  Dir pref = Choose(m, t, Dir::kUnknown);
  int year = m.year;
  if (!year && pub) year = ChooseYear(m.month, m.day, *pub, pref, m.shift);
  if (!year || !IsValidDate(year, m.month, is_day ? m.day : 1)) {
    r.direction = DirName(pref);
    return r;
  }
  CivilDate first{year, m.month, is_day ? m.day : 1};
  r.value = ToIso(first);
  if (!pub) {
    r.direction = DirName(pref);
    return r;
  }
  int64_t f = DaysFromCivil(first);
  int64_t l = is_day ? f : DaysFromCivil({year, m.month, DaysInMonth(year, m.month)});
  Dir inside = pref == Dir::kUnknown ? Dir::kPresent : pref;
  r.direction = DirName(Compare(f, l, *pub, inside));
  return r;
}

Resolved Year(const Match& m, Tense t, std::optional<int64_t> pub) {
  Resolved r{ToIso({m.year, 1, 1}), "year", ""};
  Dir pref = Choose(m, t, Dir::kUnknown);
  if (!pub) {
    r.direction = DirName(pref);
    return r;
  }
  Dir inside = pref == Dir::kUnknown ? Dir::kPresent : pref;
  r.direction = DirName(
      Compare(DaysFromCivil({m.year, 1, 1}), DaysFromCivil({m.year, 12, 31}), *pub, inside));
  return r;
}

}  // namespace

Resolved ResolveMatch(const Match& m, Tense tense, std::optional<int64_t> pub) {
  switch (m.kind) {
    case ExprKind::kDeictic:
      return Deictic(m, tense, pub);
    case ExprKind::kWeekday:
      return Weekday(m, tense, pub);
    case ExprKind::kRelative:
      return Relative(m, tense, pub);
    case ExprKind::kOffset:
      return Offset(m, pub);
    case ExprKind::kRolling:
    case ExprKind::kVague:
      return Rolling(m, pub);
    case ExprKind::kDate:
    case ExprKind::kMonth:
      return DateOrMonth(m, tense, pub);
    case ExprKind::kYear:
      return Year(m, tense, pub);
  }
  return {};
}

}  // namespace newsgraph::time
