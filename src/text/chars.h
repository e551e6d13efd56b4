// Character classes for the tokenizer: a byte table for ASCII and a small
// hand-written table of the Unicode ranges that matter for news text.
//
// Classes are coarse on purpose. Every code point the table does not know
// (most of the letters of the world's scripts) is a letter, which is the safe
// default: it joins words instead of splitting them. Decoding never reads past
// the end and treats an invalid byte as a one-byte kOther "code point", so a
// caller that steps by Decode() lengths never splits a valid sequence.
//
// Thread safety: stateless, all functions are pure.
#ifndef NEWSGRAPH_TEXT_CHARS_H_
#define NEWSGRAPH_TEXT_CHARS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsgraph::text {

enum class CharClass : uint8_t {
  kSpace,       // whitespace (and invisible separators: ZWSP, BOM)
  kNewline,     // a line break: \n \r \v \f U+0085 U+2028 U+2029
  kLetter,      // letters of any script
  kMark,        // combining marks, joiners, variation selectors, soft hyphen
  kDigit,       // decimal digits
  kApostrophe,  // ' U+2019 U+02BC (also a closing quote when not between letters)
  kQuote,       // " ` and the typographic quotes „ “ ” « » ‹ › ‚ ‘ ‟
  kHyphen,      // - U+2010 U+2011
  kDash,        // – — ― ‒ and friends
  kPeriod,      // .
  kPunct,       // other punctuation
  kSymbol,      // currency, math, emoji, other symbols
  kOther,       // controls, invalid bytes, private use
};

struct CodePoint {
  char32_t cp;
  uint8_t len;  // bytes, 1..4
  CharClass cls;
};

// Class of a code point (any value; out-of-range values are kOther).
CharClass ClassifyNonAscii(char32_t cp);

namespace internal {
extern const std::array<CharClass, 128> kAsciiClass;
}  // namespace internal

// Decodes the code point at s[i] (i < s.size()).
inline CodePoint DecodeAt(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char b0 = p[i];
  if (b0 < 0x80) return {b0, 1, internal::kAsciiClass[b0]};
  size_t n = s.size();
  auto cont = [&](size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  char32_t cp = 0;
  uint8_t len = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF && cont(1)) {
    cp = ((b0 & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF && cont(1) && cont(2)) {
    cp = ((b0 & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) len = 3;
  } else if (b0 >= 0xF0 && b0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    cp = ((b0 & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) |
         (p[i + 3] & 0x3Fu);
    if (cp >= 0x10000 && cp <= 0x10FFFF) len = 4;
  }
  if (len == 0) return {0xFFFD, 1, CharClass::kOther};
  return {cp, len, ClassifyNonAscii(cp)};
}

inline bool IsSpaceClass(CharClass c) { return c == CharClass::kSpace || c == CharClass::kNewline; }
inline bool IsAlnumClass(CharClass c) {
  return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark;
}

// True for the closing typographic quotes and brackets that may follow a
// sentence-final mark and belong to that sentence.
bool IsClosingQuoteOrBracket(char32_t cp);
// True for opening quotes and brackets.
bool IsOpeningQuoteOrBracket(char32_t cp);

// Simple case tests good enough for sentence splitting (ASCII, Latin-1,
// Latin Extended-A, Greek and Cyrillic); other letters are neither.
bool IsUpperLetter(char32_t cp);
bool IsLowerLetter(char32_t cp);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_CHARS_H_
