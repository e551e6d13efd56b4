#include "text/chars.h"

#include <algorithm>
#include <array>

namespace newsgraph::text {
namespace internal {

namespace {
constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kOther;
    if (c >= 'a' && c <= 'z')
      k = CharClass::kLetter;
    else if (c >= 'A' && c <= 'Z')
      k = CharClass::kLetter;
    else if (c >= '0' && c <= '9')
      k = CharClass::kDigit;
    else if (c == ' ' || c == '\t')
      k = CharClass::kSpace;
    else if (c == '\n' || c == '\r' || c == '\v' || c == '\f')
      k = CharClass::kNewline;
    else if (c == '\'')
      k = CharClass::kApostrophe;
    else if (c == '"' || c == '`')
      k = CharClass::kQuote;
    else if (c == '-')
      k = CharClass::kHyphen;
    else if (c == '.')
      k = CharClass::kPeriod;
    else if (c == '$' || c == '%' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' ||
             c == '|' || c == '~')
      k = CharClass::kSymbol;
    else if (c > 32 && c < 127)
      k = CharClass::kPunct;  // ! # & ( ) * , / : ; ? @ [ \ ] _ { }
    t[c] = k;
  }
  return t;
}
}  // namespace

const std::array<CharClass, 128> kAsciiClass = MakeAsciiTable();

}  // namespace internal

