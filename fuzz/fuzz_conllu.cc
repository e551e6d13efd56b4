// Fuzzes the CoNLL-U reader behind `newsgraph tag --format conllu` and
// `newsgraph train`: any bytes must give sentences whose word lines are known
// and whose heads are in range, or an error; writing a sentence back with its
// own words must keep its line count.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_check.h"
#include "syntax/conllu.h"

const char* const newsgraph::fuzz::kTarget = "fuzz_conllu";

using newsgraph::fuzz::Fail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  newsgraph::syntax::ConlluOptions options;
  options.max_sentences = 64;  // small budgets so the fuzzer reaches the caps
  options.max_words_per_sentence = 64;
  options.max_line_bytes = 1024;
  auto read = newsgraph::syntax::ReadConllu(in, options);
  if (!read.ok()) {
    if (read.status().ToString().empty()) Fail("error without a message");
    return 0;
  }
  for (const newsgraph::syntax::ConlluSentence& s : *read) {
    if (s.words.size() > options.max_words_per_sentence) Fail("sentence over the word budget");
    if (s.word_line.size() != s.words.size()) Fail("word_line and words differ in size");
    for (size_t i = 0; i < s.words.size(); ++i) {
      if (s.word_line[i] < 0 || static_cast<size_t>(s.word_line[i]) >= s.lines.size())
        Fail("word line index out of range");
      int head = s.words[i].head;
      // -1: HEAD was "_" (none given); 0: root.
      if (head < -1 || head > static_cast<int>(s.words.size())) Fail("head out of range");
    }
    std::string out = newsgraph::syntax::WriteConllu(s, s.words);
    size_t lines = 0;
    for (char c : out) lines += c == '\n';
    if (lines < s.words.size()) Fail("written sentence lost word lines");
  }
  return 0;
}
