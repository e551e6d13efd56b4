#include "time/time.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "text/segment.h"

namespace newsgraph::time {
namespace {

// A Document whose sentences are exactly `sentences` (joined by one space).
Document MakeDoc(const std::vector<std::string>& sentences, const std::string& published) {
  std::string text;
  std::vector<Span> spans;
  for (const std::string& s : sentences) {
    if (!text.empty()) text += ' ';
    uint32_t b = static_cast<uint32_t>(text.size());
    text += s;
    spans.push_back({b, static_cast<uint32_t>(text.size())});
  }
  ArticleMeta meta;
  meta.published = published;
  Document doc(text, meta);
  for (const Span& s : spans) doc.sentences.push_back({s, 0, 0, 0});
  return doc;
}

std::vector<TimeExpr> Resolve(const std::string& sentence, const std::string& published) {
  Document doc = MakeDoc({sentence}, published);
  EXPECT_TRUE(ResolveTimes(&doc).ok());
  EXPECT_TRUE(CheckSpans(doc).ok());
  return doc.times;
}

std::string Describe(const Document& doc) {
  std::string out;
  for (const TimeExpr& t : doc.times) {
    out += "[" + std::string(doc.Surface(t.span)) + " → " + t.value + " " + t.precision + " " +
           t.direction + " s" + std::to_string(t.sentence) + "] ";
  }
  return out;
}

const TimeExpr* Find(const Document& doc, std::string_view surface) {
  for (const TimeExpr& t : doc.times)
    if (doc.Surface(t.span) == surface) return &t;
  return nullptr;
}

// ---- the MUST-REACH article (invented; same sentence shapes as the seed) ----

class MustReach : public ::testing::Test {
 protected:
  void SetUp() override {
    doc_ = MakeDoc(
        {
            "Prime Minister Anna Kowal urged the council to adopt its own trade plan with "
            "Norway on Wednesday in a break with earlier calls for caution.",
            "The council took no part in last week's high-level trade talks aimed at easing "
            "tensions over fishing quotas.",
            "Delegate Marco Ruiz is scheduled to meet his Dutch, Belgian and Danish "
            "colleagues Thursday, followed by the Norwegian trade minister in Oslo on Friday, "
            "as the commission warns that talks could stall at \"any moment.\"",
            "The council's trade chief Lena Berg, who has voiced frustration with being left "
            "out, this month called for full involvement in the talks.",
            "Ruiz last week accused the council of blocking its own proposals.",
            "Kowal has pushed for closer ties with Oslo since taking office in 2017.",
            "On Thursday, the trade ministry said it will seek common ground with the council.",
            "\"We should build this together and then propose it\" in the next few weeks, "
            "she added.",
        },
        "2022-01-20");
    ASSERT_TRUE(ResolveTimes(&doc_).ok());
    ASSERT_TRUE(CheckSpans(doc_).ok());
  }

  void Expect(std::string_view surface, const std::string& value, const std::string& precision,
              const std::string& direction, uint32_t sentence) {
    const TimeExpr* t = Find(doc_, surface);
    ASSERT_NE(t, nullptr) << surface << " not found in: " << Describe(doc_);
    EXPECT_EQ(t->value, value) << surface;
    EXPECT_EQ(t->precision, precision) << surface;
    if (!direction.empty()) {
      EXPECT_EQ(t->direction, direction) << surface;
    }
    EXPECT_EQ(t->sentence, sentence) << surface;
  }

