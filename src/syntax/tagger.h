// POS tagger (UPOS + Penn XPOS as one joint class) and lemmatizer.
//
// The tagger is a greedy left-to-right averaged perceptron over hashed word,
// affix, shape and previous-tag features, with a tag dictionary for frequent
// unambiguous words. An optional second pass (format 4) re-tags the words the
// first pass was least sure of (score margin below a threshold) with a second
// perceptron that also sees the first pass's tags of the words at +1 and +2;
// it is trained on K-fold (jackknifed) first-pass tags, so it learns how far
// to trust them. Lemmas come from an exception table learned from the
// training data (form+XPOS -> lemma, where rules are wrong) and longest-suffix
// rules per XPOS (strip n bytes, append a string).
//
// A Tagger is immutable after Load()/Train() and safe to share across threads;
// Tag() and Lemma() use only their arguments and per-thread scratch buffers.
#ifndef NEWSGRAPH_SYNTAX_TAGGER_H_
#define NEWSGRAPH_SYNTAX_TAGGER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model_file.h"
#include "core/word_classes.h"
#include "syntax/conllu.h"
#include "syntax/lexicon.h"
#include "syntax/perceptron.h"

namespace newsgraph::syntax {

inline constexpr char kTaggerComponent[] = "tagger";
// 4: optional second (right-context) pass; 3: embedded word classes; 2: compact weights.
inline constexpr uint32_t kTaggerVersion = 4;

struct TaggerTrainOptions {
  int iterations = 6;
  uint64_t seed = 1;
  std::function<void(const std::string&)> log;  // progress lines (may be empty)
  size_t max_weights = 2000000;                 // model size budget (about 3 bytes per weight)
  Lexicon lexicon;  // optional open-class word lists (WordNet), stored in the model
  // Optional distributional word classes (models/clusters.ngm), embedded in the model so the
  // tagger's features cannot drift from the table it was trained with.
  std::shared_ptr<const WordClasses> classes;
  // >= 2: also train the second pass on first-pass tags from this many folds.
  int second_pass_folds = 0;
  int fold_iterations = 6;         // iterations of each fold's first-pass tagger
  int second_pass_iterations = 0;  // 0: `iterations`
  // Share of the words (dev words if given, else training words) that the second pass
  // re-tags: those of smallest first-pass margin. 1 = every word outside the tag dictionary.
  double retag_fraction = 0.12;
};

// Per-word values that Tag() computes anyway and the parser needs too.
struct WordInfo {
  std::vector<uint64_t> ids;         // WordId(word)
  std::vector<uint32_t> cls1, cls2;  // Tagger::WordClass() (3 for all without classes)
};

class Tagger {
 public:
  // Trains on `train`; after each iteration, when dev is non-null, logs its
  // accuracy. Keeps the model of the best dev iteration (the last if no dev).
  static Tagger Train(const std::vector<ConlluSentence>& train,
                      const std::vector<ConlluSentence>* dev, const TaggerTrainOptions& options);

  // Tags words (one sentence); tags->size() == words.size() on return.
  // info, when given, receives the words' ids and classes. Per-sentence
  // buffers are kept per thread (no allocation once warm).
  // The first pass reads per-thread cached sums of each word's features (see
  // WordCache in tagger.cc); the result is that of TagUncached(), bit for bit.
  void Tag(const std::vector<std::string_view>& words, std::vector<int>* tags,
           WordInfo* info = nullptr) const;
  // Tag() with every feature of every scored word hashed and looked up anew: the
  // reference the cached path is tested against.
  void TagUncached(const std::vector<std::string_view>& words, std::vector<int>* tags,
                   WordInfo* info = nullptr) const;

  int num_tags() const { return static_cast<int>(upos_.size()); }
  const std::string& Upos(int tag) const { return upos_[tag]; }
  const std::string& Xpos(int tag) const { return xpos_[tag]; }
  // Served from a per-thread cache of recent (form, tag) pairs; LemmaUncached() is
  // the reference it is tested against.
  std::string Lemma(std::string_view form, int tag) const;
  std::string LemmaUncached(std::string_view form, int tag) const;
  // HashBytes(upos + "\t" + xpos) and HashBytes(upos) of a tag (parser input).
  uint64_t TagHash(int tag) const { return tag_hash_[tag]; }
  uint64_t UposHash(int tag) const { return upos_hash_[tag]; }

