// `newsgraph train quotes`: estimates per-form cue statistics from PolNeAR
// (brat standoff: text/NAME.txt, attributions/NAME_ANNOTATOR.ann; the
// lexicographically first .ann of a document is used, as the scorer does),
// then trains the content span rankers (span_model.h) on the rule quotes of
// the annotated documents matched to the gold attributions, and writes
// models/quotes.ngm. Single-threaded and deterministic for a seed.
#include "quotes/train_main.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "quotes/cue_tagger.h"
#include "quotes/filter.h"
#include "quotes/frames.h"
#include "quotes/lexicon.h"
#include "quotes/model.h"
#include "quotes/rules.h"
#include "quotes/scan.h"
#include "quotes/span_model.h"
#include "quotes/split_model.h"

namespace newsgraph::quotes {
namespace {

namespace fs = std::filesystem;

struct TrainOptions {
  std::string polnear;
  std::string out = "models/quotes.ngm";
  float min_score = 0.15f;
  size_t max_docs = 100000;
  int epochs = 4;
  uint32_t seed = 1;
  bool spans = true;
  bool roles[kRoles] = {true, true, true};  // which span rankers to train
  bool filter = true;
  float candidate_score = 0.08f;  // learned-cue thresholds of the rules under the filter
  float candidate_clausal = 0.05f;
  // Defaults: the shipped model (models/quotes.md), chosen on PolNeAR dev.
  float filter_margin = 2;
  float span_margin = 10;  // content
  float cue_margin = 10;
  float source_margin = 3;
  float frame_score = 0.01f;
  bool tagger = true;       // the cue tagger (cue_tagger.h), needs the filter
  float tagger_margin = 0;  // a tagged candidate is kept when its score leads by more
  float nested_margin = 0;  // the same inside an earlier quote's content
  bool split = true;        // the cue/content boundary model (split_model.h)
  std::string split_onto;   // train only the split model, onto this model file's other parts
  std::string tagger_onto;  // train only the cue tagger, onto this model file's other parts
  float split_margin = 0;   // a boundary moves when its score leads by more
  int tagger_bags = 1;      // cue taggers trained with as many orders, weights averaged
  std::string margins_onto;     // no training: FILE with the margins given on the command line
  std::set<std::string> given;  // the options on the command line
  int hold_out = 0;             // > 1: every hold_out-th document (in name order) is left out
};

bool ReadFile(const fs::path& p, std::string* out) {
  std::ifstream f(p, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

// Byte offset of every code point offset (brat offsets count code points).
std::vector<uint32_t> CodePointToByte(const std::string& text) {
  std::vector<uint32_t> map;
  map.reserve(text.size() + 1);
  size_t i = 0;
  while (i < text.size()) {
    map.push_back(static_cast<uint32_t>(i));
    size_t n = utf8::ValidSequenceLength(text, i);
    i += n ? n : 1;
  }
  map.push_back(static_cast<uint32_t>(text.size()));
  return map;
}

// Byte spans of the Cue annotations of one .ann file.
std::vector<Span> CueSpans(const std::string& ann, const std::vector<uint32_t>& cp2b) {
  std::vector<Span> out;
  std::istringstream in(ann);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] != 'T') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string body = line.substr(tab + 1, line.find('\t', tab + 1) - tab - 1);
    if (body.rfind("Cue ", 0) != 0) continue;
    std::istringstream offs(body.substr(4));
    std::string frag;
    while (std::getline(offs, frag, ';')) {
      unsigned long a = 0, b = 0;
      if (std::sscanf(frag.c_str(), "%lu %lu", &a, &b) != 2) continue;
      if (a > b || b >= cp2b.size()) continue;
      out.push_back(Span{cp2b[a], cp2b[b]});
    }
  }
  return out;
}

std::map<std::string, fs::path> FirstAnnPerDoc(const fs::path& dir) {
  std::map<std::string, fs::path> anns;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir / "attributions", ec)) {
    std::string name = e.path().filename().string();
    if (name.size() < 4 || name.substr(name.size() - 4) != ".ann") continue;
    std::string stem = name.substr(0, name.rfind('_'));
    auto it = anns.find(stem);
    if (it == anns.end() || name < it->second.filename().string()) anns[stem] = e.path();
  }
  return anns;
}

