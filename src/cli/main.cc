// newsgraph: reads news and writes down who said what, who did what to whom,
// and who the actors are. See README.md.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"

namespace {

struct Command {
  const char* name;
  int (*run)(int, char**);
  const char* help;
};

const Command kCommands[] = {
    {"extract", newsgraph::cli::RunExtract, "articles in, one JSON line per article out"},
    {"ingest", newsgraph::cli::RunIngest, "extract and store into a SQLite database"},
    {"report", newsgraph::cli::RunReport, "short report of what a database holds"},
    {"search", newsgraph::cli::RunSearch, "full-text search over articles and quotes"},
    {"quotes", newsgraph::cli::RunQuotes, "quotes by speaker, topic and date"},
    {"actors", newsgraph::cli::RunActors, "most mentioned actors"},
    {"actor", newsgraph::cli::RunActor, "one actor: mentions over time, co-occurring actors"},
    {"events", newsgraph::cli::RunEvents, "coded events by actor, type and date"},
    {"export", newsgraph::cli::RunExport, "export events as PLOVER JSONL, GDELT/ICEWS TSV, CSV"},
    {"stats", newsgraph::cli::RunStats, "counts of what a database holds"},
    {"delete", newsgraph::cli::RunDelete, "delete articles and all extracted from them"},
    {"serve", newsgraph::cli::RunServe, "HTTP API and web UI over a database"},
    {"tag", newsgraph::cli::RunTag, "POS tags and dependency trees (CoNLL-U or text)"},
    {"train", newsgraph::cli::RunTrain, "train a model (tagger, parser, ner, quotes)"},
};

void Usage(FILE* f) {
  std::fprintf(f, "usage: newsgraph COMMAND [OPTIONS]   (newsgraph COMMAND --help)\n\ncommands:\n");
  for (const Command& c : kCommands) std::fprintf(f, "  %-8s %s\n", c.name, c.help);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    Usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  for (const Command& c : kCommands) {
    if (std::strcmp(argv[1], c.name) != 0) continue;
    std::string name = std::string("newsgraph ") + c.name;
    argv[1] = name.data();
    return c.run(argc - 1, argv + 1);
  }
  std::fprintf(stderr, "newsgraph: unknown command '%s'\n\n", argv[1]);
  Usage(stderr);
  return 2;
}
