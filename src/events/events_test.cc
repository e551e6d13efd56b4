// Event coder tests on invented sentences (no news text is copied here).
#include "events/events.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "events/plover.h"
#include "events/sentence.h"

namespace newsgraph::events {
namespace {

std::shared_ptr<const EventCoder> Coder(PipelineOptions opt = {}) {
  auto r = EventCoder::Load(opt);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : nullptr;
}

const std::shared_ptr<const EventCoder>& Default() {
  static const std::shared_ptr<const EventCoder> c = Coder();
  return c;
}

// One sentence per line of `text` (the coder works on doc->sentences).
Document Doc(const std::string& text, const std::string& published = "2023-03-15") {
  ArticleMeta m;
  m.id = "t";
  m.published = published;
  Document d(text, m);
  uint32_t b = 0;
  while (b < text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    if (e > b) d.sentences.push_back({{b, static_cast<uint32_t>(e)}, 0, 0, 0});
    b = static_cast<uint32_t>(e + 1);
  }
  return d;
}

void AddTime(Document* d, const std::string& surface, const std::string& value,
             const std::string& precision = "day") {
  size_t p = d->text().find(surface);
  ASSERT_NE(p, std::string::npos);
  TimeExpr t;
  t.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + surface.size())};
  t.value = value;
  t.precision = precision;
  d->times.push_back(t);
}

std::vector<std::string> Codes(const std::vector<EventArg>& args) {
  std::vector<std::string> out;
  for (const EventArg& a : args) out.push_back(a.code + (a.sector.empty() ? "" : "/" + a.sector));
  return out;
}

// A party before an office of state is an affiliation ("Republican senators": LEG), before
// a party's own office ("Democratic leader") the party's.
TEST(Events, APartysLegislatorIsALegislator) {
  EXPECT_EQ(SectorFromSuffix("PTYLEG"), "LEG");
  EXPECT_EQ(SectorFromSuffix("PTYJUD"), "JUD");
  EXPECT_EQ(SectorFromSuffix("PTYGOV"), "PTY");
  EXPECT_EQ(SectorFromSuffix("PTY"), "PTY");
  EXPECT_EQ(SectorFromSuffix("GOVFRM"), "GOV");
  EXPECT_EQ(SectorFromSuffix("LEGPTY"), "LEG");
  EXPECT_EQ(SectorFromSuffix(""), "");
}

TEST(Events, RequestWithTitleDateAndName) {
  Document d = Doc("The French foreign minister urged Germany on Monday to reopen the border.");
  AddTime(&d, "on Monday", "2023-03-13");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  const Event& e = d.events[0];
  EXPECT_EQ(e.type, "REQUEST");
  EXPECT_EQ(e.cameo, "102");
  EXPECT_EQ(Codes(e.actor), std::vector<std::string>{"FRA/GOV"});
  EXPECT_EQ(Codes(e.recipient), std::vector<std::string>{"DEU"});
  EXPECT_EQ(e.date, "2023-03-13");
  EXPECT_EQ(e.modality, "asserted");
  EXPECT_EQ(d.Surface(e.trigger), "urged");
  EXPECT_TRUE(CheckSpans(d).ok());
}

TEST(Events, FutureMeetingIsAgreeWithPlace) {
  Document d =
      Doc("Polish President Anna Kowalczyk is scheduled to meet Italian officials in Geneva.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  const Event& e = d.events[0];
  EXPECT_EQ(e.type, "AGREE");
  EXPECT_EQ(e.cameo, "036");
  EXPECT_EQ(e.modality, "future");
  EXPECT_EQ(Codes(e.actor), std::vector<std::string>{"POL/GOV"});
  EXPECT_EQ(Codes(e.recipient), std::vector<std::string>{"ITA/GOV"});
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->country, "CHE");
  EXPECT_TRUE(e.date.empty());  // no date in the text, future: not the publication date
}

TEST(Events, VerbalAttacksAndOfferedCriticismAreAccusations) {
  Document d =
      Doc("The French president attacked Germany over Twitter.\n"
          "The French president offered sharp criticism of Germany.\n"
          "French troops attacked German positions.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  std::vector<std::string> got;
  for (const Event& e : d.events) got.push_back(e.type + " " + e.cameo);
  EXPECT_EQ(got, (std::vector<std::string>{"ACCUSE 111", "ACCUSE 111", "ASSAULT 190"}));
}

TEST(Events, AgreeingThatIsAnOpinionNotAnAgreement) {
  Document d =
      Doc("The French president agreed that German police were slow to react.\n"
          "The French president agreed to help Germany.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "AGREE");
  EXPECT_EQ(d.events[0].sentence, 1u);
}

TEST(Events, RefusingToSignIsNoAgreement) {
  Document d = Doc("The French president refused to sign the agreement with Germany.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) {
    if (e.type == "AGREE") {
      EXPECT_EQ(e.modality, "negated");
    }
  }
}

TEST(Events, CalledOnIsARequestButAPhoneCallIsNot) {
  Document d =
      Doc("The French president called Germany on Monday.\n"
          "The French president called on Germany to act.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "REQUEST");
  EXPECT_EQ(d.events[0].sentence, 1u);
}

TEST(Events, NameRememberedAcrossSentences) {
  Document d =
      Doc("Spanish Prime Minister Luis Ortega arrived late.\n"
          "Ortega later accused Morocco of ignoring the accord.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "ACCUSE");
  EXPECT_EQ(d.events[0].sentence, 1u);
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"ESP/GOV"});
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"MAR"});
}

TEST(Events, HypotheticalAndNegated) {
  Document d = Doc("Moscow could attack Finland.\nSpain did not criticize Morocco.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 2u);
  EXPECT_EQ(d.events[0].type, "ASSAULT");
  EXPECT_EQ(d.events[0].modality, "hypothetical");
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"RUS/GOV"});
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"FIN"});
  EXPECT_EQ(d.events[1].type, "ACCUSE");
  EXPECT_EQ(d.events[1].modality, "negated");
}

TEST(Events, CompoundActorsNoDyadExplosion) {
  Document d = Doc("Norway and Sweden met in Oslo.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "CONSULT");
  EXPECT_EQ(Codes(d.events[0].actor), (std::vector<std::string>{"NOR", "SWE"}));
  // PLOVER: all participants are actors; none is its own recipient.
  EXPECT_TRUE(d.events[0].recipient.empty());
  ASSERT_TRUE(d.events[0].location.has_value());
  EXPECT_EQ(d.events[0].location->country, "NOR");
}

TEST(Events, PlacesAreShownWithTheirEnglishNameAndContinentsAreNoTowns) {
  Document d = Doc("Norway and Sweden met in Geneva.\nNorway imposed sanctions on Sweden in Asia.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 2u);
  ASSERT_TRUE(d.events[0].location.has_value());
  EXPECT_EQ(d.events[0].location->name, "Geneva");
  EXPECT_EQ(d.events[0].location->country, "CHE");
  EXPECT_FALSE(d.events[1].location.has_value());  // not the Philippine town of Asia
}

TEST(Events, CountriesAndRegionsAreNotTownsOfTheirName) {
  Document d =
      Doc("Norway and Sweden met in Venezuela.\nNorway and Sweden met in Florida.\n"
          "Norway and Sweden met in Singapore.\nNorway and Sweden met in Washington.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 4u);
  // Not the Cuban town of Venezuela nor Floridablanca (Colombia), whose alternate
  // name is Florida. Countries and regions themselves are no event places.
  EXPECT_FALSE(d.events[0].location.has_value()) << d.events[0].location->name;
  EXPECT_FALSE(d.events[1].location.has_value()) << d.events[1].location->name;
  // A city keeps the name it shares with its own country, a big city the name of a region.
  ASSERT_TRUE(d.events[2].location.has_value());
  EXPECT_EQ(d.events[2].location->country, "SGP");
  ASSERT_TRUE(d.events[3].location.has_value());
  EXPECT_EQ(d.events[3].location->country, "USA");
}

TEST(Events, AForeignPlaceIsNoRecipient) {
  Document d = Doc("Norway and Sweden met in Vienna.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(Codes(d.events[0].actor), (std::vector<std::string>{"NOR", "SWE"}));
  EXPECT_TRUE(d.events[0].recipient.empty());
  ASSERT_TRUE(d.events[0].location.has_value());
  EXPECT_EQ(d.events[0].location->country, "AUT");
}

// Adds an entity with one name mention covering `surface` (first occurrence).
void AddEntity(Document* d, const std::string& surface, const std::string& type,
               const std::string& code, const std::string& sector) {
  size_t p = d->text().find(surface);
  ASSERT_NE(p, std::string::npos) << surface;
  Mention m;
  m.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + surface.size())};
  m.type = type;
  m.entity = static_cast<int32_t>(d->entities.size());
  Entity e;
  e.id = "e" + std::to_string(d->entities.size() + 1);
  e.type = type;
  e.name = surface;
  e.actor = ActorRef{code, sector, "", ""};
  e.mentions.push_back(static_cast<uint32_t>(d->mentions.size()));
  d->mentions.push_back(m);
  d->entities.push_back(e);
}

TEST(Events, TheActorOfCountryTitleNameIsThePerson) {
  Document d = Doc("Norwegian Foreign Minister Kari Holm met Swedish Prime Minister Anders Berg.");
  AddEntity(&d, "Norwegian", "NORP", "NOR", "");
  AddEntity(&d, "Kari Holm", "PERSON", "NOR", "GOV");
  AddEntity(&d, "Swedish", "NORP", "SWE", "");
  AddEntity(&d, "Anders Berg", "PERSON", "SWE", "GOV");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  ASSERT_EQ(d.events[0].actor.size(), 1u);
  EXPECT_EQ(d.events[0].actor[0].entity, 1);  // Kari Holm, not "Norwegian"
  EXPECT_EQ(Codes(d.events[0].actor), (std::vector<std::string>{"NOR/GOV"}));
  ASSERT_EQ(d.events[0].recipient.size(), 1u);
  EXPECT_EQ(d.events[0].recipient[0].entity, 3);
}

// Two people of one government are two actors ("Trump criticized Rosenstein"); a country and
// its own people are one ("Norway condemned the Norwegians" is no event between two).
TEST(Events, TwoPeopleOfOneGovernmentAreTwoActors) {
  Document d =
      Doc("Norwegian Prime Minister Kari Holm criticized Norwegian Foreign Minister Ola Dahl.");
  AddEntity(&d, "Kari Holm", "PERSON", "NOR", "GOV");
  AddEntity(&d, "Ola Dahl", "PERSON", "NOR", "GOV");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "ACCUSE");
  ASSERT_EQ(d.events[0].recipient.size(), 1u);
  EXPECT_EQ(d.events[0].recipient[0].entity, 1);
  Document c = Doc("Norway condemned Norway.");
  AddEntity(&c, "Norway", "GPE", "NOR", "");
  ASSERT_TRUE(Default()->Annotate(&c).ok());
  for (const Event& e : c.events) EXPECT_TRUE(e.recipient.empty()) << e.type;
}

TEST(Events, APartyBeforeATitleIsNotTheActor) {
  // "Liberal" is a party (its own entity, sector PTY) inside the title of the person.
  Document d = Doc("Liberal Sen. Kari Holm met Swedish Prime Minister Anders Berg.");
  AddEntity(&d, "Liberal", "ORG", "NOR", "PTY");
  AddEntity(&d, "Kari Holm", "PERSON", "NOR", "LEG");
  d.mentions[1].role = Span{0, 12};  // "Liberal Sen."
  AddEntity(&d, "Swedish", "NORP", "SWE", "");
  AddEntity(&d, "Anders Berg", "PERSON", "SWE", "GOV");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  ASSERT_EQ(d.events[0].actor.size(), 1u);
  EXPECT_EQ(d.events[0].actor[0].entity, 1);  // Kari Holm, not the party
  EXPECT_EQ(Codes(d.events[0].actor), (std::vector<std::string>{"NOR/LEG"}));
  ASSERT_TRUE(d.events[0].actor[0].span.has_value());
  EXPECT_EQ(d.Surface(*d.events[0].actor[0].span), "Liberal Sen. Kari Holm");
}

TEST(Events, ATownAfterOfIsWhereSomeoneIsFromNotTheActor) {
  // "Kari Holm, 26, of Bergen" threatened the police: Bergen (a town) does not act.
  Document d = Doc("A man of Bergen threatened Swedish police.");
  AddEntity(&d, "Bergen", "GPE", "NOR", "");
  d.entities[0].actor->kb = "geo-1";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events)
    for (const EventArg& a : e.actor) EXPECT_NE(a.entity, 0) << e.type;
  // A country after "of" still can be ("the government of Norway threatened ...").
  Document c = Doc("The government of Norway threatened Swedish police.");
  AddEntity(&c, "Norway", "GPE", "NOR", "");
  c.entities[0].actor->kb = "country-nor";
  ASSERT_TRUE(Default()->Annotate(&c).ok());
  ASSERT_EQ(c.events.size(), 1u);
  EXPECT_EQ(Codes(c.events[0].actor), (std::vector<std::string>{"NOR/GOV"}));
}

TEST(Events, AResolvedSubjectPronounActsAsItsPerson) {
  Document d =
      Doc("Norwegian Foreign Minister Kari Holm arrived.\n"
          "Later she met Swedish Prime Minister Anders Berg.");
  AddEntity(&d, "Kari Holm", "PERSON", "NOR", "GOV");
  AddEntity(&d, "Anders Berg", "PERSON", "SWE", "GOV");
  Mention she;  // the entity layer resolved "she" to Kari Holm
  size_t p = d.text().find("she");
  she.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + 3)};
  she.kind = MentionKind::kPronoun;
  she.type = "PERSON";
  she.entity = 0;
  d.entities[0].mentions.push_back(static_cast<uint32_t>(d.mentions.size()));
  d.mentions.push_back(she);
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  bool found = false;
  for (const Event& e : d.events) {
    if (e.sentence != 1) continue;
    found = true;
    ASSERT_EQ(e.actor.size(), 1u);
    EXPECT_EQ(e.actor[0].entity, 0);
    EXPECT_EQ(e.actor[0].name, "Kari Holm");
    EXPECT_EQ(Codes(e.actor), (std::vector<std::string>{"NOR/GOV"}));
  }
  EXPECT_TRUE(found);
}

// A hand-made dependency parse of the first sentence: one token per entry,
// found in order in the text; head is 1-based within the sentence, 0 = root.
struct Dep {
  const char* word;
  const char* upos;
  int head;
  const char* rel;
  const char* xpos = "";  // Penn tag, where a rule reads it (VBG, WDT)
};

void AddParse(Document* d, const std::vector<Dep>& deps) {
  const uint32_t first = static_cast<uint32_t>(d->tokens.size());
  size_t pos = 0;
  for (const Dep& x : deps) {
    size_t p = d->text().find(x.word, pos);
    ASSERT_NE(p, std::string::npos) << x.word;
    Token t;
    t.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + std::strlen(x.word))};
    d->tokens.push_back(t);
    pos = t.span.end;
  }
  d->syntax.resize(d->tokens.size());
  for (size_t i = 0; i < deps.size(); ++i) {
    TokenSyntax& s = d->syntax[first + i];
    s.upos = deps[i].upos;
    s.head = deps[i].head == 0 ? -1 : static_cast<int32_t>(first + deps[i].head - 1);
    s.deprel = deps[i].rel;
    s.xpos = deps[i].xpos;
  }
  d->sentences[0].token_begin = first;
  d->sentences[0].token_end = static_cast<uint32_t>(d->tokens.size());
}

TEST(Events, PurposeClauseAndSectorActorTakeTheMainClauseAndThePlace) {
  Document d =
      Doc("Thousands of farmers drove tractors into central Brussels to protest against the "
          "European Union.");
  AddParse(&d, {{"Thousands", "NOUN", 4, "nsubj"},
                {"of", "ADP", 3, "case"},
                {"farmers", "NOUN", 1, "nmod"},
                {"drove", "VERB", 0, "root"},
                {"tractors", "NOUN", 4, "obj"},
                {"into", "ADP", 8, "case"},
                {"central", "ADJ", 8, "amod"},
                {"Brussels", "PROPN", 4, "obl"},
                {"to", "PART", 10, "mark"},
                {"protest", "VERB", 4, "advcl"},
                {"against", "ADP", 14, "case"},
                {"the", "DET", 14, "det"},
                {"European", "ADJ", 14, "amod"},
                {"Union", "PROPN", 10, "obl"},
                {".", "PUNCT", 4, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "PROTEST");
  // Farmers (a sector) in Brussels: BEL CVL, not the city as the actor.
  EXPECT_EQ(Codes(d.events[0].actor), (std::vector<std::string>{"BEL/CVL"}));
  EXPECT_EQ(Codes(d.events[0].recipient), (std::vector<std::string>{"EUR"}));
  ASSERT_TRUE(d.events[0].location.has_value());
  EXPECT_EQ(d.events[0].location->country, "BEL");
}

TEST(Events, ParseGivesTheSubjectOfAControlVerb) {
  // "is scheduled to meet": the passive subject of "scheduled" meets.
  Document d = Doc("Norway is scheduled to meet Sweden.");
  AddParse(&d, {{"Norway", "PROPN", 3, "nsubj:pass"},
                {"is", "AUX", 3, "aux:pass"},
                {"scheduled", "VERB", 0, "root"},
                {"to", "PART", 5, "mark"},
                {"meet", "VERB", 3, "xcomp"},
                {"Sweden", "PROPN", 5, "obj"},
                {".", "PUNCT", 3, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "AGREE");
  EXPECT_EQ(d.events[0].modality, "future");
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"NOR"});
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"SWE"});
}