// One gold attribution: trimmed overall extents (bytes) of its roles, as
// the scorer reads them (empty span: role absent).
struct GoldQuote {
  Span roles[kRoles] = {};
};

std::vector<GoldQuote> GoldQuotes(const std::string& ann, const std::string& text,
                                  const std::vector<uint32_t>& cp2b) {
  std::map<std::string, Span> spans;  // T id -> extent
  std::vector<std::string> events;
  std::istringstream in(ann);
  std::string line;
  while (std::getline(in, line)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos || line.empty()) continue;
    std::string id = line.substr(0, tab);
    std::string body = line.substr(tab + 1, line.find('\t', tab + 1) - tab - 1);
    if (id[0] == 'E') {
      events.push_back(body);
      continue;
    }
    if (id[0] != 'T') continue;
    std::istringstream offs(body.substr(body.find(' ') + 1));
    std::string frag;
    Span ext{UINT32_MAX, 0};
    while (std::getline(offs, frag, ';')) {
      unsigned long x = 0, y = 0;
      if (std::sscanf(frag.c_str(), "%lu %lu", &x, &y) != 2 || x > y || y >= cp2b.size()) continue;
      ext.begin = std::min(ext.begin, cp2b[x]);
      ext.end = std::max(ext.end, cp2b[y]);
    }
    if (ext.begin < ext.end) spans[id] = ext;
  }
  static const char* kNames[kRoles] = {"Cue", "Source", "Content"};
  std::vector<GoldQuote> out;
  for (const std::string& ev : events) {
    std::istringstream args(ev);
    std::string arg;
    Span ext[kRoles];
    for (Span& e : ext) e = Span{UINT32_MAX, 0};
    while (args >> arg) {
      size_t colon = arg.find(':');
      if (colon == std::string::npos) continue;
      auto it = spans.find(arg.substr(colon + 1));
      if (it == spans.end()) continue;
      for (int r = 0; r < kRoles; ++r) {
        if (arg.rfind(kNames[r], 0) != 0) continue;
        ext[r].begin = std::min(ext[r].begin, it->second.begin);
        ext[r].end = std::max(ext[r].end, it->second.end);
      }
    }
    int content = static_cast<int>(Role::kContent);
    if (ext[content].begin >= ext[content].end) continue;
    GoldQuote g;
    for (int r = 0; r < kRoles; ++r)
      if (ext[r].begin < ext[r].end) g.roles[r] = TrimSpan(text, ext[r]);
    out.push_back(g);
  }
  return out;
}

// The gold quote whose content has the largest share of itself covered by
// the predicted content (more than 0.3, as the scorer matches), or nullptr.
const GoldQuote* MatchGold(const std::vector<GoldQuote>& gold, Span pred) {
  const GoldQuote* best = nullptr;
  double best_score = 0.3;
  for (const GoldQuote& gq : gold) {
    const Span& g = gq.roles[static_cast<int>(Role::kContent)];
    uint32_t lo = std::max(g.begin, pred.begin), hi = std::min(g.end, pred.end);
    if (hi <= lo || g.end <= g.begin) continue;
    double sc = static_cast<double>(hi - lo) / (g.end - g.begin);
    if (sc > best_score) {
      best = &gq;
      best_score = sc;
    }
  }
  return best;
}

struct SpanData {
  std::vector<RankExample> begin[kRoles], end[kRoles];
  std::vector<RankExample> filter;
  std::vector<RankExample> tagger;
  std::vector<RankExample> split;
  size_t docs = 0, quotes = 0, matched = 0, tagged_right = 0;
};

