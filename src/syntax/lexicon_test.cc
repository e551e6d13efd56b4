#include "syntax/lexicon.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "core/model_file.h"

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

// Save() then Load() keeps every class; each exception entry's padding is written as
// zeros (the same lexicon is the same bytes, whatever its memory held).
TEST(LexiconTest, RoundTripsWithZeroPadding) {
  Lexicon lex;
  lex.Add(Lexicon::kNoun, "cat");  // (a lexicon without noun lemmas is empty())
  lex.AddException(Lexicon::kVerbEd, "ran");
  lex.AddException(Lexicon::kNounPlural, "mice");
  lex.Finish();
  ModelWriter w;
  lex.Save(&w);
  ModelReader r;
  ASSERT_TRUE(r.OpenBytes(w.Serialize("lexicon", 1), "lexicon", 1).ok());
  Lexicon back;
  ASSERT_TRUE(back.Load(&r).ok());
  EXPECT_EQ(back.Classes("ran"), Lexicon::kVerbEd);
  EXPECT_EQ(back.Classes("mice"), Lexicon::kNounPlural);
  EXPECT_EQ(back.Classes("cats"), Lexicon::kNounPlural);
  ASSERT_TRUE(r.OpenBytes(w.Serialize("lexicon", 1), "lexicon", 1).ok());
  for (int p = 0; p < 4; ++p) {
    std::vector<uint64_t> lemmas;
    ASSERT_TRUE(r.GetPodVector(&lemmas).ok());
    EXPECT_EQ(lemmas.size(), p == 0 ? 1u : 0u);
  }
  uint64_t n = 0;
  ASSERT_TRUE(r.GetU64(&n).ok());
  ASSERT_EQ(n, 2u);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t hash = 0;
    uint32_t bits = 0, pad = 1;
    ASSERT_TRUE(r.GetU64(&hash).ok());
    ASSERT_TRUE(r.GetU32(&bits).ok());
    ASSERT_TRUE(r.GetU32(&pad).ok());
    EXPECT_EQ(pad, 0u);
  }
  EXPECT_TRUE(r.Finish().ok());
}

}  // namespace
}  // namespace newsgraph::syntax
