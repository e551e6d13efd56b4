// WordClasses: the table of distributional word classes (word key -> class path in a
// three-level tree) that `newsgraph train clusters` writes to models/clusters.ngm
// (src/entities/clusters.h builds it). This is only the reading/writing side, in core so that
// every stage can use the classes as features without depending on src/entities: the NER
// (entities::WordClusters) and the POS tagger (embedded in tagger.ngm).
//
// Keys: WordClassKey() (ASCII and Latin-1 capitals lower-cased, U+2019 as apostrophe, digits
// as '0'). Ids are hierarchical (id[l + 1] / branching[l + 1] == id[l]).
//
// Immutable after Read()/Load()/FromPairs(); safe to share across threads.
#ifndef NEWSGRAPH_CORE_WORD_CLASSES_H_
#define NEWSGRAPH_CORE_WORD_CLASSES_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model_file.h"
#include "newsgraph/status.h"

namespace newsgraph {

inline constexpr char kWordClassesComponent[] = "clusters";
inline constexpr uint32_t kWordClassesVersion = 1;
inline constexpr int kWordClassLevels = 3;
using WordClassPath = std::array<uint16_t, kWordClassLevels>;
inline constexpr size_t kMaxWordClassWordBytes = 64;     // longer words have no class
inline constexpr size_t kMaxWordClassWords = 2'000'000;  // words in a table

// The lookup key of a word (see above).
std::string WordClassKey(std::string_view word);

// The table payload (inside a model container): level count, word count, then per word its
// key and kWordClassLevels class ids. Read checks sizes, ids and duplicates.
void WriteWordClassTable(const std::vector<std::string>& words,
                         const std::vector<WordClassPath>& paths, ModelWriter* w);
Status ReadWordClassTable(ModelReader* r, std::vector<std::string>* words,
                          std::vector<WordClassPath>* paths);

class WordClasses {
 public:
  WordClasses() = default;
  WordClasses(const WordClasses&) = delete;  // index_ points into words_
  WordClasses& operator=(const WordClasses&) = delete;

  // Reads a clusters.ngm file (component "clusters").
  static Result<std::shared_ptr<const WordClasses>> Load(const std::string& path);
  static Result<std::shared_ptr<const WordClasses>> Read(ModelReader* r);
  void Write(ModelWriter* w) const { WriteWordClassTable(words_, paths_, w); }
  static std::shared_ptr<const WordClasses> FromPairs(std::vector<std::string> words,
                                                      std::vector<WordClassPath> paths);

  // The class path of a key (WordClassKey()), or nullptr outside the vocabulary.
  const WordClassPath* Find(std::string_view key) const;
  size_t size() const { return words_.size(); }
  const std::string& word(size_t i) const { return words_[i]; }
  const WordClassPath& path(size_t i) const { return paths_[i]; }

 private:
  bool Index();  // false on duplicate words

  std::vector<std::string> words_;
  std::vector<WordClassPath> paths_;
  std::unordered_map<std::string_view, uint32_t> index_;  // views into words_
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_WORD_CLASSES_H_
