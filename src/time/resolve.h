// Calendar resolution of a matched expression against the publication date.
// Pure functions, thread-safe.
#ifndef NEWSGRAPH_TIME_RESOLVE_H_
#define NEWSGRAPH_TIME_RESOLVE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "time/expressions.h"
#include "time/tense.h"

namespace newsgraph::time {

struct Resolved {
  std::string value;      // "YYYY-MM-DD" or empty (null)
  std::string precision;  // day, week, month, year (empty when unknown)
  std::string direction;  // past, future, present (empty when unknown)
};

// pub: days since 1970-01-01 of the publication date, or nullopt when unknown.
Resolved ResolveMatch(const Match& m, Tense tense, std::optional<int64_t> pub);

}  // namespace newsgraph::time

#endif  // NEWSGRAPH_TIME_RESOLVE_H_
