// Unit tests of the session-9 article rules of annotator.cc (docs/entities.md, "Session 9:
// rules"), on invented text. Each runs the stage with a tagger that finds no name, so what is
// found comes from the rule under test (and the knowledge base); each fails without its rule.
#include "entities/annotator.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "entities/kb.h"
#include "entities/ner.h"
#include "entities/test_doc.h"

namespace newsgraph::entities {
namespace {

constexpr char kKb[] =
    "# test\n"
    "E\tcountry-pol\tGPE\tPoland\tPOL\t\t\tPOL\t\t\t\t\n"
    "A\tcountry-pol\tPoland\n"
    "E\tgreta-example\tPERSON\tGreta Example\tPOL\tGOV\tf\t\t\t\t\t\n"
    "A\tgreta-example\tGreta Example\n"
    "E\twessexpay\tORG\tWessexPay\tWSX\tBUS\t\t\t\t\t\t\n"
    "A\twessexpay\tWessexPay\n"

    "T\tpresident\tGOV\tpresident\t\n";

std::shared_ptr<const KnowledgeBase> Kb() {
  auto r = KnowledgeBase::Parse(kKb);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return *r;
}

// A tagger trained on sentences without names: it tags nothing.
std::shared_ptr<NerModel> NullTagger() {
  std::vector<NerModel::Sentence> train(
      5, {{"we", "met", "at", "noon", "."}, {"O", "O", "O", "O", "O"}});
  NerModel::TrainOptions opt;
  opt.epochs = 1;
  opt.min_feature_count = 1;
  opt.viterbi = true;
  auto m = NerModel::Train(train, nullptr, opt, nullptr);
  EXPECT_TRUE(m.ok());
  return m.ok() ? *m : nullptr;
}


// The entity types of the name mentions reading `name`, in text order.
std::vector<std::string> NameTypes(const Document& d, const std::string& name) {
  std::vector<std::string> r;
  for (const Mention& m : d.mentions)
    if (m.kind == MentionKind::kName && d.Surface(m.span) == name)
      r.push_back(d.entities[m.entity].type);
  return r;
}

// The entity type of the first name mention reading `name`, or "-".
std::string NameType(const Document& d, const std::string& name) {
  for (const Entity& e : d.entities)
    for (uint32_t m : e.mentions)
      if (d.mentions[m].kind == MentionKind::kName && d.Surface(d.mentions[m].span) == name)
        return e.type;
  return "-";
}

Document Annotate(const std::string& text) {
  static const std::shared_ptr<const KnowledgeBase> kb = Kb();
  static const std::shared_ptr<NerModel> ner = NullTagger();
  Document d = MakeDoc(text, "2021-03-01");
  EXPECT_TRUE(AnnotateDocument(kb.get(), ner.get(), AnnotateOptions(), &d).ok());
  EXPECT_TRUE(CheckSpans(d).ok());
  return d;
}

TEST(RulesTest, FirstNamesInTheFrameOfALetter) {
  Document d = Annotate(
      "Ildiko , Please send the file today .\n"
      "It is on the shared drive .\n"
      "Thanks , Bertil\n"
      "\n"
      "Yes , I agree and Zofka and I will come .\n"
      "Regards , Everyone\n"
      "We watched Dear Kazimir People again .\n");
  EXPECT_EQ(NameType(d, "Ildiko"), "PERSON");  // greeting
  EXPECT_EQ(NameType(d, "Bertil"), "PERSON");  // sign-off
  EXPECT_EQ(NameType(d, "Zofka"), "PERSON");   // "and I"
  EXPECT_EQ(NameType(d, "Yes"), "-");
  EXPECT_EQ(NameType(d, "Everyone"), "-");
  EXPECT_EQ(NameType(d, "Kazimir"), "-");  // a title goes on after the name
  EXPECT_EQ(NameType(d, "It"), "-");
}

TEST(RulesTest, FirstNamesNeedTheirFrame) {
  Document d = Annotate(
      "Lunch , dinner and more are served .\n"
      "The best Pizza in town is here .\n"
      "Thanks Poland for the help .\n");
  EXPECT_EQ(NameType(d, "Lunch"), "-");     // no capitalised word after the comma
  EXPECT_EQ(NameType(d, "Pizza"), "-");     // "best" needs a comma
  EXPECT_EQ(NameType(d, "Poland"), "GPE");  // a place stays a place
}

TEST(RulesTest, BusinessNamesEndInATradeWord) {
  Document d = Annotate(
      "We bought the horse box from Norbury Horse Transport last year .\n"
      "Their prices beat Wessex Futures by far .\n"
      "The Wessex Securities and Exchange Board met .\n"
      "The Poverty & Norbury Insurance report is out .\n");
  EXPECT_EQ(NameType(d, "Norbury Horse Transport"), "ORG");
  EXPECT_EQ(NameType(d, "Wessex Futures"), "ORG");
  EXPECT_EQ(NameType(d, "Wessex Securities"), "-");
  EXPECT_EQ(NameType(d, "Norbury Insurance"), "-");
}

TEST(RulesTest, StatePostalCodesAfterAPlace) {
  Document d = Annotate(
      "Our office is at 12 Main Street , Wessexville , OH 43210 .\n"
      "Write to Smith , IN THE SPRING .\n");
  EXPECT_EQ(NameType(d, "Wessexville"), "GPE");
  EXPECT_EQ(NameType(d, "OH"), "GPE");
  EXPECT_EQ(NameType(d, "IN"), "-");
}

TEST(RulesTest, DottedInitialsJoinTheName) {
  // The organisation comes from BusinessNames, the initials from DottedInitials.
  Document d = Annotate(
      "Please send a copy to J.M. Wessex Futures today .\n"
      "P.S. Norbury Futures called .\n");
  EXPECT_EQ(NameType(d, "J.M. Wessex Futures"), "ORG");
  EXPECT_EQ(NameType(d, "Norbury Futures"), "ORG");  // "P.S." is an abbreviation
}

TEST(RulesTest, CompaniesUsedAsProductsAreProducts) {
  Document d = Annotate(
      "WessexPay said it would grow .\n"
      "Send the money to my WessexPay account today .\n"
      "Open it with WessexPay Viewer 4.0 or later .\n");
  // The company stays a company; "my WessexPay account" is the product.
  EXPECT_EQ(NameTypes(d, "WessexPay"), (std::vector<std::string>{"ORG", "PRODUCT"}));
  EXPECT_EQ(NameType(d, "WessexPay Viewer"), "PRODUCT");
  for (const Entity& e : d.entities) {  // the products keep the company's actor
    if (e.type == "PRODUCT") {
      EXPECT_EQ(e.actor ? e.actor->code : "-", "WSX") << e.name;
    }
  }
}

}  // namespace
}  // namespace newsgraph::entities