namespace {

struct Range {
  char32_t lo, hi;
  CharClass cls;
};

using C = CharClass;

// Sorted, non-overlapping ranges of non-ASCII code points whose class is not
// kLetter. Hand-written from the Unicode 15 charts for the blocks news text
// uses; anything not listed is a letter.
constexpr Range kRanges[] = {
    {0x0080, 0x0084, C::kOther},
    {0x0085, 0x0085, C::kNewline},
    {0x0086, 0x009F, C::kOther},
    {0x00A0, 0x00A0, C::kSpace},
    {0x00A1, 0x00A1, C::kPunct},       // ¡
    {0x00A2, 0x00A6, C::kSymbol},      // ¢ £ ¤ ¥ ¦
    {0x00A7, 0x00A7, C::kPunct},       // §
    {0x00A8, 0x00A9, C::kSymbol},      // ¨ ©
    {0x00AB, 0x00AB, C::kQuote},       // «
    {0x00AC, 0x00AC, C::kSymbol},      // ¬
    {0x00AD, 0x00AD, C::kMark},        // soft hyphen
    {0x00AE, 0x00B1, C::kSymbol},      // ® ¯ ° ±
    {0x00B2, 0x00B3, C::kDigit},       // ² ³
    {0x00B4, 0x00B4, C::kSymbol},      // ´
    {0x00B6, 0x00B7, C::kPunct},       // ¶ ·
    {0x00B8, 0x00B8, C::kSymbol},      // ¸
    {0x00B9, 0x00B9, C::kDigit},       // ¹
    {0x00BB, 0x00BB, C::kQuote},       // »
    {0x00BC, 0x00BE, C::kDigit},       // ¼ ½ ¾
    {0x00BF, 0x00BF, C::kPunct},       // ¿
    {0x00D7, 0x00D7, C::kSymbol},      // ×
    {0x00F7, 0x00F7, C::kSymbol},      // ÷
    {0x02BC, 0x02BC, C::kApostrophe},  // ʼ modifier letter apostrophe
    {0x02C2, 0x02C5, C::kSymbol},
    {0x02D2, 0x02DF, C::kSymbol},
    {0x02E5, 0x02EB, C::kSymbol},
    {0x0300, 0x036F, C::kMark},   // combining diacritics
    {0x037E, 0x037E, C::kPunct},  // Greek question mark
    {0x0387, 0x0387, C::kPunct},
    {0x0483, 0x0489, C::kMark},
    {0x055A, 0x055F, C::kPunct},
    {0x0589, 0x058A, C::kPunct},
    {0x0591, 0x05BD, C::kMark},
    {0x05BE, 0x05BE, C::kPunct},
    {0x05BF, 0x05C7, C::kMark},
    {0x05F3, 0x05F4, C::kPunct},
    {0x0600, 0x0605, C::kOther},
    {0x0609, 0x060D, C::kPunct},
    {0x0610, 0x061A, C::kMark},
    {0x061B, 0x061F, C::kPunct},
    {0x064B, 0x065F, C::kMark},
    {0x0660, 0x0669, C::kDigit},  // Arabic-Indic digits
    {0x066A, 0x066D, C::kPunct},
    {0x0670, 0x0670, C::kMark},
    {0x06D4, 0x06D4, C::kPunct},
    {0x06D6, 0x06ED, C::kMark},
    {0x06F0, 0x06F9, C::kDigit},
    {0x0900, 0x0903, C::kMark},
    {0x093A, 0x094F, C::kMark},  // Devanagari (coarse: some letters in here)
    {0x0951, 0x0957, C::kMark},
    {0x0962, 0x0963, C::kMark},
    {0x0964, 0x0965, C::kPunct},  // danda
    {0x0966, 0x096F, C::kDigit},
    {0x0E31, 0x0E31, C::kMark},
    {0x0E34, 0x0E3A, C::kMark},
    {0x0E47, 0x0E4E, C::kMark},
    {0x0E50, 0x0E59, C::kDigit},
    {0x1680, 0x1680, C::kSpace},
    {0x1AB0, 0x1AFF, C::kMark},
    {0x1DC0, 0x1DFF, C::kMark},
    {0x2000, 0x200A, C::kSpace},
    {0x200B, 0x200B, C::kSpace},   // zero width space
    {0x200C, 0x200D, C::kMark},    // ZWNJ, ZWJ
    {0x200E, 0x200F, C::kMark},    // LRM, RLM
    {0x2010, 0x2011, C::kHyphen},  // ‐ ‑
    {0x2012, 0x2015, C::kDash},    // ‒ – — ―
    {0x2016, 0x2017, C::kPunct},
    {0x2018, 0x2018, C::kQuote},       // ‘
    {0x2019, 0x2019, C::kApostrophe},  // ’ (apostrophe or closing quote)
    {0x201A, 0x201F, C::kQuote},       // ‚ ‛ “ ” „ ‟
    {0x2020, 0x2027, C::kPunct},       // † ‡ • ‣ ․ ‥ … ‧
    {0x2028, 0x2029, C::kNewline},
    {0x202A, 0x202E, C::kMark},  // bidi embedding controls
    {0x202F, 0x202F, C::kSpace},
    {0x2030, 0x2038, C::kPunct},  // ‰ ′ ″ ...
    {0x2039, 0x203A, C::kQuote},  // ‹ ›
    {0x203B, 0x2043, C::kPunct},
    {0x2044, 0x2044, C::kSymbol},  // ⁄
    {0x2045, 0x2051, C::kPunct},
    {0x2052, 0x2052, C::kSymbol},
    {0x2053, 0x205E, C::kPunct},
    {0x205F, 0x205F, C::kSpace},
    {0x2060, 0x2064, C::kMark},  // word joiner, invisible operators
    {0x2066, 0x206F, C::kMark},
    {0x2070, 0x2070, C::kDigit},
    {0x2074, 0x2079, C::kDigit},
    {0x207A, 0x207C, C::kSymbol},
    {0x207D, 0x207E, C::kPunct},
    {0x2080, 0x2089, C::kDigit},
    {0x208A, 0x208C, C::kSymbol},
    {0x208D, 0x208E, C::kPunct},
    {0x20A0, 0x20CF, C::kSymbol},  // currency
    {0x20D0, 0x20FF, C::kMark},
    {0x2100, 0x2101, C::kSymbol},
    {0x2103, 0x2106, C::kSymbol},
    {0x2108, 0x2109, C::kSymbol},
    {0x2116, 0x2118, C::kSymbol},  // №
    {0x211E, 0x2123, C::kSymbol},  // ™
    {0x2125, 0x2125, C::kSymbol},
    {0x2127, 0x2127, C::kSymbol},
    {0x2129, 0x2129, C::kSymbol},
    {0x212E, 0x212E, C::kSymbol},
    {0x2140, 0x2144, C::kSymbol},
    {0x214A, 0x214D, C::kSymbol},
    {0x214F, 0x214F, C::kSymbol},
    {0x2150, 0x215F, C::kDigit},   // vulgar fractions
    {0x2190, 0x2211, C::kSymbol},  // arrows, math
    {0x2212, 0x2212, C::kSymbol},  // minus sign
    {0x2213, 0x2307, C::kSymbol},
    {0x2308, 0x230B, C::kPunct},
    {0x230C, 0x2328, C::kSymbol},
    {0x2329, 0x232A, C::kPunct},
    {0x232B, 0x245F, C::kSymbol},
    {0x2460, 0x249B, C::kDigit},  // circled numbers
    {0x249C, 0x24E9, C::kSymbol},
    {0x24EA, 0x24FF, C::kDigit},
    {0x2500, 0x2767, C::kSymbol},  // box drawing, shapes, dingbats
    {0x2768, 0x2775, C::kPunct},
    {0x2776, 0x2793, C::kDigit},
    {0x2794, 0x27C4, C::kSymbol},
    {0x27C5, 0x27C6, C::kPunct},
    {0x27C7, 0x27E5, C::kSymbol},
    {0x27E6, 0x27EF, C::kPunct},
    {0x27F0, 0x2982, C::kSymbol},
    {0x2983, 0x2998, C::kPunct},
    {0x2999, 0x29D7, C::kSymbol},
    {0x29D8, 0x29DB, C::kPunct},
    {0x29DC, 0x29FB, C::kSymbol},
    {0x29FC, 0x29FD, C::kPunct},
    {0x29FE, 0x2BFF, C::kSymbol},
    {0x2CF9, 0x2CFF, C::kPunct},
    {0x2E00, 0x2E39, C::kPunct},
    {0x2E3A, 0x2E3B, C::kDash},  // two- and three-em dash
    {0x2E3C, 0x2E7F, C::kPunct},
    {0x2FF0, 0x2FFF, C::kSymbol},
    {0x3000, 0x3000, C::kSpace},  // ideographic space
    {0x3001, 0x3003, C::kPunct},  // 、 。 〃
    {0x3004, 0x3004, C::kSymbol},
    {0x3008, 0x3011, C::kPunct},  // CJK brackets
    {0x3012, 0x3013, C::kSymbol},
    {0x3014, 0x301F, C::kPunct},
    {0x3020, 0x3020, C::kSymbol},
    {0x302A, 0x302F, C::kMark},
    {0x3030, 0x3030, C::kPunct},
    {0x3099, 0x309A, C::kMark},
    {0x30FB, 0x30FB, C::kPunct},
    {0xD800, 0xDFFF, C::kOther},  // surrogates (never valid UTF-8)
    {0xE000, 0xF8FF, C::kOther},  // private use
    {0xFB1E, 0xFB1E, C::kMark},
    {0xFD3E, 0xFD3F, C::kPunct},
    {0xFE00, 0xFE0F, C::kMark},  // variation selectors
    {0xFE10, 0xFE19, C::kPunct},
    {0xFE20, 0xFE2F, C::kMark},
    {0xFE30, 0xFE57, C::kPunct},
    {0xFE58, 0xFE58, C::kDash},
    {0xFE59, 0xFE61, C::kPunct},
    {0xFE62, 0xFE62, C::kSymbol},
    {0xFE63, 0xFE63, C::kDash},
    {0xFE64, 0xFE66, C::kSymbol},
    {0xFE68, 0xFE6B, C::kPunct},
    {0xFEFF, 0xFEFF, C::kSpace},  // BOM / zero width no-break space
    {0xFF01, 0xFF03, C::kPunct},  // fullwidth forms
    {0xFF04, 0xFF04, C::kSymbol},
    {0xFF05, 0xFF0A, C::kPunct},
    {0xFF0B, 0xFF0B, C::kSymbol},
    {0xFF0C, 0xFF0C, C::kPunct},
    {0xFF0D, 0xFF0D, C::kDash},
    {0xFF0E, 0xFF0F, C::kPunct},
    {0xFF10, 0xFF19, C::kDigit},
    {0xFF1A, 0xFF1B, C::kPunct},
    {0xFF1C, 0xFF1E, C::kSymbol},
    {0xFF1F, 0xFF20, C::kPunct},
    {0xFF3B, 0xFF3D, C::kPunct},
    {0xFF3E, 0xFF3E, C::kSymbol},
    {0xFF3F, 0xFF3F, C::kPunct},
    {0xFF40, 0xFF40, C::kSymbol},
    {0xFF5B, 0xFF5B, C::kPunct},
    {0xFF5C, 0xFF5C, C::kSymbol},
    {0xFF5D, 0xFF5D, C::kPunct},
    {0xFF5E, 0xFF5E, C::kSymbol},
    {0xFF5F, 0xFF65, C::kPunct},
    {0xFFE0, 0xFFEE, C::kSymbol},
    {0xFFF0, 0xFFFB, C::kOther},
    {0xFFFC, 0xFFFD, C::kSymbol},  // object replacement, replacement char
    {0xFFFE, 0xFFFF, C::kOther},
    {0x1D7CE, 0x1D7FF, C::kDigit},   // math digits
    {0x1F000, 0x1F0FF, C::kSymbol},  // mahjong, dominoes, cards
    {0x1F100, 0x1F10C, C::kDigit},
    {0x1F10D, 0x1F1FF, C::kSymbol},  // enclosed alphanumerics, regional indicators
    {0x1F200, 0x1F2FF, C::kSymbol},
    {0x1F300, 0x1F3FA, C::kSymbol},  // emoji
    {0x1F3FB, 0x1F3FF, C::kMark},    // skin tone modifiers
    {0x1F400, 0x1FAFF, C::kSymbol},  // emoji, symbols
    {0x1FB00, 0x1FBEF, C::kSymbol},
    {0x1FBF0, 0x1FBF9, C::kDigit},
    {0xE0000, 0xE007F, C::kMark},    // tags (emoji flags)
    {0xE0100, 0xE01EF, C::kMark},    // variation selectors supplement
    {0xF0000, 0x10FFFF, C::kOther},  // private use planes
};

}  // namespace

