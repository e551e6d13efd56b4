// KnowledgeBase: the actor knowledge base generated at build time by tools/gen_kb.py
// (countries, cities, regions, organisations, people with dated roles, and the word lists:
// demonyms, role nouns, government bodies, seats of power). See data/kb/README.md.
//
// A KnowledgeBase is immutable after Load() and safe to share across threads.
#ifndef NEWSGRAPH_ENTITIES_KB_H_
#define NEWSGRAPH_ENTITIES_KB_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_index.h"
#include "newsgraph/status.h"

namespace newsgraph::entities {

struct KbRole {
  std::string code;    // "RUS"
  std::string sector;  // "GOV"
  std::string role;    // "foreign minister"
  int32_t start = 0;   // YYYYMMDD, 0 = unknown
  int32_t end = 0;     // YYYYMMDD exclusive, 0 = open
};

enum class KbKind : uint8_t { kCountry, kCity, kRegion, kPlace, kOrg, kMedia, kPerson };

struct KbEntry {
  std::string id;       // "sergei-lavrov", "country-rus", "geo-524901"
  std::string type;     // PERSON ORG GPE LOC
  std::string name;     // canonical name
  std::string code;     // actor code (country of a place)
  std::string sector;   // default sector
  KbKind kind = KbKind::kOrg;
  char gender = 0;      // 'm', 'f' or 0
  bool capital = false;
  bool word = false;    // a name or alias is an English word ("Nice", "Turkey"): flag 'word'
  bool has_coords = false;
  float lat = 0, lon = 0;
  uint32_t population = 0;
  std::vector<KbRole> roles;
};

// A word-list entry: demonym (code), role noun (sector, role, gender), body (sector, type),
// seat of power (code, sector).
struct KbWord {
  std::string code;
  std::string sector;
  std::string role;
  std::string type;
  char gender = 0;
  bool plural = false;
};

class KnowledgeBase {
 public:
  // Budgets: the file may not exceed max_bytes; lines longer than 4 KiB are rejected.
  static Result<std::shared_ptr<const KnowledgeBase>> Load(const std::string& path,
                                                           size_t max_bytes = 64u << 20);
  static Result<std::shared_ptr<const KnowledgeBase>> Parse(std::string_view text);

  // Entities named by a phrase key (PhraseKey()), best candidate first, or null.
  const std::vector<uint32_t>* Find(std::string_view key) const;
  const KbWord* Demonym(std::string_view key) const { return demonyms_.Find(key); }
  const KbWord* RoleNoun(std::string_view key) const { return roles_.Find(key); }
  const KbWord* Body(std::string_view key) const { return bodies_.Find(key); }
  const KbWord* Seat(std::string_view key) const { return seats_.Find(key); }
  // Entity index of a country (or organisation) by actor code, or -1.
  int32_t ByCode(std::string_view code) const;
  // People whose name or a multi-word alias ends with this lower-cased surname ("obama",
  // "trump"; "Jr."/"III" skipped), in file order, or null.
  const std::vector<uint32_t>* PeopleBySurname(std::string_view surname) const;
  // Chinese and Korean people by the family name their names put first ("moon" for Moon
  // Jae-in, "xi"), or null. Kept apart from surnames: "Kim" or "Lee" alone is often someone
  // else, so a caller should also want a title.
  const std::vector<uint32_t>* PeopleByFamilyName(std::string_view family) const;

  const KbEntry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }
  // The longest alias or word-list phrase, in words.
  size_t max_words() const { return max_words_; }
  // True when the word (lower-cased) occurs in some role-noun phrase, other than a
  // portfolio word.
  bool IsRoleWord(std::string_view lower_word) const;
  // A cabinet portfolio that qualifies a role noun after it ("health" in "health secretary"):
  // part of role phrases, but not a role word on its own ("American health care").
  static bool IsPortfolioWord(std::string_view lower_word);
  // True when some alias or word-list phrase is key followed by more words ("new" and
  // "new york" for "new york city"), so a longer n-gram starting with key may still match;
  // false means no phrase extends key.
  bool ExtendsToPhrase(std::string_view key) const { return prefixes_.Contains(key); }

  // The role held on date (YYYYMMDD); date 0 means "now": the open or latest role. Null when
  // no role covers the date.
  static const KbRole* RoleOn(const KbEntry& e, int32_t date);

 private:
  // The maps filled while the file is parsed; Freeze() moves them into the flat tables below.
  struct Building {
    std::unordered_map<std::string, uint32_t> ids;
    std::unordered_map<std::string, std::vector<uint32_t>> aliases;
    std::unordered_map<std::string, KbWord> demonyms, roles, bodies, seats;
    std::unordered_map<std::string, int> role_words;
    std::unordered_map<std::string, std::vector<uint32_t>> surnames;
    std::unordered_map<std::string, std::vector<uint32_t>> family_names;
  };
  // A word list (demonyms, role nouns, bodies, seats), read-only after Freeze().
  struct WordList {
    StringIndex index;  // phrase key -> index into words
    std::vector<KbWord> words;
    const KbWord* Find(std::string_view key) const {
      uint32_t i = index.Find(key);
      return i == StringIndex::kNone ? nullptr : &words[i];
    }
  };
  static void FreezeList(std::unordered_map<std::string, KbWord>* from, WordList* to);
  // Entity index lists by key (aliases, surnames), read-only after Freeze().
  struct EntitySets {
    StringIndex index;  // key -> index into sets
    std::vector<std::vector<uint32_t>> sets;
    const std::vector<uint32_t>* Find(std::string_view key) const {
      uint32_t i = index.Find(key);
      return i == StringIndex::kNone ? nullptr : &sets[i];
    }
  };
  static void FreezeSets(std::unordered_map<std::string, std::vector<uint32_t>>* from,
                         EntitySets* to);
  void AddPrefixes(std::string_view key);

  Status AddLine(std::string_view line, Building* b);
  void AddAlias(Building* b, uint32_t entity, std::string_view alias);
  void AddWord(std::unordered_map<std::string, KbWord>* m, std::string_view phrase, KbWord w);
  void Rank(Building* b);
  void Freeze(Building* b);

  std::vector<KbEntry> entries_;
  EntitySets aliases_;   // phrase key -> entities of the phrase, best first
  EntitySets surnames_;  // surname -> people of that surname
  EntitySets family_names_;  // family name written first -> people (CHN, TWN, KOR, PRK)
  WordList demonyms_, roles_, bodies_, seats_;
  std::unordered_map<std::string, int32_t> by_code_;
  StringIndex role_words_;
  StringIndex prefixes_;  // proper word prefixes of every phrase (ExtendsToPhrase)
  size_t max_words_ = 1;
};

// The default path of the generated knowledge base (NEWSGRAPH_GENERATED_DIR/kb.tsv).
std::string DefaultKbPath();

// "2022-01-20" -> 20220120; 0 when the string is not an ISO date.
int32_t ParseIsoDate(std::string_view s);

}  // namespace newsgraph::entities

#endif  // NEWSGRAPH_ENTITIES_KB_H_