TEST(Events, ParseFindsAnObjectWordOrderWouldNot) {
  // The object is 7 words after the verb: too far for the word-order rule,
  // but the parse says it is what was urged.
  const std::string text =
      "Norway urged its long-standing and often difficult neighbour Sweden to act.";
  Document plain = Doc(text);
  ASSERT_TRUE(Default()->Annotate(&plain).ok());
  EXPECT_TRUE(plain.events.empty());
  Document d = Doc(text);
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"urged", "VERB", 0, "root"},
                {"its", "PRON", 8, "nmod:poss"},
                {"long-standing", "ADJ", 8, "amod"},
                {"and", "CCONJ", 7, "cc"},
                {"often", "ADV", 7, "advmod"},
                {"difficult", "ADJ", 4, "conj"},
                {"neighbour", "NOUN", 2, "obj"},
                {"Sweden", "PROPN", 8, "appos"},
                {"to", "PART", 11, "mark"},
                {"act", "VERB", 2, "xcomp"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "REQUEST");
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"NOR"});
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"SWE"});
}

TEST(Events, WarnThatNamesTheClauseSubjectAsRecipient) {
  // "X warns that Y could attack Z": X accuses Y (and the clause is its own, hypothetical
  // event); "X said that Y ..." is no event of X's.
  Document d = Doc("Norway warns that Sweden could attack Finland.");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"warns", "VERB", 0, "root"},
                {"that", "SCONJ", 6, "mark"},
                {"Sweden", "PROPN", 6, "nsubj"},
                {"could", "AUX", 6, "aux"},
                {"attack", "VERB", 2, "ccomp"},
                {"Finland", "PROPN", 6, "obj"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 2u);
  EXPECT_EQ(d.events[0].type, "ACCUSE");
  EXPECT_EQ(d.events[0].modality, "asserted");
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"NOR"});
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"SWE"});
  EXPECT_EQ(d.events[1].type, "ASSAULT");
  EXPECT_EQ(d.events[1].modality, "hypothetical");

  Document said = Doc("Norway said that Sweden praised Finland.");
  AddParse(&said, {{"Norway", "PROPN", 2, "nsubj"},
                   {"said", "VERB", 0, "root"},
                   {"that", "SCONJ", 5, "mark"},
                   {"Sweden", "PROPN", 5, "nsubj"},
                   {"praised", "VERB", 2, "ccomp"},
                   {"Finland", "PROPN", 5, "obj"},
                   {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&said).ok());
  for (const Event& e : said.events) EXPECT_NE(Codes(e.actor), std::vector<std::string>{"NOR"});
}

