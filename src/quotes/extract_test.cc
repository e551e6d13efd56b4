#include "quotes/extract.h"

#include <gtest/gtest.h>

#include <string>

#include "core/utf8.h"

namespace newsgraph::quotes {
namespace {

// An invented article with the hard cases of the seed: indirect "urged",
// direct quotes with the attribution after, a title as source, a mixed quote
// ("…" in the coming months, she added), scare quotes, a two-sentence quote,
// "warns that … at "any moment"", "accused X of "ignoring" …", a mixed
// "said … "common ground" … "practical"".
constexpr char kArticle[] =
    "Governor Maria Alvarez urged the state legislature to pass its own water plan on "
    "Tuesday in a break with federal calls for \xE2\x80\x9Crestraint\xE2\x80\x9D.\n\n"
    "\xE2\x80\x9CIt's welcome that the cities and the counties cooperate, but it's essential "
    "that the state sets its own course,\xE2\x80\x9D Alvarez told the Senate committee.\n\n"
    "\"We must write a common plan, a common budget, a new order for our rivers,\" the "
    "governor said.\n\n"
    "\"We should build as a state working with the counties and then offer it to "
    "Washington\" in the coming months, she added.\n\n"
    "His remarks stand in contrast to Commissioner Tom Reyes's calls for national "
    "\"coordination\" on the issue.\n\n"
    "\"I believe one of the drought's worst effects has been to divide neighbours. We "
    "cannot let that happen,\" Reyes said during a visit to Fresno.\n\n"
    "Reyes is due to meet the mayors on Friday, as the White House warns that the drought "
    "could worsen at \"any moment.\"\n\n"
    "Senator Kim Park last month accused the governor of \"ignoring\" the farmers in the "
    "valley.\n\n"
    "\"I don't even understand how the state sees its role in these talks,\" Park said.\n\n"
    "On Thursday, the state's water agency said the state would seek \"common ground\" with "
    "the farmers if the counties accept a \"practical\" approach.\n";

std::string Sub(const std::string& t, const Span& s) { return t.substr(s.begin, s.size()); }
std::string Sub(const std::string& t, const std::optional<Span>& s) {
  return s ? Sub(t, *s) : std::string("<none>");
}

const RawQuote* FindByContent(const std::vector<RawQuote>& qs, const std::string& text,
                              const std::string& prefix) {
  for (const RawQuote& q : qs)
    if (Sub(text, q.content).rfind(prefix, 0) == 0) return &q;
  return nullptr;
}

void ExpectSpansValid(const std::string& text, const std::vector<RawQuote>& qs) {
  auto ok = [&](const Span& s) {
    EXPECT_LE(s.begin, s.end);
    EXPECT_LE(s.end, text.size());
    if (s.begin < text.size()) {
      EXPECT_TRUE(utf8::IsBoundaryByte(text[s.begin]));
    }
    if (s.end < text.size()) {
      EXPECT_TRUE(utf8::IsBoundaryByte(text[s.end]));
    }
  };
  for (const RawQuote& q : qs) {
    ok(q.content);
    if (q.cue) ok(*q.cue);
    if (q.source) ok(*q.source);
    for (const Span& p : q.partials) ok(p);
  }
}

class ExtractTest : public ::testing::Test {
 protected:
  std::vector<RawQuote> Run(const std::string& text) {
    auto qs = Extract(text, scorer_, options_);
    ExpectSpansValid(text, qs);
    return qs;
  }
  CueScorer scorer_;
  ExtractOptions options_;
};

TEST_F(ExtractTest, InventedArticleHasTheTenQuotes) {
  std::string t = kArticle;
  auto qs = Run(t);
  struct Want {
    const char* content_prefix;
    const char* kind;
    const char* source;
    const char* cue;
  };
  const Want want[] = {
      {"the state legislature to pass", "mixed", "Governor Maria Alvarez", "urged"},
      {"It's welcome that", "direct", "Alvarez", "told"},
      {"We must write a common plan", "direct", "the governor", "said"},
      {"We should build as a state", "mixed", "she", "added"},
      {"I believe one of the drought", "direct", "Reyes", "said"},
      {"that the drought could worsen", "mixed", "the White House", "warns"},
      {"the governor of \"ignoring\"", "mixed", "Senator Kim Park", "accused"},
      {"I don't even understand", "direct", "Park", "said"},
      {"the state would seek", "mixed", "the state's water agency", "said"},
  };
  for (const Want& w : want) {
    const RawQuote* q = FindByContent(qs, t, w.content_prefix);
    ASSERT_NE(q, nullptr) << w.content_prefix;
    EXPECT_EQ(q->kind, w.kind) << w.content_prefix;
    EXPECT_EQ(Sub(t, q->source), w.source) << w.content_prefix;
    EXPECT_EQ(Sub(t, q->cue), w.cue) << w.content_prefix;
  }
  // The two-sentence quote is one quote, without its quote marks.
  const RawQuote* two = FindByContent(qs, t, "I believe");
  ASSERT_NE(two, nullptr);
  EXPECT_EQ(Sub(t, two->content).back(), ',');
  EXPECT_NE(Sub(t, two->content).find("We cannot let"), std::string::npos);
  // The addressee of "told".
  const RawQuote* told = FindByContent(qs, t, "It's welcome");
  EXPECT_EQ(Sub(t, told->addressee), "the Senate committee");
  // Scare quotes are never quotes of their own.
  for (const RawQuote& q : qs) {
    std::string c = Sub(t, q.content);
    EXPECT_NE(c, "restraint");
    EXPECT_NE(c, "coordination");
    EXPECT_NE(c, "any moment.");
  }
  // ... but partials of the quote they stand in.
  const RawQuote* agency = FindByContent(qs, t, "the state would seek");
  ASSERT_EQ(agency->partials.size(), 2u);
  EXPECT_EQ(Sub(t, agency->partials[0]), "common ground");
  EXPECT_EQ(Sub(t, agency->partials[1]), "practical");
}

TEST_F(ExtractTest, SplitQuoteIsOneQuote) {
  std::string t =
      "\"The bridge will be finished in the spring,\" the mayor said, \"and the road will "
      "open a month later.\"\n";
  auto qs = Run(t);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(Sub(t, qs[0].source), "the mayor");
  EXPECT_NE(Sub(t, qs[0].content).find("open a month later."), std::string::npos);
}

TEST_F(ExtractTest, ShortQuotedSentenceAfterTheAttributionContinuesTheQuote) {
  std::string t =
      "\"The river will be back to its old level by the end of the summer,\" the mayor said. "
      "\"We're hopeful.\"\n\nAn unrelated sentence.\n";
  auto qs = Run(t);
  ASSERT_EQ(qs.size(), 1u);
  std::string c = Sub(t, qs[0].content);
  EXPECT_EQ(c.rfind("The river", 0), 0u);
  EXPECT_NE(c.find("We're hopeful."), std::string::npos);
  // In the attribution's own sentence a short quoted phrase is no continuation.
  std::string u =
      "\"The river will be back to its old level by the end of the summer,\" the mayor said, "
      "calling the plan \"within our grasp.\"\n";
  auto us = Run(u);
  const RawQuote* river = FindByContent(us, u, "The river");
  ASSERT_NE(river, nullptr);
  EXPECT_EQ(Sub(u, river->content).find("grasp"), std::string::npos);
}

TEST_F(ExtractTest, ParticipleStartsASecondQuoteOfTheSameSpeaker) {
  std::string t =
      "The governor said the budget was balanced, adding that the reserve fund would grow "
      "next year.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "the budget was balanced");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Sub(t, a->content), "the budget was balanced");
  const RawQuote* b = FindByContent(qs, t, "that the reserve fund");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Sub(t, b->cue), "adding");
  EXPECT_EQ(Sub(t, b->source), "The governor");
}

TEST_F(ExtractTest, CoordinatedCueIsASecondQuoteOfTheSameSpeaker) {
  std::string t = "The mayor praised the new budget plan and said it would cut waiting lists.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "the new budget plan");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Sub(t, a->content), "the new budget plan");
  const RawQuote* b = FindByContent(qs, t, "it would cut");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Sub(t, b->cue), "said");
  EXPECT_EQ(Sub(t, b->source), "The mayor");
}

