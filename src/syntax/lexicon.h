// Lexicon: open-class word lists (noun, verb, adjective, adverb lemmas and
// irregular inflections, e.g. from WordNet) that give the tagger a POS hint
// for words it never saw in training. Classes() maps a lower-cased word to a
// small bit set: base-form membership plus regular inflections (-s, -ed, -ing,
// -er/-est) of known lemmas.
//
// Immutable after Load()/LoadWordNet(); safe to share across threads.
#ifndef NEWSGRAPH_SYNTAX_LEXICON_H_
#define NEWSGRAPH_SYNTAX_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model_file.h"
#include "newsgraph/status.h"

namespace newsgraph::syntax {

class Lexicon {
 public:
  enum Pos { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3 };
  enum Bit : uint32_t {
    kNounBase = 1,
    kVerbBase = 2,
    kAdjBase = 4,
    kAdvBase = 8,
    kNounPlural = 16,
    kVerbS = 32,
    kVerbEd = 64,
    kVerbIng = 128,
    kAdjCompar = 256,
  };

  // Reads WordNet's index.{noun,verb,adj,adv} and {noun,verb,adj}.exc from dir.
  Status LoadWordNet(const std::string& dir);
  void Add(Pos pos, std::string_view lemma);
  void AddException(uint32_t bits, std::string_view form);
  void Finish();  // sorts; call after Add*

  bool empty() const { return lemmas_[0].empty() && lemmas_[1].empty(); }
  uint32_t Classes(std::string_view lower) const;

  // The lemma of a regular "-ed" or "-ing" verb form (lower-cased) checked
  // against the verb list, given the suffix rules' guess: the guess when it is
  // a listed verb that the form's regular stems allow, else the listed stem
  // ("stopped" -> "stop", "declined" -> "decline", "tried" -> "try", "dying" ->
  // "die"; when both "hop" and "hope" are listed, a consonant-vowel-consonant
  // stem takes the "e": "hoped" -> "hope"), else the guess.
  std::string CheckedVerbLemma(std::string_view lower, std::string guess) const;

  void Save(ModelWriter* w) const;
  Status Load(ModelReader* r);

 private:
  // Open-addressing index slot: a lemma or exception hash (0 stored as 1), a bit
  // (1 << Pos) per lemma list holding it, and its exception bits. One slot, so one
  // cache line, answers both questions for a word.
  struct Slot {
    uint64_t key = 0;  // 0: empty
    uint32_t exception_bits = 0;
    uint8_t lemma_bits = 0;
  };
  // The slot of hash `key`; null when absent.
  const Slot* Find(uint64_t key) const;
  // Bit (1 << Pos) per lemma list holding the word of hash `key`.
  uint8_t Lookup(uint64_t key) const;
  // exceptions_ bits of hash `key`, from the index (binary search for keys 0 and 1,
  // which the index conflates).
  uint32_t ExceptionBits(uint64_t key, const Slot* slot) const;
  bool Has(Pos pos, std::string_view s) const;                // false for ""
  bool Has(Pos pos, std::string_view stem, char last) const;  // stem + last
  void BuildIndex();                                          // index_* from lemmas_
  std::vector<uint64_t> lemmas_[4];                           // sorted hashes
  std::vector<std::pair<uint64_t, uint32_t>> exceptions_;     // sorted (hash, bits)
  // Open-addressing index of lemmas_ and exceptions_; at most half full. Built on
  // Finish() and Load(); not saved.
  std::vector<Slot> index_;
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_LEXICON_H_
