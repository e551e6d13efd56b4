#include "time/tense.h"

#include <array>
#include <string_view>

namespace newsgraph::time {
namespace {

enum class Strength { kNone, kWeak, kStrong };

struct Cue {
  Tense tense = Tense::kUnknown;
  Strength strength = Strength::kNone;
};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

constexpr std::array<std::string_view, 96> kIrregularPast = {
    "said",   "told",     "met",      "went",      "came",      "took",    "gave",   "made",
    "saw",    "held",     "left",     "spoke",     "wrote",     "was",     "were",   "had",
    "did",    "got",      "began",    "brought",   "thought",   "knew",    "sought", "led",
    "lost",   "ran",      "sent",     "spent",     "built",     "felt",    "found",  "kept",
    "meant",  "paid",     "stood",    "became",    "chose",     "drew",    "drove",  "fell",
    "flew",   "forgot",   "froze",    "grew",      "hid",       "hung",    "laid",   "rode",
    "rose",   "sang",     "sat",      "shook",     "sold",      "slept",   "stole",  "struck",
    "swore",  "taught",   "threw",    "tore",      "woke",      "wore",    "broke",  "fought",
    "caught", "bought",   "won",      "wrote",     "ate",       "bore",    "bit",    "blew",
    "dealt",  "dug",      "fed",      "fled",      "forbade",   "forgave", "heard",  "lent",
    "lit",    "overtook", "withdrew", "underwent", "undertook", "upheld",  "wept",   "wound",
    "arose",  "awoke",    "beat",     "bent",      "bound",     "clung",   "crept",  "knelt"};

// Words ending in "-ed" that are not past tenses (or are mostly adjectives).
constexpr std::array<std::string_view, 48> kNotPastEd = {
    "need",     "speed",    "bed",        "red",     "seed",      "feed",     "shed",
    "hundred",  "indeed",   "proceed",    "exceed",  "succeed",   "bleed",    "breed",
    "greed",    "embed",    "weed",       "sled",    "shred",     "wed",      "deed",
    "creed",    "steed",    "reed",       "heed",    "tweed",     "ted",      "ned",
    "united",   "armed",    "based",      "limited", "concerned", "related",  "alleged",
    "so",       "supposed", "interested", "skilled", "qualified", "detailed", "advanced",
    "educated", "sacred",   "wicked",     "naked",   "rugged",    "beloved"};

constexpr std::array<std::string_view, 14> kFutureVerbsTo = {
    "scheduled", "expected", "due",  "set",     "slated",    "poised",   "going",
    "planning",  "plans",    "plan", "intends", "preparing", "prepares", "aims"};

constexpr std::array<std::string_view, 10> kBeForms = {"is",    "are", "am",   "be", "been",
                                                       "being", "was", "were", "s",  "re"};

// Present-tense reporting verbs: "X says on Tuesday" reports the past.
constexpr std::array<std::string_view, 8> kSpeechPresent = {
    "says", "say", "tells", "writes", "reports", "argues", "insists", "claims"};

// "<participle> for <date>": a scheduled event ("set for Friday").
constexpr std::array<std::string_view, 5> kFutureVerbsFor = {"scheduled", "slated", "planned",
                                                             "set", "due"};

constexpr std::array<std::string_view, 10> kDeterminers = {"the", "a",   "an",  "its",  "their",
                                                           "his", "her", "our", "this", "these"};

constexpr std::array<std::string_view, 12> kClauseWords = {
    "as",      "while", "but",   "whereas", "although", "though",
    "because", "whom",  "which", "that",    "unless",   "however"};

bool IsBoundary(const Word& w) {
  if (w.kind == WordKind::kPunct) {
    return w.lower == ";" || w.lower == "(" || w.lower == ")" || w.lower == ":" || IsQuoteMark(w) ||
           IsDash(w);
  }
  return w.kind == WordKind::kAlpha && In(kClauseWords, w.lower);
}

bool LowerAlpha(const Word& w) { return w.kind == WordKind::kAlpha && !w.cap; }

const Word* At(const std::vector<Word>& words, size_t i) {
  return i < words.size() ? &words[i] : nullptr;
}

// Cue from a Penn tag (already known not to be a lexical future cue).
Cue TagCue(const Word& w, VerbTag tag) {
  switch (tag) {
    case VerbTag::kPast:
      return {Tense::kPast, Strength::kStrong};
    case VerbTag::kPresent:
      if (In(kSpeechPresent, w.lower)) return {Tense::kPast, Strength::kWeak};
      return {Tense::kPresent, Strength::kStrong};
    default:
      return {};
  }
}

// Cue given by the word at i (looking at its neighbours).
Cue CueAt(const std::vector<Word>& words, size_t i, VerbTag tag) {
  const Word& w = words[i];
  if (w.kind != WordKind::kAlpha) return {};
  const std::string_view s = w.lower;
  const Word* next = At(words, i + 1);
  const Word* prev = i > 0 ? &words[i - 1] : nullptr;
  bool next_to = next && next->lower == "to";
  bool next_for = next && next->lower == "for";
  if (s == "will" || s == "shall" || s == "ll" || s == "upcoming")
    return {Tense::kFuture, Strength::kStrong};
  if (s == "won" && next && IsApostrophe(*next)) return {Tense::kFuture, Strength::kStrong};
  if (next_to && In(kFutureVerbsTo, s)) return {Tense::kFuture, Strength::kStrong};
  if (next_to && (s == "is" || s == "are")) return {Tense::kFuture, Strength::kStrong};
  if (next_for && In(kFutureVerbsFor, s)) return {Tense::kFuture, Strength::kStrong};
  // "would" is no cue: it is as often hypothetical or reported past as future.
  if (s == "ago") return {Tense::kPast, Strength::kStrong};
  if (!LowerAlpha(w) && i > 0) return {};  // a capitalised word mid-sentence is a name
  // Auxiliaries keep their lexical reading even when tagged.
  if (s == "has" || s == "have") return {Tense::kPast, Strength::kWeak};  // perfect
  if (s == "is" || s == "are" || s == "am") return {Tense::kPresent, Strength::kWeak};
  if (tag != VerbTag::kNone) return TagCue(w, tag);
  if (In(kIrregularPast, s)) {
    if (prev && In(kDeterminers, prev->lower)) return {};
    // A participle after "be"/"have" ("will be sent"); "was"/"had" themselves count.
    if (prev && In(kBeForms, prev->lower) && s != "was" && s != "were" && s != "had") return {};
    return {Tense::kPast, Strength::kStrong};
  }
  if (s.size() >= 4 && s.substr(s.size() - 2) == "ed" && !In(kNotPastEd, s)) {
    // A participle: passive ("followed by"), after "be", or an adjective.
    if (next && next->lower == "by") return {};
    if (prev && (In(kBeForms, prev->lower) || In(kDeterminers, prev->lower))) return {};
    if (prev && prev->lower == "to") return {};
    if (prev && prev->lower == "-" && !w.space_before) return {};  // "much-hyped"
    return {Tense::kPast, Strength::kStrong};
  }
  if (In(kSpeechPresent, s)) return {Tense::kPast, Strength::kWeak};
  return {};
}

struct Found {
  Cue cue;
  size_t distance = 0;
};

// First cue of at least `min` strength, scanning from `from` by `step`.
Found Scan(const std::vector<Word>& words, const std::vector<VerbTag>* tags, size_t from, int step,
           size_t limit, Strength min) {
  for (size_t d = 0; d < limit; ++d) {
    size_t i = from + static_cast<size_t>(step) * d;  // wraps for step -1: checked below
    if (i >= words.size()) break;
    if (IsBoundary(words[i])) break;
    VerbTag tag = tags && i < tags->size() ? (*tags)[i] : VerbTag::kNone;
    Cue c = CueAt(words, i, tag);
    if (c.strength != Strength::kNone && c.strength >= min) return {c, d};
  }
  return {};
}

Tense Nearest(const Found& left, const Found& right) {
  bool l = left.cue.strength != Strength::kNone;
  bool r = right.cue.strength != Strength::kNone;
  if (l && r) return left.distance <= right.distance ? left.cue.tense : right.cue.tense;
  if (l) return left.cue.tense;
  if (r) return right.cue.tense;
  return Tense::kUnknown;
}

}  // namespace

bool IsFutureVerbTo(std::string_view lower_word) { return In(kFutureVerbsTo, lower_word); }

VerbTag VerbTagFromXpos(std::string_view xpos) {
  if (xpos == "VBD") return VerbTag::kPast;
  if (xpos == "VBZ" || xpos == "VBP") return VerbTag::kPresent;
  if (xpos == "VBN") return VerbTag::kParticiple;
  if (xpos == "VB" || xpos == "VBG" || xpos == "MD") return VerbTag::kOther;
  if (xpos.empty()) return VerbTag::kNone;
  return VerbTag::kNotVerb;
}

Tense ClauseTense(const std::vector<Word>& words, size_t begin, size_t end,
                  const TenseOptions& options, const std::vector<VerbTag>* tags) {
  for (Strength min : {Strength::kStrong, Strength::kWeak}) {
    Found left = begin > 0 ? Scan(words, tags, begin - 1, -1, options.max_left, min) : Found{};
    Found right = Scan(words, tags, end, +1, options.max_right, min);
    Tense t = Nearest(left, right);
    if (t != Tense::kUnknown) return t;
  }
  return Tense::kUnknown;
}

}  // namespace newsgraph::time
