// SyntaxModel: the tagger and the parser of src/syntax applied to every
// sentence of a Document, in chunks of at most max_sentence_tokens tokens.
#include "syntax/syntax.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace newsgraph::syntax {
namespace {

class TrainedSyntaxModel final : public SyntaxModel {
 public:
  TrainedSyntaxModel(Tagger tagger, Parser parser, size_t max_chunk)
      : tagger_(std::move(tagger)), parser_(std::move(parser)), max_chunk_(max_chunk) {}

  Status Annotate(Document* doc) const override {
    doc->syntax.assign(doc->tokens.size(), TokenSyntax());
    std::vector<std::string_view> words;
    std::vector<int> tags, heads, labels;
    ParserInput input;
    for (const Sentence& sent : doc->sentences) {
      uint32_t end = std::min<uint32_t>(sent.token_end, doc->tokens.size());
      for (uint32_t b = sent.token_begin; b < end; b += max_chunk_) {
        uint32_t e = static_cast<uint32_t>(std::min<size_t>(end, b + max_chunk_));
        words.clear();
        for (uint32_t i = b; i < e; ++i) words.push_back(doc->Surface(doc->tokens[i].span));
        TagForParser(tagger_, words, &tags, &input);
        parser_.Parse(input, &heads, &labels);
        for (uint32_t i = b; i < e; ++i) {
          TokenSyntax& ts = doc->syntax[i];
          int k = static_cast<int>(i - b);
          ts.upos = tagger_.Upos(tags[k]);
          ts.xpos = tagger_.Xpos(tags[k]);
          ts.lemma = tagger_.Lemma(words[k], tags[k]);
          ts.head = heads[k] == 0 ? -1 : static_cast<int32_t>(b) + heads[k] - 1;
          ts.deprel = parser_.Label(labels[k]);
        }
      }
    }
    return Status::Ok();
  }

 private:
  Tagger tagger_;
  Parser parser_;
  size_t max_chunk_;
};

}  // namespace

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::Load(const PipelineOptions& options) {
  Tagger tagger;
  Parser parser;
  NG_RETURN_IF_ERROR(tagger.LoadFile(options.model_dir + "/tagger.ngm"));
  NG_RETURN_IF_ERROR(parser.LoadFile(options.model_dir + "/parser.ngm"));
  size_t chunk = std::clamp<size_t>(options.max_sentence_tokens, 1, 100000);
  return std::shared_ptr<const SyntaxModel>(
      std::make_shared<TrainedSyntaxModel>(std::move(tagger), std::move(parser), chunk));
}

}  // namespace newsgraph::syntax
