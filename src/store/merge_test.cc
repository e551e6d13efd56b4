// Cross-article event merging (src/store/merge.h) and the triggers of schema
// version 3 that keep the merged counts right through deletes.
#include "store/merge.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "newsgraph/store.h"
#include "store/event_query.h"
#include "store/schema.h"
#include "store/sql.h"
#include "store/test_fixtures.h"

namespace newsgraph::store {
namespace {

using testing::AccusationArticle;
using testing::MeetingArticle;
using testing::TempDir;

class MergeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = TempDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    auto s = Store::Open(dir_ + "/m.db");
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  void Add(const std::vector<Document>& docs) {
    std::vector<const Document*> ptrs;
    for (const Document& d : docs) ptrs.push_back(&d);
    auto r = store_->AddBatch(ptrs);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }
  int64_t Int(const std::string& sql) {
    auto st = Stmt::Prepare(store_->handle(), sql);
    EXPECT_TRUE(st.ok()) << st.status().ToString();
    if (!st.ok()) return -1;
    auto row = st->Step();
    EXPECT_TRUE(row.ok() && *row) << sql;
    return st->Int(0);
  }
  // "mentions/articles/sources" of every merged event, by id.
  std::string Counts() {
    auto st = Stmt::Prepare(store_->handle(),
                            "SELECT group_concat(mentions || '/' || articles || '/' || sources, "
                            "' ') FROM (SELECT * FROM merged_events ORDER BY id)");
    EXPECT_TRUE(st.ok());
    auto row = st->Step();
    EXPECT_TRUE(row.ok() && *row);
    return st->Text(0);
  }