TEST(Events, PassiveWithoutDoerIsNoEventWithAParse) {
  Document d = Doc("Sweden was criticized.");
  AddParse(&d, {{"Sweden", "PROPN", 3, "nsubj:pass"},
                {"was", "AUX", 3, "aux:pass"},
                {"criticized", "VERB", 0, "root"},
                {".", "PUNCT", 3, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty());
}

TEST(Events, NominalTalksBetweenAndVisitTo) {
  // "talks between X and Y": one CONSULT, both actors (from the parse).
  Document d = Doc("The talks between Norway and Sweden resumed.");
  AddParse(&d, {{"The", "DET", 2, "det"},
                {"talks", "NOUN", 7, "nsubj"},
                {"between", "ADP", 4, "case"},
                {"Norway", "PROPN", 2, "nmod"},
                {"and", "CCONJ", 6, "cc"},
                {"Sweden", "PROPN", 4, "conj"},
                {"resumed", "VERB", 0, "root"},
                {".", "PUNCT", 7, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "CONSULT");
  EXPECT_EQ(Codes(d.events[0].actor), (std::vector<std::string>{"NOR", "SWE"}));
  EXPECT_TRUE(d.events[0].recipient.empty());
  // "a visit to X" (a pattern of our lexicon; no parse needed).
  Document v = Doc("Norway's visit to Sweden ended.");
  ASSERT_TRUE(Default()->Annotate(&v).ok());
  ASSERT_EQ(v.events.size(), 1u);
  EXPECT_EQ(v.events[0].type, "CONSULT");
  EXPECT_EQ(v.events[0].cameo, "042");
  EXPECT_EQ(Codes(v.events[0].actor), std::vector<std::string>{"NOR"});
  EXPECT_EQ(Codes(v.events[0].recipient), std::vector<std::string>{"SWE"});
}

TEST(Events, AnUncodedNamedDoerIsNotReplacedByANearbyActor) {
  // The parse says Nordmann urged; he is no actor we know, and his modifier "Norway" is not
  // him. Word order alone would have made Norway the actor.
  const std::string text = "Norway fan club member Ola Nordmann urged Sweden to act.";
  Document plain = Doc(text);
  ASSERT_TRUE(Default()->Annotate(&plain).ok());
  ASSERT_EQ(plain.events.size(), 1u);
  Document d = Doc(text);
  AddParse(&d, {{"Norway", "PROPN", 3, "compound"},
                {"fan", "NOUN", 3, "compound"},
                {"club", "NOUN", 4, "compound"},
                {"member", "NOUN", 6, "compound"},
                {"Ola", "PROPN", 6, "compound"},
                {"Nordmann", "PROPN", 7, "nsubj"},
                {"urged", "VERB", 0, "root"},
                {"Sweden", "PROPN", 7, "obj"},
                {"to", "PART", 10, "mark"},
                {"act", "VERB", 7, "xcomp"},
                {".", "PUNCT", 7, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty());
}

TEST(Events, APlaceNamingATreatyIsNoActor) {
  // Sweden left an accord named after Oslo: no event against Norway's capital.
  for (const char* text :
       {"Sweden withdrew from the Oslo climate accord.", "Sweden criticized the Oslo Act."}) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    for (const Event& e : d.events)
      EXPECT_TRUE(e.recipient.empty() || Codes(e.recipient)[0].rfind("NOR", 0) != 0) << text;
  }
  Document plain = Doc("Sweden criticized Oslo.");
  ASSERT_TRUE(Default()->Annotate(&plain).ok());
  ASSERT_EQ(plain.events.size(), 1u);
  EXPECT_EQ(Codes(plain.events[0].recipient)[0].substr(0, 3), "NOR");
}

// "in Geneva where Norway and Sweden were meeting": the place before a "where" of the
// trigger's clause, whichever clause the parse hangs it from.
TEST(Events, APlaceBeforeWhereIsTheEventsPlace) {
  Document d = Doc("Talks ended in Geneva where Norway and Sweden were meeting .");
  AddParse(&d, {{"Talks", "NOUN", 2, "nsubj"},
                {"ended", "VERB", 0, "root", "VBD"},
                {"in", "ADP", 4, "case"},
                {"Geneva", "PROPN", 2, "obl"},
                {"where", "ADV", 10, "advmod", "WRB"},
                {"Norway", "PROPN", 10, "nsubj"},
                {"and", "CCONJ", 8, "cc"},
                {"Sweden", "PROPN", 6, "conj"},
                {"were", "AUX", 10, "aux"},
                {"meeting", "VERB", 2, "advcl", "VBG"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[9].lemma = "meet";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  ASSERT_TRUE(d.events[0].location.has_value());
  EXPECT_EQ(d.events[0].location->name, "Geneva");
}

// "Norway said Denmark would meet Sweden": the "will" of what was said, a future meeting (coded
// AGREE, as PLOVER codes future cooperation); with an "if" clause still a condition.
TEST(Events, WouldUnderAPastReportIsTheFuture) {
  Document d = Doc("Norway said Denmark would meet Sweden .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"said", "VERB", 0, "root", "VBD"},
                {"Denmark", "PROPN", 5, "nsubj"},
                {"would", "AUX", 5, "aux", "MD"},
                {"meet", "VERB", 2, "ccomp", "VB"},
                {"Sweden", "PROPN", 5, "obj"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[1].lemma = "say";
  d.syntax[4].lemma = "meet";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].modality, "future");
  EXPECT_EQ(d.events[0].type, "AGREE");
  Document c = Doc("Norway said Denmark would meet Sweden if Iceland paid .");
  AddParse(&c, {{"Norway", "PROPN", 2, "nsubj"},
                {"said", "VERB", 0, "root", "VBD"},
                {"Denmark", "PROPN", 5, "nsubj"},
                {"would", "AUX", 5, "aux", "MD"},
                {"meet", "VERB", 2, "ccomp", "VB"},
                {"Sweden", "PROPN", 5, "obj"},
                {"if", "SCONJ", 9, "mark"},
                {"Iceland", "PROPN", 9, "nsubj"},
                {"paid", "VERB", 5, "advcl", "VBD"},
                {".", "PUNCT", 2, "punct"}});
  c.syntax[1].lemma = "say";
  c.syntax[4].lemma = "meet";
  ASSERT_TRUE(Default()->Annotate(&c).ok());
  ASSERT_EQ(c.events.size(), 1u);
  EXPECT_EQ(c.events[0].modality, "hypothetical");
}

// "Norway offered Sweden money to attack Denmark", parsed with the to-clause as adverbial: the
// one offered would attack, not Norway.
TEST(Events, TheOneOfferedDoesTheOfferedAction) {
  Document d = Doc("Norway offered Sweden money to attack Denmark .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"offered", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 2, "iobj"},
                {"money", "NOUN", 2, "obj"},
                {"to", "PART", 6, "mark"},
                {"attack", "VERB", 2, "advcl", "VB"},
                {"Denmark", "PROPN", 6, "obj"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[1].lemma = "offer";
  d.syntax[5].lemma = "attack";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  bool attack = false;
  for (const Event& e : d.events) {
    if (e.trigger.begin != d.text().find("attack")) continue;
    attack = true;
    EXPECT_EQ(Codes(e.actor), (std::vector<std::string>{"SWE"}));
    EXPECT_EQ(e.modality, "hypothetical");
  }
  EXPECT_TRUE(attack);
}

// "attacked NATO as reckless": the object is called something, a verbal attack on whatever
// the recipient is; "attacked Sweden as talks collapsed" (a clause) stays an assault.
TEST(Events, AttackingSomethingAsWhatItIsCalledIsVerbal) {
  Document d =
      Doc("Norway attacked NATO as reckless .\nNorway attacked Sweden as talks collapsed .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"attacked", "VERB", 0, "root", "VBD"},
                {"NATO", "PROPN", 2, "obj"},
                {"as", "ADP", 5, "case"},
                {"reckless", "ADJ", 2, "xcomp", "JJ"},
                {".", "PUNCT", 2, "punct"},
                {"Norway", "PROPN", 8, "nsubj"},
                {"attacked", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 8, "obj"},
                {"as", "SCONJ", 12, "mark"},
                {"talks", "NOUN", 12, "nsubj"},
                {"collapsed", "VERB", 8, "advcl", "VBD"},
                {".", "PUNCT", 8, "punct"}});
  d.syntax[1].lemma = d.syntax[7].lemma = "attack";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  std::vector<std::string> got;
  for (const Event& e : d.events) got.push_back(e.type + " " + e.cameo);
  EXPECT_EQ(got, (std::vector<std::string>{"ACCUSE 111", "ASSAULT 190"}));
}

// "warned Sweden that attacking Denmark would be a mistake": the warned-of clause's subject is an
// action, whoever the parse makes its subject; no one is accused (Denmark least of all).
TEST(Events, AWarningAboutAnActionAccusesNoOne) {
  Document d = Doc("Norway warned Sweden that attacking Denmark would be a mistake .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"warned", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 2, "obj"},
                {"that", "SCONJ", 10, "mark"},
                {"attacking", "VERB", 10, "csubj", "VBG"},
                {"Denmark", "PROPN", 10, "nsubj"},
                {"would", "AUX", 10, "aux", "MD"},
                {"be", "AUX", 10, "cop", "VB"},
                {"a", "DET", 10, "det"},
                {"mistake", "NOUN", 2, "ccomp"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[1].lemma = "warn";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) EXPECT_NE(Codes(e.recipient), (std::vector<std::string>{"DNK"}));
}

TEST(Events, ATimeParsedAsTheSubjectIsNoDoer) {
  Document d = Doc("Norway last week accused Sweden of lying.");
  AddTime(&d, "last week", "2023-W10", "week");
  AddParse(&d, {{"Norway", "ADV", 4, "advmod"},
                {"last", "ADJ", 3, "amod"},
                {"week", "NOUN", 4, "nsubj"},
                {"accused", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 4, "obj"},
                {"of", "SCONJ", 7, "mark"},
                {"lying", "VERB", 4, "advcl", "VBG"},
                {".", "PUNCT", 4, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"NOR"});
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"SWE"});
}

TEST(Events, ATimeOfTheMainClauseDoesNotDateAClaimInsideItsObject) {
  // "Sweden rejected claims that Norway attacked Denmark in 2030": 2030 dates the rejection
  // (the parse hangs it on "rejected"), not the attack inside the object "claims".
  Document d = Doc("Sweden rejected claims that Norway attacked Denmark in 2030 .");
  AddTime(&d, "2030", "2030", "year");
  AddParse(&d, {{"Sweden", "PROPN", 2, "nsubj"},
                {"rejected", "VERB", 0, "root", "VBD"},
                {"claims", "NOUN", 2, "obj"},
                {"that", "SCONJ", 6, "mark"},
                {"Norway", "PROPN", 6, "nsubj"},
                {"attacked", "VERB", 3, "acl", "VBD"},
                {"Denmark", "PROPN", 6, "obj"},
                {"in", "ADP", 9, "case"},
                {"2030", "NUM", 2, "obl"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  bool attack = false;
  for (const Event& e : d.events) {
    if (e.type == "ASSAULT" || e.type == "ATTACK" ||
        Codes(e.actor) == std::vector<std::string>{"NOR"}) {
      attack = true;
      EXPECT_TRUE(e.date.empty()) << e.type << " " << e.date;
    }
    if (Codes(e.actor) == std::vector<std::string>{"SWE"}) EXPECT_EQ(e.date, "2030");
  }
  EXPECT_TRUE(attack);
  // The same time on the event's own verb dates it.
  Document own = Doc("Norway accused Sweden in 2030 .");
  AddTime(&own, "2030", "2030", "year");
  AddParse(&own, {{"Norway", "PROPN", 2, "nsubj"},
                  {"accused", "VERB", 0, "root", "VBD"},
                  {"Sweden", "PROPN", 2, "obj"},
                  {"in", "ADP", 5, "case"},
                  {"2030", "NUM", 2, "obl"},
                  {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&own).ok());
  ASSERT_EQ(own.events.size(), 1u);
  EXPECT_EQ(own.events[0].date, "2030");
}

TEST(Events, ATimeInARelativeOrFutureClauseDoesNotDateAPastEvent) {
  // "Sweden criticized Norway, which would set terms until 2031": the time belongs to the
  // relative clause of the object, not to the criticism.
  Document rel = Doc("Sweden criticized Norway , which would set terms until 2031 .");
  AddTime(&rel, "2031", "2031", "year");
  AddParse(&rel, {{"Sweden", "PROPN", 2, "nsubj"},
                  {"criticized", "VERB", 0, "root", "VBD"},
                  {"Norway", "PROPN", 2, "obj"},
                  {",", "PUNCT", 7, "punct"},
                  {"which", "PRON", 7, "nsubj"},
                  {"would", "AUX", 7, "aux"},
                  {"set", "VERB", 3, "acl:relcl"},
                  {"terms", "NOUN", 7, "obj"},
                  {"until", "ADP", 10, "case"},
                  {"2031", "NUM", 7, "obl"},
                  {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&rel).ok());
  ASSERT_EQ(rel.events.size(), 1u);
  EXPECT_TRUE(rel.events[0].date.empty()) << rel.events[0].date;
  // "Norway accused Sweden in a case it will hear in 2031", the future clause parsed as a
  // conjunct of the past-tense event: still not the accusation's date.
  Document fut = Doc("Norway accused Sweden in a case it will hear in 2031 .");
  AddTime(&fut, "2031", "2031", "year");
  AddParse(&fut, {{"Norway", "PROPN", 2, "nsubj"},
                  {"accused", "VERB", 0, "root", "VBD"},
                  {"Sweden", "PROPN", 2, "obj"},
                  {"in", "ADP", 6, "case"},
                  {"a", "DET", 6, "det"},
                  {"case", "NOUN", 2, "obl"},
                  {"it", "PRON", 9, "nsubj"},
                  {"will", "AUX", 9, "aux"},
                  {"hear", "VERB", 2, "conj", "VB"},
                  {"in", "ADP", 11, "case"},
                  {"2031", "NUM", 9, "obl"},
                  {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&fut).ok());
  ASSERT_EQ(fut.events.size(), 1u);
  EXPECT_TRUE(fut.events[0].date.empty()) << fut.events[0].date;
}

TEST(Events, ACountryAdjectiveOnAThingIsNoRecipientButOnPeopleOrAnActionItIs) {
  auto recipients = [](const std::string& text, const std::vector<Dep>& deps) {
    Document d = Doc(text);
    AddParse(&d, deps);
    EXPECT_TRUE(Default()->Annotate(&d).ok());
    std::vector<std::string> out;
    for (const Event& e : d.events)
      for (const std::string& c : Codes(e.recipient)) out.push_back(c);
    return out;
  };
  // "demanded the full Danish report": the report is no actor, nor is Denmark its target.
  auto thing = recipients("Norway demanded the full Danish report .",
                          {{"Norway", "PROPN", 2, "nsubj"},
                           {"demanded", "VERB", 0, "root", "VBD"},
                           {"the", "DET", 6, "det"},
                           {"full", "ADJ", 6, "amod"},
                           {"Danish", "ADJ", 6, "amod"},
                           {"report", "NOUN", 2, "obj"},
                           {".", "PUNCT", 2, "punct"}});
  for (const std::string& c : thing) EXPECT_NE(c.substr(0, 3), "DNK") << c;
  // People of that country, and an action of its: Denmark is the recipient.
  auto people =
      recipients("Norway criticized Danish students .", {{"Norway", "PROPN", 2, "nsubj"},
                                                         {"criticized", "VERB", 0, "root", "VBD"},
                                                         {"Danish", "ADJ", 4, "amod"},
                                                         {"students", "NOUN", 2, "obj"},
                                                         {".", "PUNCT", 2, "punct"}});
  ASSERT_FALSE(people.empty());
  EXPECT_EQ(people[0].substr(0, 3), "DNK");
  auto action =
      recipients("Norway condemned the Danish attack .", {{"Norway", "PROPN", 2, "nsubj"},
                                                          {"condemned", "VERB", 0, "root", "VBD"},
                                                          {"the", "DET", 5, "det"},
                                                          {"Danish", "ADJ", 5, "amod"},
                                                          {"attack", "NOUN", 2, "obj"},
                                                          {".", "PUNCT", 2, "punct"}});
  ASSERT_FALSE(action.empty());
  EXPECT_EQ(action[0].substr(0, 3), "DNK");
}

TEST(Events, AnOpenQuestionAndAThreatAreHypothetical) {
  // The negation belongs to the clause that asks, not to the urging.
  Document q = Doc("Norway did not say whether Sweden is urging Denmark to act.");
  ASSERT_TRUE(Default()->Annotate(&q).ok());
  ASSERT_EQ(q.events.size(), 1u);
  EXPECT_EQ(q.events[0].modality, "hypothetical");
  Document t = Doc("Norway spent the year threatening to attack Sweden.");
  ASSERT_TRUE(Default()->Annotate(&t).ok());
  ASSERT_FALSE(t.events.empty());
  for (const Event& e : t.events) EXPECT_EQ(e.modality, "hypothetical") << e.type;
}

TEST(Events, NoRecipientFromAReasonClauseOrAnAttribution) {
  for (const char* text : {"Norway condemned Olsen because Swedish workers are poor.",
                           "\"Norway will attack them,\" said a Swedish official."}) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    for (const Event& e : d.events)
      for (const std::string& c : Codes(e.recipient)) EXPECT_NE(c.substr(0, 3), "SWE") << text;
  }
}

TEST(Events, AGerundModifyingANounIsNoEvent) {
  // "Norway used the veto as a negotiating tactic with Sweden": no talks took place.
  Document d = Doc("Norway used it as a negotiating tactic against Sweden .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"used", "VERB", 0, "root", "VBD"},
                {"it", "PRON", 2, "obj"},
                {"as", "ADP", 7, "case"},
                {"a", "DET", 7, "det"},
                {"negotiating", "VERB", 7, "amod", "VBG"},
                {"tactic", "NOUN", 2, "obl"},
                {"against", "ADP", 9, "case"},
                {"Sweden", "PROPN", 7, "nmod"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) EXPECT_NE(e.type, "CONSULT") << e.cameo;
}

TEST(Events, ACommaWithoutAndMakesNoList) {
  // "At a school in Gothenburg, the Norwegian minister urged ...": Gothenburg is where, not
  // who; "Oslo, the Norwegian capital" is one actor. A list ends with "and".
  Document d = Doc("At a school in Gothenburg, the Norwegian minister urged Denmark to act.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"NOR/GOV"});
  Document list = Doc("Sweden, Finland and Norway urged Denmark to act.");
  ASSERT_TRUE(Default()->Annotate(&list).ok());
  ASSERT_EQ(list.events.size(), 1u);
  EXPECT_EQ(list.events[0].actor.size(), 3u);
}

TEST(Events, TheObjectOfAPressingVerbDoesItsComplement) {
  // "Norway pressured Sweden to reject Denmark": Sweden would reject, if it did.
  Document d = Doc("Norway pressured Sweden to reject Denmark .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"pressured", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 2, "obj"},
                {"to", "PART", 5, "mark"},
                {"reject", "VERB", 2, "xcomp", "VB"},
                {"Denmark", "PROPN", 5, "obj"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  bool reject = false;
  for (const Event& e : d.events) {
    if (e.type != "REJECT") continue;
    reject = true;
    EXPECT_EQ(Codes(e.actor), std::vector<std::string>{"SWE"});
    EXPECT_EQ(e.modality, "hypothetical");
  }
  EXPECT_TRUE(reject);
}

TEST(Events, TalksThatAreSetOrSoughtAreNotHeld) {
  Document d = Doc("Talks between Norway and Sweden are set for Friday .");
  AddParse(&d, {{"Talks", "NOUN", 7, "nsubj:pass"},
                {"between", "ADP", 3, "case"},
                {"Norway", "PROPN", 1, "nmod"},
                {"and", "CCONJ", 5, "cc"},
                {"Sweden", "PROPN", 3, "conj"},
                {"are", "AUX", 7, "aux:pass"},
                {"set", "VERB", 0, "root", "VBN"},
                {"for", "ADP", 9, "case"},
                {"Friday", "PROPN", 7, "obl"},
                {".", "PUNCT", 7, "punct"}});
  d.syntax[6].lemma = "set";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].modality, "future");
  Document s = Doc("Denmark sought talks between Norway and Sweden .");
  AddParse(&s, {{"Denmark", "PROPN", 2, "nsubj"},
                {"sought", "VERB", 0, "root", "VBD"},
                {"talks", "NOUN", 2, "obj"},
                {"between", "ADP", 5, "case"},
                {"Norway", "PROPN", 3, "nmod"},
                {"and", "CCONJ", 7, "cc"},
                {"Sweden", "PROPN", 5, "conj"},
                {".", "PUNCT", 2, "punct"}});
  s.syntax[1].lemma = "seek";
  ASSERT_TRUE(Default()->Annotate(&s).ok());
  for (const Event& e : s.events)
    if (e.type == "CONSULT" || e.type == "AGREE") EXPECT_EQ(e.modality, "hypothetical");
}

TEST(Events, ThePlaceOfWhatSomeoneIsAccusedOfIsNotThePlaceOfTheAccusation) {
  Document d = Doc("Norway accused Sweden of jailing activists in Geneva.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_FALSE(d.events[0].location.has_value()) << d.events[0].location->name;
  Document own = Doc("Norway accused Sweden in Geneva of jailing activists.");
  ASSERT_TRUE(Default()->Annotate(&own).ok());
  ASSERT_EQ(own.events.size(), 1u);
  ASSERT_TRUE(own.events[0].location.has_value());
  EXPECT_EQ(own.events[0].location->country, "CHE");
}

TEST(Events, ADeadlineDatesNothing) {
  Document d = Doc("Norway urged Sweden to wait until after the 2031 vote .");
  AddTime(&d, "2031", "2031", "year");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_TRUE(d.events[0].date.empty()) << d.events[0].date;
}

TEST(Events, HopesPreventionDoubtAndButSetTheModality) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Norway hoped to meet with Sweden.", "hypothetical"},
      {"A law prevented Norway from attacking Sweden.", "negated"},
      {"Norway refrained from attacking Sweden.", "negated"},
      {"Norway will no doubt criticize Sweden.", "future"},
      {"Norway is not courting Denmark but instead attacking Sweden.", "asserted"},
      {"Did Norway secretly attack Sweden?", "hypothetical"},
      {"Why is Norway attacking Sweden?", "asserted"},
      {"Norway asked: will Sweden attack Denmark?", "hypothetical"},
      {"Norway expects to meet Sweden in June.", "future"},
      {"Norway denied that Denmark attacked Sweden.", "negated"},
      {"Norway denied attacking Sweden.", "negated"},
      {"Norway condemned an attempted coup and called on Sweden to act.", "asserted"}};
  for (const auto& [text, modality] : cases) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    ASSERT_FALSE(d.events.empty()) << text;
    EXPECT_EQ(d.events.back().modality, modality) << text;
  }
}

// A negation outside a clause of time or cause, or a wh-clause, does not deny its event ("It
// has not been long since Norway attacked Sweden", "did not say why Norway attacked Sweden");
// it still reaches a that-clause ("did not say that ...": not asserted by the sentence).
TEST(Events, NegationStopsAtClausesOfTimeAndWhClauses) {
  Document since = Doc("It has not been long since Norway attacked Sweden .");
  AddParse(&since, {{"It", "PRON", 5, "expl"},
                    {"has", "AUX", 5, "aux"},
                    {"not", "PART", 5, "advmod"},
                    {"been", "AUX", 5, "cop"},
                    {"long", "ADJ", 0, "root", "JJ"},
                    {"since", "SCONJ", 8, "mark"},
                    {"Norway", "PROPN", 8, "nsubj"},
                    {"attacked", "VERB", 5, "advcl", "VBD"},
                    {"Sweden", "PROPN", 8, "obj"},
                    {".", "PUNCT", 5, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&since).ok());
  ASSERT_EQ(since.events.size(), 1u);
  EXPECT_EQ(since.events[0].modality, "asserted");
  for (const auto& [mark, modality] :
       std::vector<std::pair<std::string, std::string>>{{"why", "asserted"}, {"that", "negated"}}) {
    Document d = Doc("Denmark did not say " + mark + " Norway attacked Sweden .");
    AddParse(&d, {{"Denmark", "PROPN", 4, "nsubj"},
                  {"did", "AUX", 4, "aux"},
                  {"not", "PART", 4, "advmod"},
                  {"say", "VERB", 0, "root", "VB"},
                  {mark.c_str(), mark == "why" ? "ADV" : "SCONJ", 7,
                   mark == "why" ? "advmod" : "mark", mark == "why" ? "WRB" : "IN"},
                  {"Norway", "PROPN", 7, "nsubj"},
                  {"attacked", "VERB", 4, "ccomp", "VBD"},
                  {"Sweden", "PROPN", 7, "obj"},
                  {".", "PUNCT", 4, "punct"}});
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    ASSERT_FALSE(d.events.empty()) << mark;
    EXPECT_EQ(d.events.back().type, "ASSAULT") << mark;
    EXPECT_EQ(d.events.back().modality, modality) << mark;
  }
}

// "who" after a place stands for people the place modifies ("donors in Oslo who will be
// asked to criticize"), not for the place; they are no actor we know, so there is no doer,
// and the main clause's subject is not it either.
TEST(Events, WhoAfterAPlaceIsNotThePlace) {
  Document d = Doc("Norway met donors in Oslo who will be asked to criticize Sweden .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"met", "VERB", 0, "root", "VBD"},
                {"donors", "NOUN", 2, "obj"},
                {"in", "ADP", 5, "case"},
                {"Oslo", "PROPN", 3, "nmod"},
                {"who", "PRON", 9, "nsubj:pass", "WP"},
                {"will", "AUX", 9, "aux"},
                {"be", "AUX", 9, "aux:pass"},
                {"asked", "VERB", 3, "acl:relcl", "VBN"},
                {"to", "PART", 11, "mark"},
                {"criticize", "VERB", 9, "xcomp", "VB"},
                {"Sweden", "PROPN", 11, "obj"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) EXPECT_NE(e.type, "ACCUSE") << Codes(e.actor)[0];
}

// "called on Denmark to condemn Sweden" (parsed as a purpose clause) and "urged Denmark to
// condemn Sweden" (Denmark parsed as an indirect object): Denmark is asked to condemn, and the
// condemnation is only requested.
TEST(Events, TheAskedPartyDoesTheRequestedAction) {
  Document on = Doc("Norway called on Denmark to condemn Sweden .");
  AddParse(&on, {{"Norway", "PROPN", 2, "nsubj"},
                 {"called", "VERB", 0, "root", "VBD"},
                 {"on", "ADP", 4, "case"},
                 {"Denmark", "PROPN", 2, "obl"},
                 {"to", "PART", 6, "mark"},
                 {"condemn", "VERB", 2, "advcl", "VB"},
                 {"Sweden", "PROPN", 6, "obj"},
                 {".", "PUNCT", 2, "punct"}});
  on.syntax[1].lemma = "call";
  Document urged = Doc("Norway urged Denmark to condemn Sweden .");
  AddParse(&urged, {{"Norway", "PROPN", 2, "nsubj"},
                    {"urged", "VERB", 0, "root", "VBD"},
                    {"Denmark", "PROPN", 2, "iobj"},
                    {"to", "PART", 5, "mark"},
                    {"condemn", "VERB", 2, "xcomp", "VB"},
                    {"Sweden", "PROPN", 5, "obj"},
                    {".", "PUNCT", 2, "punct"}});
  urged.syntax[1].lemma = "urge";
  for (Document* d : {&on, &urged}) {
    ASSERT_TRUE(Default()->Annotate(d).ok());
    const Event* condemn = nullptr;
    for (const Event& e : d->events)
      if (e.type == "ACCUSE") condemn = &e;
    ASSERT_NE(condemn, nullptr) << d->text();
    EXPECT_EQ(Codes(condemn->actor), std::vector<std::string>{"DNK"}) << d->text();
    EXPECT_EQ(Codes(condemn->recipient), std::vector<std::string>{"SWE"}) << d->text();
    EXPECT_EQ(condemn->modality, "hypothetical") << d->text();
  }
}

// A source tag in brackets opening the text ("(CNN) Calls to eliminate ...") is no doer.
TEST(Events, ABracketedSourceTagIsNoDoer) {
  Document d = Doc("(Norway) Calls to sanction Sweden grew louder.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events)
    for (const EventArg& a : e.actor) EXPECT_NE(a.code, "NOR") << e.type;
}

TEST(Events, ReleasingWithheldAidGivesAid) {
  Document d = Doc("Norway released the military assistance for Sweden.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "AID");
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"SWE"});
}

TEST(Events, ReleasingALectureIsNoConcession) {
  for (const char* text : {"Norway released a lecture by the Swedish leader.",
                           "Norway released transcripts from the Swedish archive."}) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    EXPECT_TRUE(d.events.empty()) << text;
  }
}

// A literal word of our lexicon some words after the trigger counts only when it hangs from
// the trigger in the parse: "for" in a relative clause is no call for anything.
TEST(Events, APatternWordInAnotherClauseDoesNotMatch) {
  Document far = Doc("Norway called Sweden a sham , which has consequences for Denmark .");
  AddParse(&far, {{"Norway", "PROPN", 2, "nsubj"},
                  {"called", "VERB", 0, "root", "VBD"},
                  {"Sweden", "PROPN", 2, "obj"},
                  {"a", "DET", 5, "det"},
                  {"sham", "NOUN", 2, "xcomp"},
                  {",", "PUNCT", 8, "punct"},
                  {"which", "PRON", 8, "nsubj"},
                  {"has", "VERB", 5, "acl:relcl", "VBZ"},
                  {"consequences", "NOUN", 8, "obj"},
                  {"for", "ADP", 11, "case"},
                  {"Denmark", "PROPN", 9, "nmod"},
                  {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&far).ok());
  EXPECT_TRUE(far.events.empty()) << far.events[0].type;
  Document near = Doc("Norway asked Sweden urgently for help .");
  AddParse(&near, {{"Norway", "PROPN", 2, "nsubj"},
                   {"asked", "VERB", 0, "root", "VBD"},
                   {"Sweden", "PROPN", 2, "obj"},
                   {"urgently", "ADV", 2, "advmod"},
                   {"for", "ADP", 6, "case"},
                   {"help", "NOUN", 2, "obl"},
                   {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&near).ok());
  bool request = false;
  for (const Event& e : near.events) request |= e.type == "REQUEST";
  EXPECT_TRUE(request);
}

// "Norway said more than 40 countries have attacked Sweden", parsed with "countries" as the
// object of "said": the attack has a doer of its own the parse lost, not the speaker.
TEST(Events, AFiniteComplementWithoutSubjectIsNotDoneByTheSpeaker) {
  Document d = Doc("Norway said many countries have attacked Sweden .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"said", "VERB", 0, "root", "VBD"},
                {"many", "ADJ", 4, "amod"},
                {"countries", "NOUN", 2, "obj"},
                {"have", "AUX", 6, "aux", "VBP"},
                {"attacked", "VERB", 2, "ccomp", "VBN"},
                {"Sweden", "PROPN", 6, "obj"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[5].lemma = "attack";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty()) << Codes(d.events[0].actor)[0];
}

// "forced Sweden to fire a judge, Ola Nobody, who was attacking Denmark", parsed with the
// relative clause hanging from "fire": the doer is the judge (no actor), not Sweden, the
// object that controls "fire".
TEST(Events, ARelativePronounKeepsItsDoerWhereverTheClauseHangs) {
  Document d =
      Doc("Norway forced Sweden to fire a judge , Ola Nobody , who was attacking Denmark .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"forced", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 2, "obj"},
                {"to", "PART", 5, "mark"},
                {"fire", "VERB", 2, "xcomp", "VB"},
                {"a", "DET", 7, "det"},
                {"judge", "NOUN", 5, "obj"},
                {",", "PUNCT", 9, "punct"},
                {"Ola", "PROPN", 7, "appos"},
                {"Nobody", "PROPN", 9, "flat"},
                {",", "PUNCT", 14, "punct"},
                {"who", "PRON", 14, "nsubj", "WP"},
                {"was", "AUX", 14, "aux", "VBD"},
                {"attacking", "VERB", 5, "advcl", "VBG"},
                {"Denmark", "PROPN", 14, "obj"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[13].lemma = "attack";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) EXPECT_NE(e.type, "ASSAULT") << Codes(e.actor)[0];
}

// A gerund after a preposition is done by the main clause's subject ("shifted into
// attacking"), or by an actor the main verb acts on after "for" / "in" ("praised Denmark for
// attacking", "led Denmark in attacking").
TEST(Events, AGerundAfterAPrepositionTakesItsDoerFromTheMainClause) {
  Document into = Doc("Norway , a friend of Denmark , then shifted into attacking Sweden .");
  AddParse(&into, {{"Norway", "PROPN", 9, "nsubj"},
                   {",", "PUNCT", 4, "punct"},
                   {"a", "DET", 4, "det"},
                   {"friend", "NOUN", 1, "appos"},
                   {"of", "ADP", 6, "case"},
                   {"Denmark", "PROPN", 4, "nmod"},
                   {",", "PUNCT", 4, "punct"},
                   {"then", "ADV", 9, "advmod"},
                   {"shifted", "VERB", 0, "root", "VBD"},
                   {"into", "SCONJ", 11, "mark"},
                   {"attacking", "VERB", 9, "advcl", "VBG"},
                   {"Sweden", "PROPN", 11, "obj"},
                   {".", "PUNCT", 9, "punct"}});
  into.syntax[10].lemma = "attack";
  ASSERT_TRUE(Default()->Annotate(&into).ok());
  ASSERT_EQ(into.events.size(), 1u);
  EXPECT_EQ(Codes(into.events[0].actor), std::vector<std::string>{"NOR"});
  Document praised = Doc("Norway praised Denmark for attacking Sweden .");
  AddParse(&praised, {{"Norway", "PROPN", 2, "nsubj"},
                      {"praised", "VERB", 0, "root", "VBD"},
                      {"Denmark", "PROPN", 2, "obj"},
                      {"for", "SCONJ", 5, "mark"},
                      {"attacking", "VERB", 2, "advcl", "VBG"},
                      {"Sweden", "PROPN", 5, "obj"},
                      {".", "PUNCT", 2, "punct"}});
  praised.syntax[4].lemma = "attack";
  ASSERT_TRUE(Default()->Annotate(&praised).ok());
  bool attack = false;
  for (const Event& e : praised.events) {
    if (e.type != "ASSAULT") continue;
    attack = true;
    EXPECT_EQ(Codes(e.actor), std::vector<std::string>{"DNK"});
  }
  EXPECT_TRUE(attack);
}

TEST(Events, RefusingToSaySomethingRejectsNoOne) {
  for (const char* text : {"Norway refused to say whether Sweden was briefed.",
                           "Norway refuses to see the vote of Sweden as a defeat."}) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    EXPECT_TRUE(d.events.empty()) << text << " " << d.events[0].type;
  }
}

// "Norway said that attacking Sweden was a mistake": an act named as a subject, by no one.
TEST(Events, AClauseAsSubjectHasNoDoer) {
  Document d = Doc("Norway said that attacking Sweden was a mistake .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"said", "VERB", 0, "root", "VBD"},
                {"that", "SCONJ", 8, "mark"},
                {"attacking", "VERB", 8, "csubj", "VBG"},
                {"Sweden", "PROPN", 4, "obj"},
                {"was", "AUX", 8, "cop", "VBD"},
                {"a", "DET", 8, "det"},
                {"mistake", "NOUN", 2, "ccomp"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[3].lemma = "attack";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty()) << Codes(d.events[0].actor)[0];
}

// "Without consulting" did not consult; a curly quote mark between "would" and the verb
// does not hide the "would".
TEST(Events, WithoutNegatesAndQuoteMarksHideNoModal) {
  Document d =
      Doc("Norway closed the border without consulting Sweden .\n"
          "Norway said it would \u201cnegotiate with Sweden\u201d .\n"
          "Norway said Denmark \u201cwill not take no for an answer\u201d after Sweden "
          "rejects Finland .");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  std::vector<std::string> got;
  for (const Event& e : d.events) got.push_back(e.type + " " + e.modality);
  EXPECT_EQ(got, (std::vector<std::string>{"CONSULT negated", "CONSULT hypothetical",
                                           "REJECT asserted"}));
}

// No recipient from the subject of a relative clause, nor from a "when" clause (which UD
// hangs by advmod, not mark).
TEST(Events, NoRecipientFromARelativeOrAWhenClause) {
  Document rel = Doc("Norway offered a plan that Sweden would support .");
  AddParse(&rel, {{"Norway", "PROPN", 2, "nsubj"},
                  {"offered", "VERB", 0, "root", "VBD"},
                  {"a", "DET", 4, "det"},
                  {"plan", "NOUN", 2, "obj"},
                  {"that", "PRON", 8, "obj", "WDT"},
                  {"Sweden", "PROPN", 8, "nsubj"},
                  {"would", "AUX", 8, "aux", "MD"},
                  {"support", "VERB", 4, "acl:relcl", "VB"},
                  {".", "PUNCT", 2, "punct"}});
  rel.syntax[1].lemma = "offer";
  ASSERT_TRUE(Default()->Annotate(&rel).ok());
  for (const Event& e : rel.events) EXPECT_TRUE(e.recipient.empty()) << e.type;
  // A rejection or a reproach does reach the author of what it rejects.
  Document rejected = Doc("Norway rejected a bill that Sweden put forth .");
  AddParse(&rejected, {{"Norway", "PROPN", 2, "nsubj"},
                       {"rejected", "VERB", 0, "root", "VBD"},
                       {"a", "DET", 4, "det"},
                       {"bill", "NOUN", 2, "obj"},
                       {"that", "PRON", 7, "obj", "WDT"},
                       {"Sweden", "PROPN", 7, "nsubj"},
                       {"put", "VERB", 4, "acl:relcl", "VBD"},
                       {"forth", "ADV", 7, "compound:prt"},
                       {".", "PUNCT", 2, "punct"}});
  rejected.syntax[1].lemma = "reject";
  ASSERT_TRUE(Default()->Annotate(&rejected).ok());
  ASSERT_EQ(rejected.events.size(), 1u);
  EXPECT_EQ(Codes(rejected.events[0].recipient), std::vector<std::string>{"SWE"});
  Document when = Doc("Norway agreed when Sweden said the plan was good .");
  AddParse(&when, {{"Norway", "PROPN", 2, "nsubj"},
                   {"agreed", "VERB", 0, "root", "VBD"},
                   {"when", "ADV", 5, "advmod", "WRB"},
                   {"Sweden", "PROPN", 5, "nsubj"},
                   {"said", "VERB", 2, "advcl", "VBD"},
                   {"the", "DET", 7, "det"},
                   {"plan", "NOUN", 9, "nsubj"},
                   {"was", "AUX", 9, "cop", "VBD"},
                   {"good", "ADJ", 5, "ccomp", "JJ"},
                   {".", "PUNCT", 2, "punct"}});
  when.syntax[1].lemma = "agree";
  ASSERT_TRUE(Default()->Annotate(&when).ok());
  for (const Event& e : when.events) EXPECT_TRUE(e.recipient.empty()) << e.type;
}

// "allowed Swedish ships to cross Danish waters in attacking Finland": a word that
// modifies the governing verb's object does not attack; the ships do.
TEST(Events, PrepositionalGerundTakesTheObjectNotItsModifier) {
  Document d = Doc("Norway allowed Swedish ships to cross Danish waters in attacking Finland .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"allowed", "VERB", 0, "root", "VBD"},
                {"Swedish", "ADJ", 4, "amod", "JJ"},
                {"ships", "NOUN", 2, "obj", "NNS"},
                {"to", "PART", 6, "mark", "TO"},
                {"cross", "VERB", 2, "xcomp", "VB"},
                {"Danish", "ADJ", 8, "amod", "JJ"},
                {"waters", "NOUN", 6, "obj", "NNS"},
                {"in", "SCONJ", 10, "mark", "IN"},
                {"attacking", "VERB", 6, "advcl", "VBG"},
                {"Finland", "PROPN", 10, "obj", "NNP"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[9].lemma = "attack";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  bool found = false;
  for (const Event& e : d.events) {
    if (e.type != "ASSAULT") continue;
    found = true;
    EXPECT_EQ(Codes(e.actor), std::vector<std::string>{"SWE"});
  }
  EXPECT_TRUE(found);
}

// "told NBC's \"Meet the Press\"": a show's title, no meeting.
TEST(Events, ATitleInQuotesIsNoEvent) {
  Document d =
      Doc("The Swedish minister told Norway's \"Meet the Press\" that Denmark backs the plan .");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) EXPECT_NE(e.type, "CONSULT") << d.Surface(e.trigger);
}

// "'... legislate, investigate and litigate,' Norway's speaker declared": a verb inside a
// quotation takes no recipient from the attribution outside it. A court agreeing to hear a
// case and a government releasing a photo are no events.
TEST(Events, QuotedVerbsDocketsAndPhotos) {
  Document d =
      Doc("\u201cNorway continues to legislate , investigate and litigate ,\u201d Sweden "
          "declared .\n"
          "The Norwegian court agreed to hear the Swedish appeal .\n"
          "The Norwegian government released a photo of the Swedish king .");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events)
    EXPECT_TRUE(e.recipient.empty()) << e.type << " " << d.Surface(e.trigger);
  // A quoted phrase, not a quoted sentence, lets the clause go on.
  Document phrase = Doc("Norway said Sweden \u201casked for the meeting\u201d with Denmark .");
  ASSERT_TRUE(Default()->Annotate(&phrase).ok());
  ASSERT_EQ(phrase.events.size(), 1u);
  EXPECT_EQ(Codes(phrase.events[0].recipient), std::vector<std::string>{"DNK"});
}

// "Ola Berg, a Norway expert, criticized Sweden": who studies a country is not its actor.
TEST(Events, AnExpertOnACountryIsNotTheCountry) {
  Document d = Doc("Ola Berg , a Norway expert , criticized Sweden .");
  AddParse(&d, {{"Ola", "PROPN", 8, "nsubj"},
                {"Berg", "PROPN", 1, "flat"},
                {",", "PUNCT", 6, "punct"},
                {"a", "DET", 6, "det"},
                {"Norway", "PROPN", 6, "compound"},
                {"expert", "NOUN", 1, "appos"},
                {",", "PUNCT", 6, "punct"},
                {"criticized", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 8, "obj"},
                {".", "PUNCT", 8, "punct"}});
  d.syntax[7].lemma = "criticize";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) EXPECT_NE(Codes(e.actor), std::vector<std::string>{"NOR"});
}

// What something is about is no recipient; an appeal that attracts is no plea.
TEST(Events, TopicsAndAllureAreNoRecipients) {
  Document d =
      Doc("Norway promised information about Sweden .\n"
          "Norway noted the plan's limited appeal to Sweden .");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events)
    EXPECT_TRUE(e.recipient.empty()) << e.type << " " << d.Surface(e.trigger);
}

// Word order finds no recipient in a coordinated clause's subject or in a clause of time.
TEST(Events, NoRecipientFromTheNextClause) {
  Document coord = Doc("Norway is investigating and Sweden is conducting a probe .");
  AddParse(&coord, {{"Norway", "PROPN", 3, "nsubj"},
                    {"is", "AUX", 3, "aux", "VBZ"},
                    {"investigating", "VERB", 0, "root", "VBG"},
                    {"and", "CCONJ", 7, "cc"},
                    {"Sweden", "PROPN", 7, "nsubj"},
                    {"is", "AUX", 7, "aux", "VBZ"},
                    {"conducting", "VERB", 3, "conj", "VBG"},
                    {"a", "DET", 9, "det"},
                    {"probe", "NOUN", 7, "obj"},
                    {".", "PUNCT", 3, "punct"}});
  coord.syntax[2].lemma = "investigate";
  ASSERT_TRUE(Default()->Annotate(&coord).ok());
  for (const Event& e : coord.events) EXPECT_TRUE(e.recipient.empty()) << e.type;
  Document after = Doc("Norway had to apologize after referring to Sweden as a colony .");
  AddParse(&after, {{"Norway", "PROPN", 2, "nsubj"},
                    {"had", "VERB", 0, "root", "VBD"},
                    {"to", "PART", 4, "mark"},
                    {"apologize", "VERB", 2, "xcomp", "VB"},
                    {"after", "SCONJ", 6, "mark"},
                    {"referring", "VERB", 4, "advcl", "VBG"},
                    {"to", "ADP", 8, "case"},
                    {"Sweden", "PROPN", 6, "obl"},
                    {"as", "ADP", 11, "case"},
                    {"a", "DET", 11, "det"},
                    {"colony", "NOUN", 6, "obl"},
                    {".", "PUNCT", 2, "punct"}});
  after.syntax[3].lemma = "apologize";
  ASSERT_TRUE(Default()->Annotate(&after).ok());
  for (const Event& e : after.events) EXPECT_TRUE(e.recipient.empty()) << e.type;
}

// "his Danish guest, Finland, attacked Sweden": the noun's apposition names the doer, not the
// word that modifies the noun.
TEST(Events, AnAppositionNamesTheDoerBeforeTheNounsModifiers) {
  Document d = Doc("Our Danish guest , Finland , attacked Sweden .");
  AddParse(&d, {{"Our", "PRON", 3, "nmod:poss"},
                {"Danish", "ADJ", 3, "amod"},
                {"guest", "NOUN", 7, "nsubj"},
                {",", "PUNCT", 5, "punct"},
                {"Finland", "PROPN", 3, "appos"},
                {",", "PUNCT", 5, "punct"},
                {"attacked", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 7, "obj"},
                {".", "PUNCT", 7, "punct"}});
  d.syntax[6].lemma = "attack";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"FIN"});
}

// "called Sweden an outstanding pick for the post" names and judges Sweden; no request.
TEST(Events, CallingSomeoneSomethingIsNoRequest) {
  Document d = Doc("Norway called Sweden an outstanding pick for the post .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"called", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 2, "obj"},
                {"an", "DET", 6, "det"},
                {"outstanding", "ADJ", 6, "amod"},
                {"pick", "NOUN", 2, "xcomp"},
                {"for", "ADP", 9, "case"},
                {"the", "DET", 9, "det"},
                {"post", "NOUN", 2, "obl"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty()) << d.events[0].type;
}

// "called out Sweden for wavering" rebukes Sweden; "talked about relations with Sweden"
// is a topic, not talks with Sweden.
TEST(Events, CallingOutIsCriticismAndTalkingAboutIsNoMeeting) {
  Document out = Doc("Norway called out Sweden for wavering.");
  ASSERT_TRUE(Default()->Annotate(&out).ok());
  ASSERT_EQ(out.events.size(), 1u);
  EXPECT_EQ(out.events[0].type, "ACCUSE");
  EXPECT_EQ(Codes(out.events[0].recipient), std::vector<std::string>{"SWE"});
  Document about = Doc("Norway talked about its close relationship with Sweden.");
  ASSERT_TRUE(Default()->Annotate(&about).ok());
  EXPECT_TRUE(about.events.empty()) << about.events[0].type;
  Document with = Doc("Norway talked with Sweden about the border.");
  ASSERT_TRUE(Default()->Annotate(&with).ok());
  ASSERT_EQ(with.events.size(), 1u);
  EXPECT_EQ(with.events[0].type, "CONSULT");
}

// The parse names the recipient ("met bakers"): when it is no actor, the next actor
// down the sentence is not taken in its place; one inside it is ("weapons to Swedish rebels").
TEST(Events, ANamedRecipientThatIsNoActorIsNotReplacedByTheNextOne) {
  Document d = Doc("Norway met bakers about Sweden 's envoy .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"met", "VERB", 0, "root", "VBD"},
                {"bakers", "NOUN", 2, "obj"},
                {"about", "ADP", 7, "case"},
                {"Sweden", "PROPN", 7, "nmod:poss"},
                {"'s", "PART", 5, "case"},
                {"envoy", "NOUN", 2, "obl"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events)
    for (const EventArg& r : e.recipient) EXPECT_NE(r.code, "SWE") << e.type;
  Document in = Doc("Norway provided weapons to Swedish rebels .");
  AddParse(&in, {{"Norway", "PROPN", 2, "nsubj"},
                 {"provided", "VERB", 0, "root", "VBD"},
                 {"weapons", "NOUN", 2, "obj"},
                 {"to", "ADP", 6, "case"},
                 {"Swedish", "ADJ", 6, "amod"},
                 {"rebels", "NOUN", 3, "nmod"},
                 {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&in).ok());
  ASSERT_EQ(in.events.size(), 1u);
  ASSERT_EQ(in.events[0].recipient.size(), 1u);
  EXPECT_EQ(in.events[0].recipient[0].code, "SWE");
}

// Attacking a record, a party or a parliament is criticism, unless troops do it.
TEST(Events, APoliticalAttackIsCriticism) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Norway attacked the Swedish record on trade.", "111"},
      {"Norway attacked the Swedish parliament.", "111"},
      {"Norwegian troops attacked the Swedish parliament.", "190"},
      {"Norway attacked Sweden.", "190"}};
  for (const auto& [text, cameo] : cases) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    ASSERT_FALSE(d.events.empty()) << text;
    EXPECT_EQ(d.events[0].cameo, cameo) << text;
  }
}

// The doer of a relative clause is the noun right before "who", wherever the parse hangs the
// clause ("praise of Sweden, who attacked Finland": Sweden, not Norway).
TEST(Events, WhoStandsForTheNounBeforeIt) {
  Document d = Doc("Norway 's praise of Sweden , who attacked Finland , angered Denmark .");
  AddParse(&d, {{"Norway", "PROPN", 3, "nmod:poss"},
                {"'s", "PART", 1, "case"},
                {"praise", "NOUN", 11, "nsubj"},
                {"of", "ADP", 5, "case"},
                {"Sweden", "PROPN", 3, "nmod"},
                {",", "PUNCT", 8, "punct"},
                {"who", "PRON", 8, "nsubj", "WP"},
                {"attacked", "VERB", 3, "acl:relcl", "VBD"},
                {"Finland", "PROPN", 8, "obj"},
                {",", "PUNCT", 8, "punct"},
                {"angered", "VERB", 0, "root", "VBD"},
                {"Denmark", "PROPN", 11, "obj"},
                {".", "PUNCT", 11, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  bool found = false;
  for (const Event& e : d.events) {
    if (e.type != "ASSAULT") continue;
    found = true;
    ASSERT_EQ(e.actor.size(), 1u);
    EXPECT_EQ(e.actor[0].code, "SWE");
  }
  EXPECT_TRUE(found);
}

// The platform an actor speaks through is no recipient.
TEST(Events, APlatformIsNoRecipient) {
  Document d = Doc("Norway condemned Sweden on Twitter.");
  AddEntity(&d, "Twitter", "ORG", "USA", "BUS");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  ASSERT_EQ(d.events[0].recipient.size(), 1u);
  EXPECT_EQ(d.events[0].recipient[0].code, "SWE");
  Document only = Doc("Norway condemned the launch on Twitter.");
  AddEntity(&only, "Twitter", "ORG", "USA", "BUS");
  ASSERT_TRUE(Default()->Annotate(&only).ok());
  for (const Event& e : only.events)
    for (const EventArg& r : e.recipient) EXPECT_NE(r.name, "Twitter");
}

TEST(Events, ATimeInAnOpeningPhraseDatesTheEvent) {
  Document d = Doc("In a speech on Sunday in Oslo , Norway urged Sweden to act .");
  AddTime(&d, "on Sunday", "2023-03-12");
  AddParse(&d, {{"In", "ADP", 3, "case"},
                {"a", "DET", 3, "det"},
                {"speech", "NOUN", 10, "obl"},
                {"on", "ADP", 5, "case"},
                {"Sunday", "PROPN", 3, "nmod"},
                {"in", "ADP", 7, "case"},
                {"Oslo", "PROPN", 3, "nmod"},
                {",", "PUNCT", 10, "punct"},
                {"Norway", "PROPN", 10, "nsubj"},
                {"urged", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 10, "obj"},
                {"to", "PART", 13, "mark"},
                {"act", "VERB", 10, "xcomp", "VB"},
                {".", "PUNCT", 10, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].date, "2023-03-12");
}

TEST(Events, APossessiveInsideAnAppositiveIsNotThePerson) {
  // "Ola Nordmann, Norway's favourite son": the son is not Norway.
  Document d = Doc("Ola Nordmann, Norway's favourite son, urged Sweden to act.");
  AddParse(&d, {{"Ola", "PROPN", 2, "compound"},
                {"Nordmann", "PROPN", 9, "nsubj"},
                {",", "PUNCT", 7, "punct"},
                {"Norway", "PROPN", 7, "nmod:poss"},
                {"'s", "PART", 4, "case"},
                {"favourite", "ADJ", 7, "amod"},
                {"son", "NOUN", 2, "appos"},
                {",", "PUNCT", 7, "punct"},
                {"urged", "VERB", 0, "root"},
                {"Sweden", "PROPN", 9, "obj"},
                {"to", "PART", 12, "mark"},
                {"act", "VERB", 9, "xcomp"},
                {".", "PUNCT", 9, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty());
}

TEST(Events, CivilOfficesEndingInGeneralAreNoRank) {
  Document d = Doc("The Norwegian attorney general urged Sweden to act.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"NOR/JUD"});
}

TEST(Events, AParticipleTakesTheMainClauseSubject) {
  // "X stepped up its criticism, accusing Y": X accuses Y.
  Document d = Doc("Norway stepped up its criticism, accusing Sweden of lying.");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"stepped", "VERB", 0, "root", "VBD"},
                {"up", "ADP", 2, "compound:prt"},
                {"its", "PRON", 5, "nmod:poss"},
                {"criticism", "NOUN", 2, "obj"},
                {",", "PUNCT", 7, "punct"},
                {"accusing", "VERB", 2, "advcl", "VBG"},
                {"Sweden", "PROPN", 7, "obj"},
                {"of", "SCONJ", 10, "mark"},
                {"lying", "VERB", 7, "advcl", "VBG"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "ACCUSE");
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"NOR"});
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"SWE"});
}

TEST(Events, ARelativePronounActsAsItsNoun) {
  Document d = Doc("Norway, which urged Sweden to act, stayed silent.");
  AddParse(&d, {{"Norway", "PROPN", 9, "nsubj"},
                {",", "PUNCT", 4, "punct"},
                {"which", "PRON", 4, "nsubj", "WDT"},
                {"urged", "VERB", 1, "acl:relcl", "VBD"},
                {"Sweden", "PROPN", 4, "obj"},
                {"to", "PART", 7, "mark"},
                {"act", "VERB", 4, "xcomp"},
                {",", "PUNCT", 4, "punct"},
                {"stayed", "VERB", 0, "root"},
                {"silent", "ADJ", 9, "xcomp"},
                {".", "PUNCT", 9, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "REQUEST");
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"NOR"});
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"SWE"});
}

TEST(Events, APastParticipleOnANounIsAPassive) {
  // "Swedish diplomats accused of spying" accused nobody; "... by Norway" names the accuser.
  Document d = Doc("Finland expelled Swedish diplomats accused of spying on Denmark.");
  AddParse(&d, {{"Finland", "PROPN", 2, "nsubj"},
                {"expelled", "VERB", 0, "root", "VBD"},
                {"Swedish", "ADJ", 4, "amod"},
                {"diplomats", "NOUN", 2, "obj"},
                {"accused", "VERB", 4, "acl", "VBN"},
                {"of", "SCONJ", 7, "mark"},
                {"spying", "VERB", 5, "advcl", "VBG"},
                {"on", "ADP", 9, "case"},
                {"Denmark", "PROPN", 7, "obl"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) EXPECT_NE(e.type, "ACCUSE");
  Document by = Doc("Swedish diplomats accused by Norway left.");
  AddParse(&by, {{"Swedish", "ADJ", 2, "amod"},
                 {"diplomats", "NOUN", 6, "nsubj"},
                 {"accused", "VERB", 2, "acl", "VBN"},
                 {"by", "ADP", 5, "case"},
                 {"Norway", "PROPN", 3, "obl:agent"},
                 {"left", "VERB", 0, "root", "VBD"},
                 {".", "PUNCT", 6, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&by).ok());
  ASSERT_EQ(by.events.size(), 1u);
  EXPECT_EQ(Codes(by.events[0].actor), std::vector<std::string>{"NOR"});
  EXPECT_EQ(Codes(by.events[0].recipient), std::vector<std::string>{"SWE/GOV"});
}

TEST(Events, APassiveSubjectThatIsNoActorStillMakesItPassive) {
  // "Smith was never accused of lying to Sweden": nobody named accused anyone; Norway
  // (elsewhere in the sentence) is not the accuser.
  Document d = Doc("Norwegian spies were jailed and Smith was never accused of lying to Sweden.");
  AddParse(&d, {{"Norwegian", "ADJ", 2, "amod"},
                {"spies", "NOUN", 4, "nsubj:pass"},
                {"were", "AUX", 4, "aux:pass"},
                {"jailed", "VERB", 0, "root", "VBN"},
                {"and", "CCONJ", 9, "cc"},
                {"Smith", "PROPN", 9, "nsubj:pass"},
                {"was", "AUX", 9, "aux:pass"},
                {"never", "ADV", 9, "advmod"},
                {"accused", "VERB", 4, "conj", "VBN"},
                {"of", "SCONJ", 11, "mark"},
                {"lying", "VERB", 9, "advcl", "VBG"},
                {"to", "ADP", 13, "case"},
                {"Sweden", "PROPN", 11, "obl"},
                {".", "PUNCT", 4, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) EXPECT_NE(e.type, "ACCUSE") << d.Surface(e.trigger);
}

TEST(Events, AParticipleClauseWithoutDoerIsNoEvent) {
  // "when asked about X": the one asked is the subject, the asker unknown.
  Document d = Doc("The Swedish premier spoke to reporters when asked about the Norwegian plan.");
  AddParse(&d, {{"The", "DET", 3, "det"},
                {"Swedish", "ADJ", 3, "amod"},
                {"premier", "NOUN", 4, "nsubj"},
                {"spoke", "VERB", 0, "root", "VBD"},
                {"to", "ADP", 6, "case"},
                {"reporters", "NOUN", 4, "obl"},
                {"when", "SCONJ", 8, "mark"},
                {"asked", "VERB", 4, "advcl", "VBN"},
                {"about", "ADP", 12, "case"},
                {"the", "DET", 12, "det"},
                {"Norwegian", "ADJ", 12, "amod"},
                {"plan", "NOUN", 8, "obl"},
                {".", "PUNCT", 4, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty());
}

TEST(Events, ASectorWordModifyingAThingIsNoRecipient) {
  // "threatened military action": the action is the threat, the military no target.
  Document d = Doc("Norway threatened military action.");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"threatened", "VERB", 0, "root", "VBD"},
                {"military", "ADJ", 4, "amod"},
                {"action", "NOUN", 2, "obj"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty());
  // Without a parse, word order skips it too and finds the real recipient.
  Document aid = Doc("Norway agreed to provide military aid to Swedish rebels.");
  AddParse(&aid, {{"Norway", "PROPN", 2, "nsubj"},
                  {"agreed", "VERB", 0, "root", "VBD"},
                  {"to", "PART", 4, "mark"},
                  {"provide", "VERB", 2, "xcomp", "VB"},
                  {"military", "ADJ", 6, "amod"},
                  {"aid", "NOUN", 4, "obj"},
                  {"to", "ADP", 9, "case"},
                  {"Swedish", "ADJ", 9, "amod"},
                  {"rebels", "NOUN", 4, "obl"},
                  {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&aid).ok());
  for (const Event& e : aid.events)
    for (const std::string& r : Codes(e.recipient)) EXPECT_NE(r, "/MIL");
  // People keep their sector word: "police officers" are the police (of the article's home
  // country, Sweden, its only coded actor).
  Document sweden = Doc("Swedish rebels attacked police officers.");
  AddParse(&sweden, {{"Swedish", "ADJ", 2, "amod"},
                     {"rebels", "NOUN", 3, "nsubj"},
                     {"attacked", "VERB", 0, "root", "VBD"},
                     {"police", "NOUN", 5, "compound"},
                     {"officers", "NOUN", 3, "obj"},
                     {".", "PUNCT", 3, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&sweden).ok());
  ASSERT_EQ(sweden.events.size(), 1u);
  EXPECT_EQ(Codes(sweden.events[0].recipient), std::vector<std::string>{"SWE/COP"});
}

TEST(Events, BackgroundWithAnOldYearIsNotCoded) {
  for (const char* text : {"Back in the 1970s, Norway met with Swedish leaders.",
                           "During the 2012 campaign, Norway criticized Sweden.",
                           "Swedish sailors abducted decades ago by Norway were freed."}) {
    Document d = Doc(text, "2020-05-05");
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    for (const Event& e : d.events) ADD_FAILURE() << text << ": " << d.Surface(e.trigger);
  }
  // Last year's or this year's is news; so is a year that is no time ("the 2012 law").
  for (const char* text :
       {"In 2019, Norway criticized Sweden.", "Norway criticized Sweden over the 2012 law.",
        "Norway, whose army fought in the 1990s, criticized Sweden."}) {
    Document d = Doc(text, "2020-05-05");
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    EXPECT_EQ(d.events.size(), 1u) << text;
  }
}

TEST(Events, DatesOpenTheSentenceAfterAQuoteMarkAndWithinDatesNothing) {
  Document d = Doc("\u201d On Sunday, Norway criticized Sweden.", "2020-05-05");
  AddTime(&d, "On Sunday", "2020-05-03");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].date, "2020-05-03");
  Document w = Doc("Norway will visit Sweden within the next twelve months.", "2020-05-05");
  AddTime(&w, "within the next twelve months", "2020-05-05", "month");
  ASSERT_TRUE(Default()->Annotate(&w).ok());
  ASSERT_EQ(w.events.size(), 1u);
  EXPECT_TRUE(w.events[0].date.empty());
}

TEST(Events, AnInfinitiveTakesItsGovernorsModality) {
  // "is scheduled to travel to X ... to meet Y": the meeting is future, however far.
  Document d =
      Doc("Norway's premier is scheduled to travel to Oslo from June 3-4 to meet Swedish "
          "officials.");
  AddParse(&d, {{"Norway", "PROPN", 3, "nmod:poss"},
                {"'s", "PART", 1, "case"},
                {"premier", "NOUN", 5, "nsubj:pass"},
                {"is", "AUX", 5, "aux:pass"},
                {"scheduled", "VERB", 0, "root", "VBN"},
                {"to", "PART", 7, "mark"},
                {"travel", "VERB", 5, "xcomp", "VB"},
                {"to", "ADP", 9, "case"},
                {"Oslo", "PROPN", 7, "obl"},
                {"from", "ADP", 11, "case"},
                {"June", "PROPN", 7, "obl"},
                {"3-4", "NUM", 11, "nummod"},
                {"to", "PART", 14, "mark"},
                {"meet", "VERB", 7, "advcl", "VB"},
                {"Swedish", "ADJ", 16, "amod"},
                {"officials", "NOUN", 14, "obj"},
                {".", "PUNCT", 5, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  bool met = false;
  for (const Event& e : d.events) {
    if (d.Surface(e.trigger) != "meet") continue;
    met = true;
    EXPECT_EQ(e.modality, "future");
    EXPECT_EQ(e.type, "AGREE");
  }
  EXPECT_TRUE(met);
  // A headline: "X to meet Y" is future.
  Document h = Doc("Norway to meet Sweden on Friday");
  AddParse(&h, {{"Norway", "PROPN", 3, "nsubj"},
                {"to", "PART", 3, "mark"},
                {"meet", "VERB", 0, "root", "VB"},
                {"Sweden", "PROPN", 3, "obj"},
                {"on", "ADP", 6, "case"},
                {"Friday", "PROPN", 3, "obl"}});
  ASSERT_TRUE(Default()->Annotate(&h).ok());
  ASSERT_EQ(h.events.size(), 1u);
  EXPECT_EQ(h.events[0].modality, "future");
  // "efforts to negotiate": an intention, not a negotiation.
  Document n = Doc("Finland blocked efforts by Norway to negotiate with Sweden.");
  AddParse(&n, {{"Finland", "PROPN", 2, "nsubj"},
                {"blocked", "VERB", 0, "root", "VBD"},
                {"efforts", "NOUN", 2, "obj"},
                {"by", "ADP", 5, "case"},
                {"Norway", "PROPN", 3, "nmod"},
                {"to", "PART", 7, "mark"},
                {"negotiate", "VERB", 3, "acl", "VB"},
                {"with", "ADP", 9, "case"},
                {"Sweden", "PROPN", 7, "obl"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&n).ok());
  for (const Event& e : n.events) {
    if (n.Surface(e.trigger) == "negotiate") {
      EXPECT_EQ(e.modality, "hypothetical");
    }
  }
}

TEST(Events, WhatIsAskedForIsNotDoneAndSetOffIsNoFuture) {
  Document d = Doc("Norway asked Sweden to investigate Finland.");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"asked", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 2, "obj"},
                {"to", "PART", 5, "mark"},
                {"investigate", "VERB", 2, "xcomp", "VB"},
                {"Finland", "PROPN", 5, "obj"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  bool probe = false;
  for (const Event& e : d.events) {
    if (d.Surface(e.trigger) != "investigate") continue;
    probe = true;
    EXPECT_EQ(e.modality, "hypothetical");
  }
  EXPECT_TRUE(probe);
  Document due = Doc("The Norwegian king is due to visit Sweden.");
  ASSERT_TRUE(Default()->Annotate(&due).ok());
  ASSERT_EQ(due.events.size(), 1u);
  EXPECT_EQ(due.events[0].modality, "future");
  Document set = Doc("The leak set off a crisis after Norway criticized Sweden.");
  ASSERT_TRUE(Default()->Annotate(&set).ok());
  ASSERT_EQ(set.events.size(), 1u);
  EXPECT_EQ(set.events[0].modality, "asserted");
}

TEST(Events, BeingToBlameIsNoAccusation) {
  for (const char* text : {"Norway is not to blame for the crisis in Sweden.",
                           "The Swedish plan was partly to blame for ties with Norway."}) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    EXPECT_TRUE(d.events.empty()) << text;
  }
  Document d = Doc("The Norwegian strategy is to blame Sweden.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_EQ(d.events.size(), 1u);
}

TEST(Events, AnOpeningTimeDoesNotDateAnAfterClause) {
  Document d = Doc("Today: protests grew after Norway attacked Sweden.", "2020-05-05");
  AddTime(&d, "Today", "2020-05-05");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_TRUE(d.events[0].date.empty());
  Document w = Doc("Last week, when Norway met Sweden, trade grew.", "2020-05-05");
  AddTime(&w, "Last week", "2020-04-27", "week");
  ASSERT_TRUE(Default()->Annotate(&w).ok());
  ASSERT_EQ(w.events.size(), 1u);
  EXPECT_EQ(w.events[0].date, "2020-04-27");
}

// "After the talks, in March, Norway criticized Sweden": a time the parse attaches to the
// trigger dates it wherever it stands; not one after "since" (when a state began).
TEST(Events, ATimeAttachedToTheTriggerDatesItBeforeTheActor) {
  auto parse = [](Document* d, const char* prep) {
    AddParse(d, {{"After", "ADP", 3, "case"},
                 {"the", "DET", 3, "det"},
                 {"talks", "NOUN", 9, "obl"},
                 {",", "PUNCT", 3, "punct"},
                 {prep, "ADP", 6, "case"},
                 {"March", "PROPN", 9, "obl"},
                 {",", "PUNCT", 6, "punct"},
                 {"Norway", "PROPN", 9, "nsubj"},
                 {"criticized", "VERB", 0, "root", "VBD"},
                 {"Sweden", "PROPN", 9, "obj"},
                 {".", "PUNCT", 9, "punct"}});
  };
  Document d = Doc("After the talks , in March , Norway criticized Sweden .", "2020-05-05");
  AddTime(&d, "in March", "2020-03-01", "month");
  parse(&d, "in");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].date, "2020-03-01");
  Document s = Doc("After the talks , since March , Norway criticized Sweden .", "2020-05-05");
  AddTime(&s, "March", "2020-03-01", "month");
  parse(&s, "since");
  ASSERT_TRUE(Default()->Annotate(&s).ok());
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_TRUE(s.events[0].date.empty());
}

// "is likely to attack": a forecast; "is unlikely to attack": not happening.
TEST(Events, LikelyIsAForecastAndUnlikelyANegation) {
  Document d = Doc("Norway is likely to attack Sweden.\nNorway is unlikely to attack Sweden.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 2u);
  EXPECT_EQ(d.events[0].modality, "hypothetical");
  EXPECT_EQ(d.events[1].modality, "negated");
}

// "Christian leaders", "business leaders": a leader of a sector is of that sector, not
// government; "leaders of Japan" are.
TEST(Events, ALeaderOfASectorIsOfThatSector) {
  Document d =
      Doc("Norway met Christian leaders.\nNorway met business leaders.\nNorway met union leaders.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  std::vector<std::string> got;
  for (const Event& e : d.events) got.push_back(e.recipient.empty() ? "" : e.recipient[0].sector);
  EXPECT_EQ(got, (std::vector<std::string>{"REL", "BUS", "LAB"}));
}

TEST(Events, DatesOfOtherThingsAndNounsAndAttempts) {
  // "ahead of Thursday's summit": the summit's day, not the visit's.
  Document d = Doc("Norway visits Sweden ahead of Thursday's summit.", "2020-05-05");
  AddTime(&d, "Thursday", "2020-05-07");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_NE(d.events[0].date, "2020-05-07");
  // A noun in the present tense is no present-day report.
  Document n = Doc("In Norway's talks with Sweden, trade will come up.", "2020-05-05");
  AddParse(&n, {{"In", "ADP", 4, "case"},
                {"Norway", "PROPN", 4, "nmod:poss"},
                {"'s", "PART", 2, "case"},
                {"talks", "NOUN", 10, "obl"},
                {"with", "ADP", 6, "case"},
                {"Sweden", "PROPN", 4, "nmod"},
                {",", "PUNCT", 10, "punct"},
                {"trade", "NOUN", 10, "nsubj"},
                {"will", "AUX", 10, "aux"},
                {"come", "VERB", 0, "root", "VB"},
                {"up", "ADP", 10, "compound:prt"},
                {".", "PUNCT", 10, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&n).ok());
  ASSERT_EQ(n.events.size(), 1u);
  EXPECT_TRUE(n.events[0].date.empty());
  // "In the summer of 2011" is background; "sought to" an attempt.
  Document b = Doc("In the summer of 2011, Norway criticized Sweden.", "2020-05-05");
  ASSERT_TRUE(Default()->Annotate(&b).ok());
  EXPECT_TRUE(b.events.empty());
  Document a = Doc("Norway sought to meet Sweden.", "2020-05-05");
  ASSERT_TRUE(Default()->Annotate(&a).ok());
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].modality, "hypothetical");
}

TEST(Events, ANounEventWithoutItsDoerIsNotGivenOne) {
  // "the attack on Finland" names no attacker: Norway (before it) did not attack.
  Document d = Doc("Sweden criticized Norway over the attack on Finland.");
  AddParse(&d, {{"Sweden", "PROPN", 2, "nsubj"},
                {"criticized", "VERB", 0, "root"},
                {"Norway", "PROPN", 2, "obj"},
                {"over", "ADP", 6, "case"},
                {"the", "DET", 6, "det"},
                {"attack", "NOUN", 2, "obl"},
                {"on", "ADP", 8, "case"},
                {"Finland", "PROPN", 6, "nmod"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "ACCUSE");
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"SWE"});
}

TEST(Events, FigurativeSensesAreNotCoded) {
  for (const char* text :
       {"Norway released a report on Sweden.", "Norway offered cheap flights to Sweden.",
        "Norway warned against travel to Sweden.", "Norway seized on remarks by Sweden.",
        "Norway and Sweden met the deadline.", "Norway's plan will meet the reality of Sweden.",
        "Norway appealed the ruling of a Swedish court."}) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    EXPECT_TRUE(d.events.empty()) << text;
  }
  Document aid = Doc("Norway offered aid to Sweden.");
  ASSERT_TRUE(Default()->Annotate(&aid).ok());
  ASSERT_EQ(aid.events.size(), 1u);
  EXPECT_EQ(aid.events[0].cameo, "030");
  Document appeal = Doc("Norway appealed to Sweden for help.");
  ASSERT_TRUE(Default()->Annotate(&appeal).ok());
  ASSERT_EQ(appeal.events.size(), 1u);
  EXPECT_EQ(appeal.events[0].cameo, "020");
  Document freed = Doc("Norway released Swedish prisoners.");
  ASSERT_TRUE(Default()->Annotate(&freed).ok());
  EXPECT_EQ(freed.events.size(), 1u);
}

TEST(Events, NeverItsOwnRecipient) {
  // No target: once coded "Britain, Canada -> Britain, Canada".
  Document d =
      Doc("Britain and Canada imposed sanctions.\n"
          "Britain and Canada imposed sanctions on Russia and Canada.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "SANCTION");
  EXPECT_EQ(Codes(d.events[0].actor), (std::vector<std::string>{"GBR", "CAN"}));
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"RUS"});
}

TEST(Events, DomesticEventKeepsItsRecipient) {
  Document d = Doc("Russian police detained Russian protesters.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  ASSERT_EQ(d.events[0].recipient.size(), 1u);
  EXPECT_EQ(d.events[0].actor[0].code, "RUS");
  EXPECT_EQ(d.events[0].recipient[0].code, "RUS");
  EXPECT_NE(d.events[0].actor[0].sector, d.events[0].recipient[0].sector);
}

TEST(Events, LowerCaseUsIsNoCountry) {
  Document d = Doc("Let us agree with Germany on this.\nThe US criticized Germany.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"USA"});
  EXPECT_EQ(d.events[0].sentence, 1u);
}

TEST(Events, PassiveWithBy) {
  Document d = Doc("Chile was criticized by Peru over the fishing dispute.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"PER"});
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"CHL"});
}

TEST(Events, NominalMobilization) {
  Document d = Doc("Analysts noted Turkey's massing of troops near its border with Syria.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].type, "MOBILIZE");
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"TUR"});
  EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"SYR"});
}

TEST(Events, DiscardedSportsSentence) {
  Document d = Doc("Brazil criticized Argentina after the World Cup final.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty());
}

TEST(Events, PageFurnitureIsNotCoded) {
  Document d =
      Doc("JUST WATCHED The French president urged Germany to act Replay More Videos ...\n"
          "France urged Germany to act | Norway met Sweden | Weather for the week\n"
          "The French president urged Germany to act.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);  // only the sentence of the story
  EXPECT_EQ(d.events[0].sentence, 2u);
}

TEST(Events, GalleryCaptionsAreNotCoded) {
  Document d =
      Doc("Hide Caption 2 of 9 Photos: Norway talks - Norwegian envoys met Swedish envoys.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty());
  // A teaser for another story of the site is not this story's news.
  Document teaser = Doc("( Also on POLITICO: Norway accused Sweden of fishing too much)");
  ASSERT_TRUE(Default()->Annotate(&teaser).ok());
  EXPECT_TRUE(teaser.events.empty());
  Document plain = Doc("Norway accused Sweden of fishing too much.");
  ASSERT_TRUE(Default()->Annotate(&plain).ok());
  EXPECT_EQ(plain.events.size(), 1u);
}

TEST(Events, HeadlineLinksClosedByMoreAreNotCoded) {
  Document d = Doc("Senator Ola Nordmann Norway urges Sweden to act on fish MORE said on Monday.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty());
  Document caps = Doc("NORWAY URGES SWEDEN TO ACT, NO MORE DELAYS");
  ASSERT_TRUE(Default()->Annotate(&caps).ok());
  EXPECT_EQ(caps.events.size(), 1u);
}

TEST(Events, QuoteIndex) {
  Document d = Doc("\"Greece will attack Turkey,\" the minister claimed.");
  Quote q;
  q.id = "q1";
  q.kind = "direct";
  q.content = {1, static_cast<uint32_t>(d.text().find(','))};
  d.quotes.push_back(q);
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].quote, 0);
}

TEST(Events, GarbageIsBounded) {
  std::string junk;
  for (int i = 0; i < 20000; ++i)
    junk += static_cast<char>('A' + i % 26) + std::string(i % 7 ? "" : " ");
  junk += " urged attack Germany France , , \" \" 's n't";
  Document d = Doc(junk);
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_LE(d.events.size(), 16u);
  EXPECT_TRUE(CheckSpans(d).ok());
  Document empty = Doc("");
  EXPECT_TRUE(Default()->Annotate(&empty).ok());
  EXPECT_TRUE(empty.events.empty());
}

TEST(Events, UserDictionariesWithDatedActors) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "ng_events_test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream a(dir / "actors.txt");
    a << "VELMORA [VLM]\nKESTREL_BAY\n  [KBY <20000101]\n  [KBYREB >20000101]\n";
    std::ofstream v(dir / "verbs.txt");
    v << "--- SCOLD [121] ---\nSCOLD\n- * HARSHLY [122]\n";
  }
  PipelineOptions opt;
  opt.actor_dicts = {(dir / "actors.txt").string()};
  opt.verb_dicts = {(dir / "verbs.txt").string()};
  auto coder = Coder(opt);
  ASSERT_TRUE(coder);
  Document old = Doc("Velmora scolded Kestrel Bay harshly.", "1995-06-01");
  ASSERT_TRUE(coder->Annotate(&old).ok());
  ASSERT_EQ(old.events.size(), 1u);
  EXPECT_EQ(old.events[0].cameo, "122");
  EXPECT_EQ(Codes(old.events[0].recipient), std::vector<std::string>{"KBY"});
  Document later = Doc("Velmora scolded Kestrel Bay.", "2010-06-01");
  ASSERT_TRUE(coder->Annotate(&later).ok());
  ASSERT_EQ(later.events.size(), 1u);
  EXPECT_EQ(later.events[0].cameo, "121");
  EXPECT_EQ(later.events[0].recipient[0].code, "KBY");
  EXPECT_EQ(later.events[0].recipient[0].sector, "REB");
  std::filesystem::remove_all(dir);
}

TEST(Events, MissingUserDictionaryIsAnError) {
  PipelineOptions opt;
  opt.verb_dicts = {"/nonexistent/verbs.txt"};
  EXPECT_FALSE(EventCoder::Load(opt).ok());
}

TEST(Plover, CameoRoots) {
  EXPECT_EQ(PloverFromCameo("036").type, "AGREE");
  EXPECT_EQ(PloverFromCameo("042").mode, "visit");
  EXPECT_EQ(PloverFromCameo("112").type, "ACCUSE");
  EXPECT_EQ(PloverFromCameo("163").type, "SANCTION");
  EXPECT_EQ(PloverFromCameo("190").type, "ASSAULT");
  EXPECT_EQ(PloverFromCameo("154").type, "MOBILIZE");
  EXPECT_EQ(PloverFromCameo("010").type, "");
  Event e;
  e.cameo = "040";
  e.modality = "future";
  ASSERT_TRUE(ApplyPlover(&e, false));
  EXPECT_EQ(e.type, "AGREE");
  EXPECT_EQ(e.cameo, "036");
}

// A warning with a condition, or of consequences, threatens; a warning that someone else could
// act accuses them (the seed's "warns that Moscow could attack").
TEST(Events, AConditionalWarningThreatens) {
  Document cond = Doc("Norway warned Sweden that if it moved troops , Norway would respond .");
  AddParse(&cond, {{"Norway", "PROPN", 2, "nsubj"},
                   {"warned", "VERB", 0, "root", "VBD"},
                   {"Sweden", "PROPN", 2, "obj"},
                   {"that", "SCONJ", 12, "mark"},
                   {"if", "SCONJ", 7, "mark"},
                   {"it", "PRON", 7, "nsubj"},
                   {"moved", "VERB", 12, "advcl", "VBD"},
                   {"troops", "NOUN", 7, "obj"},
                   {",", "PUNCT", 7, "punct"},
                   {"Norway", "PROPN", 12, "nsubj"},
                   {"would", "AUX", 12, "aux"},
                   {"respond", "VERB", 2, "ccomp", "VB"},
                   {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&cond).ok());
  ASSERT_FALSE(cond.events.empty());
  EXPECT_EQ(cond.events[0].type, "THREATEN");
  EXPECT_EQ(cond.events[0].cameo, "130");

  Document plain = Doc("Norway warned that Sweden could attack Denmark .");
  AddParse(&plain, {{"Norway", "PROPN", 2, "nsubj"},
                    {"warned", "VERB", 0, "root", "VBD"},
                    {"that", "SCONJ", 6, "mark"},
                    {"Sweden", "PROPN", 6, "nsubj"},
                    {"could", "AUX", 6, "aux"},
                    {"attack", "VERB", 2, "ccomp", "VB"},
                    {"Denmark", "PROPN", 6, "obj"},
                    {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&plain).ok());
  bool accuse = false;
  for (const Event& e : plain.events) {
    EXPECT_NE(e.type, "THREATEN");
    accuse |= e.type == "ACCUSE";
  }
  EXPECT_TRUE(accuse);
}

// A verb far down a chain of conjuncts takes the subject of the chain's head; a possessive the
// parse makes a subject is no doer.
TEST(Events, ALongChainOfConjunctsKeepsItsSubjectAndAPossessiveIsNoDoer) {
  Document chain =
      Doc("Norway promised to help Denmark and hire judges and called on Sweden to act .");
  AddParse(&chain, {{"Norway", "PROPN", 2, "nsubj"},
                    {"promised", "VERB", 0, "root", "VBD"},
                    {"to", "PART", 4, "mark"},
                    {"help", "VERB", 2, "xcomp", "VB"},
                    {"Denmark", "PROPN", 4, "obj"},
                    {"and", "CCONJ", 7, "cc"},
                    {"hire", "VERB", 4, "conj", "VB"},
                    {"judges", "NOUN", 7, "obj"},
                    {"and", "CCONJ", 10, "cc"},
                    {"called", "VERB", 7, "conj", "VBD"},
                    {"on", "ADP", 12, "case"},
                    {"Sweden", "PROPN", 10, "obl"},
                    {"to", "PART", 14, "mark"},
                    {"act", "VERB", 10, "advcl", "VB"},
                    {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&chain).ok());
  bool request = false;
  for (const Event& e : chain.events) {
    if (e.type != "REQUEST") continue;
    request = true;
    EXPECT_EQ(Codes(e.actor), std::vector<std::string>{"NOR"});
  }
  EXPECT_TRUE(request);

  // The head's subject is no actor: no event, rather than the nearest actor before the verb.
  Document envoy =
      Doc("A baker promised to help Denmark and hire bakers and called on Sweden to act .");
  AddParse(&envoy, {{"A", "DET", 2, "det"},
                    {"baker", "NOUN", 3, "nsubj"},
                    {"promised", "VERB", 0, "root", "VBD"},
                    {"to", "PART", 5, "mark"},
                    {"help", "VERB", 3, "xcomp", "VB"},
                    {"Denmark", "PROPN", 5, "obj"},
                    {"and", "CCONJ", 8, "cc"},
                    {"hire", "VERB", 5, "conj", "VB"},
                    {"bakers", "NOUN", 8, "obj"},
                    {"and", "CCONJ", 11, "cc"},
                    {"called", "VERB", 8, "conj", "VBD"},
                    {"on", "ADP", 13, "case"},
                    {"Sweden", "PROPN", 11, "obl"},
                    {"to", "PART", 15, "mark"},
                    {"act", "VERB", 11, "advcl", "VB"},
                    {".", "PUNCT", 3, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&envoy).ok());
  for (const Event& e : envoy.events) EXPECT_NE(e.type, "REQUEST") << Codes(e.actor)[0];

  Document poss = Doc("Sweden 's long held views angered Denmark and called on Norway to act .");
  AddParse(&poss, {{"Sweden", "PROPN", 4, "nsubj"},
                   {"'s", "PART", 1, "case"},
                   {"long", "ADV", 4, "advmod"},
                   {"held", "VERB", 0, "root", "VBN"},
                   {"views", "NOUN", 4, "obj"},
                   {"angered", "VERB", 4, "conj", "VBD"},
                   {"Denmark", "PROPN", 6, "obj"},
                   {"and", "CCONJ", 9, "cc"},
                   {"called", "VERB", 4, "conj", "VBD"},
                   {"on", "ADP", 11, "case"},
                   {"Norway", "PROPN", 9, "obl"},
                   {"to", "PART", 13, "mark"},
                   {"act", "VERB", 9, "advcl", "VB"},
                   {".", "PUNCT", 4, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&poss).ok());
  for (const Event& e : poss.events) EXPECT_NE(e.type, "REQUEST");
}

// "called the decision not to prosecute her for ...": the "for" belongs to a clause of the
// object; "stopped short of calling for" negates.
TEST(Events, ACallWordInsideTheObjectsClauseAndStoppingShortOf) {
  Document d = Doc("Norway called Sweden 's decision not to charge Denmark for spying a mistake .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"called", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 5, "nmod:poss"},
                {"'s", "PART", 3, "case"},
                {"decision", "NOUN", 2, "obj"},
                {"not", "PART", 8, "advmod"},
                {"to", "PART", 8, "mark"},
                {"charge", "VERB", 5, "acl", "VB"},
                {"Denmark", "PROPN", 8, "obj"},
                {"for", "SCONJ", 11, "mark"},
                {"spying", "VERB", 8, "advcl", "VBG"},
                {"a", "DET", 13, "det"},
                {"mistake", "NOUN", 2, "xcomp"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) EXPECT_NE(e.type, "REQUEST");

  Document s = Doc("Norway stopped short of calling for sanctions against Sweden.");
  ASSERT_TRUE(Default()->Annotate(&s).ok());
  for (const Event& e : s.events) EXPECT_EQ(e.modality, "negated") << e.type;
}

// A negation inside another verb's complement does not negate the next conjunct.
TEST(Events, ANegationInAnotherVerbsComplementDoesNotNegate) {
  Document d = Doc("Norway warned them not to act and urged Sweden to sign a deal .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"warned", "VERB", 0, "root", "VBD"},
                {"them", "PRON", 2, "obj"},
                {"not", "PART", 6, "advmod"},
                {"to", "PART", 6, "mark"},
                {"act", "VERB", 2, "xcomp", "VB"},
                {"and", "CCONJ", 8, "cc"},
                {"urged", "VERB", 2, "conj", "VBD"},
                {"Sweden", "PROPN", 8, "obj"},
                {"to", "PART", 11, "mark"},
                {"sign", "VERB", 8, "xcomp", "VB"},
                {"a", "DET", 13, "det"},
                {"deal", "NOUN", 11, "obj"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  bool request = false;
  for (const Event& e : d.events) {
    if (e.type != "REQUEST") continue;
    request = true;
    EXPECT_EQ(e.modality, "asserted");
  }
  EXPECT_TRUE(request);
  // The negation of the trigger's own auxiliary still counts.
  Document n = Doc("Norway did not urge Sweden to sign .");
  AddParse(&n, {{"Norway", "PROPN", 4, "nsubj"},
                {"did", "AUX", 4, "aux"},
                {"not", "PART", 2, "advmod"},
                {"urge", "VERB", 0, "root", "VB"},
                {"Sweden", "PROPN", 4, "obj"},
                {"to", "PART", 7, "mark"},
                {"sign", "VERB", 4, "xcomp", "VB"},
                {".", "PUNCT", 4, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&n).ok());
  ASSERT_FALSE(n.events.empty());
  EXPECT_EQ(n.events[0].modality, "negated");
}

// A visit that was postponed did not take place; a visiting fellow makes no visit.
TEST(Events, APostponedVisitAndAVisitingFellow) {
  Document d = Doc("Norway postponed a state visit to Sweden .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"postponed", "VERB", 0, "root", "VBD"},
                {"a", "DET", 5, "det"},
                {"state", "NOUN", 5, "compound"},
                {"visit", "NOUN", 2, "obj"},
                {"to", "ADP", 7, "case"},
                {"Sweden", "PROPN", 5, "nmod"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[1].lemma = "postpone";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_FALSE(d.events.empty());
  EXPECT_EQ(d.events[0].type, "CONSULT");
  EXPECT_EQ(d.events[0].modality, "negated");

  Document f =
      Doc("Jon Dahl , a former Norwegian Foreign Ministry official and visiting fellow at the "
          "Swedish Institute of International Affairs , wrote a post .");
  ASSERT_TRUE(Default()->Annotate(&f).ok());
  EXPECT_TRUE(f.events.empty()) << f.events[0].type;
}

// The addressee of a warning is not accused: the doer of what it warns of is, if any.
TEST(Events, AWarningAccusesTheDoerNotTheAddressee) {
  Document d = Doc("Norway warned Swedish donors that the majority could shrink .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"warned", "VERB", 0, "root", "VBD"},
                {"Swedish", "ADJ", 4, "amod"},
                {"donors", "NOUN", 2, "obj"},
                {"that", "SCONJ", 9, "mark"},
                {"the", "DET", 7, "det"},
                {"majority", "NOUN", 9, "nsubj"},
                {"could", "AUX", 9, "aux"},
                {"shrink", "VERB", 2, "ccomp", "VB"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty()) << d.events[0].type;

  Document k = Doc("Norway warned Swedish lawmakers that Denmark was spying .");
  AddParse(&k, {{"Norway", "PROPN", 2, "nsubj"},
                {"warned", "VERB", 0, "root", "VBD"},
                {"Swedish", "ADJ", 4, "amod"},
                {"lawmakers", "NOUN", 2, "obj"},
                {"that", "SCONJ", 8, "mark"},
                {"Denmark", "PROPN", 8, "nsubj"},
                {"was", "AUX", 8, "aux"},
                {"spying", "VERB", 2, "ccomp", "VBG"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&k).ok());
  ASSERT_FALSE(k.events.empty());
  EXPECT_EQ(k.events[0].type, "ACCUSE");
  EXPECT_EQ(Codes(k.events[0].recipient), std::vector<std::string>{"DNK"});
}

// Demonstrating something is no protest.
TEST(Events, DemonstratingResolveIsNoProtest) {
  Document d = Doc("Norway expelled diplomats to demonstrate NATO and Swedish resolve .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"expelled", "VERB", 0, "root", "VBD"},
                {"diplomats", "NOUN", 2, "obj"},
                {"to", "PART", 5, "mark"},
                {"demonstrate", "VERB", 2, "advcl", "VB"},
                {"NATO", "PROPN", 5, "obj"},
                {"and", "CCONJ", 9, "cc"},
                {"Swedish", "ADJ", 9, "amod"},
                {"resolve", "NOUN", 6, "conj"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) EXPECT_NE(e.type, "PROTEST");
}

// The actor's own people ("her troops", "its forces") are no recipient; "its president"
// belongs to another actor.
TEST(Events, TheActorsOwnPeopleAreNoRecipient) {
  for (const char* text : {"The Norwegian premier urged her troops to hold the line.",
                           "Norway withdrew its forces from the border."}) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    for (const Event& e : d.events) EXPECT_TRUE(e.recipient.empty()) << text << " " << e.type;
  }
}

// Sharing a view is no agreement; a compromise is no meeting; "a reluctant Britain" may act.
TEST(Events, AgreeingWithAViewMeetingHalfwayAndAReluctantActor) {
  for (const char* text :
       {"The Norwegian court agreed with the Swedish judge that the law was void.",
        "Norway and Sweden should meet each other halfway.",
        "Norway agreed with Sweden on one thing: that the tariffs must go.",
        "Norway agreed with Sweden on the need to lower tariffs."}) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    EXPECT_TRUE(d.events.empty()) << text << " " << d.events[0].type;
  }
  Document a = Doc("Norway agreed with Sweden on a ceasefire.");
  ASSERT_TRUE(Default()->Annotate(&a).ok());
  ASSERT_FALSE(a.events.empty());
  EXPECT_EQ(a.events[0].type, "AGREE");
  Document r = Doc("The crisis may force a reluctant Norway to impose sanctions on Sweden.");
  ASSERT_TRUE(Default()->Annotate(&r).ok());
  ASSERT_FALSE(r.events.empty());
  EXPECT_EQ(r.events[0].modality, "hypothetical");
}

// A passive "met with" is how something was received, no meeting.
TEST(Events, MetWithIsAReception) {
  for (const char* text : {"Norway's proposal was met with scorn by Sweden.",
                           "The Norwegian plan has been met with protests in Sweden."}) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    EXPECT_TRUE(d.events.empty()) << text << " " << d.events[0].type;
  }
  Document m = Doc("Norway was set to met with Sweden.");
  ASSERT_TRUE(Default()->Annotate(&m).ok());
  ASSERT_FALSE(m.events.empty());
  EXPECT_EQ(m.events[0].cameo.substr(0, 2), "03");
}

// The time of a clause of another event before or after this one does not date it.
TEST(Events, ASinceClauseDoesNotDateTheEvent) {
  Document d = Doc("Norway met Sweden since the crisis began in 2031 .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"met", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 2, "obj"},
                {"since", "SCONJ", 7, "mark"},
                {"the", "DET", 6, "det"},
                {"crisis", "NOUN", 7, "nsubj"},
                {"began", "VERB", 2, "advcl", "VBD"},
                {"in", "ADP", 9, "case"},
                {"2031", "NUM", 7, "obl"},
                {".", "PUNCT", 2, "punct"}});
  AddTime(&d, "2031", "2031", "year");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_FALSE(d.events.empty());
  EXPECT_TRUE(d.events[0].date.empty()) << d.events[0].date;
}

// A promise of harm to the recipient threatens it; a promise of help is an intent to cooperate.
TEST(Events, APromiseOfHarmThreatens) {
  const std::vector<std::pair<const char*, const char*>> cases = {{"punish", "THREATEN"},
                                                                  {"help", "AGREE"}};
  for (const auto& [verb, type] : cases) {
    Document d = Doc(std::string("Norway pledged to ") + verb + " Sweden .");
    AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                  {"pledged", "VERB", 0, "root", "VBD"},
                  {"to", "PART", 4, "mark"},
                  {verb, "VERB", 2, "xcomp", "VB"},
                  {"Sweden", "PROPN", 4, "obj"},
                  {".", "PUNCT", 2, "punct"}});
    d.syntax[3].lemma = verb;
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    bool found = false;
    for (const Event& e : d.events) found |= e.type == type;
    EXPECT_TRUE(found) << verb;
  }
}

// "leads with pledged delegates": a past form after a preposition, before its noun, is
// an adjective (however tagged); "in 2031 sanctioned" after a year is still a verb.
TEST(Events, AParticipleAfterAPrepositionDescribesTheNoun) {
  Document d = Doc("Norway leads with pledged delegates , ahead of Sweden .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"leads", "VERB", 0, "root", "VBZ"},
                {"with", "ADP", 5, "case"},
                {"pledged", "VERB", 5, "amod", "VBD"},
                {"delegates", "NOUN", 2, "obl"},
                {",", "PUNCT", 9, "punct"},
                {"ahead", "ADV", 9, "case"},
                {"of", "ADP", 7, "fixed"},
                {"Sweden", "PROPN", 2, "obl"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[3].lemma = "pledge";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  EXPECT_TRUE(d.events.empty()) << d.events[0].type;
  Document y = Doc("Norway in 2031 sanctioned Swedish banks .");
  AddParse(&y, {{"Norway", "PROPN", 4, "nsubj"},
                {"in", "ADP", 3, "case"},
                {"2031", "NUM", 4, "obl"},
                {"sanctioned", "VERB", 0, "root", "VBD"},
                {"Swedish", "ADJ", 6, "amod"},
                {"banks", "NOUN", 4, "obj"},
                {".", "PUNCT", 4, "punct"}});
  y.syntax[3].lemma = "sanction";
  ASSERT_TRUE(Default()->Annotate(&y).ok());
  ASSERT_FALSE(y.events.empty());
  EXPECT_EQ(y.events[0].type, "SANCTION");
}

// Fear, willingness and a wish about the past: "afraid to criticize" did not happen, "willing
// to meet" may, "wished Norway had criticized" did not.
TEST(Events, AfraidWillingAndWishedHadAreNotAssertions) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Norway has been afraid to criticize Sweden.", "negated"},
      {"Norway is willing to meet Sweden.", "hypothetical"},
      {"Officials wished Norway had criticized Sweden.", "hypothetical"},
      {"Officials said Norway had criticized Sweden.", "asserted"}};
  for (const auto& [text, modality] : cases) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    ASSERT_FALSE(d.events.empty()) << text;
    EXPECT_EQ(d.events[0].modality, modality) << text;
  }
}

// "a worse deal than Sweden": a term of comparison is no recipient.
TEST(Events, ATermOfComparisonIsNoRecipient) {
  Document d = Doc("Norway criticized a worse deal than Sweden.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events) EXPECT_TRUE(e.recipient.empty()) << e.type;
  Document c = Doc("Norway criticized Sweden.");
  ASSERT_TRUE(Default()->Annotate(&c).ok());
  ASSERT_FALSE(c.events.empty());
  EXPECT_EQ(Codes(c.events[0].recipient), std::vector<std::string>{"SWE"});
}

// "the plan is threatened by Norway's aggression against Sweden": the passive names what was
// threatened (no actor), so no recipient comes from inside the agent phrase.
TEST(Events, APassiveTakesNoRecipientFromItsAgent) {
  Document d = Doc("The plan is threatened by Norway 's aggression against Sweden .");
  AddParse(&d, {{"The", "DET", 2, "det"},
                {"plan", "NOUN", 4, "nsubj:pass"},
                {"is", "AUX", 4, "aux:pass"},
                {"threatened", "VERB", 0, "root", "VBN"},
                {"by", "ADP", 8, "case"},
                {"Norway", "PROPN", 8, "nmod:poss"},
                {"'s", "PART", 6, "case"},
                {"aggression", "NOUN", 4, "obl:agent"},
                {"against", "ADP", 10, "case"},
                {"Sweden", "PROPN", 8, "nmod"},
                {".", "PUNCT", 4, "punct"}});
  d.syntax[3].lemma = "threaten";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events)
    for (const EventArg& r : e.recipient) EXPECT_NE(r.code, "SWE") << e.type;
}

// "criticized Sweden, since the order was in effect in 2031": a time in a "since" clause does
// not date the event, even when the parse makes that clause a conjunct.
TEST(Events, ATimeInASinceClauseMisparsedAsAConjunctDoesNotDate) {
  Document d = Doc("Norway criticized Sweden , since the order was in effect in 2031 .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"criticized", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 2, "obj"},
                {",", "PUNCT", 10, "punct"},
                {"since", "SCONJ", 10, "mark"},
                {"the", "DET", 7, "det"},
                {"order", "NOUN", 10, "nsubj"},
                {"was", "AUX", 10, "cop"},
                {"in", "ADP", 10, "case"},
                {"effect", "NOUN", 2, "conj"},
                {"in", "ADP", 12, "case"},
                {"2031", "NUM", 10, "nmod"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[1].lemma = "criticize";
  AddTime(&d, "2031", "2031", "year");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_FALSE(d.events.empty());
  EXPECT_TRUE(d.events[0].date.empty()) << d.events[0].date;
}

// "warned Sweden, saying it would fail in 2031": the time of what was said does not date the
// warning.
TEST(Events, TheTimeOfWhatWasSaidDoesNotDateTheSaying) {
  Document d = Doc("Norway warned Sweden , saying it would fail in 2031 .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"warned", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 2, "obj"},
                {",", "PUNCT", 5, "punct"},
                {"saying", "VERB", 2, "advcl", "VBG"},
                {"it", "PRON", 8, "nsubj"},
                {"would", "AUX", 8, "aux"},
                {"fail", "VERB", 5, "ccomp", "VB"},
                {"in", "ADP", 10, "case"},
                {"2031", "NUM", 8, "obl"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[1].lemma = "warn";
  AddTime(&d, "2031", "2031", "year");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_FALSE(d.events.empty());
  EXPECT_TRUE(d.events[0].date.empty()) << d.events[0].date;
}

// "called out Sweden for praise" praises; "calling out the army" deploys it, no rebuke.
TEST(Events, CallingOutForPraiseAndCallingOutTheArmy) {
  Document p = Doc("Norway called out Sweden for praise.");
  ASSERT_TRUE(Default()->Annotate(&p).ok());
  ASSERT_FALSE(p.events.empty());
  EXPECT_EQ(p.events[0].type, "SUPPORT");
  Document a = Doc("Norway called out the army against Sweden.");
  ASSERT_TRUE(Default()->Annotate(&a).ok());
  for (const Event& e : a.events) EXPECT_NE(e.type, "ACCUSE");
}

// "Carlsen, a Norwegian diplomat, praised Sweden": the appositive describes the doer named
// before it; "had wanted more action on sending aid" did not send it.
TEST(Events, AnAppositiveIsNotTheDoerAndAWantedActionIsNotTaken) {
  Document d = Doc("Carlsen, a Norwegian diplomat, praised Sweden.");
  AddEntity(&d, "Carlsen", "PERSON", "DNK", "GOV");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_FALSE(d.events.empty());
  EXPECT_EQ(Codes(d.events[0].actor), std::vector<std::string>{"DNK/GOV"});
  Document w = Doc("Norway had wanted more action on sending aid to Sweden.");
  ASSERT_TRUE(Default()->Annotate(&w).ok());
  ASSERT_FALSE(w.events.empty());
  EXPECT_EQ(w.events[0].modality, "hypothetical");
}

// An obligation, a call for action and a barred action are not reports; calling someone
// reckless accuses them; a year that opens the sentence, long before the article, makes the
// event background.
TEST(Events, NeedsToCalledForToCalledRecklessAndAnOpeningYear) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Norway needs to investigate Sweden.", "hypothetical"},
      {"Norway called for a resolution to condemn Sweden.", "hypothetical"}};
  for (const auto& [text, modality] : cases) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    ASSERT_FALSE(d.events.empty()) << text;
    EXPECT_EQ(d.events[0].modality, modality) << text;
  }
  Document b = Doc("Norway moved to bar Sweden from investigating Denmark.");
  ASSERT_TRUE(Default()->Annotate(&b).ok());
  ASSERT_FALSE(b.events.empty());
  EXPECT_EQ(b.events.back().modality, "negated");
  Document r = Doc("Norway called Sweden reckless.");
  ASSERT_TRUE(Default()->Annotate(&r).ok());
  ASSERT_FALSE(r.events.empty());
  EXPECT_EQ(r.events[0].type, "ACCUSE");
  Document y = Doc("In 2015, the Norwegian government accused Sweden of spying.", "2019-06-01");
  AddTime(&y, "2015", "2015-01-01", "year");
  ASSERT_TRUE(Default()->Annotate(&y).ok());
  EXPECT_TRUE(y.events.empty()) << y.events[0].date;
}

// "neither retracted nor apologized to Sweden" did not apologize; "told visiting Swedish
// diplomats" is no visit by the teller.
TEST(Events, NorNegatesAndVisitingDiplomatsAreNoVisit) {
  Document d = Doc("Norway neither retracted nor apologized to Sweden.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_FALSE(d.events.empty());
  EXPECT_EQ(d.events[0].modality, "negated");
  Document v = Doc("Norway told visiting Swedish diplomats that the talks were over.");
  AddParse(&v, {{"Norway", "PROPN", 2, "nsubj"},
                {"told", "VERB", 0, "root", "VBD"},
                {"visiting", "VERB", 5, "amod", "VBG"},
                {"Swedish", "ADJ", 5, "amod", "JJ"},
                {"diplomats", "NOUN", 2, "obj", "NNS"},
                {"that", "SCONJ", 10, "mark"},
                {"the", "DET", 8, "det"},
                {"talks", "NOUN", 10, "nsubj"},
                {"were", "AUX", 10, "cop"},
                {"over", "ADV", 2, "ccomp"},
                {".", "PUNCT", 2, "punct"}});
  v.syntax[2].lemma = "visit";
  v.syntax[2].head = 4;
  v.syntax[2].deprel = "acl";
  ASSERT_TRUE(Default()->Annotate(&v).ok());
  for (const Event& e : v.events) EXPECT_NE(e.type, "CONSULT") << e.cameo;
}

// Meeting with resistance is no meeting; a released dossier releases no one; proposals
// "appealing to" voters plead with no one.
TEST(Events, ResistanceDossiersAndAppealingProposals) {
  for (const char* text :
       {"Norwegian envoys met with resistance from Sweden.", "Norway released a dossier on Sweden.",
        "Norway made policy proposals appealing to Sweden ."}) {
    Document d = Doc(text);
    if (std::string(text).find("proposals") != std::string::npos) {
      AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                    {"made", "VERB", 0, "root", "VBD"},
                    {"policy", "NOUN", 4, "compound"},
                    {"proposals", "NOUN", 2, "obj"},
                    {"appealing", "VERB", 4, "acl", "VBG"},
                    {"to", "ADP", 7, "case"},
                    {"Sweden", "PROPN", 5, "obl"},
                    {".", "PUNCT", 2, "punct"}});
      d.syntax[4].lemma = "appeal";
    }
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    EXPECT_TRUE(d.events.empty()) << text << " " << d.events[0].type;
  }
}

// "has yet to", "a threat to", "highly likely" and a headline's "<actor> to <verb>" are not
// reports; "calling X out" rebukes; '"...," agreed <name>' attributes a quote.
TEST(Events, YetToThreatToLikelyHeadlinesCallingOutAndAgreedAttributions) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Norway has yet to accuse Sweden of spying.", "negated"},
      {"The Norwegian threat to attack Sweden alarmed Denmark.", "hypothetical"},
      {"It was highly likely Norway attacked Sweden.", "hypothetical"},
      {"Norway to call on Sweden to cut tariffs", "future"}};
  for (const auto& [text, modality] : cases) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    ASSERT_FALSE(d.events.empty()) << text;
    EXPECT_EQ(d.events[0].modality, modality) << text;
  }
  Document o = Doc("Norway was calling Sweden out for its tariffs.");
  ASSERT_TRUE(Default()->Annotate(&o).ok());
  ASSERT_FALSE(o.events.empty());
  EXPECT_EQ(o.events[0].type, "ACCUSE");
  Document q = Doc("\"The Norwegian budget reflects our priorities,\" agreed Sweden.");
  ASSERT_TRUE(Default()->Annotate(&q).ok());
  for (const Event& e : q.events) EXPECT_NE(e.type, "AGREE");
}

}  // namespace
}  // namespace newsgraph::events

namespace newsgraph::events {
namespace {

// "warned the UN against Iran": the warning accuses whom it is against, wherever the parse
// hangs the "against" phrase.
TEST(Events, AWarningAgainstAnActorAccusesIt) {
  for (const int head : {2, 3}) {  // the verb's oblique, or a modifier of its object
    Document d = Doc("Norway warned Sweden against Denmark .");
    AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                  {"warned", "VERB", 0, "root", "VBD"},
                  {"Sweden", "PROPN", 2, "obj"},
                  {"against", "ADP", 5, "case"},
                  {"Denmark", "PROPN", head, head == 2 ? "obl" : "nmod"},
                  {".", "PUNCT", 2, "punct"}});
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    ASSERT_FALSE(d.events.empty()) << head;
    EXPECT_EQ(Codes(d.events[0].recipient), std::vector<std::string>{"DNK"}) << head;
  }
}

// Refusing to rule something out or to comment rejects no one; doing it rarely is not doing it.
TEST(Events, RefusingToRuleOutAndRarelyCriticizing) {
  for (const char* text :
       {"Norway refused to rule out talks with Sweden.", "Norway refused to comment on Sweden."}) {
    Document d = Doc(text);
    ASSERT_TRUE(Default()->Annotate(&d).ok());
    for (const Event& e : d.events) EXPECT_NE(e.type, "REJECT") << text;
  }
  Document r = Doc("Norway refused to recognize Sweden.");
  ASSERT_TRUE(Default()->Annotate(&r).ok());
  ASSERT_FALSE(r.events.empty());
  EXPECT_EQ(r.events[0].type, "REJECT");
  Document f = Doc("Norway's refusal to endorse Sweden angered Denmark.");
  ASSERT_TRUE(Default()->Annotate(&f).ok());
  for (const Event& e : f.events)
    if (e.type == "SUPPORT") EXPECT_EQ(e.modality, "negated");
  Document c = Doc("Norway has rarely criticized Sweden.");
  ASSERT_TRUE(Default()->Annotate(&c).ok());
  ASSERT_FALSE(c.events.empty());
  EXPECT_EQ(c.events[0].modality, "negated");
}

}  // namespace
}  // namespace newsgraph::events

namespace newsgraph::events {
namespace {

// "Trump's eagerness to meet Kim" is no meeting yet; "a credibly accused rapist" accuses no one
// in this sentence; "warned Sweden of Denmark" accuses Denmark.
TEST(Events, EagernessAnAccusedPersonAndAWarningOf) {
  Document e = Doc("Norway's eagerness to meet Sweden surprised Denmark.");
  ASSERT_TRUE(Default()->Annotate(&e).ok());
  ASSERT_FALSE(e.events.empty());
  EXPECT_EQ(e.events[0].modality, "hypothetical");

  Document a = Doc("Norway hired a credibly accused Swedish spy .");
  AddParse(&a, {{"Norway", "PROPN", 2, "nsubj"},
                {"hired", "VERB", 0, "root", "VBD"},
                {"a", "DET", 7, "det"},
                {"credibly", "ADV", 5, "advmod"},
                {"accused", "VERB", 7, "amod", "VBN"},
                {"Swedish", "ADJ", 7, "amod"},
                {"spy", "NOUN", 2, "obj"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&a).ok());
  for (const Event& x : a.events) EXPECT_NE(x.type, "ACCUSE");

  // So does one after a possessive: "Norway's promised aid" promises nothing here.
  Document p = Doc("Sweden blocked Norway 's promised aid to Denmark .");
  AddParse(&p, {{"Sweden", "PROPN", 2, "nsubj"},
                {"blocked", "VERB", 0, "root", "VBD"},
                {"Norway", "PROPN", 6, "nmod:poss"},
                {"'s", "PART", 3, "case", "POS"},
                {"promised", "VERB", 6, "amod", "VBN"},
                {"aid", "NOUN", 2, "obj"},
                {"to", "ADP", 8, "case"},
                {"Denmark", "PROPN", 6, "nmod"},
                {".", "PUNCT", 2, "punct"}});
  p.syntax[4].lemma = "promise";
  ASSERT_TRUE(Default()->Annotate(&p).ok());
  for (const Event& x : p.events) EXPECT_NE(x.type, "AGREE") << Codes(x.actor)[0];

  Document w = Doc("Norway warned Sweden of Denmark .");
  AddParse(&w, {{"Norway", "PROPN", 2, "nsubj"},
                {"warned", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 2, "obj"},
                {"of", "ADP", 5, "case"},
                {"Denmark", "PROPN", 2, "obl"},
                {".", "PUNCT", 2, "punct"}});
  ASSERT_TRUE(Default()->Annotate(&w).ok());
  ASSERT_FALSE(w.events.empty());
  EXPECT_EQ(Codes(w.events[0].recipient), std::vector<std::string>{"DNK"});
}

// "protested in March" happened in a month, not in the English town of March.
TEST(Events, AMonthIsNoPlace) {
  Document d = Doc("Norwegian students protested against Sweden in March.");
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  ASSERT_FALSE(d.events.empty());
  EXPECT_FALSE(d.events[0].location.has_value()) << d.events[0].location->name;
}

// "Holm's allies criticized Sweden": a person's followers are not the person.
TEST(Events, APersonsAlliesAreNotThePerson) {
  Document d = Doc("Holm 's allies criticized Sweden .");
  AddEntity(&d, "Holm", "PERSON", "NOR", "GOV");
  AddParse(&d, {{"Holm", "PROPN", 3, "nmod:poss"},
                {"'s", "PART", 1, "case"},
                {"allies", "NOUN", 4, "nsubj"},
                {"criticized", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 4, "obj"},
                {".", "PUNCT", 4, "punct"}});
  d.syntax[2].lemma = "ally";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events)
    for (const EventArg& a : e.actor) EXPECT_NE(a.entity, 0) << e.type;
}

// "Holm donors criticized Sweden": the people who give to a person are not the person.
TEST(Events, APersonsDonorsAreNotThePerson) {
  Document d = Doc("Holm donors criticized Sweden .");
  AddEntity(&d, "Holm", "PERSON", "NOR", "GOV");
  AddParse(&d, {{"Holm", "PROPN", 2, "compound"},
                {"donors", "NOUN", 3, "nsubj"},
                {"criticized", "VERB", 0, "root", "VBD"},
                {"Sweden", "PROPN", 3, "obj"},
                {".", "PUNCT", 3, "punct"}});
  d.syntax[1].lemma = "donor";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  for (const Event& e : d.events)
    for (const EventArg& a : e.actor) EXPECT_NE(a.entity, 0) << e.type;
}

// "A memo instructs Norwegian candidates to blame Sweden", parsed with the infinitive on the
// object: asked to blame, not blamed (also "instructed ... to" hanging from the verb).
TEST(Events, AnInfinitiveOnTheObjectOfAnInstructionIsHypothetical) {
  Document d = Doc("A memo instructs Norwegian candidates to blame Sweden .");
  AddParse(&d, {{"A", "DET", 2, "det"},
                {"memo", "NOUN", 3, "nsubj"},
                {"instructs", "VERB", 0, "root", "VBZ"},
                {"Norwegian", "ADJ", 5, "amod"},
                {"candidates", "NOUN", 3, "obj"},
                {"to", "PART", 7, "mark"},
                {"blame", "VERB", 5, "acl", "VB"},
                {"Sweden", "PROPN", 7, "obj"},
                {".", "PUNCT", 3, "punct"}});
  d.syntax[2].lemma = "instruct";
  d.syntax[6].lemma = "blame";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  bool found = false;
  for (const Event& e : d.events) {
    if (e.type != "ACCUSE") continue;
    found = true;
    EXPECT_EQ(e.modality, "hypothetical");
  }
  EXPECT_TRUE(found);

  Document x = Doc("Norway instructed Denmark to blame Sweden .");
  AddParse(&x, {{"Norway", "PROPN", 2, "nsubj"},
                {"instructed", "VERB", 0, "root", "VBD"},
                {"Denmark", "PROPN", 2, "obj"},
                {"to", "PART", 5, "mark"},
                {"blame", "VERB", 2, "xcomp", "VB"},
                {"Sweden", "PROPN", 5, "obj"},
                {".", "PUNCT", 2, "punct"}});
  x.syntax[1].lemma = "instruct";
  x.syntax[4].lemma = "blame";
  ASSERT_TRUE(Default()->Annotate(&x).ok());
  found = false;
  for (const Event& e : x.events) {
    if (e.type != "ACCUSE") continue;
    found = true;
    EXPECT_EQ(e.modality, "hypothetical");
  }
  EXPECT_TRUE(found);
}

// "Norway arrived in Oslo and was met by Sweden": the passive conjunct's shared subject was met;
// its "by" agent met it.
TEST(Events, APassiveConjunctsAgentIsTheActor) {
  Document d = Doc("Norway arrived in Oslo and was met by Sweden .");
  AddParse(&d, {{"Norway", "PROPN", 2, "nsubj"},
                {"arrived", "VERB", 0, "root", "VBD"},
                {"in", "ADP", 4, "case"},
                {"Oslo", "PROPN", 2, "obl"},
                {"and", "CCONJ", 7, "cc"},
                {"was", "AUX", 7, "aux:pass", "VBD"},
                {"met", "VERB", 2, "conj", "VBN"},
                {"by", "ADP", 9, "case"},
                {"Sweden", "PROPN", 7, "obl:agent"},
                {".", "PUNCT", 2, "punct"}});
  d.syntax[1].lemma = "arrive";
  d.syntax[6].lemma = "meet";
  ASSERT_TRUE(Default()->Annotate(&d).ok());
  bool found = false;
  for (const Event& e : d.events) {
    if (e.type != "CONSULT") continue;
    found = true;
    EXPECT_EQ(Codes(e.actor), std::vector<std::string>{"SWE"});
    EXPECT_EQ(Codes(e.recipient), std::vector<std::string>{"NOR"});
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace newsgraph::events
