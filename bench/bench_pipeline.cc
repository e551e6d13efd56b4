// bench_pipeline: the whole extraction pipeline on ONE thread, stage by stage.
//
//   bench_pipeline [FILE] [--limit N] [--repeat N] [--models DIR]
//
// Reads the first N articles (default 1000) of a news JSONL(.gz) file into
// memory with the real reader, then processes copies of them with a pipeline
// that has more and more stages switched on: segment; + syntax; + entities;
// + times; + quotes; + events; and finally the JSON serialisation of every
// article. Each line reports CPU seconds (this thread), MB/s of article text
// and articles/s, and the cost the last stage added. Model loading is timed
// apart (it is paid once per process, not per article).
//
// FILE defaults to /work/shared/data/news/allsides-full.jsonl.gz; when it is
// absent the program prints "skipped" and exits 0.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "newsgraph/pipeline.h"
#include "pipeline/output_json.h"

namespace {

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct Args {
  std::string file = "/work/shared/data/news/allsides-full.jsonl.gz";
  std::string models;
  size_t limit = 1000;
  int repeat = 1;
};

bool ParseArgs(int argc, char** argv, Args* a) {
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    if (s == "--limit" && i + 1 < argc) {
      a->limit = std::strtoull(argv[++i], nullptr, 10);
    } else if (s == "--repeat" && i + 1 < argc) {
      a->repeat = std::max(1, std::atoi(argv[++i]));
    } else if (s == "--models" && i + 1 < argc) {
      a->models = argv[++i];
    } else if (!s.empty() && s[0] != '-') {
      a->file = s;
    } else {
      std::fprintf(stderr, "usage: bench_pipeline [FILE] [--limit N] [--repeat N] [--models DIR]\n");
      return false;
    }
  }
  return true;
}

bool ReadArticles(const Args& args, std::vector<newsgraph::Document>* docs, size_t* bytes) {
  auto reader = newsgraph::ingest::OpenReader({args.file}, newsgraph::ingest::ReaderOptions{});
  if (!reader.ok()) {
    std::fprintf(stderr, "bench_pipeline: %s\n", reader.status().ToString().c_str());
    return false;
  }
  newsgraph::ingest::ReadItem item;
  while ((args.limit == 0 || docs->size() < args.limit) && (*reader)->Next(&item)) {
    if (!item.doc) continue;
    *bytes += item.doc->text().size();
    docs->push_back(std::move(*item.doc));
  }
  return true;
}

struct Stages {
  const char* name;
  bool syntax, entities, times, quotes, events, json;
};

constexpr Stages kStages[] = {
    {"segment", false, false, false, false, false, false},
    {"+ syntax", true, false, false, false, false, false},
    {"+ entities", true, true, false, false, false, false},
    {"+ times", true, true, true, false, false, false},
    {"+ quotes", true, true, true, true, false, false},
    {"+ events", true, true, true, true, true, false},
    {"+ json output", true, true, true, true, true, true},
};

// CPU seconds of the fastest of `repeat` passes over docs, or < 0 on error.
double TimeStages(const Args& args, const Stages& st, const std::vector<newsgraph::Document>& docs,
                  double* load_cpu) {
  newsgraph::PipelineOptions po;
  po.model_dir = args.models;
  po.syntax = st.syntax;
  po.entities = st.entities;
  po.times = st.times;
  po.quotes = st.quotes;
  po.events = st.events;
  double l0 = ThreadCpuSeconds();
  auto pipeline = newsgraph::Pipeline::Create(po);
  *load_cpu = ThreadCpuSeconds() - l0;
  if (!pipeline.ok()) {
    std::fprintf(stderr, "bench_pipeline: %s\n", pipeline.status().ToString().c_str());
    return -1;
  }
  double best = -1;
  std::string out;
  for (int r = 0; r < args.repeat; ++r) {
    double c0 = ThreadCpuSeconds();
    for (const newsgraph::Document& original : docs) {
      newsgraph::Document doc = original;
      if (!(*pipeline)->Process(&doc).ok()) continue;  // a per-article error: still timed
      if (st.json) {
        out.clear();
        newsgraph::WriteDocumentJson(doc, newsgraph::OutputOptions{}, &out);
      }
    }
    double cpu = ThreadCpuSeconds() - c0;
    if (best < 0 || cpu < best) best = cpu;
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) return 2;
  if (FILE* f = std::fopen(args.file.c_str(), "rb")) {
    std::fclose(f);
  } else {
    std::printf("bench_pipeline: %s absent: skipped\n", args.file.c_str());
    return 0;
  }
  std::vector<newsgraph::Document> docs;
  size_t bytes = 0;
  if (!ReadArticles(args, &docs, &bytes)) return 1;
  double mb = bytes / 1e6;
  std::printf("%zu articles, %.2f MB of text, one thread, CPU seconds (best of %d)\n", docs.size(),
              mb, args.repeat);
  std::printf("%-15s %9s %9s %11s %10s %9s\n", "stages", "CPU s", "MB/s", "articles/s", "stage s",
              "load s");
  double previous = 0;
  for (const Stages& st : kStages) {
    double load = 0;
    double cpu = TimeStages(args, st, docs, &load);
    if (cpu < 0) return 1;
    std::printf("%-15s %9.2f %9.3f %11.1f %10.2f %9.2f\n", st.name, cpu, mb / cpu,
                docs.size() / cpu, cpu - previous, load);
    std::fflush(stdout);
    previous = cpu;
  }
  return 0;
}