// True when the candidate's word lies in the cue of a gold attribution whose
// content its own content matches (more than 0.3 of it, as the scorer pairs).
bool TaggerTruth(const Document& doc, const CueCandidate& c, const std::vector<GoldQuote>& gold) {
  const Span& cue = doc.tokens[c.cue].span;
  Span content = TrimSpan(doc.text(), CandidateQuote(doc, c).content);
  for (const GoldQuote& g : gold) {
    if (!g.roles[static_cast<int>(Role::kCue)].Overlaps(cue)) continue;
    const Span& gc = g.roles[static_cast<int>(Role::kContent)];
    uint32_t lo = std::max(gc.begin, content.begin), hi = std::min(gc.end, content.end);
    if (hi > lo && static_cast<double>(hi - lo) / (gc.end - gc.begin) > 0.3) return true;
  }
  return false;
}

// The split example of a quote matched to gold quote g: the candidate where
// the gold content starts, when gold's cue overlaps the quote's.
void CollectSplitExample(const Document& doc, const SubtreeEdges& edges, const RawQuote& q,
                         const GoldQuote& g, SpanData* data) {
  const Span& gcue = g.roles[static_cast<int>(Role::kCue)];
  const Span& gc = g.roles[static_cast<int>(Role::kContent)];
  if (!q.cue || gcue.end <= gcue.begin || !gcue.Overlaps(*q.cue)) return;
  std::optional<SplitChoices> c = SplitCandidates(doc, edges, q);
  if (!c) return;
  for (size_t i = 0; i < c->tokens.size(); ++i) {
    Span s{doc.tokens[c->tokens[i]].span.begin, q.content.end};
    if (TrimSpan(doc.text(), s).begin != gc.begin) continue;
    RankExample ex;
    ex.candidates = std::move(c->features);
    ex.truth = static_cast<int>(i);
    data->split.push_back(std::move(ex));
    return;
  }
}

void CollectTaggerExamples(const Document& doc, const SubtreeEdges& edges, const CueScorer& scorer,
                           const ExtractOptions& eo, const std::vector<RawQuote>& quotes,
                           const std::vector<GoldQuote>& gold, SpanData* data) {
  for (const CueCandidate& c : CueCandidates(doc, edges, scorer, eo, quotes)) {
    RankExample ex;
    ex.candidates = TaggerChoices(c);
    ex.truth = TaggerTruth(doc, c, gold) ? 0 : 1;
    data->tagged_right += ex.truth == 0;
    data->tagger.push_back(std::move(ex));
  }
}

void CollectSpanExamples(const Document& doc, const CueScorer& scorer, const ExtractOptions& eo,
                         float frame_score, bool tagger, const std::vector<GoldQuote>& gold,
                         SpanData* data) {
  SubtreeEdges edges = ComputeEdges(doc);
  std::vector<RawQuote> quotes = RuleQuotes(doc, scorer, eo, edges);
  AddParseFrames(doc, scorer, eo, frame_score, edges, &quotes);
  if (tagger) CollectTaggerExamples(doc, edges, scorer, eo, quotes, gold, data);
  const MentionIndex mentions(doc);
  for (const RawQuote& q : quotes) {
    ++data->quotes;
    const GoldQuote* g = MatchGold(gold, TrimSpan(doc.text(), q.content));
    if (Filterable(q)) {
      RankExample ex;
      ex.candidates = FilterCandidates(doc, q, CueProbability(doc, scorer, eo, q), mentions);
      ex.truth = g ? 0 : 1;
      data->filter.push_back(std::move(ex));
    }
    if (!g) continue;
    ++data->matched;
    // Cue and source are refined after the content at run time: their frames
    // see the gold content here (where the content ranker aims).
    RawQuote after_content = q;
    const Span& gc = g->roles[static_cast<int>(Role::kContent)];
    if (q.cue && !gc.Overlaps(*q.cue) && (!q.source || !gc.Overlaps(*q.source)))
      after_content.content = gc;
    for (int r = 0; r < kRoles; ++r) {
      if (g->roles[r].end <= g->roles[r].begin) continue;
      const RawQuote& framed = static_cast<Role>(r) == Role::kContent ? q : after_content;
      RoleExamples ex = RoleExamplesFor(doc, edges, framed, static_cast<Role>(r), g->roles[r]);
      if (ex.begin) data->begin[r].push_back(std::move(*ex.begin));
      if (ex.end) data->end[r].push_back(std::move(*ex.end));
    }
  }
}

