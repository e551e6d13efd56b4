#include "ingest/reader.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <streambuf>

namespace newsgraph::ingest {
namespace {

namespace fs = std::filesystem;

// A fresh directory per test, removed afterwards.
class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) /
           ("ng_ingest_" + std::to_string(getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& rel, const std::string& bytes) {
    fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  std::string WriteGz(const std::string& rel, const std::string& bytes) {
    fs::path p = dir_ / rel;
    gzFile f = gzopen(p.c_str(), "wb");
    EXPECT_NE(f, nullptr);
    EXPECT_EQ(gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size())),
              static_cast<int>(bytes.size()));
    gzclose(f);
    return p.string();
  }

  fs::path dir_;
};

std::vector<ReadItem> ReadAll(Reader* r) {
  std::vector<ReadItem> items;
  ReadItem it;
  while (r->Next(&it) && items.size() < 100000) items.push_back(std::move(it));
  return items;
}

std::vector<ReadItem> ReadPaths(const std::vector<std::string>& paths, ReaderOptions o = {},
                                Status* status = nullptr) {
  auto r = OpenReader(paths, o);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) return {};
  std::vector<ReadItem> items = ReadAll(r->get());
  if (status) *status = (*r)->status();
  return items;
}

std::vector<ReadItem> ReadString(std::string data, ReaderOptions o = {}) {
  auto r = OpenReaderFromString(std::move(data), o, "mem");
  return ReadAll(r.get());
}

TEST_F(ReaderTest, JsonlErrorLinesDoNotStopTheBatch) {
  std::string p = Write("a.jsonl",
                        "{\"id\":\"1\",\"text\":\"one\"}\n"
                        "\n"
                        "   \n"
                        "{\"id\":\"2\",\"text\":\"tw\n"
                        "{\"id\":\"3\",\"body\":\"three\"}\n");
  Status st;
  std::vector<ReadItem> items = ReadPaths({p}, {}, &st);
  EXPECT_TRUE(st.ok());
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].doc->text(), "one");
  EXPECT_EQ(items[0].source, p + ":1");
  EXPECT_EQ(items[0].doc->meta.source_name, p);
  EXPECT_FALSE(items[1].doc);
  EXPECT_EQ(items[1].id, "2");
  EXPECT_EQ(items[1].source, p + ":4");
  ASSERT_TRUE(items[2].doc);
  EXPECT_EQ(items[2].doc->text(), "three");
  EXPECT_EQ(items[2].source, p + ":5");
}

TEST_F(ReaderTest, AliasFixture) {
  std::vector<ReadItem> items =
      ReadPaths({std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/fixtures/aliases.jsonl"});
  ASSERT_EQ(items.size(), 9u);
  std::vector<std::string> ids;
  for (const ReadItem& it : items) ids.push_back(it.id);
  EXPECT_EQ(ids[0], "a1");
  EXPECT_EQ(ids[1], "42");
  EXPECT_EQ(ids[2], "a3");
  EXPECT_EQ(ids[3].size(), 16u);  // hash
  EXPECT_EQ(ids[4], "a5");
  EXPECT_EQ(ids[5], "bad-json");
  EXPECT_EQ(ids[6], "no-text");
  EXPECT_EQ(ids[7], "text-not-string");
  EXPECT_EQ(ids[8], "a9");
  for (int i : {0, 1, 2, 3, 4, 8}) EXPECT_TRUE(items[i].doc) << i << items[i].error;
  for (int i : {5, 6, 7}) EXPECT_FALSE(items[i].doc) << i;
  EXPECT_EQ(items[1].doc->meta.outlet, "example-africa.org");
  EXPECT_EQ(items[2].doc->meta.outlet, "news.example.co.uk");
  EXPECT_EQ(items[3].doc->meta.outlet, "Example Nordic Service");
  EXPECT_EQ(items[4].doc->text(),
            "Japanese Prime Minister Shigeru Ishiba said last week that Tokyo would increase aid.");
  EXPECT_EQ(items[1].doc->text(),
            "Kenyan President William Ruto opened the talks on Tuesday, calling for "
            "\xE2\x80\x9C" "faster money, not more meetings.\xE2\x80\x9D");
  EXPECT_EQ(items[8].source.substr(items[8].source.rfind(':')), ":10");
}

TEST_F(ReaderTest, CrlfJsonlAndNoTrailingNewline) {
  std::vector<ReadItem> items =
      ReadString("{\"text\":\"a\\r\\nb\"}\r\n\r\n{\"id\":\"x\",\"text\":\"c\"}");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].doc->text(), "a\r\nb");  // escaped CR stays: byte-for-byte
  EXPECT_EQ(items[1].doc->text(), "c");
  EXPECT_EQ(items[1].source, "mem:3");
}