  // Fraction of words of `sents` whose UPOS and XPOS are both right, and lemma.
  struct Accuracy {
    double upos = 0, xpos = 0, lemma = 0;
    size_t words = 0;
  };
  Accuracy Evaluate(const std::vector<ConlluSentence>& sents) const;

  // Keeps the max_weights largest weights (model size budget).
  void Prune(size_t max_weights) { model_.Prune(max_weights); }

  // A weight-averaged ensemble of taggers trained on the same data with other seeds: the
  // mean of the members' first-pass weights and of their second-pass weights, each pruned
  // to max_weights, so it tags at the cost of one model. Members must share the tag set,
  // the second pass (all or none) and every table learned from the data (tag dictionary,
  // ambiguity classes, lemma rules and exceptions, lexicon, word classes), which are kept.
  // The averaged first pass has margins on its own scale, so the re-tag threshold is set
  // anew: the margin below which `retag_fraction` of the words of `ref` fall (< 0: the
  // members' mean share of ref's words re-tagged at their own thresholds); without ref,
  // the members' mean threshold.
  static Status Average(const std::vector<const Tagger*>& members, size_t max_weights,
                        const std::vector<ConlluSentence>* ref, double retag_fraction, Tagger* out);
  size_t num_weights() const { return model_.num_weights(); }
  size_t num_second_pass_weights() const { return model2_.num_weights(); }
  float retag_margin() const { return retag_margin_; }
  // The share of the words of sents whose first-pass margin is below retag_margin() (the
  // words the second pass re-tags; 0 without one).
  double RetagShare(const std::vector<ConlluSentence>& sents) const;
  // The embedded word classes (null for models trained without them).
  const std::shared_ptr<const WordClasses>& classes() const { return classes_; }
  bool has_classes() const { return !class_slots_.empty(); }
  bool has_second_pass() const { return model2_.num_classes() > 0; }
  // Level-1 and level-2 class ids of a word + 4 (3: no class); `wid` must be WordId(word).
  // One hash probe, no allocation for ASCII words.
  void WordClass(std::string_view word, uint64_t wid, uint32_t* c1, uint32_t* c2) const;

  void Save(ModelWriter* w) const;
  Status Load(ModelReader* r);
  Status SaveFile(const std::string& path) const;
  Status LoadFile(const std::string& path);

