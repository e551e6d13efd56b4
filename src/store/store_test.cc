#include "newsgraph/store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "store/ingest.h"
#include "store/schema.h"
#include "store/sha256.h"
#include "store/sql.h"
#include "store/test_fixtures.h"

namespace newsgraph::store {
namespace {

using testing::AccusationArticle;
using testing::MeetingArticle;
using testing::PlainArticle;
using testing::TempDir;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = TempDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::permissions(dir_, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(dir_, ec);
  }
  std::string Path(const std::string& name) const { return dir_ + "/" + name; }

  std::string dir_;
};

int64_t Count(const Store& s, const std::string& sql) {
  auto st = Stmt::Prepare(s.handle(), sql);
  EXPECT_TRUE(st.ok()) << st.status().ToString();
  if (!st.ok()) return -1;
  auto row = st->Step();
  EXPECT_TRUE(row.ok() && *row);
  return st->Int(0);
}

// Everything that must be identical between two runs over the same input:
// every table's row count and the identity of articles and actors in order.
std::map<std::string, std::string> Fingerprint(const Store& s) {
  std::map<std::string, std::string> f;
  for (const char* t :
       {"articles", "entities", "mentions", "actors", "actor_aliases", "quotes", "times", "events",
        "event_args", "merged_events", "articles_fts", "quotes_fts"}) {
    f[t] = std::to_string(Count(s, std::string("SELECT count(*) FROM ") + t));
  }
  auto concat = [&](const char* sql) {
    auto st = Stmt::Prepare(s.handle(), sql);
    std::string out;
    while (st.ok()) {
      auto row = st->Step();
      if (!row.ok() || !*row) break;
      out += st->Text(0) + "\n";
    }
    return out;
  };
  f["article_ids"] = concat("SELECT id || ' ' || content_hash FROM articles ORDER BY id");
  f["actor_ids"] = concat("SELECT id || ' ' || actor_key FROM actors ORDER BY id");
  f["merged"] = concat(
      "SELECT id || ' ' || merge_key || ' ' || mentions || ' ' || articles || ' ' || sources "
      "FROM merged_events ORDER BY id");
  f["quote_ids"] = concat("SELECT id || ' ' || article_id || quote_id FROM quotes ORDER BY id");
  return f;
}

std::vector<Document> FixtureSet(int n) {
  std::vector<Document> docs;
  for (int i = 0; i < n; ++i) {
    switch (i % 3) {
      case 0:
        docs.push_back(AccusationArticle(i));
        break;
      case 1:
        docs.push_back(MeetingArticle(i));
        break;
      default:
        docs.push_back(PlainArticle(i));
        break;
    }
  }
  return docs;
}

std::vector<Processed> AsBatch(const std::vector<Document>& docs, size_t begin, size_t end) {
  std::vector<Processed> batch;
  for (size_t i = begin; i < end && i < docs.size(); ++i) {
    Processed p;
    p.item.doc = docs[i];
    p.item.source = "fixture:" + std::to_string(i);
    batch.push_back(std::move(p));
  }
  return batch;
}

// Ingests docs in batches of batch_size; returns the counts.
IngestCounts IngestAll(Store* store, const std::vector<Document>& docs, size_t batch_size) {
  IngestCounts c;
  for (size_t i = 0; i < docs.size(); i += batch_size) {
    auto batch = AsBatch(docs, i, i + batch_size);
    Status s = IngestBatch(store, batch, &c, nullptr);
    EXPECT_TRUE(s.ok()) << s.ToString();
  }
  return c;
}

TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  Sha256 h;  // incremental over block boundaries == one shot
  std::string million(1000000, 'a');
  for (size_t i = 0; i < million.size(); i += 997) h.Update(million.substr(i, 997));
  EXPECT_EQ(h.HexDigest(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(ContentHashTest, CoversTextTitleDateUrlOnly) {
  Document a = AccusationArticle(1);
  Document b = AccusationArticle(1);
  b.meta.id = "another-id";
  b.meta.authors.clear();
  b.meta.title = "  " + b.meta.title + "\n";  // whitespace is normalised away
  EXPECT_EQ(ContentHash(a), ContentHash(b));
  Document c = AccusationArticle(1);
  c.meta.published = "2022-01-21";
  EXPECT_NE(ContentHash(a), ContentHash(c));
  Document d = AccusationArticle(1);
  d.meta.url += "x";
  EXPECT_NE(ContentHash(a), ContentHash(d));
  // Fields are length-prefixed: moving a character between fields changes it.
  Document e("ab", {}), f("a", {});
  f.meta.title = "b";
  EXPECT_NE(ContentHash(e), ContentHash(f));
}

TEST_F(StoreTest, CreatesLatestSchemaWithWal) {
  auto store = Store::Open(Path("x.db"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->schema_version(), Store::LatestSchemaVersion());
  auto st = Stmt::Prepare((*store)->handle(), "PRAGMA journal_mode");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(*st->Step());
  EXPECT_EQ(st->Text(0), "wal");
}

TEST_F(StoreTest, StoresAllLayersWithCodePointAndByteOffsets) {
  auto store = Store::Open(Path("x.db"));
  ASSERT_TRUE(store.ok());
  Document a = AccusationArticle(), m = MeetingArticle(), p = PlainArticle();
  auto r = (*store)->AddBatch({&a, &m, &p});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 3u);
  for (const AddResult& x : *r) EXPECT_EQ(x.outcome, AddOutcome::kStored);
  const Store& s = **store;
  EXPECT_EQ(Count(s, "SELECT count(*) FROM articles"), 3);
  EXPECT_EQ(Count(s, "SELECT count(*) FROM entities"), 6);
  EXPECT_EQ(Count(s, "SELECT count(*) FROM mentions"), 9);
  EXPECT_EQ(Count(s, "SELECT count(*) FROM quotes"), 3);
  EXPECT_EQ(Count(s, "SELECT count(*) FROM times"), 1);
  EXPECT_EQ(Count(s, "SELECT count(*) FROM events"), 1);
  EXPECT_EQ(Count(s, "SELECT count(*) FROM event_args"), 2);
  // Valko (kb), Northland Union (code+name), Brandt and Zürich (name): Valko
  // and Brandt are one actor each across both articles.
  EXPECT_EQ(Count(s, "SELECT count(*) FROM actors"), 4);
  EXPECT_EQ(Count(s, "SELECT count(DISTINCT actor_id) FROM entities WHERE name='Boris Valko'"), 1);
  // "Zürich" and "Café" precede the spans: code points differ from bytes.
  EXPECT_GT(Count(s, "SELECT count(*) FROM mentions WHERE cstart < bstart"), 0);
  // Python's text[cstart:cend] (SQLite substr counts characters on TEXT) ...
  for (const char* t : {"mentions", "times"}) {
    EXPECT_EQ(Count(s, std::string("SELECT count(*) FROM ") + t +
                           " x JOIN articles a ON a.id = x.article_id "
                           "WHERE substr(a.text, x.cstart + 1, x.cend - x.cstart) != x.text"),
              0);
    // ... and bytes on the BLOB.
    EXPECT_EQ(Count(s, std::string("SELECT count(*) FROM ") + t +
                           " x JOIN articles a ON a.id = x.article_id "
                           "WHERE substr(CAST(a.text AS BLOB), x.bstart + 1, x.bend - x.bstart)"
                           " != CAST(x.text AS BLOB)"),
              0);
  }
  EXPECT_EQ(Count(s,
                  "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE "
                  "substr(a.text, q.content_cstart + 1, q.content_cend - q.content_cstart) "
                  "!= q.content OR substr(a.text, q.source_cstart + 1, "
                  "q.source_cend - q.source_cstart) != q.source"),
            0);
  EXPECT_EQ(Count(s,
                  "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id "
                  "WHERE substr(a.text, e.trigger_cstart + 1, e.trigger_cend - "
                  "e.trigger_cstart) != e.trigger"),
            0);
  // The title-sourced quote resolves to Valko's actor; the name is canonical.
  EXPECT_EQ(Count(s,
                  "SELECT count(*) FROM quotes q JOIN actors ac ON ac.id = q.speaker_actor "
                  "WHERE ac.kb_id = 'boris-valko' AND q.speaker_name = 'Boris Valko'"),
            2);
  EXPECT_EQ(Count(s, "SELECT count(*) FROM articles WHERE text_chars < text_bytes"), 2);
  EXPECT_EQ(Count(s, "SELECT json_array_length(captions) FROM articles WHERE ext_id='acc-0'"), 1);
  EXPECT_EQ(Count(s,
                  "SELECT count(*) FROM events WHERE json_extract(actor, '$[0].entity') = "
                  "'e1' AND quote IS NULL AND lat > 47"),
            1);
}

TEST_F(StoreTest, ActorNameUpgradesFromAllCapsDateline) {
  auto store = Store::Open(Path("x.db"));
  ASSERT_TRUE(store.ok());
  Document caps = AccusationArticle(1), normal = AccusationArticle(2), caps2 = AccusationArticle(3);
  caps.entities[1].name = "NORTHLAND UNION";
  caps2.entities[1].name = "NORTHLAND UNION";
  ASSERT_TRUE((*store)->AddBatch({&caps}).ok());
  EXPECT_EQ(Count(**store, "SELECT count(*) FROM actors WHERE name = 'NORTHLAND UNION'"), 1);
  ASSERT_TRUE((*store)->AddBatch({&normal, &caps2}).ok());
  EXPECT_EQ(Count(**store, "SELECT count(*) FROM actors WHERE code = 'NOR'"), 1);
  EXPECT_EQ(Count(**store, "SELECT count(*) FROM actors WHERE name = 'Northland Union'"), 1);
}

TEST_F(StoreTest, IngestTwiceStoresOnce) {
  std::vector<Document> docs = FixtureSet(20);
  docs.push_back(AccusationArticle(0));  // duplicate inside the same run
  auto store = Store::Open(Path("x.db"));
  ASSERT_TRUE(store.ok());
  IngestCounts first = IngestAll(store->get(), docs, 7);
  EXPECT_EQ(first.read, 21u);
  EXPECT_EQ(first.stored, 20u);
  EXPECT_EQ(first.duplicates, 1u);
  auto before = Fingerprint(**store);
  IngestCounts second = IngestAll(store->get(), docs, 5);
  EXPECT_EQ(second.stored, 0u);
  EXPECT_EQ(second.duplicates, 21u);
  EXPECT_EQ(Fingerprint(**store), before);
  EXPECT_EQ(before["articles"], "20");
}

TEST_F(StoreTest, ReplaceKeepsOnlyTheLatestVersionOfAnArticle) {
  // Version 2 of "acc-0": other text, same id. Without --replace both versions stay; with it
  // the old one and everything extracted from it go, and its merged event is recounted.
  Document v1 = AccusationArticle(0), v2 = AccusationArticle(7), other = MeetingArticle(0);
  v2.meta = v1.meta;
  StoreOptions keep;
  auto plain = Store::Open(Path("keep.db"), keep);
  ASSERT_TRUE(plain.ok());
  ASSERT_TRUE((*plain)->AddBatch({&v1, &other}).ok());
  ASSERT_TRUE((*plain)->AddBatch({&v2}).ok());
  EXPECT_EQ(Count(**plain, "SELECT count(*) FROM articles"), 3);

  StoreOptions replace;
  replace.replace_same_id = true;
  auto store = Store::Open(Path("replace.db"), replace);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->AddBatch({&v1, &other}).ok());
  auto before = Fingerprint(**store);
  auto r = (*store)->AddBatch({&v2});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].outcome, AddOutcome::kStored);
  EXPECT_EQ((*r)[0].replaced, 1);
  auto after = Fingerprint(**store);
  for (const char* t : {"articles", "entities", "mentions", "actors", "quotes", "times", "events",
                        "event_args", "merged_events", "articles_fts", "quotes_fts"})
    EXPECT_EQ(after[t], before[t]) << t;  // one version replaced by another
  EXPECT_EQ(Count(**store, "SELECT count(*) FROM articles WHERE ext_id = 'acc-0'"), 1);
  EXPECT_EQ(Count(**store, "SELECT count(*) FROM articles WHERE text LIKE '%Story 7.%'"), 1);
  EXPECT_EQ(Count(**store, "SELECT sum(mentions) FROM merged_events"),
            Count(**store, "SELECT count(*) FROM events"));
  // The same version again is a duplicate and deletes nothing.
  r = (*store)->AddBatch({&v2});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].outcome, AddOutcome::kDuplicate);
  EXPECT_EQ((*r)[0].replaced, 0);
  // An article with neither id nor url replaces nothing.
  Document anon = PlainArticle(3);
  anon.meta.id.clear();
  anon.meta.url.clear();
  r = (*store)->AddBatch({&anon});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].replaced, 0);
  EXPECT_EQ(Count(**store, "SELECT count(*) FROM articles"), 3);
}

