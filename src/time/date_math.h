// Civil (proleptic Gregorian) calendar arithmetic on plain integers: days since
// 1970-01-01, ISO weeks, month and year steps. Pure functions, thread-safe.
#ifndef NEWSGRAPH_TIME_DATE_MATH_H_
#define NEWSGRAPH_TIME_DATE_MATH_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::time {

// Years we accept anywhere (publication dates and resolved expressions).
inline constexpr int kMinYear = 1800;
inline constexpr int kMaxYear = 2100;

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);  // 0 when month is out of range
// True for a real calendar date with kMinYear <= year <= kMaxYear.
bool IsValidDate(int year, int month, int day);

// Days since 1970-01-01 (negative before). Input must be a valid date.
int64_t DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(int64_t days);
// 0 = Monday ... 6 = Sunday.
int WeekdayOf(int64_t days);
// Monday of the ISO week containing days.
int64_t WeekStart(int64_t days);
// First day of the month `delta` months away from d's month.
CivilDate AddMonths(const CivilDate& d, int delta);

// "YYYY-MM-DD".
std::string ToIso(const CivilDate& d);
// Parses exactly "YYYY-MM-DD" (a valid date in range), else nullopt.
std::optional<CivilDate> ParseIso(std::string_view s);

}  // namespace newsgraph::time

#endif  // NEWSGRAPH_TIME_DATE_MATH_H_