TEST_F(ExtractTest, PostposedAttributionTakesTheWholeSentence) {
  std::string t =
      "Hospital rules called for the patient to be moved to a trauma ward, two nurses "
      "said.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "Hospital rules called for");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Sub(t, a->content),
            "Hospital rules called for the patient to be moved to a trauma ward");
  EXPECT_EQ(Sub(t, a->cue), "said");
  EXPECT_EQ(Sub(t, a->source), "two nurses");
  EXPECT_EQ(qs.size(), 1u);
}

TEST_F(ExtractTest, InvertedAttributionAfterACommaIsNotReadAcrossAnEarlierComma) {
  std::string t =
      "The plan did not go over well with the farmers, and the talks broke down from there, "
      "said one county official in the room.\n";
  auto qs = Run(t);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(Sub(t, qs[0].content),
            "The plan did not go over well with the farmers, and the talks broke down from there");
  EXPECT_EQ(Sub(t, qs[0].cue), "said");
  EXPECT_EQ(Sub(t, qs[0].source), "one county official");
}

TEST_F(ExtractTest, SpeakerAfterAQuoteThatEndsItsSentenceStartsANewQuote) {
  std::string t =
      "The agency called the report \"not in line with our editorial policy.\" The network "
      "said it would send the reporter to the coast for a closer look.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "it would send");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Sub(t, a->source), "The network");
  EXPECT_EQ(Sub(t, a->cue), "said");
  for (const RawQuote& q : qs)
    if (&q != a) EXPECT_NE(q.source, a->source);  // the quote before is not the network's
}

