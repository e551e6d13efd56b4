// `newsgraph train tagger|parser`: trains a model on CoNLL-U files and writes
// it with the shared model container. Deterministic for a given --seed.
#include "syntax/train_main.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace newsgraph::syntax {
namespace {

struct TrainFlags {
  std::vector<std::string> train;
  std::string dev;
  std::string out;
  std::string tagger;                          // parser only: tagger model used to tag the data
  std::string wordnet = "/usr/share/wordnet";  // tagger only: lexicon; "" = none
  std::string clusters;                        // tagger only: word classes to embed; "" = none
  int iterations = 0;                          // 0: the component's default
  int jackknife = 0;                           // parser only: tag training data with K-fold taggers
  int tagger_iterations = 5;
  int supertag_iterations = -1;      // parser only: < 0 = the default, 0 = no supertagger
  bool universal_supertags = false;  // parser only: supertags name universal relations
  bool supertag_distance = false;    // parser only: supertags say "head adjacent"
  size_t supertag_weights = 0;       // parser only: supertagger weight budget (0 = default)
  int second_pass = 0;               // tagger only: K folds for the second pass (0 = none)
  int fold_iterations = 0;           // tagger only: iterations of the second pass's fold taggers
  int second_pass_iterations = 0;    // tagger only: 0 = --iterations
  double retag_fraction = -1;        // tagger only: < 0 = the default
  std::string compact;               // re-save this model in the current format, pruned
  std::vector<std::string> average;  // average these models' weights, no training
  size_t max_weights = 0;            // 0: the component's default
  uint64_t seed = 1;
};

void Usage(const char* prog) {
  std::fprintf(
      stderr,
      "usage: %s --train FILE.conllu... [--dev FILE.conllu] --out MODEL.ngm\n"
      "          [--iterations N] [--seed S] [--tagger TAGGER.ngm (parser only)]\n"
      "          [--wordnet DIR (tagger only; default /usr/share/wordnet, '' = none)]\n"
      "          [--clusters CLUSTERS.ngm (tagger only: word classes to embed)]\n"
      "          [--max-weights N] [--compact OLD.ngm (re-save pruned, no training)]\n"
      "          [--average A.ngm B.ngm... (weight-averaged ensemble of models trained\n"
      "           with other seeds, pruned; no training; tagger: --dev FILE.conllu sets the\n"
      "           re-tag threshold so that --retag-fraction (default: the members' share)\n"
      "           of its words are re-tagged)]\n"
      "          [--jackknife K [--tagger-iterations N] (parser only: K-fold tags\n"
      "           and supertags)] [--supertag-iterations N (parser only; 0 = none)]\n"
      "          [--universal-supertags] [--supertag-distance] [--supertag-weights N]\n"
      "          (parser only)\n"
      "          [--second-pass K [--fold-iterations N] [--second-pass-iterations N]\n"
      "           [--retag-fraction F] (tagger only: right-context pass on K-fold tags)]\n",
      prog);
}

bool ParseFlags(int argc, char** argv, TrainFlags* f) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--train") {
      while (i + 1 < argc && argv[i + 1][0] != '-') f->train.push_back(argv[++i]);
    } else if (a == "--dev") {
      if (!value(&f->dev)) return false;
    } else if (a == "--out") {
      if (!value(&f->out)) return false;
    } else if (a == "--jackknife") {
      if (!value(&v)) return false;
      f->jackknife = std::atoi(v.c_str());
      if (f->jackknife < 0 || f->jackknife > 20) return false;
    } else if (a == "--tagger-iterations") {
      if (!value(&v)) return false;
      f->tagger_iterations = std::atoi(v.c_str());
      if (f->tagger_iterations <= 0 || f->tagger_iterations > 100) return false;
    } else if (a == "--universal-supertags") {
      f->universal_supertags = true;
    } else if (a == "--supertag-distance") {
      f->supertag_distance = true;
    } else if (a == "--supertag-weights") {
      if (!value(&v)) return false;
      f->supertag_weights = std::strtoull(v.c_str(), nullptr, 10);
      if (f->supertag_weights == 0) return false;
    } else if (a == "--supertag-iterations") {
      if (!value(&v)) return false;
      f->supertag_iterations = std::atoi(v.c_str());
      if (f->supertag_iterations < 0 || f->supertag_iterations > 100) return false;
    } else if (a == "--second-pass" || a == "--fold-iterations" ||
               a == "--second-pass-iterations") {
      if (!value(&v)) return false;
      int n = std::atoi(v.c_str());
      if (n < 0 || n > 100) return false;
      (a == "--second-pass"       ? f->second_pass
       : a == "--fold-iterations" ? f->fold_iterations
                                  : f->second_pass_iterations) = n;
    } else if (a == "--retag-fraction") {
      if (!value(&v)) return false;
      f->retag_fraction = std::atof(v.c_str());
      if (!(f->retag_fraction >= 0 && f->retag_fraction <= 1)) return false;
    } else if (a == "--average") {
      while (i + 1 < argc && argv[i + 1][0] != '-') f->average.push_back(argv[++i]);
      if (f->average.empty()) return false;
    } else if (a == "--compact") {
      if (!value(&f->compact)) return false;
    } else if (a == "--max-weights") {
      if (!value(&v)) return false;
      f->max_weights = std::strtoull(v.c_str(), nullptr, 10);
    } else if (a == "--clusters") {
      if (!value(&f->clusters)) return false;
    } else if (a == "--wordnet") {
      if (!value(&f->wordnet)) return false;
    } else if (a == "--tagger") {
      if (!value(&f->tagger)) return false;
    } else if (a == "--iterations") {
      if (!value(&v)) return false;
      f->iterations = std::atoi(v.c_str());
      if (f->iterations <= 0 || f->iterations > 100) return false;
    } else if (a == "--seed") {
      if (!value(&v)) return false;
      f->seed = std::strtoull(v.c_str(), nullptr, 10);
    } else {
      std::fprintf(stderr, "unknown option %s\n", a.c_str());
      return false;
    }
  }
  return (!f->train.empty() || !f->compact.empty() || !f->average.empty()) && !f->out.empty();
}

