// Sentence analysis for event coding: words, actor groups and their compounds.
//
// A SentenceView is built per sentence by one worker and thrown away; it
// holds no state shared between threads.
#ifndef NEWSGRAPH_EVENTS_SENTENCE_H_
#define NEWSGRAPH_EVENTS_SENTENCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/mention_index.h"
#include "events/lexicon.h"
#include "newsgraph/document.h"

namespace newsgraph::events {

struct Word {
  std::string up;  // upper-case ASCII form ("GONDOR", "'S", "N'T", ",")
  Span span;
  bool cap = false;    // starts with an upper-case letter
  bool punct = false;  // punctuation only
  bool in_quote = false;
};

// Splits [span) of doc into words: punctuation apart, "'s" and "n't" split
// as in the Penn Treebank. At most max_words words.
std::vector<Word> SplitWords(const Document& doc, Span span, size_t max_words);

// One actor: a code ("GON", "GONGOV", "" when only an agent is known), a
// sector ("GOV"), a display name and the entity it came from.
struct ActorCode {
  std::string code;    // country/organisation part, "" for unknown
  std::string suffix;  // agent codes appended ("GOV", "MUSMED")
  std::string prefix;  // agent codes prepended ("NGO")
  int32_t entity = -1;
  std::string name;
  std::string Full() const { return prefix + code + suffix; }
};

// A noun phrase that names one actor (possibly with agents), over words
// [begin, end).
struct Group {
  uint32_t begin = 0, end = 0;
  std::vector<ActorCode> actors;  // several for "The Shire" [FRO/BIL/SAM]
  bool agent_only = false;        // no country/organisation code
  bool place = false;             // after in/at/near: a place, not an actor
};

// A coordination of groups ("Fornost, Rohan and the evil Gondor").
struct Compound {
  uint32_t begin = 0, end = 0;
  std::vector<uint32_t> groups;  // indices into SentenceView::groups
};

// Remembers person names seen with a title in this document ("Lavrov" after
// "Russian Foreign Minister Sergei Lavrov"). One per document.
using NameMemory = std::unordered_map<std::string, ActorCode>;

struct SentenceView {
  std::vector<Word> words;
  std::vector<std::string> ups;  // words[i].up, for dictionary lookups
  std::vector<std::string> upos;  // UD POS per word when doc->syntax is there
  std::vector<int32_t> tok;       // document token of each word (-1: none), with upos
  std::vector<Group> groups;
  std::vector<Compound> compounds;
  std::vector<int32_t> group_at;  // word -> group index or -1

  // Index of the compound that contains group g.
  int32_t CompoundOf(uint32_t g) const;
};

// A double quote mark: straight, curly or guillemet.
bool IsQuoteMark(std::string_view p);

// A city or a state/province of the knowledge base (not a country): g's one actor.
bool IsTown(const Document& doc, const Group& g);

// PLOVER sector named by an agent suffix ("GOVFRM" -> "GOV", "PTYLEG" -> "LEG"), or "".
std::string SectorFromSuffix(const std::string& suffix);

// Finds actors and groups. date = YYYYMMDD of the article (0 unknown); mentions: the
// document's mentions by position (MentionIndex(doc), built once per document).
void AnalyzeActors(const Document& doc, const Lexicon& lex, int32_t date, NameMemory* memory,
                   const MentionIndex& mentions, SentenceView* view);

}  // namespace newsgraph::events

#endif  // NEWSGRAPH_EVENTS_SENTENCE_H_
