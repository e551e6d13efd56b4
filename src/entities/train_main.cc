// `newsgraph train ner --train F.iob2 [--train ...] [--dev F.iob2] --out models/ner.ngm`
// Trains the averaged-perceptron NER (ner.h) on UniversalNER-style IOB2 files
// ("idx<TAB>token<TAB>tag") or CoNLL-style ("token ... tag") files.
#include "entities/train_main.h"

#include <ctime>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "entities/kb.h"
#include "entities/ner.h"

namespace newsgraph::entities {
namespace {

constexpr size_t kMaxSentenceWords = 1000;

std::string MapTag(const std::string& tag) {
  if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') return "O";
  std::string t = tag.substr(2);
  std::string ours;
  if (t == "PER" || t == "PERSON") ours = "PERSON";
  else if (t == "ORG") ours = "ORG";
  else if (t == "LOC" || t == "GPE") ours = "GPE";
  else if (t == "NORP") ours = "NORP";
  else return "O";
  return std::string(1, tag[0]) + "-" + ours;
}

std::vector<std::string> SplitWs(const std::string& line, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= line.size() && out.size() < 64) {
    size_t e = line.find(sep, b);
    if (e == std::string::npos) e = line.size();
    if (sep != ' ' || e > b) out.push_back(line.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

Status ReadIob(const std::string& path, std::vector<NerModel::Sentence>* out) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open " + path);
  NerModel::Sentence s;
  std::string line;
  auto flush = [&] {
    // IOB1 -> IOB2: an I- that does not continue the same type starts a span.
    for (size_t i = 0; i < s.tags.size(); ++i) {
      if (s.tags[i][0] == 'I' && (i == 0 || s.tags[i - 1] == "O" ||
                                  s.tags[i - 1].substr(2) != s.tags[i].substr(2)))
        s.tags[i][0] = 'B';
    }
    if (!s.words.empty()) out->push_back(std::move(s));
    s = {};
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#' && (line.find('\t') == std::string::npos || line.rfind("# ", 0) == 0))
      continue;
    std::vector<std::string> cols;
    if (line.find('\t') != std::string::npos) {
      cols = SplitWs(line, '\t');
      if (cols.size() >= 3 && !cols[0].empty() && isdigit(static_cast<unsigned char>(cols[0][0]))) {
        s.words.push_back(cols[1]);
        s.tags.push_back(MapTag(cols[2]));
      } else if (cols.size() >= 2) {
        s.words.push_back(cols[0]);
        s.tags.push_back(MapTag(cols.back()));
      }
    } else {
      cols = SplitWs(line, ' ');
      if (cols.size() < 2) continue;
      if (cols[0] == "-DOCSTART-") continue;
      s.words.push_back(cols[0]);
      s.tags.push_back(MapTag(cols.back()));
    }
    if (s.words.size() >= kMaxSentenceWords) flush();
  }
  flush();
  return Status::Ok();
}

struct Spans {
  size_t tp = 0, fp = 0, fn = 0;
};

std::vector<std::tuple<size_t, size_t, std::string>> Chunks(const std::vector<std::string>& tags) {
  std::vector<std::tuple<size_t, size_t, std::string>> r;
  for (size_t i = 0; i < tags.size();) {
    if (tags[i][0] != 'B') {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < tags.size() && tags[j][0] == 'I' && tags[j].substr(2) == tags[i].substr(2)) ++j;
    std::string t = tags[i].substr(2);
    if (t == "LOC") t = "GPE";
    r.emplace_back(i, j, t);
    i = j;
  }
  return r;
}

void Evaluate(const NerModel& m, const KnowledgeBase* kb,
              const std::vector<NerModel::Sentence>& dev) {
  Spans s;
  size_t words = 0;
  std::clock_t c0 = std::clock();
  for (const auto& sent : dev) {
    std::vector<Word> w = WordsFromStrings(sent.words);
    std::vector<std::string> pred = m.TagSentence(w, kb);
    words += w.size();
    auto g = Chunks(sent.tags);
    auto p = Chunks(pred);
    for (const auto& x : p) {
      if (std::get<2>(x) == "NORP") continue;
      bool hit = false;
      for (const auto& y : g) hit = hit || x == y;
      (hit ? s.tp : s.fp)++;
    }
    for (const auto& y : g) {
      bool hit = false;
      for (const auto& x : p) hit = hit || x == y;
      if (!hit) ++s.fn;
    }
  }
  double secs = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;  // CPU time: per core
  double p = s.tp ? static_cast<double>(s.tp) / (s.tp + s.fp) : 0;
  double r = s.tp ? static_cast<double>(s.tp) / (s.tp + s.fn) : 0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::fprintf(stderr, "dev: P %.4f R %.4f F1 %.4f (%zu words, %.0f words/s per core)\n", p, r, f, words,
               secs > 0 ? words / secs : 0);
}

void Progress(int epoch, double acc) {
  std::fprintf(stderr, "epoch %d: train token accuracy %.4f\n", epoch, acc);
}

int Usage(const char* argv0) {
  std::fprintf(stderr,
               "usage: %s --train FILE [--train FILE...] [--dev FILE] --out models/ner.ngm\n"
               "       %s --eval models/ner.ngm --dev FILE      (scores and times a model)\n"
               "          [--epochs N] [--kb generated/kb.tsv] [--no-kb] [--seed N] [--min-count N]\n"
               "          [--caps SHARE]  (share of sentences also trained in capitals)\n"
               "          [--lower SHARE]  (share of sentences also trained in lower case)\n"
               "          [--gaz-dropout SHARE]  (share of KB matches left out in training)\n"
               "          [--viterbi]  (structured perceptron, Viterbi decoding)\n"
               "          [--ensemble N]  (N runs with seeds SEED.., their weights averaged)\n"
               "          [--clusters models/clusters.ngm]  (word-class features, embedded)\n",
               argv0, argv0);
  return 2;
}

}  // namespace

int TrainMain(int argc, char** argv) {
  std::vector<std::string> train_files, dev_files;
  std::string out, kb_path = DefaultKbPath(), eval_model, clusters_path;
  bool use_kb = true;
  NerModel::TrainOptions opt;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--train" && (v = next())) train_files.push_back(v);
    else if (a == "--dev" && (v = next())) dev_files.push_back(v);
    else if (a == "--out" && (v = next())) out = v;
    else if (a == "--kb" && (v = next())) kb_path = v;
    else if (a == "--no-kb") use_kb = false;
    else if (a == "--viterbi") opt.viterbi = true;
    else if (a == "--eval" && (v = next())) eval_model = v;
    else if (a == "--epochs" && (v = next())) opt.epochs = std::atoi(v);
    else if (a == "--seed" && (v = next())) opt.seed = static_cast<uint32_t>(std::atoi(v));
    else if (a == "--ensemble" && (v = next())) opt.ensemble = std::atoi(v);
    else if (a == "--min-count" && (v = next())) opt.min_feature_count = std::atoi(v);
    else if (a == "--caps" && (v = next())) opt.caps_augment = std::atof(v);
    else if (a == "--lower" && (v = next())) opt.lower_augment = std::atof(v);
    else if (a == "--gaz-dropout" && (v = next())) opt.gaz_dropout = std::atof(v);
    else if (a == "--clusters" && (v = next())) clusters_path = v;
    else return Usage(argv[0]);
  }
  bool eval_only = !eval_model.empty();
  if ((!eval_only && (train_files.empty() || out.empty())) || opt.epochs <= 0 || opt.epochs > 100 ||
      opt.ensemble <= 0 || opt.ensemble > 16)
    return Usage(argv[0]);
  std::shared_ptr<const KnowledgeBase> kb;
  if (use_kb) {
    auto r = KnowledgeBase::Load(kb_path);
    if (!r.ok()) {
      std::fprintf(stderr, "%s: %s\n", argv[0], r.status().ToString().c_str());
      return 1;
    }
    kb = *r;
  }
  if (!clusters_path.empty()) {
    auto c = WordClusters::Load(clusters_path);
    if (!c.ok()) {
      std::fprintf(stderr, "%s: %s\n", argv[0], c.status().ToString().c_str());
      return 1;
    }
    opt.clusters = *c;
  }
  std::vector<NerModel::Sentence> train, dev;
  for (const std::string& f : train_files) {
    Status s = ReadIob(f, &train);
    if (!s.ok()) {
      std::fprintf(stderr, "%s: %s\n", argv[0], s.ToString().c_str());
      return 1;
    }
  }
  for (const std::string& f : dev_files) {
    Status s = ReadIob(f, &dev);
    if (!s.ok()) {
      std::fprintf(stderr, "%s: %s\n", argv[0], s.ToString().c_str());
      return 1;
    }
  }
  if (eval_only) {
    auto m = NerModel::Load(eval_model);
    if (!m.ok()) {
      std::fprintf(stderr, "%s: %s\n", argv[0], m.status().ToString().c_str());
      return 1;
    }
    Evaluate(**m, kb.get(), dev);
    return 0;
  }
  std::fprintf(stderr, "training on %zu sentences, %d epochs\n", train.size(), opt.epochs);
  auto m = NerModel::Train(train, kb.get(), opt, Progress);
  if (!m.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[0], m.status().ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "%zu features kept\n", (*m)->num_features());
  if (!dev.empty()) Evaluate(**m, kb.get(), dev);
  Status s = (*m)->Save(out);
  if (!s.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[0], s.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "wrote %s\n", out.c_str());
  return 0;
}

}  // namespace newsgraph::entities
