#include "entities/words.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

#include "core/utf8.h"

namespace newsgraph::entities {
namespace {

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of a quote or bracket at s[i] that is split off a word edge, or 0.
size_t EdgePunct(std::string_view s, size_t i, bool trailing) {
  unsigned char c = s[i];
  if (c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}') return 1;
  if (c == '\'') return 1;
  if (trailing && (c == ',' || c == ';' || c == ':' || c == '!' || c == '?')) return 1;
  // “ ” ‘ ’ (E2 80 9C/9D/98/99), « » (C2 AB/BB), — – (E2 80 94/93)
  if (c == 0xE2 && i + 2 < s.size() + 0 && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char d = s[i + 2];
    if (d == 0x9C || d == 0x9D || d == 0x98 || d == 0x99 || d == 0x94 || d == 0x93) return 3;
  }
  if (c == 0xC2 && i + 1 < s.size()) {
    unsigned char d = s[i + 1];
    if (d == 0xAB || d == 0xBB) return 2;
  }
  return 0;
}

// Length of the edge punctuation that ENDS at s[e-1], or 0.
size_t TrailingPunct(std::string_view s, size_t b, size_t e) {
  if (e - b >= 3) {
    size_t n = EdgePunct(s, e - 3, true);
    if (n == 3) return 3;
  }
  if (e - b >= 2) {
    size_t n = EdgePunct(s, e - 2, true);
    if (n == 2) return 2;
  }
  size_t n = EdgePunct(s, e - 1, true);
  return n == 1 ? 1 : 0;
}

constexpr std::array<std::string_view, 30> kAbbrev = {
    "mr", "mrs", "ms",  "dr",  "st",   "jr",  "sr",  "inc",    "corp", "ltd",
    "co", "gen", "sen", "rep", "gov",  "lt",  "col", "sgt",    "capt", "prof",
    "no", "vs",  "mt",  "ft",  "pres", "adm", "maj", "messrs", "bros", "cmdr"};

// The AP abbreviations of US states ("Richmond , Va."), sorted; data/kb/region_aliases.tsv
// lists them with the period as aliases of the states. Not "Penn." (Sean Penn.).
constexpr std::string_view kStates[] = {
    "ala", "ariz", "ark",  "calif", "colo", "conn", "del", "fla",  "ga",   "ill",
    "ind", "kan",  "kans", "ky",    "la",   "mass", "md",  "mich", "minn", "miss",
    "mo",  "mont", "neb",  "nebr",  "nev",  "okla", "ore", "oreg", "pa",   "tenn",
    "tex", "va",   "vt",   "wash",  "wis",  "wisc", "wyo"};

bool KeepsPeriod(std::string_view w) {  // w excludes the final '.'
  if (w.empty()) return false;
  if (w.find('.') != std::string_view::npos) return true;  // U.S.
  if (w.size() == 1 && HasLetter(w)) return true;          // initials: "J."
  std::string l = LowerKey(w);
  for (std::string_view a : kAbbrev)
    if (l == a) return true;
  return StartsUpper(w) && std::binary_search(std::begin(kStates), std::end(kStates), l);
}

void Emit(uint32_t b, uint32_t e, size_t max_words, std::vector<Span>* out) {
  if (e > b && out->size() < max_words) out->push_back({b, e});
}

void SplitChunk(std::string_view s, uint32_t b, uint32_t e, size_t max_words,
                std::vector<Span>* out) {
  // Leading quotes and brackets.
  for (int guard = 0; guard < 8 && b < e; ++guard) {
    size_t n = EdgePunct(s, b, false);
    if (n == 0 || b + n >= e) break;
    if (s[b] == '\'' && s[b + 1] >= 'a' && s[b + 1] <= 'z') break;  // 's 're 'll
    Emit(b, b + n, max_words, out);
    b += n;
  }
  // Trailing punctuation, collected right to left.
  std::array<Span, 8> tail;
  size_t nt = 0;
  for (; nt < tail.size() && e > b;) {
    size_t n = TrailingPunct(s, b, e);
    if (n == 0 && s[e - 1] == '.' && e - b > 1 && !KeepsPeriod(s.substr(b, e - 1 - b))) n = 1;
    if (n == 0 || e - n <= b) break;
    tail[nt++] = {static_cast<uint32_t>(e - n), e};
    e -= n;
  }
  // Possessive 's / ’s.
  uint32_t poss = e;
  if (e - b > 2 && (s[e - 1] == 's' || s[e - 1] == 'S')) {
    if (s[e - 2] == '\'') {
      poss = e - 2;
    } else if (e - b > 4 && static_cast<unsigned char>(s[e - 4]) == 0xE2 &&
               static_cast<unsigned char>(s[e - 3]) == 0x80 &&
               static_cast<unsigned char>(s[e - 2]) == 0x99) {
      poss = e - 4;
    }
  }
  Emit(b, poss, max_words, out);
  Emit(poss, e, max_words, out);
  while (nt > 0) {
    --nt;
    Emit(tail[nt].begin, tail[nt].end, max_words, out);
  }
}

}  // namespace

void SplitWords(std::string_view text, uint32_t begin, uint32_t end, size_t max_words,
                std::vector<Span>* out) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  uint32_t i = begin;
  while (i < end && out->size() < max_words) {
    while (i < end && IsSpace(text[i])) ++i;
    uint32_t b = i;
    while (i < end && !IsSpace(text[i])) ++i;
    if (i > b) SplitChunk(text, b, i, max_words, out);
  }
}

