#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/chars.h"

namespace newsgraph::text {
namespace {

std::string Tok(std::string_view s) {
  std::string out;
  for (std::string_view t : TokenizeToStrings(s)) {
    if (!out.empty()) out += '|';
    out += t;
  }
  return out;
}

TEST(TokenizerTest, CliticsSplitAsUd) {
  EXPECT_EQ(Tok("Moscow's plan"), "Moscow|'s|plan");
  EXPECT_EQ(Tok("I don't know"), "I|do|n't|know");
  EXPECT_EQ(Tok("we can't, won't"), "we|ca|n't|,|wo|n't");
  EXPECT_EQ(Tok("Kyiv’s view, they’re sure it isn’t"), "Kyiv|’s|view|,|they|’re|sure|it|is|n’t");
  EXPECT_EQ(Tok("I'm, we've, they'll, she'd"), "I|'m|,|we|'ve|,|they|'ll|,|she|'d");
  EXPECT_EQ(Tok("the countries' leaders"), "the|countries|'|leaders");
  EXPECT_EQ(Tok("O'Brien's o'clock"), "O'Brien|'s|o'clock");
  EXPECT_EQ(Tok("the 1980's"), "the|1980's");
  EXPECT_EQ(Tok("we cannot go"), "we|can|not|go");
  EXPECT_EQ(Tok("Donald Trump Jr.’s office, the U.S.'s aim"),
            "Donald|Trump|Jr.|’s|office|,|the|U.S.|'s|aim");
  EXPECT_EQ(Tok("'Tis 'quoted'"), "'|Tis|'|quoted|'");
}

TEST(TokenizerTest, Numbers) {
  EXPECT_EQ(Tok("3.5 1,000 10% $20 10:30 9/11"), "3.5|1,000|10|%|$|20|10:30|9/11");
  EXPECT_EQ(Tok("at 5pm on 11/28/2000"), "at|5|pm|on|11/28/2000");
  EXPECT_EQ(Tok("the 20th and 1990s"), "the|20th|and|1990s");
  EXPECT_EQ(Tok("in 1969-1970 call 713-853-3989"), "in|1969|-|1970|call|713-853-3989");
  EXPECT_EQ(Tok("on 2022-01-20, not 2022-01-200"), "on|2022-01-20|,|not|2022|-|01|-|200");
}

TEST(TokenizerTest, HyphensSplitExceptPrefixes) {
  EXPECT_EQ(Tok("a 15-year term"), "a|15|-|year|term");
  EXPECT_EQ(Tok("pro-Russian rebels"), "pro-Russian|rebels");
  EXPECT_EQ(Tok("non-binding e-mail post-Cold War"), "non-binding|e-mail|post-Cold|War");
  EXPECT_EQ(Tok("long-standing goals"), "long|-|standing|goals");
}

TEST(TokenizerTest, Abbreviations) {
  EXPECT_EQ(Tok("Gen. Smith met Mr. Jones in the U.S. on Jan. 5"),
            "Gen.|Smith|met|Mr.|Jones|in|the|U.S.|on|Jan.|5");
  EXPECT_EQ(Tok("J. K. Rowling and J. A. Doe, I. M. Pei"),
            "J.|K.|Rowling|and|J.|A.|Doe|,|I.|M.|Pei");
  EXPECT_EQ(Tok("We chose plan B. The rest"), "We|chose|plan|B|.|The|rest");
  EXPECT_EQ(Tok("Apple Inc. said"), "Apple|Inc.|said");
  // Sentence-final abbreviations give up their period, as in UD.
  EXPECT_EQ(Tok("It was in the U.S."), "It|was|in|the|U.S|.");
  EXPECT_EQ(Tok("He lives in the U.S. The rest"), "He|lives|in|the|U.S|.|The|rest");
  EXPECT_EQ(Tok("I said no. It was No. 1"), "I|said|no|.|It|was|No.|1");
  EXPECT_EQ(Tok("e.g. this, at 10 a.m. sharp"), "e.g.|this|,|at|10|a.m.|sharp");
}

TEST(TokenizerTest, QuotesAndDashesAreTokens) {
  EXPECT_EQ(Tok("\xE2\x80\x9EJa\xE2\x80\x9C"), "\xE2\x80\x9E|Ja|\xE2\x80\x9C");
  EXPECT_EQ(Tok("«Non» ‘yes’ \"no\""), "«|Non|»|‘|yes|’|\"|no|\"");
  EXPECT_EQ(Tok("now—or never – or--then"), "now|—|or|never|–|or|--|then");
  EXPECT_EQ(Tok("``PTB''"), "``|PTB|''");
  EXPECT_EQ(Tok("‘‘old style’’"), "‘‘|old|style|’’");
  EXPECT_EQ(Tok("Wait... what?! Yes…"), "Wait|...|what|?!|Yes|…");
}

TEST(TokenizerTest, UrlsAndEmails) {
  EXPECT_EQ(Tok("see https://example.org/a?b=c, or (www.example.com)."),
            "see|https://example.org/a?b=c|,|or|(|www.example.com|)|.");
  EXPECT_EQ(Tok("mail \"Jo\"<jo.doe@example.co.uk>."), "mail|\"|Jo|\"|<|jo.doe@example.co.uk|>|.");
  EXPECT_EQ(Tok("the Wikipedia page (https://en.wikipedia.org/wiki/A_(b))"),
            "the|Wikipedia|page|(|https://en.wikipedia.org/wiki/A_(b)|)");
}

TEST(TokenizerTest, MarkupTagsAndEmoticons) {
  EXPECT_EQ(Tok("Macron <u>urged</u> it<br/>"), "Macron|<u>|urged|</u>|it|<br/>");
  EXPECT_EQ(Tok("a < b > c :-) ok :)"), "a|<|b|>|c|:-)|ok|:)");
  EXPECT_EQ(Tok("*** ==---- #hashtag"), "***|==----|#hashtag");
}

TEST(TokenizerTest, LongUrlWithManyParensIsLinear) {
  // Quadratic stripping would take minutes here.
  std::string s = "https://example.org/x" + std::string(200000, ')');
  std::vector<Token> t;
  Tokenize(s, Span{0, static_cast<uint32_t>(s.size())}, TokenizerOptions{}, &t);
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(s.substr(t[0].span.begin, t[0].span.size()), "https://example.org/x");
}

TEST(TokenizerTest, KindsAndSpaceAfter) {
  std::string s = "Hi, 42 https://x.org me@x.org $";
  std::vector<Token> t;
  Tokenize(s, Span{0, static_cast<uint32_t>(s.size())}, TokenizerOptions{}, &t);
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].kind, TokenKind::kWord);
  EXPECT_FALSE(t[0].space_after);
  EXPECT_EQ(t[1].kind, TokenKind::kPunct);
  EXPECT_TRUE(t[1].space_after);
  EXPECT_EQ(t[2].kind, TokenKind::kNumber);
  EXPECT_EQ(t[3].kind, TokenKind::kUrl);
  EXPECT_EQ(t[4].kind, TokenKind::kEmail);
  EXPECT_EQ(t[5].kind, TokenKind::kSymbol);
  EXPECT_FALSE(t[5].space_after);
}

