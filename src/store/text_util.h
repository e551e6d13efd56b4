// Small string helpers shared by the store's writer and queries. Stateless.
#ifndef NEWSGRAPH_STORE_TEXT_UTIL_H_
#define NEWSGRAPH_STORE_TEXT_UTIL_H_

#include <string>
#include <string_view>

namespace newsgraph::store {

// Without leading/trailing ASCII whitespace.
std::string_view Trim(std::string_view s);

// The matching key of a name: trimmed, runs of whitespace collapsed to one
// space, ASCII letters lowercased (other bytes kept, so UTF-8 stays valid),
// and a leading "the " dropped ("The White House" ~ "the White House").
std::string Fold(std::string_view s);

// True when s looks like an ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD.
bool IsIsoDatePrefix(std::string_view s);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_TEXT_UTIL_H_
