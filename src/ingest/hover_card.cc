#include "ingest/hover_card.h"

#include <algorithm>
#include <array>
#include <string>

namespace newsgraph::ingest {
namespace {

constexpr size_t kNone = std::string_view::npos;
constexpr size_t kMaxNameWords = 6;   // name words between display name and headline
constexpr size_t kMaxWordBytes = 40;  // a longer word is no name
constexpr size_t kStepsPerByte = 32;  // search budget, on top of a fixed allowance
constexpr std::string_view kMore = "MORE";
constexpr std::array<std::string_view, 16> kParticles = {"al",    "bin", "da",  "das", "de",  "del",
                                                         "della", "den", "der", "di",  "dos", "du",
                                                         "la",    "le",  "van", "von"};

// Counts the bytes looked at; once spent, every search gives up.
class Budget {
 public:
  explicit Budget(size_t steps) : left_(steps) {}
  bool Spend(size_t n) {
    left_ = n > left_ ? 0 : left_ - n;
    return left_ > 0;
  }

 private:
  size_t left_;
};

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHigh(char c) { return static_cast<unsigned char>(c) >= 0x80; }
bool IsAlnum(char c) { return IsUpper(c) || IsLower(c) || IsDigit(c); }
// The last byte of a multi-byte UTF-8 character ("ğ" in "Erdoğan" ends so).
bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// A headline may start at t[i]: "Senate", "2020", "'No'", "‘No’", "“Yes”".
bool StartsHeadline(std::string_view t, size_t i) {
  if (i >= t.size()) return false;
  char c = t[i];
  if (IsUpper(c) || IsDigit(c) || c == '\'' || c == '"') return true;
  std::string_view rest = t.substr(i);
  return rest.starts_with("\u2018") || rest.starts_with("\u201C");
}

// "xY" at t[i-1..i]: a name's last letter glued to a headline's first character.
bool IsJoin(std::string_view t, size_t i) {
  if (i == 0 || i >= t.size()) return false;
  char a = t[i - 1];
  return (IsLower(a) || IsContinuation(a)) && StartsHeadline(t, i);
}

bool IsNameByte(char c) {
  return IsAlnum(c) || IsHigh(c) || c == '.' || c == '\'' || c == '(' || c == ')' || c == '-';
}

// "Jane", "Q.", "(Chuck)", "O'Rourke", "Ocasio-Cortez", "van".
bool IsNameWord(std::string_view w) {
  if (w.empty() || w.size() > kMaxWordBytes) return false;
  if (std::find(kParticles.begin(), kParticles.end(), w) != kParticles.end()) return true;
  if (!IsUpper(w[0]) && w[0] != '(') return false;
  return std::all_of(w.begin(), w.end(), IsNameByte);
}

// A display name's last word: a capitalised name word.
bool IsSurname(std::string_view w) { return IsNameWord(w) && IsUpper(w[0]); }

// Start of the word that ends at t[end] (exclusive): after the last space or
// newline before it, not before lo. kNone when longer than kMaxWordBytes.
size_t WordBegin(std::string_view t, size_t lo, size_t end, Budget* budget) {
  size_t b = end;
  while (b > lo && t[b - 1] != ' ' && t[b - 1] != '\n') {
    if (end - b >= kMaxWordBytes || !budget->Spend(1)) return kNone;
    --b;
  }
  return b;
}

// The end of the display name s among the words before t[at] (which starts
// the full name's last word), after at least min_middle name words: the word
// s itself, or s glued to the full name ("CrowJason Crow..."). kNone if absent.
size_t DisplayEnd(std::string_view t, size_t lo, size_t at, std::string_view s, size_t min_middle,
                  Budget* budget) {
  size_t end = at;
  for (size_t k = 0; k <= kMaxNameWords; ++k) {
    if (end <= lo + 1 || t[end - 1] != ' ') return kNone;
    size_t word_end = end - 1;
    size_t word_begin = WordBegin(t, lo, word_end, budget);
    if (word_begin == kNone || word_begin == word_end) return kNone;
    std::string_view w = t.substr(word_begin, word_end - word_begin);
    if (!budget->Spend(w.size())) return kNone;
    if (k >= min_middle && w == s) return word_end;
    if (k >= min_middle && w.size() > s.size() && w.starts_with(s) && IsJoin(w, s.size()))
      return word_begin + s.size();
    if (!IsNameWord(w)) return kNone;
    end = word_begin;
  }
  return kNone;
}

// A card's full name may end at t[i] followed by a space and a capitalised
// headline that is not the "MORE" at t[more].
bool IsSpacedEnd(std::string_view t, size_t i, size_t more) {
  return t[i] == ' ' && i > 0 && t[i - 1] != ' ' && i + 1 < more && StartsHeadline(t, i + 1);
}

// Where a card starts when the full name's last word ends at t[i], glued to
// the first headline or followed by a space (IsSpacedEnd).
size_t CardStartAt(std::string_view t, size_t lo, size_t i, bool glued, Budget* budget) {
  size_t word_begin = WordBegin(t, lo, i, budget);
  if (word_begin == kNone || word_begin == i) return kNone;
  std::string_view s = t.substr(word_begin, i - word_begin);
  if (!IsSurname(s)) return kNone;
  return DisplayEnd(t, lo, word_begin, s, glued ? 0 : 1, budget);
}

// End of the word that holds t[i] (bounded by kMaxWordBytes and more).
size_t WordEnd(std::string_view t, size_t i, size_t more) {
  size_t e = i;
  while (e < more && e - i < kMaxWordBytes && t[e] != ' ' && t[e] != '\n') ++e;
  return e;
}

// A card whose full name is glued to a headline inside the word t[i, end):
// the join nearest the end first ("McConnell|GOP", not "Mc|Connell").
size_t GluedCardStart(std::string_view t, size_t lo, size_t i, size_t end, Budget* budget) {
  for (size_t j = end; j-- > i;) {
    if (!IsJoin(t, j)) continue;
    size_t start = CardStartAt(t, lo, j, true, budget);
    if (start != kNone) return start;
  }
  return kNone;
}

// The start of the line that holds t[more], not before lo.
size_t LineStart(std::string_view t, size_t lo, size_t more) {
  size_t nl = t.substr(lo, more - lo).rfind('\n');
  return nl == kNone ? lo : lo + nl + 1;
}

// The card that ends with the "MORE" at t[more], looked for in t[lo, more) on
// the same line. The farthest glued name wins (a headline may itself repeat a
// name), else the nearest spaced one ("Ryan Paul Davis Ryan Retirees", not
// "Paul Ryan Paul Davis").
size_t CardStartBefore(std::string_view t, size_t lo, size_t more, Budget* budget) {
  lo = LineStart(t, lo, more);
  size_t spaced = kNone;
  for (size_t i = lo + 1; i < more; ++i) {
    if (!budget->Spend(1)) break;
    if (IsJoin(t, i)) {
      size_t end = WordEnd(t, i, more);
      size_t start = GluedCardStart(t, lo, i, end, budget);
      if (start != kNone) return start;
      i = end - 1;
    } else if (IsSpacedEnd(t, i, more)) {
      size_t start = CardStartAt(t, lo, i, false, budget);
      if (start != kNone) spaced = start;
    }
  }
  return spaced;
}

// "MORE" at t[at] as a whole word after a space.
bool MoreEndsAWord(std::string_view t, size_t at) {
  size_t after = at + kMore.size();
  return after == t.size() || !IsAlnum(t[after]);
}

bool IsMoreWord(std::string_view t, size_t at) {
  return at > 0 && t[at - 1] == ' ' && MoreEndsAWord(t, at);
}

// The card that ends with the "MORE" at t[at]: after a space, a card with
// headlines; glued to the full name, one without ("John Francis KellyMORE").
size_t CardStartFor(std::string_view t, size_t lo, size_t at, Budget* budget) {
  if (IsMoreWord(t, at)) return CardStartBefore(t, lo, at, budget);
  if (IsJoin(t, at) && MoreEndsAWord(t, at)) return CardStartAt(t, lo, at, true, budget);
  return kNone;
}

}  // namespace

std::vector<Cut> FindHoverCards(std::string_view text) {
  std::vector<Cut> cuts;
  Budget budget(kStepsPerByte * text.size() + (1u << 16));
  size_t done = 0;  // end of the last "MORE" looked at: cards never overlap
  for (size_t at = text.find(kMore); at != kNone; at = text.find(kMore, at + 1)) {
    if (!MoreEndsAWord(text, at)) continue;
    size_t lo = std::max(done, at > kMaxCardBytes ? at - kMaxCardBytes : 0);
    size_t start = CardStartFor(text, lo, at, &budget);
    if (start == kNone && !IsMoreWord(text, at)) continue;
    done = at + kMore.size();
    if (start != kNone) cuts.push_back({start, done});
  }
  return cuts;
}

size_t MaskCuts(const std::vector<Cut>& cuts, std::string_view what, ArticleMeta* meta) {
  if (cuts.empty()) return 0;
  for (const Cut& c : cuts)
    meta->masked.push_back({static_cast<uint32_t>(c.begin), static_cast<uint32_t>(c.end)});
  meta->warnings.push_back("masked " + std::to_string(cuts.size()) + " " + std::string(what));
  return cuts.size();
}

size_t MaskHoverCards(std::string_view body, ArticleMeta* meta) {
  return MaskCuts(FindHoverCards(body),
                  "hover cards (a linked name's full name, related headlines, MORE)", meta);
}

}  // namespace newsgraph::ingest
