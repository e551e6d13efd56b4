#include "syntax/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

#include "syntax/test_corpus.h"

namespace newsgraph::syntax {
namespace {

TEST(ConlluTest, ReadsSentencesWordsAndText) {
  std::istringstream in(kTinyCorpus);
  auto r = ReadConllu(in);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 4u);
  const ConlluSentence& s = (*r)[1];
  EXPECT_EQ(s.text, "Officials met the envoy on Friday .");
  ASSERT_EQ(s.words.size(), 7u);
  EXPECT_EQ(s.words[5].form, "Friday");
  EXPECT_EQ(s.words[5].deprel, "obl:tmod");
  EXPECT_EQ(s.words[5].head, 2);
  EXPECT_EQ(s.words[1].head, 0);
}

TEST(ConlluTest, SkipsMultiwordTokensAndEmptyNodes) {
  std::istringstream in(
      "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
      "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
      "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t_\t_\n\n");
  auto r = ReadConllu(in);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].words.size(), 3u);
  std::vector<ConlluWord> pred(3);
  for (auto& p : pred) p = {"x", "lem", "X", "XX", 0, "dep"};
  std::string out = WriteConllu((*r)[0], pred);
  EXPECT_NE(out.find("1-2\tdon't"), std::string::npos);
  EXPECT_NE(out.find("2\tn't\tlem\tX\tXX\t_\t0\tdep\t_\t_\n"), std::string::npos);
  EXPECT_NE(out.find("3.1\tgo"), std::string::npos);
}

TEST(ConlluTest, RejectsMalformedLines) {
  std::istringstream a("1\tonly\tthree\n\n");
  EXPECT_EQ(ReadConllu(a).status().code(), StatusCode::kInvalidArgument);
  std::istringstream b("2\tx\tx\tX\tX\t_\t0\troot\t_\t_\n\n");  // ids must start at 1
  EXPECT_FALSE(ReadConllu(b).ok());
  std::istringstream c("1\tx\tx\tX\tX\t_\t7\troot\t_\t_\n\n");  // head beyond sentence
  EXPECT_FALSE(ReadConllu(c).ok());
  std::istringstream d("1\tx\tx\tX\tX\t_\tabc\troot\t_\t_\n\n");
  EXPECT_FALSE(ReadConllu(d).ok());
}

TEST(ConlluTest, BoundsSentenceLength) {
  std::string big;
  for (int i = 1; i <= 50; ++i) big += std::to_string(i) + "\tw\tw\tX\tX\t_\t0\troot\t_\t_\n";
  std::istringstream in(big);
  ConlluOptions opts;
  opts.max_words_per_sentence = 10;
  EXPECT_EQ(ReadConllu(in, opts).status().code(), StatusCode::kResourceExhausted);
}

}  // namespace
}  // namespace newsgraph::syntax
