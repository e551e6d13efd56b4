#include "time/words.h"

#include "core/utf8.h"

namespace newsgraph::time {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsOrdinalSuffix(std::string_view s) {
  return s == "st" || s == "nd" || s == "rd" || s == "th";
}

// Scans one word starting at i (not a space); returns its end.
uint32_t ScanOne(std::string_view text, uint32_t i, uint32_t end, Word* w) {
  char c = text[i];
  uint32_t j = i;
  if (IsAsciiAlpha(c)) {
    while (j < end && IsAsciiAlpha(text[j])) ++j;
    w->kind = WordKind::kAlpha;
    w->cap = c >= 'A' && c <= 'Z';
  } else if (IsDigit(c)) {
    while (j < end && IsDigit(text[j])) ++j;
    w->kind = WordKind::kNumber;
    w->digits = static_cast<int>(j - i);
    if (w->digits <= 6) {
      int v = 0;
      for (uint32_t k = i; k < j; ++k) v = v * 10 + (text[k] - '0');
      w->value = v;
    }
    // An ordinal suffix joins the number ("10th"); other letters ("3pm",
    // "20T14") start a word of their own.
    uint32_t k = j;
    while (k < end && IsAsciiAlpha(text[k]) && k - j < 3) ++k;
    if (k - j == 2 && !(k < end && IsAsciiAlpha(text[k]))) {
      std::string suf = {Lower(text[j]), Lower(text[j + 1])};
      if (IsOrdinalSuffix(suf)) {
        w->ordinal = true;
        j = k;
      }
    }
  } else if (static_cast<unsigned char>(c) < 0x80) {
    j = i + 1;
    w->kind = WordKind::kPunct;
  } else {
    size_t len = utf8::ValidSequenceLength(text, i);
    if (len == 0) len = 1;
    j = i + static_cast<uint32_t>(len);
    if (j > end) j = end;
    w->kind = WordKind::kPunct;
  }
  w->span = {i, j};
  w->lower.clear();
  for (uint32_t k = i; k < j; ++k) w->lower.push_back(Lower(text[k]));
  return j;
}

}  // namespace

uint32_t ScanWords(std::string_view text, uint32_t begin, uint32_t end, size_t max_words,
                   std::vector<Word>* out) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  uint32_t i = begin;
  bool space = true;
  size_t n = 0;
  while (i < end) {
    if (IsSpace(static_cast<unsigned char>(text[i]))) {
      space = true;
      ++i;
      continue;
    }
    if (n >= max_words) break;
    Word w;
    w.space_before = space;
    i = ScanOne(text, i, end, &w);
    out->push_back(std::move(w));
    ++n;
    space = false;
  }
  return i;
}

bool IsApostrophe(const Word& w) { return w.lower == "'" || w.lower == "\xE2\x80\x99"; }

bool IsQuoteMark(const Word& w) {
  return w.lower == "\"" || w.lower == "\xE2\x80\x9C" || w.lower == "\xE2\x80\x9D" ||
         w.lower == "\xC2\xAB" || w.lower == "\xC2\xBB";
}

bool IsDash(const Word& w) { return w.lower == "\xE2\x80\x93" || w.lower == "\xE2\x80\x94"; }

}  // namespace newsgraph::time
