// `newsgraph train quotes`: estimates per-form cue statistics from PolNeAR
// (brat standoff: text/NAME.txt, attributions/NAME_ANNOTATOR.ann; the
// lexicographically first .ann of a document is used, as the scorer does) and
// writes models/quotes.ngm.
#include "quotes/train_main.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "quotes/lexicon.h"
#include "quotes/model.h"
#include "quotes/scan.h"

namespace newsgraph::quotes {
namespace {

namespace fs = std::filesystem;

struct TrainOptions {
  std::string polnear;
  std::string out = "models/quotes.ngm";
  float min_score = 0.3f;
  size_t max_docs = 100000;
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

int Usage(const char* argv0) {
  std::fprintf(stderr,
               "usage: %s --polnear DIR [--out models/quotes.ngm] [--min-score 0.3]\n"
               "  DIR holds text/*.txt and attributions/*.ann (PolNeAR train split)\n",
               argv0);
  return 2;
}

bool ParseArgs(int argc, char** argv, TrainOptions* o) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool has_value = i + 1 < argc;
    if (a == "--polnear" && has_value) o->polnear = argv[++i];
    else if (a == "--out" && has_value) o->out = argv[++i];
    else if (a == "--min-score" && has_value) o->min_score = std::strtof(argv[++i], nullptr);
    else if (a == "--max-docs" && has_value) o->max_docs = std::strtoul(argv[++i], nullptr, 10);
    else return false;
  }
  return !o->polnear.empty();
}

}  // namespace

int TrainMain(int argc, char** argv) {
  TrainOptions o;
  if (!ParseArgs(argc, argv, &o)) return Usage(argv[0]);
  auto anns = FirstAnnPerDoc(o.polnear);
  if (anns.empty()) {
    std::fprintf(stderr, "%s: no .ann files under %s/attributions\n", argv[0], o.polnear.c_str());
    return 1;
  }
  std::map<std::string, std::pair<double, double>> counts;  // form -> (cue, seen)
  size_t docs = 0;
  for (const auto& [stem, ann_path] : anns) {
    if (docs >= o.max_docs) break;
    std::string text, ann;
    if (!ReadFile(fs::path(o.polnear) / "text" / (stem + ".txt"), &text) ||
        !ReadFile(ann_path, &ann))
      continue;
    ++docs;
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
  Status st = SaveCueModel(m, o.out);
  if (!st.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[0], st.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "%s: %zu documents, %zu cue forms -> %s\n", argv[0], docs, m.cues.size(),
               o.out.c_str());
  return 0;
}

}  // namespace newsgraph::quotes
