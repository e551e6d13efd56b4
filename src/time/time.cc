// PLACEHOLDER: ISO dates only; no temporal expressions yet.
#include "time/time.h"

#include <cctype>

namespace newsgraph::time {

std::optional<std::string> NormalizeDate(std::string_view raw) {
  if (raw.size() < 10) return std::nullopt;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(raw[i]))) return std::nullopt;
  if (raw[4] != '-' || raw[7] != '-') return std::nullopt;
  return std::string(raw.substr(0, 10));
}

Status ResolveTimes(Document* doc) {
  doc->times.clear();
  return Status::Ok();
}

}  // namespace newsgraph::time
