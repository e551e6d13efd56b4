#include "ingest/hover_card.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "core/utf8.h"
#include "ingest/article_html.h"
#include "ingest/article_text.h"
#include "ingest/jsonl.h"

// All names and headlines below are invented.
namespace newsgraph::ingest {
namespace {

// What the pipeline's stages read: text with the cards found blanked.
std::string Masked(std::string_view text) {
  ArticleMeta meta;
  MaskHoverCards(text, &meta);
  return MaskBytes(text, meta.masked);
}

// A same-length run of blanks ('\n' kept).
std::string Blank(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c != '\n') c = ' ';
  return out;
}

// before + card + after is masked to before + blanks + after: same offsets,
// display name (the end of before) kept, every card byte blank.
void ExpectCard(std::string_view before, std::string_view card, std::string_view after) {
  std::string text = std::string(before) + std::string(card) + std::string(after);
  std::string masked = Masked(text);
  EXPECT_EQ(masked.size(), text.size());
  EXPECT_EQ(masked, std::string(before) + Blank(card) + std::string(after));
}

TEST(HoverCardTest, DisplayNameThenFullNameGluedToHeadlines) {
  ExpectCard("Senator Jane Roe",
             " Jane Q. RoeSenate passes farm bill Roe: 'We will not back down' Poll shows tight "
             "race in Ohio MORE",
             " (D-Ohio) said on Monday it passed.");
}

TEST(HoverCardTest, SurnameOnlyDisplay) {
  ExpectCard("President Roe", " Jane Quincy RoeHeadline one here Another headline MORE",
             " on Monday said no.");
}

TEST(HoverCardTest, PossessiveAfterMore) {
  ExpectCard("It was Roe", " Jane Q. RoeHeadline one Headline two MORE", "\u2019s campaign.");
  ExpectCard("It was Roe", " Jane Q. RoeHeadline one MORE", "'s campaign.");
}

TEST(HoverCardTest, FirstHeadlineStartsWithTheSurname) {
  ExpectCard("Paul Roe", " Paul John RoeRoe sought to calm farmers Senate vote slips MORE",
             " and others agreed.");
}

TEST(HoverCardTest, NicknamesParticlesDigitsAndQuotes) {
  ExpectCard("Leader Bob Doe", " Robert (Bob) van Doe2020 hopefuls meet Doe: 'No deal' MORE",
             " (R-Ky.) left.");
  ExpectCard("Rep. Ann Lee", " Ann Marie Lee\u2018Not now\u2019 says Lee MORE", " (D-Ore.) spoke.");
}

TEST(HoverCardTest, InnerCamelCaseIsNotTheJoin) {
  ExpectCard("Leader Max McDuff", " Maxwell Ivo McDuffMcDuff: Vote is near Bills stall MORE",
             " (R-Ky.) said.");
}

TEST(HoverCardTest, DisplayNameGluedToFullName) {
  ExpectCard("and Sam Hill", "Sam HillHouse acts on budget Talks stall MORE", " (Colo.) met.");
}

TEST(HoverCardTest, FullNameNotGluedToHeadline) {
  ExpectCard("Speaker Tom Ives", " Tom Kurt Ives Voters reject levy Ives wins again MORE",
             " (R-Wis.) spoke.");
}

TEST(HoverCardTest, HeadlineRepeatingANameDoesNotMoveTheStart) {
  ExpectCard("Justice Ada Bell",
             " Ada BellWishing Ada Bell a quick recovery Bell Ada Bell Ada rules MORE",
             ", and others.");
  ExpectCard("Sen. Kim Ray",
             " Kimberly RayRay defends vote blocked by Lu Bo Lu Bo blocks question MORE",
             " (Utah) spoke.");
}

TEST(HoverCardTest, CardWithoutHeadlines) {
  ExpectCard("Chief of staff John Kelly", " John Francis KellyMORE", " said on Monday.");
  ExpectCard("Brad Parscale", " Bradley James ParscaleMORE", "\u2019s firm");
  for (const char* text : {"He saw KellyMORE here.", "John Kelly met KellyMORE today.",
                           "Kelly John KellyMOREOVER", "Roe Jane Roe\nRoeMORE"}) {
    EXPECT_EQ(Masked(text), text);
  }
}

TEST(HoverCardTest, SeveralCardsInOneParagraph) {
  EXPECT_EQ(Masked("Roe Jane RoeA b MORE and Doe John DoeC d MORE met."),
            "Roe" + Blank(" Jane RoeA b MORE") + " and Doe" + Blank(" John DoeC d MORE") + " met.");
}

TEST(HoverCardTest, CardAtStartAndEnd) {
  ExpectCard("Roe", " Jane RoeHeadline MORE", " said it.");
  ExpectCard("It was Roe", " Jane RoeHeadline MORE", "");
  ExpectCard("Roe", " RoeHeadline MORE", "");
}

TEST(HoverCardTest, LeavesOrdinaryMoreAlone) {
  for (const char* text : {
           "READ MORE: Senate passes the bill", "READ MORE ABOUT THE BILL",
           "FAR MORE THAN EXPECTED", "She said \"NO MORE WARS\" on Monday.",
           "Jane Roe and Roe Smith want MORE.",
           "Jane Roe met Roe Jane Roe said MORE",  // no headline after the name
           "MOREOVER, Roe Jane RoeSenate MOREOVER",
           "Roe Jane RoeSenate passes bill\nMORE on Monday",  // another line
           "Roe Jane RoeSenate passes bill,MORE",
           "Roe Jane Q. RoeSenate passes farm bill",  // truncated: no MORE
           "Roe is here. Jane RoeX said MORE",        // no display name repeat
       }) {
    ArticleMeta meta;
    EXPECT_EQ(MaskHoverCards(text, &meta), 0u) << text;
    EXPECT_TRUE(meta.masked.empty() && meta.warnings.empty()) << text;
    EXPECT_EQ(Masked(text), text);
  }
}

TEST(HoverCardTest, LinksAndOffsetsAreUnchanged) {
  const std::string text = "Ann Roe Jane RoeHeadline here MORE said. Bob here.";
  ArticleMeta meta;
  meta.links.resize(2);
  meta.links[0].span = Span{0, 7};    // "Ann Roe": the linked display name
  meta.links[1].span = Span{41, 44};  // "Bob": after the card
  ASSERT_EQ(MaskHoverCards(text, &meta), 1u);
  ASSERT_EQ(meta.masked.size(), 1u);
  EXPECT_EQ(meta.masked[0], (Span{7, 34}));  // " Jane RoeHeadline here MORE"
  EXPECT_EQ(*meta.links[0].span, (Span{0, 7}));
  EXPECT_EQ(*meta.links[1].span, (Span{41, 44}));
  std::string masked = MaskBytes(text, meta.masked);
  EXPECT_EQ(masked.substr(0, 7), "Ann Roe");
  EXPECT_EQ(masked.substr(41, 3), "Bob");
  EXPECT_EQ(masked, "Ann Roe" + std::string(27, ' ') + " said. Bob here.");
}

TEST(HoverCardTest, JsonlBodyIsKeptAndTheCardMasked) {
  const std::string body = "Gov. Al Poe Alan Poe2021 budget falls short MORE said no.";
  JsonlParser parser{ReaderOptions{}};
  ReadItem item;
  parser.Parse(R"({"id":"h1","text":")" + body + R"("})", &item);
  ASSERT_TRUE(item.doc) << item.error;
  EXPECT_EQ(item.doc->text(), body);
  ASSERT_EQ(item.doc->meta.masked.size(), 1u);
  EXPECT_EQ(MaskBytes(body, item.doc->meta.masked),
            "Gov. Al Poe" + Blank(" Alan Poe2021 budget falls short MORE") + " said no.");
  ASSERT_EQ(item.doc->meta.warnings.size(), 1u);
  EXPECT_NE(item.doc->meta.warnings[0].find("masked 1 hover card"), std::string::npos);
  EXPECT_TRUE(CheckSpans(*item.doc).ok());

  ReaderOptions keep;
  keep.mask_hover_cards = false;
  JsonlParser raw(keep);
  raw.Parse(R"({"id":"h1","text":"Gov. Al Poe Alan PoeBudget MORE said no."})", &item);
  ASSERT_TRUE(item.doc);
  EXPECT_EQ(item.doc->text(), "Gov. Al Poe Alan PoeBudget MORE said no.");
  EXPECT_TRUE(item.doc->meta.masked.empty());
  EXPECT_TRUE(item.doc->meta.warnings.empty());
}

TEST(HoverCardTest, TextArticleLinksStayValid) {
  ReadItem item = ParseArticleText(
      "Title line\n\nSen. <u>Ann Roe</u> Ann Beth RoeBudget stalls MORE (D-Ore.) and <u>Bob</u> "
      "spoke.\n",
      "t1", ReaderOptions{});
  ASSERT_TRUE(item.doc) << item.error;
  const std::string& text = item.doc->text();
  EXPECT_EQ(text, "Sen. Ann Roe Ann Beth RoeBudget stalls MORE (D-Ore.) and Bob spoke.");
  EXPECT_EQ(MaskBytes(text, item.doc->meta.masked),
            "Sen. Ann Roe" + Blank(" Ann Beth RoeBudget stalls MORE") + " (D-Ore.) and Bob spoke.");
  EXPECT_TRUE(CheckSpans(*item.doc).ok());
  ASSERT_EQ(item.doc->meta.links.size(), 2u);
  for (const Link& l : item.doc->meta.links) {
    ASSERT_TRUE(l.span);
    EXPECT_EQ(text.substr(l.span->begin, l.span->size()), l.anchor);
  }
}

TEST(HoverCardTest, HtmlArticleIsKeptAndTheCardMasked) {
  ReadItem item = ParseArticleHtml(
      "<html><body><article><p>Sen. <a href=\"/p/roe\">Ann Roe</a> Ann Beth RoeBudget stalls "
      "MORE (D-Ore.) spoke.</p></article></body></html>",
      "h1", ReaderOptions{});
  ASSERT_TRUE(item.doc) << item.error;
  const std::string& text = item.doc->text();
  EXPECT_EQ(text, "Sen. Ann Roe Ann Beth RoeBudget stalls MORE (D-Ore.) spoke.");
  EXPECT_EQ(MaskBytes(text, item.doc->meta.masked),
            "Sen. Ann Roe" + Blank(" Ann Beth RoeBudget stalls MORE") + " (D-Ore.) spoke.");
  EXPECT_TRUE(CheckSpans(*item.doc).ok());
  ASSERT_EQ(item.doc->meta.links.size(), 1u);
  ASSERT_TRUE(item.doc->meta.links[0].span);
  EXPECT_EQ(item.doc->Surface(*item.doc->meta.links[0].span), "Ann Roe");
}

// Hostile inputs: bounded time, no crash, same length out.
double Millis(const std::string& text) {
  auto t0 = std::chrono::steady_clock::now();
  ArticleMeta meta;
  MaskHoverCards(text, &meta);
  std::string masked = MaskBytes(text, meta.masked);
  EXPECT_EQ(masked.size(), text.size());
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

std::string Repeat(std::string_view piece, size_t bytes) {
  std::string s;
  while (s.size() < bytes) s += piece;
  return s;
}

TEST(HoverCardTest, HostileInputsAreBounded) {
  constexpr size_t kMb = 1 << 20;
  EXPECT_LT(Millis(Repeat("MORE ", kMb)), 2000);
  EXPECT_LT(Millis(Repeat("aBcDeFgH ", kMb) + " MORE"), 2000);
  EXPECT_LT(Millis(Repeat("Roe Jane RoeX ", kMb) + " MORE"), 2000);
  EXPECT_LT(Millis(Repeat("Ab Ab AbAb Ab AbC MORE ", kMb)), 2000);
  EXPECT_LT(Millis(Repeat("Roe Jane RoeXMORE ", kMb)), 2000);
  EXPECT_LT(Millis(std::string(kMb, 'a') + "Roe Roe" + std::string(kMb, 'X') + " MORE"), 2000);
  EXPECT_LT(Millis(Repeat("aA aA aA aA aA aA aA aA MORE ", 2 * kMb)), 4000);
}

TEST(HoverCardTest, BinaryInputIsBounded) {
  std::mt19937 rng(7);
  std::string bytes(2 << 20, '\0');
  for (char& c : bytes) c = static_cast<char>(rng());
  EXPECT_LT(Millis(bytes), 4000);
  // Random bytes drawn from the card alphabet find many candidates.
  const std::string alphabet = "MORE Roe aB\xC3\xA9\n'";
  for (char& c : bytes) c = alphabet[rng() % alphabet.size()];
  EXPECT_LT(Millis(bytes), 4000);
}

TEST(HoverCardTest, ManyCardsAllMasked) {
  std::string text = Repeat("Roe Jane RoeHeadline MORE said. ", 1 << 20);
  std::vector<Cut> cuts = FindHoverCards(text);
  EXPECT_EQ(cuts.size(), text.size() / 32);
  ArticleMeta meta;
  MaskHoverCards(text, &meta);
  EXPECT_EQ(MaskBytes(text, meta.masked),
            Repeat("Roe" + Blank(" Jane RoeHeadline MORE") + " said. ", 1 << 20));
}

TEST(HoverCardTest, InvalidUtf8AroundACard) {
  std::string text =
      "\xFF\xC3 Sen. Ann Roe Ann Roe\xE9"
      "Budget MORE \x80 Roe Jane RoeX\xC3 MORE\xFE";
  EXPECT_EQ(Masked(text).size(), text.size());
  // Cards begin and end at ASCII bytes, so valid multi-byte characters stay whole.
  std::string no_card = "Sen. Zo\xC3\xAB Roe met Ann Roe\xC3\xA9lan vital MORE spoke.";
  EXPECT_EQ(Masked(no_card), no_card);
  ExpectCard("Sen. Ann Ro\xC3\xAB",
             " Ann Ro\xC3\xAB"
             "Budget MORE",
             " spoke.");
  EXPECT_TRUE(
      utf8::IsValid(Masked("Sen. Ann Roe Ann Roe\u2019Budget \u201CYes\u201D MORE spoke.")));
}

// MaskBytes: '\n' kept, ranges clipped to the text and to whole characters.
TEST(MaskBytesTest, KeepsNewlinesClipsAndKeepsUtf8Whole) {
  EXPECT_EQ(MaskBytes("ab\ncd", {Span{1, 4}}), "a \n d");
  EXPECT_EQ(MaskBytes("abc", {Span{1, 99}}), "a  ");
  EXPECT_EQ(MaskBytes("abc", {}), "abc");
  // "é" is bytes 1-2: a range starting inside it starts after it, one ending inside it ends after.
  EXPECT_EQ(MaskBytes("a\xC3\xA9z", {Span{2, 4}}), "a\xC3\xA9 ");
  EXPECT_EQ(MaskBytes("a\xC3\xA9z", {Span{0, 2}}), "   z");
}

TEST(MaskBytesTest, MaskedTextSwapsTheViewAndBack) {
  Document doc("Ann Roe Jane RoeHeadline MORE said.", ArticleMeta{});
  {
    MaskedText none(&doc);
    EXPECT_EQ(doc.text(), "Ann Roe Jane RoeHeadline MORE said.");
  }
  doc.meta.masked.push_back(Span{7, 29});
  {
    MaskedText masked(&doc);
    EXPECT_EQ(doc.text(), "Ann Roe" + std::string(22, ' ') + " said.");
  }
  EXPECT_EQ(doc.text(), "Ann Roe Jane RoeHeadline MORE said.");
}

}  // namespace
}  // namespace newsgraph::ingest
