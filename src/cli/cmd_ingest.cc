// `newsgraph ingest`: extract + store. Runs the pipeline on all cores and
// writes each runner batch in one transaction; idempotent by content hash, so
// a re-run after a crash (even SIGKILL) loses and duplicates nothing.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/common.h"
#include "newsgraph/store.h"
#include "pipeline/runner.h"
#include "store/cli_support.h"
#include "store/ingest.h"

namespace newsgraph::cli {
namespace {

using Clock = std::chrono::steady_clock;

// Progress line on a terminal: articles, rate, and percent/ETA when the
// total is known. Redrawn once per batch; cleared before other output.
class Progress {
 public:
  Progress(bool enabled, size_t total) : enabled_(enabled), total_(total) {}

  void Update(const store::IngestCounts& c) {
    if (!enabled_) return;
    double secs = Elapsed();
    double rate = secs > 0 ? c.read / secs : 0;
    std::string line = "\r\033[K  " + std::to_string(c.read);
    if (total_ > 0 && c.read <= total_) {
      line += "/" + std::to_string(total_) + " (" +
              std::to_string(static_cast<int>(100.0 * c.read / total_)) + "%)";
    }
    char buf[96];
    std::snprintf(buf, sizeof buf, " articles  %.1f/s  stored %zu  dup %zu  err %zu", rate,
                  c.stored, c.duplicates, c.errors);
    line += buf;
    if (total_ > c.read && rate > 0) {
      line += "  ETA " + store::HumanDuration((total_ - c.read) / rate);
    }
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    drawn_ = true;
  }
  void Clear() {
    if (drawn_) std::fputs("\r\033[K", stderr);
    drawn_ = false;
  }
  double Elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

 private:
  bool enabled_;
  size_t total_;
  bool drawn_ = false;
  Clock::time_point start_ = Clock::now();
};

void PrintSummary(const store::IngestCounts& c, double secs, const std::string& db) {
  std::fprintf(
      stderr,
      "newsgraph ingest: read %zu, stored %zu%s, skipped %zu duplicates, %zu errors in "
      "%.1f s (%.1f articles/s) -> %s\n",
      c.read, c.stored,
      c.replaced ? (" (replacing " + std::to_string(c.replaced) + " older versions)").c_str() : "",
      c.duplicates, c.errors, secs, secs > 0 ? c.read / secs : 0.0, db.c_str());
}

}  // namespace

int RunIngest(int argc, char** argv) {
  CLI::App app("Extracts articles and stores them in a SQLite database (docs/database.md).",
               argv[0]);
  PipelineFlags flags;
  AddPipelineFlags(&app, &flags);
  std::string db = store::kDefaultDb;
  std::vector<std::string> inputs;
  size_t batch_size = 256;
  std::string progress = "auto";
  StoreOptions store_options;
  app.add_option("--db", db, "database file (created if missing)")->capture_default_str();
  app.add_flag("--replace", store_options.replace_same_id,
               "a new version of a stored article (same id, else same url, other content) "
               "replaces it and everything extracted from it");
  app.add_option("inputs", inputs, "files or directories (.gz ok); none or - for stdin");
  app.add_option("--batch-size", batch_size, "articles per transaction")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{100000}));
  app.add_option("--progress", progress, "progress bar on stderr: auto (on a terminal), yes, no")
      ->check(CLI::IsMember({"auto", "yes", "no"}));
  CLI11_PARSE(app, argc, argv);
  if (!FinishPipelineFlags(&flags)) return 2;
  std::signal(SIGPIPE, SIG_IGN);
  const char* me = "newsgraph ingest";

  // The database first: a bad --db fails before any work.
  auto st = Store::Open(db, store_options);
  if (!st.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, st.status().ToString().c_str());
    return 1;
  }
  auto pipeline = Pipeline::Create(flags.pipeline);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, pipeline.status().ToString().c_str());
    return 1;
  }
  auto reader = ingest::OpenReader(inputs, flags.reader);
  if (!reader.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, reader.status().ToString().c_str());
    return 1;
  }
  bool show = progress == "yes" || (progress == "auto" && store::IsTerminal(stderr));
  Progress bar(show, show ? store::EstimateArticles(inputs, uint64_t{1} << 30) : 0);
  store::IngestCounts counts;
  auto report = [&](const std::string& source, const std::string& id, const std::string& why) {
    bar.Clear();
    std::fprintf(stderr, "%s: %s%s%s: %s\n", me, source.c_str(), id.empty() ? "" : " ", id.c_str(),
                 why.c_str());
  };
  RunnerOptions ropts;
  ropts.threads = flags.threads;
  ropts.batch_size = batch_size;
  // The database write of batch n overlaps the processing of batch n+1.
  store::BackgroundWriter writer(st->get(), &counts, report);
  Status s = RunPipeline(reader->get(), **pipeline, ropts, [&](std::vector<Processed>& batch) {
    NG_RETURN_IF_ERROR(writer.Wait());
    bar.Update(counts);
    writer.Start(batch);
    return Status::Ok();
  });
  Status w = writer.Wait();
  if (s.ok()) s = w;
  bar.Clear();
  PrintSummary(counts, bar.Elapsed(), db);
  if (!s.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, s.ToString().c_str());
    return 1;
  }
  return 0;
}

}  // namespace newsgraph::cli
