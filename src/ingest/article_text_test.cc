#include "ingest/article_text.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "time/time.h"

namespace newsgraph::ingest {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool Contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

// Every link span must cover exactly its anchor text.
void ExpectLinkSpans(const Document& doc) {
  for (const Link& l : doc.meta.links) {
    ASSERT_TRUE(l.span) << l.anchor;
    EXPECT_EQ(doc.Surface(*l.span), l.anchor);
  }
  EXPECT_TRUE(CheckSpans(doc).ok());
}

TEST(ArticleTextTest, SeedShapeFixture) {
  std::string raw = ReadFixture("fidan-black-sea-2025-03-13.txt");
  ASSERT_FALSE(raw.empty());
  ReadItem it = ParseArticleText(raw, "fidan", {});
  ASSERT_TRUE(it.doc) << it.error;
  const Document& d = *it.doc;
  const ArticleMeta& m = d.meta;
  EXPECT_EQ(it.id, "fidan");
  EXPECT_EQ(m.id, "fidan");
  EXPECT_EQ(m.title,
            "Turkey's Fidan Offers to Host Black Sea Shipping Talks as EU Weighs Guarantees");
  EXPECT_EQ(m.published_raw, "March 13, 2025");
  EXPECT_EQ(m.published, time::NormalizeDate("March 13, 2025").value_or(""));
  ASSERT_EQ(m.captions.size(), 1u);
  EXPECT_EQ(m.captions[0].credit, "Elif Demir / AP / TASS");
  EXPECT_EQ(m.captions[0].text,
            "Cargo ships wait at anchor before entering the Bosphorus strait near Istanbul.");
  ASSERT_EQ(m.related.size(), 1u);
  EXPECT_EQ(m.related[0].anchor,
            "Grain Traders Count the Cost of a Long Winter at Sea, Brokers Say");
  EXPECT_EQ(m.credits, (std::vector<std::string>{"Reuters contributed to this report."}));
  EXPECT_EQ(m.url,
            "https://www.example-news.com/2025/03/13/turkey-fidan-black-sea-shipping-talks-a1001");
  EXPECT_EQ(m.outlet, "example-news.com");
  ASSERT_EQ(m.links.size(), 2u);
  EXPECT_EQ(m.links[0].anchor, "offered");
  EXPECT_EQ(m.links[1].anchor, "concern");
  ExpectLinkSpans(d);

  const std::string& t = d.text();
  EXPECT_TRUE(t.starts_with("Turkish Foreign Minister Hakan Fidan offered on Wednesday"));
  EXPECT_TRUE(t.ends_with("that protect its ports."));
  for (std::string_view furniture :
       {"<u>", "</u>", "**", "Related article", "Grain Traders", "contributed", "Original url",
        "https://", "March 13, 2025", "Elif Demir", "Cargo ships", "Weighs Guarantees"}) {
    EXPECT_FALSE(Contains(t, furniture)) << furniture;
  }
  EXPECT_TRUE(Contains(t, "Istanbul.\n\n\"Nobody gains"));  // the related line is gone
  EXPECT_EQ(t.find("\n\n\n"), std::string::npos);
  EXPECT_TRUE(m.warnings.empty());
}

// The canonical seed article, read at run time when the shared folder exists.
TEST(ArticleTextTest, SharedSeedArticle) {
  std::ifstream in("/work/shared/seed/macron-eu-russia-2022-01-20.txt", std::ios::binary);
  if (!in) GTEST_SKIP() << "shared seed article not present";
  std::stringstream ss;
  ss << in.rdbuf();
  ReadItem it = ParseArticleText(ss.str(), "seed", {});
  ASSERT_TRUE(it.doc) << it.error;
  const ArticleMeta& m = it.doc->meta;
  EXPECT_EQ(m.published_raw, "January 20, 2022");
  EXPECT_EQ(m.outlet, "themoscowtimes.com");
  EXPECT_EQ(m.captions.size(), 1u);
  EXPECT_EQ(m.related.size(), 1u);
  EXPECT_EQ(m.credits.size(), 1u);
  EXPECT_EQ(m.links.size(), 3u);
  EXPECT_FALSE(m.title.empty());
  ExpectLinkSpans(*it.doc);
  for (std::string_view furniture : {"<u>", "**", "Related article", "contributed reporting",
                                     "Original url", "https://", "January 20, 2022"}) {
    EXPECT_FALSE(Contains(it.doc->text(), furniture)) << furniture;
  }
}

TEST(ArticleTextTest, AnchorLinksBylineIsoDateAndSameLineUrl) {
  std::string raw = ReadFixture("inline-links-credits.txt");
  ReadItem it = ParseArticleText(raw, "drill", {});
  ASSERT_TRUE(it.doc) << it.error;
  const Document& d = *it.doc;
  const ArticleMeta& m = d.meta;
  EXPECT_EQ(m.title, "Finland and Estonia Hold Joint Cable Protection Drill");
  EXPECT_EQ(m.published, "2024-11-27");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Anna Virtanen", "Mart Tamm"}));
  ASSERT_EQ(m.captions.size(), 1u);
  EXPECT_EQ(m.captions[0].credit, "Jussi Korhonen / Lehtikuva / Reuters");
  ASSERT_EQ(m.links.size(), 1u);
  EXPECT_EQ(m.links[0].anchor, "a statement from his office");
  EXPECT_EQ(m.links[0].url, "https://example.org/stubb-statement");
  ExpectLinkSpans(d);
  ASSERT_EQ(m.related.size(), 1u);
  EXPECT_EQ(m.related[0].anchor, "Why undersea cables matter");
  EXPECT_EQ(m.related[0].url, "https://example.org/cables");
  EXPECT_EQ(m.credits, (std::vector<std::string>{"Additional reporting by Piret Saar in Tallinn."}));
  EXPECT_EQ(m.url, "https://news.example.fi/2024/11/27/cable-drill");
  EXPECT_EQ(m.outlet, "news.example.fi");
  // Lines of one paragraph stay one paragraph; other tags go, a lone '<' stays.
  EXPECT_TRUE(Contains(d.text(), "his office.\nEstonian Prime Minister"));
  EXPECT_TRUE(Contains(d.text(), "a second drill next month, when ice conditions"));
  EXPECT_TRUE(Contains(d.text(), "was < 4 degrees"));
  EXPECT_FALSE(Contains(d.text(), "By Anna"));
  EXPECT_FALSE(Contains(d.text(), "Read more"));
}

TEST(ArticleTextTest, MarkupSpansAcrossUtf8AndNesting) {
  std::string out = "\xC3\xA9t\xC3\xA9 ";  // "été "
  std::vector<Link> links;
  AppendWithoutMarkup(
      "Caf\xC3\xA9 <U>\xE2\x80\x9Cna\xC3\xAFve\xE2\x80\x9D</U> and <a href='x.html'><u> both </u></a>"
      " <a href=y>unclosed and </u> stray",
      &out, &links);
  EXPECT_EQ(out,
            "\xC3\xA9t\xC3\xA9 Caf\xC3\xA9 \xE2\x80\x9Cna\xC3\xAFve\xE2\x80\x9D and  both  "
            "unclosed and  stray");
  ASSERT_EQ(links.size(), 2u);
  Document d(out, {});
  EXPECT_EQ(d.Surface(*links[0].span), "\xE2\x80\x9Cna\xC3\xAFve\xE2\x80\x9D");
  EXPECT_EQ(d.Surface(*links[1].span), "both");
  EXPECT_EQ(links[1].url, "x.html");
}

TEST(ArticleTextTest, BinaryIsAnError) {
  std::string bin = "Title\n\n";
  bin += std::string(100, '\0');
  bin += "body";
  ReadItem it = ParseArticleText(bin, "b", {});
  EXPECT_FALSE(it.doc);
  EXPECT_EQ(it.id, "b");
  EXPECT_TRUE(Contains(it.error, "binary"));
  std::string noise;
  for (int i = 0; i < 1000; ++i) noise.push_back(static_cast<char>(1 + i % 8));
  EXPECT_FALSE(ParseArticleText(noise, "n", {}).doc);
  EXPECT_FALSE(ParseArticleText("\xFF\xFEH\0i\0", "utf16", {}).doc);
}

TEST(ArticleTextTest, InvalidUtf8IsReplacedWithAWarning) {
  ReadItem it = ParseArticleText("Title\n\nBad \xC3\x28 and \xFF bytes here.\n", "u", {});
  ASSERT_TRUE(it.doc) << it.error;
  EXPECT_EQ(it.doc->text(), "Bad \xEF\xBF\xBD( and \xEF\xBF\xBD bytes here.");
  ASSERT_EQ(it.doc->meta.warnings.size(), 1u);
  EXPECT_TRUE(Contains(it.doc->meta.warnings[0], "2 invalid UTF-8"));
  EXPECT_TRUE(CheckSpans(*it.doc).ok());
}

TEST(ArticleTextTest, EmptyAndFurnitureOnly) {
  EXPECT_EQ(ParseArticleText("", "e", {}).error, "empty article");
  EXPECT_EQ(ParseArticleText("\n \n\t\n", "e", {}).error, "empty article");
  ReadItem f = ParseArticleText("Title\n\nJanuary 2, 2023\n\nAFP contributed reporting.\n", "f", {});
  EXPECT_FALSE(f.doc);
  EXPECT_EQ(f.error, "no body text");
}

TEST(ArticleTextTest, CrlfAndNoTrailingNewline) {
  std::string raw =
      "\r\nHeadline Here\r\n\r\nJanuary 5, 2023\r\n\r\nFirst paragraph.\r\n\r\nSecond "
      "<u>one</u>.\r\n\r\nOriginal url:\r\n\r\nhttps://example.com/x";
  ReadItem it = ParseArticleText(raw, "c", {});
  ASSERT_TRUE(it.doc) << it.error;
  EXPECT_EQ(it.doc->text(), "First paragraph.\n\nSecond one.");
  EXPECT_EQ(it.doc->meta.title, "Headline Here");
  EXPECT_EQ(it.doc->meta.published_raw, "January 5, 2023");
  EXPECT_EQ(it.doc->meta.outlet, "example.com");
  ExpectLinkSpans(*it.doc);
}

TEST(ArticleTextTest, PlainTextWithoutHeader) {
  ReadItem it = ParseArticleText("Just one sentence of news.", "p", {});
  ASSERT_TRUE(it.doc) << it.error;
  EXPECT_EQ(it.doc->text(), "Just one sentence of news.");
  EXPECT_EQ(it.doc->meta.title, "");
  ReadItem two = ParseArticleText("Ministers met on Monday.\n\nThey agreed on Tuesday.", "p", {});
  ASSERT_TRUE(two.doc);
  EXPECT_EQ(two.doc->meta.title, "");  // ends with '.', so not a headline
  EXPECT_EQ(two.doc->text(), "Ministers met on Monday.\n\nThey agreed on Tuesday.");
}

TEST(ArticleTextTest, CreditLinesWithMarkup) {
  ReadItem it = ParseArticleText(
      "Title\n\nBody.\n\n<u>Additional reporting by</u> Ann Lee.\n\n<u>Belga</u> contributed "
      "reporting.\n\n(Reporting by Bo Yu; Editing by Cy Zed)\n",
      "c", {});
  ASSERT_TRUE(it.doc) << it.error;
  EXPECT_EQ(it.doc->text(), "Body.");
  EXPECT_EQ(it.doc->meta.credits,
            (std::vector<std::string>{"Additional reporting by Ann Lee.",
                                      "Belga contributed reporting.",
                                      "(Reporting by Bo Yu; Editing by Cy Zed)"}));
}

TEST(ArticleTextTest, BodyLinesThatOnlyLookLikeFurniture) {
  std::string raw =
      "He said: \"We will stay.\"\n\n"
      "Reporting by the state broadcaster suggested the talks had failed.\n\n"
      "Original URL shorteners were banned on Friday.\n";
  ReadItem it = ParseArticleText(raw, "b", {});
  ASSERT_TRUE(it.doc) << it.error;
  EXPECT_EQ(it.doc->meta.title, "");
  EXPECT_TRUE(it.doc->meta.credits.empty());
  EXPECT_EQ(it.doc->meta.url, "");
  EXPECT_EQ(it.doc->text(),
            "He said: \"We will stay.\"\n\nReporting by the state broadcaster suggested the "
            "talks had failed.\n\nOriginal URL shorteners were banned on Friday.");
}

TEST(ArticleTextTest, TooLarge) {
  ReaderOptions small;
  small.max_article_bytes = 10;
  ReadItem it = ParseArticleText("Title\n\nA body longer than ten bytes.", "big", small);
  EXPECT_FALSE(it.doc);
  EXPECT_TRUE(Contains(it.error, "max_article_bytes"));
}

TEST(ArticleTextTest, DateLines) {
  for (const char* yes : {"January 20, 2022", "20 January 2022", "Jan. 20, 2022", "2022-01-20",
                          "1/20/2022", "Thursday, January 20, 2022"}) {
    EXPECT_TRUE(IsDateLine(yes)) << yes;
  }
  for (const char* no : {"Macron Calls for Talks in 2022", "The 2022 budget passed on Monday",
                         "", "January", "Title Without Year",
                         "Decision Due in 2022"}) {
    EXPECT_FALSE(IsDateLine(no)) << no;
  }
}

}  // namespace
}  // namespace newsgraph::ingest
