#include "quotes/filter.h"

#include <algorithm>
#include <string>

#include "quotes/token_at.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

int Bucket(int n) {
  if (n <= 3) return n;
  if (n <= 6) return 6;
  if (n <= 12) return 12;
  if (n <= 25) return 25;
  return 99;
}

// Mention type of the mention overlapping the span's last word, or "-".
std::string SourceType(const Document& doc, const Span& s, const MentionIndex& mentions) {
  const Mention* best = nullptr;
  for (uint32_t i : mentions.Overlapping(s))
    if (!best || doc.mentions[i].span.end > best->span.end) best = &doc.mentions[i];
  if (!best) return "-";
  static const char* kKinds[] = {"name", "title", "pron", "meto", "nom"};
  return best->type + "/" + kKinds[static_cast<int>(best->kind)];
}

class QuoteFeatures {
 public:
  QuoteFeatures(const Document& doc, const RawQuote& q, const MentionIndex& mentions)
      : doc_(doc), q_(q), mentions_(mentions) {}

  FeatureVec Build(float cue_p) {
    Add("bias");
    int c = TokenAtOrAfter(doc_, q_.cue_word->begin);
    bool syn = c >= 0 && doc_.syntax.size() == doc_.tokens.size();
    std::string w = syntax::LowerAscii(doc_.Surface(*q_.cue_word));
    std::string lemma = syn && !doc_.syntax[c].lemma.empty() ? doc_.syntax[c].lemma : w;
    std::string p = std::to_string(std::min(10, static_cast<int>(cue_p * 20)));
    std::string kind = q_.kind;
    Add("w=" + w);
    Add("l=" + lemma);
    Add("p=" + p);
    Add("k=" + kind);
    Add("k|p=" + kind + "|" + p);
    Add("cue=" + syntax::LowerAscii(doc_.Surface(*q_.cue)));
    bool after = q_.content.begin >= q_.cue->end;
    Add("pos=" + std::string(after ? "after" : "before") + "|" + kind);
    if (syn) AddSyntax(c, lemma, p);
    std::string st = q_.source ? SourceType(doc_, *q_.source, mentions_) : "none";
    Add("st=" + st);
    Add("st|l=" + st + "|" + lemma);
    Add("st|p=" + st + "|" + p);
    int words = 0;
    for (uint32_t i = q_.content.begin; i < q_.content.end; ++i) words += doc_.text()[i] == ' ';
    Add("len=" + std::to_string(Bucket(words + 1)) + "|" + kind);
    int k = TokenAtOrAfter(doc_, q_.content.begin);
    if (k >= 0) {
      Add("fw=" + syntax::LowerAscii(doc_.Surface(doc_.tokens[k].span)));
      if (syn) Add("fp=" + doc_.syntax[k].upos + "|" + (after ? "a" : "b"));
    }
    Add("partials=" + std::to_string(std::min<size_t>(q_.partials.size(), 2)));
    if (q_.FromParse()) {
      Add("frame");
      Add("frame|l=" + lemma);
      Add("frame|p=" + p);
      Add("frame|st=" + st);
    }
    return std::move(v_);
  }

 private:
  void AddSyntax(int c, const std::string& lemma, const std::string& p) {
    const TokenSyntax& s = doc_.syntax[c];
    Add("up=" + s.upos);
    Add("dr=" + s.deprel);
    Add("l|dr=" + lemma + "|" + s.deprel);
    Add("up|p=" + s.upos + "|" + p);
    bool comp = false, subj = false, obj = false, that = false;
    int n = static_cast<int>(doc_.syntax.size());
    for (int t = std::max(0, c - 40); t < std::min(n, c + 40); ++t) {
      if (doc_.syntax[t].head != c) continue;
      const std::string& r = doc_.syntax[t].deprel;
      if (r == "ccomp" || r == "xcomp" || r == "parataxis") comp = true;
      if (r.rfind("nsubj", 0) == 0) subj = true;
      if (r == "obj" || r == "iobj") obj = true;
    }
    if (c + 1 < n) that = syntax::LowerAscii(doc_.Surface(doc_.tokens[c + 1].span)) == "that";
    Add("comp=" + std::to_string(comp) + "|" + p);
    Add("subj=" + std::to_string(subj) + std::to_string(obj) + std::to_string(comp));
    Add("l|comp=" + lemma + "|" + std::to_string(comp));
    Add("that=" + std::to_string(that));
    if (c > 0) Add("pw=" + syntax::LowerAscii(doc_.Surface(doc_.tokens[c - 1].span)));
    if (c + 1 < n)
      Add("nw=" + syntax::LowerAscii(doc_.Surface(doc_.tokens[c + 1].span)) + "|" + lemma);
    if (c + 1 < n) Add("np=" + doc_.syntax[c + 1].upos);
    int h = s.head;
    Add("hp=" + (h >= 0 && h < n ? doc_.syntax[h].upos : std::string("root")) + "|" + s.deprel);
  }

  void Add(const std::string& f) { v_.push_back(FeatureKey("F:" + f)); }

  const Document& doc_;
  const RawQuote& q_;
  const MentionIndex& mentions_;
  FeatureVec v_;
};

}  // namespace

bool Filterable(const RawQuote& q) { return q.kind != "direct" && q.cue && q.cue_word; }

std::vector<FeatureVec> FilterCandidates(const Document& doc, const RawQuote& q, float cue_p,
                                         const MentionIndex& mentions) {
  std::vector<FeatureVec> out(2);
  out[0] = QuoteFeatures(doc, q, mentions).Build(cue_p);
  out[1] = {FeatureKey("F:drop")};
  return out;
}

float CueProbability(const Document& doc, const CueScorer& scorer, const ExtractOptions& options,
                     const RawQuote& q) {
  if (!q.cue_word) return 0;
  return scorer.LearnedP(syntax::LowerAscii(doc.Surface(*q.cue_word)), options);
}

void FilterQuotes(const Document& doc, const CueScorer& scorer, const ExtractOptions& options,
                  const Ranker& filter, float margin, std::vector<RawQuote>* quotes) {
  std::vector<RawQuote> kept;
  kept.reserve(quotes->size());
  const MentionIndex mentions(doc);
  for (RawQuote& q : *quotes) {
    if (Filterable(q)) {
      auto c = FilterCandidates(doc, q, CueProbability(doc, scorer, options, q), mentions);
      if (filter.Score(c[1]) - filter.Score(c[0]) > margin) continue;
    }
    kept.push_back(std::move(q));
  }
  *quotes = std::move(kept);
}

}  // namespace newsgraph::quotes