TEST(TokenizerTest, UnicodeWordsAndSpaces) {
  // Non-breaking and ideographic spaces separate; accents and Cyrillic join.
  EXPECT_EQ(Tok("Zelenskyy\xC2\xA0said\xE3\x80\x80Привет café"), "Zelenskyy|said|Привет|café");
  // Combining accent stays with its letter; emoji with skin tone is one token.
  EXPECT_EQ(Tok("cafe\xCC\x81 \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD!"),
            "cafe\xCC\x81|\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD|!");
}

TEST(TokenizerTest, RespectsRangeAndTokenCap) {
  std::string s = "skip these words";
  std::vector<Token> t;
  Tokenize(s, Span{5, 10}, TokenizerOptions{}, &t);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(s.substr(t[0].span.begin, t[0].span.size()), "these");
  // A 3000-byte run of 2-byte letters is cut into pieces of at most 1000
  // bytes, never inside a code point.
  std::string long_word;
  for (int i = 0; i < 1500; ++i) long_word += "\xC3\xA9";
  t.clear();
  TokenizerOptions opts;
  opts.max_token_bytes = 1001;
  Tokenize(long_word, Span{0, static_cast<uint32_t>(long_word.size())}, opts, &t);
  ASSERT_EQ(t.size(), 3u);
  for (const Token& k : t) {
    EXPECT_LE(k.span.size(), 1001u);
    EXPECT_EQ(k.span.begin % 2, 0u);
  }
  EXPECT_EQ(t.back().span.end, long_word.size());
}

TEST(TokenizerTest, SlashAbbreviationNeverSplitsACodePoint) {
  // Found by fuzz_tokenizer: "v/" + U+0301 was cut after the mark's first byte.
  EXPECT_EQ(Tok("v/\xCC\x81" "e w/o b/c w/"), "v|/|\xCC\x81" "e|w/o|b/c|w/");
}

TEST(TokenizerTest, InvalidBytesNeverCrashOrSplitSequences) {
  std::string s = "ab\xFF\xC3 c\xE2\x82 \xF0\x9F\x98 ok";
  std::vector<Token> t;
  Tokenize(s, Span{0, static_cast<uint32_t>(s.size())}, TokenizerOptions{}, &t);
  uint32_t prev = 0;
  for (const Token& k : t) {
    EXPECT_GE(k.span.begin, prev);
    EXPECT_LT(k.span.begin, k.span.end);
    prev = k.span.end;
  }
  EXPECT_EQ(s.substr(t.back().span.begin), "ok");
}

TEST(CharsTest, Classes) {
  EXPECT_EQ(DecodeAt("\xE2\x80\x94", 0).cls, CharClass::kDash);
  EXPECT_EQ(DecodeAt("\xE2\x80\x99", 0).cls, CharClass::kApostrophe);
  EXPECT_EQ(DecodeAt("\xC2\xAB", 0).cls, CharClass::kQuote);
  EXPECT_EQ(DecodeAt("\xE2\x80\xA8", 0).cls, CharClass::kNewline);
  EXPECT_EQ(DecodeAt("\xE2\x82\xAC", 0).cls, CharClass::kSymbol);  // €
  EXPECT_EQ(DecodeAt("\xD0\x96", 0).cls, CharClass::kLetter);      // Ж
  EXPECT_EQ(DecodeAt("\xE4\xB8\xAD", 0).cls, CharClass::kLetter);  // 中
  EXPECT_EQ(DecodeAt("\xED\xA0\x80", 0).cls, CharClass::kOther);   // surrogate: invalid
  EXPECT_EQ(DecodeAt("\xED\xA0\x80", 0).len, 1);
  EXPECT_TRUE(IsUpperLetter(U'Ж'));
  EXPECT_TRUE(IsLowerLetter(U'é'));
}

}  // namespace
}  // namespace newsgraph::text