TEST_F(ExtractTest, UnquotedWordsOpeningTheSentenceOfAQuoteAreItsContent) {
  std::string t =
      "The harbour \"has made dramatic changes for the better,\" the mayor said.\n\n"
      "One example of the problem: \"the ferries never run on time at all,\" Lee said.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "The harbour");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, "mixed");
  EXPECT_EQ(Sub(t, a->source), "the mayor");
  ASSERT_EQ(a->partials.size(), 1u);
  EXPECT_EQ(Sub(t, a->partials[0]), "has made dramatic changes for the better,");
  // One word is enough ("Teachers \"get why …,\" she said").
  std::string one = "Teachers \"get why the union endorsed her right away,\" Weingarten said.\n";
  auto one_qs = Run(one);
  ASSERT_EQ(one_qs.size(), 1u);
  EXPECT_EQ(Sub(one, one_qs[0].content).rfind("Teachers", 0), 0u);
  EXPECT_EQ(one_qs[0].kind, "mixed");
  // Words before a colon are not part of it.
  const RawQuote* b = FindByContent(qs, t, "the ferries");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->kind, "direct");
}

TEST_F(ExtractTest, PostposedAttributionKeepsARelativeClauseInItsContent) {
  std::string t =
      "The program, which was created in 1990, has grown well beyond its first aims, they "
      "say.\n";
  auto qs = Run(t);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(Sub(t, qs[0].content),
            "The program, which was created in 1990, has grown well beyond its first aims");
  EXPECT_EQ(Sub(t, qs[0].source), "they");
}

TEST_F(ExtractTest, ParticipleAfterADirectQuoteIsReportedSpeech) {
  std::string t =
      "\"We will finish the bridge before the winter comes,\" the mayor said, adding that "
      "the city had already paid for the steel.\n";
  auto qs = Run(t);
  const RawQuote* b = FindByContent(qs, t, "that the city had");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Sub(t, b->cue), "adding");
  EXPECT_EQ(Sub(t, b->source), "the mayor");
  EXPECT_EQ(b->kind, "indirect");
}

TEST_F(ExtractTest, ShortQuotedSentenceWithAnAttributionIsADirectQuote) {
  // Three words: below min_direct_words, but it opens its sentence, ends with
  // a comma inside the marks and an attribution follows (PolNeAR: a quote).
  std::string t =
      "The talks went on late.\n\n\"We need change,\" the mayor said, arguing that the "
      "city had waited too long for the bridge.\n\n"
      "\"And they're terrifying,\" he said in an interview.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "We need change");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, "direct");
  EXPECT_EQ(Sub(t, a->source), "the mayor");
  // The participle after its attribution is still a quote of the same source.
  const RawQuote* b = FindByContent(qs, t, "that the city had");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Sub(t, b->source), "the mayor");
  const RawQuote* c = FindByContent(qs, t, "And they're terrifying");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind, "direct");
  EXPECT_EQ(Sub(t, c->content).find("said"), std::string::npos);
  // A short quoted phrase inside a sentence stays a partial.
  std::string u = "He called the plan \"a bad idea,\" the mayor said.\n";
  for (const RawQuote& q : Run(u)) EXPECT_NE(q.kind, "direct");
}

