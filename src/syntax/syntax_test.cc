#include "syntax/syntax.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/test_corpus.h"

namespace newsgraph::syntax {
namespace {

// Writes tiny models into a fresh directory once per test binary.
const std::string& TinyModelDir() {
  static const std::string* dir = [] {
    auto* d =
        new std::string(::testing::TempDir() + "/ng-syntax-models-" + std::to_string(::getpid()));
    std::filesystem::create_directories(*d);
    std::istringstream in(kTinyCorpus);
    auto c = ReadConllu(in);
    TaggerTrainOptions topts;
    topts.iterations = 6;
    Tagger t = Tagger::Train(*c, nullptr, topts);
    ParserTrainOptions popts;
    popts.iterations = 6;
    Parser p = Parser::Train(*c, nullptr, t, popts);
    EXPECT_TRUE(t.SaveFile(*d + "/tagger.ngm").ok());
    EXPECT_TRUE(p.SaveFile(*d + "/parser.ngm").ok());
    return d;
  }();
  return *dir;
}

// A document whose tokens are the space-separated words of text, in sentences
// of `per_sentence` tokens.
Document MakeDoc(const std::string& text, size_t per_sentence) {
  Document doc(text, ArticleMeta());
  uint32_t i = 0, n = static_cast<uint32_t>(text.size());
  while (i < n) {
    while (i < n && text[i] == ' ') ++i;
    if (i >= n) break;
    uint32_t b = i;
    while (i < n && text[i] != ' ') ++i;
    doc.tokens.push_back({{b, i}, TokenKind::kWord, true});
  }
  for (uint32_t b = 0; b < doc.tokens.size(); b += per_sentence) {
    uint32_t e = std::min<uint32_t>(doc.tokens.size(), b + per_sentence);
    doc.sentences.push_back({{doc.tokens[b].span.begin, doc.tokens[e - 1].span.end}, b, e, 0});
  }
  if (!doc.tokens.empty()) doc.paragraphs.push_back({0, n});
  return doc;
}

TEST(SyntaxModelTest, MissingModelIsNotFoundNamingThePath) {
  PipelineOptions opts;
  opts.model_dir = "/nonexistent/ng-models";
  auto m = SyntaxModel::Load(opts);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
  EXPECT_NE(m.status().message().find("/nonexistent/ng-models/tagger.ngm"), std::string::npos);
}

TEST(SyntaxModelTest, AnnotatesEveryTokenWithDocumentHeads) {
  PipelineOptions opts;
  opts.model_dir = TinyModelDir();
  auto m = SyntaxModel::Load(opts);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  Document doc = MakeDoc("The minister said talks failed . She was elected by voters .", 6);
  ASSERT_TRUE((*m)->Annotate(&doc).ok());
  ASSERT_EQ(doc.syntax.size(), doc.tokens.size());
  EXPECT_EQ(doc.syntax[2].upos, "VERB");
  EXPECT_EQ(doc.syntax[2].lemma, "say");
  EXPECT_EQ(doc.syntax[2].head, -1);
  EXPECT_EQ(doc.syntax[1].head, 2);  // minister <- said
  EXPECT_EQ(doc.syntax[1].deprel, "nsubj");
  // Second sentence: heads are document indices within that sentence.
  EXPECT_EQ(doc.syntax[6].head, 8);
  EXPECT_EQ(doc.syntax[6].deprel, "nsubj:pass");
  EXPECT_TRUE(CheckSpans(doc).ok());
}

TEST(SyntaxModelTest, LongGarbageSentencesAreChunkedAndBounded) {
  PipelineOptions opts;
  opts.model_dir = TinyModelDir();
  opts.max_sentence_tokens = 400;
  auto m = SyntaxModel::Load(opts);
  ASSERT_TRUE(m.ok());
  std::string text;
  for (int i = 0; i < 10000; ++i) text += i % 3 ? "!! " : ", ";
  Document doc = MakeDoc(text, 10000);
  ASSERT_EQ(doc.tokens.size(), 10000u);
  ASSERT_TRUE((*m)->Annotate(&doc).ok());
  ASSERT_EQ(doc.syntax.size(), 10000u);
  int roots = 0;
  for (size_t i = 0; i < doc.syntax.size(); ++i) {
    const TokenSyntax& s = doc.syntax[i];
    roots += s.head < 0;
    if (s.head >= 0) {
      // The head lies in the same chunk of 400 tokens.
      EXPECT_EQ(static_cast<size_t>(s.head) / 400, i / 400);
    }
  }
  EXPECT_EQ(roots, 25);  // one per chunk
}

TEST(SyntaxModelTest, EmptyDocument) {
  PipelineOptions opts;
  opts.model_dir = TinyModelDir();
  auto m = SyntaxModel::Load(opts);
  ASSERT_TRUE(m.ok());
  Document doc = MakeDoc("", 10);
  ASSERT_TRUE((*m)->Annotate(&doc).ok());
  EXPECT_TRUE(doc.syntax.empty());
}

}  // namespace
}  // namespace newsgraph::syntax
