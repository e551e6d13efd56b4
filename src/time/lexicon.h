// Word lists for dates: month and weekday names, small number words, time
// units. Lookups take lower-case ASCII. Static tables, thread-safe.
#ifndef NEWSGRAPH_TIME_LEXICON_H_
#define NEWSGRAPH_TIME_LEXICON_H_

#include <string_view>

namespace newsgraph::time {

struct MonthName {
  int month = 0;        // 1..12, 0 when not a month
  bool abbrev = false;  // "jan", "sept": needs a following day or year
};

// "january" → {1, false}; "jan" → {1, true}; else {0, false}.
MonthName LookupMonth(std::string_view lower);
// "monday" → 0 ... "sunday" → 6; -1 otherwise. Full names only.
int LookupWeekday(std::string_view lower);
// "one".."twelve", "a", "an" → value; -1 otherwise.
int LookupNumberWord(std::string_view lower);

enum class Unit { kNone, kDay, kWeek, kMonth, kYear };
// "day"/"days" → kDay, "week"/"weeks", "month"/"months", "year"/"years".
Unit LookupUnit(std::string_view lower);
// True when the unit word is plural ("days").
bool IsPluralUnit(std::string_view lower);

}  // namespace newsgraph::time

#endif  // NEWSGRAPH_TIME_LEXICON_H_