 private:
  struct LemmaRule {
    uint32_t cut = 0;
    std::string add;
  };
  struct Scratch;
  struct WordValues;
  struct WordCache;
  static Scratch& ThreadScratch();
  void StaticFeatures(const std::vector<std::string_view>& words, Scratch* scratch) const;
  static void WordFeatures(const Scratch& scratch, std::string_view word, size_t i, uint64_t* f);
  // The kDynFeats features of word i that read the previous tags p1, p2, at f[0..).
  static void DynamicFeatures(const Scratch& scratch, size_t i, int p1, int p2, uint64_t* f);
  // Second-pass features of word i: f[0..kStaticFeats) must hold its static ones; adds
  // those of the previous tags p1, p2 and the first-pass tags `first` of words i, i+1,
  // i+2 (n words).
  static void SecondPassFeatures(const Scratch& scratch, size_t i, size_t n, int p1, int p2,
                                 const int* first, uint64_t* f);
  // Greedy first pass over words whose static features are in scratch: tags and, per
  // word, the margin of the best score over the second (+inf for tag-dictionary words).
  void FirstPass(const std::vector<std::string_view>& words, Scratch* scratch,
                 std::vector<int>* tags) const;
  // The same first pass from the word cache: per-word values of every word (no
  // feature vectors) filled in from it, scored words summed from cached rows.
  void CachedValues(const std::vector<std::string_view>& words, Scratch* scratch) const;
  void CachedFirstPass(const std::vector<std::string_view>& words, Scratch* scratch,
                       std::vector<int>* tags) const;
  void ComputeValues(std::string_view word, WordValues* v) const;
  // The features of the templates that read the word of values v (word: its form) at
  // offset o - 2 from the scored word, as WordFeatures computes them; returns their
  // count (at most 18).
  static int OffsetFeatures(int o, const WordValues& v, std::string_view word, uint64_t* f);
  // Sums, on first use, the rows of the templates that read the word of cache entry e
  // (word: its form) at offset o - 2 from the scored word, into the cache; false when
  // e is no entry or the sums do not fit the cache's int16.
  bool SumOffsetRows(WordCache* cache, uint32_t e, int o, std::string_view word) const;
  // The second pass over the first pass's tags and margins, and the caller's WordInfo.
  void Finish(const std::vector<std::string_view>& words, Scratch* scratch, std::vector<int>* tags,
              WordInfo* info) const;
  // Trains model2_ and sets retag_margin_ (see TaggerTrainOptions::second_pass_folds).
  void TrainSecondPass(const std::vector<ConlluSentence>& train,
                       const std::vector<std::vector<int>>& gold,
                       const std::vector<ConlluSentence>* dev, const TaggerTrainOptions& options);
  // The first-pass margin below which `fraction` of the words of sents fall.
  float MarginQuantile(const std::vector<ConlluSentence>& sents, double fraction) const;
  // The first-pass margin of every word of sents (+inf for tag-dictionary words).
  std::vector<float> Margins(const std::vector<ConlluSentence>& sents) const;
  // Average()'s re-tag threshold for this (averaged) model.
  void SetRetagMargin(const std::vector<const Tagger*>& members,
                      const std::vector<ConlluSentence>* ref, double retag_fraction);
  // Save() up to the weights: what the members of Average() must share.
  void SaveTables(ModelWriter* w) const;
  int DictTag(std::string_view word) const;  // -1: not in the tag dictionary
  std::string RuleLemma(const std::string& base, const std::string& xpos) const;
  void TrainLemmas(const std::vector<ConlluSentence>& train);
  void IndexTags();       // fills tag_hash_, upos_hash_
  void IndexClasses();    // fills class_slots_ from classes_
  void IndexAmbiguity();  // fills amb_slots_ from ambiguity_
  // ambiguity_[wid], 0 when absent, from the flat index.
  uint64_t AmbiguityClass(uint64_t wid) const;

  std::vector<std::string> upos_, xpos_;
  std::vector<uint64_t> tag_hash_, upos_hash_;
  int open_quote_tag_ = -1, close_quote_tag_ = -1;  // PUNCT `` and PUNCT '' (IndexTags)
  // Hash and equality that also take a string_view (lookups without a copy).
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename V>
  using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
  StringMap<int> tagdict_;  // frequent unambiguous words
  // Ambiguity class (hash of the tags a word had in training) by WordId.
  std::unordered_map<uint64_t, uint64_t> ambiguity_;
  // Its lookup index: open addressing by the id's low bits (key 0: empty slot; the id 0
  // is kept in amb_of_zero_).
  struct AmbSlot {
    uint64_t key = 0, value = 0;
  };
  std::vector<AmbSlot> amb_slots_;
  uint64_t amb_of_zero_ = 0;
  Lexicon lexicon_;
  std::shared_ptr<const WordClasses> classes_;  // may be null
  // Open-addressing index of classes_ by HashBytes(WordClassKey(word)) (0: empty slot).
  struct ClassSlot {
    uint64_t key = 0;
    uint16_t c1 = 0, c2 = 0;
  };
  std::vector<ClassSlot> class_slots_;
  PerceptronModel model_;
  PerceptronModel model2_;            // second pass (empty: none)
  float retag_margin_ = 0;            // second pass re-tags words of first-pass margin below this
  StringMap<LemmaRule> rules_;        // xpos \t suffix
  StringMap<std::string> lemma_exc_;  // base \t xpos
  // What the per-thread lemma cache is keyed by: renewed whenever the lemma tables
  // may change (Load, TrainLemmas); a copy shares its original's.
  static uint64_t NewLemmaId();
  uint64_t lemma_id_ = NewLemmaId();
};

// Helpers shared with the parser.
std::string LowerAscii(std::string_view s);
// Lower-cased form with digits mapped to '0', hashed.
uint64_t WordId(std::string_view form);

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_TAGGER_H_
