#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace newsgraph::text {
namespace {

using Entry = std::pair<std::string_view, AbbrevKind>;
constexpr AbbrevKind T = AbbrevKind::kTitle;
constexpr AbbrevKind N = AbbrevKind::kBeforeNumber;
constexpr AbbrevKind M = AbbrevKind::kMonth;
constexpr AbbrevKind G = AbbrevKind::kGeneral;

// Written for this project from English news usage. Sorted at first use.
constexpr Entry kAbbrevs[] = {
    // titles and name prefixes
    {"Mr", T},
    {"Mrs", T},
    {"Ms", T},
    {"Messrs", T},
    {"Mmes", T},
    {"Mme", T},
    {"Mlle", T},
    {"Dr", T},
    {"Drs", T},
    {"Sts", T},
    {"Prof", T},
    {"Rev", T},
    {"Hon", T},
    {"Pres", T},
    {"Gov", T},
    {"Sen", T},
    {"Sens", T},
    {"Rep", T},
    {"Reps", T},
    {"Amb", T},
    {"Atty", T},
    {"Supt", T},
    {"Gen", T},
    {"Lt", T},
    {"Col", T},
    {"Maj", T},
    {"Capt", T},
    {"Cmdr", T},
    {"Cdr", T},
    {"Adm", T},
    {"Brig", T},
    {"Sgt", T},
    {"Cpl", T},
    {"Pvt", T},
    {"Pfc", T},
    {"Lieut", T},
    {"Insp", T},
    {"Det", T},
    {"Fr", T},
    {"Sr", G},
    {"Jr", G},
    {"St", T},
    {"Ste", T},
    {"Mt", T},
    {"Ft", T},
    {"Pt", T},
    {"Sta", T},
    {"Mssrs", T},
    {"vs", T},
    {"v", T},
    {"cf", T},
    {"viz", T},
    {"MR", T},
    {"MRS", T},
    {"MS", T},
    {"DR", T},
    {"GEN", T},
    {"SEN", T},
    {"REP", T},
    {"GOV", T},
    {"LT", T},
    {"COL", T},
    {"SGT", T},
    {"PROF", T},
    {"ST", T},
    // before numbers
    {"No", N},
    {"Nos", N},
    {"no", N},
    {"nos", N},
    {"Art", N},
    {"art", N},
    {"Fig", N},
    {"fig", N},
    {"Figs", N},
    {"p", N},
    {"pp", N},
    {"Vol", N},
    {"vol", N},
    {"Vols", N},
    {"Ch", N},
    {"ch", N},
    {"Sec", N},
    {"sec", N},
    {"Sect", N},
    {"Para", N},
    {"para", N},
    {"Ex", N},
    {"Nr", N},
    {"nr", N},
    {"Rd", G},
    {"Tel", N},
    {"tel", N},
    {"Ed", N},
    // months and days
    {"Jan", M},
    {"Feb", M},
    {"Mar", M},
    {"Apr", M},
    {"Jun", M},
    {"Jul", M},
    {"Aug", M},
    {"Sep", M},
    {"Sept", M},
    {"Oct", M},
    {"Nov", M},
    {"Dec", M},
    {"Mon", M},
    {"Tue", M},
    {"Tues", M},
    {"Wed", M},
    {"Thu", M},
    {"Thur", M},
    {"Thurs", M},
    {"Fri", M},
    {"Sat", M},
    // companies, places, Latin and the rest
    {"Inc", G},
    {"Corp", G},
    {"Co", G},
    {"Cos", G},
    {"Ltd", G},
    {"Bros", G},
    {"Plc", G},
    {"Assn", G},
    {"Assoc", G},
    {"Dept", G},
    {"Univ", G},
    {"Inst", G},
    {"Intl", G},
    {"Govt", G},
    {"Ave", G},
    {"Blvd", G},
    {"Hwy", G},
    {"Ln", G},
    {"Pl", G},
    {"Sq", G},
    {"Ct", G},
    {"Ter", G},
    {"etc", G},
    {"al", G},
    {"approx", G},
    {"est", G},
    {"incl", G},
    {"dept", G},
    {"govt", G},
    {"ca", G},
    {"Ph", G},
    {"Esq", G},
    {"Ald", G},
    {"Ala", G},
    {"Ariz", G},
    {"Ark", G},
    {"Calif", G},
    {"Colo", G},
    {"Conn", G},
    {"Del", G},
    {"Fla", G},
    {"Ga", G},
    {"Ida", G},
    {"Ill", G},
    {"Ind", G},
    {"Kan", G},
    {"Kans", G},
    {"Ky", G},
    {"La", G},
    {"Md", G},
    {"Mass", G},
    {"Mich", G},
    {"Minn", G},
    {"Miss", G},
    {"Mo", G},
    {"Mont", G},
    {"Neb", G},
    {"Nebr", G},
    {"Nev", G},
    {"Okla", G},
    {"Ore", G},
    {"Oreg", G},
    {"Pa", G},
    {"Penn", G},
    {"Tenn", G},
    {"Tex", G},
    {"Va", G},
    {"Vt", G},
    {"Wash", G},
    {"Wis", G},
    {"Wisc", G},
    {"Wyo", G},
    {"Alta", G},
    {"Ont", G},
    {"Que", G},
};

constexpr std::string_view kStarters[] = {
    "A",         "After", "All",     "Also",  "Although", "An",   "And",   "As",    "At",
    "But",       "By",    "During",  "Even",  "For",      "From", "He",    "Her",   "Here",
    "His",       "How",   "However", "I",     "If",       "In",   "It",    "Its",   "Last",
    "Meanwhile", "More",  "Most",    "My",    "No",       "Now",  "On",    "One",   "Our",
    "Since",     "She",   "So",      "Some",  "Still",    "That", "The",   "Their", "There",
    "These",     "They",  "This",    "Those", "Thus",     "To",   "Under", "We",    "What",
    "When",      "Where", "While",   "Who",   "Why",      "With", "Yet",   "You",   "Your",
};

constexpr std::string_view kLowerStarters[] = {
    "also", "and", "anyway", "but",   "do",   "he",     "how",  "i",   "if",
    "is",   "it",  "just",   "maybe", "my",   "please", "plus", "she", "so",
    "that", "the", "there",  "they",  "this", "we",     "what", "why", "you",
};

constexpr std::string_view kHyphenPrefixes[] = {
    "e",     "non",   "mid",   "pre",     "re",   "anti",   "post",  "co",     "pro",
    "multi", "over",  "ex",    "semi",    "sub",  "psycho", "neo",   "cross",  "un",
    "socio", "micro", "intra", "counter", "vice", "mis",    "inter", "trans",  "ultra",
    "macro", "mega",  "bi",    "tri",     "uni",  "de",     "quasi", "pseudo", "extra",
    "infra", "hyper", "mini",  "geo",     "bio",  "eco",    "cyber",
};

template <typename T, size_t N>
std::array<T, N> Sorted(const T (&in)[N], bool (*less)(const T&, const T&)) {
  std::array<T, N> out;
  std::copy(std::begin(in), std::end(in), out.begin());
  std::sort(out.begin(), out.end(), less);
  return out;
}

bool EntryLess(const Entry& a, const Entry& b) { return a.first < b.first; }
bool ViewLess(const std::string_view& a, const std::string_view& b) { return a < b; }

}  // namespace

AbbrevKind LookupAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 7) return AbbrevKind::kNone;
  static const auto kSorted = Sorted(kAbbrevs, EntryLess);
  auto it =
      std::lower_bound(kSorted.begin(), kSorted.end(), Entry{word, AbbrevKind::kNone}, EntryLess);
  if (it != kSorted.end() && it->first == word) return it->second;
  return AbbrevKind::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  if (word.empty() || word.size() > 9) return false;
  static const auto kSorted = Sorted(kStarters, ViewLess);
  return std::binary_search(kSorted.begin(), kSorted.end(), word);
}

bool IsLowercaseStarter(std::string_view word) {
  if (word.empty() || word.size() > 6) return false;
  static const auto kSorted = Sorted(kLowerStarters, ViewLess);
  return std::binary_search(kSorted.begin(), kSorted.end(), word);
}

bool IsHyphenPrefix(std::string_view word) {
  if (word.empty() || word.size() > 7) return false;
  char buf[8];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view lower(buf, word.size());
  static const auto kSorted = Sorted(kHyphenPrefixes, ViewLess);
  return std::binary_search(kSorted.begin(), kSorted.end(), lower);
}

}  // namespace newsgraph::text
