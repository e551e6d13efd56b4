#include "quotes/tweets.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph::quotes {
namespace {

std::string Sub(std::string_view t, const Span& s) {
  return std::string(t.substr(s.begin, s.size()));
}

std::optional<TweetLine> FirstLine(const std::string& t) {
  size_t eol = t.find('\n');
  return ParseTweetLine(t, 0, eol == std::string::npos ? t.size() : eol);
}

TEST(TweetsTest, SignatureAfterThePost) {
  const std::string t =
      "Our harbour will stay open to every boat this winter. https://t.co/AbC123 "
      "pic.twitter.com/XyZ \xE2\x80\x94 Ida Marsh (@idamarsh_7) March 6, 2016\n";
  auto l = FirstLine(t);
  ASSERT_TRUE(l.has_value());
  EXPECT_EQ(Sub(t, l->content), "Our harbour will stay open to every boat this winter.");
  EXPECT_EQ(Sub(t, l->author), "Ida Marsh");
  EXPECT_EQ(Sub(t, l->handle), "@idamarsh_7");
}

TEST(TweetsTest, NotASignature) {
  for (const std::string t :
       {"The mayor (@mayor) spoke on March 6, 2016 at the harbour.",             // no dash
        "Ports will stay open. \xE2\x80\x94 Ida Marsh (@idamarsh) last week",    // no date
        "Ports will stay open. \xE2\x80\x94 Ida Marsh (@) March 6, 2016",        // no handle
        "pic.twitter.com/XyZ \xE2\x80\x94 Ida Marsh (@idamarsh) March 6, 2016",  // no words
        "Open now. \xE2\x80\x94 Ida Marsh (@idamarsh) March 6, 2016",            // too short a post
        "\xE2\x80\x94 (@x) March 6, 2016", " (@", "(@a) May 1, 2020", ""}) {
    EXPECT_FALSE(FirstLine(t).has_value()) << t;
  }
}

TEST(TweetsTest, HostileLinesNeverCrash) {
  std::string junk = "\xE2\x80\x94 (@";
  for (int i = 0; i < 200; ++i) junk += static_cast<char>(i * 37 % 256);
  junk += " \xE2\x80\x94 A (@b) May 1, 2020";
  (void)ParseTweetLine(junk, 0, junk.size());
  (void)ParseTweetLine(junk, junk.size(), junk.size() + 10);
  (void)ParseTweetLine(junk, 5, 3);
  std::string dashes(100000, '-');
  dashes += " (@a) May 1, 2020";
  EXPECT_FALSE(ParseTweetLine(dashes, 0, dashes.size()).has_value());
}

TEST(TweetsTest, PostReplacesQuotesAcrossTheSignature) {
  const std::string t =
      "Intro line.\n"
      "I will fund our schools and our roads this year. \xE2\x80\x94 Ida Marsh (@idamarsh) "
      "May 1, 2020\n";
  const uint32_t post = static_cast<uint32_t>(t.find("I will"));
  RawQuote across;  // a rule quote that ran into the signature
  across.kind = "indirect";
  across.content = Span{post + 2, static_cast<uint32_t>(t.find("(@"))};
  RawQuote inside;  // reported speech inside the post
  inside.kind = "indirect";
  inside.content = Span{post + 7, post + 30};
  std::vector<RawQuote> qs = {across, inside};
  AddTweetQuotes(t, &qs);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].kind, "direct");
  EXPECT_EQ(Sub(t, qs[0].content), "I will fund our schools and our roads this year");  // trimmed
  EXPECT_EQ(Sub(t, *qs[0].source), "Ida Marsh");
  EXPECT_FALSE(qs[0].cue.has_value());
  EXPECT_EQ(qs[1].content, inside.content);
}

}  // namespace
}  // namespace newsgraph::quotes
