// The temporal-expression matcher: finds expressions in a run of Words and
// says what they mean before any calendar arithmetic ("last" + week, weekday
// 2 with "on", month 1 day 10 without a year...). Resolution against the
// publication date is in resolve.h. Pure functions, thread-safe.
#ifndef NEWSGRAPH_TIME_EXPRESSIONS_H_
#define NEWSGRAPH_TIME_EXPRESSIONS_H_

#include <cstddef>
#include <optional>
#include <vector>

#include "time/lexicon.h"
#include "time/words.h"

namespace newsgraph::time {

enum class ExprKind {
  kDeictic,   // yesterday (shift -1), today/tonight (0), tomorrow (+1), last night (-1)
  kWeekday,   // "on Wednesday", "last Friday"
  kRelative,  // "last week", "this month", "next year", "this weekend"
  kOffset,    // "two days ago" (n < 0), "in two weeks" (n > 0)
  kRolling,   // "the past week" (n < 0), "the next two weeks" (n > 0): from today
  kVague,     // "the next few weeks", "in recent days": value stays null
  kDate,      // month + day, year optional ("Jan. 10", "10 January 2021", "2021-01-10")
  kMonth,     // month, year optional ("March 2021", "in January")
  kYear,      // "in 2017"
};

enum class Forced { kNone, kPast, kFuture };

struct Match {
  size_t begin = 0;  // word range [begin, end)
  size_t end = 0;
  ExprKind kind = ExprKind::kVague;
  Unit unit = Unit::kNone;
  bool weekend = false;  // kRelative: "this weekend"
  int shift = 0;         // kDeictic/kRelative/kWeekday: -1 last, 0 this/bare, +1 next
  int n = 0;             // kOffset/kRolling: signed count of units
  int weekday = -1;      // kWeekday: 0 = Monday
  int year = 0;          // 0 = not given
  int month = 0;
  int day = 0;
  bool explicit_shift = false;    // kWeekday: "last"/"next"/"this" was written
  Forced forced = Forced::kNone;  // direction fixed by the words ("ago", "since", "later")
  bool offset_in = false;         // "in two weeks" / "in a few weeks" (may be a duration)
};

// Finds the expression starting at word i, if any.
std::optional<Match> MatchAt(const std::vector<Word>& words, size_t i);

}  // namespace newsgraph::time

#endif  // NEWSGRAPH_TIME_EXPRESSIONS_H_
