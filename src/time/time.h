// Dates: publication-date normalisation and temporal expressions in the body.
#ifndef NEWSGRAPH_TIME_TIME_H_
#define NEWSGRAPH_TIME_TIME_H_

#include <optional>
#include <string>
#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph::time {

// Parses a publication date in any common format ("2022-01-20T10:00:00Z",
// "January 20, 2022", "20 Jan 2022", "1/20/22", RFC 2822, ...) and returns it
// as "YYYY-MM-DD", or nullopt when it is not a date.
std::optional<std::string> NormalizeDate(std::string_view raw);

// Finds temporal expressions in doc (needs sentences and tokens) and resolves
// them against doc->meta.published. Fills doc->times.
Status ResolveTimes(Document* doc);

}  // namespace newsgraph::time

#endif  // NEWSGRAPH_TIME_TIME_H_
