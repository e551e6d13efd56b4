#include "store/query.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "store/test_fixtures.h"

namespace newsgraph::store {
namespace {

using testing::AccusationArticle;
using testing::MeetingArticle;
using testing::PlainArticle;

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::TempDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    auto s = Store::Open(dir_ + "/q.db");
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    Document a = AccusationArticle(), m = MeetingArticle(), p = PlainArticle();
    ASSERT_TRUE(store_->AddBatch({&a, &m, &p}).ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::vector<std::string> Speakers(const QuoteFilter& f) {
    auto r = FindQuotes(*store_, f);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::vector<std::string> out;
    if (r.ok()) {
      for (const QuoteRow& q : *r) out.push_back(q.speaker + ": " + q.content);
    }
    return out;
  }

  std::string dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(QueryTest, SpeechLemmasKeepDirectQuotesAndReportedSpeechWithThoseCues) {
  QuoteFilter all;
  const size_t n = Speakers(all).size();
  ASSERT_GE(n, 3u);
  // The fixtures' reported quote is cued by "told": dropped when only "say" counts as
  // speech, kept when "tell" does; direct quotes stay either way.
  QuoteFilter say;
  say.speech_lemmas = {"say"};
  EXPECT_EQ(Speakers(say).size(), n - 1);
  QuoteFilter tell;
  tell.speech_lemmas = {"say", "tell"};
  EXPECT_EQ(Speakers(tell).size(), n);
}

TEST_F(QueryTest, SearchFindsBodiesAndQuotesWithSnippets) {
  SearchOptions o;
  o.query = "wrecking";
  auto hits = Search(*store_, o);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].kind, "article");
  EXPECT_EQ((*hits)[0].outlet, "example-news.test");
  EXPECT_NE((*hits)[0].snippet.find("[wrecking]"), std::string::npos) << (*hits)[0].snippet;

  o.query = "doors";
  o.mark_open = "<b>";
  o.mark_close = "</b>";
  hits = Search(*store_, o);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 2u);  // the article body and the quote
  bool saw_quote = false;
  for (const SearchHit& h : *hits) {
    EXPECT_NE(h.snippet.find("<b>doors</b>"), std::string::npos);
    if (h.kind == "quote") {
      saw_quote = true;
      EXPECT_EQ(h.speaker, "Boris Valko");
    }
  }
  EXPECT_TRUE(saw_quote);
}

TEST_F(QueryTest, SearchIsDiacriticInsensitiveAndSurvivesBadSyntax) {
  SearchOptions o;
  o.query = "zurich";
  auto hits = Search(*store_, o);
  ASSERT_TRUE(hits.ok());
  EXPECT_EQ(hits->size(), 2u);
  o.query = "\"unbalanced AND (";  // not valid FTS5: searched as words
  hits = Search(*store_, o);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  o.query = "   ";
  EXPECT_FALSE(Search(*store_, o).ok());
}

TEST_F(QueryTest, SearchIndexFollowsDeletes) {
  ASSERT_EQ(sqlite3_exec(store_->handle(), "DELETE FROM articles WHERE ext_id = 'meet-0'", nullptr,
                         nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(store_->handle());
  SearchOptions o;
  o.query = "doors";
  auto hits = Search(*store_, o);
  ASSERT_TRUE(hits.ok());
  EXPECT_TRUE(hits->empty());
}

TEST_F(QueryTest, SpeakerMatchesNameVariantsAndKbId) {
  QuoteFilter f;
  f.speaker = "Valko";  // family name: finds the quote sourced "the Ruritanian foreign minister"
  auto v = Speakers(f);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0], "Boris Valko: Our doors are open,");  // newest first
  EXPECT_EQ(v[1], "Boris Valko: We will not wait forever,");
  f.speaker = "boris-valko";
  EXPECT_EQ(Speakers(f).size(), 2u);
  f.speaker = "BORIS  valko";
  EXPECT_EQ(Speakers(f).size(), 2u);
  f.speaker = "Ruritanian foreign minister";  // a title mention of the speaker entity
  v = Speakers(f);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0], "Boris Valko: We will not wait forever,");
  f.speaker = "Brandt";
  v = Speakers(f);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0], "Anna Brandt: Valko had been unhelpful");
  f.speaker = "Val";  // whole words only
  EXPECT_TRUE(Speakers(f).empty());
  f.speaker = "100%_";  // LIKE wildcards are literal
  EXPECT_TRUE(Speakers(f).empty());
}

TEST_F(QueryTest, AttributedVersusResolvedSpeakers) {
  Document d = PlainArticle(7);
  Quote q;
  q.id = "q1";
  q.kind = "indirect";
  q.content = testing::SpanOf(d.text(), "quiet day");
  q.source = testing::SpanOf(d.text(), "the markets");
  d.quotes.push_back(q);
  ASSERT_TRUE(store_->AddBatch({&d}).ok());
  QuoteFilter f;
  f.with_speaker = true;
  EXPECT_EQ(Speakers(f).size(), 4u);  // the source text stands in as speaker name
  f.resolved_speaker = true;
  EXPECT_EQ(Speakers(f).size(), 3u);
}