  Document doc_;
};

TEST_F(MustReach, UrgedOnWednesdayIsYesterday) {
  Expect("on Wednesday", "2022-01-19", "day", "past", 0);
}
TEST_F(MustReach, LastWeeksTalksIsPreviousIsoWeek) {
  Expect("last week", "2022-01-10", "week", "past", 1);
}
TEST_F(MustReach, ScheduledThursdayAndFridayAreFuture) {
  Expect("Thursday", "2022-01-20", "day", "future", 2);
  Expect("on Friday", "2022-01-21", "day", "future", 2);
}
TEST_F(MustReach, ThisMonthIsMonthStart) { Expect("this month", "2022-01-01", "month", "", 3); }
TEST_F(MustReach, LastWeekAccused) {
  const TimeExpr* t = nullptr;
  for (const TimeExpr& x : doc_.times)
    if (x.sentence == 4) t = &x;
  ASSERT_NE(t, nullptr) << Describe(doc_);
  EXPECT_EQ(doc_.Surface(t->span), "last week");
  EXPECT_EQ(t->value, "2022-01-10");
  EXPECT_EQ(t->precision, "week");
  EXPECT_EQ(t->direction, "past");
}
TEST_F(MustReach, InTwentySeventeenIsYearPast) {
  Expect("in 2017", "2017-01-01", "year", "past", 5);
}
TEST_F(MustReach, OnThursdaySaidIsToday) { Expect("On Thursday", "2022-01-20", "day", "", 6); }
TEST_F(MustReach, NextFewWeeksIsVagueFuture) {
  Expect("in the next few weeks", "", "week", "future", 7);
}
TEST_F(MustReach, NothingElse) { EXPECT_EQ(doc_.times.size(), 9u) << Describe(doc_); }

TEST_F(MustReach, TimeForSentencePicksNearest) {
  // Sentence 2: "meet" is nearest to "Thursday", "Oslo" to "on Friday".
  const std::string& text = doc_.text();
  uint32_t meet = static_cast<uint32_t>(text.find("meet"));
  uint32_t oslo = static_cast<uint32_t>(text.find("Oslo on"));
  const TimeExpr* a = TimeForSentence(doc_, 2, {meet, meet + 4});
  const TimeExpr* b = TimeForSentence(doc_, 2, {oslo, oslo + 4});
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(doc_.Surface(a->span), "Thursday");
  EXPECT_EQ(doc_.Surface(b->span), "on Friday");
  EXPECT_EQ(TimeForSentence(doc_, 7, {0, 1}), nullptr);  // only a null value there
  EXPECT_NE(TimeForSentence(doc_, 7, {0, 1}, /*resolved_only=*/false), nullptr);
  EXPECT_EQ(TimeForSentence(doc_, 99, {0, 1}), nullptr);
}

// ---- table of single-sentence cases ---------------------------------------

struct Case {
  const char* sentence;
  const char* surface;  // expected expression; nullptr = none at all
  const char* value;
  const char* precision;
  const char* direction;  // "" = not checked
};

// Published Thursday 2022-01-20 unless the case says otherwise.
const Case kCases[] = {
    // Deictic.
    {"The minister resigned yesterday.", "yesterday", "2022-01-19", "day", "past"},
    {"The vote is today.", "today", "2022-01-20", "day", "present"},
    {"Talks will resume tomorrow.", "tomorrow", "2022-01-21", "day", "future"},
    {"He will speak tonight.", "tonight", "2022-01-20", "day", "future"},
    {"The rally took place last night.", "last night", "2022-01-19", "day", "past"},
    {"Earlier today the bank raised rates.", "Earlier today", "2022-01-20", "day", "past"},
    // Weekdays.
    {"The army said on Monday that it had withdrawn.", "on Monday", "2022-01-17", "day", "past"},
    {"She will travel to Rome on Monday.", "on Monday", "2022-01-24", "day", "future"},
    {"The court is expected to rule Tuesday.", "Tuesday", "2022-01-25", "day", "future"},
    {"Officials met last Thursday.", "last Thursday", "2022-01-13", "day", "past"},
    {"They meet again next Thursday.", "next Thursday", "2022-01-27", "day", "future"},
    {"The envoy arrived Sunday night.", "Sunday night", "2022-01-16", "day", "past"},
    {"The plan, unveiled Saturday, drew criticism.", "Saturday", "2022-01-15", "day", "past"},
    {"Parliament is due to vote on Saturday.", "on Saturday", "2022-01-22", "day", "future"},
    {"Protests have continued since Tuesday.", "Tuesday", "2022-01-18", "day", "past"},
    {"The Sunday Times reported the claim.", nullptr, nullptr, nullptr, nullptr},
    {"Shoppers lined up for Black Friday deals.", nullptr, nullptr, nullptr, nullptr},
    {"She told Fox News Sunday that talks had failed.", nullptr, nullptr, nullptr, nullptr},
    {"The rival would lose the seat in the Nov. 6 election.", "Nov. 6", "2021-11-06", "day", ""},
    // Relative periods.
    {"Prices rose sharply last month.", "last month", "2021-12-01", "month", "past"},
    {"The law takes effect next year.", "next year", "2023-01-01", "year", "future"},
    {"Exports fell last year.", "last year", "2021-01-01", "year", "past"},
    {"The firm plans to hire more staff this year.", "this year", "2022-01-01", "year", ""},
    {"The summit opens next week.", "next week", "2022-01-24", "week", "future"},
    {"Inflation slowed earlier this month.", "earlier this month", "2022-01-01", "month", "past"},
    {"A report is due later this year.", "later this year", "2022-01-01", "year", "future"},
    {"Crowds are expected this weekend.", "this weekend", "2022-01-22", "day", ""},
    {"Voters went to the polls last weekend.", "last weekend", "2022-01-15", "day", "past"},
    {"Growth stalled late last year.", "late last year", "2021-01-01", "year", "past"},
    // Offsets and rolling periods.
    {"The ship sank two days ago.", "two days ago", "2022-01-18", "day", "past"},
    {"He was released three weeks ago.", "three weeks ago", "2021-12-27", "week", "past"},
    {"The deal collapsed a year ago.", "a year ago", "2021-01-01", "year", "past"},
    {"The results will be known in two weeks.", "in two weeks", "2022-01-31", "week", "future"},
    {"Cases have doubled over the past week.", "over the past week", "2022-01-13", "week", "past"},
    {"Sales fell in the past two years.", "in the past two years", "2020-01-20", "year", "past"},
    {"Hundreds fled in recent days.", "in recent days", "", "day", "past"},
    {"More storms are expected in the coming weeks.", "in the coming weeks", "", "week", "future"},
    {"He left a few weeks ago.", "a few weeks ago", "", "week", "past"},
    {"The bridge was built in two years.", nullptr, nullptr, nullptr, nullptr},
    {"The two had not spoken in several weeks.", nullptr, nullptr, nullptr, nullptr},
    {"A ruling is expected in a few weeks.", "in a few weeks", "", "week", "future"},
    // Explicit dates.
    {"The deadline is Jan. 31.", "Jan. 31", "2022-01-31", "day", "future"},
    {"The vote was held on Jan. 10.", "on Jan. 10", "2022-01-10", "day", "past"},
    {"The decree was signed on Dec. 15.", "on Dec. 15", "2021-12-15", "day", "past"},
    {"The strike began on Jan. 10, 2021.", "on Jan. 10, 2021", "2021-01-10", "day", "past"},
    {"Elections are planned for March 2023.", "March 2023", "2023-03-01", "month", "future"},
    {"The coup took place in March 2021.", "in March 2021", "2021-03-01", "month", "past"},
    {"The talks opened on 10 January.", "on 10 January", "2022-01-10", "day", "past"},
    {"He was born on the 4th of July 1990.", "on the 4th of July 1990", "1990-07-04", "day",
     "past"},
    {"The treaty runs until 2030.", "2030", "2030-01-01", "year", "future"},
    {"The law was passed on Thursday, January 13, 2022.", "on Thursday, January 13, 2022",
     "2022-01-13", "day", "past"},
    {"The filing is dated 2021-11-03.", "2021-11-03", "2021-11-03", "day", "past"},
    {"The firm was founded in the 1990s.", nullptr, nullptr, nullptr, nullptr},
    {"Growth was strong in early 2019.", "in early 2019", "2019-01-01", "year", "past"},
    {"The policy dates from the end of 2015.", "2015", "2015-01-01", "year", "past"},
    {"She ran in the 2016 election.", "2016", "2016-01-01", "year", "past"},
    {"Talks collapsed in December.", "in December", "2021-12-01", "month", "past"},
    {"The vote will take place in March.", "in March", "2022-03-01", "month", "future"},
    {"The fund was set up last May.", "last May", "2021-05-01", "month", "past"},
    {"Prices have risen since January.", "January", "2022-01-01", "month", ""},
    {"Organisers said a march was called for Jan. 29.", "Jan. 29", "2022-01-29", "day", "future"},
    {"The leaders will meet on Feb. 12 for a much-hyped summit.", "on Feb. 12", "2022-02-12", "day",
     "future"},
    {"The report will be sent to the board Wednesday.", "Wednesday", "2022-01-26", "day", "future"},
    {"The final vote is Tuesday.", "Tuesday", "2022-01-25", "day", "future"},
    {"The bank says on Tuesday that it will cut jobs.", "on Tuesday", "2022-01-18", "day", "past"},
    // Names and numbers that are not times.
    {"The candidate won 2017 votes in the district.", nullptr, nullptr, nullptr, nullptr},
    {"Theresa May met the mayor.", nullptr, nullptr, nullptr, nullptr},
    {"May the best team win.", nullptr, nullptr, nullptr, nullptr},
    {"Thousands joined a protest march in the capital.", nullptr, nullptr, nullptr, nullptr},
    {"March organisers said the route was safe.", nullptr, nullptr, nullptr, nullptr},
    {"The company employs 2,017 people.", nullptr, nullptr, nullptr, nullptr},
    {"The show aired on USA Today.", nullptr, nullptr, nullptr, nullptr},
};

class TableTest : public ::testing::TestWithParam<Case> {};

TEST_P(TableTest, Resolves) {
  const Case& c = GetParam();
  Document doc = MakeDoc({c.sentence}, "2022-01-20");
  ASSERT_TRUE(ResolveTimes(&doc).ok());
  ASSERT_TRUE(CheckSpans(doc).ok());
  if (c.surface == nullptr) {
    EXPECT_TRUE(doc.times.empty()) << c.sentence << ": " << Describe(doc);
    return;
  }
  ASSERT_EQ(doc.times.size(), 1u) << c.sentence << ": " << Describe(doc);
  const TimeExpr& t = doc.times[0];
  EXPECT_EQ(doc.Surface(t.span), c.surface) << c.sentence;
  EXPECT_EQ(t.value, c.value) << c.sentence;
  EXPECT_EQ(t.precision, c.precision) << c.sentence;
  if (*c.direction) {
    EXPECT_EQ(t.direction, c.direction) << c.sentence;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, TableTest, ::testing::ValuesIn(kCases));

// ---- publication date edge cases ------------------------------------------

TEST(ResolveTimes, NoPublicationDateKeepsExpressionsWithNullValue) {
  std::vector<TimeExpr> t = Resolve("Officials met on Wednesday and last week.", "");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].value, "");
  EXPECT_EQ(t[0].direction, "past");
  EXPECT_EQ(t[1].value, "");
  EXPECT_EQ(t[1].precision, "week");
  // An explicit year needs no publication date.
  t = Resolve("The war began in 2014.", "");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, "2014-01-01");
}

