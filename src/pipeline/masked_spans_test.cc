#include "pipeline/masked_spans.h"

#include <gtest/gtest.h>

#include <string>

// The names are invented.
namespace newsgraph {
namespace {

// "Sen. Ann Roe" + card + " (Maine) criticized Bob Doe."
struct Fixture {
  Fixture() {
    const std::string card = " Ann Beth RoeBudget stalls MORE";
    doc = Document("Sen. Ann Roe" + card + " (Maine) criticized Bob Doe.", ArticleMeta{});
    doc.meta.masked.push_back(Span{12, static_cast<uint32_t>(12 + card.size())});
    maine = static_cast<uint32_t>(doc.text().find("(Maine)"));
    bob = static_cast<uint32_t>(doc.text().find("Bob"));
  }
  Document doc;
  uint32_t maine = 0, bob = 0;
};

TEST(MaskedSpansTest, NameLikeSpansEndBeforeTheCard) {
  Fixture f;
  Document& doc = f.doc;
  Mention m;
  m.span = Span{5, f.maine + 7};  // "Ann Roe [card] (Maine)"
  m.role = Span{0, 4};            // "Sen."
  doc.mentions.push_back(m);
  Quote q;
  q.content = Span{0, f.bob + 7};  // content keeps the card
  q.source = Span{0, f.maine + 7};
  doc.quotes.push_back(q);
  Event e;
  EventArg actor;
  actor.span = Span{0, f.maine + 7};
  actor.name = "Sen. Ann Roe" + std::string(31, ' ') + " (Maine)";
  e.actor.push_back(actor);
  EventArg recipient;
  recipient.span = Span{f.bob, f.bob + 7};
  recipient.name = "Bob Doe";
  e.recipient.push_back(recipient);
  doc.events.push_back(e);
  ClipSpansAtMasks(&doc);
  EXPECT_EQ(doc.Surface(doc.mentions[0].span), "Ann Roe");
  EXPECT_EQ(doc.Surface(*doc.mentions[0].role), "Sen.");
  EXPECT_EQ(doc.quotes[0].content, (Span{0, f.bob + 7}));
  EXPECT_EQ(doc.Surface(*doc.quotes[0].source), "Sen. Ann Roe");
  EXPECT_EQ(doc.Surface(*doc.events[0].actor[0].span), "Sen. Ann Roe");
  EXPECT_EQ(doc.events[0].actor[0].name, "Sen. Ann Roe (Maine)");
  EXPECT_EQ(doc.Surface(*doc.events[0].recipient[0].span), "Bob Doe");
  EXPECT_EQ(doc.events[0].recipient[0].name, "Bob Doe");
  EXPECT_TRUE(CheckSpans(doc).ok());
}

TEST(MaskedSpansTest, NothingMaskedNothingChanged) {
  Document doc("Ann  Roe (Maine) spoke.", ArticleMeta{});
  Mention m;
  m.span = Span{0, 16};
  doc.mentions.push_back(m);
  Entity e;
  e.name = "Ann  Roe";
  doc.entities.push_back(e);
  ClipSpansAtMasks(&doc);
  EXPECT_EQ(doc.mentions[0].span, (Span{0, 16}));
  EXPECT_EQ(doc.entities[0].name, "Ann  Roe");
}

TEST(MaskedSpansTest, SpansBeforeOrAfterACardAreKept) {
  Fixture f;
  Mention before, after;
  before.span = Span{5, 12};  // "Ann Roe", ends where the card begins
  after.span = Span{f.maine, f.maine + 7};
  f.doc.mentions = {before, after};
  ClipSpansAtMasks(&f.doc);
  EXPECT_EQ(f.doc.mentions[0].span, (Span{5, 12}));
  EXPECT_EQ(f.doc.Surface(f.doc.mentions[1].span), "(Maine)");
}

}  // namespace
}  // namespace newsgraph
