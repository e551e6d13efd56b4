#include "store/article_query.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "store/test_fixtures.h"

namespace newsgraph::store {
namespace {

using testing::CodePoints;

class ArticleQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::TempDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    auto s = Store::Open(dir_ + "/a.db");
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    Document a = testing::AccusationArticle(), p = testing::PlainArticle();
    auto r = store_->AddBatch({&a, &p});
    ASSERT_TRUE(r.ok());
    accusation_ = (*r)[0].article_id;
    plain_ = (*r)[1].article_id;
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::string dir_;
  std::unique_ptr<Store> store_;
  int64_t accusation_ = 0, plain_ = 0;
};

TEST_F(ArticleQueryTest, EverySpanPointsAtItsTextInCodePoints) {
  auto a = GetArticle(*store_, accusation_);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Valko accuses the Northland Union");
  EXPECT_EQ(a->published, "2022-01-20");
  ASSERT_EQ(a->mentions.size(), 6u);
  for (const MentionView& m : a->mentions)
    EXPECT_EQ(CodePoints(a->text, m.span.start, m.span.end), m.text);
  EXPECT_EQ(a->mentions.front().text, "Zürich");  // text order
  ASSERT_EQ(a->quotes.size(), 2u);
  const QuoteView& q = a->quotes[0];
  EXPECT_EQ(q.speaker, "Boris Valko");
  EXPECT_EQ(CodePoints(a->text, q.content.start, q.content.end), "We will not wait forever,");
  EXPECT_EQ(CodePoints(a->text, q.cue_span.start, q.cue_span.end), "said");
  EXPECT_EQ(CodePoints(a->text, q.source_span.start, q.source_span.end),
            "the Ruritanian foreign minister");
  ASSERT_EQ(a->events.size(), 1u);
  const EventView& e = a->events[0];
  EXPECT_EQ(e.type, "ACCUSE");
  EXPECT_EQ(e.actors, "Boris Valko");
  EXPECT_EQ(e.recipients, "Northland Union");
  EXPECT_EQ(CodePoints(a->text, e.trigger.start, e.trigger.end), "accused");
  EXPECT_EQ(CodePoints(a->text, e.date_span.start, e.date_span.end), "on Tuesday");
  EXPECT_GT(e.merged_id, 0);
}

TEST_F(ArticleQueryTest, EmptyLayersAndMissingArticles) {
  auto p = GetArticle(*store_, plain_);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->mentions.empty() && p->quotes.empty() && p->events.empty());
  EXPECT_FALSE(p->text.empty());
  for (int64_t id : {int64_t{0}, int64_t{-5}, int64_t{999999}, INT64_MAX}) {
    auto missing = GetArticle(*store_, id);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  }
}

TEST_F(ArticleQueryTest, RowLimitIsApplied) {
  auto a = GetArticle(*store_, accusation_, 2);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->mentions.size(), 2u);
  EXPECT_EQ(a->quotes.size(), 2u);
}

}  // namespace
}  // namespace newsgraph::store