TEST_F(ExtractTest, PronounWithASpeechVerbAfterACommaOpensANewQuote) {
  std::string t =
      "The minister said the harbour would reopen in May, she said it would cost far less "
      "than the council had planned.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "the harbour would reopen");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Sub(t, a->content), "the harbour would reopen in May");
  const RawQuote* b = FindByContent(qs, t, "it would cost");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Sub(t, b->source), "she");
}

TEST_F(ExtractTest, AdjunctAfterTheSpeakersCommaIsNotTheSource) {
  std::string t =
      "\"The river is higher than it has been in forty years,\" said Tom Berg, speaking to "
      "reporters at the dam.\n\n"
      "The engineer, in a statement, said the dam would hold through the spring.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "The river is higher");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Sub(t, a->source), "Tom Berg");
  const RawQuote* b = FindByContent(qs, t, "the dam would hold");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Sub(t, b->source), "The engineer");
}

TEST_F(ExtractTest, RaisingVerbsQuoteNobody) {
  std::string t = "The governor is expected to sign the water bill on Friday.\n";
  auto qs = Run(t);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(Sub(t, qs[0].content), "The governor is expected to sign the water bill on Friday");
  EXPECT_FALSE(qs[0].source.has_value());
}

TEST_F(ExtractTest, ColonEndingThePreviousParagraphAttributes) {
  std::string t = "The senator said:\n\n\"We will never accept this plan in its current form.\"\n";
  auto qs = Run(t);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(Sub(t, qs[0].source), "The senator");
  EXPECT_EQ(Sub(t, qs[0].cue), "said:");
}

TEST_F(ExtractTest, ShortQuotedPhraseNobodySaysIsNotAQuote) {
  std::string t =
      "The deal was described as \"on the up and up\" in the filing.\n\n"
      "Critics said the plan was \"a recipe for a long and costly war\" with no end.\n";
  auto qs = Run(t);
  for (const RawQuote& q : qs) EXPECT_NE(Sub(t, q.content), "on the up and up");
  const RawQuote* c = FindByContent(qs, t, "the plan was");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind, "mixed");
}

TEST_F(ExtractTest, AttributionInTheMiddleTakesTheWholeExtent) {
  std::string t = "The museum, the director said, would open its doors in the spring.\n";
  auto qs = Run(t);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(Sub(t, qs[0].content),
            "The museum, the director said, would open its doors in the spring");
  EXPECT_EQ(Sub(t, qs[0].source), "the director");
}

TEST_F(ExtractTest, ReportedContentStopsAtButAndSemicolon) {
  std::string t =
      "The chief said the video was unclear, but he said witnesses saw a weapon nearby.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "the video was unclear");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Sub(t, a->content), "the video was unclear");
  const RawQuote* b = FindByContent(qs, t, "witnesses saw");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Sub(t, b->source), "he");
}

TEST_F(ExtractTest, LeadInBeforeAQuoteIsPartOfAMixedQuote) {
  std::string t =
      "The senator said that the governor \"is the only candidate with the experience we "
      "need.\"\n";
  auto qs = Run(t);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].kind, "mixed");
  EXPECT_EQ(Sub(t, qs[0].content).rfind("that the governor", 0), 0u);
  EXPECT_EQ(Sub(t, qs[0].source), "The senator");
}

TEST_F(ExtractTest, TitlesAndQuotedPassagesInsideReportedSpeechAreNotQuotes) {
  std::string t =
      "She appeared on \"The Late Night Morning Show\" on Monday.\n\n"
      "The paper reports that the team acted in order to \"keep the details of the plan "
      "under wraps.\"\n";
  auto qs = Run(t);
  for (const RawQuote& q : qs) EXPECT_EQ(Sub(t, q.content).find("Late Night"), std::string::npos);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].kind, "mixed");
  ASSERT_EQ(qs[0].partials.size(), 1u);
  EXPECT_EQ(Sub(t, qs[0].partials[0]).rfind("keep the details", 0), 0u);
}