TEST(ResolveTimes, RawPublicationDateIsNormalised) {
  Document doc = MakeDoc({"The vote was held yesterday."}, "");
  doc.meta.published_raw = "Thu, 20 Jan 2022 14:03:00 +0000";
  ASSERT_TRUE(ResolveTimes(&doc).ok());
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].value, "2022-01-19");
}

TEST(ResolveTimes, YearBoundaries) {
  // Published Monday 2022-01-03: last week starts in 2021, "Dec. 30" is last year.
  std::vector<TimeExpr> t = Resolve("Leaders met last week and signed on Dec. 30.", "2022-01-03");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].value, "2021-12-27");
  EXPECT_EQ(t[1].value, "2021-12-30");
  // Published on a Sunday: "on Sunday" in a past clause is that day.
  t = Resolve("The rebels attacked on Sunday.", "2022-01-23");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, "2022-01-23");
}

TEST(ResolveTimes, WorksWithSegmenterSentences) {
  ArticleMeta meta;
  meta.published = "2022-01-20";
  Document doc("Officials met on Wednesday. Talks resume next week.", meta);
  ASSERT_TRUE(text::Segment(text::SegmentOptions{}, &doc).ok());
  ASSERT_TRUE(ResolveTimes(&doc).ok());
  ASSERT_TRUE(CheckSpans(doc).ok());
  ASSERT_EQ(doc.times.size(), 2u) << Describe(doc);
  EXPECT_EQ(doc.times[0].value, "2022-01-19");
  EXPECT_EQ(doc.times[1].value, "2022-01-24");
}