TEST_F(StoreTest, BackgroundWriterMatchesDirectWrites) {
  const std::vector<Document> docs = FixtureSet(25);
  auto direct = Store::Open(Path("direct.db"));
  auto background = Store::Open(Path("background.db"));
  ASSERT_TRUE(direct.ok() && background.ok());
  IngestAll(direct->get(), docs, 4);
  IngestCounts c;
  {
    BackgroundWriter w(background->get(), &c, nullptr);
    for (size_t i = 0; i < docs.size(); i += 4) {
      ASSERT_TRUE(w.Wait().ok());
      auto batch = AsBatch(docs, i, i + 4);
      w.Start(batch);
      EXPECT_TRUE(batch.empty());
    }
    ASSERT_TRUE(w.Wait().ok());
  }
  EXPECT_EQ(c.stored, 25u);
  EXPECT_EQ(Fingerprint(**direct), Fingerprint(**background));
}

TEST_F(StoreTest, ErrorsAreCountedNotStored) {
  auto store = Store::Open(Path("x.db"));
  ASSERT_TRUE(store.ok());
  std::vector<Processed> batch = AsBatch(FixtureSet(3), 0, 3);
  Processed unreadable;
  unreadable.item.id = "bad-1";
  unreadable.item.error = "line is not JSON";
  unreadable.item.source = "in.jsonl:4";
  batch.push_back(std::move(unreadable));
  Processed failed;
  failed.item.doc = PlainArticle(99);
  failed.status = Status::ResourceExhausted("too long");
  batch.push_back(std::move(failed));
  Processed bad_spans;
  bad_spans.item.doc = PlainArticle(100);
  bad_spans.item.doc->times.push_back({{5, 9999}, "", "", "", 0});
  batch.push_back(std::move(bad_spans));
  IngestCounts c;
  std::vector<std::string> reported;
  Status s = IngestBatch(store->get(), batch, &c,
                         [&](const std::string& src, const std::string& id,
                             const std::string& why) { reported.push_back(id + ": " + why); });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(c.read, 6u);
  EXPECT_EQ(c.stored, 3u);
  EXPECT_EQ(c.errors, 3u);
  ASSERT_EQ(reported.size(), 3u);
  EXPECT_NE(reported[0].find("not JSON"), std::string::npos);
  EXPECT_NE(reported[2].find("plain-100"), std::string::npos);
  EXPECT_EQ(Count(**store, "SELECT count(*) FROM articles"), 3);
  EXPECT_EQ(Count(**store, "SELECT count(*) FROM times"), 1);
}

