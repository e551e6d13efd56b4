// `newsgraph tag`: POS tags, lemmas and dependency trees.
//   --format conllu  CoNLL-U with gold tokenisation on stdin, written back with
//                    predicted LEMMA, UPOS, XPOS, HEAD and DEPREL;
//   --format text    raw text on stdin, tokenised by text::Segment, as CoNLL-U.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "newsgraph/pipeline.h"
#include "syntax/conllu.h"
#include "syntax/parser.h"
#include "syntax/syntax.h"
#include "syntax/tagger.h"
#include "text/segment.h"

namespace newsgraph::cli {
namespace {

int Fail(const char* prog, const Status& s) {
  std::fprintf(stderr, "%s: %s\n", prog, s.ToString().c_str());
  return 1;
}

bool Write(const std::string& s) {
  return std::fwrite(s.data(), 1, s.size(), stdout) == s.size();
}

int TagConllu(const char* prog, const std::string& model_dir) {
  syntax::Tagger tagger;
  syntax::Parser parser;
  Status st = tagger.LoadFile(model_dir + "/tagger.ngm");
  if (st.ok()) st = parser.LoadFile(model_dir + "/parser.ngm");
  if (!st.ok()) return Fail(prog, st);
  auto sents = syntax::ReadConllu(std::cin);
  if (!sents.ok()) return Fail(prog, sents.status());
  std::vector<std::string_view> words;
  std::vector<int> tags, heads, labels;
  syntax::ParserInput input;
  std::vector<syntax::ConlluWord> pred;
  for (const syntax::ConlluSentence& s : *sents) {
    words.clear();
    for (const auto& w : s.words) words.push_back(w.form);
    syntax::TagForParser(tagger, words, &tags, &input);
    parser.Parse(input, &heads, &labels);
    pred.assign(words.size(), {});
    for (size_t i = 0; i < words.size(); ++i) {
      pred[i].upos = tagger.Upos(tags[i]);
      pred[i].xpos = tagger.Xpos(tags[i]);
      pred[i].lemma = tagger.Lemma(words[i], tags[i]);
      pred[i].head = heads[i];
      pred[i].deprel = parser.Label(labels[i]);
    }
    if (!Write(syntax::WriteConllu(s, pred))) return Fail(prog, Status::IoError("write failed"));
  }
  return std::fflush(stdout) == 0 ? 0 : 1;
}

std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out.empty() ? "_" : out;
}

int TagText(const char* prog, const PipelineOptions& options) {
  std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  if (text.size() > options.max_article_bytes)
    return Fail(prog, Status::ResourceExhausted("input exceeds --max-bytes"));
  auto model = syntax::SyntaxModel::Load(options);
  if (!model.ok()) return Fail(prog, model.status());
  Document doc(std::move(text), ArticleMeta());
  Status st = text::Segment(text::SegmentOptions(), &doc);
  if (st.ok()) st = (*model)->Annotate(&doc);
  if (!st.ok()) return Fail(prog, st);
  std::string out;
  for (const Sentence& sent : doc.sentences) {
    out += "# text = " + Clean(doc.Surface(sent.span)) + "\n";
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      const Token& tok = doc.tokens[i];
      const TokenSyntax& ts = doc.syntax[i];
      int head = ts.head < 0 ? 0 : ts.head - static_cast<int>(sent.token_begin) + 1;
      out += std::to_string(i - sent.token_begin + 1) + "\t" + Clean(doc.Surface(tok.span)) +
             "\t" + Clean(ts.lemma) + "\t" + Clean(ts.upos) + "\t" + Clean(ts.xpos) + "\t_\t" +
             std::to_string(head) + "\t" + Clean(ts.deprel) + "\t_\t" +
             (tok.space_after ? "_" : "SpaceAfter=No") + "\n";
    }
    out += "\n";
    if (out.size() > (1u << 20)) {
      if (!Write(out)) return Fail(prog, Status::IoError("write failed"));
      out.clear();
    }
  }
  if (!Write(out)) return Fail(prog, Status::IoError("write failed"));
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace

int RunTag(int argc, char** argv) {
  CLI::App app("Tags and parses: CoNLL-U (gold tokens) or raw text on stdin, CoNLL-U out.",
               argv[0]);
  std::string format = "conllu";
  PipelineOptions options;
  app.add_option("--format", format, "conllu (gold tokens) or text")
      ->check(CLI::IsMember({"conllu", "text"}));
  app.add_option("--models", options.model_dir, "model directory");
  app.add_option("--max-bytes", options.max_article_bytes, "largest text input (text format)");
  CLI11_PARSE(app, argc, argv);
  if (options.model_dir.empty()) options.model_dir = DefaultModelDir();
  if (format == "conllu") return TagConllu(argv[0], options.model_dir);
  return TagText(argv[0], options);
}

}  // namespace newsgraph::cli