TEST(ResolveTimes, NoSentencesMeansWholeText) {
  ArticleMeta meta;
  meta.published = "2022-01-20";
  Document doc("It happened yesterday.", meta);
  ASSERT_TRUE(ResolveTimes(&doc).ok());
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].sentence, 0u);
}

TEST(ResolveTimes, SyntaxTagsGiveTheTenseOfUnknownVerbs) {
  ArticleMeta meta;
  meta.published = "2022-01-20";
  Document doc("The nation begins Tuesday night a long debate.", meta);
  ASSERT_TRUE(text::Segment(text::SegmentOptions{}, &doc).ok());
  // Without tags "begins" is no cue: a bare weekday is then the last one.
  ASSERT_TRUE(ResolveTimes(&doc).ok());
  ASSERT_EQ(doc.times.size(), 1u) << Describe(doc);
  EXPECT_EQ(doc.times[0].value, "2022-01-18");
  // With a present-tense tag it is the coming one.
  doc.syntax.assign(doc.tokens.size(), TokenSyntax{});
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    doc.syntax[i].xpos = doc.Surface(doc.tokens[i].span) == "begins" ? "VBZ" : "NN";
  }
  ASSERT_TRUE(ResolveTimes(&doc).ok());
  ASSERT_EQ(doc.times.size(), 1u) << Describe(doc);
  EXPECT_EQ(doc.Surface(doc.times[0].span), "Tuesday night");
  EXPECT_EQ(doc.times[0].value, "2022-01-25");
  EXPECT_EQ(doc.times[0].direction, "future");
}

