#include "time/lexicon.h"

#include <array>

namespace newsgraph::time {
namespace {

struct Entry {
  std::string_view word;
  int value;
};

constexpr std::array<Entry, 12> kMonths = {{{"january", 1},
                                            {"february", 2},
                                            {"march", 3},
                                            {"april", 4},
                                            {"may", 5},
                                            {"june", 6},
                                            {"july", 7},
                                            {"august", 8},
                                            {"september", 9},
                                            {"october", 10},
                                            {"november", 11},
                                            {"december", 12}}};

constexpr std::array<Entry, 13> kMonthAbbrevs = {{{"jan", 1},
                                                  {"feb", 2},
                                                  {"mar", 3},
                                                  {"apr", 4},
                                                  {"jun", 6},
                                                  {"jul", 7},
                                                  {"aug", 8},
                                                  {"sep", 9},
                                                  {"sept", 9},
                                                  {"oct", 10},
                                                  {"nov", 11},
                                                  {"dec", 12},
                                                  {"febr", 2}}};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::array<Entry, 14> kNumbers = {{{"a", 1},
                                             {"an", 1},
                                             {"one", 1},
                                             {"two", 2},
                                             {"three", 3},
                                             {"four", 4},
                                             {"five", 5},
                                             {"six", 6},
                                             {"seven", 7},
                                             {"eight", 8},
                                             {"nine", 9},
                                             {"ten", 10},
                                             {"eleven", 11},
                                             {"twelve", 12}}};

}  // namespace

MonthName LookupMonth(std::string_view lower) {
  for (const Entry& e : kMonths)
    if (e.word == lower) return {e.value, false};
  for (const Entry& e : kMonthAbbrevs)
    if (e.word == lower) return {e.value, true};
  return {};
}

int LookupWeekday(std::string_view lower) {
  for (size_t i = 0; i < kWeekdays.size(); ++i)
    if (kWeekdays[i] == lower) return static_cast<int>(i);
  return -1;
}

int LookupNumberWord(std::string_view lower) {
  for (const Entry& e : kNumbers)
    if (e.word == lower) return e.value;
  return -1;
}

Unit LookupUnit(std::string_view lower) {
  if (lower == "day" || lower == "days") return Unit::kDay;
  if (lower == "week" || lower == "weeks") return Unit::kWeek;
  if (lower == "month" || lower == "months") return Unit::kMonth;
  if (lower == "year" || lower == "years") return Unit::kYear;
  return Unit::kNone;
}

bool IsPluralUnit(std::string_view lower) { return !lower.empty() && lower.back() == 's'; }

}  // namespace newsgraph::time
