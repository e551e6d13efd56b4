#include "syntax/tagger.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "syntax/test_corpus.h"

namespace newsgraph::syntax {
namespace {

std::vector<ConlluSentence> Corpus(const std::string& text = kTinyCorpus) {
  std::istringstream in(text);
  auto r = ReadConllu(in);
  EXPECT_TRUE(r.ok());
  return std::move(r).value();
}

// A tagger trained for 8 iterations on CoNLL-U `text`.
Tagger TrainOn(const std::string& text) {
  TaggerTrainOptions opts;
  opts.iterations = 8;
  return Tagger::Train(Corpus(text), nullptr, opts);
}

Tagger TrainTiny() { return TrainOn(kTinyCorpus); }

TEST(TaggerTest, LearnsTrainingSentences) {
  Tagger t = TrainTiny();
  auto c = Corpus();
  Tagger::Accuracy a = t.Evaluate(c);
  EXPECT_EQ(a.words, 24u);
  EXPECT_GE(a.upos, 0.95);
  EXPECT_GE(a.xpos, 0.95);
  EXPECT_GE(a.lemma, 0.95);
}

TEST(TaggerTest, LemmaRulesGeneraliseBySuffix) {
  Tagger t = TrainTiny();
  int nns = -1, vbd = -1;
  for (int i = 0; i < t.num_tags(); ++i) {
    if (t.Xpos(i) == "NNS") nns = i;
    if (t.Xpos(i) == "VBD") vbd = i;
  }
  ASSERT_GE(nns, 0);
  ASSERT_GE(vbd, 0);
  EXPECT_EQ(t.Lemma("Ministers", nns), "minister");
  EXPECT_EQ(t.Lemma("walked", vbd), "walk");
  EXPECT_EQ(t.Lemma("", vbd), "");
  // Never splits a UTF-8 sequence.
  std::string odd = t.Lemma("caf\xc3\xa9s", nns);
  EXPECT_EQ(odd, "caf\xc3\xa9");
}

TEST(TaggerTest, CachedLemmaMatchesUncached) {
  Tagger a = TrainTiny();
  // b's exception table says "met" is "meat": a cache shared by both taggers must
  // still give each its own lemma.
  std::string text = kTinyCorpus;
  text.replace(text.find("met\tmeet"), 8, "met\tmeat");
  Tagger b = TrainOn(text);
  ASSERT_EQ(a.num_tags(), b.num_tags());
  std::vector<std::string> forms = {"met",          "Met",       "walked", "",
                                    "caf\xc3\xa9s", "Ministers", "envoys", "\xff\xfe"};
  forms.push_back(std::string(300, 'A'));
  forms.push_back(std::string(256, 'A') + "ed");  // lemmatised on its first 256 bytes
  std::mt19937 rng(7);
  for (int i = 0; i < 3000; ++i) {
    std::string w;
    for (int k = rng() % 9; k > 0; --k) w += "aeEdsx\xc3\xa9"[rng() % 8];
    forms.push_back(w);
  }
  for (int round = 0; round < 2; ++round)
    for (const std::string& w : forms)
      for (int tag = -1; tag <= a.num_tags(); ++tag) {
        ASSERT_EQ(a.Lemma(w, tag), a.LemmaUncached(w, tag)) << w << " " << tag;
        ASSERT_EQ(b.Lemma(w, tag), b.LemmaUncached(w, tag)) << w << " " << tag;
      }
  int vbd = -1;
  for (int i = 0; i < a.num_tags(); ++i)
    if (a.Xpos(i) == "VBD") vbd = i;
  ASSERT_GE(vbd, 0);
  EXPECT_EQ(a.Lemma("met", vbd), "meet");
  EXPECT_EQ(b.Lemma("met", vbd), "meat");
  EXPECT_EQ(a.Lemma("met", vbd), "meet");
}

TEST(TaggerTest, HandlesEmptyAndGarbageInput) {
  Tagger t = TrainTiny();
  std::vector<int> tags;
  t.Tag({}, &tags);
  EXPECT_TRUE(tags.empty());
  std::string junk(5000, '\xff');
  std::vector<std::string_view> words(3000, std::string_view(junk));
  t.Tag(words, &tags);
  ASSERT_EQ(tags.size(), words.size());
  for (int x : tags) EXPECT_LT(x, t.num_tags());
}

std::string TempPath(const char* name) {
  return ::testing::TempDir() + "/" + name + std::to_string(::getpid());
}

// Words seen >= 20 times with one tag come from the tag dictionary, not the (here
// untrained) model; the dictionary's flat index matches whole words only, after
// training and after a model file round trip.
TEST(TaggerTest, TagDictionaryAnswersWholeWordsOnly) {
  std::string text;
  for (int i = 0; i < 25; ++i) {
    text +=
        "1\tthe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
        "2\tdog\tdog\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
        "3\tbarks\tbark\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
        "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  }
  std::istringstream in(text);
  auto c = ReadConllu(in);
  ASSERT_TRUE(c.ok());
  TaggerTrainOptions opts;
  opts.iterations = 0;
  Tagger t = Tagger::Train(c.value(), nullptr, opts);
  std::vector<int> tags;
  t.Tag({".", "barks", "the", "dog"}, &tags);
  ASSERT_EQ(tags.size(), 4u);
  EXPECT_EQ(t.Upos(tags[0]), "PUNCT");
  EXPECT_EQ(t.Upos(tags[1]), "VERB");
  EXPECT_EQ(t.Upos(tags[2]), "DET");
  EXPECT_EQ(t.Upos(tags[3]), "NOUN");
  // Not dictionary words: the untrained model gives them all one tag.
  t.Tag({"th", "thee", "The", "dogs"}, &tags);
  ASSERT_EQ(tags.size(), 4u);
  EXPECT_EQ(tags[1], tags[0]);
  EXPECT_EQ(tags[2], tags[0]);
  EXPECT_EQ(tags[3], tags[0]);
  // After a round trip (a trained model: an empty one is not saved).
  opts.iterations = 1;
  Tagger trained = Tagger::Train(c.value(), nullptr, opts);
  std::string path = TempPath("tagdict.ngm");
  ASSERT_TRUE(trained.SaveFile(path).ok());
  Tagger back;
  ASSERT_TRUE(back.LoadFile(path).ok());
  back.Tag({"dog", ".", "the", "barks"}, &tags);
  ASSERT_EQ(tags.size(), 4u);
  EXPECT_EQ(back.Upos(tags[0]), "NOUN");
  EXPECT_EQ(back.Upos(tags[1]), "PUNCT");
  EXPECT_EQ(back.Upos(tags[2]), "DET");
  EXPECT_EQ(back.Upos(tags[3]), "VERB");
  std::remove(path.c_str());
}

TEST(TaggerTest, ModelFileRoundTripAndDamage) {
  Tagger t = TrainTiny();
  std::string path = TempPath("tagger.ngm");
  ASSERT_TRUE(t.SaveFile(path).ok());
  Tagger back;
  ASSERT_TRUE(back.LoadFile(path).ok());
  auto c = Corpus();
  EXPECT_EQ(back.Evaluate(c).upos, t.Evaluate(c).upos);

  std::ifstream f(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  ModelReader r;
  // Truncated.
  EXPECT_FALSE(r.OpenBytes(bytes.substr(0, bytes.size() / 2), kTaggerComponent, 1).ok());
  // Corrupt payload byte.
  std::string bad = bytes;
  bad[bad.size() / 2] ^= 0x5a;
  EXPECT_EQ(r.OpenBytes(bad, kTaggerComponent, 1).code(), StatusCode::kCorruption);
  // Trailing bytes.
  EXPECT_FALSE(r.OpenBytes(bytes + "x", kTaggerComponent, 1).ok());
  // A newer component version than this build reads.
  ModelWriter w;
  t.Save(&w);
  std::string newer = w.Serialize(kTaggerComponent, kTaggerVersion + 1);
  std::string npath = TempPath("tagger-newer.ngm");
  { std::ofstream(npath, std::ios::binary) << newer; }
  Tagger n;
  Status s = n.LoadFile(npath);
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_NE(s.message().find("newer"), std::string::npos) << s.message();
  // A parser file is not a tagger file.
  ModelWriter pw;
  pw.PutU32(1);
  std::string ppath = TempPath("not-a-tagger.ngm");
  ASSERT_TRUE(pw.WriteFile(ppath, "parser", 1).ok());
  EXPECT_FALSE(n.LoadFile(ppath).ok());
  // Missing file.
  EXPECT_EQ(n.LoadFile(path + ".missing").code(), StatusCode::kNotFound);
  std::remove(path.c_str());
  std::remove(npath.c_str());
  std::remove(ppath.c_str());
}

TEST(TaggerTest, EmbedsWordClasses) {
  TaggerTrainOptions opts;
  opts.iterations = 8;
  opts.classes =
      WordClasses::FromPairs({"the", "minister", "said"}, {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
  auto c = Corpus();
  Tagger t = Tagger::Train(c, nullptr, opts);
  ASSERT_NE(t.classes(), nullptr);
  std::string path = TempPath("tagger-classes.ngm");
  ASSERT_TRUE(t.SaveFile(path).ok());
  Tagger back;
  ASSERT_TRUE(back.LoadFile(path).ok());
  ASSERT_NE(back.classes(), nullptr);
  EXPECT_EQ(back.classes()->size(), 3u);
  EXPECT_NE(back.classes()->Find("minister"), nullptr);
  EXPECT_EQ(back.Evaluate(c).upos, t.Evaluate(c).upos);
  EXPECT_GE(back.Evaluate(c).upos, 0.95);
  // Without classes the flag is 0 and nothing else is stored.
  Tagger plain = TrainTiny();
  EXPECT_EQ(plain.classes(), nullptr);
  std::remove(path.c_str());
}

TEST(TaggerTest, SecondPassTrainsAndRoundTrips) {
  TaggerTrainOptions opts;
  opts.iterations = 8;
  opts.second_pass_folds = 2;
  opts.fold_iterations = 4;
  opts.retag_fraction = 1.0;  // every word outside the tag dictionary
  auto c = Corpus();
  Tagger t = Tagger::Train(c, nullptr, opts);
  ASSERT_TRUE(t.has_second_pass());
  EXPECT_GE(t.Evaluate(c).upos, 0.95);
  std::string path = TempPath("tagger-two-pass.ngm");
  ASSERT_TRUE(t.SaveFile(path).ok());
  Tagger back;
  ASSERT_TRUE(back.LoadFile(path).ok());
  EXPECT_TRUE(back.has_second_pass());
  std::vector<int> a, b;
  for (const auto& s : c) {
    std::vector<std::string_view> words;
    for (const auto& w : s.words) words.push_back(w.form);
    t.Tag(words, &a);
    back.Tag(words, &b);
    EXPECT_EQ(a, b);
  }
  // Deterministic for a seed.
  Tagger again = Tagger::Train(c, nullptr, opts);
  ModelWriter w1, w2;
  t.Save(&w1);
  again.Save(&w2);
  EXPECT_EQ(w1.Serialize(kTaggerComponent, kTaggerVersion),
            w2.Serialize(kTaggerComponent, kTaggerVersion));
  // A one-pass model has no second pass after a round trip either.
  Tagger plain = TrainTiny();
  EXPECT_FALSE(plain.has_second_pass());
  std::remove(path.c_str());
}

// Tag() (first pass from the per-thread word cache) and TagUncached() (every feature
// looked up anew) give the same tags and word info: for every sentence of `sents`, and
// in a second round after the cache has seen them all.
void ExpectCachedEqualsUncached(const Tagger& t,
                                const std::vector<std::vector<std::string>>& sents) {
  std::vector<int> a, b;
  WordInfo ia, ib;
  for (int round = 0; round < 2; ++round) {
    for (size_t s = 0; s < sents.size(); ++s) {
      std::vector<std::string_view> words(sents[s].begin(), sents[s].end());
      t.Tag(words, &a, &ia);
      t.TagUncached(words, &b, &ib);
      ASSERT_EQ(a, b) << "sentence " << s << " round " << round;
      EXPECT_EQ(ia.ids, ib.ids);
      EXPECT_EQ(ia.cls1, ib.cls1);
      EXPECT_EQ(ia.cls2, ib.cls2);
    }
  }
}

// Random sentences over the corpus's words, unknown, capitalised, long (not cached)
// and non-ASCII words, with repeats.
std::vector<std::vector<std::string>> RandomSentences(const std::vector<ConlluSentence>& c,
                                                      size_t count, size_t max_len) {
  std::vector<std::string> vocab;
  for (const auto& s : c)
    for (const auto& w : s.words) vocab.push_back(w.form);
  for (const char* w : {"Zelenskyy", "caf\xc3\xa9", "MINISTER", "1,234", "re-elected", "",
                        "\xe2\x80\x99s", "x", "supercalifragilisticexpialidocious-ly-long-word"})
    vocab.push_back(w);
  std::mt19937_64 rng(7);
  std::vector<std::vector<std::string>> out(count);
  for (auto& s : out) {
    s.resize(1 + rng() % max_len);
    for (auto& w : s) w = vocab[rng() % vocab.size()];
  }
  return out;
}

TEST(TaggerTest, CachedTagEqualsUncached) {
  TaggerTrainOptions opts;
  opts.iterations = 8;
  opts.classes =
      WordClasses::FromPairs({"the", "minister", "said"}, {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
  opts.second_pass_folds = 2;
  opts.fold_iterations = 4;
  opts.retag_fraction = 0.5;
  auto c = Corpus();
  Tagger t = Tagger::Train(c, nullptr, opts);
  Tagger plain = TrainTiny();
  auto sents = RandomSentences(c, 300, 12);
  ExpectCachedEqualsUncached(t, sents);
  // No iterations: the model has no table (and no table id to key the cache by).
  TaggerTrainOptions none;
  none.iterations = 0;
  ExpectCachedEqualsUncached(Tagger::Train(c, nullptr, none), sents);
  // Two taggers in turn on one thread: each empties the other's cache entries.
  for (size_t i = 0; i < 20; ++i) {
    ExpectCachedEqualsUncached(plain, {sents[i]});
    ExpectCachedEqualsUncached(t, {sents[i]});
  }
  // A sentence longer than the cache holds, and many distinct words (the cache
  // empties when full).
  std::vector<std::vector<std::string>> big(1);
  for (int i = 0; i < 6000; ++i) big[0].push_back("w" + std::to_string(i % 5000));
  ExpectCachedEqualsUncached(t, big);
  std::vector<std::vector<std::string>> many;
  for (int i = 0; i < 1200; ++i)
    many.push_back({"The", "u" + std::to_string(i), "v" + std::to_string(i), "said", "."});
  ExpectCachedEqualsUncached(t, many);
}

// Tags of every sentence of c.
std::vector<std::vector<int>> TagAll(const Tagger& t, const std::vector<ConlluSentence>& c) {
  std::vector<std::vector<int>> out;
  for (const auto& s : c) {
    std::vector<std::string_view> words;
    for (const auto& w : s.words) words.push_back(w.form);
    out.emplace_back();
    t.Tag(words, &out.back());
  }
  return out;
}

TaggerTrainOptions TwoPassOptions(uint64_t seed) {
  TaggerTrainOptions opts;
  opts.iterations = 8;
  opts.seed = seed;
  opts.second_pass_folds = 2;
  opts.fold_iterations = 4;
  opts.retag_fraction = 0.5;
  return opts;
}

// The weight average of a model with itself is that model: same tags, same threshold
// (without a reference set, the members' mean; with one, the same share re-tagged).
TEST(TaggerTest, AverageOfCopiesTagsAsTheModel) {
  auto c = Corpus();
  Tagger t = Tagger::Train(c, nullptr, TwoPassOptions(1));
  ASSERT_TRUE(t.has_second_pass());
  Tagger avg;
  ASSERT_TRUE(Tagger::Average({&t, &t}, TaggerTrainOptions().max_weights, nullptr, -1, &avg).ok());
  EXPECT_TRUE(avg.has_second_pass());
  EXPECT_EQ(avg.num_weights(), t.num_weights());
  EXPECT_EQ(avg.num_second_pass_weights(), t.num_second_pass_weights());
  EXPECT_EQ(avg.retag_margin(), t.retag_margin());
  EXPECT_EQ(TagAll(avg, c), TagAll(t, c));
  Tagger again;
  ASSERT_TRUE(Tagger::Average({&t, &t}, TaggerTrainOptions().max_weights, &c, -1, &again).ok());
  EXPECT_EQ(again.RetagShare(c), t.RetagShare(c));
  EXPECT_EQ(TagAll(again, c), TagAll(t, c));
}

// Two seeds average into one model that still knows its training sentences, prunes to
// the budget and survives a file round trip.
TEST(TaggerTest, AverageOfSeedsRoundTrips) {
  auto c = Corpus();
  Tagger a = Tagger::Train(c, nullptr, TwoPassOptions(1));
  Tagger b = Tagger::Train(c, nullptr, TwoPassOptions(2));
  Tagger avg;
  ASSERT_TRUE(Tagger::Average({&a, &b}, TaggerTrainOptions().max_weights, &c, 0.5, &avg).ok());
  EXPECT_GE(avg.Evaluate(c).upos, 0.95);
  EXPECT_NEAR(avg.RetagShare(c), 0.5, 0.05);
  std::string path = TempPath("tagger-average.ngm");
  ASSERT_TRUE(avg.SaveFile(path).ok());
  Tagger back;
  ASSERT_TRUE(back.LoadFile(path).ok());
  EXPECT_EQ(back.retag_margin(), avg.retag_margin());
  EXPECT_EQ(TagAll(back, c), TagAll(avg, c));
  std::remove(path.c_str());
  Tagger small;
  ASSERT_TRUE(Tagger::Average({&a, &b}, 10, nullptr, -1, &small).ok());
  EXPECT_LE(small.num_weights(), 10u);
  EXPECT_LE(small.num_second_pass_weights(), 10u);
}

// Members must mean the same tags and share the tables kept from the first.
TEST(TaggerTest, AverageRefusesMismatchedMembers) {
  auto c = Corpus();
  Tagger t = Tagger::Train(c, nullptr, TwoPassOptions(1));
  Tagger out;
  EXPECT_EQ(Tagger::Average({}, 100, nullptr, -1, &out).code(), StatusCode::kInvalidArgument);
  // Another tag set: the sentences in another order number the tags otherwise.
  std::vector<ConlluSentence> reversed(c.rbegin(), c.rend());
  Tagger other = Tagger::Train(reversed, nullptr, TwoPassOptions(1));
  Status s = Tagger::Average({&t, &other}, 100, nullptr, -1, &out);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("tag set"), std::string::npos) << s.message();
  // Only one with a second pass.
  TaggerTrainOptions one_pass = TwoPassOptions(1);
  one_pass.second_pass_folds = 0;
  Tagger plain = Tagger::Train(c, nullptr, one_pass);
  EXPECT_FALSE(Tagger::Average({&t, &plain}, 100, nullptr, -1, &out).ok());
  // Same tags, other tables (embedded word classes).
  TaggerTrainOptions with_classes = TwoPassOptions(1);
  with_classes.classes = WordClasses::FromPairs({"the"}, {{1, 2, 3}});
  Tagger classed = Tagger::Train(c, nullptr, with_classes);
  s = Tagger::Average({&t, &classed}, 100, nullptr, -1, &out);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("tables"), std::string::npos) << s.message();
}

// The shipped model on UD EWT dev, when both are present (the real weights, whose
// cached row sums are the ones that matter).
TEST(TaggerTest, CachedTagEqualsUncachedOnShippedModel) {
  const std::string model = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/tagger.ngm";
  const std::string dev = "/work/shared/data/syntax/ud-ewt/dev.conllu";
  if (!std::filesystem::exists(model) || !std::filesystem::exists(dev))
    GTEST_SKIP() << "model or EWT dev not present";
  Tagger t;
  ASSERT_TRUE(t.LoadFile(model).ok());
  auto c = ReadConlluFile(dev);
  ASSERT_TRUE(c.ok());
  std::vector<std::vector<std::string>> sents;
  for (const auto& s : *c) {
    sents.emplace_back();
    for (const auto& w : s.words) sents.back().push_back(w.form);
  }
  ExpectCachedEqualsUncached(t, sents);
  ExpectCachedEqualsUncached(t, RandomSentences(*c, 2000, 40));
}

}  // namespace
}  // namespace newsgraph::syntax
