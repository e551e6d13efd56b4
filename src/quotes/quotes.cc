// The quote stage: rules over the raw text and the parse (rules.h), a learned
// cue lexicon and content span rankers when models/quotes.ngm exists (model.h,
// span_model.h), and speaker resolution through the entities layer
// (resolve.h).
#include "quotes/quotes.h"

#include <algorithm>
#include <filesystem>

#include "quotes/contained.h"
#include "quotes/conventions.h"
#include "quotes/cue_tagger.h"
#include "quotes/extract.h"
#include "quotes/filter.h"
#include "quotes/frames.h"
#include "quotes/headline.h"
#include "quotes/lexicon.h"
#include "quotes/model.h"
#include "quotes/outer.h"
#include "quotes/polls.h"
#include "quotes/refine.h"
#include "quotes/resolve.h"
#include "quotes/rules.h"
#include "quotes/span_model.h"
#include "quotes/split_model.h"
#include "quotes/token_at.h"
#include "quotes/tweets.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

uint32_t SentenceOf(const Document& doc, uint32_t byte) {
  const auto& s = doc.sentences;
  auto it = std::upper_bound(s.begin(), s.end(), byte,
                             [](uint32_t b, const Sentence& x) { return b < x.span.begin; });
  if (it == s.begin()) return 0;
  return static_cast<uint32_t>(it - s.begin() - 1);
}

// True when the parse has no noun, proper noun, pronoun or number inside
// span, or opens it with a preposition, and no entity mention overlaps it:
// such a source ("sure", "sometimes", "of the museum") names nobody. False
// without a syntax layer.
bool NamesNobody(const Document& doc, const Span& span) {
  if (doc.syntax.size() != doc.tokens.size()) return false;
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                             [](const Token& t, uint32_t b) { return t.span.begin < b; });
  bool any = false;
  for (; it != doc.tokens.end() && it->span.end <= span.end; ++it) {
    const std::string& u = doc.syntax[it - doc.tokens.begin()].upos;
    if (!any && u == "ADP") return true;
    any = true;
    if (u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM" || u == "X") return false;
  }
  if (!any) return false;
  // The tagger may miss a name ("Lavrov last week accused"): an entity
  // mention inside the span is somebody.
  for (const Mention& m : doc.mentions)
    if (m.span.Overlaps(span)) return false;
  return true;
}

// A sentence of page furniture that scrapers leave in article text: photo-gallery captions,
// video players, newsletter sign-up boxes. Its words are nobody's speech.
bool IsPageFurniture(std::string_view sentence) {
  static constexpr std::string_view kMarks[] = {
      "Hide Caption",           "Replay More Videos",   "JUST WATCHED",
      "MUST WATCH",             "Thank you for subscribing", "opt-out at any time",
      "occasional updates and special offers", "An error has occurred",
      "Sign up for our",        "Click here to"};
  for (std::string_view m : kMarks)
    if (sentence.find(m) != std::string_view::npos) return true;
  return false;
}

// The token of the cue verb of r when it heads an adverbial clause of time, cause or
// condition whose main clause r's content covers ("Shortly before Obama spoke, members of
// the caucus huddled ...", "While some Democrats said the remarks were wrong, Omar said
// ..."), else -1. "As" and "like" clauses frame their main clause ("As Trump put it, ...").
int SubordinateCue(const Document& doc, const RawQuote& r) {
  if (r.kind == "direct" || !r.cue_word || doc.syntax.size() != doc.tokens.size()) return -1;
  const int t = TokenStartingAt(doc, r.cue_word->begin);
  if (t < 0 || doc.syntax[t].deprel != "advcl" || doc.syntax[t].head < 0) return -1;
  if (!r.content.Contains(doc.tokens[doc.syntax[t].head].span)) return -1;
  bool subordinate = false;
  for (int c = std::max(0, t - 12); c < t; ++c) {
    if (doc.syntax[c].head != t || doc.syntax[c].deprel != "mark") continue;
    const std::string w = syntax::LowerAscii(doc.Surface(doc.tokens[c].span));
    if (w == "as" || w == "like") return -1;  // "If, as I've suggested, ..."
    subordinate |= IsSubordinator(w);
  }
  return subordinate ? t : -1;
}