TEST_F(ExtractTest, AttributionBeforeWithColonAndInvertedSpeaker) {
  std::string t =
      "The minister told reporters: \xE2\x80\x9CWe will not raise taxes this year, whatever "
      "happens.\xE2\x80\x9D\n\nThe plan is working well for everyone, said Lopez.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "We will not raise");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Sub(t, a->source), "The minister");
  EXPECT_EQ(Sub(t, a->cue), "told");
  const RawQuote* b = FindByContent(qs, t, "The plan is working");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Sub(t, b->source), "Lopez");
  EXPECT_EQ(b->kind, "indirect");
}

TEST_F(ExtractTest, InvertedSpeakerTakesItsLongAppositive) {
  std::string t =
      "\"The levees will not hold another winter,\" said Ana Ruiz, an engineer who has "
      "studied the river for the county water board since the floods of the last decade.\n\n"
      "\"We need the money now, not next year,\" said Rep. Joe Lin (D-Ore.), the chair of "
      "the committee.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "The levees");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Sub(t, a->source),
            "Ana Ruiz, an engineer who has studied the river for the county water board since "
            "the floods of the last decade");
  const RawQuote* b = FindByContent(qs, t, "We need the money");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Sub(t, b->source), "Rep. Joe Lin (D-Ore.), the chair of the committee");
}

TEST_F(ExtractTest, AccordingToAndFloatingQuote) {
  std::string t =
      "The talks will resume next week, according to two diplomats.\n\n"
      "\"We are ready to sign the deal today,\" the envoy said.\n\n"
      "\"Nobody wants another year of waiting for a result.\"\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "The talks will resume");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Sub(t, a->cue), "according to");
  EXPECT_EQ(Sub(t, a->source), "two diplomats");
  const RawQuote* f = FindByContent(qs, t, "Nobody wants");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->floating);
  EXPECT_FALSE(f->cue.has_value());
  EXPECT_EQ(Sub(t, f->source), "the envoy");
}

TEST_F(ExtractTest, QuoteContinuesIntoNextParagraphThatOpensWithAMark) {
  std::string t =
      "\"The first part of the statement runs through this whole paragraph.\n\n"
      "\"And the second part ends here,\" the spokesman said.\n\nAn unrelated sentence.\n";
  auto qs = Run(t);
  ASSERT_EQ(qs.size(), 1u);
  std::string c = Sub(t, qs[0].content);
  EXPECT_EQ(c.rfind("The first part", 0), 0u);
  EXPECT_NE(c.find("ends here,"), std::string::npos);
  EXPECT_EQ(Sub(t, qs[0].source), "the spokesman");
}

TEST_F(ExtractTest, ClosingMarkOpeningAParagraphOpensTheQuote) {
  // Reader comments typed with a ” where the opening mark belongs.
  std::string t =
      "\xE2\x80\x9DWorry. I am truly worried about the water in our valley this summer."
      "\xE2\x80\x9D \xE2\x80\x95 Ana Ruiz\n\n"
      "\xE2\x80\x9CThe plan is late and nobody has read it yet.\xE2\x80\x9D "
      "\xE2\x80\x95 Tom Lee\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "Worry. I am truly worried");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, "direct");
  EXPECT_EQ(Sub(t, a->source), "Ana Ruiz");
  EXPECT_NE(FindByContent(qs, t, "The plan is late"), nullptr);
}

TEST_F(ExtractTest, OpeningMarkClosingAQuoteClosesIt) {
  // A “ typed where the closing mark belongs.
  std::string t =
      "The governor said:\n\n\xE2\x80\x9CThe water plan is late and nobody has read it yet."
      "\xE2\x80\x9C\n\nAn unrelated sentence follows here with \xE2\x80\x9Cscare\xE2\x80\x9D "
      "words.\n";
  auto qs = Run(t);
  const RawQuote* a = FindByContent(qs, t, "The water plan is late");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Sub(t, a->content), "The water plan is late and nobody has read it yet.");
  EXPECT_EQ(Sub(t, a->source), "The governor");
}

TEST_F(ExtractTest, UnclosedQuoteStopsAtTheParagraphEnd) {
  std::string t =
      "\"This quote never closes and goes on for a while in its paragraph.\n\n"
      "The council said the vote would take place in May after the recess.\n";
  auto qs = Run(t);
  const RawQuote* later = FindByContent(qs, t, "the vote would take place");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(Sub(t, later->source), "The council");
  for (const RawQuote& q : qs) {
    if (q.content.begin < t.find("\n\n")) {
      EXPECT_LE(q.content.end, t.find("\n\n"));
    }
  }
}

