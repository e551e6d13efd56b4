// Export formats (golden lines on an invented event), the CAMEO scale and
// country tables against hostile input, and ReadExportEvents on a small store.
#include "store/export.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "newsgraph/store.h"
#include "store/sql.h"
#include "store/test_fixtures.h"

namespace newsgraph::store {
namespace {

// An invented event whose names hold a tab, a newline, quotes and commas.
ExportEvent Invented() {
  ExportEvent e;
  e.id = 7;
  e.type = "CONSULT";
  e.cameo = "036";
  e.modality = "future";
  e.date = "2022-01-21";
  e.date_precision = "day";
  e.trigger = "meet";
  e.context = {"diplomatic"};
  e.actor = {{"RUR", "GOV", "Boris \"the Bear\" Valko", "boris-valko"}};
  e.recipient = {{"NOR", "", "Northland,\tUnion\nof States", ""}};
  e.location_name = "Geneva";
  e.location_country = "CHE";
  e.has_coords = true;
  e.lat = 46.2022;
  e.lon = 6.1457;
  e.mentions = 3;
  e.sources = 2;
  e.articles = 3;
  e.article_id = 11;
  e.sentence = 4;
  e.event_id = "v2";
  e.published = "2022-01-20";
  e.outlet = "example-news.test";
  e.url = "https://example-news.test/a";
  e.title = "Talks, \"soon\"";
  e.ingested_at = "2026-11-29T05:00:01Z";
  e.reports = {{11, "v2", "https://example-news.test/a", "example-news.test", "2022-01-20"}};
  return e;
}

CameoScale Scale() {
  auto s = CameoScale::Parse(
      R"({"03": {"value": 4.0, "description": "EXPRESS INTENT"},
          "036": {"value": 4.5, "description": "Express intent to meet"},
          "04": {"value": 1.0, "description": "CONSULT"}})");
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return *s;
}

CountryNames Countries() {
  auto c = CountryNames::Parse(
      R"({"3166-1": [{"alpha_2": "CH", "alpha_3": "CHE", "name": "Switzerland"},
                     {"alpha_3": "RUR", "name": "Ruritania", "common_name": "Ruritania"}]})");
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return *c;
}

TEST(ExportTest, PloverGolden) {
  CameoScale scale = Scale();
  CountryNames countries = Countries();
  ExportTables t{&scale, &countries};
  EXPECT_EQ(
      ExportLine(ExportFormat::kPlover, Invented(), t),
      R"({"id":"ng-7","date":"2022-01-21","date_precision":"day",)"
      R"("actor":[{"code":"RUR","sector":"GOV","entity_text":"Boris \"the Bear\" Valko","identifier_id":"boris-valko"}],)"
      R"("recipient":[{"code":"NOR","sector":null,"entity_text":"Northland,\tUnion\nof States"}],)"
      R"("event":["CONSULT"],"mode":[],"context":["diplomatic"],)"
      R"("event_loc":{"name":"Geneva","country":"CHE","lat":46.2022,"lon":6.1457},)"
      R"("event_text":["meet"],"quad_code":1,"event_scale":4.5,"cameo":"036","modality":"future",)"
      R"("quote":null,"text_info":{"sequence":4},)"
      R"("cite_info":{"url":"https://example-news.test/a","title":"Talks, \"soon\"",)"
      R"("publisher":"example-news.test","published":"2022-01-20"},)"
      R"("coder":"newsgraph","coded_date":"2026-11-29","mentions":3,"sources":2,"articles":3,)"
      R"("reports":[{"article":11,"event":"v2","url":"https://example-news.test/a",)"
      R"("publisher":"example-news.test","published":"2022-01-20"}]})"
      "\n");
}