Status ReadAll(const std::vector<std::string>& paths, std::vector<ConlluSentence>* out) {
  for (const auto& p : paths) {
    NG_ASSIGN_OR_RETURN(auto sents, ReadConlluFile(p));
    for (auto& s : sents) out->push_back(std::move(s));
  }
  return Status::Ok();
}

void Log(const std::string& line) {
  std::fprintf(stderr, "%s\n", line.c_str());
  std::fflush(stderr);
}

int Fail(const Status& s) {
  std::fprintf(stderr, "error: %s\n", s.ToString().c_str());
  return 1;
}

int TrainTagger(const TrainFlags& f, const std::vector<ConlluSentence>& train,
                const std::vector<ConlluSentence>* dev) {
  TaggerTrainOptions opts;
  if (f.iterations) opts.iterations = f.iterations;
  opts.seed = f.seed;
  opts.log = Log;
  if (f.max_weights) opts.max_weights = f.max_weights;
  opts.second_pass_folds = f.second_pass;
  if (f.fold_iterations) opts.fold_iterations = f.fold_iterations;
  opts.second_pass_iterations = f.second_pass_iterations;
  if (f.retag_fraction >= 0) opts.retag_fraction = f.retag_fraction;
  if (!f.wordnet.empty()) {
    Status ls = opts.lexicon.LoadWordNet(f.wordnet);
    if (!ls.ok()) return Fail(ls);
    Log("lexicon: WordNet from " + f.wordnet);
  }
  if (!f.clusters.empty()) {
    auto c = WordClasses::Load(f.clusters);
    if (!c.ok()) return Fail(c.status());
    opts.classes = std::move(c).value();
    Log("word classes: " + std::to_string(opts.classes->size()) + " words from " + f.clusters);
  }
  Tagger t = Tagger::Train(train, dev, opts);
  Status s = t.SaveFile(f.out);
  if (!s.ok()) return Fail(s);
  Log("wrote " + f.out);
  return 0;
}