TEST_F(ExtractTest, HugeQuoteIsCappedAndTheRestSurvives) {
  std::string t = "\"";
  for (int i = 0; i < 10000; ++i) t += "word ";
  t += "\n\nThe mayor said the budget would be cut by a tenth next year.\n";
  auto qs = Run(t);
  const RawQuote* q = FindByContent(qs, t, "the budget would be cut");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(Sub(t, q->source), "The mayor");
}

TEST_F(ExtractTest, GarbageDoesNotCrash) {
  std::string t;
  for (int i = 0; i < 3000; ++i) t.push_back(static_cast<char>((i * 7919) % 256));
  std::string marks;
  for (int i = 0; i < 500; ++i)
    marks += (i % 3 == 0) ? "\xE2\x80\x9C" : (i % 3 == 1) ? "\"" : "said ";
  // Invalid UTF-8 never reaches a Document, so sanitize like the readers do.
  size_t replaced = 0;
  Run(utf8::Sanitize(t, &replaced));
  Run(marks);
  Run("");
  Run("\"");
  Run("said");
}

TEST_F(ExtractTest, SpeakerWithStackedAppositivesBeyondTheWindow) {
  // The cue lies more than 12 tokens past the quote: a name, then two
  // appositives between commas.
  std::string t =
      "\"The river plan takes water from the farms and gives nothing back to them,\" Paula "
      "Grant, the chief engineer of the valley district, one of the agencies that opposed "
      "the plan, said on Monday.\n";
  auto qs = Run(t);
  const RawQuote* q = FindByContent(qs, t, "The river plan takes water");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, "direct");
  ASSERT_TRUE(q->cue.has_value());
  EXPECT_EQ(Sub(t, q->cue), "said");
  EXPECT_EQ(Sub(t, q->source),
            "Paula Grant, the chief engineer of the valley district, one of the agencies that "
            "opposed the plan");
}

TEST_F(ExtractTest, SpeechParticipleBetweenQuotedPartsStartsASecondQuote) {
  // '"…," X said, adding that "…"': the second quoted part is a quote of its
  // own, cued by the participle, with the same speaker.
  std::string t =
      "\"The bridge will be closed for most of the winter season,\" the mayor said, adding "
      "that \"nobody in this town should have to drive an extra hour to work.\"\n";
  auto qs = Run(t);
  const RawQuote* first = FindByContent(qs, t, "The bridge will be closed");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(Sub(t, first->content), "The bridge will be closed for most of the winter season,");
  EXPECT_EQ(Sub(t, first->cue), "said");
  const RawQuote* second = FindByContent(qs, t, "that \"nobody in this town");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(Sub(t, second->cue), "adding");
  EXPECT_EQ(Sub(t, second->source), "the mayor");
}

TEST_F(ExtractTest, StackedAppositivesAfterAPartyLabel) {
  std::string t =
      "\"Nobody in the county office ever asked the farmers what they needed this year,\" Sen. "
      "Lena Ortiz (D-Ariz.), a member of the water panel, one of two that reviewed the plan, "
      "said on Monday.\n";
  auto qs = Run(t);
  const RawQuote* q = FindByContent(qs, t, "Nobody in the county office");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(Sub(t, q->cue), "said");
  EXPECT_EQ(Sub(t, q->source),
            "Sen. Lena Ortiz (D-Ariz.), a member of the water panel, one of two that reviewed the "
            "plan");
}

TEST(CueScorerTest, LearnedStatisticsOverrideTheLexicon) {
  ExtractOptions o;
  CueScorer builtin;
  EXPECT_TRUE(builtin.IsIndirectCue("said", o));
  EXPECT_TRUE(builtin.IsIndirectCue("comments", o));
  EXPECT_FALSE(builtin.IsIndirectCue("table", o));
  CueScorer learned({{"comments", {0.05f, 100}}, {"touted", {0.6f, 20}}, {"has", {0.5f, 500}}});
  EXPECT_FALSE(learned.IsIndirectCue("comments", o));
  EXPECT_TRUE(learned.IsIndirectCue("touted", o));
  EXPECT_FALSE(learned.IsIndirectCue("has", o));  // function words are never cues
  EXPECT_TRUE(learned.IsIndirectCue("said", o));  // unseen: the lexicon decides
}

}  // namespace
}  // namespace newsgraph::quotes