  std::string dir_;
  std::unique_ptr<Store> store_;
};

// The same accusation reported by another article (and outlet).
Document Report(int variant, const std::string& outlet, const std::string& date = "2022-01-18") {
  Document d = AccusationArticle(variant);
  d.meta.outlet = outlet;
  d.events[0].date = date;
  return d;
}

TEST(MergeKeyTest, SortedDeduplicatedCodesAndPolarity) {
  ReportKey a{"CONSULT", "036", "asserted", {"USA", "RUS", "USA"}, {"FRA"}, "", ""};
  ReportKey b{"CONSULT", "040", "future", {"RUS", "USA"}, {"FRA"}, "", ""};
  EXPECT_EQ(MergeKey(a), "CONSULT|RUS USA|FRA|");
  EXPECT_EQ(MergeKey(a), MergeKey(b));  // modality future/asserted: same event
  b.modality = "negated";
  EXPECT_EQ(MergeKey(b), "CONSULT|RUS USA|FRA|neg");
  ReportKey untyped{"", "023", "", {"~boris valko"}, {}, "", ""};
  EXPECT_EQ(MergeKey(untyped), "cameo:023|~boris valko||");
}

TEST(MergeKeyTest, PlacesCompatible) {
  EXPECT_TRUE(PlacesCompatible("", "", "Geneva", "CHE"));
  EXPECT_TRUE(PlacesCompatible("Geneva", "CHE", "geneva", ""));
  EXPECT_FALSE(PlacesCompatible("Geneva", "CHE", "Zürich", "CHE"));
  EXPECT_FALSE(PlacesCompatible("Paris", "FRA", "Paris", "USA"));
}

TEST_F(MergeTest, ReportsOfOneEventMergeWithCounts) {
  Add({Report(0, "a.test"), Report(1, "a.test"), Report(2, "b.test", "2022-01-19")});
  EXPECT_EQ(Int("SELECT count(*) FROM events"), 3);
  EXPECT_EQ(Counts(), "3/3/2");
  EXPECT_EQ(Int("SELECT count(DISTINCT merged_id) FROM events"), 1);
  auto st = Stmt::Prepare(store_->handle(),
                          "SELECT date, last_date, location_name, first_report FROM merged_events");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(*st->Step());
  EXPECT_EQ(st->Text(0), "2022-01-18");
  EXPECT_EQ(st->Text(1), "2022-01-19");
  EXPECT_EQ(st->Text(2), "Zürich");
  EXPECT_EQ(st->Int(3), Int("SELECT min(id) FROM events"));
}

TEST_F(MergeTest, ReingestNeverDoubleCounts) {
  Add({Report(0, "a.test"), Report(1, "b.test")});
  Add({Report(0, "a.test"), Report(1, "b.test")});  // the same articles again
  Add({Report(0, "a.test")});
  EXPECT_EQ(Int("SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(Counts(), "2/2/2");
}

TEST_F(MergeTest, DatesMoreThanADayApartAreDifferentEvents) {
  Add({Report(0, "a.test", "2022-01-18"), Report(1, "a.test", "2022-01-20")});
  EXPECT_EQ(Counts(), "1/1/1 1/1/1");
  // Within a day of the first: joins it.
  Add({Report(2, "b.test", "2022-01-17")});
  EXPECT_EQ(Counts(), "2/2/2 1/1/1");
}

TEST_F(MergeTest, OtherPlaceOtherActorsOrNegationDoNotMerge) {
  Document geneva = Report(1, "a.test");
  geneva.events[0].location = Location{"Geneva", "CHE", 46.2, 6.1, true};
  Document other_recipient = Report(2, "a.test");
  other_recipient.events[0].recipient[0].code = "XYZ";
  Document negated = Report(3, "a.test");
  negated.events[0].modality = "negated";
  Document no_place = Report(4, "b.test");
  no_place.events[0].location.reset();
  Add({Report(0, "a.test"), geneva, other_recipient, negated, no_place});
  EXPECT_EQ(Counts(), "2/2/2 1/1/1 1/1/1 1/1/1");
}

TEST_F(MergeTest, UndatedReportsMergeByPublishedDate) {
  Document a = Report(0, "a.test", ""), b = Report(1, "b.test", ""), c = Report(2, "c.test", "");
  c.meta.published = "2022-03-01";
  Add({a, b, c});
  EXPECT_EQ(Counts(), "2/2/2 1/1/1");
  EXPECT_EQ(Int("SELECT count(*) FROM merged_events WHERE date IS NULL"), 2);
}

TEST_F(MergeTest, DeletingAndReplacingAnArticleUpdatesTheMerge) {
  Add({Report(0, "a.test"), Report(1, "b.test"), Report(2, "c.test")});
  EXPECT_EQ(Counts(), "3/3/3");
  int64_t first = Int("SELECT min(id) FROM articles");
  ASSERT_TRUE(store_->DeleteArticle(first).ok());
  EXPECT_EQ(Counts(), "2/2/2");
  EXPECT_EQ(Int("SELECT first_report FROM merged_events"), Int("SELECT min(id) FROM events"));
  EXPECT_EQ(store_->DeleteArticle(first).code(), StatusCode::kNotFound);
  // Replace b.test's article by a corrected version that reports another day.
  int64_t b = Int("SELECT id FROM articles WHERE outlet = 'b.test'");
  ASSERT_TRUE(store_->DeleteArticle(b).ok());
  Document fixed = Report(11, "b.test", "2022-01-25");
  Add({fixed});
  EXPECT_EQ(Counts(), "1/1/1 1/1/1");
  ASSERT_TRUE(store_->DeleteArticle(Int("SELECT max(id) FROM articles")).ok());
  ASSERT_TRUE(store_->DeleteArticle(Int("SELECT max(id) FROM articles")).ok());
  EXPECT_EQ(Int("SELECT count(*) FROM merged_events"), 0);
}

TEST_F(MergeTest, RemergeGivesTheSameMerge) {
  Add({Report(0, "a.test"), Report(1, "b.test"), Report(2, "a.test", "2022-02-01"),
       MeetingArticle(0)});
  std::string before = Counts();
  auto r = store_->RemergeEvents();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->reports, 3);
  EXPECT_EQ(r->merged, 2);
  EXPECT_EQ(Counts(), before);
  EXPECT_EQ(Int("SELECT count(*) FROM events WHERE merged_id IS NULL"), 0);
}

TEST_F(MergeTest, UpgradeFromVersion2MergesStoredReports) {
  const std::string path = dir_ + "/v2.db";
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(MigrateTo(db, 2).ok());
    for (int i = 1; i <= 2; ++i) {
      std::string n = std::to_string(i);
      std::string sql =
          "INSERT INTO articles (id, content_hash, outlet, published, text, text_chars, "
          "text_bytes, ingested_at) VALUES (" +
          n + ", 'h" + n + "', 'o" + n +
          ".test', '2022-01-20', 'Valko accused Northland.', 24, 24, '2022-01-20T00:00:00Z');"
          "INSERT INTO events (id, article_id, event_id, type, cameo, date, modality, "
          "trigger_cstart, trigger_cend, trigger_bstart, trigger_bend, trigger) VALUES (" +
          n + ", " + n +
          ", 'v1', 'ACCUSE', '112', '2022-01-18', 'asserted', 6, 13, 6, 13, 'accused');"
          "INSERT INTO event_args (event_id, role, position, code, name) VALUES (" +
          n + ", 'actor', 0, 'RUR', 'Valko'), (" + n + ", 'recipient', 0, 'NOR', 'Northland');";
      ASSERT_TRUE(Exec(db, sql.c_str()).ok()) << sql;
    }
    sqlite3_close(db);
  }
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ((*s)->schema_version(), Store::LatestSchemaVersion());
  auto st = Stmt::Prepare((*s)->handle(),
                          "SELECT count(*), sum(mentions), sum(articles), sum(sources) "
                          "FROM merged_events");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(*st->Step());
  EXPECT_EQ(st->Int(0), 1);
  EXPECT_EQ(st->Int(1), 2);
  EXPECT_EQ(st->Int(2), 2);
  EXPECT_EQ(st->Int(3), 2);
}

TEST_F(MergeTest, UpgradeToVersion4PutsEventDateSpansBack) {
  // Versions 1-3 wrote (cstart, cend, bstart, bend, text) into (date_text, date_cstart,
  // date_cend, date_bstart, date_bend); version 4 rotates them back.
  const std::string path = dir_ + "/v3.db";
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(MigrateTo(db, 3).ok());
    const char* sql =
        "INSERT INTO articles (id, content_hash, published, text, text_chars, text_bytes, "
        "ingested_at) VALUES (1, 'h1', '2022-01-20', 'Valko accused Northland on Tuesday.', "
        "35, 35, '2022-01-20T00:00:00Z');"
        "INSERT INTO events (id, article_id, event_id, type, date, date_text, date_cstart, "
        "date_cend, date_bstart, date_bend, trigger_cstart, trigger_cend, trigger_bstart, "
        "trigger_bend, trigger) VALUES (1, 1, 'v1', 'ACCUSE', '2022-01-18', 24, 34, 24, 34, "
        "'on Tuesday', 6, 13, 6, 13, 'accused'), (2, 1, 'v2', 'ACCUSE', NULL, NULL, NULL, NULL, "
        "NULL, NULL, 6, 13, 6, 13, 'accused');";
    ASSERT_TRUE(Exec(db, sql).ok());
    sqlite3_close(db);
  }
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  auto st = Stmt::Prepare((*s)->handle(),
                          "SELECT date_text, date_cstart, date_cend, date_bstart, date_bend, "
                          "typeof(date_cstart) FROM events ORDER BY id");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(*st->Step());
  EXPECT_EQ(st->Text(0), "on Tuesday");
  EXPECT_EQ(st->Int(1), 24);
  EXPECT_EQ(st->Int(2), 34);
  EXPECT_EQ(st->Int(3), 24);
  EXPECT_EQ(st->Int(4), 34);
  EXPECT_EQ(st->Text(5), "integer");
  ASSERT_TRUE(*st->Step());
  EXPECT_TRUE(st->IsNull(0) && st->IsNull(1) && st->IsNull(4));
}