TEST(ExportTest, GdeltGoldenHas61ColumnsAndNoTabsInFields) {
  CameoScale scale = Scale();
  CountryNames countries = Countries();
  std::string line = ExportLine(ExportFormat::kGdelt, Invented(), {&scale, &countries});
  ASSERT_EQ(line.back(), '\n');
  line.pop_back();
  std::vector<std::string> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  ASSERT_EQ(cols.size(), 61u);
  ASSERT_EQ(GdeltColumns().size(), 61u);
  auto col = [&](std::string_view name) {
    for (size_t i = 0; i < 61; ++i) {
      if (GdeltColumns()[i] == name) return cols[i];
    }
    ADD_FAILURE() << "no column " << name;
    return std::string();
  };
  EXPECT_EQ(col("GlobalEventID"), "7");
  EXPECT_EQ(col("Day"), "20220121");
  EXPECT_EQ(col("MonthYear"), "202201");
  EXPECT_EQ(col("Year"), "2022");
  EXPECT_EQ(col("FractionDate"), "2022.1397");
  EXPECT_EQ(col("Actor1Code"), "RURGOV");
  EXPECT_EQ(col("Actor1Name"), "Boris \"the Bear\" Valko");
  EXPECT_EQ(col("Actor1CountryCode"), "RUR");
  EXPECT_EQ(col("Actor1Type1Code"), "GOV");
  EXPECT_EQ(col("Actor2Name"), "Northland, Union of States");
  EXPECT_EQ(col("IsRootEvent"), "0");
  EXPECT_EQ(col("EventCode"), "036");
  EXPECT_EQ(col("EventBaseCode"), "036");
  EXPECT_EQ(col("EventRootCode"), "03");
  EXPECT_EQ(col("QuadClass"), "1");
  EXPECT_EQ(col("GoldsteinScale"), "4.5");
  EXPECT_EQ(col("NumMentions"), "3");
  EXPECT_EQ(col("NumSources"), "2");
  EXPECT_EQ(col("NumArticles"), "3");
  EXPECT_EQ(col("ActionGeo_Type"), "4");
  EXPECT_EQ(col("ActionGeo_FullName"), "Geneva, Switzerland");
  EXPECT_EQ(col("ActionGeo_CountryCode"), "CHE");
  EXPECT_EQ(col("ActionGeo_Lat"), "46.2022");
  EXPECT_EQ(col("ActionGeo_Long"), "6.1457");
  EXPECT_EQ(col("DATEADDED"), "20261129050001");
  EXPECT_EQ(col("SOURCEURL"), "https://example-news.test/a");
  EXPECT_EQ(ExportHeader(ExportFormat::kGdelt), "");
}

TEST(ExportTest, GdeltMutualEventHasTheSecondActorAsActor2) {
  ExportEvent e = Invented();
  e.actor.push_back(e.recipient[0]);
  e.recipient.clear();
  std::string line = ExportLine(ExportFormat::kGdelt, e, {nullptr, nullptr});
  EXPECT_NE(line.find("\tRURGOV\tBoris \"the Bear\" Valko\tRUR\t"), std::string::npos);
  EXPECT_NE(line.find("\tNOR\tNorthland, Union of States\tNOR\t"), std::string::npos);
}

TEST(ExportTest, IcewsGolden) {
  CameoScale scale = Scale();
  CountryNames countries = Countries();
  ExportTables t{&scale, &countries};
  EXPECT_EQ(ExportHeader(ExportFormat::kIcews),
            "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\t"
            "CAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\t"
            "Sentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\t"
            "Longitude\n");
  EXPECT_EQ(ExportLine(ExportFormat::kIcews, Invented(), t),
            "7\t2022-01-21\tBoris \"the Bear\" Valko\tGOV\tRuritania\tExpress intent to meet\t"
            "036\t4.5\tNorthland, Union of States\t\tNOR\t11\t5\texample-news.test\tGeneva\t\t\t"
            "Switzerland\t46.2022\t6.1457\n");
  // Without a scale: the PLOVER type is the event text, no intensity.
  EXPECT_EQ(ExportLine(ExportFormat::kIcews, Invented(), {nullptr, nullptr}),
            "7\t2022-01-21\tBoris \"the Bear\" Valko\tGOV\tRUR\tCONSULT\t036\t\t"
            "Northland, Union of States\t\tNOR\t11\t5\texample-news.test\tGeneva\t\t\tCHE\t"
            "46.2022\t6.1457\n");
}

TEST(ExportTest, CsvGoldenQuotesPerRfc4180) {
  CameoScale scale = Scale();
  ExportTables t{&scale, nullptr};
  std::string header = ExportHeader(ExportFormat::kCsv);
  EXPECT_EQ(header.substr(0, 40), "id,date,date_precision,type,mode,cameo,m");
  EXPECT_EQ(header.substr(header.size() - 2), "\r\n");
  EXPECT_EQ(ExportLine(ExportFormat::kCsv, Invented(), t),
            "7,2022-01-21,day,CONSULT,,036,future,RUR,GOV,\"Boris \"\"the Bear\"\" Valko\",NOR,,"
            "\"Northland,\tUnion\nof States\",Geneva,CHE,46.2022,6.1457,3,2,3,4.5,1,meet,,11,v2,"
            "2022-01-20,example-news.test,https://example-news.test/a,\"Talks, \"\"soon\"\"\"\r\n");
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a\rb"), "\"a\rb\"");
  EXPECT_EQ(TsvField("a\tb\r\nc"), "a b  c");
}

TEST(ExportTest, QuadClassFromCodeOrType) {
  EXPECT_EQ(QuadClass("036", ""), 1);
  EXPECT_EQ(QuadClass("0874", ""), 2);
  EXPECT_EQ(QuadClass("112", "ACCUSE"), 3);
  EXPECT_EQ(QuadClass("190", ""), 4);
  EXPECT_EQ(QuadClass("", "MOBILIZE"), 4);
  EXPECT_EQ(QuadClass("", "NOTATYPE"), 0);
  EXPECT_EQ(QuadClass("9x", ""), 0);
}

