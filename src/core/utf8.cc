#include "core/utf8.h"

namespace newsgraph::utf8 {

size_t ValidSequenceLength(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char b0 = p[i];
  if (b0 < 0x80) return 1;
  auto cont = [&](size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    unsigned char b1 = p[i + 1];
    if (b0 == 0xE0 && b1 < 0xA0) return 0;  // overlong
    if (b0 == 0xED && b1 > 0x9F) return 0;  // surrogates
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    unsigned char b1 = p[i + 1];
    if (b0 == 0xF0 && b1 < 0x90) return 0;  // overlong
    if (b0 == 0xF4 && b1 > 0x8F) return 0;  // > U+10FFFF
    return 4;
  }
  return 0;
}

char32_t Decode(std::string_view s, size_t i, size_t* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t l = ValidSequenceLength(s, i);
  if (len) *len = l ? l : 1;
  switch (l) {
    case 1:
      return p[i];
    case 2:
      return ((p[i] & 0x1F) << 6) | (p[i + 1] & 0x3F);
    case 3:
      return ((p[i] & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    case 4:
      return ((p[i] & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) |
             (p[i + 3] & 0x3F);
    default:
      return 0xFFFD;
  }
}

void Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsValid(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t l = ValidSequenceLength(s, i);
    if (l == 0) return false;
    i += l;
  }
  return true;
}

std::string Sanitize(std::string_view s, size_t* replaced) {
  std::string out;
  out.reserve(s.size());
  size_t bad = 0;
  for (size_t i = 0; i < s.size();) {
    size_t l = ValidSequenceLength(s, i);
    if (l == 0) {
      out.append("\xEF\xBF\xBD");
      ++bad;
      ++i;
    } else {
      out.append(s.substr(i, l));
      i += l;
    }
  }
  if (replaced) *replaced = bad;
  return out;
}

std::string LowerKey(std::string_view w, bool digits_to_zero) {
  std::string r;
  r.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = w[i];
    if (c >= 'A' && c <= 'Z') {
      r.push_back(static_cast<char>(c + 32));
    } else if (digits_to_zero && c >= '0' && c <= '9') {
      r.push_back('0');
    } else if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
               static_cast<unsigned char>(w[i + 2]) == 0x99) {
      r.push_back('\'');
      i += 2;
    } else if (c == 0xC3 && i + 1 < w.size() && static_cast<unsigned char>(w[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(w[i + 1]) <= 0x9E &&
               static_cast<unsigned char>(w[i + 1]) != 0x97) {
      r.push_back(static_cast<char>(c));  // Latin-1 capitals: À..Þ -> à..þ
      r.push_back(static_cast<char>(static_cast<unsigned char>(w[i + 1]) + 0x20));
      ++i;
    } else {
      r.push_back(static_cast<char>(c));
    }
  }
  return r;
}

}  // namespace newsgraph::utf8
