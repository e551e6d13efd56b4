// Evaluation of the tokenizer and sentence splitter against Universal
// Dependencies CoNLL-U files (English EWT): token-boundary F1 against the
// gold *words* (multiword tokens such as "don't" count as their words "do"
// "n't" when the words spell the surface), and sentence-boundary F1 on the
// running text of each document rebuilt from the `# newdoc` / `# newpar`
// markers.
//
// Thread safety: plain functions over caller-owned data.
#ifndef NEWSGRAPH_TEXT_UD_EVAL_H_
#define NEWSGRAPH_TEXT_UD_EVAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::text {

struct UdSentence {
  std::string text;         // the `# text =` line
  std::vector<Span> words;  // gold word spans (byte offsets into text)
  bool new_doc = false;
  bool new_par = false;
};

struct Prf {
  size_t gold = 0, predicted = 0, matched = 0;
  double Precision() const { return predicted ? double(matched) / predicted : 0; }
  double Recall() const { return gold ? double(matched) / gold : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Parses CoNLL-U text. Sentences whose words cannot be aligned to their
// `# text` are dropped and counted in *unaligned (may be null).
std::vector<UdSentence> ParseConllu(std::string_view conllu, size_t* unaligned);

// Reads and parses a CoNLL-U file.
Result<std::vector<UdSentence>> ReadConllu(const std::string& path, size_t* unaligned);

// Token spans matched exactly against gold words, sentence by sentence. When
// errors is not null, up to max_errors lines "gold | predicted" are added.
Prf EvaluateTokens(const std::vector<UdSentence>& sentences, std::vector<std::string>* errors,
                   size_t max_errors);

// Sentence-boundary F1 (end offsets, excluding each document's final end).
// Paragraphs are joined by "\n" when paragraph_breaks, else by " " (harder:
// the splitter sees no paragraph structure).
Prf EvaluateSentences(const std::vector<UdSentence>& sentences, bool paragraph_breaks,
                      std::vector<std::string>* errors, size_t max_errors);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_UD_EVAL_H_