TEST_F(ReaderTest, DirectoriesSortedRecursiveHiddenSkipped) {
  Write("b/z.txt", "Second Title\n\nBody of z.\n");
  Write("a.jsonl", "{\"id\":\"j1\",\"text\":\"first\"}\n{\"id\":\"j2\",\"text\":\"second\"}\n");
  Write(".hidden.txt", "Hidden\n\nMust not be read.\n");
  Write(".git/c.txt", "Hidden dir\n\nMust not be read.\n");
  Write("b/.x/c.txt", "Hidden dir\n\nMust not be read.\n");
  WriteGz("b/y.ndjson.gz", "{\"id\":\"g1\",\"text\":\"gz\"}\n");
  Write("README.md", "# Not an article\n\nSkipped in directory walks.\n");
  Write("b/LICENSE", "Not an article either.\n");
  std::vector<ReadItem> items = ReadPaths({dir_.string()});
  std::vector<std::string> ids;
  for (const ReadItem& it : items) {
    EXPECT_TRUE(it.doc) << it.error;
    ids.push_back(it.id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"j1", "j2", "g1", "z"}));
  EXPECT_EQ(items[3].doc->text(), "Body of z.");
}

TEST_F(ReaderTest, TruncatedGzipKeepsWhatWasReadThenOneError) {
  std::string jsonl;
  for (int i = 0; i < 2000; ++i) {
    jsonl += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"article number " +
             std::to_string(i * 7919) + " with some words to compress\"}\n";
  }
  std::string full = WriteGz("full.jsonl.gz", jsonl);
  std::ifstream in(full, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string cut = Write("cut.jsonl.gz", bytes.substr(0, bytes.size() / 2));
  std::string after = Write("z.txt", "Next File\n\nStill read.\n");

  Status st;
  std::vector<ReadItem> items = ReadPaths({cut, after}, {}, &st);
  EXPECT_FALSE(st.ok());
  ASSERT_GE(items.size(), 3u);
  size_t good = items.size() - 2;
  EXPECT_GT(good, 10u);
  EXPECT_LT(good, 2000u);
  for (size_t i = 0; i < good; ++i) {
    ASSERT_TRUE(items[i].doc) << i << " " << items[i].error;
    EXPECT_EQ(items[i].id, std::to_string(i));
  }
  EXPECT_FALSE(items[good].doc);
  EXPECT_NE(items[good].error.find("truncated"), std::string::npos) << items[good].error;
  ASSERT_TRUE(items[good + 1].doc);
  EXPECT_EQ(items[good + 1].doc->text(), "Still read.");

  std::vector<ReadItem> whole = ReadPaths({full});
  EXPECT_EQ(whole.size(), 2000u);
}

TEST_F(ReaderTest, GarbageGzipIsOneError) {
  std::string p = Write("bad.jsonl.gz", std::string("\x1f\x8b\x08\x00garbage garbage", 20));
  Status st;
  std::vector<ReadItem> items = ReadPaths({p}, {}, &st);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_FALSE(items[0].doc);
  EXPECT_FALSE(st.ok());
}

TEST_F(ReaderTest, MissingPathFailsAtOpen) {
  auto r = OpenReader({(dir_ / "nope.jsonl").string()}, {});
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST_F(ReaderTest, EmptyFiles) {
  std::string j = Write("empty.jsonl", "");
  std::string t = Write("empty.txt", "");
  std::string b = Write("blank.jsonl", "\n\n \r\n");
  std::vector<ReadItem> items = ReadPaths({j, t, b});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].id, "empty");
  EXPECT_EQ(items[0].error, "empty article");
  EXPECT_TRUE(ReadString("").empty());
  EXPECT_TRUE(ReadString("\n  \n").empty());
}

TEST_F(ReaderTest, BinaryAndInvalidUtf8TextFiles) {
  std::string bin(4096, '\0');
  for (size_t i = 0; i < bin.size(); i += 3) bin[i] = static_cast<char>(i);
  std::string p = Write("blob.bin", bin);
  std::string u = Write("latin1.txt", "Caf\xE9 Talks\n\nMinisters met at the caf\xE9.\n");
  std::vector<ReadItem> items = ReadPaths({p, u});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_FALSE(items[0].doc);
  EXPECT_EQ(items[0].id, "blob");
  ASSERT_TRUE(items[1].doc) << items[1].error;
  EXPECT_EQ(items[1].doc->text(), "Ministers met at the caf\xEF\xBF\xBD.");
  EXPECT_EQ(items[1].doc->meta.title, "Caf\xEF\xBF\xBD Talks");
  EXPECT_EQ(items[1].doc->meta.warnings.size(), 1u);
}

TEST_F(ReaderTest, FormatForcedAndByName) {
  std::string p = Write("x.jsonl", "{\"text\":\"t\"}\n");
  ReaderOptions text;
  text.format = Format::kText;
  std::vector<ReadItem> items = ReadPaths({p}, text);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].doc);
  EXPECT_EQ(items[0].doc->text(), "{\"text\":\"t\"}");
  EXPECT_EQ(FormatForPath("a/b.JSONL.gz"), Format::kJsonl);
  EXPECT_EQ(FormatForPath("b.json"), Format::kJsonl);
  EXPECT_EQ(FormatForPath("b.ndjson"), Format::kJsonl);
  EXPECT_EQ(FormatForPath("b.txt.gz"), Format::kText);
  EXPECT_EQ(FormatForPath("README"), Format::kText);
}

