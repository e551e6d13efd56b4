#include "text/segment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/sentence_splitter.h"

namespace newsgraph::text {
namespace {

// The sentences of a text, each as its surface string.
std::vector<std::string> Sentences(const std::string& text, SegmentOptions opts = {}) {
  Document doc(text, ArticleMeta{});
  Status st = Segment(opts, &doc);
  EXPECT_TRUE(st.ok()) << st.ToString();
  EXPECT_TRUE(CheckSpans(doc).ok()) << CheckSpans(doc).ToString();
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Surface(s.span));
  return out;
}

using V = std::vector<std::string>;

TEST(SegmentTest, QuotesThatEndSentences) {
  EXPECT_EQ(Sentences("\"We fear an attack,\" he said. \"It is late now.\" He left."),
            (V{"\"We fear an attack,\" he said.", "\"It is late now.\"", "He left."}));
  EXPECT_EQ(Sentences("\xE2\x80\x9CWhy?\xE2\x80\x9D she asked. Nobody knew."),
            (V{"\xE2\x80\x9CWhy?\xE2\x80\x9D she asked.", "Nobody knew."}));
  EXPECT_EQ(Sentences("It was \"over.\" (Or so they said.) Then it began."),
            (V{"It was \"over.\"", "(Or so they said.)", "Then it began."}));
}

TEST(SegmentTest, QuotesAndMarksStandingApart) {
  EXPECT_EQ(Sentences("We will see. \xE2\x80\x9D Then he left."),
            (V{"We will see. \xE2\x80\x9D", "Then he left."}));
  EXPECT_EQ(Sentences("It said 'No comment.' \""), (V{"It said 'No comment.' \""}));
  EXPECT_EQ(Sentences("A HUNT!!!\xE2\x80\x9D . And so on . . . In May, he left. \"We won.\""),
            (V{"A HUNT!!!\xE2\x80\x9D .", "And so on . . .", "In May, he left.", "\"We won.\""}));
  EXPECT_EQ(Sentences("We are the cops. \xE2\x80\xA6 You are not."),
            (V{"We are the cops. \xE2\x80\xA6", "You are not."}));
}

TEST(SegmentTest, MissingSpaceAfterPeriod) {
  EXPECT_EQ(Sentences("He spoke to Americans.He says no. Amazon.com and ASP.NET stay."),
            (V{"He spoke to Americans.", "He says no.", "Amazon.com and ASP.NET stay."}));
}

TEST(SegmentTest, Abbreviations) {
  EXPECT_EQ(Sentences("Gen. Mark Milley met Sen. J. R. Doe in Washington. No. 2 left."),
            (V{"Gen. Mark Milley met Sen. J. R. Doe in Washington.", "No. 2 left."}));
  EXPECT_EQ(Sentences("The U.S. Army said so. U.S. officials agreed on Jan. 5 at 10 a.m. sharp."),
            (V{"The U.S. Army said so.", "U.S. officials agreed on Jan. 5 at 10 a.m. sharp."}));
  EXPECT_EQ(Sentences("He moved to the U.S. The move was quick."),
            (V{"He moved to the U.S.", "The move was quick."}));
  EXPECT_EQ(Sentences("Apple Inc. rose 3.5%. Shares of Acme Corp. fell."),
            (V{"Apple Inc. rose 3.5%.", "Shares of Acme Corp. fell."}));
}

TEST(SegmentTest, ParagraphsHeadlinesAndLists) {
  std::string text =
      "Pact Talks Stall in Vienna\n\nJanuary 3, 2031\n"
      "The envoys met. They left.\r\n1. First point here.\n2. Second point.\n";
  Document doc(text, ArticleMeta{});
  ASSERT_TRUE(Segment(SegmentOptions{}, &doc).ok());
  ASSERT_EQ(doc.paragraphs.size(), 5u);
  EXPECT_EQ(doc.Surface(doc.paragraphs[0]), "Pact Talks Stall in Vienna");
  EXPECT_EQ(doc.Surface(doc.paragraphs[3]), "1. First point here.");
  ASSERT_EQ(doc.sentences.size(), 6u);
  EXPECT_EQ(doc.Surface(doc.sentences[2].span), "The envoys met.");
  EXPECT_EQ(doc.sentences[3].paragraph, 2u);
  EXPECT_EQ(doc.Surface(doc.sentences[4].span), "1. First point here.");
  EXPECT_EQ(doc.sentences[5].paragraph, 4u);
  // Token ranges tile the token layer in order.
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(s.token_begin, next);
    EXPECT_LT(s.token_begin, s.token_end);
    next = s.token_end;
  }
  EXPECT_EQ(next, doc.tokens.size());
}

