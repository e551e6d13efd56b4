#include "entities/actor_dict.h"

#include <gtest/gtest.h>

namespace newsgraph::entities {
namespace {

std::vector<std::string> W(std::initializer_list<const char*> ws) {
  return std::vector<std::string>(ws.begin(), ws.end());
}

constexpr char kActors[] = R"(<!-- invented test dictionary -->
VELMORA [VLM]
+PORT_ARDEN
+VELMORAN   # demonym
NORTH_QUILL_ [NQL]
ARGENTIN [ARG]
KESTREL_BAY
  [KBY <950601]
  [KBYGOV 19950601 - 19990815]
  [KBYREB > 990816]
THE_TWIN_ISLES [TWA/TWB]
HASH [###]
)";

constexpr char kAgents[] = R"(!PERSON! = MAN, MEN, WOMAN
PRESIDENT [~GOV]
POLICE {} [~COP]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
MSF {} [NGO~]
CONGRESS!PERSON! [~LEG]
)";

TEST(ActorDict, LongestMatchAndSynonyms) {
  ActorDictionary d;
  ASSERT_TRUE(d.AddText(kActors, "test").ok());
  auto m = d.LongestMatch(W({"PORT", "ARDEN", "SAID"}), 0);
  ASSERT_EQ(m.length, 2u);
  EXPECT_EQ(ActorDictionary::CodesOn(*m.entry, 0), std::vector<std::string>{"VLM"});
  EXPECT_EQ(d.LongestMatch(W({"NORTH", "QUILL"}), 0).length, 2u);
  EXPECT_EQ(d.LongestMatch(W({"NORTH", "QUILLS"}), 0).length, 0u);  // stopped word
  EXPECT_EQ(d.LongestMatch(W({"ARGENTINA"}), 0).length, 1u);         // stem
  EXPECT_EQ(d.LongestMatch(W({"THE", "TWIN", "ISLES"}), 1).length, 0u);
}

TEST(ActorDict, DateRangedCodes) {
  ActorDictionary d;
  ASSERT_TRUE(d.AddText(kActors, "test").ok());
  auto m = d.LongestMatch(W({"KESTREL", "BAY"}), 0);
  ASSERT_EQ(m.length, 2u);
  EXPECT_EQ(ActorDictionary::CodesOn(*m.entry, 19940101), std::vector<std::string>{"KBY"});
  EXPECT_EQ(ActorDictionary::CodesOn(*m.entry, 19970101), std::vector<std::string>{"KBYGOV"});
  EXPECT_EQ(ActorDictionary::CodesOn(*m.entry, 20050101), std::vector<std::string>{"KBYREB"});
}

TEST(ActorDict, MultipleActorsAndOddCodes) {
  ActorDictionary d;
  ASSERT_TRUE(d.AddText(kActors, "test").ok());
  auto m = d.LongestMatch(W({"THE", "TWIN", "ISLES"}), 0);
  ASSERT_EQ(m.length, 3u);
  EXPECT_EQ(ActorDictionary::CodesOn(*m.entry, 0), (std::vector<std::string>{"TWA", "TWB"}));
  auto h = d.LongestMatch(W({"HASH"}), 0);
  ASSERT_EQ(h.length, 1u);
  EXPECT_EQ(ActorDictionary::CodesOn(*h.entry, 0), std::vector<std::string>{"###"});
}

TEST(ActorDict, AgentsPluralsAndSubstitutions) {
  ActorDictionary d;
  ASSERT_TRUE(d.AddText(kAgents, "agents").ok());
  auto p = d.LongestMatch(W({"PRESIDENTS"}), 0);
  ASSERT_EQ(p.length, 1u);
  EXPECT_TRUE(p.entry->agent);
  EXPECT_EQ(d.LongestMatch(W({"POLICES"}), 0).length, 0u);  // {} = no plural
  EXPECT_EQ(d.LongestMatch(W({"GOLDEN", "GEESE"}), 0).length, 2u);
  EXPECT_EQ(d.LongestMatch(W({"CONGRESSWOMAN"}), 0).length, 1u);
  auto n = d.LongestMatch(W({"MSF"}), 0);
  ASSERT_EQ(n.length, 1u);
  EXPECT_EQ(ActorDictionary::CodesOn(*n.entry, 0), std::vector<std::string>{"NGO~"});
}

TEST(ActorDict, BadInputIsAnError) {
  ActorDictionary d;
  EXPECT_FALSE(d.AddText("FOO [ABC\n", "bad").ok());
  EXPECT_FALSE(d.AddText("FOO [ABC 9x-1]\n", "bad").ok());
  // Garbage must not crash; it may or may not be an error.
  static const char kGarbage[] = "\x01\x02 garbage \xff\n+\n[\0]";
  (void)d.AddText(std::string_view(kGarbage, sizeof kGarbage - 1), "garbage");
  EXPECT_FALSE(d.AddFile("/nonexistent/actors.txt").ok());
}

TEST(ActorDict, ParseIsoDate) {
  EXPECT_EQ(ActorDictionary::ParseIsoDate("2022-01-20"), 20220120);
  EXPECT_EQ(ActorDictionary::ParseIsoDate("19950101"), 19950101);
  EXPECT_EQ(ActorDictionary::ParseIsoDate(""), 0);
  EXPECT_EQ(ActorDictionary::ParseIsoDate("2022-13-01"), 0);
}

}  // namespace
}  // namespace newsgraph::entities
