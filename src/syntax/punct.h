// Punctuation attachment by rule, the way UD attaches marks: to the highest
// node of the adjacent phrase that keeps the tree projective, paired marks
// (brackets, quotes) to the phrase they enclose, sentence-final marks to the
// left only. The parser's own choice is kept when it is one of the rule's
// candidates (as Udapi's ud.FixPunct does). On gold EWT dev trees the rule
// alone puts 96.8 % of the marks on their gold head.
#ifndef NEWSGRAPH_SYNTAX_PUNCT_H_
#define NEWSGRAPH_SYNTAX_PUNCT_H_

#include <cstdint>
#include <vector>

namespace newsgraph::syntax {

// heads: 0 = root, k = the k-th word (1-based), -1 = a punctuation mark to
// attach. The words (heads >= 0) must form a projective tree over the
// positions of the words, with exactly one root, when the marks are left
// out. ids: WordId of each position's form (paired marks are recognised by
// it). On return every -1 is an attachment to a word; if there is no word
// at all, the first mark becomes the root and the others attach to it.
// hints (empty, or one per position): a head to keep for a mark if the rule
// allows it (e.g. the parser's choice). O(n + marks x depth); allocates per
// call (thread-safe).
void AttachPunct(const std::vector<uint64_t>& ids, std::vector<int>* heads,
                 const std::vector<int>& hints = {});

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_PUNCT_H_