TEST_F(QueryTest, AboutAndDates) {
  QuoteFilter f;
  f.about = "Boris Valko";
  auto v = Speakers(f);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0], "Anna Brandt: Valko had been unhelpful");
  QuoteFilter d;
  d.since = "2022-02";
  EXPECT_EQ(Speakers(d).size(), 1u);
  d.since.clear();
  d.until = "2022-01";
  EXPECT_EQ(Speakers(d).size(), 2u);
  d.until = "2022-01-19";
  EXPECT_EQ(Speakers(d).size(), 0u);
  d.until = "Jan 2022";
  EXPECT_FALSE(FindQuotes(*store_, d).ok());
  d.until = "2022-13";
  EXPECT_FALSE(FindQuotes(*store_, d).ok());
  d.until = "2022-12-32";
  EXPECT_FALSE(FindQuotes(*store_, d).ok());
}

TEST_F(QueryTest, StatsCountEverything) {
  auto s = GetStats(*store_);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->articles, 3);
  EXPECT_EQ(s->quotes, 3);
  EXPECT_EQ(s->attributed_quotes, 3);
  EXPECT_EQ(s->events, 1);
  EXPECT_EQ(s->times, 1);
  EXPECT_EQ(s->actors, 4);
  EXPECT_EQ(s->linked_actors, 2);
  EXPECT_EQ(s->undated_articles, 1);
  EXPECT_EQ(s->first_date, "2022-01-20");
  EXPECT_EQ(s->last_date, "2022-02-03");
  ASSERT_EQ(s->events_by_type.size(), 1u);
  EXPECT_EQ(s->events_by_type[0].key, "ACCUSE");
  ASSERT_EQ(s->quotes_by_kind.size(), 2u);
  EXPECT_EQ(s->quotes_by_kind[0].key, "direct");
  EXPECT_EQ(s->quotes_by_kind[0].n, 2);
  EXPECT_GT(s->db_bytes, 0);
}

TEST_F(QueryTest, ActorsAndProfile) {
  auto top = TopActors(*store_, 10, "");
  ASSERT_TRUE(top.ok()) << top.status().ToString();
  ASSERT_GE(top->size(), 2u);
  EXPECT_EQ((*top)[0].name, "Boris Valko");  // 2 articles, 4 mentions
  EXPECT_EQ((*top)[0].articles, 2);
  EXPECT_EQ((*top)[0].mentions, 5);
  EXPECT_EQ((*top)[0].quotes, 2);
  auto since = TopActors(*store_, 10, "2022-02-01");
  ASSERT_TRUE(since.ok());
  EXPECT_EQ(since->size(), 2u);  // Valko and Brandt met in February

  auto p = GetActorProfile(*store_, "Valko", 10);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->actor.kb, "boris-valko");
  ASSERT_EQ(p->months.size(), 2u);
  EXPECT_EQ(p->months[0].key, "2022-01");
  EXPECT_EQ(p->months[0].n, 3);
  ASSERT_FALSE(p->cooccurring.empty());
  EXPECT_EQ(p->cooccurring[0].name, "Anna Brandt");
  EXPECT_EQ(p->cooccurring[0].articles, 2);
  EXPECT_EQ(p->quotes.size(), 2u);
  EXPECT_EQ(GetActorProfile(*store_, "Nobody Atall", 10).status().code(), StatusCode::kNotFound);
}

TEST_F(QueryTest, EventsWithDates) {
  auto e = FindEvents(*store_, true, 10);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  ASSERT_EQ(e->size(), 1u);
  EXPECT_EQ((*e)[0].type, "ACCUSE");
  EXPECT_EQ((*e)[0].date, "2022-01-18");
  EXPECT_EQ((*e)[0].actors, "Boris Valko");
  EXPECT_EQ((*e)[0].recipients, "Northland Union");
  EXPECT_EQ((*e)[0].trigger, "accused");
}

TEST(EmptyStoreTest, QueriesOnAnEmptyDatabase) {
  std::string dir = testing::TempDir("empty");
  auto s = Store::Open(dir + "/e.db");
  ASSERT_TRUE(s.ok());
  auto stats = GetStats(**s);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 0);
  EXPECT_EQ(stats->first_date, "");
  SearchOptions o;
  o.query = "anything";
  auto hits = Search(**s, o);
  ASSERT_TRUE(hits.ok());
  EXPECT_TRUE(hits->empty());
  EXPECT_TRUE(TopActors(**s, 5, "").ok());
  EXPECT_TRUE(FindQuotes(**s, {}).ok());
  s->reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newsgraph::store