// ---- budgets and garbage ----------------------------------------------------

TEST(ResolveTimes, AMonthBeforeANounIsADate) {
  // "in a July call", "the November election"; not "May" or "March", which are verbs too,
  // and not a month without a determiner and a noun.
  std::vector<TimeExpr> t = Resolve("Trump asked him in a July call to act.", "2020-01-14");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, "2019-07-01");
  EXPECT_EQ(t[0].precision, "month");
  EXPECT_TRUE(Resolve("They may march at the May parade.", "2020-01-14").empty());
  EXPECT_TRUE(Resolve("We saw July and the others.", "2020-01-14").empty());
}

TEST(ResolveTimes, RespectsMaxTimes) {
  std::string s;
  for (int i = 0; i < 50; ++i) s += "He left yesterday. ";
  Document doc = MakeDoc({s}, "2022-01-20");
  TimeOptions o;
  o.max_times = 7;
  ASSERT_TRUE(ResolveTimes(o, &doc).ok());
  EXPECT_EQ(doc.times.size(), 7u);
}

TEST(ResolveTimes, HugeSentenceIsChunkedAndBounded) {
  std::string s;
  while (s.size() < 100000) s += "word on Friday ";
  s += std::string(5000, 'x');  // a long run without spaces
  Document doc = MakeDoc({s}, "2022-01-20");
  TimeOptions o;
  o.max_chunk_bytes = 4096;
  o.max_times = 100000;
  ASSERT_TRUE(ResolveTimes(o, &doc).ok());
  ASSERT_TRUE(CheckSpans(doc).ok());
  EXPECT_GT(doc.times.size(), 5000u);
  EXPECT_LE(doc.times.size(), o.max_times);
}

TEST(ResolveTimes, RandomBytesSanitisedNeverBreakSpans) {
  std::mt19937 rng(42);
  const char* pieces[] = {"on ",          "Friday", "last ",     "week", "Jan.", " 10",
                          ", ",           "2021",   "in ",       "May",  "-",    "'s",
                          "\xE2\x80\x9C", " ago",   "the past ", "few"};
  for (int round = 0; round < 200; ++round) {
    std::string raw;
    int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) {
      if (rng() % 3 == 0)
        raw.push_back(static_cast<char>(rng() % 256));
      else
        raw += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
    }
    size_t replaced = 0;
    std::string text = utf8::Sanitize(raw, &replaced);
    ArticleMeta meta;
    meta.published = round % 2 ? "2022-01-20" : "";
    Document doc(text, meta);
    ASSERT_TRUE(text::Segment(text::SegmentOptions{}, &doc).ok());
    ASSERT_TRUE(ResolveTimes(&doc).ok());
    ASSERT_TRUE(CheckSpans(doc).ok()) << round;
  }
}

// A one-sentence document with a hand-made parse: words separated by single
// spaces; each entry is word, Penn tag, 1-based head (0 = root), relation.
struct Dep {
  const char* word;
  const char* xpos;
  int head;
  const char* rel;
};

Document ParsedDoc(const std::vector<Dep>& deps, const std::string& published) {
  std::string text;
  for (const Dep& d : deps) text += (text.empty() ? "" : " ") + std::string(d.word);
  Document doc = MakeDoc({text}, published);
  uint32_t pos = 0;
  for (const Dep& d : deps) {
    Token t;
    t.span = {pos, pos + static_cast<uint32_t>(std::string(d.word).size())};
    doc.tokens.push_back(t);
    TokenSyntax x;
    x.xpos = d.xpos;
    x.head = d.head - 1;
    x.deprel = d.rel;
    doc.syntax.push_back(x);
    pos = t.span.end + 1;
  }
  doc.sentences[0].token_end = static_cast<uint32_t>(deps.size());
  return doc;
}

