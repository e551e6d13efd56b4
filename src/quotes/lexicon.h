// Lexicon: the word lists the quote rules use — speech/attribution cue verbs
// with their inflections (form -> lemma), and small closed classes (pronouns,
// auxiliaries, time words, words that end a noun phrase).
//
// A CueLexicon is immutable after construction and safe to share across
// threads. The built-in lists are written by hand; a learned lexicon (see
// model.h) can override the cue scores.
#ifndef NEWSGRAPH_QUOTES_LEXICON_H_
#define NEWSGRAPH_QUOTES_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph::quotes {

enum class CueClass : uint8_t {
  kNone,
  kSpeech,   // say, tell, add, ...: frames direct quotes and reported speech
  kTell,     // tell, ask, inform: takes an addressee object
  kOther,    // attitude/other attribution verbs (believe, want, show, ...)
};

struct CueInfo {
  std::string lemma;
  CueClass cls = CueClass::kNone;
};

class CueLexicon {
 public:
  // The built-in lexicon.
  static const CueLexicon& BuiltIn();

  // The cue entry of a lower-cased word form, or nullptr.
  const CueInfo* Find(std::string_view form) const;

  void Add(std::string_view lemma, CueClass cls);

 private:
  void AddForm(std::string form, const std::string& lemma, CueClass cls);
  std::unordered_map<std::string, CueInfo> forms_;
};

// Lemmas of the built-in speech cues (say, tell, announce, ...; not the verbs of belief,
// perception or wanting), plus "according to": a reported quote with one of these cues is
// something someone said. Sorted.
std::vector<std::string> SpeechCueLemmas();

// Closed classes (all take lower-cased words).
bool IsPersonalPronoun(std::string_view w);  // he she they i we it you
bool IsAuxiliary(std::string_view w);        // has have had will would ... also
bool IsTimeWord(std::string_view w);         // monday ... week month year last this
bool IsDeterminer(std::string_view w);       // the a an another some ...
// Words that cannot be inside a speaker noun phrase (verbs, conjunctions,
// prepositions other than "of", relative pronouns).
bool IsNpBreaker(std::string_view w);
// Words that open an adverbial clause of time, cause or condition (before after when while
// since until once because if unless although though whenever); not "as" or "like".
bool IsSubordinator(std::string_view w);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_LEXICON_H_
