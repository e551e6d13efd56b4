// CoNLL-U reading and writing for training, evaluation and `newsgraph tag`.
//
// A ConlluSentence keeps every input line so that it can be written back with
// predicted columns; only plain word lines (integer ids) are words. Plain
// functions, no shared state.
#ifndef NEWSGRAPH_SYNTAX_CONLLU_H_
#define NEWSGRAPH_SYNTAX_CONLLU_H_

#include <istream>
#include <string>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::syntax {

struct ConlluWord {
  std::string form, lemma, upos, xpos;
  int head = 0;  // 0 = root, else 1-based word index
  std::string deprel;
};

struct ConlluSentence {
  std::vector<std::string> lines;  // all lines of the block, as read
  std::vector<int> word_line;      // line index of each word
  std::vector<ConlluWord> words;
  std::string text;  // the "# text = " comment, if any
};

struct ConlluOptions {
  size_t max_sentences = 1u << 22;  // reading stops with an error beyond this
  size_t max_words_per_sentence = 1u << 16;
  size_t max_line_bytes = 1u << 20;
};

// Reads sentences until EOF. Malformed word lines yield InvalidArgument naming
// the line number.
Result<std::vector<ConlluSentence>> ReadConllu(std::istream& in, const ConlluOptions& options = {});
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path,
                                                   const ConlluOptions& options = {});

// Rewrites the word lines of s with the values of `pred` (same word count),
// keeping ID, FORM, FEATS and MISC; DEPS becomes "_".
std::string WriteConllu(const ConlluSentence& s, const std::vector<ConlluWord>& pred);

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_CONLLU_H_