TEST(ExportTest, ParseExportFormat) {
  EXPECT_TRUE(ParseExportFormat("gdelt").ok());
  EXPECT_EQ(ParseExportFormat("xml").status().code(), StatusCode::kInvalidArgument);
}

TEST(CameoScaleTest, FallsBackToBaseAndRoot) {
  CameoScale s = Scale();
  EXPECT_EQ(s.Goldstein("036"), 4.5);
  EXPECT_EQ(s.Goldstein("0361"), 4.5);
  EXPECT_EQ(s.Goldstein("031"), 4.0);
  EXPECT_FALSE(s.Goldstein("19").has_value());
  EXPECT_FALSE(s.Goldstein("").has_value());
  EXPECT_EQ(s.Description("04"), "CONSULT");
}

TEST(CameoScaleTest, HostileInputIsAnError) {
  for (std::string bad :
       {std::string(""), std::string("{"), std::string(R"({"036": {"value": 4.5)"),
        std::string("[1, 2]"), std::string(R"({"abc": {"value": 1}})"),
        std::string(R"({"036": 4.5})"), std::string("\x00\xff\xfe binary", 10),
        std::string(R"({"0123456789": {"value": 1}})")}) {
    EXPECT_FALSE(CameoScale::Parse(bad).ok()) << bad;
  }
  std::mt19937 rng(7);
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(rng());
  EXPECT_FALSE(CameoScale::Parse(noise).ok());
  std::string huge(CameoScale::kMaxFileBytes + 1, ' ');
  EXPECT_FALSE(CameoScale::Parse(huge).ok());
  EXPECT_FALSE(CameoScale::Load("/nonexistent/scale.json").ok());
  // A value that is not a number leaves the score unknown, not zero.
  auto odd = CameoScale::Parse(R"({"036": {"value": "high"}})");
  ASSERT_TRUE(odd.ok());
  EXPECT_FALSE(odd->Goldstein("036").has_value());
}

TEST(CountryNamesTest, HostileInputIsAnError) {
  EXPECT_FALSE(CountryNames::Parse("").ok());
  EXPECT_FALSE(CountryNames::Parse(R"({"3166-1": 5})").ok());
  auto c = CountryNames::Parse(R"({"3166-1": [{"alpha_3": 5}, {"name": "x"}, 7]})");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->Name("CHE"), "");
  EXPECT_EQ(Countries().Name("CHE"), "Switzerland");
}

TEST(ExportStoreTest, MergedRowsCarryCountsAndReports) {
  std::string dir = testing::TempDir("export");
  {
    auto s = Store::Open(dir + "/e.db");
    ASSERT_TRUE(s.ok());
    Document a = testing::AccusationArticle(0), b = testing::AccusationArticle(1),
             c = testing::AccusationArticle(2);
    b.meta.outlet = "other.test";
    c.events[0].date = "2022-03-01";
    ASSERT_TRUE((*s)->AddBatch({&a, &b, &c}).ok());
    auto merged = ReadExportEvents(**s, {});
    ASSERT_TRUE(merged.ok()) << merged.status().ToString();
    ASSERT_EQ(merged->size(), 2u);
    const ExportEvent& e = (*merged)[0];
    EXPECT_EQ(e.date, "2022-01-18");
    EXPECT_EQ(e.mentions, 2);
    EXPECT_EQ(e.sources, 2);
    EXPECT_EQ(e.articles, 2);
    ASSERT_EQ(e.reports.size(), 2u);
    EXPECT_EQ(e.reports[1].outlet, "other.test");
    ASSERT_EQ(e.actor.size(), 1u);
    EXPECT_EQ(e.actor[0].code, "RUR");
    EXPECT_EQ(e.actor[0].kb, "boris-valko");
    EXPECT_EQ(e.recipient[0].name, "Northland Union");
    EXPECT_EQ(e.location_name, "Zürich");
    EXPECT_EQ(e.context, std::vector<std::string>{"diplomatic"});
    ExportFilter per_report;
    per_report.per_report = true;
    auto reports = ReadExportEvents(**s, per_report);
    ASSERT_TRUE(reports.ok());
    EXPECT_EQ(reports->size(), 3u);
    ExportFilter march;
    march.since = "2022-02";
    march.until = "2022-03";
    auto late = ReadExportEvents(**s, march);
    ASSERT_TRUE(late.ok());
    ASSERT_EQ(late->size(), 1u);
    EXPECT_EQ((*late)[0].date, "2022-03-01");
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newsgraph::store
