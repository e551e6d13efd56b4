// HTML article pages: invented pages (no news text is copied here) with the
// furniture real pages have: navigation, bylines, figures, related-story
// lists, scripts, footers, broken markup and other charsets.
#include "ingest/article_html.h"

#include <gtest/gtest.h>

#include <string>

#include "core/utf8.h"

namespace newsgraph::ingest {
namespace {

constexpr char kPage[] = R"(<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Valko Accuses Northland of Stalling | The Daily Example</title>
<meta property="og:title" content="Valko accuses Northland of stalling border talks">
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2022-01-20T09:30:00+01:00">
<meta name="author" content="A. Writer">
<link rel="canonical" href="https://www.daily-example.test/world/2022/01/20/valko-northland">
<script>var tracking = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<header class="site"><p>Subscribe today for full access</p></header>
<main>
<article>
  <header><h1>Valko accuses Northland of stalling border talks</h1>
  <p class="byline">By A. Writer</p></header>
  <figure><img src="x.jpg"><figcaption>Ruritanian Foreign Minister Boris Valko in Zürich.</figcaption></figure>
  <p>ZÜRICH &mdash; Ruritanian Foreign Minister Boris Valko on Tuesday accused the
     <a href="https://www.daily-example.test/topics/northland">Northland Union</a> of
     &ldquo;wrecking&rdquo; the border talks.</p>
  <p>&quot;We will not wait forever,&quot; Valko told reporters.<br>He left early.</p>
  <div class="ad"><p>Advertisement</p></div>
  <blockquote><p>&ldquo;The door stays open,&rdquo; said Chancellor Anna Brandt.</p></blockquote>
  <aside><h3>Related</h3><ul><li><a href="/a">Northland replies</a></li></ul></aside>
  <p><a href="/more">Read more on the talks</a></p>
  <h2>What comes next</h2>
  <p>Talks resume on Friday in Geneva.</p>
  <script>document.write("<p>injected</p>")</script>
</article>
</main>
<footer><p>&copy; 2022 The Daily Example. All rights reserved.</p></footer>
</body></html>)";

ReaderOptions Options() { return ReaderOptions(); }

void ExpectLinkSpansHold(const Document& d) {
  for (const Link& l : d.meta.links) {
    ASSERT_TRUE(l.span.has_value());
    ASSERT_LE(l.span->end, d.text().size());
    EXPECT_EQ(d.text().substr(l.span->begin, l.span->end - l.span->begin), l.anchor);
  }
}

TEST(ArticleHtml, TakesTheStoryAndLeavesTheFurniture) {
  ReadItem item = ParseArticleHtml(kPage, "valko", Options());
  ASSERT_TRUE(item.doc) << item.error;
  const Document& d = *item.doc;
  EXPECT_EQ(d.meta.id, "valko");
  EXPECT_EQ(d.meta.title, "Valko accuses Northland of stalling border talks");
  EXPECT_EQ(d.meta.url, "https://www.daily-example.test/world/2022/01/20/valko-northland");
  EXPECT_EQ(d.meta.outlet, "daily-example.test");
  EXPECT_EQ(d.meta.published, "2022-01-20");
  ASSERT_EQ(d.meta.authors.size(), 1u);
  EXPECT_EQ(d.meta.authors[0], "A. Writer");
  ASSERT_EQ(d.meta.captions.size(), 1u);
  EXPECT_EQ(d.meta.captions[0].text, "Ruritanian Foreign Minister Boris Valko in Zürich.");
  EXPECT_EQ(d.text(),
            "ZÜRICH — Ruritanian Foreign Minister Boris Valko on Tuesday accused the Northland "
            "Union of “wrecking” the border talks.\n\n"
            "\"We will not wait forever,\" Valko told reporters. He left early.\n\n"
            "“The door stays open,” said Chancellor Anna Brandt.\n\n"
            "What comes next\n\n"
            "Talks resume on Friday in Geneva.");
  ASSERT_EQ(d.meta.links.size(), 1u);
  EXPECT_EQ(d.meta.links[0].anchor, "Northland Union");
  EXPECT_EQ(d.meta.links[0].url, "https://www.daily-example.test/topics/northland");
  ExpectLinkSpansHold(d);
  ASSERT_EQ(d.meta.related.size(), 1u);  // the link-only "Read more" line
  EXPECT_EQ(d.meta.related[0].url, "/more");
}

TEST(ArticleHtml, TitleTimeAndJsonLdFallbacks) {
  std::string page =
      "<html><head><title>Dam opens in Ruritania - Example Wire</title>"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"datePublished\" : \"2023-05-04T08:00:00Z\"}</script></head>"
      "<body><p>The dam opened on Thursday.</p><p>Officials cheered.</p></body></html>";
  ReadItem item = ParseArticleHtml(page, "dam", Options());
  ASSERT_TRUE(item.doc) << item.error;
  EXPECT_EQ(item.doc->meta.title, "Dam opens in Ruritania");
  EXPECT_EQ(item.doc->meta.published, "2023-05-04");
  EXPECT_EQ(item.doc->text(), "The dam opened on Thursday.\n\nOfficials cheered.");

  std::string timed =
      "<html><body><h1>Heading only</h1><time datetime=\"2021-11-02\">Nov 2</time>"
      "<div><p>Text one.</p></div></body></html>";
  item = ParseArticleHtml(timed, "t", Options());
  ASSERT_TRUE(item.doc) << item.error;
  EXPECT_EQ(item.doc->meta.title, "Heading only");
  EXPECT_EQ(item.doc->meta.published, "2021-11-02");
}

TEST(ArticleHtml, HonoursTheDeclaredCharset) {
  std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
      "</head><body><p>Caf\xE9 talks in Z\xFCrich.</p></body></html>";
  ReadItem item = ParseArticleHtml(page, "latin1", Options());
  ASSERT_TRUE(item.doc) << item.error;
  EXPECT_EQ(item.doc->text(), "Café talks in Zürich.");
}

TEST(ArticleHtml, BadPagesAreClearErrorsOrBoundedText) {
  EXPECT_FALSE(ParseArticleHtml("", "e", Options()).doc);
  constexpr char kZip[] = "\x00\x01\x02\x03PK\x03\x04";
  EXPECT_FALSE(ParseArticleHtml(std::string(kZip, sizeof kZip - 1), "b", Options()).doc);
  ReadItem none =
      ParseArticleHtml("<html><body><script>x()</script></body></html>", "n", Options());
  EXPECT_FALSE(none.doc);
  EXPECT_NE(none.error.find("no body text"), std::string::npos);
  ReaderOptions small;
  small.max_article_bytes = 100;
  EXPECT_FALSE(ParseArticleHtml(std::string(kPage), "big", small).doc);

  // Truncated in the middle of a tag and of an entity: the text before survives.
  std::string cut = std::string(kPage).substr(0, std::string(kPage).find("Talks resume") + 5);
  ReadItem truncated = ParseArticleHtml(cut, "cut", Options());
  ASSERT_TRUE(truncated.doc) << truncated.error;
  EXPECT_NE(truncated.doc->text().find("wrecking"), std::string::npos);
  ExpectLinkSpansHold(*truncated.doc);

  // 20,000 nested elements and an unclosed paragraph: bounded, no crash.
  std::string deep = "<html><body>";
  for (int i = 0; i < 20000; ++i) deep += "<div><span>";
  deep += "<p>deep text";
  ReadItem d = ParseArticleHtml(deep, "deep", Options());
  if (d.doc) {
    EXPECT_TRUE(utf8::IsValid(d.doc->text()));
  }

  // Invalid UTF-8 declared as UTF-8: replaced, still valid.
  std::string bad =
      "<html><head><meta charset=\"utf-8\"></head><body><p>ok \xC3\x28 bad</p></body></html>";
  ReadItem b = ParseArticleHtml(bad, "bad", Options());
  if (b.doc) {
    EXPECT_TRUE(utf8::IsValid(b.doc->text()));
  }
}

TEST(ArticleHtml, RecognisesHtmlDocuments) {
  EXPECT_TRUE(LooksLikeHtml("  <!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("\xEF\xBB\xBF<html lang=en>"));
  EXPECT_TRUE(LooksLikeHtml("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"));
  EXPECT_TRUE(LooksLikeHtml("<!-- saved page -->\n<html>"));
  EXPECT_FALSE(LooksLikeHtml("Title line\nJanuary 20, 2022\n"));
  EXPECT_FALSE(LooksLikeHtml("<u>link</u> starts a text article"));
  EXPECT_FALSE(LooksLikeHtml("{\"id\": 1}"));
  EXPECT_FALSE(LooksLikeHtml(""));
}

TEST(ArticleHtml, ReaderPicksHtmlByNameAndBySniffing) {
  EXPECT_EQ(FormatForPath("a/b/story.HTML"), Format::kHtml);
  EXPECT_EQ(FormatForPath("story.htm.gz"), Format::kHtml);
  EXPECT_EQ(FormatForPath("story.txt"), Format::kText);
  auto reader = OpenReaderFromString(kPage, ReaderOptions(), "stdin");
  ReadItem item;
  ASSERT_TRUE(reader->Next(&item));
  ASSERT_TRUE(item.doc) << item.error;
  EXPECT_EQ(item.doc->meta.outlet, "daily-example.test");
  EXPECT_FALSE(item.doc->meta.id.empty());
  EXPECT_FALSE(reader->Next(&item));
}

}  // namespace
}  // namespace newsgraph::ingest
