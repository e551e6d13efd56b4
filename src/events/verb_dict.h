// VerbDictionary: PETRARCH/TABARI-format verb dictionaries (CAMEO codes).
//
// Our own lexicon (data/events/verbs.txt) and the analysts' files given with
// --verbs share this format:
//
//   &TIETYPES              a synonym set; members follow, one per line,
//   +ECONOMIC              may be phrases and may name other sets
//   --- MEET  [036] ---    a block; its default code
//   MEET                   a verb (forms MEETS, MEETING, MEETED... generated)
//   MET                    another word of the block
//   BREAK {BROKE BROKEN}   irregular forms
//   +BREAK_DOWN {+BROKE_DOWN}  a phrasal verb; '+' marks the inflected word
//   DOWNPLAY [014]         a word with its own default code
//   - * DIPLOMATIC TIES [064]   a pattern: '*' is the verb; words before it
//                               must precede it, words after follow it
//   - $ NOT * ^ TO_ + [124]     '$' source, '+' target, '%' compound,
//                               '^' skip; '_' means "the next word", a
//                               space allows words in between
//
// Codes: "[---]" codes nothing; "[031:032]" also codes the reverse dyad
// with 032; letters after the digits are kept ("174K"); "?" is dropped.
// Matching is on upper-case words; pattern words match exactly.
//
// Thread safety: immutable after loading; lookups are const.
#ifndef NEWSGRAPH_EVENTS_VERB_DICT_H_
#define NEWSGRAPH_EVENTS_VERB_DICT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::events {

struct PatternElem {
  enum Kind : uint8_t { kWord, kSynset, kSource, kTarget, kCompound, kSkip };
  Kind kind = kWord;
  std::string text;       // word, or synset name ("&TIETYPES")
  bool adjacent = false;  // joined by '_' to the element nearer the verb
};

struct VerbPattern {
  std::vector<PatternElem> pre;   // left to right, as written
  std::vector<PatternElem> post;  // left to right
  std::string code;               // raw code ("064", "031:032", "---")
  int literal = 0;                // number of word/synset elements (priority)
  int order = 0;                  // position in its file
};

struct VerbBlock {
  std::string name;
  std::string code;  // default code of the block
  std::vector<VerbPattern> patterns;
  int source = 0;  // index of the file it came from (later files win)
};

struct VerbForm {
  std::vector<std::string> words;  // "BREAK", "DOWN"
  uint32_t head = 0;               // index of the inflected word in words
  uint32_t block = 0;
  std::string code;                // word-specific default, or empty
};

struct VerbDictOptions {
  size_t max_file_bytes = 64u << 20;
  size_t max_forms = 4'000'000;
  size_t max_pattern_elems = 24;
  int max_synset_depth = 4;
};

class VerbDictionary {
 public:
  explicit VerbDictionary(VerbDictOptions options = {}) : options_(options) {}

  Status AddFile(const std::string& path);
  Status AddText(std::string_view text, std::string_view source);

  // Forms whose words start at words[i] (longest first).
  std::vector<const VerbForm*> Lookup(const std::vector<std::string>& words, size_t i) const;

  const VerbBlock& block(uint32_t i) const { return blocks_[i]; }
  // Members of a synonym set as word sequences (empty when unknown).
  const std::vector<std::vector<std::string>>& Synset(const std::string& name) const;

  size_t size() const { return forms_.size(); }

  // Parses a dictionary code: "031:032" -> primary "031", reverse "032".
  // Returns false for codes that code nothing ("---", "###", "abc").
  static bool ParseCode(std::string_view raw, std::string* primary, std::string* reverse);

 private:
  Status ParseVerbLine(std::string_view line, uint32_t block, std::string_view source);
  Status ParsePattern(std::string_view line, VerbBlock* block, std::string_view where);
  void AddForm(VerbForm form);
  void ExpandSynsets();

  VerbDictOptions options_;
  int files_ = 0;
  int order_ = 0;
  std::vector<VerbBlock> blocks_;
  std::vector<VerbForm> forms_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_;
  // Raw members (may name other sets) and the expanded word sequences.
  std::unordered_map<std::string, std::vector<std::string>> synset_raw_;
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> synsets_;
};

// Regular English forms of a verb: VISIT -> VISITS VISITED VISITING.
std::vector<std::string> RegularVerbForms(const std::string& base);

}  // namespace newsgraph::events

#endif  // NEWSGRAPH_EVENTS_VERB_DICT_H_