// Tags every training sentence with a tagger trained on the other folds, so
// that the parser learns from tags as noisy as those it will see.
// The fold taggers use the word classes embedded in the final tagger.
Status JackknifeInputs(const TrainFlags& f, const std::vector<ConlluSentence>& train,
                       const Tagger& tagger, std::vector<ParserInput>* inputs) {
  int k = f.jackknife;
  TaggerTrainOptions opts;
  opts.iterations = f.tagger_iterations;
  opts.seed = f.seed;
  if (!f.wordnet.empty()) NG_RETURN_IF_ERROR(opts.lexicon.LoadWordNet(f.wordnet));
  opts.classes = tagger.classes();
  inputs->assign(train.size(), ParserInput());
  std::vector<int> tags;
  for (int fold = 0; fold < k; ++fold) {
    std::vector<ConlluSentence> rest;
    for (size_t i = 0; i < train.size(); ++i)
      if (static_cast<int>(i % k) != fold) rest.push_back(train[i]);
    Tagger t = Tagger::Train(rest, nullptr, opts);
    size_t words = 0, right = 0;
    for (size_t i = fold; i < train.size(); i += k) {
      std::vector<std::string_view> w;
      for (const auto& x : train[i].words) w.push_back(x.form);
      t.Tag(w, &tags);
      for (size_t j = 0; j < w.size(); ++j, ++words)
        right += t.Upos(tags[j]) == train[i].words[j].upos;
      (*inputs)[i] = MakeParserInput(w, tags, t);
    }
    Log("jackknife fold " + std::to_string(fold + 1) + "/" + std::to_string(k) +
        ": held-out UPOS " + std::to_string(100.0 * right / std::max<size_t>(words, 1)));
  }
  return Status::Ok();
}

int TrainParserMain(const TrainFlags& f, std::vector<ConlluSentence>* train,
                    std::vector<ConlluSentence>* dev) {
  std::string tagger_path = f.tagger;
  if (tagger_path.empty()) {
    size_t slash = f.out.rfind('/');
    tagger_path =
        (slash == std::string::npos ? std::string(".") : f.out.substr(0, slash)) + "/tagger.ngm";
  }
  Tagger tagger;
  Status s = tagger.LoadFile(tagger_path);
  if (!s.ok()) return Fail(s);
  ParserTrainOptions opts;
  if (f.max_weights) {  // split as Parser::Prune does
    opts.max_features = f.max_weights * 2 / 5;
    opts.max_label_weights = f.max_weights / 2;
  }
  if (f.iterations) opts.iterations = f.iterations;
  opts.seed = f.seed;
  opts.log = Log;
  if (f.supertag_iterations >= 0) opts.supertag_iterations = f.supertag_iterations;
  opts.supertag_folds = f.jackknife;
  opts.universal_supertags = f.universal_supertags;
  opts.supertag_distance = f.supertag_distance;
  if (f.supertag_weights) opts.max_supertag_weights = f.supertag_weights;
  ParserTrainData data;
  if (f.jackknife > 1) {
    s = JackknifeInputs(f, *train, tagger, &data.inputs);
    if (!s.ok()) return Fail(s);
  }
  data.checkpoint = [&](const Parser& best) {
    Status cs = best.SaveFile(f.out);
    Log(cs.ok() ? "checkpoint: wrote " + f.out : "checkpoint failed: " + cs.ToString());
  };
  Parser p = Parser::Train(*train, dev->empty() ? nullptr : dev, tagger, opts, data);
  s = p.SaveFile(f.out);
  if (!s.ok()) return Fail(s);
  Log("wrote " + f.out);
  return 0;
}

template <typename Model>
int CompactModel(const TrainFlags& f, size_t default_budget) {
  Model m;
  Status s = m.LoadFile(f.compact);
  if (!s.ok()) return Fail(s);
  size_t before = m.num_weights();
  m.Prune(f.max_weights ? f.max_weights : default_budget);
  s = m.SaveFile(f.out);
  if (!s.ok()) return Fail(s);
  Log("compacted " + f.compact + " (" + std::to_string(before) + " weights) to " + f.out + " (" +
      std::to_string(m.num_weights()) + " weights)");
  return 0;
}

