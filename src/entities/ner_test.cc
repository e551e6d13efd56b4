#include "entities/ner.h"

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace newsgraph::entities {
namespace {

std::vector<NerModel::Sentence> TinyCorpus() {
  std::vector<NerModel::Sentence> train;
  for (int i = 0; i < 10; ++i) {
    train.push_back({{"Anna", "Kowalski", "visited", "Warsaw", "."},
                     {"B-PERSON", "I-PERSON", "O", "B-GPE", "O"}});
    train.push_back({{"The", "Acme", "Corp", "hired", "Jan", "in", "Krakow", "."},
                     {"O", "B-ORG", "I-ORG", "O", "B-PERSON", "O", "B-GPE", "O"}});
  }
  return train;
}

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

NerModel::TrainOptions EnsembleOptions() {
  NerModel::TrainOptions opt;
  opt.epochs = 3;
  opt.min_feature_count = 1;
  opt.viterbi = true;
  opt.lower_augment = 0.3;  // the seeds sample different augmented copies
  opt.ensemble = 3;
  return opt;
}

// An ensemble (weights of several seeds averaged) is one model: it tags what it was trained
// on, round-trips through the file, and is the same bytes for the same seed.
TEST(NerEnsembleTest, AveragedModelTagsAndIsDeterministic) {
  auto a = NerModel::Train(TinyCorpus(), nullptr, EnsembleOptions(), nullptr);
  auto b = NerModel::Train(TinyCorpus(), nullptr, EnsembleOptions(), nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_TRUE(b.ok());
  EXPECT_TRUE((*a)->viterbi());
  std::vector<Word> w = WordsFromStrings({"Anna", "Kowalski", "visited", "Warsaw", "."});
  EXPECT_EQ((*a)->TagSentence(w, nullptr),
            (std::vector<std::string>{"B-PERSON", "I-PERSON", "O", "B-GPE", "O"}));
  const std::string pa = ::testing::TempDir() + "/ner_ensemble_a.ngm";
  const std::string pb = ::testing::TempDir() + "/ner_ensemble_b.ngm";
  ASSERT_TRUE((*a)->Save(pa).ok());
  ASSERT_TRUE((*b)->Save(pb).ok());
  EXPECT_EQ(FileBytes(pa), FileBytes(pb));
  auto loaded = NerModel::Load(pa);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->TagSentence(w, nullptr), (*a)->TagSentence(w, nullptr));
  EXPECT_EQ((*loaded)->num_features(), (*a)->num_features());
}

// The ensemble keeps the features any of its members kept (a member lacking one weighs 0).
TEST(NerEnsembleTest, KeepsTheUnionOfTheMembersFeatures) {
  NerModel::TrainOptions one = EnsembleOptions();
  one.ensemble = 1;
  auto single = NerModel::Train(TinyCorpus(), nullptr, one, nullptr);
  auto many = NerModel::Train(TinyCorpus(), nullptr, EnsembleOptions(), nullptr);
  ASSERT_TRUE(single.ok());
  ASSERT_TRUE(many.ok());
  EXPECT_GE((*many)->num_features(), (*single)->num_features());
}

}  // namespace
}  // namespace newsgraph::entities
