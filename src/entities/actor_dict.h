// ActorDictionary: PETRARCH / TABARI / Phoenix actor and agent dictionaries.
//
// The format (as used by the PETRARCH Validate and Phoenix dictionaries):
//
//   GONDOR [GON]                 a phrase and its code; '_' joins words
//   +MINAS_TIRITH                a synonym of the entry above
//   ZIMBABWE                     codes may follow on their own lines,
//       [RHO <790606]            valid before 1979-06-06 (YYMMDD or YYYYMMDD)
//       [ZBW]                    default code
//   SAM_GAMGEE [HOB]
//       [HOBMIL 20080120-20121109]   valid in a date range (inclusive)
//       [HOBELI >20130119]           valid after a date
//   THE_SHIRE [FRO/BIL/SAM]      several actors at once
//   PRESIDENT [~GOV]             an agent: '~X' is appended to the actor code,
//   MSF {} [NGO~]                'X~' prepended; '{...}' lists plurals ('{}' =
//                                no automatic plural)
//   !PERSON! = MAN, MEN          substitution sets for agent phrases
//   # comment, <!-- comment -->
//
// A word ending in '_' matches only itself; a word without it is a stem and
// also matches longer words that begin with it (TABARI's rule), but only when
// the stem has at least 4 letters. Matching is on upper-case ASCII words.
//
// Thread safety: immutable after loading; Match() is const and may run
// concurrently.
#ifndef NEWSGRAPH_ENTITIES_ACTOR_DICT_H_
#define NEWSGRAPH_ENTITIES_ACTOR_DICT_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::entities {

// A code valid in [from, to] (YYYYMMDD integers, inclusive).
struct DatedCode {
  std::string code;  // "HOBGOV", "~GOV", "NGO~", "FRO/BIL/SAM" already split
  int32_t from = 0;
  int32_t to = 99999999;
  bool dated = false;  // false: the default code of its entry
};

struct ActorEntry {
  std::string phrase;            // "GONDOR", "MINAS TIRITH" (for diagnostics)
  std::vector<DatedCode> codes;  // alternatives; several undated = several actors
  bool agent = false;            // codes hold '~'
};

struct ActorDictOptions {
  size_t max_file_bytes = 64u << 20;  // larger files are rejected
  size_t max_entries = 2'000'000;     // phrases over all files
  size_t max_phrase_words = 12;       // longer phrases are ignored
  size_t min_stem_letters = 4;        // shorter stems match only exactly
};

class ActorDictionary {
 public:
  explicit ActorDictionary(ActorDictOptions options = {}) : options_(options) {}

  // Adds the entries of a dictionary file / text. `source` names it in errors.
  Status AddFile(const std::string& path);
  Status AddText(std::string_view text, std::string_view source);

  struct Match {
    size_t length = 0;  // words matched
    const ActorEntry* entry = nullptr;
  };
  // Longest phrase that starts at words[i] (upper-case words). length 0: none.
  Match LongestMatch(const std::vector<std::string>& words, size_t i) const;

  // The codes of `entry` that hold on `date` (YYYYMMDD; 0 = unknown date:
  // default codes only, or all undated ones). Dated codes win over defaults.
  static std::vector<std::string> CodesOn(const ActorEntry& entry, int32_t date);

  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  // "2022-01-20" or "20220120" -> 20220120; 0 when not a date.
  static int32_t ParseIsoDate(std::string_view s);

 private:
  struct Phrase {
    std::vector<std::string> words;
    std::vector<bool> exact;  // per word: must match exactly
    uint32_t entry = 0;
  };
  // depth: nesting of !SET! substitutions; expansions_ bounds their total
  // (a set may name itself, and k sets of n members make n^k phrases).
  void AddPhrase(std::string_view raw, uint32_t entry, bool plurals, int depth = 0);
  bool WordMatches(const Phrase& p, size_t k, const std::string& w) const;

  ActorDictOptions options_;
  std::vector<std::unique_ptr<ActorEntry>> entries_;
  std::vector<Phrase> phrases_;
  // Hashes std::string and std::string_view alike, so lookups need no temporary string.
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using PhraseMap =
      std::unordered_map<std::string, std::vector<uint32_t>, ViewHash, std::equal_to<>>;
  // First word (exact) -> phrases; stems are indexed by their first 4 letters.
  PhraseMap by_first_;
  PhraseMap by_stem_;
  size_t expansions_ = 0;
  std::unordered_map<std::string, std::vector<std::string>> substitutions_;
};

}  // namespace newsgraph::entities

#endif  // NEWSGRAPH_ENTITIES_ACTOR_DICT_H_