TEST(ParseTense, TheGoverningVerbOfAnInfinitiveBeatsAWrongTagFurtherRight) {
  // "calls" tagged VBZ on the right would make Wednesday next week.
  Document doc = ParsedDoc({{"Ministers", "NNS", 2, "nsubj"},
                            {"urged", "VBD", 0, "root"},
                            {"Ruritania", "NNP", 2, "obj"},
                            {"to", "TO", 5, "mark"},
                            {"sign", "VB", 2, "advcl"},
                            {"on", "IN", 7, "case"},
                            {"Wednesday", "NNP", 5, "obl"},
                            {"despite", "IN", 10, "mark"},
                            {"Freedonia", "NNP", 10, "nsubj"},
                            {"calls", "VBZ", 2, "advcl"},
                            {"for", "IN", 12, "case"},
                            {"calm", "NN", 10, "obl"}},
                           "2022-01-20");
  ASSERT_TRUE(ResolveTimes(&doc).ok());
  ASSERT_EQ(doc.times.size(), 1u) << Describe(doc);
  EXPECT_EQ(doc.times[0].value, "2022-01-19");
  EXPECT_EQ(doc.times[0].direction, "past");
}

// "June of that year" is June of the year written last before it (in its sentence, its
// paragraph or the one before), not the June before publication; two paragraphs back, the
// year no longer counts, and a date without "of that year" keeps the publication's year.
TEST(Resolve, OfThatYearTakesTheYearWrittenBefore) {
  Document doc = MakeDoc({"The 2009 outbreak started in Ruritania.",
                          "The government reported it on April 12 of that year.",
                          "By summer 2015, the bank had failed, and in September of that year "
                          "the regulator acted.",
                          "On April 30, parliament met."},
                         "2020-03-29");
  ASSERT_TRUE(ResolveTimes(&doc).ok());
  ASSERT_NE(Find(doc, "on April 12"), nullptr) << Describe(doc);
  EXPECT_EQ(Find(doc, "on April 12")->value, "2009-04-12");
  ASSERT_NE(Find(doc, "in September"), nullptr) << Describe(doc);
  EXPECT_EQ(Find(doc, "in September")->value, "2015-09-01");
  ASSERT_NE(Find(doc, "On April 30"), nullptr) << Describe(doc);
  EXPECT_EQ(Find(doc, "On April 30")->value, "2019-04-30");
  Document far =
      MakeDoc({"It began in 2009.\n\nMuch later.\n\nIt ended in May of that year."}, "2020-03-29");
  ASSERT_TRUE(ResolveTimes(&far).ok());
  ASSERT_NE(Find(far, "in May"), nullptr) << Describe(far);
  EXPECT_NE(Find(far, "in May")->value, "2009-05-01");
  EXPECT_TRUE(CheckSpans(doc).ok());
}

TEST(ParseTense, WillOnTheHeadIsFutureAndPlansToLooksAhead) {
  Document will = ParsedDoc({{"Ruritania", "NNP", 3, "nsubj"},
                             {"will", "MD", 3, "aux"},
                             {"vote", "VB", 0, "root"},
                             {"on", "IN", 5, "case"},
                             {"Friday", "NNP", 3, "obl"}},
                            "2022-01-20");
  ASSERT_TRUE(ResolveTimes(&will).ok());
  ASSERT_EQ(will.times.size(), 1u);
  EXPECT_EQ(will.times[0].value, "2022-01-21");
  Document plans = ParsedDoc({{"Ruritania", "NNP", 2, "nsubj"},
                              {"plans", "VBZ", 0, "root"},
                              {"to", "TO", 4, "mark"},
                              {"vote", "VB", 2, "xcomp"},
                              {"on", "IN", 6, "case"},
                              {"Monday", "NNP", 4, "obl"}},
                             "2022-01-20");
  ASSERT_TRUE(ResolveTimes(&plans).ok());
  ASSERT_EQ(plans.times.size(), 1u);
  EXPECT_EQ(plans.times[0].direction, "future");
  EXPECT_EQ(plans.times[0].value, "2022-01-24");
}

}  // namespace
}  // namespace newsgraph::time
