// `newsgraph train clusters --news FILE [--news FILE...] --out models/clusters.ngm`
// Learns word classes (clusters.h) from unlabelled articles read by src/ingest (JSONL or
// text, .gz transparently). Bounded by --max-tokens; deterministic for the same input.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "entities/clusters.h"
#include "entities/train_main.h"
#include "ingest/reader.h"

namespace newsgraph::entities {
namespace {

std::clock_t g_start;

void Progress(const char* what) {
  std::fprintf(stderr, "[%.0f s cpu] %s\n",
               static_cast<double>(std::clock() - g_start) / CLOCKS_PER_SEC, what);
}

int Usage(const char* argv0) {
  std::fprintf(stderr,
               "usage: %s --news FILE [--news FILE...] --out models/clusters.ngm\n"
               "          [--vocab N] [--contexts N] [--dims N] [--iterations N]\n"
               "          [--min-count N] [--max-tokens N] [--seed N]\n"
               "          [--show WORD...]  (print the classmates of WORD after training)\n",
               argv0);
  return 2;
}

void Show(const WordClusters& c, const std::string& word) {
  const ClusterPath* p = c.Find(WordClusters::Key(word));
  if (!p) {
    std::fprintf(stderr, "%s: not in the vocabulary\n", word.c_str());
    return;
  }
  std::fprintf(stderr, "%s [%u/%u/%u]\n", word.c_str(), (*p)[0], (*p)[1], (*p)[2]);
  for (int level = 1; level < kClusterLevels; ++level) {
    std::string mates;
    size_t n = 0;
    for (size_t i = 0; i < c.size() && n < 20; ++i) {
      if (c.path(i)[level] != (*p)[level] || c.word(i) == WordClusters::Key(word)) continue;
      mates += " " + c.word(i);
      ++n;
    }
    std::fprintf(stderr, "  level %d:%s\n", level, mates.c_str());
  }
}

}  // namespace

int TrainClustersMain(int argc, char** argv) {
  g_start = std::clock();
  std::vector<std::string> news, show;
  std::string out;
  WordClusters::BuildOptions opt;
  WordClusters::Builder builder;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    auto num = [&](long lo, long hi, long* v) {
      const char* s = next();
      if (!s) return false;
      *v = std::strtol(s, nullptr, 10);
      return *v >= lo && *v <= hi;
    };
    long v = 0;
    const char* s = nullptr;
    if (a == "--news" && (s = next()))
      news.push_back(s);
    else if (a == "--out" && (s = next()))
      out = s;
    else if (a == "--show" && (s = next()))
      show.push_back(s);
    else if (a == "--vocab" && num(2, 1'000'000, &v))
      opt.vocab = v;
    else if (a == "--contexts" && num(1, 100'000, &v))
      opt.contexts = v;
    else if (a == "--dims" && num(0, 4096, &v))
      opt.dims = static_cast<int>(v);
    else if (a == "--iterations" && num(1, 1000, &v))
      opt.iterations = static_cast<int>(v);
    else if (a == "--min-count" && num(1, 1'000'000, &v))
      opt.min_count = v;
    else if (a == "--max-tokens" && num(1, 2'000'000'000, &v))
      builder.max_tokens = v;
    else if (a == "--seed" && num(0, 1'000'000'000, &v))
      opt.seed = static_cast<uint32_t>(v);
    else
      return Usage(argv[0]);
  }
  if (news.empty() || out.empty()) return Usage(argv[0]);
  auto reader = ingest::OpenReader(news, ingest::ReaderOptions());
  if (!reader.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[0], reader.status().ToString().c_str());
    return 1;
  }
  ingest::ReadItem item;
  size_t articles = 0, errors = 0;
  while ((*reader)->Next(&item) && builder.tokens() < builder.max_tokens) {
    if (!item.doc) {
      ++errors;
      continue;
    }
    builder.AddText(item.doc->text());
    ++articles;
  }
  std::fprintf(stderr, "%zu articles (%zu unreadable), %zu tokens\n", articles, errors,
               builder.tokens());
  Progress("read");
  auto c = builder.Build(opt, Progress);
  if (!c.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[0], c.status().ToString().c_str());
    return 1;
  }
  Progress("built");
  for (const std::string& w : show) Show(**c, w);
  Status st = (*c)->Save(out);
  if (!st.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[0], st.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "wrote %s (%zu words)\n", out.c_str(), (*c)->size());
  return 0;
}

}  // namespace newsgraph::entities