// Split examples (split_model.h) from the quotes as the run time sees them:
// rule quotes, parse frames and the tagger's true candidates, refined by the
// trained span rankers.
void CollectSplitExamples(const Document& doc, const CueScorer& scorer, const ExtractOptions& eo,
                          float frame_score, const SpanModels& spans,
                          const std::vector<GoldQuote>& gold, SpanData* data) {
  SubtreeEdges edges = ComputeEdges(doc);
  std::vector<RawQuote> quotes = RuleQuotes(doc, scorer, eo, edges);
  AddParseFrames(doc, scorer, eo, frame_score, edges, &quotes);
  for (const CueCandidate& c : CueCandidates(doc, edges, scorer, eo, quotes))
    if (TaggerTruth(doc, c, gold)) quotes.push_back(CandidateQuote(doc, c));
  RefineQuotes(doc, edges, spans, &quotes);
  for (const RawQuote& q : quotes)
    if (const GoldQuote* g = MatchGold(gold, TrimSpan(doc.text(), q.content)))
      CollectSplitExample(doc, edges, q, *g, data);
}

// Averaged perceptron over the examples, in a seeded random order per epoch.
Ranker TrainRanker(const std::vector<RankExample>& examples, int epochs, uint32_t seed,
                   const char* name) {
  RankerTrainer t;
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(seed);
  for (int ep = 0; ep < epochs; ++ep) {
    // Fisher-Yates with the generator's raw output: the same on every library.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t right = 0;
    for (size_t i : order) right += t.Train(examples[i].candidates, examples[i].truth);
    std::fprintf(stderr, "  %s epoch %d: %.4f right of %zu\n", name, ep + 1,
                 examples.empty() ? 0.0 : static_cast<double>(right) / examples.size(),
                 examples.size());
  }
  return t.Finalize();
}

// The cue tagger: `bags` rankers over the same examples in different seeded
// orders, their weights averaged (less variance from the order; 1: one).
Ranker TrainTagger(const std::vector<RankExample>& examples, const TrainOptions& o) {
  uint32_t seed = o.seed + 2 * kRoles + 1;
  if (o.tagger_bags <= 1) return TrainRanker(examples, o.epochs, seed, "tagger");
  std::vector<Ranker> bags;
  for (int b = 0; b < o.tagger_bags; ++b)
    bags.push_back(TrainRanker(examples, o.epochs, seed + 1000u * b, "tagger"));
  return Ranker::Average(bags);
}

int Usage(const char* argv0) {
  std::fprintf(
      stderr,
      "usage: %s --polnear DIR [--out models/quotes.ngm] [--min-score 0.15]\n"
      "       [--max-docs N] [--epochs 4] [--seed 1]\n"
      "       [--no-spans | --no-cue-spans --no-source-spans --no-content-spans --span-margin 10\n"
      "        --cue-margin 10 --source-margin 3]\n"
      "       [--no-filter | --candidate-score 0.08 --candidate-clausal 0.05 --filter-margin 2\n"
      "        --frame-score 0.01 | --no-tagger | --tagger-margin 0 --nested-margin M]\n"
      "       [--no-split | --split-margin 0 | --split-onto models/quotes.ngm]\n"
      "       [--tagger-onto models/quotes.ngm] [--tagger-bags 1]\n"
      "       [--margins-onto FILE (sets only the margins given; --polnear not needed)]\n"
      "       [--hold-out K (leaves out every K-th document in name order)]\n"
      "  DIR holds text/*.txt and attributions/*.ann (PolNeAR train split)\n",
      argv0);
  return 2;
}