TEST(SegmentTest, InformalLowercaseStarts) {
  EXPECT_EQ(Sentences("we went to the store. i think it was closed."),
            (V{"we went to the store.", "i think it was closed."}));
  // Not after an abbreviation, an ellipsis or a closing quote.
  EXPECT_EQ(Sentences("\"Why?\" she asked. Wait... the end. Approx. the same."),
            (V{"\"Why?\" she asked.", "Wait... the end.", "Approx. the same."}));
}

TEST(SegmentTest, InlineBullets) {
  EXPECT_EQ(Sentences("Key points: \xE2\x80\xA2 Talks resume \xE2\x80\xA2 Troops stay"),
            (V{"Key points:", "\xE2\x80\xA2 Talks resume", "\xE2\x80\xA2 Troops stay"}));
}

TEST(SegmentTest, Datelines) {
  EXPECT_EQ(Sentences("KYIV (Reuters) \xE2\x80\x94 Troops moved. They stopped."),
            (V{"KYIV (Reuters) \xE2\x80\x94", "Troops moved.", "They stopped."}));
  EXPECT_EQ(Sentences("WASHINGTON, March 3 (AP) - Talks began."),
            (V{"WASHINGTON, March 3 (AP) -", "Talks began."}));
  EXPECT_EQ(Sentences("COVID-19 cases rose. MN-based firms too."),
            (V{"COVID-19 cases rose.", "MN-based firms too."}));
  EXPECT_EQ(Sentences("PARIS\xE2\x80\x94Talks began."), (V{"PARIS\xE2\x80\x94", "Talks began."}));
  // Not a dateline: lower-case words before the dash.
  EXPECT_EQ(Sentences("NATO said on Monday - again - no."),
            (V{"NATO said on Monday - again - no."}));
}

TEST(SegmentTest, SentenceCapCutsLongSentences) {
  std::string text;
  for (int i = 0; i < 25; ++i) text += "word ";
  SegmentOptions opts;
  opts.max_sentence_tokens = 10;
  auto s = Sentences(text, opts);
  ASSERT_EQ(s.size(), 3u);
  Document doc(text, ArticleMeta{});
  ASSERT_TRUE(Segment(opts, &doc).ok());
  for (const Sentence& x : doc.sentences) EXPECT_LE(x.token_end - x.token_begin, 10u);
}

TEST(SegmentTest, EmptyAndBlankInput) {
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_TRUE(Sentences(" \n\n\t \xE2\x80\xA8 \xC2\xA0\n").empty());
}

TEST(SegmentTest, ClearsPreviousLayers) {
  Document doc("One. Two.", ArticleMeta{});
  ASSERT_TRUE(Segment(SegmentOptions{}, &doc).ok());
  ASSERT_TRUE(Segment(SegmentOptions{}, &doc).ok());
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens.size(), 4u);
  EXPECT_EQ(doc.paragraphs.size(), 1u);
}

TEST(SegmentTest, BinaryGarbageStaysBounded) {
  std::string text;
  uint32_t x = 12345;
  for (int i = 0; i < 20000; ++i) {
    x = x * 1103515245u + 12345u;
    text.push_back(static_cast<char>((x >> 16) & 0x7F));  // ASCII incl. controls
  }
  Document doc(text, ArticleMeta{});
  ASSERT_TRUE(Segment(SegmentOptions{}, &doc).ok());
  EXPECT_TRUE(CheckSpans(doc).ok());
  EXPECT_LE(doc.tokens.size(), text.size());
  for (const Sentence& s : doc.sentences) EXPECT_LE(s.token_end - s.token_begin, 1000u);
}

TEST(SentenceSplitterTest, DatelineEndNeedsCapitalPlace) {
  std::string text = "Moscow (Reuters) - Talks";
  Document doc(text, ArticleMeta{});
  ASSERT_TRUE(Segment(SegmentOptions{}, &doc).ok());
  EXPECT_EQ(DatelineEnd(text, doc.tokens, 0, doc.tokens.size(), 16), 0u);
}

}  // namespace
}  // namespace newsgraph::text
