// Options shared by the subcommands that run the pipeline.
#ifndef NEWSGRAPH_CLI_COMMON_H_
#define NEWSGRAPH_CLI_COMMON_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "newsgraph/pipeline.h"

namespace newsgraph::cli {

struct PipelineFlags {
  PipelineOptions pipeline;
  ingest::ReaderOptions reader;
  std::string format = "auto";
  int threads = 0;
  bool no_syntax = false, no_entities = false, no_quotes = false, no_events = false;
  bool no_hover_mask = false;
};

// Adds --format, --threads, --models, --kb, --actors, --verbs, --max-article-bytes,
// --keep-meta, --no-hover-mask and the stage switches to app.
void AddPipelineFlags(CLI::App* app, PipelineFlags* flags);

// Copies the parsed flags into the option structs. Returns false (after
// printing why) when a value is invalid.
bool FinishPipelineFlags(PipelineFlags* flags);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_COMMON_H_