CharClass ClassifyNonAscii(char32_t cp) {
  if (cp < 0x80) return internal::kAsciiClass[cp];
  if (cp > 0x10FFFF) return C::kOther;
  // Latin-1 letters and Latin Extended: the common case outside ASCII.
  if (cp >= 0x00C0 && cp < 0x02B0 && cp != 0xD7 && cp != 0xF7) return C::kLetter;
  // Cyrillic and Greek letters.
  if (cp >= 0x0400 && cp <= 0x0482) return C::kLetter;
  if (cp >= 0x048A && cp <= 0x052F) return C::kLetter;
  const Range* end = std::end(kRanges);
  const Range* it = std::upper_bound(std::begin(kRanges), end, cp,
                                     [](char32_t v, const Range& r) { return v < r.lo; });
  if (it == std::begin(kRanges)) return C::kLetter;
  --it;
  return cp <= it->hi ? it->cls : C::kLetter;
}

bool IsClosingQuoteOrBracket(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case 0x2019:
    case 0x201D:
    case 0x00BB:
    case 0x203A:
    case 0x300D:
    case 0x300F:
      return true;
    default:
      return false;
  }
}

bool IsOpeningQuoteOrBracket(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case '(':
    case '[':
    case '{':
    case '`':
    case 0x2018:
    case 0x201C:
    case 0x201E:
    case 0x201A:
    case 0x201F:
    case 0x00AB:
    case 0x2039:
    case 0x300C:
    case 0x300E:
      return true;
    default:
      return false;
  }
}

bool IsUpperLetter(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0;  // Latin Extended-A (mostly paired)
  if (cp >= 0x391 && cp <= 0x3AB) return true;           // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;           // Cyrillic
  return false;
}

bool IsLowerLetter(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 1;
  if (cp >= 0x3AC && cp <= 0x3CE) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return false;
}

}  // namespace newsgraph::text
