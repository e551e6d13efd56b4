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

TEST(LexiconTest, CheckedVerbLemmaTakesTheListedStem) {
  Lexicon lex;
  for (const char* v : {"decline", "hop", "hope", "stop", "put", "putt", "try", "die", "pass",
                        "visit", "bomb", "warp", "war"})
    lex.Add(Lexicon::kVerb, v);
  lex.Finish();
  EXPECT_EQ(lex.CheckedVerbLemma("declined", "declin"), "decline");
  EXPECT_EQ(lex.CheckedVerbLemma("declining", "declin"), "decline");
  EXPECT_EQ(lex.CheckedVerbLemma("bombed", "bombe"), "bomb");
  EXPECT_EQ(lex.CheckedVerbLemma("warped", "war"), "warp");  // "war" is no stem of it
  EXPECT_EQ(lex.CheckedVerbLemma("stopped", "stopp"), "stop");
  EXPECT_EQ(lex.CheckedVerbLemma("tried", "tri"), "try");
  EXPECT_EQ(lex.CheckedVerbLemma("dying", "dy"), "die");
  // Both "hop" and "hope" are verbs: a consonant-vowel-consonant stem takes the "e".
  EXPECT_EQ(lex.CheckedVerbLemma("hoped", "hop"), "hope");
  EXPECT_EQ(lex.CheckedVerbLemma("hoping", "hop"), "hope");
  EXPECT_EQ(lex.CheckedVerbLemma("hopping", "hopp"), "hop");
  // A listed guess that the form allows stays.
  EXPECT_EQ(lex.CheckedVerbLemma("putting", "put"), "put");
  EXPECT_EQ(lex.CheckedVerbLemma("passed", "pass"), "pass");
  EXPECT_EQ(lex.CheckedVerbLemma("visited", "visit"), "visit");
  // Nothing listed, or no "-ed" / "-ing": the guess.
  EXPECT_EQ(lex.CheckedVerbLemma("blorped", "blorp"), "blorp");
  EXPECT_EQ(lex.CheckedVerbLemma("sold", "sell"), "sell");
  EXPECT_EQ(lex.CheckedVerbLemma("ed", "ed"), "ed");
  EXPECT_EQ(lex.CheckedVerbLemma("ing", "ing"), "ing");
  Lexicon none;
  none.Finish();
  EXPECT_EQ(none.CheckedVerbLemma("declined", "declin"), "declin");
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