TEST_F(StoreTest, RowBudgetRejectsOneArticle) {
  StoreOptions o;
  o.max_rows_per_article = 5;
  auto store = Store::Open(Path("x.db"), o);
  ASSERT_TRUE(store.ok());
  Document big = AccusationArticle(), small = PlainArticle();
  auto r = (*store)->AddBatch({&big, &small});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].outcome, AddOutcome::kRejected);
  EXPECT_EQ((*r)[0].error.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ((*r)[1].outcome, AddOutcome::kStored);
}

// The crash test: a child ingests in batches and is SIGKILLed while its 4th
// batch is written but not committed. A re-run must end with exactly the rows
// of one clean run.
TEST_F(StoreTest, SigkillMidBatchThenRerunEqualsCleanRun) {
  const std::vector<Document> docs = FixtureSet(60);
  const size_t kBatch = 10;
  const std::string crashed = Path("crashed.db");
  pid_t pid = fork();
  ASSERT_NE(pid, -1);
  if (pid == 0) {
    StoreOptions o;
    o.before_commit = [](size_t committed) {
      if (committed == 3) kill(getpid(), SIGKILL);
    };
    auto store = Store::Open(crashed, o);
    if (!store.ok()) _exit(3);
    IngestAll(store->get(), docs, kBatch);
    _exit(0);  // not reached: killed in the 4th batch
  }
  int wstatus = 0;
  ASSERT_EQ(waitpid(pid, &wstatus, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(wstatus)) << "child exited with " << WEXITSTATUS(wstatus);
  ASSERT_EQ(WTERMSIG(wstatus), SIGKILL);
  {
    auto store = Store::Open(crashed);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_EQ(Count(**store, "SELECT count(*) FROM articles"), 30);  // 3 batches, not 4
    IngestCounts rerun = IngestAll(store->get(), docs, kBatch);
    EXPECT_EQ(rerun.duplicates, 30u);
    EXPECT_EQ(rerun.stored, 30u);
  }
  auto a = Store::Open(crashed);
  auto b = Store::Open(Path("clean.db"));
  ASSERT_TRUE(a.ok() && b.ok());
  IngestAll(b->get(), docs, kBatch);
  EXPECT_EQ(Fingerprint(**a), Fingerprint(**b));
  EXPECT_EQ(Fingerprint(**a)["articles"], "60");
  auto st = Stmt::Prepare((*a)->handle(), "PRAGMA integrity_check");
  ASSERT_TRUE(st.ok() && *st->Step());
  EXPECT_EQ(st->Text(0), "ok");
}

TEST_F(StoreTest, MigratesAnOldVersionDatabase) {
  const std::string path = Path("old.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(MigrateTo(db, 1).ok());
    ASSERT_TRUE(Exec(db,
                     "INSERT INTO articles (content_hash, title, text, text_chars, text_bytes, "
                     "ingested_at) VALUES ('h1', 'Old news', 'An archived zeppelin story.', 27, "
                     "27, '2020-01-01T00:00:00Z')")
                    .ok());
    auto v = ReadVersion(db);
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(*v, 1);
    sqlite3_close(db);
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->schema_version(), Store::LatestSchemaVersion());
  // Version 2's full-text index was backfilled with the old row.
  EXPECT_EQ(Count(**store,
                  "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH "
                  "'zeppelin'"),
            1);
}

TEST_F(StoreTest, ReadOnlyOpenOfOldDatabaseSaysHowToUpgrade) {
  const std::string path = Path("old.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_TRUE(MigrateTo(db, 1).ok());
  sqlite3_close(db);
  StoreOptions o;
  o.read_only = true;
  auto store = Store::Open(path, o);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("older than this binary"), std::string::npos);
}

TEST_F(StoreTest, RefusesNewerDatabase) {
  const std::string path = Path("new.db");
  { ASSERT_TRUE(Store::Open(path).ok()); }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_TRUE(Exec(db, "PRAGMA user_version = 99").ok());
  sqlite3_close(db);
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(store.status().message().find("newer than this newsgraph binary"), std::string::npos);
}

TEST_F(StoreTest, GarbageFileIsAClearError) {
  const std::string path = Path("garbage.db");
  {
    std::ofstream f(path, std::ios::binary);
    for (int i = 0; i < 500; ++i) f << "this is not a database \x01\x02\xff\n";
  }
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kCorruption);
  EXPECT_NE(store.status().message().find("not a newsgraph database"), std::string::npos);
  // The file is left alone.
  EXPECT_EQ(std::filesystem::file_size(path), 500u * 27u);
}

