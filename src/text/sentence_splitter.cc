#include "text/sentence_splitter.h"

#include <algorithm>

#include "text/abbreviations.h"
#include "text/chars.h"

namespace newsgraph::text {
namespace {

std::string_view Surface(std::string_view text, const Token& t) {
  return text.substr(t.span.begin, t.span.size());
}

char32_t FirstCp(std::string_view s) { return s.empty() ? 0 : DecodeAt(s, 0).cp; }

// ".", "!", "?", "...", "?!", "…"
bool IsTerminal(std::string_view s) {
  if (s.empty()) return false;
  if (s == "\xE2\x80\xA6") return true;  // …
  for (char c : s)
    if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

// • ‣ ◦ ▪ ● as list bullets.
bool IsBullet(std::string_view s) {
  return s == "\xE2\x80\xA2" || s == "\xE2\x80\xA3" || s == "\xE2\x97\xA6" || s == "\xE2\x96\xAA" ||
         s == "\xE2\x97\x8F";
}

bool IsDash(std::string_view s) {
  CodePoint c = DecodeAt(s, 0);
  return c.cls == CharClass::kDash || (c.cls == CharClass::kHyphen && s.size() <= 3);
}

bool IsClosing(std::string_view s) {
  CodePoint c = DecodeAt(s, 0);
  return c.len == s.size() && IsClosingQuoteOrBracket(c.cp);
}

// A quote mark that can close a quotation.
bool IsClosingQuoteToken(std::string_view s) {
  return s == "\"" || s == "'" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x99" || s == "\xC2\xBB" ||
         s == "\xE2\x80\xBA" || s == "''" || s == "\xE2\x80\x99\xE2\x80\x99";
}

// The end of the sentence whose final mark is tokens[i]: closing quotes and
// brackets right after the mark, a closing quote standing apart before a
// space or the paragraph end (`today. ” Next`), and further marks
// (`HUNT!!!” .`, `. . .`) all belong to it.
uint32_t AbsorbTail(std::string_view text, const std::vector<Token>& tokens, uint32_t i,
                    uint32_t token_end) {
  uint32_t j = i + 1;
  while (j < token_end) {
    std::string_view t = Surface(text, tokens[j]);
    bool take = IsTerminal(t) || (!tokens[j - 1].space_after && IsClosing(t)) ||
                (IsClosingQuoteToken(t) && (j + 1 == token_end || tokens[j].space_after)) ||
                (j + 1 == token_end && DecodeAt(t, 0).cls == CharClass::kQuote);  // typo “
    if (!take) break;
    ++j;
  }
  return j;
}

// Whether an abbreviation token ("U.S.", "Inc.", "J.") ends its sentence
// given the next token.
bool AbbreviationEnds(std::string_view abbrev, std::string_view next) {
  std::string_view w = abbrev.substr(0, abbrev.size() - 1);
  if (w.find('.') == std::string_view::npos && w.size() > 1) {
    AbbrevKind k = LookupAbbreviation(w);
    if (k == AbbrevKind::kTitle || k == AbbrevKind::kBeforeNumber) return false;
    if (k == AbbrevKind::kMonth && !next.empty() && next[0] >= '0' && next[0] <= '9') return false;
  }
  return IsSentenceStarter(next);
}

// Whether a sentence-final mark is followed by the start of a new sentence.
bool NextStartsSentence(std::string_view next) {
  CodePoint c = DecodeAt(next, 0);
  if (IsLowerLetter(c.cp)) return false;
  if (c.cp == ',' || c.cp == ';' || c.cp == ':' || c.cp == ')' || c.cp == ']') return false;
  return true;
}

// "1", "12", "a", "iv": what may number a list item.
bool IsListMarker(std::string_view s) {
  if (s.empty() || s.size() > 3) return false;
  bool digits = true;
  for (char c : s) digits &= c >= '0' && c <= '9';
  if (digits) return true;
  if (s.size() == 1) return (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z');
  for (char c : s)
    if (c != 'i' && c != 'v' && c != 'x') return false;
  return true;
}

void EmitSentence(const std::vector<Token>& tokens, uint32_t b, uint32_t e, uint32_t paragraph,
                  const SentenceOptions& options, std::vector<Sentence>* out) {
  size_t cap = std::max<size_t>(options.max_sentence_tokens, 1);
  while (b < e) {
    uint32_t end = static_cast<uint32_t>(std::min<size_t>(e, b + cap));
    out->push_back(Sentence{{tokens[b].span.begin, tokens[end - 1].span.end}, b, end, paragraph});
    b = end;
  }
}

}  // namespace

uint32_t DatelineEnd(std::string_view text, const std::vector<Token>& tokens, uint32_t b,
                     uint32_t e, size_t max_tokens) {
  if (e - b < 3) return b;
  std::string_view first = Surface(text, tokens[b]);
  if (first.size() < 2) return b;
  for (char c : first)  // an all-capital place name: "MOSCOW", "KYIV"
    if (!((c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '\'')) return b;
  int depth = 0;
  uint32_t limit = static_cast<uint32_t>(std::min<size_t>(e - 1, b + max_tokens));
  for (uint32_t i = b + 1; i < limit; ++i) {
    std::string_view s = Surface(text, tokens[i]);
    if (s == "(") {
      ++depth;
    } else if (s == ")") {
      --depth;
    } else if (depth == 0 && IsDash(s)) {
      // "MOSCOW (Reuters) -" but not "COVID-19": a hyphen needs spaces around it.
      bool hyphen = s[0] == '-';
      if (!hyphen || (tokens[i - 1].space_after && tokens[i].space_after)) return i + 1;
      return b;
    } else if (depth == 0 && IsLowerLetter(FirstCp(s))) {
      return b;
    } else if (depth == 0 && IsTerminal(s)) {
      return b;
    }
  }
  return b;
}

void SplitSentences(std::string_view text, const std::vector<Token>& tokens, uint32_t token_begin,
                    uint32_t token_end, uint32_t paragraph, const SentenceOptions& options,
                    std::vector<Sentence>* out) {
  uint32_t start = token_begin;
  uint32_t dl = DatelineEnd(text, tokens, token_begin, token_end, options.max_dateline_tokens);
  if (dl > token_begin) {
    EmitSentence(tokens, token_begin, dl, paragraph, options, out);
    start = dl;
  }
  for (uint32_t i = start; i + 1 < token_end; ++i) {
    const Token& t = tokens[i];
    unsigned char first = static_cast<unsigned char>(text[t.span.begin]);
    if (first != '.' && first != '!' && first != '?' && first != 0xE2 &&
        text[t.span.end - 1] != '.')
      continue;  // fast path: most tokens cannot end a sentence
    std::string_view s = Surface(text, t);
    if (i > start && IsBullet(s)) {  // "… first • second": an inline list item
      EmitSentence(tokens, start, i, paragraph, options, out);
      start = i;
      continue;
    }
    bool terminal = IsTerminal(s);
    bool abbrev = !terminal && s.size() > 1 && s.back() == '.';
    if (!terminal && !abbrev) continue;
    uint32_t j = AbsorbTail(text, tokens, i, token_end);
    if (j >= token_end) break;
    std::string_view next = Surface(text, tokens[j]);
    bool split;
    if (terminal) {
      // "1." or "A." opening a paragraph is a list marker.
      bool list_marker =
          i == token_begin + 1 && s == "." && IsListMarker(Surface(text, tokens[token_begin]));
      split = !list_marker && NextStartsSentence(next);
      // Informal text: "... to the store. i think" (not after a closing quote:
      // `"Why?" she asked`).
      if (!split && j == i + 1 && i > start && s.find("..") == std::string_view::npos &&
          s != "\xE2\x80\xA6" && IsLowercaseStarter(next) && tokens[i - 1].span.size() >= 3 &&
          IsLowerLetter(FirstCp(Surface(text, tokens[i - 1]))))
        split = true;
    } else {
      split = AbbreviationEnds(s, next);
    }
    if (split) {
      EmitSentence(tokens, start, j, paragraph, options, out);
      start = j;
      i = j - 1;
    }
  }
  EmitSentence(tokens, start, token_end, paragraph, options, out);
}

}  // namespace newsgraph::text
