#include "quotes/polls.h"

#include <gtest/gtest.h>

#include "quotes/test_util.h"

namespace newsgraph::quotes {
namespace {

using testing::Find;
using testing::Parsed;
using testing::Sub;

TEST(PollsTest, PollLeadQuotesTheClause) {
  Document d = Parsed(
      "In/ADP/2/case this/DET/2/det poll/NOUN/5/obl ,/PUNCT/2/punct Lopez/PROPN/5/nsubj "
      "rose/VERB/-1/root two/NUM/7/nummod points/NOUN/5/obj ./PUNCT/5/punct");
  std::vector<RawQuote> qs;
  AddPollLeads(d, &qs);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(Sub(d, *qs[0].cue), "In");
  EXPECT_EQ(Sub(d, *qs[0].source), "this poll");
  EXPECT_EQ(Sub(d, qs[0].content), "Lopez rose two points");
  EXPECT_EQ(qs[0].kind, "indirect");
}

TEST(PollsTest, ConductedPhraseBelongsToTheSource) {
  Document d = Parsed(
      "In/ADP/2/case the/DET/2/det survey/NOUN/9/obl ,/PUNCT/4/punct conducted/VERB/2/acl "
      "in/ADP/6/case May/PROPN/4/obl ,/PUNCT/4/punct Lopez/PROPN/9/nsubj led/VERB/-1/root "
      "by/ADP/12/case five/NUM/12/nummod points/NOUN/9/obl");
  std::vector<RawQuote> qs;
  AddPollLeads(d, &qs);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(Sub(d, *qs[0].source), "the survey , conducted in May");
  EXPECT_EQ(Sub(d, qs[0].content), "Lopez led by five points");
}

TEST(PollsTest, NoPollNoShortClauseNoOverlap) {
  // Not a poll.
  Document memo = Parsed(
      "In/ADP/2/case a/DET/2/det memo/NOUN/5/obl ,/PUNCT/2/punct Lopez/PROPN/5/nsubj "
      "rose/VERB/-1/root two/NUM/7/nummod points/NOUN/5/obj");
  std::vector<RawQuote> qs;
  AddPollLeads(memo, &qs);
  EXPECT_TRUE(qs.empty());
  // "In the polls, anyway.": too little after the comma.
  Document shortc = Parsed(
      "In/ADP/2/case the/DET/2/det polls/NOUN/-1/root ,/PUNCT/2/punct anyway/ADV/2/advmod "
      "./PUNCT/2/punct");
  AddPollLeads(shortc, &qs);
  EXPECT_TRUE(qs.empty());
  // A quote already there (the clause's own cue).
  Document found = Parsed(
      "In/ADP/2/case this/DET/2/det poll/NOUN/6/obl ,/PUNCT/2/punct analysts/NOUN/6/nsubj "
      "found/VERB/-1/root that/SCONJ/9/mark Lopez/PROPN/9/nsubj rose/VERB/6/ccomp");
  RawQuote q;
  q.kind = "indirect";
  q.cue = Find(found, "found");
  q.content = Find(found, "that Lopez rose");
  qs = {q};
  AddPollLeads(found, &qs);
  EXPECT_EQ(qs.size(), 1u);
}

}  // namespace
}  // namespace newsgraph::quotes