// A quote whose cue sits in an adverbial clause (SubordinateCue) keeps the part of its
// content up to the clause's comma ("some Democrats said [the remarks were wrong], Omar
// ..."; "While [the Republican seemed to confirm critiques], ..."; the parse often hangs the
// main clause inside the reported one). A content after that comma ("Shortly before Obama
// spoke, [members ... huddled]") is the main clause: no quote (false).
bool KeepToSubordinateClause(const Document& doc, RawQuote* r) {
  if (SubordinateCue(doc, *r) < 0) return true;
  const std::string_view text = doc.text();
  const size_t comma = text.find(", ", r->cue_word->end);
  if (comma != std::string_view::npos && comma <= r->content.begin &&
      r->content.begin >= r->cue_word->end)
    return false;
  if (comma == std::string_view::npos || comma >= r->content.end) return true;
  r->content.end = static_cast<uint32_t>(comma);
  std::erase_if(r->partials, [&](const Span& p) { return !r->content.Contains(p); });
  return true;
}

// KeepToSubordinateClause over every quote, in order.
void CutToSubordinateClauses(const Document& doc, std::vector<RawQuote>* quotes) {
  std::vector<RawQuote> kept;
  kept.reserve(quotes->size());
  for (RawQuote& r : *quotes)
    if (KeepToSubordinateClause(doc, &r)) kept.push_back(std::move(r));
  *quotes = std::move(kept);
}

// A verb that hands its meaning to the verb of its "to" clause inside a cue
// ("went on to say", "would like to see", "attempting to explain", "used to
// drive"): the conventions' catenative cues and a few more.
bool PassesMeaningOn(std::string_view lemma) {
  static constexpr std::string_view kMore[] = {"go", "attempt", "begin", "start", "like", "use"};
  return IsCatenativeCue(lemma) ||
         std::find(std::begin(kMore), std::end(kMore), lemma) != std::end(kMore);
}

// A verb whose object noun names the act in a cue ("raising questions", "made
// claims", "issued a statement").
bool IsLightVerb(std::string_view lemma) {
  static constexpr std::string_view kLight[] = {"make", "raise", "issue", "give"};
  return std::find(std::begin(kLight), std::end(kLight), lemma) != std::end(kLight);
}

// Lemma of the cue from the syntax layer when present, else the lexicon's: the lemma of the
// cue's head word, a verb of the cue whose head lies outside it ("said:" -> say, "talked
// about" -> talk, "has long argued" -> argue; the verb of its "to" clause after "went on to
// say", the object of a light verb in "raised questions"), else its first word with an outside
// head, else its last word. Multi-word lexicon lemmas ("call for", "according to") stay.
std::string CueLemma(const Document& doc, const RawQuote& r) {
  if (!r.cue || doc.syntax.size() != doc.tokens.size() ||
      r.cue_lemma.find(' ') != std::string::npos)
    return r.cue_lemma;
  std::vector<int> words;  // the cue's tokens, punctuation left out
  const int first = TokenAtOrAfter(doc, r.cue->begin);
  for (size_t i = first < 0 ? doc.tokens.size() : static_cast<size_t>(first);
       i < doc.tokens.size() && doc.tokens[i].span.begin < r.cue->end; ++i)
    if (doc.tokens[i].span.begin >= r.cue->begin && doc.syntax[i].upos != "PUNCT" &&
        !doc.syntax[i].lemma.empty())
      words.push_back(static_cast<int>(i));
  if (words.empty()) return r.cue_lemma;
  auto inside = [&](int h) { return h >= 0 && r.cue->Contains(doc.tokens[h].span); };
  int outside = -1, verb = -1;
  for (int i : words) {
    if (inside(doc.syntax[i].head)) continue;
    if (outside < 0) outside = i;
    if (verb < 0 && doc.syntax[i].upos == "VERB") verb = i;
  }
  int pick = verb >= 0 ? verb : outside >= 0 ? outside : words.back();
  for (int i : words) {
    const TokenSyntax& s = doc.syntax[i];
    if (i > pick && s.head == pick &&
        ((s.deprel == "xcomp" && s.upos == "VERB" && PassesMeaningOn(doc.syntax[pick].lemma)) ||
         (s.deprel == "obj" && s.upos == "NOUN" && IsLightVerb(doc.syntax[pick].lemma))))
      pick = i;
  }
  return doc.syntax[pick].lemma;
}

// A cue that is only a form of "be" ("Trading isn't really free", "courts aren't supposed
// to"): a copula states, it reports no one's words or thoughts (PolNeAR: 5 such cues among
// ~10,000; on news, almost all such quotes were wrong).
bool BareCopulaCue(std::string_view cue) {
  static constexpr std::string_view kForms[] = {"is",   "are", "was", "were",         "be",
                                                "been", "am",  "'s",  "\xE2\x80\x99s"};
  std::string low = syntax::LowerAscii(cue);
  while (!low.empty() && (low.back() == ' ' || low.back() == ',' || low.back() == ':'))
    low.pop_back();
  for (std::string_view neg : {"n't", "n\xE2\x80\x99t"})  // isn't, wasn't
    if (low.size() > neg.size() && low.ends_with(neg)) low.resize(low.size() - neg.size());
  return std::find(std::begin(kForms), std::end(kForms), low) != std::end(kForms);
}

