#include "events/verb_dict.h"

#include <gtest/gtest.h>

namespace newsgraph::events {
namespace {

std::vector<std::string> W(std::initializer_list<const char*> ws) {
  return std::vector<std::string>(ws.begin(), ws.end());
}

// An invented dictionary in PETRARCH format.
constexpr char kVerbs[] = R"(<!-- test -->
&BONDS
+TRADE
+FERRY_LINKS

--- SEVER  [161] ---
SEVER
+CUT_OFF {+CUTS_OFF +CUTTING_OFF}
DOWNGRADE [160]
- * &BONDS [162]
- * FULL_TRADE_LINKS [163]
- $ NEVER * + [999]

--- PONDER  [---] ---
PONDER
- * TALKS [046:046]
)";

TEST(VerbDict, RegularForms) {
  EXPECT_EQ(RegularVerbForms("VISIT"),
            (std::vector<std::string>{"VISIT", "VISITS", "VISITED", "VISITING"}));
  EXPECT_EQ(RegularVerbForms("ARRIVE"),
            (std::vector<std::string>{"ARRIVE", "ARRIVES", "ARRIVED", "ARRIVING"}));
  EXPECT_EQ(RegularVerbForms("DENY"),
            (std::vector<std::string>{"DENY", "DENIES", "DENIED", "DENYING"}));
  EXPECT_EQ(RegularVerbForms("PUSH"),
            (std::vector<std::string>{"PUSH", "PUSHES", "PUSHED", "PUSHING"}));
}

TEST(VerbDict, LoadsBlocksFormsAndPatterns) {
  VerbDictionary d;
  ASSERT_TRUE(d.AddText(kVerbs, "test").ok());
  auto f = d.Lookup(W({"SEVERED", "TIES"}), 0);
  ASSERT_EQ(f.size(), 1u);
  const VerbBlock& b = d.block(f[0]->block);
  EXPECT_EQ(b.code, "161");
  ASSERT_EQ(b.patterns.size(), 3u);
  EXPECT_EQ(b.patterns[1].post.size(), 3u);
  EXPECT_TRUE(b.patterns[1].post[1].adjacent);
  EXPECT_EQ(b.patterns[2].pre.size(), 2u);
  EXPECT_EQ(b.patterns[2].pre[0].kind, PatternElem::kSource);
  EXPECT_EQ(b.patterns[2].post[0].kind, PatternElem::kTarget);
  // Phrasal verb with explicit forms, and a word with its own code.
  auto c = d.Lookup(W({"CUTTING", "OFF", "X"}), 0);
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0]->words.size(), 2u);
  auto g = d.Lookup(W({"DOWNGRADES"}), 0);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0]->code, "160");
  EXPECT_TRUE(d.Lookup(W({"SEVERS"}), 0).size() == 1);
  EXPECT_TRUE(d.Lookup(W({"SEVEREDS"}), 0).empty());
  // Synonym sets expand phrases.
  ASSERT_EQ(d.Synset("&BONDS").size(), 2u);
  EXPECT_EQ(d.Synset("&BONDS")[1], W({"FERRY", "LINKS"}));
}

TEST(VerbDict, ParseCode) {
  std::string p, r;
  EXPECT_TRUE(VerbDictionary::ParseCode("031:032", &p, &r));
  EXPECT_EQ(p, "031");
  EXPECT_EQ(r, "032");
  EXPECT_TRUE(VerbDictionary::ParseCode("174K", &p, &r));
  EXPECT_EQ(p, "174K");
  EXPECT_TRUE(r.empty());
  EXPECT_TRUE(VerbDictionary::ParseCode("025?", &p, &r));
  EXPECT_EQ(p, "025");
  EXPECT_FALSE(VerbDictionary::ParseCode("---", &p, &r));
  EXPECT_FALSE(VerbDictionary::ParseCode("###", &p, &r));
  EXPECT_FALSE(VerbDictionary::ParseCode("abc", &p, &r));
}

TEST(VerbDict, BadInput) {
  VerbDictionary d;
  EXPECT_FALSE(d.AddText("--- X [010 ---\n", "bad").ok());
  EXPECT_FALSE(d.AddText("--- X [010] ---\nX\n- * Y\n", "bad").ok());  // no code
  EXPECT_FALSE(d.AddFile("/nonexistent/verbs.txt").ok());
}

}  // namespace
}  // namespace newsgraph::events
