#include "quotes/labels.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph::quotes {
namespace {

std::string Sub(std::string_view t, const Span& s) {
  return std::string(t.substr(s.begin, s.size()));
}

TEST(LabelsTest, TranscriptTurn) {
  std::string t = "Intro line here.\n\nKOWALSKI: Well, look, the plan was never going to work.\n";
  size_t p = t.find("KOWALSKI");
  auto l = ParseLabelLine(t, p);
  ASSERT_TRUE(l.has_value());
  EXPECT_EQ(Sub(t, l->label), "KOWALSKI");
  EXPECT_EQ(Sub(t, l->colon), ":");
  EXPECT_EQ(Sub(t, l->content), "Well, look, the plan was never going to work.");
}

TEST(LabelsTest, QuotedTurnAndHeadline) {
  std::string t = "\"NOVAK: I want to ask you about the budget tonight.\n";
  auto l = ParseLabelLine(t, 0);
  ASSERT_TRUE(l.has_value());
  EXPECT_EQ(Sub(t, l->label), "NOVAK");
  std::string h = "Jan Novak: The Budget Will Pass Next Week\n";
  l = ParseLabelLine(h, 0);
  ASSERT_TRUE(l.has_value());
  EXPECT_EQ(Sub(h, l->label), "Jan Novak");
}

TEST(LabelsTest, NotALabel) {
  EXPECT_FALSE(ParseLabelLine("Q: What did you think of the budget plan?", 0));
  EXPECT_FALSE(ParseLabelLine("UPDATE: The vote was moved to Friday afternoon.", 0));
  EXPECT_FALSE(ParseLabelLine("NOVAK: Yes.", 0));                             // too short
  EXPECT_FALSE(ParseLabelLine("the mayor said: we will build it soon.", 0));  // lower case
  EXPECT_FALSE(ParseLabelLine("One Two Three Four Five: a b c d e", 0));      // too long
  EXPECT_FALSE(ParseLabelLine("Time:10 and then more words here", 0));        // no space
}

// A roster of names after a place or a heading is no statement; nor are a scoop's tag or a
// photo credit.
TEST(LabelsTest, RostersAndTagsAreNotLabels) {
  EXPECT_FALSE(ParseLabelLine("Ohio: Ann Berg, Tom Hale, D.J. Ruiz, and Mary Ann Cole", 0));
  EXPECT_FALSE(ParseLabelLine("SUSPECTS: Karim Adel, Omar Saleh, Nabil Aziz.", 0));
  EXPECT_FALSE(ParseLabelLine("EXCLUSIVE: SENATOR VOWS TO RELEASE THE MEMO ON FRIDAY", 0));
  EXPECT_FALSE(ParseLabelLine("Photographer: Jan Berg/Bloomberg Photographer: Jan Berg", 0));
  // (Two names are no roster; a sentence with commas is a statement.)
  EXPECT_TRUE(ParseLabelLine("HALE: Ann Berg, Tom Hale and I will run the fund together.", 0));
}

TEST(LabelsTest, ReplacesAQuoteThatTookTheLabel) {
  std::string t =
      "\"NOVAK: I want to ask you about the budget.\n\n\"DVORAK: The budget is fine.\"\n";
  std::vector<RawQuote> qs(1);
  qs[0].kind = "direct";
  qs[0].content = Span{1, static_cast<uint32_t>(t.rfind('"'))};  // both turns, labels inside
  AddLabelQuotes(t, &qs);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(Sub(t, qs[0].content), "I want to ask you about the budget");
  EXPECT_EQ(Sub(t, *qs[0].source), "NOVAK");
  EXPECT_EQ(Sub(t, *qs[0].cue), ":");
  EXPECT_EQ(Sub(t, qs[1].content), "The budget is fine");
  EXPECT_EQ(Sub(t, *qs[1].source), "DVORAK");
}

TEST(LabelsTest, KeepsQuotesInsideTheContent) {
  std::string t = "NOVAK: The minister said the budget would pass next week.\n";
  std::vector<RawQuote> qs(1);
  qs[0].kind = "indirect";
  qs[0].content =
      Span{static_cast<uint32_t>(t.find("the budget")), static_cast<uint32_t>(t.find('.'))};
  AddLabelQuotes(t, &qs);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].kind, "direct");
  EXPECT_EQ(qs[1].kind, "indirect");
}

}  // namespace
}  // namespace newsgraph::quotes
