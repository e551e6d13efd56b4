// Unit tests of the word classes (clusters.h) on invented text, and of their use in the NER.
#include "entities/clusters.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <string>

#include "entities/ner.h"

namespace newsgraph::entities {
namespace {

// Two kinds of words in distinct contexts: cities after "flew to", foods after "we ate".
std::string InventedCorpus(int lines) {
  const char* cities[] = {"Arlen", "Borvik", "Celestia", "Dunmore", "Eskerfield", "Fallow"};
  const char* foods[] = {"bread", "soup", "rice", "apples", "cheese", "noodles"};
  std::mt19937 rng(3);
  std::string t;
  for (int i = 0; i < lines; ++i) {
    t += "Yesterday she flew to ";
    t += cities[rng() % 6];
    t += " for talks. Then we ate ";
    t += foods[rng() % 6];
    t += " at 10:30 with friends.\n";
  }
  return t;
}

WordClusters::BuildOptions SmallOptions() {
  WordClusters::BuildOptions o;
  o.min_count = 2;
  o.dims = 32;
  o.branching = {2, 2, 2};
  return o;
}

std::shared_ptr<WordClusters> BuildInvented() {
  WordClusters::Builder b;
  b.AddText(InventedCorpus(400));
  auto c = b.Build(SmallOptions(), nullptr);
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return c.ok() ? *c : nullptr;
}

TEST(ClustersTest, KeyFoldsCaseAndDigits) {
  EXPECT_EQ(WordClusters::Key("Paris"), "paris");
  EXPECT_EQ(WordClusters::Key("10:30"), "00:00");
  EXPECT_EQ(WordClusters::Key("G20"), "g00");
}

TEST(ClustersTest, SimilarContextsShareAClass) {
  auto c = BuildInvented();
  ASSERT_TRUE(c);
  const ClusterPath* a = c->Find("arlen");
  const ClusterPath* b = c->Find("fallow");
  const ClusterPath* s = c->Find("soup");
  const ClusterPath* r = c->Find("rice");
  ASSERT_TRUE(a && b && s && r);
  EXPECT_EQ((*a)[0], (*b)[0]);
  EXPECT_EQ((*s)[0], (*r)[0]);
  EXPECT_NE((*a)[0], (*s)[0]);
  EXPECT_EQ(c->Find("unseen"), nullptr);
  // Ids are hierarchical.
  for (size_t i = 0; i < c->size(); ++i) {
    EXPECT_EQ(c->path(i)[1] / 2, c->path(i)[0]);
    EXPECT_EQ(c->path(i)[2] / 2, c->path(i)[1]);
  }
}

TEST(ClustersTest, DeterministicAndRoundTrips) {
  auto c1 = BuildInvented();
  auto c2 = BuildInvented();
  ASSERT_TRUE(c1 && c2);
  ASSERT_EQ(c1->size(), c2->size());
  for (size_t i = 0; i < c1->size(); ++i) {
    EXPECT_EQ(c1->word(i), c2->word(i));
    EXPECT_EQ(c1->path(i), c2->path(i));
  }
  std::string path = ::testing::TempDir() + "/clusters_test.ngm";
  ASSERT_TRUE(c1->Save(path).ok());
  auto l = WordClusters::Load(path);
  ASSERT_TRUE(l.ok()) << l.status().ToString();
  ASSERT_EQ((*l)->size(), c1->size());
  EXPECT_EQ(*(*l)->Find("soup"), *c1->Find("soup"));
}

TEST(ClustersTest, TruncatedAndGarbageFilesAreErrors) {
  auto c = BuildInvented();
  ASSERT_TRUE(c);
  std::string path = ::testing::TempDir() + "/clusters_cut.ngm";
  ASSERT_TRUE(c->Save(path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  for (size_t cut : {size_t{0}, size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), cut);
    EXPECT_FALSE(WordClusters::Load(path).ok()) << cut;
  }
  std::string junk(4096, '\0');
  std::mt19937 rng(7);
  for (char& ch : junk) ch = static_cast<char>(rng());
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(junk.data(), junk.size());
  EXPECT_FALSE(WordClusters::Load(path).ok());
  EXPECT_FALSE(WordClusters::Load(::testing::TempDir() + "/no_such_clusters.ngm").ok());
}

TEST(ClustersTest, HostileTextStaysBounded) {
  WordClusters::Builder b;
  b.max_tokens = 5000;
  std::string binary(20000, '\0');
  std::mt19937 rng(11);
  for (char& ch : binary) ch = static_cast<char>(rng());
  b.AddText(binary);
  b.AddText(std::string(100000, 'x'));             // one huge word: skipped
  b.AddText("\xE2\x80\x99\xF0\x9F\x98\x80 \xC3");  // odd and broken UTF-8
  b.AddText("");
  EXPECT_LE(b.tokens(), 5001u);
  auto c = b.Build(SmallOptions(), nullptr);  // may have too few words: an error, no crash
  if (c.ok()) {
    EXPECT_LE((*c)->size(), 5000u);
  }
  WordClusters::Builder empty;
  EXPECT_FALSE(empty.Build(SmallOptions(), nullptr).ok());
  WordClusters::BuildOptions bad = SmallOptions();
  bad.dims = -1;
  WordClusters::Builder b2;
  b2.AddText(InventedCorpus(10));
  EXPECT_FALSE(b2.Build(bad, nullptr).ok());
}

TEST(ClustersTest, NerModelEmbedsItsClasses) {
  auto c = BuildInvented();
  ASSERT_TRUE(c);
  std::vector<NerModel::Sentence> train;
  for (int i = 0; i < 20; ++i)
    train.push_back({{"She", "flew", "to", "Arlen", "."}, {"O", "O", "O", "B-GPE", "O"}});
  NerModel::TrainOptions opt;
  opt.epochs = 3;
  opt.min_feature_count = 1;
  opt.clusters = c;
  auto m = NerModel::Train(train, nullptr, opt, nullptr);
  ASSERT_TRUE(m.ok());
  std::string path = ::testing::TempDir() + "/ner_clusters_test.ngm";
  ASSERT_TRUE((*m)->Save(path).ok());
  auto l = NerModel::Load(path);
  ASSERT_TRUE(l.ok()) << l.status().ToString();
  ASSERT_NE((*l)->clusters(), nullptr);
  EXPECT_EQ((*l)->clusters()->size(), c->size());
  // A cut anywhere in the model (weights or embedded classes) is an error.
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  for (size_t cut : {bytes.size() / 3, bytes.size() - 40, bytes.size() - 1}) {
    std::string cut_path = ::testing::TempDir() + "/ner_clusters_cut.ngm";
    std::ofstream(cut_path, std::ios::binary | std::ios::trunc).write(bytes.data(), cut);
    EXPECT_FALSE(NerModel::Load(cut_path).ok()) << cut;
  }
  // An unseen city in the same class is tagged like the seen one.
  auto tags = (*l)->TagSentence(WordsFromStrings({"She", "flew", "to", "Borvik", "."}), nullptr);
  EXPECT_EQ(tags[3], "B-GPE");
}

}  // namespace
}  // namespace newsgraph::entities
