// Words: the entity stage's own view of the text. It splits the tokens of src/text further
// where they still carry edge punctuation or a possessive ("Russia's" -> "Russia" "'s"), so that
// the stage works the same over the placeholder whitespace tokenizer and the real one.
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_ENTITIES_WORDS_H_
#define NEWSGRAPH_ENTITIES_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::entities {

// Appends the words of text[begin, end) to *out (byte spans), at most max_words in total.
void SplitWords(std::string_view text, uint32_t begin, uint32_t end, size_t max_words,
                std::vector<Span>* out);

// ASCII lower-casing; U+2019 becomes an apostrophe. Other bytes are kept.
std::string LowerKey(std::string_view word);

// The lookup key of a phrase: its words lower-cased and joined by one space.
std::string PhraseKey(std::string_view phrase);

// Word shape predicates on UTF-8 (ASCII letters; other letters count as lower case unless
// they are a Latin-1/Latin Extended capital).
bool StartsUpper(std::string_view w);
bool IsAllCaps(std::string_view w);  // at least one letter, no lower-case letter
bool HasLetter(std::string_view w);

// What a lower-cased word says about an organisation name around it (annotator.cc: a
// capitalised neighbour of this kind does not make a known place part of an unknown name):
// 'o' a word that ends organisation names ("inc", "bank", "party", "ministry", "council"),
// 'c' a word that names a club around a town ("fc", "united", "real", "dynamo"), 0 neither.
char OrgWordKind(std::string_view lower);

}  // namespace newsgraph::entities

#endif  // NEWSGRAPH_ENTITIES_WORDS_H_
