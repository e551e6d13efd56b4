// bench_syntax: tokens per CPU second of the tagger alone and of tagger +
// parser, on ONE thread, over a CoNLL-U file with gold tokens (default: UD
// English-EWT dev). It checks its answer first: the UPOS accuracy and UAS of
// the run must be sane (>= 90% / 75%), or no speed is reported (exit 1).
//
//   bench_syntax [FILE.conllu] [--models DIR] [--repeat N] [--cold]
//
// The tagger keeps a per-thread cache of the words it has seen (tagger.cc,
// WordCache), so a repeated pass over the file finds its words cached and the
// tag + parse pass finds those of the tag pass. --cold runs every timed pass
// on a new thread instead: the cache starts empty each time, as for a fresh
// worker on text it has not seen (a lower bound for a long-running one).
//
// The file absent: prints "skipped", exit 0.
#include <time.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "newsgraph/pipeline.h"
#include "syntax/conllu.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace {

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph;
  std::string file = "/work/shared/data/syntax/ud-ewt/dev.conllu";
  std::string models = DefaultModelDir();
  int repeat = 3;
  bool cold = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--cold")) {
      cold = true;
    } else if (!std::strcmp(argv[i], "--models") && i + 1 < argc) {
      models = argv[++i];
    } else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      file = argv[i];
    }
  }
  if (!std::filesystem::exists(file)) {
    std::printf("bench_syntax: skipped (%s absent)\n", file.c_str());
    return 0;
  }
  auto sents = syntax::ReadConlluFile(file);
  syntax::Tagger tagger;
  syntax::Parser parser;
  Status st = sents.ok() ? tagger.LoadFile(models + "/tagger.ngm") : sents.status();
  if (st.ok()) st = parser.LoadFile(models + "/parser.ngm");
  if (!st.ok()) {
    std::fprintf(stderr, "bench_syntax: %s\n", st.ToString().c_str());
    return 1;
  }
  std::vector<std::vector<std::string_view>> words;
  size_t tokens = 0;
  for (const auto& s : *sents) {
    words.emplace_back();
    for (const auto& w : s.words) words.back().push_back(w.form);
    tokens += s.words.size();
  }
  std::vector<int> tags, heads, labels;
  syntax::ParserInput input;
  double best_tag = 1e30, best_all = 1e30;
  size_t upos = 0, uas = 0;
  // Runs a timed pass on this thread, or with --cold on a new one; its CPU seconds.
  auto timed = [cold](auto pass) {
    double seconds = 0;
    auto run = [&] {
      double t0 = ThreadCpuSeconds();
      pass();
      seconds = ThreadCpuSeconds() - t0;
    };
    if (cold)
      std::thread(run).join();
    else
      run();
    return seconds;
  };
  for (int r = 0; r < repeat; ++r) {
    double tag_s = timed([&] {
      for (const auto& w : words) tagger.Tag(w, &tags);
    });
    double all_s = timed([&] {
      upos = uas = 0;
      for (size_t i = 0; i < words.size(); ++i) {
        syntax::TagForParser(tagger, words[i], &tags, &input);
        parser.Parse(input, &heads, &labels);
        for (size_t j = 0; j < words[i].size(); ++j) {
          upos += tagger.Upos(tags[j]) == (*sents)[i].words[j].upos;
          uas += heads[j] == (*sents)[i].words[j].head;
        }
      }
    });
    best_tag = std::min(best_tag, tag_s);
    best_all = std::min(best_all, all_s);
  }
  double acc = tokens ? static_cast<double>(upos) / tokens : 0;
  double uacc = tokens ? static_cast<double>(uas) / tokens : 0;
  std::printf("bench_syntax: %s: %zu sentences, %zu tokens; UPOS %.4f UAS %.4f\n", file.c_str(),
              sents->size(), tokens, acc, uacc);
  if (acc < 0.90 || uacc < 0.75) {
    std::printf("bench_syntax: WRONG ANSWER (accuracy too low): no speed reported\n");
    return 1;
  }
  std::printf("tag:         %.0f tokens per CPU second (one thread)\n", tokens / best_tag);
  std::printf("tag + parse: %.0f tokens per CPU second (one thread)\n", tokens / best_all);
  return 0;
}