bool ParseArgs(int argc, char** argv, TrainOptions* o) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool has_value = i + 1 < argc;
    o->given.insert(a);
    if (a == "--polnear" && has_value)
      o->polnear = argv[++i];
    else if (a == "--out" && has_value)
      o->out = argv[++i];
    else if (a == "--min-score" && has_value)
      o->min_score = std::strtof(argv[++i], nullptr);
    else if (a == "--max-docs" && has_value)
      o->max_docs = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--epochs" && has_value)
      o->epochs = std::atoi(argv[++i]);
    else if (a == "--seed" && has_value)
      o->seed = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--no-spans")
      o->spans = false;
    else if (a == "--no-filter")
      o->filter = false;
    else if (a == "--filter-margin" && has_value)
      o->filter_margin = std::strtof(argv[++i], nullptr);
    else if (a == "--span-margin" && has_value)
      o->span_margin = std::strtof(argv[++i], nullptr);
    else if (a == "--cue-margin" && has_value)
      o->cue_margin = std::strtof(argv[++i], nullptr);
    else if (a == "--source-margin" && has_value)
      o->source_margin = std::strtof(argv[++i], nullptr);
    else if (a == "--frame-score" && has_value)
      o->frame_score = std::strtof(argv[++i], nullptr);
    else if (a == "--candidate-score" && has_value)
      o->candidate_score = std::strtof(argv[++i], nullptr);
    else if (a == "--candidate-clausal" && has_value)
      o->candidate_clausal = std::strtof(argv[++i], nullptr);
    else if (a == "--no-tagger")
      o->tagger = false;
    else if (a == "--no-split")
      o->split = false;
    else if (a == "--split-onto" && has_value)
      o->split_onto = argv[++i];
    else if (a == "--tagger-onto" && has_value)
      o->tagger_onto = argv[++i];
    else if (a == "--split-margin" && has_value)
      o->split_margin = std::strtof(argv[++i], nullptr);
    else if (a == "--nested-margin" && has_value)
      o->nested_margin = std::strtof(argv[++i], nullptr);
    else if (a == "--hold-out" && has_value)
      o->hold_out = std::atoi(argv[++i]);
    else if (a == "--margins-onto" && has_value)
      o->margins_onto = argv[++i];
    else if (a == "--tagger-bags" && has_value)
      o->tagger_bags = std::max(1, std::atoi(argv[++i]));
    else if (a == "--tagger-margin" && has_value)
      o->tagger_margin = std::strtof(argv[++i], nullptr);
    else if (a == "--no-cue-spans")
      o->roles[static_cast<int>(Role::kCue)] = false;
    else if (a == "--no-source-spans")
      o->roles[static_cast<int>(Role::kSource)] = false;
    else if (a == "--no-content-spans")
      o->roles[static_cast<int>(Role::kContent)] = false;
    else
      return false;
  }
  return !o->polnear.empty() || !o->margins_onto.empty();
}

// Per-form cue statistics over the raw text of every document.
CueModel TrainCues(const TrainOptions& o, const std::map<std::string, fs::path>& anns,
                   size_t* docs) {
  std::map<std::string, std::pair<double, double>> counts;  // form -> (cue, seen)
  *docs = 0;
  for (const auto& [stem, ann_path] : anns) {
    if (*docs >= o.max_docs) break;
    std::string text, ann;
    if (!ReadFile(fs::path(o.polnear) / "text" / (stem + ".txt"), &text) ||
        !ReadFile(ann_path, &ann))
      continue;
    ++*docs;
    std::vector<Span> cues = CueSpans(ann, CodePointToByte(text));
    for (const QTok& t : Scan(text, ScanOptions())) {
      if (t.kind != TokKind::kWord) continue;
      auto& c = counts[t.low];
      c.second += 1;
      Span s{t.b, t.e};
      for (const Span& cue : cues)
        if (cue.Overlaps(s)) {
          c.first += 1;
          break;
        }
    }
  }
  CueModel m;
  m.min_cue_score = o.min_score;
  for (const auto& [form, c] : counts) {
    // Forms never seen as cues are kept only when the lexicon would take them.
    if (c.first < 1 && !CueLexicon::BuiltIn().Find(form)) continue;
    m.cues[form] = CueStat{static_cast<float>(c.first / c.second), static_cast<float>(c.second)};
  }
  return m;
}

