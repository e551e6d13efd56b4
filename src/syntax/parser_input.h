// The tagged input of one sentence for the parser and the supertagger.
#ifndef NEWSGRAPH_SYNTAX_PARSER_INPUT_H_
#define NEWSGRAPH_SYNTAX_PARSER_INPUT_H_

#include <cstdint>
#include <vector>

namespace newsgraph::syntax {

struct ParserInput {
  std::vector<uint64_t> word;  // WordId(form)
  std::vector<uint64_t> tag;   // HashBytes(upos \t xpos)
  std::vector<uint64_t> upos;  // HashBytes(upos)
  // Word classes (the tagger's embedded table) at levels 1 and 2: class id + 4, 3 for a word
  // outside the table; empty when the tagger has no classes (all words count as 3, as do
  // words past the end of a shorter vector).
  std::vector<uint32_t> cls1, cls2;
  // Supertags (Supertagger::Tag: class + 4). Empty: Parser::Parse() predicts
  // them with the parser's own supertagger; training fills them with
  // jackknifed predictions.
  std::vector<uint32_t> stag;
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_PARSER_INPUT_H_