TEST_F(MergeTest, DyadTimelineCountsMergedEventsBothDirections) {
  Document back = Report(3, "c.test", "2022-01-19");  // Northland accuses Valko back
  std::swap(back.events[0].actor, back.events[0].recipient);
  Add({Report(0, "a.test"), Report(1, "b.test"), Report(2, "a.test", "2022-02-01"), back});
  auto a = ResolveDyadSide(*store_, "rur");              // a code, any case
  auto b = ResolveDyadSide(*store_, "Northland Union");  // a name, through its actor
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->codes, std::vector<std::string>{"RUR"});
  EXPECT_TRUE(b->codes.empty());  // an organisation stands for itself, not its code
  ASSERT_EQ(b->actor_ids.size(), 1u);
  EXPECT_EQ(b->name, "Northland Union");
  auto t = GetDyadTimeline(*store_, *a, *b, "", "", "");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_EQ(t->days.size(), 3u);
  EXPECT_EQ(t->days[0].date, "2022-01-18");
  EXPECT_EQ(t->days[0].type, "ACCUSE");
  EXPECT_EQ(t->days[0].a_to_b, 1);  // two reports, one event
  EXPECT_EQ(t->days[0].mentions, 2);
  EXPECT_EQ(t->days[1].date, "2022-01-19");
  EXPECT_EQ(t->days[1].b_to_a, 1);
  EXPECT_EQ(t->days[1].a_to_b, 0);
  // "Valko and Northland met": both actors, no recipient -> both directions.
  Document met = Report(4, "d.test", "2022-03-05");
  met.events[0].type = "CONSULT";
  met.events[0].cameo = "040";
  met.events[0].actor.push_back(met.events[0].recipient[0]);
  met.events[0].recipient.clear();
  Add({met});
  auto with_met = GetDyadTimeline(*store_, *a, *b, "2022-03-05", "2022-03-05", "");
  ASSERT_TRUE(with_met.ok());
  ASSERT_EQ(with_met->days.size(), 1u);
  EXPECT_EQ(with_met->days[0].a_to_b, 1);
  EXPECT_EQ(with_met->days[0].b_to_a, 1);
  auto since = GetDyadTimeline(*store_, *a, *b, "2022-02", "", "ACCUSE");
  ASSERT_TRUE(since.ok());
  EXPECT_EQ(since->days.size(), 1u);
  auto none = ResolveDyadSide(*store_, "Nobody At All");
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->codes.empty());
  EXPECT_FALSE(ResolveDyadSide(*store_, "  ").ok());
}

}  // namespace
}  // namespace newsgraph::store