std::string LowerKey(std::string_view w) { return utf8::LowerKey(w); }

std::string PhraseKey(std::string_view phrase) {
  std::vector<Span> words;
  SplitWords(phrase, 0, static_cast<uint32_t>(phrase.size()), 64, &words);
  std::string key;
  for (const Span& w : words) {
    if (!key.empty()) key.push_back(' ');
    key += LowerKey(phrase.substr(w.begin, w.end - w.begin));
  }
  return key;
}

bool StartsUpper(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = w[0];
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && w.size() > 1) {
    unsigned char d = w[1];
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  if ((c == 0xC4 || c == 0xC5) && w.size() > 1) return (static_cast<unsigned char>(w[1]) & 1) == 0;
  return false;
}

bool HasLetter(std::string_view w) {
  for (unsigned char c : w)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC3) return true;
  return false;
}

bool IsAllCaps(std::string_view w) {
  bool letter = false;
  for (unsigned char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

char OrgWordKind(std::string_view lower) {
  // Sorted lists, searched with std::binary_search.
  static constexpr std::string_view kOrgEnd[] = {"academy",
                                                 "administration",
                                                 "agency",
                                                 "airlines",
                                                 "airways",
                                                 "alliance",
                                                 "army",
                                                 "assembly",
                                                 "associates",
                                                 "association",
                                                 "authority",
                                                 "bancorp",
                                                 "bank",
                                                 "board",
                                                 "bureau",
                                                 "center",
                                                 "centre",
                                                 "church",
                                                 "club",
                                                 "co",
                                                 "co.",
                                                 "college",
                                                 "commission",
                                                 "committee",
                                                 "communications",
                                                 "company",
                                                 "congress",
                                                 "consortium",
                                                 "corp",
                                                 "corp.",
                                                 "corporation",
                                                 "council",
                                                 "court",
                                                 "department",
                                                 "electronics",
                                                 "energy",
                                                 "enterprises",
                                                 "exchange",
                                                 "federation",
                                                 "foundation",
                                                 "front",
                                                 "fund",
                                                 "gmbh",
                                                 "group",
                                                 "guard",
                                                 "holdings",
                                                 "hospital",
                                                 "inc",
                                                 "inc.",
                                                 "industries",
                                                 "institute",
                                                 "insurance",
                                                 "international",
                                                 "league",
                                                 "llc",
                                                 "ltd",
                                                 "ltd.",
                                                 "marines",
                                                 "media",
                                                 "ministry",
                                                 "motors",
                                                 "movement",
                                                 "navy",
                                                 "network",
                                                 "office",
                                                 "organisation",
                                                 "organization",
                                                 "parliament",
                                                 "partners",
                                                 "party",
                                                 "petroleum",
                                                 "plc",
                                                 "police",
                                                 "press",
                                                 "railways",
                                                 "school",
                                                 "senate",
                                                 "service",
                                                 "services",
                                                 "society",
                                                 "systems",
                                                 "technologies",
                                                 "times",
                                                 "tribunal",
                                                 "trust",
                                                 "union",
                                                 "university"};
  static constexpr std::string_view kClub[] = {
      "ac",     "albion",    "athletic", "athletico", "atletico",  "bayer",     "borussia",
      "cf",     "cska",      "dinamo",   "dynamo",    "eintracht", "fc",        "fortuna",
      "hapoel", "hotspur",   "inter",    "lokomotiv", "maccabi",   "olympique", "partizan",
      "racing", "rangers",   "rapid",    "real",      "rovers",    "sc",        "slavia",
      "sparta", "spartak",   "sporting", "sv",        "torpedo",   "united",    "vfb",
      "vfl",    "wanderers", "zenit"};
  if (std::binary_search(std::begin(kOrgEnd), std::end(kOrgEnd), lower)) return 'o';
  if (std::binary_search(std::begin(kClub), std::end(kClub), lower)) return 'c';
  return 0;
}

}  // namespace newsgraph::entities
