#include "core/dict_text.h"

#include <cctype>

namespace newsgraph::dict_text {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string Upper(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return r;
}

std::string StripXmlComments(std::string_view text, bool declarations) {
  const std::string_view open = declarations ? "<!" : "<!--";
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t b = text.find(open, i);
    if (b == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, b - i));
    size_t e = declarations ? text.find('>', b) : std::string_view::npos;
    size_t c = text.find("-->", b);
    if (text.substr(b, 4) == "<!--" && c != std::string_view::npos) e = c + 2;
    if (e == std::string_view::npos) break;
    for (size_t k = b; k <= e; ++k)
      if (text[k] == '\n') out.push_back('\n');
    i = e + 1;
  }
  return out;
}

std::string_view CutComment(std::string_view line) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') ++depth;
    if (line[i] == ']' && depth > 0) --depth;
    if (line[i] == '#' && depth == 0) return line.substr(0, i);
  }
  return line;
}

}  // namespace newsgraph::dict_text