// Reads each annotated PolNeAR text with its gold quotes, runs the pipeline on it and hands
// both to fn(doc, gold, n), n counting the documents given so far (at most o.max_docs).
template <typename Fn>
void ForEachAnnotatedDoc(const TrainOptions& o, const std::map<std::string, fs::path>& anns,
                         const Annotator& annotate, Fn fn) {
  size_t n = 0;
  for (const auto& [stem, ann_path] : anns) {
    if (n >= o.max_docs) break;
    std::string text, ann;
    if (!ReadFile(fs::path(o.polnear) / "text" / (stem + ".txt"), &text) ||
        !ReadFile(ann_path, &ann))
      continue;
    std::vector<GoldQuote> gold = GoldQuotes(ann, text, CodePointToByte(text));
    Document doc(std::move(text), ArticleMeta());
    if (!annotate(&doc).ok()) continue;
    fn(doc, gold, ++n);
  }
}

// Runs the rules with the fresh cue statistics (at the candidate thresholds
// when a filter is trained) over every annotated document and trains the
// quote filter and the span rankers on the quotes that match a gold one.
void TrainLearned(const TrainOptions& o, const std::map<std::string, fs::path>& anns,
                  const Annotator& annotate, CueModel* m_out) {
  const CueModel& m = *m_out;
  ExtractOptions eo;
  eo.min_cue_score = m.min_cue_score;
  if (o.filter) {
    eo.min_cue_score = o.candidate_score;
    eo.min_clausal_cue_score = o.candidate_clausal;
  }
  CueScorer scorer(m.cues);
  SpanData data;
  std::vector<std::pair<Document, std::vector<GoldQuote>>> annotated;  // for the split model
  ForEachAnnotatedDoc(o, anns, annotate,
                      [&](Document& doc, std::vector<GoldQuote>& gold, size_t n) {
                        data.docs = n;
                        CollectSpanExamples(doc, scorer, eo, o.filter ? o.frame_score : 0,
                                            o.filter && o.tagger, gold, &data);
                        if (o.split) annotated.emplace_back(std::move(doc), std::move(gold));
                        if (n % 100 == 0) std::fprintf(stderr, "  %zu documents\n", n);
                      });
  std::fprintf(stderr, "  %zu documents annotated, %zu rule quotes, %zu matched gold\n", data.docs,
               data.quotes, data.matched);
  SpanModels sm;
  if (o.filter && !data.filter.empty()) {
    m_out->filter = TrainRanker(data.filter, o.epochs, o.seed + 2 * kRoles, "filter");
    m_out->candidate_cue_score = o.candidate_score;
    m_out->candidate_clausal_score = o.candidate_clausal;
    m_out->filter_margin = o.filter_margin;
    m_out->frame_cue_score = o.frame_score;
  }
  if (o.filter && o.tagger && !data.tagger.empty()) {
    std::fprintf(stderr, "  tagger: %zu candidates, %zu of them gold attributions\n",
                 data.tagger.size(), data.tagged_right);
    m_out->tagger.ranker = TrainTagger(data.tagger, o);
    m_out->tagger.margin = o.tagger_margin;
    m_out->tagger.nested_margin = o.nested_margin;
  }
  for (int r = 0; r < kRoles; ++r) {
    if (!o.roles[r] || data.begin[r].empty() || data.end[r].empty()) continue;
    std::string name = RoleName(static_cast<Role>(r));
    std::fprintf(stderr, "  %s: %zu begin and %zu end examples (gold boundary among candidates)\n",
                 name.c_str(), data.begin[r].size(), data.end[r].size());
    RoleRankers& rr = sm.roles[r];
    rr.begin = TrainRanker(data.begin[r], o.epochs, o.seed + 2 * r, (name + " begin").c_str());
    rr.end = TrainRanker(data.end[r], o.epochs, o.seed + 2 * r + 1, (name + " end").c_str());
  }
  sm.margins[static_cast<int>(Role::kContent)] = o.span_margin;
  sm.margins[static_cast<int>(Role::kCue)] = o.cue_margin;
  sm.margins[static_cast<int>(Role::kSource)] = o.source_margin;
  if (o.split) {
    for (const auto& [doc, gold] : annotated)
      CollectSplitExamples(doc, scorer, eo, o.filter ? o.frame_score : 0, sm, gold, &data);
    std::fprintf(stderr, "  split: %zu examples\n", data.split.size());
    if (!data.split.empty()) {
      m_out->split.ranker = TrainRanker(data.split, o.epochs, o.seed + 2 * kRoles + 2, "split");
      m_out->split.margin = o.split_margin;
    }
  }
  m_out->spans = std::move(sm);
}

