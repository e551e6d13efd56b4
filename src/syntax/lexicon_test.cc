#include "syntax/lexicon.h"

#include <gtest/gtest.h>

namespace newsgraph::syntax {
namespace {

TEST(LexiconTest, BaseFormsInflectionsAndExceptionsShareOneIndex) {
  Lexicon lex;
  lex.Add(Lexicon::kNoun, "cat");
  lex.Add(Lexicon::kVerb, "walk");
  lex.Add(Lexicon::kVerb, "cry");
  lex.Add(Lexicon::kAdj, "big");
  lex.Add(Lexicon::kAdv, "fast");
  lex.Add(Lexicon::kAdj, "fast");
  lex.AddException(Lexicon::kVerbEd, "ran");
  lex.AddException(Lexicon::kNounPlural, "mice");
  lex.AddException(Lexicon::kNounPlural, "walk");  // a word both lemma and exception
  lex.Finish();
  EXPECT_EQ(lex.Classes("cat"), Lexicon::kNounBase);
  EXPECT_EQ(lex.Classes("cats"), Lexicon::kNounPlural);
  EXPECT_EQ(lex.Classes("walks"), Lexicon::kVerbS);
  EXPECT_EQ(lex.Classes("walked"), Lexicon::kVerbEd);
  EXPECT_EQ(lex.Classes("cried"), Lexicon::kVerbEd);
  EXPECT_EQ(lex.Classes("walking"), Lexicon::kVerbIng);
  EXPECT_EQ(lex.Classes("bigger"), Lexicon::kAdjCompar);
  EXPECT_EQ(lex.Classes("fast"), Lexicon::kAdjBase | Lexicon::kAdvBase);
  EXPECT_EQ(lex.Classes("ran"), Lexicon::kVerbEd);
  EXPECT_EQ(lex.Classes("mice"), Lexicon::kNounPlural);
  EXPECT_EQ(lex.Classes("walk"), Lexicon::kVerbBase | Lexicon::kNounPlural);
  EXPECT_EQ(lex.Classes("dog"), 0u);
  EXPECT_EQ(lex.Classes(""), 0u);
}

TEST(LexiconTest, EmptyLexiconClassifiesNothing) {
  Lexicon lex;
  lex.Finish();
  EXPECT_EQ(lex.Classes("cat"), 0u);
}

TEST(LexiconTest, ManyEntriesAllFound) {
  Lexicon lex;
  for (int i = 0; i < 5000; ++i) lex.Add(Lexicon::kNoun, "n" + std::to_string(i));
  for (int i = 0; i < 3000; ++i) lex.AddException(Lexicon::kVerbEd, "x" + std::to_string(i));
  lex.Finish();
  for (int i = 0; i < 5000; ++i) {
    EXPECT_EQ(lex.Classes("n" + std::to_string(i)), Lexicon::kNounBase) << i;
  }
  for (int i = 0; i < 3000; ++i) {
    EXPECT_EQ(lex.Classes("x" + std::to_string(i)), Lexicon::kVerbEd) << i;
  }
  EXPECT_EQ(lex.Classes("n5000"), 0u);
}

}  // namespace
}  // namespace newsgraph::syntax
