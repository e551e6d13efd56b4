#include "syntax/punct.h"

#include <gtest/gtest.h>

#include <string_view>

#include "syntax/tagger.h"

namespace newsgraph::syntax {
namespace {

std::vector<uint64_t> Ids(const std::vector<std::string_view>& forms) {
  std::vector<uint64_t> ids;
  for (auto f : forms) ids.push_back(WordId(f));
  return ids;
}

TEST(PunctTest, CommaGoesWithTheClauseItOpensFinalMarkWithTheRoot) {
  // He left , she stayed .   (stayed is a parataxis of left)
  auto ids = Ids({"He", "left", ",", "she", "stayed", "."});
  std::vector<int> heads = {2, 0, -1, 5, 2, -1};
  AttachPunct(ids, &heads);
  EXPECT_EQ(heads, (std::vector<int>{2, 0, 5, 5, 2, 2}));
}

TEST(PunctTest, CommaAfterAnOpeningPhraseGoesWithIt) {
  // In May , the council voted .   (May is an obl of voted)
  auto ids = Ids({"In", "May", ",", "the", "council", "voted", "."});
  std::vector<int> heads = {2, 6, -1, 5, 6, 0, -1};
  AttachPunct(ids, &heads);
  EXPECT_EQ(heads[2], 2);  // the lower of "May" (left) and "voted" (right)
  EXPECT_EQ(heads[6], 6);
}

TEST(PunctTest, PairedMarksGoToTheEnclosedPhrase) {
  // She said ( quietly ) no .
  auto ids = Ids({"She", "said", "(", "quietly", ")", "no", "."});
  std::vector<int> heads = {2, 0, -1, 2, -1, 2, -1};
  AttachPunct(ids, &heads);
  EXPECT_EQ(heads[2], 4);
  EXPECT_EQ(heads[4], 4);
  EXPECT_EQ(heads[6], 2);
  // Straight quotes: " Go " , he said .   (Go is a ccomp of said)
  ids = Ids({"\"", "Go", "\"", ",", "he", "said", "."});
  heads = {-1, 6, -1, -1, 6, 0, -1};
  AttachPunct(ids, &heads);
  EXPECT_EQ(heads, (std::vector<int>{2, 6, 2, 2, 6, 0, 6}));
}

TEST(PunctTest, NeverCrossesAnArcAndKeepsAnAllowedHint) {
  // saw the man , who left , yesterday : "yesterday" hangs on saw over both commas.
  auto ids = Ids({"saw", "the", "man", ",", "who", "left", ",", "yesterday"});
  const std::vector<int> words = {0, 3, 1, -1, 6, 3, -1, 1};
  std::vector<int> heads = words;
  AttachPunct(ids, &heads);
  EXPECT_EQ(heads[3], 6);  // opens the relative clause
  EXPECT_EQ(heads[6], 8);  // the lower candidate: "yesterday" (not "man" across saw's arc)
  // The parser's choice is kept when it is a candidate ("left" closes the clause) ...
  heads = words;
  AttachPunct(ids, &heads, {0, 3, 1, 6, 6, 3, 6, 1});
  EXPECT_EQ(heads[6], 6);
  // ... and not when it would cross an arc ("the", inside the man phrase).
  heads = words;
  AttachPunct(ids, &heads, {0, 3, 1, 2, 6, 3, 2, 1});
  EXPECT_EQ(heads[3], 6);
  EXPECT_EQ(heads[6], 8);
}

TEST(PunctTest, OnlyMarksOrNothing) {
  auto ids = Ids({"!", "?", "!"});
  std::vector<int> heads = {-1, -1, -1};
  AttachPunct(ids, &heads);
  EXPECT_EQ(heads, (std::vector<int>{0, 1, 1}));
  std::vector<int> none;
  AttachPunct({}, &none);
  EXPECT_TRUE(none.empty());
  // An opening mark that never closes is an ordinary mark.
  ids = Ids({"(", "yes"});
  heads = {-1, 0};
  AttachPunct(ids, &heads);
  EXPECT_EQ(heads, (std::vector<int>{2, 0}));
}

TEST(PunctTest, LongAlternatingSentenceIsATree) {
  // word , word , ... as a right-branching chain of 5,000 words: deep and wide.
  const int n = 10000;
  std::vector<uint64_t> ids;
  std::vector<int> heads;
  for (int i = 0; i < n; ++i) {
    bool mark = i % 2;
    ids.push_back(WordId(mark ? "," : "w"));
    heads.push_back(mark ? -1 : i == 0 ? 0 : i - 1);  // word i+1 (1-based) -> previous word
  }
  AttachPunct(ids, &heads);
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    ASSERT_GE(heads[i], 0);
    ASSERT_LE(heads[i], n);
    ASSERT_NE(heads[i], i + 1);
    roots += heads[i] == 0;
  }
  EXPECT_EQ(roots, 1);
}

}  // namespace
}  // namespace newsgraph::syntax