// Saves m, one part retrained onto the model file `onto`, to o.out; 0 or 1 as the exit code.
int SaveOnto(const CueModel& m, const TrainOptions& o, const char* part, const std::string& onto,
             const char* prog) {
  Status st = SaveCueModel(m, o.out);
  if (!st.ok()) {
    std::fprintf(stderr, "%s: %s\n", prog, st.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "%s: %s onto %s -> %s\n", prog, part, onto.c_str(), o.out.c_str());
  return 0;
}

// --split-onto FILE: the other parts of FILE unchanged, a split model trained
// on the quotes its rules, frames, tagger and span rankers give.
int TrainSplitOnto(const TrainOptions& o, const std::map<std::string, fs::path>& anns,
                   const Annotator& annotate, const char* prog) {
  Result<CueModel> base = LoadCueModel(o.split_onto);
  if (!base.ok()) {
    std::fprintf(stderr, "%s: %s\n", prog, base.status().ToString().c_str());
    return 1;
  }
  CueModel& m = *base;
  ExtractOptions eo;
  eo.min_cue_score = m.min_cue_score;
  if (!m.filter.empty()) {
    eo.min_cue_score = m.candidate_cue_score;
    eo.min_clausal_cue_score = m.candidate_clausal_score;
  }
  CueScorer scorer(m.cues);
  SpanData data;
  ForEachAnnotatedDoc(
      o, anns, annotate, [&](Document& doc, std::vector<GoldQuote>& gold, size_t n) {
        data.docs = n;
        CollectSplitExamples(doc, scorer, eo, m.filter.empty() ? 0 : m.frame_cue_score, m.spans,
                             gold, &data);
      });
  std::fprintf(stderr, "  split: %zu examples from %zu documents\n", data.split.size(), data.docs);
  m.split = SplitModel();
  if (!data.split.empty()) {
    m.split.ranker = TrainRanker(data.split, o.epochs, o.seed + 2 * kRoles + 2, "split");
    m.split.margin = o.split_margin;
  }
  return SaveOnto(m, o, "split model", o.split_onto, prog);
}

// --margins-onto FILE: FILE with the margins given on the command line
// (--span-margin, --cue-margin, --source-margin, --filter-margin,
// --tagger-margin, --nested-margin, --split-margin) and nothing else changed.
int MarginsOnto(const TrainOptions& o, const char* prog) {
  Result<CueModel> base = LoadCueModel(o.margins_onto);
  if (!base.ok()) {
    std::fprintf(stderr, "%s: %s\n", prog, base.status().ToString().c_str());
    return 1;
  }
  CueModel& m = *base;
  auto set = [&](const char* flag, float value, float* to) {
    if (o.given.count(flag)) *to = value;
  };
  set("--span-margin", o.span_margin, &m.spans.margins[static_cast<int>(Role::kContent)]);
  set("--cue-margin", o.cue_margin, &m.spans.margins[static_cast<int>(Role::kCue)]);
  set("--source-margin", o.source_margin, &m.spans.margins[static_cast<int>(Role::kSource)]);
  set("--filter-margin", o.filter_margin, &m.filter_margin);
  set("--tagger-margin", o.tagger_margin, &m.tagger.margin);
  set("--nested-margin", o.nested_margin, &m.tagger.nested_margin);
  set("--split-margin", o.split_margin, &m.split.margin);
  return SaveOnto(m, o, "margins", o.margins_onto, prog);
}

// --tagger-onto FILE: the other parts of FILE unchanged, a cue tagger trained
// on the candidates its rules and parse frames leave (as TrainLearned does).
int TrainTaggerOnto(const TrainOptions& o, const std::map<std::string, fs::path>& anns,
                    const Annotator& annotate, const char* prog) {
  Result<CueModel> base = LoadCueModel(o.tagger_onto);
  if (!base.ok() || base->filter.empty()) {
    std::fprintf(stderr, "%s: %s\n", prog,
                 base.ok() ? "the model has no quote filter" : base.status().ToString().c_str());
    return 1;
  }
  CueModel& m = *base;
  ExtractOptions eo;
  eo.min_cue_score = m.candidate_cue_score;
  eo.min_clausal_cue_score = m.candidate_clausal_score;
  CueScorer scorer(m.cues);
  SpanData data;
  ForEachAnnotatedDoc(o, anns, annotate,
                      [&](Document& doc, std::vector<GoldQuote>& gold, size_t n) {
                        data.docs = n;
                        SubtreeEdges edges = ComputeEdges(doc);
                        std::vector<RawQuote> quotes = RuleQuotes(doc, scorer, eo, edges);
                        AddParseFrames(doc, scorer, eo, m.frame_cue_score, edges, &quotes);
                        CollectTaggerExamples(doc, edges, scorer, eo, quotes, gold, &data);
                      });
  std::fprintf(stderr, "  tagger: %zu candidates, %zu of them gold attributions, %zu documents\n",
               data.tagger.size(), data.tagged_right, data.docs);
  if (data.tagger.empty()) return 1;
  m.tagger.ranker = TrainTagger(data.tagger, o);
  m.tagger.margin = o.tagger_margin;
  m.tagger.nested_margin = o.nested_margin;
  return SaveOnto(m, o, "cue tagger", o.tagger_onto, prog);
}

}  // namespace

