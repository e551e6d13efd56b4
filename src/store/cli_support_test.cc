#include "store/cli_support.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "store/test_fixtures.h"

namespace newsgraph::store {
namespace {

TEST(CompactTest, CollapsesSpaceAndCutsOnCodePoints) {
  EXPECT_EQ(Compact("  a \n\t b  ", 10), "a b");
  EXPECT_EQ(Compact("Zürich café", 6), "Zürich…");
  EXPECT_EQ(Compact("ééééé", 3), "ééé…");
  EXPECT_EQ(Compact("", 3), "");
}

TEST(HumanTest, BytesAndDurations) {
  EXPECT_EQ(HumanBytes(512), "512 B");
  EXPECT_EQ(HumanBytes(1536), "1.5 KB");
  EXPECT_EQ(HumanDuration(65), "1:05");
  EXPECT_EQ(HumanDuration(3 * 3600 + 61), "3:01:01");
  EXPECT_EQ(HumanDuration(-5), "0:00");
}

TEST(EstimateTest, CountsJsonlLinesAndTextFiles) {
  std::string dir = testing::TempDir("estimate");
  namespace fs = std::filesystem;
  {
    std::ofstream(dir + "/a.jsonl") << "{\"text\": \"x\"}\n\n{\"text\": \"y\"}\n{\"text\": \"z\"}";
  }
  {
    gzFile g = gzopen((dir + "/b.jsonl.gz").c_str(), "wb");
    for (int i = 0; i < 5; ++i) gzputs(g, "{\"text\": \"q\"}\n");
    gzclose(g);
  }
  fs::create_directories(dir + "/sub");
  { std::ofstream(dir + "/sub/story.txt") << "One article."; }
  fs::create_directories(dir + "/.hidden");
  { std::ofstream(dir + "/.hidden/x.txt") << "skipped"; }
  EXPECT_EQ(EstimateArticles({dir}, 1 << 20), 3u + 5u + 1u);
  EXPECT_EQ(EstimateArticles({dir + "/a.jsonl", dir + "/sub/story.txt"}, 1 << 20), 4u);
  EXPECT_EQ(EstimateArticles({dir}, 10), 0u);  // over the scan budget: unknown
  EXPECT_EQ(EstimateArticles({}, 1 << 20), 0u);
  EXPECT_EQ(EstimateArticles({"-"}, 1 << 20), 0u);
  fs::remove_all(dir);
}

TEST(OpenForQueryTest, DoesNotCreate) {
  std::string dir = testing::TempDir("openq");
  auto s = OpenForQuery(dir + "/none.db");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(dir + "/none.db"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newsgraph::store
