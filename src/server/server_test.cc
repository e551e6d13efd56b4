#include "server/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "newsgraph/store.h"
#include "store/test_fixtures.h"

namespace newsgraph::server {
namespace {

using nlohmann::json;

using store::testing::CodePoints;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = store::testing::TempDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    opt_.db = dir_ + "/s.db";
    auto s = Store::Open(opt_.db);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    Document a = store::testing::AccusationArticle(), m = store::testing::MeetingArticle(),
             p = store::testing::PlainArticle();
    auto r = (*s)->AddBatch({&a, &m, &p});
    ASSERT_TRUE(r.ok());
    accusation_ = (*r)[0].article_id;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // The JSON body of a request that must succeed.
  json Get(const std::string& path, const Params& params = {}) {
    Response r = Handle(opt_, path, params);
    EXPECT_EQ(r.status, 200) << path << ": " << r.body;
    EXPECT_EQ(r.content_type.rfind("application/json", 0), 0u);
    return json::parse(r.body);
  }

  std::string dir_;
  ServerOptions opt_;
  int64_t accusation_ = 0;
};

TEST_F(ServerTest, StatsSearchQuotesActors) {
  json s = Get("/api/stats");
  EXPECT_EQ(s["articles"], 3);
  EXPECT_EQ(s["quotes"], 3);

  json hits = Get("/api/search", {{"q", "wrecking"}});
  ASSERT_EQ(hits["hits"].size(), 1u);
  EXPECT_NE(hits["hits"][0]["snippet"].get<std::string>().find("\x01wrecking\x02"),
            std::string::npos);

  json q = Get("/api/quotes", {{"speaker", "Valko"}});
  ASSERT_FALSE(q["quotes"].empty());
  for (const json& row : q["quotes"]) EXPECT_EQ(row["speaker"], "Boris Valko");

  json top = Get("/api/actors", {{"top", "2"}});
  EXPECT_EQ(top["actors"].size(), 2u);
  json actor = Get("/api/actor", {{"name", "Valko"}});
  EXPECT_EQ(actor["actor"]["name"], "Boris Valko");
}

TEST_F(ServerTest, EventsDyadAndArticleSpans) {
  json ev = Get("/api/events");
  ASSERT_FALSE(ev["events"].empty());
  json accuse = Get("/api/events", {{"type", "ACCUSE"}, {"actor", "rur"}});
  ASSERT_EQ(accuse["events"].size(), 1u);
  EXPECT_EQ(accuse["events"][0]["actor"][0]["code"], "RUR");
  EXPECT_TRUE(Get("/api/events", {{"type", "NO_SUCH_TYPE"}})["events"].empty());

  json dyad = Get("/api/dyad", {{"a", "RUR"}, {"b", "NOR"}});
  ASSERT_FALSE(dyad["days"].empty());
  EXPECT_EQ(dyad["days"][0]["a_to_b"], 1);

  json a = Get("/api/articles/" + std::to_string(accusation_));
  EXPECT_EQ(a["title"], "Valko accuses the Northland Union");
  ASSERT_EQ(a["events"].size(), 1u);
  // Offsets are code points: "Café" and "Zürich" come before the trigger.
  const json& span = a["events"][0]["trigger_span"];
  EXPECT_EQ(CodePoints(a["text"], span["start"], span["end"]), "accused");
}

TEST_F(ServerTest, BadInputIsAClearError) {
  struct Case {
    std::string path;
    Params params;
    int status;
  } cases[] = {
      {"/api/nothing", {}, 404},
      {"/../etc/passwd", {}, 404},
      {"/api/articles/999999", {}, 404},
      {"/api/articles/12abc", {}, 404},
      {"/api/articles/99999999999999999999999", {}, 404},
      {"/api/articles/", {}, 404},
      {"/api/search", {}, 400},
      {"/api/quotes", {{"limit", "-3"}}, 400},
      {"/api/quotes", {{"limit", "0"}}, 400},
      {"/api/quotes", {{"limit", "1e9"}}, 400},
      {"/api/quotes", {{"since", "yesterday"}}, 400},
      {"/api/events", {{"until", "2022-13-45"}}, 400},
      {"/api/actor", {}, 400},
      {"/api/actor", {{"name", "Nobody Anybody"}}, 404},
      {"/api/dyad", {{"a", "RUR"}}, 400},
      {"/api/quotes", {{"speaker", std::string(5000, 'x')}}, 400},
      {"/api/quotes", {{"speaker", std::string("a\0b", 3)}}, 400},
      {"/api/quotes", {{"speaker", "\xff\xfe"}}, 400},
      {"/api/\xd1\x9e\x8f\x96or", {}, 404},  // invalid UTF-8 in the path
      {"/api/articles/\xc3", {}, 404},
      {"/api/" + std::string(200, '\xc3') + "\xa9", {}, 404},  // cut inside a character
  };
  for (const Case& c : cases) {
    Response r = Handle(opt_, c.path, c.params);
    EXPECT_EQ(r.status, c.status) << c.path << " " << r.body;
    json body = json::parse(r.body);  // always JSON with a message
    EXPECT_FALSE(body["error"].get<std::string>().empty()) << c.path;
  }
  // Hostile but valid: FTS syntax, quotes, SQL-looking text.
  Get("/api/search", {{"q", "\"unterminated AND OR ("}});
  Get("/api/search", {{"q", "*****\"wreck*"}});  // FTS5 "unknown special query" (fuzz_server)
  Get("/api/quotes", {{"speaker", "' OR 1=1 --"}});
  Get("/api/quotes", {{"limit", "999999999"}});  // capped, not refused
}

TEST_F(ServerTest, MissingDatabaseIsAnErrorNotAnEmptyFile) {
  ServerOptions o = opt_;
  o.db = dir_ + "/absent.db";
  Response r = Handle(o, "/api/stats", {});
  EXPECT_EQ(r.status, 503);
  EXPECT_FALSE(std::filesystem::exists(o.db));
  HttpServer http(o);
  EXPECT_FALSE(http.Bind().ok());
}

TEST_F(ServerTest, ServesTheUiAndTheApiOverHttp) {
  ServerOptions o = opt_;
  o.port = 0;
  HttpServer http(o);
  auto port = http.Bind();
  ASSERT_TRUE(port.ok()) << port.status().ToString();
  std::thread t([&] { EXPECT_TRUE(http.Run().ok()); });
  httplib::Client client("127.0.0.1", *port);
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<title>newsgraph</title>"), std::string::npos);
  EXPECT_FALSE(page->get_header_value("Content-Security-Policy").empty());
  auto stats = client.Get("/api/stats");
  ASSERT_TRUE(stats);
  EXPECT_EQ(json::parse(stats->body)["articles"], 3);
  auto quotes = client.Get("/api/quotes?speaker=Valko&limit=abc");
  ASSERT_TRUE(quotes);
  EXPECT_EQ(quotes->status, 400);
  auto post = client.Post("/api/stats", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_NE(post->status, 200);
  http.Stop();
  t.join();
}

}  // namespace
}  // namespace newsgraph::server