class RuleQuoteModel final : public QuoteModel {
 public:
  RuleQuoteModel(CueScorer scorer, ExtractOptions options, CueModel learned)
      : scorer_(std::move(scorer)),
        options_(options),
        spans_(std::move(learned.spans)),
        filter_(std::move(learned.filter)),
        filter_margin_(learned.filter_margin),
        frame_score_(learned.frame_cue_score),
        tagger_(std::move(learned.tagger)),
        split_(std::move(learned.split)) {}

  Status Annotate(Document* doc) const override {
    doc->quotes.clear();
    SubtreeEdges edges = ComputeEdges(*doc);
    std::vector<RawQuote> raw = RuleQuotes(*doc, scorer_, options_, edges);
    if (!filter_.empty()) {
      AddParseFrames(*doc, scorer_, options_, frame_score_, edges, &raw);
      std::vector<CueCandidate> tagged;
      if (!tagger_.empty()) tagged = CueCandidates(*doc, edges, scorer_, options_, raw);
      FilterQuotes(*doc, scorer_, options_, filter_, filter_margin_, &raw);
      AddTaggedQuotes(*doc, options_, tagger_, tagged, &raw);
    }
    LiftToSpeechVerb(*doc, edges, scorer_, &raw);
    RefineQuotes(*doc, edges, spans_, &raw);
    SplitQuotes(*doc, edges, split_, &raw);
    ApplyCueConventions(*doc, edges, &raw);
    CutToSubordinateClauses(*doc, &raw);
    AddTweetQuotes(doc->text(), &raw);
    DropContainedQuotes(&raw);
    DropDirectInsideMixed(&raw);
    AddPollLeads(*doc, &raw);
    AddHeadlineAttribution(*doc, &raw);
    TakeClauseAfterMiddleAttribution(*doc, &raw);
    JoinQuoteAfterAttribution(*doc, &raw);
    std::vector<std::optional<Span>> addressees;
    doc->quotes.reserve(raw.size());
    for (RawQuote& r : raw) {
      const uint32_t si = SentenceOf(*doc, r.content.begin);
      if (si < doc->sentences.size() && IsPageFurniture(doc->Surface(doc->sentences[si].span)))
        continue;
      if (r.cue && BareCopulaCue(doc->Surface(*r.cue))) continue;
      Quote q;
      q.id.assign(1, 'q');  // not "q" + ... (a GCC 12 -Wrestrict false positive)
      q.id += std::to_string(doc->quotes.size() + 1);
      q.kind = r.kind;
      q.content = r.content;
      q.cue = r.cue;
      q.cue_lemma = CueLemma(*doc, r);
      q.source = r.source;
      if (q.source && NamesNobody(*doc, *q.source)) q.source.reset();
      q.partials = std::move(r.partials);
      q.sentence = si;
      addressees.push_back(r.addressee);
      doc->quotes.push_back(std::move(q));
    }
    ResolveSpeakers(doc, addressees);
    return Status::Ok();
  }

 private:
  CueScorer scorer_;
  ExtractOptions options_;
  SpanModels spans_;
  Ranker filter_;
  float filter_margin_ = 0;
  float frame_score_ = 0;
  CueTagger tagger_;
  SplitModel split_;
};

}  // namespace

Result<std::shared_ptr<const QuoteModel>> QuoteModel::Load(const PipelineOptions& options) {
  ExtractOptions eo;
  CueScorer scorer;
  CueModel learned;
  std::string path = (std::filesystem::path(options.model_dir) / "quotes.ngm").string();
  std::error_code ec;
  if (!options.model_dir.empty() && std::filesystem::exists(path, ec)) {
    Result<CueModel> m = LoadCueModel(path);
    if (!m.ok()) return m.status();
    eo.min_cue_score = m->min_cue_score;
    if (!m->filter.empty()) {
      eo.min_cue_score = m->candidate_cue_score;
      eo.min_clausal_cue_score = m->candidate_clausal_score;
    }
    scorer = CueScorer(std::move(m->cues));
    learned = std::move(*m);
  }
  return std::shared_ptr<const QuoteModel>(
      std::make_shared<RuleQuoteModel>(std::move(scorer), eo, std::move(learned)));
}

}  // namespace newsgraph::quotes
