// The quote stage: rules over the raw text (extract.h), a learned cue
// lexicon when models/quotes.ngm exists (model.h), and speaker resolution
// through the entities layer (resolve.h).
#include "quotes/quotes.h"

#include <algorithm>
#include <filesystem>

#include "quotes/extract.h"
#include "quotes/model.h"
#include "quotes/refine.h"
#include "quotes/resolve.h"

namespace newsgraph::quotes {
namespace {

uint32_t SentenceOf(const Document& doc, uint32_t byte) {
  const auto& s = doc.sentences;
  auto it = std::upper_bound(s.begin(), s.end(), byte,
                             [](uint32_t b, const Sentence& x) { return b < x.span.begin; });
  if (it == s.begin()) return 0;
  return static_cast<uint32_t>(it - s.begin() - 1);
}

// Lemma of the cue from the syntax layer when present, else the lexicon's.
std::string CueLemma(const Document& doc, const RawQuote& r) {
  if (!r.cue || doc.syntax.size() != doc.tokens.size() ||
      r.cue_lemma.find(' ') != std::string::npos)
    return r.cue_lemma;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Span& t = doc.tokens[i].span;
    if (t.begin >= r.cue->end) break;
    if (t.end == r.cue->end && !doc.syntax[i].lemma.empty()) return doc.syntax[i].lemma;
  }
  return r.cue_lemma;
}

NonVerbOffsets NonVerbs(const Document& doc) {
  NonVerbOffsets out;
  if (doc.syntax.size() != doc.tokens.size()) return out;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const std::string& u = doc.syntax[i].upos;
    if (u == "NOUN" || u == "PROPN" || u == "ADJ" || u == "ADP" || u == "DET" || u == "PRON" ||
        u == "NUM" || u == "ADV" || u == "CCONJ" || u == "SCONJ" || u == "PART" || u == "INTJ" ||
        u == "PUNCT" || u == "SYM")
      out.push_back(doc.tokens[i].span.begin);
  }
  std::sort(out.begin(), out.end());
  return out;
}

ClausalVerbOffsets ClausalVerbs(const Document& doc) {
  ClausalVerbOffsets out;
  if (doc.syntax.size() != doc.tokens.size()) return out;
  for (size_t i = 0; i < doc.syntax.size(); ++i) {
    const TokenSyntax& s = doc.syntax[i];
    if ((s.deprel == "ccomp" || s.deprel == "xcomp") && s.head >= 0 &&
        static_cast<size_t>(s.head) < i && doc.syntax[s.head].upos == "VERB")
      out.push_back(doc.tokens[s.head].span.begin);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

class RuleQuoteModel final : public QuoteModel {
 public:
  RuleQuoteModel(CueScorer scorer, ExtractOptions options)
      : scorer_(std::move(scorer)), options_(options) {}

  Status Annotate(Document* doc) const override {
    doc->quotes.clear();
    std::vector<RawQuote> raw =
        Extract(doc->text(), scorer_, options_, NonVerbs(*doc), ClausalVerbs(*doc));
    SubtreeEdges edges = ComputeEdges(*doc);
    for (RawQuote& r : raw) {
      if (r.kind != "direct") RefineReported(*doc, edges, &r);
      RefineSource(*doc, edges, &r);
    }
    std::vector<std::optional<Span>> addressees;
    doc->quotes.reserve(raw.size());
    for (RawQuote& r : raw) {
      Quote q;
      q.id = "q" + std::to_string(doc->quotes.size() + 1);
      q.kind = r.kind;
      q.content = r.content;
      q.cue = r.cue;
      q.cue_lemma = CueLemma(*doc, r);
      q.source = r.source;
      q.partials = std::move(r.partials);
      q.sentence = SentenceOf(*doc, r.content.begin);
      addressees.push_back(r.addressee);
      doc->quotes.push_back(std::move(q));
    }
    ResolveSpeakers(doc, addressees);
    return Status::Ok();
  }

 private:
  CueScorer scorer_;
  ExtractOptions options_;
};

}  // namespace

Result<std::shared_ptr<const QuoteModel>> QuoteModel::Load(const PipelineOptions& options) {
  ExtractOptions eo;
  CueScorer scorer;
  std::string path = (std::filesystem::path(options.model_dir) / "quotes.ngm").string();
  std::error_code ec;
  if (!options.model_dir.empty() && std::filesystem::exists(path, ec)) {
    Result<CueModel> m = LoadCueModel(path);
    if (!m.ok()) return m.status();
    eo.min_cue_score = m->min_cue_score;
    scorer = CueScorer(std::move(m->cues));
  }
  return std::shared_ptr<const QuoteModel>(std::make_shared<RuleQuoteModel>(std::move(scorer), eo));
}

}  // namespace newsgraph::quotes
