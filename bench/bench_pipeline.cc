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
// With --split, each stage after syntax is timed on its own instead: the
// articles are segmented and parsed once (untimed), then every pass copies
// them and times each stage's own call (entities, times, quotes, events, JSON)
// with the thread CPU clock. This isolates a stage from the cost of the ones
// before it, which the cumulative table can only show as a noisy difference.
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

#include "entities/entities.h"
#include "events/events.h"
#include "ingest/reader.h"
#include "newsgraph/pipeline.h"
#include "pipeline/output_json.h"
#include "quotes/quotes.h"
#include "time/time.h"

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
  bool split = false;
};

bool ParseArgs(int argc, char** argv, Args* a) {
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    if (s == "--limit" && i + 1 < argc) {
      a->limit = std::strtoull(argv[++i], nullptr, 10);
    } else if (s == "--repeat" && i + 1 < argc) {
      a->repeat = std::max(1, std::atoi(argv[++i]));
    } else if (s == "--split") {
      a->split = true;
    } else if (s == "--models" && i + 1 < argc) {
      a->models = argv[++i];
    } else if (!s.empty() && s[0] != '-') {
      a->file = s;
    } else {
      std::fprintf(stderr,
                   "usage: bench_pipeline [FILE] [--limit N] [--repeat N] [--models DIR] "
                   "[--split]\n");
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

// --split: the stages after syntax, each timed alone (best pass per stage).
int SplitStages(const Args& args, const std::vector<newsgraph::Document>& docs, double mb) {
  using newsgraph::Document;
  newsgraph::PipelineOptions po;
  po.model_dir = args.models.empty() ? newsgraph::DefaultModelDir() : args.models;
  po.entities = po.times = po.quotes = po.events = false;
  auto parse = newsgraph::Pipeline::Create(po);
  if (!parse.ok()) {
    std::fprintf(stderr, "bench_pipeline: %s\n", parse.status().ToString().c_str());
    return 1;
  }
  double t0 = ThreadCpuSeconds();
  std::vector<Document> parsed;
  parsed.reserve(docs.size());
  for (const Document& original : docs) {
    parsed.push_back(original);
    if (!(*parse)->Process(&parsed.back()).ok()) parsed.pop_back();
  }
  double syntax_cpu = ThreadCpuSeconds() - t0;
  po.entities = po.times = po.quotes = po.events = true;
  auto ent = newsgraph::entities::EntityModel::Load(po);
  auto quo = newsgraph::quotes::QuoteModel::Load(po);
  auto evt = newsgraph::events::EventCoder::Load(po);
  if (!ent.ok() || !quo.ok() || !evt.ok()) {
    std::fprintf(stderr, "bench_pipeline: a model did not load\n");
    return 1;
  }
  enum { kEntities, kTimes, kQuotes, kEvents, kJson, kN };
  const char* names[kN] = {"entities", "times", "quotes", "events", "json output"};
  double best[kN];
  std::fill(best, best + kN, -1.0);
  std::string out;
  for (int r = 0; r < args.repeat; ++r) {
    double cpu[kN] = {};
    for (const Document& p : parsed) {
      Document doc = p;
      double a = ThreadCpuSeconds();
      (void)(*ent)->Annotate(&doc);
      double b = ThreadCpuSeconds();
      (void)newsgraph::time::ResolveTimes(&doc);
      double c = ThreadCpuSeconds();
      (void)(*quo)->Annotate(&doc);
      double d = ThreadCpuSeconds();
      (void)(*evt)->Annotate(&doc);
      double e = ThreadCpuSeconds();
      out.clear();
      newsgraph::WriteDocumentJson(doc, newsgraph::OutputOptions{}, &out);
      double f = ThreadCpuSeconds();
      cpu[kEntities] += b - a;
      cpu[kTimes] += c - b;
      cpu[kQuotes] += d - c;
      cpu[kEvents] += e - d;
      cpu[kJson] += f - e;
    }
    for (int k = 0; k < kN; ++k)
      if (best[k] < 0 || cpu[k] < best[k]) best[k] = cpu[k];
  }
  std::printf("%-15s %9s %9s %9s\n", "stage alone", "CPU s", "s/MB", "MB/s");
  std::printf("%-15s %9.2f %9.3f %9.3f   (segment + syntax, one pass)\n", "syntax", syntax_cpu,
              syntax_cpu / mb, mb / syntax_cpu);
  double rest = 0;
  for (int k = 0; k < kN; ++k) {
    rest += best[k];
    std::printf("%-15s %9.3f %9.3f %9.2f\n", names[k], best[k], best[k] / mb, mb / best[k]);
  }
  std::printf("%-15s %9.3f %9.3f %9.2f\n", "after syntax", rest, rest / mb, mb / rest);
  return 0;
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
  if (args.split) return SplitStages(args, docs, mb);
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
