// Unit tests of the entity stage on invented text (no news article is copied here).
#include <gtest/gtest.h>

#include <string>

#include "entities/annotator.h"
#include "entities/test_doc.h"
#include "entities/kb.h"
#include "entities/ner.h"
#include "entities/words.h"

namespace newsgraph::entities {
namespace {

// A small knowledge base in the generated format.
constexpr char kKb[] =
    "# test\n"
    "E\tcountry-deu\tGPE\tGermany\tDEU\t\t\tDEU\t\t\t\t\n"
    "A\tcountry-deu\tGermany\n"
    "E\tcountry-pol\tGPE\tPoland\tPOL\t\t\tPOL\t\t\t\t\n"
    "A\tcountry-pol\tPoland\n"
    "E\tgeo-1\tGPE\tBerlin\tDEU\t\t\tDEU\t52.5\t13.4\t3000000\tcapital\n"
    "A\tgeo-1\tBerlin\n"
    "E\tgeo-2\tGPE\tWarsaw\tPOL\t\t\tPOL\t52.2\t21.0\t1700000\tcapital\n"
    "A\tgeo-2\tWarsaw\n"
    "E\tgreta-example\tPERSON\tGreta Example\tDEU\tGOV\tf\t\t\t\t\t\n"
    "A\tgreta-example\tGreta Example\n"
    "R\tgreta-example\tDEU\tGOV\tforeign minister\t20200101\t20230101\n"
    "R\tgreta-example\tDEU\tGOV\tchancellor\t20230101\t\n"
    "E\tworld-league\tORG\tWorld League\tWLG\tIGO\t\t\t\t\t\t\n"
    "A\tworld-league\tWorld League\n"
    "A\tworld-league\tWL\n"
    "E\treuters\tORG\tReuters\tGBR\tMED\t\t\t\t\t\tmedia\n"
    "A\treuters\tReuters\n"
    "D\tGerman\tDEU\t0\n"
    "D\tPolish\tPOL\t0\n"
    "D\tGermans\tDEU\t1\n"
    "T\tforeign minister\tGOV\tforeign minister\t\n"
    "T\tchancellor\tGOV\tchancellor\t\n"
    "T\tpresident\tGOV\tpresident\t\n"
    "B\tforeign ministry\tGOV\tORG\n"
    "M\tBerlin\tDEU\tGOV\n"
    "M\tWarsaw\tPOL\tGOV\n";

std::shared_ptr<const KnowledgeBase> TestKb() {
  auto r = KnowledgeBase::Parse(kKb);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return *r;
}


const Entity* FindEntity(const Document& d, const std::string& name) {
  for (const Entity& e : d.entities)
    if (e.name == name) return &e;
  return nullptr;
}

std::vector<std::string> MentionTexts(const Document& d, const Entity& e) {
  std::vector<std::string> r;
  for (uint32_t m : e.mentions) r.emplace_back(d.Surface(d.mentions[m].span));
  return r;
}

TEST(WordsTest, SplitsPossessivesAndPunctuationButKeepsAbbreviations) {
  std::string t = "Poland's (U.S.) \"talks,\" Mr. Smith said.";
  std::vector<Span> w;
  SplitWords(t, 0, static_cast<uint32_t>(t.size()), 100, &w);
  std::vector<std::string> s;
  for (const Span& x : w) s.push_back(t.substr(x.begin, x.size()));
  std::vector<std::string> want = {"Poland", "'s",  "(",  "U.S.", ")",    "\"",  "talks",
                                   ",",      "\"",  "Mr.", "Smith", "said", "."};
  EXPECT_EQ(s, want);
  EXPECT_EQ(PhraseKey("Poland's  Foreign Ministry"), "poland 's foreign ministry");
}

TEST(WordsTest, BoundsWordCount) {
  std::string t(10000, 'a');
  for (size_t i = 1; i < t.size(); i += 2) t[i] = ' ';
  std::vector<Span> w;
  SplitWords(t, 0, static_cast<uint32_t>(t.size()), 100, &w);
  EXPECT_EQ(w.size(), 100u);
}

TEST(KbTest, RolesAreDated) {
  auto kb = TestKb();
  const auto* c = kb->Find("greta example");
  ASSERT_NE(c, nullptr);
  const KbEntry& e = kb->entry(c->front());
  EXPECT_EQ(KnowledgeBase::RoleOn(e, 20210615)->role, "foreign minister");
  EXPECT_EQ(KnowledgeBase::RoleOn(e, 20240101)->role, "chancellor");
  EXPECT_EQ(KnowledgeBase::RoleOn(e, 0)->role, "chancellor");
  EXPECT_EQ(KnowledgeBase::RoleOn(e, 19990101), nullptr);
  EXPECT_EQ(ParseIsoDate("2022-01-20"), 20220120);
  EXPECT_EQ(ParseIsoDate("garbage"), 0);
}

TEST(KbTest, KnowsWhichKeysStartALongerPhrase) {
  auto kb = TestKb();
  EXPECT_TRUE(kb->ExtendsToPhrase("greta"));           // alias "Greta Example"
  EXPECT_TRUE(kb->ExtendsToPhrase("world"));           // alias "World League"
  EXPECT_TRUE(kb->ExtendsToPhrase("foreign"));         // role noun and body phrases
  EXPECT_FALSE(kb->ExtendsToPhrase("greta example"));  // a whole phrase, nothing longer
  EXPECT_FALSE(kb->ExtendsToPhrase("berlin"));
  EXPECT_FALSE(kb->ExtendsToPhrase("example"));  // a second word only
  EXPECT_FALSE(kb->ExtendsToPhrase(""));
}

// People named by surname alone, titles with places of several words and seats of power
// (invented countries and people).
constexpr char kSurnameKb[] =
    "E\tcountry-wsx\tGPE\tWessex\tWSX\t\t\tWSX\t\t\t\t\n"
    "A\tcountry-wsx\tWessex\n"
    "E\tcountry-mrc\tGPE\tMercia\tMRC\t\t\tMRC\t\t\t\t\n"
    "A\tcountry-mrc\tMercia\n"
    "E\tiso-mrc-nw\tGPE\tNorth Wessex\tMRC\t\t\tMRC\t\t\t\tregion\n"
    "A\tiso-mrc-nw\tNorth Wessex\n"
    "E\tiso-wsx-dale\tGPE\tDale\tWSX\t\t\tWSX\t\t\t\tregion\n"
    "A\tiso-wsx-dale\tDale\n"
    "E\tiso-mrc-dale\tGPE\tDale\tMRC\t\t\tMRC\t\t\t\tregion\n"
    "A\tiso-mrc-dale\tDale\n"
    "E\totto-brandt\tPERSON\tOtto Brandt\tMRC\tGOV\tm\t\t\t\t\t\n"
    "A\totto-brandt\tOtto Brandt\n"
    "R\totto-brandt\tMRC\tGOV\tpresident\t20100101\t20180101\n"
    "E\tlena-brandt\tPERSON\tLena Brandt\tWSX\tGOV\tf\t\t\t\t\t\n"
    "A\tlena-brandt\tLena Brandt\n"
    "R\tlena-brandt\tWSX\tGOV\tforeign minister\t20200101\t\n"
    "E\tivo-kest\tPERSON\tIvo Kest\tMRC\tGOV\tm\t\t\t\t\t\n"
    "A\tivo-kest\tIvo Kest\n"
    "R\tivo-kest\tMRC\tGOV\tforeign minister\t20120101\t20140101\n"
    "E\tmara-ii\tPERSON\tMara II\tWSX\tGOV\tf\t\t\t\t\t\n"
    "A\tmara-ii\tMara II\n"
    "A\tmara-ii\tQueen Mara\n"
    "R\tmara-ii\tWSX\tGOV\tqueen\t20000101\t\n"
    "E\tali-bin-omar\tPERSON\tAli bin Omar\tWSX\tGOV\tm\t\t\t\t\t\n"
    "A\tali-bin-omar\tAli bin Omar\n"
    "R\tali-bin-omar\tWSX\tGOV\tprime minister\t20000101\t\n"
    "T\tpresident\tGOV\tpresident\t\n"
    "T\tgovernor\tGOV\tgovernor\t\n"
    "T\tgov.\tGOV\tgovernor\t\n"
    "T\tspokesman\tGOV\tspokesperson\tm\n"
    "E\tmrc-senate\tORG\tSenate\tMRC\tLEG\t\t\t\t\t\t\n"
    "A\tmrc-senate\tSenate\n"
    "B\tpolice\tCOP\tORG\n"
    "M\tBlue Hall\tMRC\tGOV\n";

TEST(KbTest, IndexesSurnamesButNotGivenNamesAfterTitles) {
  auto r = KnowledgeBase::Parse(kSurnameKb);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const KnowledgeBase& kb = **r;
  const auto* brandt = kb.PeopleBySurname("brandt");
  ASSERT_NE(brandt, nullptr);
  EXPECT_EQ(brandt->size(), 2u);
  EXPECT_EQ(kb.PeopleBySurname("mara"), nullptr);  // "Mara II", "Queen Mara": given name
  EXPECT_EQ(kb.PeopleBySurname("omar"), nullptr);  // "Ali bin Omar": a father's name
  EXPECT_EQ(kb.PeopleBySurname("wessex"), nullptr);  // not a person
}

// The document's tokens split a dash ("al - Zandar") and a paragraph's last period ("U.M"):
// aliases are found under those keys too, and a portfolio is no role word of its own.
TEST(KbTest, FindsDashedAndDottedAliasesAsTokenized) {
  auto r = KnowledgeBase::Parse(
      "E\tal-zandar\tORG\tal-Zandar\tIMG\tREB\t\t\t\t\t\t\n"
      "A\tal-zandar\tal-Zandar\n"
      "E\tcountry-umr\tGPE\tUnited Marches\tUMR\t\t\t\t\t\t\t\n"
      "A\tcountry-umr\tU.M.\n"
      "T\thealth secretary\tGOV\thealth minister\t\n");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const KnowledgeBase& kb = **r;
  EXPECT_NE(kb.Find("al-zandar"), nullptr);
  EXPECT_NE(kb.Find("al - zandar"), nullptr);
  EXPECT_NE(kb.Find("u.m."), nullptr);
  EXPECT_NE(kb.Find("u.m"), nullptr);
  EXPECT_EQ(kb.Find("al -"), nullptr);
  EXPECT_TRUE(kb.IsRoleWord("secretary"));
  EXPECT_FALSE(kb.IsRoleWord("health"));
  EXPECT_NE(kb.RoleNoun("health secretary"), nullptr);
}

TEST(KbTest, RejectsBrokenLines) {
  EXPECT_FALSE(KnowledgeBase::Parse("A\tnobody\tX\n").ok());
  EXPECT_FALSE(KnowledgeBase::Parse("Q\tx\n").ok());
  EXPECT_FALSE(KnowledgeBase::Load("/nonexistent/kb.tsv").ok());
}

TEST(AnnotatorTest, ClustersLinksAndDatesAPerson) {
  auto kb = TestKb();
  Document d = MakeDoc(
      "German Foreign Minister Greta Example met Polish officials on Monday .\n"
      "Example said the talks went well .\n"
      "She added that Berlin could send more aid .\n"
      "The German foreign minister spoke in Berlin .\n",
      "2021-03-01");
  AnnotateOptions opt;
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, opt, &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  const Entity* g = FindEntity(d, "Greta Example");
  ASSERT_NE(g, nullptr);
  ASSERT_TRUE(g->actor.has_value());
  EXPECT_EQ(g->actor->code, "DEU");
  EXPECT_EQ(g->actor->sector, "GOV");
  EXPECT_EQ(g->actor->role, "foreign minister");
  std::vector<std::string> want = {"Greta Example", "Example", "She",
                                   "The German foreign minister"};
  EXPECT_EQ(MentionTexts(d, *g), want);
  const Mention& first = d.mentions[g->mentions[0]];
  ASSERT_TRUE(first.role.has_value());
  EXPECT_EQ(d.Surface(*first.role), "German Foreign Minister");

  // "Berlin could send": the German government (metonym); "in Berlin": the city.
  const Entity* de = FindEntity(d, "Germany");
  ASSERT_NE(de, nullptr);
  bool metonym = false;
  for (uint32_t m : de->mentions)
    metonym |= d.mentions[m].kind == MentionKind::kMetonym && d.Surface(d.mentions[m].span) == "Berlin";
  EXPECT_TRUE(metonym);
  const Entity* city = FindEntity(d, "Berlin");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->mentions.size(), 1u);
  EXPECT_EQ(city->actor->code, "DEU");
}

TEST(AnnotatorTest, RoleFollowsThePublicationDate) {
  auto kb = TestKb();
  Document d = MakeDoc("Greta Example spoke .\n", "2024-05-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  const Entity* g = FindEntity(d, "Greta Example");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->actor->role, "chancellor");
}

TEST(AnnotatorTest, PossessiveBodyIsOwnedByItsCountry) {
  auto kb = TestKb();
  Document d = MakeDoc("Poland 's Foreign Ministry said on Friday it would reply .\n", "2022-01-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  const Entity* fm = FindEntity(d, "Poland 's Foreign Ministry");
  ASSERT_NE(fm, nullptr);
  ASSERT_TRUE(fm->actor.has_value());
  EXPECT_EQ(fm->actor->code, "POL");
  EXPECT_EQ(fm->actor->sector, "GOV");
  EXPECT_NE(FindEntity(d, "Poland"), nullptr);
}

TEST(AnnotatorTest, AcronymsJoinTheirOrganisation) {
  auto kb = TestKb();
  Document d = MakeDoc("The World League met . The WL said no .\n", "2022-01-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  const Entity* wl = FindEntity(d, "World League");
  ASSERT_NE(wl, nullptr);
  EXPECT_EQ(wl->mentions.size(), 2u);
  EXPECT_EQ(wl->actor->code, "WLG");
}

TEST(AnnotatorTest, TownsWithScoresAreTeamsAcrossTheArticle) {
  auto kb = TestKb();
  Document d = MakeDoc(
      "Warsaw 3 Berlin 1 .\n"
      "Warsaw beat Berlin again on Sunday .\n"
      "Fans in Germany cheered .\n",
      "2022-01-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  for (const char* team : {"Warsaw", "Berlin"}) {
    const Entity* e = FindEntity(d, team);
    ASSERT_NE(e, nullptr) << team;
    EXPECT_EQ(e->type, "ORG") << team;
    EXPECT_EQ(e->mentions.size(), 2u) << team;
    EXPECT_FALSE(e->actor.has_value() && e->actor->sector == "GOV") << team;
  }
  const Entity* de = FindEntity(d, "Germany");  // a country stays a place
  ASSERT_NE(de, nullptr);
  EXPECT_EQ(de->type, "GPE");
}

TEST(AnnotatorTest, ResultLinesMakeTeamsOfAnyName) {
  auto kb = TestKb();
  Document d = MakeDoc("In the league on Sunday Kowalsky 2 Nowak 1 .\n", "2022-01-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  for (const char* team : {"Kowalsky", "Nowak"}) {
    const Entity* e = FindEntity(d, team);
    ASSERT_NE(e, nullptr) << team;
    EXPECT_EQ(e->type, "ORG") << team;
  }
}

TEST(AnnotatorTest, DatelinesAndYearsAreNotScores) {
  auto kb = TestKb();
  Document d = MakeDoc("Berlin 2022-01-01\nGreta Example visited Warsaw 2021 and spoke .\n",
                       "2022-01-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  const Entity* w = FindEntity(d, "Warsaw");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->type, "GPE");
  const Entity* b = FindEntity(d, "Berlin");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->type, "GPE");
}

std::shared_ptr<const KnowledgeBase> SurnameKb() {
  auto r = KnowledgeBase::Parse(kSurnameKb);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return *r;
}

// The actor of the entity named `name`, or "-" when it has none.
// The type of the entity that has a mention reading `name`, or "-".
std::string TypeOfMention(const Document& d, const std::string& name) {
  for (const Entity& e : d.entities)
    for (uint32_t m : e.mentions)
      if (d.Surface(d.mentions[m].span) == name) return e.type;
  return "-";
}

std::string ActorOf(const Document& d, const std::string& name) {
  const Entity* e = FindEntity(d, name);
  if (e == nullptr) {
    std::string names = "missing; entities:";
    for (const Entity& x : d.entities) names += " [" + x.name + "]";
    return names;
  }
  if (!e->actor) return "-";
  return e->actor->kb + " " + e->actor->code + " " + e->actor->sector;
}

TEST(AnnotatorTest, SurnameAloneLinksTheOfficeHolderOfTheDate) {
  auto kb = SurnameKb();
  // Two Brandts in the knowledge base; only Lena holds a role in 2021, and Wessex (her
  // country) is in the article.
  Document d = MakeDoc("On Monday , Brandt flew to Wessex .\n", "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  // A linked person goes by the knowledge base's name.
  EXPECT_EQ(ActorOf(d, "Lena Brandt"), "lena-brandt WSX GOV");
  // In 2015 Otto is the office holder, and Mercia is named.
  Document d2 = MakeDoc("In Mercia , Brandt spoke .\n", "2015-06-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d2).ok());
  EXPECT_EQ(ActorOf(d2, "Otto Brandt"), "otto-brandt MRC GOV");
  // "Ms. Brandt" in 2015 is not Otto.
  Document d3 = MakeDoc("In Mercia , Ms. Brandt spoke .\n", "2015-06-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d3).ok());
  EXPECT_EQ(ActorOf(d3, "Brandt"), "-");
}

// A Korean or Chinese name puts the family name first: with a title it links ("President
// Park"), alone it does not (a "Park" or "Kim" alone is often someone else). Invented person.
constexpr char kFamilyFirstKb[] =
    "E\tpark-sol-mi\tPERSON\tPark Sol-mi\tKOR\tGOV\tf\t\t\t\t\t\n"
    "A\tpark-sol-mi\tPark Sol-mi\n"
    "R\tpark-sol-mi\tKOR\tGOV\tpresident\t20160101\t20200101\n"
    "T\tpresident\tGOV\tpresident\t\n";

TEST(AnnotatorTest, AFamilyNameWrittenFirstLinksWithATitle) {
  auto r = KnowledgeBase::Parse(kFamilyFirstKb);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::shared_ptr<const KnowledgeBase> kb = *r;
  EXPECT_NE(kb->PeopleByFamilyName("park"), nullptr);
  EXPECT_EQ(kb->PeopleBySurname("park"), nullptr);
  Document d = MakeDoc("On Monday , President Park flew to Busan .\n", "2018-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  EXPECT_EQ(ActorOf(d, "Park Sol-mi"), "park-sol-mi KOR GOV");
  Document alone = MakeDoc("On Monday , Park flew to Busan .\n", "2018-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &alone).ok());
  EXPECT_EQ(ActorOf(alone, "Park"), "-");
}

TEST(AnnotatorTest, MiddleInitialsTheKbDoesNotListStillLink) {
  auto kb = SurnameKb();
  Document d = MakeDoc("On Monday , Lena K. Brandt flew to Wessex .\n", "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  EXPECT_EQ(ActorOf(d, "Lena Brandt"), "lena-brandt WSX GOV");
}

TEST(AnnotatorTest, SurnameNeedsSupportFromTheArticle) {
  auto kb = SurnameKb();
  // Nothing in the article is of Wessex: a "Brandt" may be anybody.
  Document d = MakeDoc("On Monday , Brandt spoke .\n", "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  EXPECT_EQ(ActorOf(d, "Brandt"), "-");
  // A matching title is support enough.
  Document d2 = MakeDoc("On Monday , President Brandt spoke .\n", "2015-06-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d2).ok());
  EXPECT_EQ(ActorOf(d2, "Otto Brandt"), "otto-brandt MRC GOV");
  // A former foreign minister (not a former leader) is not guessed from a surname.
  Document d3 = MakeDoc("In Mercia , Kest spoke .\n", "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d3).ok());
  EXPECT_EQ(ActorOf(d3, "Kest"), "-");
  // A former president still is, without a current sector.
  Document d4 = MakeDoc("In Mercia , Brandt spoke .\n", "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d4).ok());
  EXPECT_EQ(ActorOf(d4, "Brandt"), "-");  // Lena holds the role then, and she is of Wessex
}

TEST(AnnotatorTest, TitlesTakeTheCountryOfPlacesAndSeatsOfSeveralWords) {
  auto kb = SurnameKb();
  // "North Wessex" is a region of Mercia, not Wessex.
  Document d = MakeDoc("North Wessex Gov. Piet Ruhl met farmers .\n"
                       "Blue Hall spokesman Jan Voss said nothing .\n",
                       "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  EXPECT_EQ(ActorOf(d, "Piet Ruhl"), " MRC GOV");
  EXPECT_EQ(ActorOf(d, "Jan Voss"), " MRC GOV");
  // Two regions called Dale: the one of the country the article names.
  Document w = MakeDoc("Yesterday Dale Gov. Ada Kemp spoke .\nThe people of Wessex listened .\n",
                       "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &w).ok());
  EXPECT_EQ(ActorOf(w, "Ada Kemp"), " WSX GOV");
  Document m = MakeDoc("Yesterday Dale Gov. Ada Kemp spoke .\nThe people of Mercia listened .\n",
                       "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &m).ok());
  EXPECT_EQ(ActorOf(m, "Ada Kemp"), " MRC GOV");
}

TEST(AnnotatorTest, ABuildingSeatOfPowerIsItsGovernmentEvenAsAPlace) {
  auto kb = SurnameKb();
  Document d = MakeDoc("Yesterday farmers gathered at the Blue Hall .\n", "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  EXPECT_EQ(ActorOf(d, "Blue Hall"), " MRC GOV");
}

TEST(AnnotatorTest, UnknownOrganisationsNamedAfterKnownOnesTakeTheirCountry) {
  auto kb = SurnameKb();
  Document d = MakeDoc("Yesterday the Senate Liberal Party and the Wessex Police Office met in Mercia .\n"
                       "The Monmouth Polling Institute counted .\n",
                       "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  EXPECT_EQ(ActorOf(d, "Senate Liberal Party"), " MRC LEG");
  EXPECT_EQ(ActorOf(d, "Wessex Police Office"), " WSX COP");
  EXPECT_EQ(ActorOf(d, "Monmouth Polling Institute"), "-");
}

// Rows of a sports table: a town or an unknown name before six or more integers is a team;
// a country (a national team) and a person are not.
TEST(AnnotatorTest, TableRowsAreTeams) {
  auto kb = TestKb();
  Document d = MakeDoc("Cowdenbeath 9 2 1 6 11 17 7\nWarsaw 9 4 1 4 12 10 13\n"
                       "Germany 9 4 1 4 12 10 13\nGreta Example 70 68 72 70 280 12\n",
                       "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  EXPECT_EQ(TypeOfMention(d, "Cowdenbeath"), "ORG");
  EXPECT_EQ(TypeOfMention(d, "Warsaw"), "ORG");
  EXPECT_EQ(TypeOfMention(d, "Germany"), "GPE");
  EXPECT_EQ(TypeOfMention(d, "Greta Example"), "PERSON");
}

TEST(AnnotatorTest, GarbageStaysBoundedAndValid) {
  auto kb = TestKb();
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Zz\xC3\xA9 ";
  text += "\n";
  for (int i = 0; i < 200; ++i) text += "'s ' \" ( ) \xE2\x80\x99s ";
  Document d = MakeDoc(text, "not a date");
  AnnotateOptions opt;
  opt.max_mentions = 50;
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, opt, &d).ok());
  EXPECT_TRUE(CheckSpans(d).ok());
  EXPECT_LE(d.mentions.size(), 50u);
  Document empty = MakeDoc("", "");
  EXPECT_TRUE(AnnotateDocument(kb.get(), nullptr, opt, &empty).ok());
  EXPECT_TRUE(AnnotateDocument(nullptr, nullptr, opt, &d).ok());
}

// Two invented sentences, 30 times each.
std::vector<NerModel::Sentence> TinyTrainSet() {
  std::vector<NerModel::Sentence> train;
  for (int i = 0; i < 30; ++i) {
    train.push_back({{"Anna", "Kowalski", "visited", "Warsaw", "."},
                     {"B-PERSON", "I-PERSON", "O", "B-GPE", "O"}});
    train.push_back({{"The", "Acme", "Corp", "hired", "Jan", "."},
                     {"O", "B-ORG", "I-ORG", "O", "B-PERSON", "O"}});
  }
  return train;
}

TEST(NerTest, LearnsAndSavesAndLoads) {
  std::vector<NerModel::Sentence> train = TinyTrainSet();
  NerModel::TrainOptions opt;
  opt.epochs = 3;
  opt.min_feature_count = 1;
  auto m = NerModel::Train(train, nullptr, opt, nullptr);
  ASSERT_TRUE(m.ok());
  auto tags = (*m)->TagSentence(WordsFromStrings({"Anna", "Kowalski", "visited", "Warsaw", "."}),
                                nullptr);
  std::vector<std::string> want = {"B-PERSON", "I-PERSON", "O", "B-GPE", "O"};
  EXPECT_EQ(tags, want);
  std::string path = ::testing::TempDir() + "/ner_test.ngm";
  ASSERT_TRUE((*m)->Save(path).ok());
  auto loaded = NerModel::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->TagSentence(WordsFromStrings({"Anna", "Kowalski", "visited", "Warsaw", "."}),
                                   nullptr),
            want);
}

// The load-time tables (ner.cc BuildTables) score like the trained model, also on odd input:
// empty words, binary bytes, one word, and a sentence longer than the 1,000-word window.
TEST(NerTest, TrainedAndLoadedModelsTagHostileInputAlike) {
  std::vector<NerModel::Sentence> train;
  for (int i = 0; i < 20; ++i) {
    train.push_back({{"Anna", "Kowalski", "visited", "Warsaw", "."},
                     {"B-PERSON", "I-PERSON", "O", "B-GPE", "O"}});
  }
  NerModel::TrainOptions opt;
  opt.epochs = 2;
  opt.min_feature_count = 1;
  auto m = NerModel::Train(train, nullptr, opt, nullptr);
  ASSERT_TRUE(m.ok());
  std::string path = ::testing::TempDir() + "/ner_tables_test.ngm";
  ASSERT_TRUE((*m)->Save(path).ok());
  auto loaded = NerModel::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  std::vector<std::vector<std::string>> inputs = {
      {"Anna"},
      {"", "", "Warsaw"},
      {std::string("\x00\xff\xc3", 3), "Kowalski", std::string(5000, 'A')},
      {"\xe2\x80\x99s", "Anna", "\xc3\x89mile", "WARSAW", "."},
  };
  std::vector<std::string> longs;
  for (int i = 0; i < 2500; ++i) longs.push_back(i % 7 == 0 ? "Warsaw" : "anna");
  inputs.push_back(longs);
  for (const auto& in : inputs) {
    std::vector<Word> w = WordsFromStrings(in);
    auto a = (*m)->TagSentence(w, nullptr);
    EXPECT_EQ(a.size(), in.size());
    EXPECT_EQ(a, (*loaded)->TagSentence(w, nullptr));
    std::vector<NameSpan> sa, sb;
    (*m)->Tag(w, nullptr, &sa);
    (*loaded)->Tag(w, nullptr, &sb);
    ASSERT_EQ(sa.size(), sb.size());
    for (size_t i = 0; i < sa.size(); ++i) {
      EXPECT_LE(sa[i].b, sa[i].e);
      EXPECT_LE(sa[i].e, w.size());
      EXPECT_EQ(sa[i].b, sb[i].b);
      EXPECT_EQ(sa[i].e, sb[i].e);
      EXPECT_EQ(sa[i].type, sb[i].type);
    }
  }
}

// The structured perceptron (Viterbi decoding) learns, round-trips through the file with its
// decoder, and never outputs an I- tag that does not continue its type.
TEST(NerTest, ViterbiModelLearnsSavesAndKeepsBioValid) {
  std::vector<NerModel::Sentence> train = TinyTrainSet();
  NerModel::TrainOptions opt;
  opt.epochs = 3;
  opt.min_feature_count = 1;
  opt.viterbi = true;
  opt.lower_augment = 0.5;
  auto m = NerModel::Train(train, nullptr, opt, nullptr);
  ASSERT_TRUE(m.ok());
  EXPECT_TRUE((*m)->viterbi());
  std::vector<std::string> in = {"Anna", "Kowalski", "visited", "Warsaw", "."};
  std::vector<std::string> want = {"B-PERSON", "I-PERSON", "O", "B-GPE", "O"};
  EXPECT_EQ((*m)->TagSentence(WordsFromStrings(in), nullptr), want);
  std::string path = ::testing::TempDir() + "/ner_viterbi_test.ngm";
  ASSERT_TRUE((*m)->Save(path).ok());
  auto loaded = NerModel::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_TRUE((*loaded)->viterbi());
  EXPECT_EQ((*loaded)->TagSentence(WordsFromStrings(in), nullptr), want);
  std::vector<std::string> odd = {"Corp", "Kowalski", "", "Acme", "hired", "Warsaw", "Jan"};
  auto tags = (*loaded)->TagSentence(WordsFromStrings(odd), nullptr);
  ASSERT_EQ(tags.size(), odd.size());
  for (size_t i = 0; i < tags.size(); ++i) {
    if (tags[i][0] != 'I') continue;
    ASSERT_GT(i, 0u);
    EXPECT_NE(tags[i - 1], "O");
    EXPECT_EQ(tags[i - 1].substr(2), tags[i].substr(2));
  }
  EXPECT_TRUE((*loaded)->TagSentence({}, nullptr).empty());
}

// A place the tagger found inside an organisation's name grows to the name: capitalised words
// after it that end in an organisation word ("Warsaw Stock Exchange"), or before it, then
// "of" ("Housing Authority of Warsaw"); not when the capitalised run goes on ("Warsaw
// International Airport").
TEST(AnnotatorTest, PlacesInsideOrganisationNamesGrowToTheName) {
  const std::vector<std::vector<std::string>> sents = {
      {"Shares", "rose", "on", "the", "Warsaw", "Stock", "Exchange", "."},
      {"The", "Housing", "Authority", "of", "Warsaw", "met", "."},
      {"Flights", "left", "Warsaw", "International", "Airport", "."}};
  std::vector<NerModel::Sentence> train;
  for (int i = 0; i < 10; ++i) {
    for (const auto& s : sents) {
      std::vector<std::string> tags(s.size(), "O");
      for (size_t k = 0; k < s.size(); ++k)
        if (s[k] == "Warsaw") tags[k] = "B-GPE";
      train.push_back({s, tags});
    }
  }
  NerModel::TrainOptions opt;
  opt.epochs = 3;
  opt.min_feature_count = 1;
  opt.viterbi = true;
  auto m = NerModel::Train(train, nullptr, opt, nullptr);
  ASSERT_TRUE(m.ok());
  std::string text;
  for (const auto& s : sents) {
    for (const std::string& w : s) text += w + " ";
    text += "\n";
  }
  auto kb = TestKb();
  Document d = MakeDoc(text, "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), m->get(), AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  EXPECT_EQ(TypeOfMention(d, "Warsaw Stock Exchange"), "ORG");
  EXPECT_EQ(TypeOfMention(d, "Housing Authority of Warsaw"), "ORG");
  EXPECT_EQ(TypeOfMention(d, "Warsaw International"), "-");
}

// In a sports report a known town is a team, unless a place preposition comes before it; in
// other news it stays a place.
TEST(AnnotatorTest, TownsInSportsReportsAreTeams) {
  auto kb = TestKb();
  Document sport = MakeDoc(
      "The striker scored two goals as Warsaw won the match .\n"
      "Their coach expects a long season in the league .\n",
      "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &sport).ok());
  ASSERT_TRUE(CheckSpans(sport).ok());
  EXPECT_EQ(TypeOfMention(sport, "Warsaw"), "ORG");
  Document news = MakeDoc("Ministers met in Berlin as Warsaw won the vote .\n", "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &news).ok());
  EXPECT_EQ(TypeOfMention(news, "Warsaw"), "GPE");
  Document venue = MakeDoc(
      "The striker scored two goals in Warsaw .\nTheir coach expects a long season in the "
      "league .\n",
      "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &venue).ok());
  EXPECT_EQ(TypeOfMention(venue, "Warsaw"), "GPE");
}

// An acronym in brackets after an organisation's name is an organisation; one that does not
// start with the name's initial is not.
TEST(AnnotatorTest, BracketedAcronymsOfOrganisationsAreOrganisations) {
  auto kb = TestKb();
  Document d = MakeDoc(
      "Yesterday the Wessex Housing Agency ( WHA ) met .\n"
      "Yesterday the Mercia Housing Agency ( ZZQ ) met .\n",
      "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  EXPECT_EQ(TypeOfMention(d, "Wessex Housing Agency"), "ORG");
  EXPECT_EQ(TypeOfMention(d, "WHA"), "ORG");
  EXPECT_EQ(TypeOfMention(d, "ZZQ"), "-");
}

// An acronym made of the initials of an organisation the article names is that organisation.
TEST(AnnotatorTest, AcronymsOfInitialsAreOrganisations) {
  auto kb = TestKb();
  Document d = MakeDoc(
      "Yesterday the Wessex Housing Agency met .\n"
      "Later the WHA said no , and the QQX said yes .\n",
      "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  EXPECT_EQ(TypeOfMention(d, "Wessex Housing Agency"), "ORG");
  EXPECT_EQ(TypeOfMention(d, "WHA"), "ORG");
  EXPECT_NE(TypeOfMention(d, "QQX"), "ORG");
}

// "the" and capitalised words ending in an organisation word are an organisation; a seat of
// power named as a body is one too, not a place.
TEST(AnnotatorTest, OrganisationPhrasesAndBodySeats) {
  auto r = KnowledgeBase::Parse(std::string(kKb) +
                                "E\tus-state-dept\tORG\tState Department\tUSA\tGOV\t\t\t\t\t\t\n"
                                "A\tus-state-dept\tState Department\n"
                                "M\tState Department\tUSA\tGOV\n");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  Document d = MakeDoc(
      "Yesterday the Wessex Roads Committee met in Warsaw .\n"
      "He asked the State Department for help .\n",
      "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(r->get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  EXPECT_EQ(TypeOfMention(d, "Wessex Roads Committee"), "ORG");
  EXPECT_EQ(TypeOfMention(d, "State Department"), "ORG");
}

// E-mail headers: "Surname , Given" in quotes is one person; a storm is no person.
TEST(AnnotatorTest, QuotedSurnameFirstAndStorms) {
  auto kb = TestKb();
  Document d = MakeDoc(
      "From : \" Example , Greta \" wrote .\n"
      "Hurricane Greta hit Warsaw , and Greta moved on .\n",
      "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb.get(), nullptr, AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  EXPECT_EQ(TypeOfMention(d, "Example , Greta"), "PERSON");
  EXPECT_NE(TypeOfMention(d, "Greta"), "PERSON");
}

// A name the tagger cut inside a KB organisation's name grows to its end.
TEST(AnnotatorTest, NamesGrowToTheEndOfAKbOrganisationStartingInside) {
  const std::vector<std::string> sent = {"The", "Wessex",  "Office", "of", "Roads",
                                         "and", "Bridges", "met",    "."};
  std::vector<NerModel::Sentence> train(
      10, {sent, {"O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"}});
  NerModel::TrainOptions opt;
  opt.epochs = 3;
  opt.min_feature_count = 1;
  opt.viterbi = true;
  auto m = NerModel::Train(train, nullptr, opt, nullptr);
  ASSERT_TRUE(m.ok());
  auto kb =
      KnowledgeBase::Parse(std::string(kKb) +
                           "E\troads\tORG\tOffice of Roads and Bridges\tWSX\tGOV\t\t\t\t\t\t\n"
                           "A\troads\tOffice of Roads and Bridges\n");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  std::string text;
  for (const std::string& w : sent) text += w + " ";
  Document d = MakeDoc(text + "\n", "2021-03-01");
  ASSERT_TRUE(AnnotateDocument(kb->get(), m->get(), AnnotateOptions(), &d).ok());
  ASSERT_TRUE(CheckSpans(d).ok());
  bool found = false;
  for (const Mention& x : d.mentions)
    found = found || d.Surface(x.span) == "Wessex Office of Roads and Bridges";
  EXPECT_TRUE(found);
}

TEST(WordsTest, OrgWordKinds) {
  EXPECT_EQ(OrgWordKind("inc"), 'o');
  EXPECT_EQ(OrgWordKind("ministry"), 'o');
  EXPECT_EQ(OrgWordKind("fc"), 'c');
  EXPECT_EQ(OrgWordKind("dynamo"), 'c');
  EXPECT_EQ(OrgWordKind("Bank"), 0);  // keys are lower case
  EXPECT_EQ(OrgWordKind("river"), 0);
  EXPECT_EQ(OrgWordKind(""), 0);
}

}  // namespace
}  // namespace newsgraph::entities