TEST_F(StoreTest, ForeignSqliteDatabaseIsRefused) {
  const std::string path = Path("other.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_TRUE(Exec(db, "CREATE TABLE articles (x)").ok());
  sqlite3_close(db);
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("not a newsgraph one"), std::string::npos);
}

TEST_F(StoreTest, MissingDirectoryIsAClearError) {
  auto store = Store::Open(Path("no/such/dir/x.db"));
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_NE(store.status().message().find("does not exist"), std::string::npos);
  // Even root cannot create a file under a regular file.
  { std::ofstream(Path("plain.txt")) << "x"; }
  auto under_file = Store::Open(Path("plain.txt/x.db"));
  ASSERT_FALSE(under_file.ok());
  EXPECT_EQ(under_file.status().code(), StatusCode::kIoError);
}

TEST_F(StoreTest, MissingFileWithoutCreateIsNotFound) {
  StoreOptions o;
  o.create_if_missing = false;
  auto store = Store::Open(Path("absent.db"), o);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(Path("absent.db")));
}

TEST_F(StoreTest, ReadOnlyDirectoryIsAClearError) {
  if (geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
  const std::string ro = Path("ro");
  std::filesystem::create_directory(ro);
  chmod(ro.c_str(), 0555);
  auto store = Store::Open(ro + "/x.db");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_NE(store.status().message().find("x.db"), std::string::npos);
}

TEST_F(StoreTest, ReadOnlyStoreRefusesWrites) {
  { ASSERT_TRUE(Store::Open(Path("x.db")).ok()); }
  StoreOptions o;
  o.read_only = true;
  auto store = Store::Open(Path("x.db"), o);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Document d = PlainArticle();
  EXPECT_FALSE((*store)->AddBatch({&d}).ok());
}

}  // namespace
}  // namespace newsgraph::store