TEST_F(ReaderTest, SniffMemoryInput) {
  std::vector<ReadItem> j = ReadString("\n  {\"id\":\"s\",\"text\":\"sniffed\"}\n");
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0].doc->text(), "sniffed");
  EXPECT_EQ(j[0].source, "mem:2");
  std::vector<ReadItem> bom = ReadString("\xEF\xBB\xBF{\"text\":\"bom\"}");
  ASSERT_EQ(bom.size(), 1u);
  ASSERT_TRUE(bom[0].doc) << bom[0].error;
  std::vector<ReadItem> t = ReadString("\n\nA Headline\n\nMay 2, 2024\n\nThe body.\n");
  ASSERT_EQ(t.size(), 1u);
  ASSERT_TRUE(t[0].doc) << t[0].error;
  EXPECT_EQ(t[0].doc->text(), "The body.");
  EXPECT_EQ(t[0].doc->meta.title, "A Headline");
  EXPECT_EQ(t[0].id, StableId("The body."));
  std::istringstream ss("{\"text\":\"from a stream\"}\n");
  auto r = OpenReaderFromStream(&ss, {});
  std::vector<ReadItem> s = ReadAll(r.get());
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].doc->text(), "from a stream");
}

// Produces head, then n filler bytes, then tail, without holding them.
class GeneratedBuf : public std::streambuf {
 public:
  GeneratedBuf(std::string head, size_t n, char fill, std::string tail)
      : head_(std::move(head)), left_(n), tail_(std::move(tail)), chunk_(1 << 16, fill) {}

 protected:
  int_type underflow() override {
    if (phase_ == 0) {
      phase_ = 1;
      if (!head_.empty()) return Serve(&head_[0], head_.size());
    }
    if (phase_ == 1 && left_ > 0) {
      size_t k = std::min(left_, chunk_.size());
      left_ -= k;
      return Serve(&chunk_[0], k);
    }
    if (phase_ == 1) {
      phase_ = 2;
      if (!tail_.empty()) return Serve(&tail_[0], tail_.size());
    }
    return traits_type::eof();
  }

 private:
  int_type Serve(char* p, size_t n) {
    setg(p, p, p + n);
    return traits_type::to_int_type(*p);
  }
  std::string head_;
  size_t left_;
  std::string tail_;
  std::string chunk_;
  int phase_ = 0;
};

long MaxRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

TEST_F(ReaderTest, HundredMegabyteLineStaysWithinBudget) {
  const size_t kHuge = 100u << 20;
  GeneratedBuf buf("{\"id\":\"huge\",\"text\":\"", kHuge, 'a',
                   "\"}\n{\"id\":\"after\",\"text\":\"small\"}\n");
  std::istream in(&buf);
  ReaderOptions o;
  o.max_article_bytes = 1u << 20;
  long before = MaxRssKb();
  auto r = OpenReaderFromStream(&in, o, "huge");
  std::vector<ReadItem> items = ReadAll(r.get());
  long grown_kb = MaxRssKb() - before;
  ASSERT_EQ(items.size(), 2u);
  EXPECT_FALSE(items[0].doc);
  EXPECT_EQ(items[0].id, "huge");
  EXPECT_NE(items[0].error.find("max_article_bytes"), std::string::npos);
  ASSERT_TRUE(items[1].doc);
  EXPECT_EQ(items[1].doc->text(), "small");
  EXPECT_EQ(items[1].source, "huge:2");
  EXPECT_LT(grown_kb, 40 * 1024) << "the reader buffered the oversized line";
}

TEST_F(ReaderTest, OversizedTextFile) {
  std::string p = Write("big.txt", "Title\n\n" + std::string(5000, 'x') + "\n");
  ReaderOptions o;
  o.max_article_bytes = 1000;
  std::vector<ReadItem> items = ReadPaths({p}, o);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].id, "big");
  EXPECT_NE(items[0].error.find("max_article_bytes"), std::string::npos);
}

TEST(OutletTest, Hosts) {
  EXPECT_EQ(OutletFromUrl("https://www.themoscowtimes.com/2022/01/20/x"), "themoscowtimes.com");
  EXPECT_EQ(OutletFromUrl("http://user@News.Example.org:8080/a?b#c"), "news.example.org");
  EXPECT_EQ(OutletFromUrl("www.example.com/path"), "example.com");
  EXPECT_EQ(OutletFromUrl("//cdn.example.net/x"), "cdn.example.net");
  EXPECT_EQ(OutletFromUrl(""), "");
  EXPECT_EQ(OutletFromUrl("not a url"), "");
  EXPECT_EQ(OutletFromUrl("https://localhost/x"), "");
}

}  // namespace
}  // namespace newsgraph::ingest
