// Annotator: one pass of the entity stage over one Document: name spans (from the NER model,
// or capitalisation when no model is loaded), knowledge-base matches, role phrases, metonyms,
// possessive bodies ("Russia's Foreign Ministry"), clustering (full name <-> surname <-> title
// phrase <-> pronoun) and actor linking with the roles valid on the publication date.
//
// An Annotator is a short-lived object owned by one thread; the models it reads are shared
// and immutable.
#ifndef NEWSGRAPH_ENTITIES_ANNOTATOR_H_
#define NEWSGRAPH_ENTITIES_ANNOTATOR_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "entities/kb.h"
#include "newsgraph/document.h"

namespace newsgraph::entities {

class NerModel;

struct AnnotateOptions {
  size_t max_words = 2'000'000;   // words considered per article
  size_t max_mentions = 100'000;  // mentions kept per article
  size_t max_name_words = 12;     // longer name spans are cut
  uint32_t pronoun_window = 3;    // sentences a pronoun looks back for its antecedent
};

// A word of the stage's own segmentation (see words.h).
struct Word {
  Span span;
  std::string lower;
  uint32_t sent = 0;
  uint32_t para = 0;
  int32_t token = -1;  // index of the document token it came from
  bool upper = false;  // starts with a capital letter
  bool caps = false;   // all capitals
  bool caps_sentence = false;  // the sentence is in capitals (headline)
};

// A candidate name: words [b, e) with a type.
struct NameSpan {
  uint32_t b = 0, e = 0;
  std::string type;
  bool sure = false;  // typed by a strong local cue (a sports score); weighs more in votes
};

// Fills words from the document's tokens and sentences.
void BuildWords(const Document& doc, size_t max_words, std::vector<Word>* words);

// Runs the whole stage over doc (whose mentions and entities are replaced).
Status AnnotateDocument(const KnowledgeBase* kb, const NerModel* ner, const AnnotateOptions& opt,
                        Document* doc);

}  // namespace newsgraph::entities

#endif  // NEWSGRAPH_ENTITIES_ANNOTATOR_H_