// Loads the model files to average; *ptrs points into *members.
template <typename Model>
Status LoadMembers(const std::vector<std::string>& paths, std::vector<Model>* members,
                   std::vector<const Model*>* ptrs) {
  members->assign(paths.size(), Model());
  for (size_t i = 0; i < paths.size(); ++i) {
    if (Status s = (*members)[i].LoadFile(paths[i]); !s.ok()) return s;
    ptrs->push_back(&(*members)[i]);
  }
  return Status::Ok();
}

// Averages the weights of parsers trained with other seeds (same data and
// tagger) into one model of the default size.
int AverageParsers(const TrainFlags& f) {
  std::vector<Parser> members;
  std::vector<const Parser*> ptrs;
  if (Status s = LoadMembers(f.average, &members, &ptrs); !s.ok()) return Fail(s);
  Parser p;
  Status s = Parser::Average(ptrs, f.max_weights ? f.max_weights : kParserDefaultBudget, &p);
  if (s.ok()) s = p.SaveFile(f.out);
  if (!s.ok()) return Fail(s);
  Log("averaged " + std::to_string(ptrs.size()) + " parsers to " + f.out + " (" +
      std::to_string(p.num_weights()) + " weights)");
  return 0;
}

// Averages the weights of taggers trained with other seeds (same data, word classes and
// lexicon) into one model of the default size per pass. With --dev, the second pass's
// re-tag threshold is set anew on it (see Tagger::Average).
int AverageTaggers(const TrainFlags& f) {
  std::vector<Tagger> members;
  std::vector<const Tagger*> ptrs;
  if (Status s = LoadMembers(f.average, &members, &ptrs); !s.ok()) return Fail(s);
  std::vector<ConlluSentence> dev;
  if (!f.dev.empty()) {
    Status s = ReadAll({f.dev}, &dev);
    if (!s.ok()) return Fail(s);
  }
  const std::vector<ConlluSentence>* ref = dev.empty() ? nullptr : &dev;
  Tagger t;
  Status s = Tagger::Average(ptrs, f.max_weights ? f.max_weights : TaggerTrainOptions().max_weights,
                             ref, f.retag_fraction, &t);
  if (s.ok()) s = t.SaveFile(f.out);
  if (!s.ok()) return Fail(s);
  std::string line = "averaged " + std::to_string(ptrs.size()) + " taggers to " + f.out + " (" +
                     std::to_string(t.num_weights()) + " + " +
                     std::to_string(t.num_second_pass_weights()) + " weights, re-tag margin " +
                     std::to_string(t.retag_margin()) + ")";
  if (ref) {
    Tagger::Accuracy a = t.Evaluate(dev);
    line += "  dev UPOS " + std::to_string(100 * a.upos) + "  XPOS " +
            std::to_string(100 * a.xpos) + "  re-tagged " +
            std::to_string(100 * t.RetagShare(dev)) + " %";
  }
  Log(line);
  return 0;
}

int Compact(const TrainFlags& f, bool parser) {
  return parser ? CompactModel<Parser>(f, kParserDefaultBudget)
                : CompactModel<Tagger>(f, TaggerTrainOptions().max_weights);
}

}  // namespace

int TrainMain(int argc, char** argv) {
  std::string prog = argv[0];
  bool parser = prog.size() >= 6 && prog.compare(prog.size() - 6, 6, "parser") == 0;
  TrainFlags f;
  if (!ParseFlags(argc, argv, &f)) {
    Usage(argv[0]);
    return 2;
  }
  if (!f.compact.empty()) return Compact(f, parser);
  if (!f.average.empty()) return parser ? AverageParsers(f) : AverageTaggers(f);
  auto t0 = std::chrono::steady_clock::now();
  std::vector<ConlluSentence> train, dev;
  Status s = ReadAll(f.train, &train);
  if (s.ok() && !f.dev.empty()) s = ReadAll({f.dev}, &dev);
  if (!s.ok()) return Fail(s);
  Log("read " + std::to_string(train.size()) + " training and " + std::to_string(dev.size()) +
      " dev sentences");
  int rc = parser ? TrainParserMain(f, &train, &dev)
                  : TrainTagger(f, train, dev.empty() ? nullptr : &dev);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  Log("training took " + std::to_string(secs) + " s");
  return rc;
}

}  // namespace newsgraph::syntax
