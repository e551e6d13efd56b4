#include "quotes/lexicon.h"

#include <algorithm>
#include <array>
#include <vector>

namespace newsgraph::quotes {
namespace {

struct LemmaEntry {
  std::string_view lemma;
  CueClass cls;
};

// Speech and attribution verbs. Phrasal cues ("point out", "call for") are
// keyed by their verb; the particle is attached by the rules.
constexpr LemmaEntry kLemmas[] = {
    {"say", CueClass::kSpeech},       {"tell", CueClass::kTell},
    {"add", CueClass::kSpeech},       {"state", CueClass::kSpeech},
    {"declare", CueClass::kSpeech},   {"announce", CueClass::kSpeech},
    {"explain", CueClass::kSpeech},   {"note", CueClass::kSpeech},
    {"argue", CueClass::kSpeech},     {"claim", CueClass::kSpeech},
    {"insist", CueClass::kSpeech},    {"assert", CueClass::kSpeech},
    {"contend", CueClass::kSpeech},   {"acknowledge", CueClass::kSpeech},
    {"admit", CueClass::kSpeech},     {"concede", CueClass::kSpeech},
    {"confirm", CueClass::kSpeech},   {"deny", CueClass::kSpeech},
    {"reply", CueClass::kSpeech},     {"respond", CueClass::kSpeech},
    {"answer", CueClass::kSpeech},    {"ask", CueClass::kTell},
    {"warn", CueClass::kSpeech},      {"caution", CueClass::kSpeech},
    {"urge", CueClass::kSpeech},      {"suggest", CueClass::kSpeech},
    {"predict", CueClass::kSpeech},   {"promise", CueClass::kSpeech},
    {"pledge", CueClass::kSpeech},    {"vow", CueClass::kSpeech},
    {"tweet", CueClass::kSpeech},     {"write", CueClass::kSpeech},
    {"report", CueClass::kSpeech},    {"reveal", CueClass::kSpeech},
    {"recall", CueClass::kSpeech},    {"remark", CueClass::kSpeech},
    {"comment", CueClass::kSpeech},   {"observe", CueClass::kSpeech},
    {"emphasize", CueClass::kSpeech}, {"stress", CueClass::kSpeech},
    {"complain", CueClass::kSpeech},  {"charge", CueClass::kSpeech},
    {"accuse", CueClass::kSpeech},    {"blame", CueClass::kSpeech},
    {"criticize", CueClass::kSpeech}, {"praise", CueClass::kSpeech},
    {"call", CueClass::kSpeech},      {"describe", CueClass::kSpeech},
    {"question", CueClass::kSpeech},  {"wonder", CueClass::kSpeech},
    {"boast", CueClass::kSpeech},     {"joke", CueClass::kSpeech},
    {"quip", CueClass::kSpeech},      {"testify", CueClass::kSpeech},
    {"allege", CueClass::kSpeech},    {"conclude", CueClass::kSpeech},
    {"continue", CueClass::kSpeech},  {"counter", CueClass::kSpeech},
    {"retort", CueClass::kSpeech},    {"demand", CueClass::kSpeech},
    {"propose", CueClass::kSpeech},   {"recommend", CueClass::kSpeech},
    {"assure", CueClass::kTell},      {"remind", CueClass::kTell},
    {"inform", CueClass::kTell},      {"estimate", CueClass::kSpeech},
    {"mention", CueClass::kSpeech},   {"cite", CueClass::kSpeech},
    {"point", CueClass::kSpeech},     {"threaten", CueClass::kSpeech},
    {"proclaim", CueClass::kSpeech},  {"lament", CueClass::kSpeech},
    {"decry", CueClass::kSpeech},     {"slam", CueClass::kSpeech},
    {"blast", CueClass::kSpeech},     {"attack", CueClass::kSpeech},
    {"dismiss", CueClass::kSpeech},   {"reject", CueClass::kSpeech},
    {"defend", CueClass::kSpeech},    {"endorse", CueClass::kSpeech},
    {"agree", CueClass::kSpeech},     {"post", CueClass::kSpeech},
    {"indicate", CueClass::kSpeech},  {"express", CueClass::kSpeech},
    {"believe", CueClass::kOther},    {"think", CueClass::kOther},
    {"hope", CueClass::kOther},       {"fear", CueClass::kOther},
    {"want", CueClass::kOther},       {"show", CueClass::kOther},
    {"find", CueClass::kOther},       {"expect", CueClass::kOther},
    {"feel", CueClass::kOther},       {"know", CueClass::kOther},
    {"worry", CueClass::kOther},      {"doubt", CueClass::kOther},
    {"see", CueClass::kOther},        {"plan", CueClass::kOther},
    {"seek", CueClass::kOther},       {"support", CueClass::kOther},
    {"oppose", CueClass::kOther},     {"refuse", CueClass::kOther},
    {"decline", CueClass::kOther},    {"read", CueClass::kSpeech},
    {"speak", CueClass::kSpeech},     {"shout", CueClass::kSpeech},
    {"scream", CueClass::kSpeech},    {"yell", CueClass::kSpeech},
    {"whisper", CueClass::kSpeech},   {"exclaim", CueClass::kSpeech},
    {"chant", CueClass::kSpeech},     {"sing", CueClass::kSpeech},
};

// Irregular forms: lemma followed by its forms.
struct Irregular {
  std::string_view lemma;
  std::array<std::string_view, 4> forms;
};
constexpr Irregular kIrregular[] = {
    {"say", {"said", "says", "saying", ""}},     {"tell", {"told", "tells", "telling", ""}},
    {"write", {"wrote", "written", "writing", "writes"}},
    {"think", {"thought", "thinks", "thinking", ""}},
    {"know", {"knew", "known", "knows", "knowing"}},
    {"see", {"saw", "seen", "sees", "seeing"}},  {"speak", {"spoke", "spoken", "speaks", "speaking"}},
    {"find", {"found", "finds", "finding", ""}}, {"feel", {"felt", "feels", "feeling", ""}},
    {"seek", {"sought", "seeks", "seeking", ""}},
    {"read", {"reads", "reading", "", ""}},       {"sing", {"sang", "sung", "sings", "singing"}},
    {"show", {"showed", "shown", "shows", "showing"}},
    {"admit", {"admitted", "admits", "admitting", ""}},
    {"plan", {"planned", "plans", "planning", ""}},
    {"quip", {"quipped", "quips", "quipping", ""}},
    {"slam", {"slammed", "slams", "slamming", ""}},
};

bool IsConsonant(char c) { return c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u'; }

// Regular inflections: -s/-es/-ies, -ed/-d/-ied, -ing.
std::vector<std::string> RegularForms(std::string_view lemma) {
  std::string l(lemma);
  std::vector<std::string> f;
  char last = l.back();
  bool cy = last == 'y' && l.size() > 1 && IsConsonant(l[l.size() - 2]);
  std::string stem_y = l.substr(0, l.size() - 1);
  if (cy) {
    f.push_back(stem_y + "ies");
    f.push_back(stem_y + "ied");
  } else if (last == 's' || last == 'h' || last == 'x') {
    f.push_back(l + "es");
    f.push_back(l + "ed");
  } else if (last == 'e') {
    f.push_back(l + "s");
    f.push_back(l + "d");
  } else {
    f.push_back(l + "s");
    f.push_back(l + "ed");
  }
  if (last == 'e' && l != "see" && l != "agree") {
    f.push_back(stem_y.empty() ? l : l.substr(0, l.size() - 1) + "ing");
  } else {
    f.push_back(l + "ing");
  }
  return f;
}

constexpr std::string_view kPronouns[] = {"he", "she", "they", "i", "we", "it", "you"};
constexpr std::string_view kAux[] = {"has", "have", "had", "will", "would", "could", "also",
                                     "should", "may", "might", "can", "did", "does", "do",
                                     "later", "then", "again", "reportedly", "previously",
                                     "repeatedly", "once", "often", "recently", "publicly",
                                     "privately", "already", "just", "further", "even",
                                     "simply", "quickly", "flatly", "explicitly", "still",
                                     "never", "first", "famously", "frequently", "only",
                                     "has", "is", "was", "were", "are", "been", "had"};
constexpr std::string_view kTime[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
    "month", "year", "last", "this", "next", "on", "yesterday", "today", "tonight", "earlier",
    "morning", "afternoon", "evening", "night", "weekend", "recently", "previously", "later",
    "in", "at", "during", "a", "the", "early", "late", "ago", "two", "three", "days", "weeks",
    "months", "years"};
constexpr std::string_view kDet[] = {"the", "a", "an", "another", "some", "many", "most",
                                     "several", "other", "others", "both", "all", "each",
                                     "these", "those", "his", "her", "their", "its", "our",
                                     "one", "two", "three", "few", "more", "no"};
constexpr std::string_view kSubordinators[] = {
    "before", "after",  "when",   "while",    "since",  "until",   "once",
    "because", "if",    "unless", "although", "though", "whenever"};
constexpr std::string_view kBreakers[] = {
    "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "so", "said", "says",
    "is", "was", "are", "were", "be", "been", "being", "when", "while", "because", "if",
    "as", "after", "before", "since", "to", "in", "at", "on", "for", "from", "with", "by",
    "into", "about", "than", "then", "where", "what", "how", "why", "not", "also", "has",
    "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "do",
    "does", "did", "there", "here", "although", "though", "unless", "until", "whether",
    "yet", "once", "however", "instead", "even", "just", "only", "still", "very", "too",
    "it", "this", "over", "under", "against", "between", "through", "without", "up", "down",
    "out", "off", "like", "among", "per", "via", "amid"};

template <size_t N>
bool In(const std::string_view (&arr)[N], std::string_view w) {
  return std::find(std::begin(arr), std::end(arr), w) != std::end(arr);
}

}  // namespace

void CueLexicon::AddForm(std::string form, const std::string& lemma, CueClass cls) {
  if (form.empty()) return;
  forms_.emplace(std::move(form), CueInfo{lemma, cls});
}

void CueLexicon::Add(std::string_view lemma, CueClass cls) {
  std::string l(lemma);
  AddForm(l, l, cls);
  bool irregular = false;
  for (const Irregular& ir : kIrregular) {
    if (ir.lemma != lemma) continue;
    irregular = true;
    for (std::string_view f : ir.forms) AddForm(std::string(f), l, cls);
  }
  if (!irregular)
    for (std::string& f : RegularForms(lemma)) AddForm(std::move(f), l, cls);
}

const CueLexicon& CueLexicon::BuiltIn() {
  static const CueLexicon* lex = [] {
    auto* x = new CueLexicon();
    for (const LemmaEntry& e : kLemmas) x->Add(e.lemma, e.cls);
    return x;
  }();
  return *lex;
}

const CueInfo* CueLexicon::Find(std::string_view form) const {
  auto it = forms_.find(std::string(form));
  return it == forms_.end() ? nullptr : &it->second;
}

std::vector<std::string> SpeechCueLemmas() {
  std::vector<std::string> out = {"according to"};
  for (const LemmaEntry& e : kLemmas)
    if (e.cls == CueClass::kSpeech || e.cls == CueClass::kTell) out.emplace_back(e.lemma);
  std::sort(out.begin(), out.end());
  return out;
}

bool IsPersonalPronoun(std::string_view w) { return In(kPronouns, w); }
bool IsAuxiliary(std::string_view w) { return In(kAux, w); }
bool IsTimeWord(std::string_view w) { return In(kTime, w); }
bool IsDeterminer(std::string_view w) { return In(kDet, w); }
bool IsNpBreaker(std::string_view w) { return In(kBreakers, w); }
bool IsSubordinator(std::string_view w) { return In(kSubordinators, w); }

}  // namespace newsgraph::quotes
