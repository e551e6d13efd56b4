// Small text helpers shared by the readers of PETRARCH/Phoenix-format
// dictionaries (src/entities/actor_dict.cc, src/events/verb_dict.cc).
#ifndef NEWSGRAPH_CORE_DICT_TEXT_H_
#define NEWSGRAPH_CORE_DICT_TEXT_H_

#include <string>
#include <string_view>

namespace newsgraph::dict_text {

// s without leading and trailing ASCII whitespace.
std::string_view Trim(std::string_view s);

// ASCII upper case.
std::string Upper(std::string_view s);

// Removes <!-- ... --> comments (and, with declarations, any other <!...>
// block), keeping their newlines so line numbers in errors stay right. An
// unclosed block runs to the end of the text.
std::string StripXmlComments(std::string_view text, bool declarations);

// Cuts a '#' comment that is not inside [...].
std::string_view CutComment(std::string_view line);

}  // namespace newsgraph::dict_text

#endif  // NEWSGRAPH_CORE_DICT_TEXT_H_
