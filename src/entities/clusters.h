// WordClusters: distributional word classes learned by our own code from unlabelled news
// (`newsgraph train clusters`, clusters_train.cc), used as NER features so that words never
// seen in the labelled data ("Bundesbank", "Wolfsburg") share weights with words that were.
//
// Each vocabulary word (lower-cased, digits folded to 0: Key()) has a path in a three-level
// tree of classes, like the bit-string prefixes of Brown clusters: level 0 has up to 32
// classes, level 1 up to 32 x 32, level 2 up to 32 x 32 x 16. Ids are hierarchical
// (id[l + 1] / branching[l + 1] == id[l]).
//
// How they are built (Build): counts of the words at -1 and +1 around each of the top
// `vocab` words over the `contexts` most frequent words; positive PMI with context smoothing
// 0.75; optionally a fixed random projection to `dims` dimensions; unit length;
// spherical k-means (k-means++ seeding from a fixed seed) split top down. Deterministic for
// the same input and options (one thread).
//
// A WordClusters is immutable after Load()/Build() and safe to share across threads.
#ifndef NEWSGRAPH_ENTITIES_CLUSTERS_H_
#define NEWSGRAPH_ENTITIES_CLUSTERS_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model_file.h"
#include "core/string_index.h"
#include "core/word_classes.h"
#include "newsgraph/status.h"

namespace newsgraph::entities {

// The file format and key are core/word_classes.h (shared with the POS tagger).
inline constexpr uint32_t kClustersVersion = kWordClassesVersion;
inline constexpr int kClusterLevels = kWordClassLevels;
using ClusterPath = WordClassPath;

class WordClusters {
 public:
  WordClusters() = default;
  WordClusters(const WordClusters&) = delete;  // large: shared, never copied
  WordClusters& operator=(const WordClusters&) = delete;

  // The lookup key of a word: ASCII lower case, U+2019 as apostrophe, digits as '0'.
  static std::string Key(std::string_view word);

  static Result<std::shared_ptr<const WordClusters>> Load(const std::string& path);
  Status Save(const std::string& path) const;
  // The payload without the container (embedded in other models, e.g. ner.ngm).
  void Write(ModelWriter* w) const;
  static Result<std::shared_ptr<const WordClusters>> Read(ModelReader* r);

  // The class path of a key (see Key()), or nullptr for a word outside the vocabulary.
  const ClusterPath* Find(std::string_view key) const;
  size_t size() const { return paths_.size(); }
  const std::string& word(size_t i) const { return words_[i]; }
  const ClusterPath& path(size_t i) const { return paths_[i]; }

  // ---- building (clusters_train.cc) ----
  struct BuildOptions {
    size_t vocab = 100'000;  // words that get a class (most frequent first)
    size_t contexts = 800;   // context words counted (most frequent first)
    size_t min_count = 5;    // rarer words get no class
    int dims = 0;            // random projection width; 0: none (2 x contexts dims)
    int iterations = 12;     // k-means iterations per split
    std::array<int, kClusterLevels> branching = {32, 32, 16};
    uint32_t seed = 1;
  };
  // Collects word sequences; texts are split into words like the entity stage does.
  class Builder {
   public:
    // Adds one text (an article). Stops adding once max_tokens is reached.
    void AddText(std::string_view text);
    size_t tokens() const { return corpus_.size(); }
    size_t max_tokens = 400'000'000;
    Result<std::shared_ptr<WordClusters>> Build(const BuildOptions& opt,
                                                void (*progress)(const char* what)) const;

   private:
    std::unordered_map<std::string, uint32_t> ids_;
    std::vector<std::string> strings_;
    std::vector<uint32_t> count_;
    std::vector<uint32_t> corpus_;  // word ids; kBreak between texts
  };
  static constexpr uint32_t kBreak = 0xFFFFFFFFu;

  // For tests and the builder: a table from (word, path) pairs (words are keys already).
  static std::shared_ptr<WordClusters> FromPairs(std::vector<std::string> words,
                                                 std::vector<ClusterPath> paths);

 private:
  void Index();

  std::vector<std::string> words_;
  std::vector<ClusterPath> paths_;
  StringIndex index_;  // word -> index into words_ and paths_
};

}  // namespace newsgraph::entities

#endif  // NEWSGRAPH_ENTITIES_CLUSTERS_H_