int TrainMain(int argc, char** argv, const Annotator& annotate) {
  TrainOptions o;
  if (!ParseArgs(argc, argv, &o)) return Usage(argv[0]);
  if (!o.margins_onto.empty()) return MarginsOnto(o, argv[0]);
  auto anns = FirstAnnPerDoc(o.polnear);
  if (o.hold_out > 1) {
    int i = 0;
    std::erase_if(anns, [&](const auto&) { return ++i % o.hold_out == 0; });
  }
  if (anns.empty()) {
    std::fprintf(stderr, "%s: no .ann files under %s/attributions\n", argv[0], o.polnear.c_str());
    return 1;
  }
  if (!o.split_onto.empty()) {
    if (!annotate) return Usage(argv[0]);
    return TrainSplitOnto(o, anns, annotate, argv[0]);
  }
  if (!o.tagger_onto.empty()) {
    if (!annotate) return Usage(argv[0]);
    return TrainTaggerOnto(o, anns, annotate, argv[0]);
  }
  size_t docs = 0;
  CueModel m = TrainCues(o, anns, &docs);
  if (o.spans && annotate) TrainLearned(o, anns, annotate, &m);
  Status st = SaveCueModel(m, o.out);
  if (!st.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[0], st.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "%s: %zu documents, %zu cue forms%s -> %s\n", argv[0], docs, m.cues.size(),
               m.spans.empty() ? "" : ", span rankers, quote filter", o.out.c_str());
  return 0;
}

}  // namespace newsgraph::quotes
