// `newsgraph extract`: the stateless stdin→stdout filter of SCHEMA.md.
#include <csignal>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/common.h"
#include "pipeline/output_json.h"
#include "pipeline/runner.h"

namespace newsgraph::cli {
namespace {

Status WriteBatch(std::vector<Processed>& batch, const OutputOptions& out_opts, bool strict,
                  size_t* errors) {
  std::string buf;
  for (Processed& p : batch) {
    if (p.item.doc && p.status.ok()) {
      WriteDocumentJson(*p.item.doc, out_opts, &buf);
    } else {
      std::string why = p.item.doc ? p.status.ToString() : p.item.error;
      std::string id = p.item.doc ? p.item.doc->meta.id : p.item.id;
      WriteErrorJson(id, why, &buf);
      std::fprintf(stderr, "newsgraph extract: %s: %s\n", p.item.source.c_str(), why.c_str());
      ++*errors;
      if (strict) return Status::InvalidArgument("--strict: " + why);
    }
    buf.push_back('\n');
  }
  if (std::fwrite(buf.data(), 1, buf.size(), stdout) != buf.size() || std::fflush(stdout) != 0)
    return Status::IoError("cannot write to standard output");
  return Status::Ok();
}

}  // namespace

int RunExtract(int argc, char** argv) {
  CLI::App app("Reads articles and writes one JSON object per article (SCHEMA.md).", argv[0]);
  PipelineFlags flags;
  AddPipelineFlags(&app, &flags);
  std::vector<std::string> inputs;
  OutputOptions out_opts;
  bool strict = false;
  app.add_option("inputs", inputs, "files or directories (.gz ok); none or - for stdin");
  app.add_flag("--strict", strict, "stop with exit status 1 at the first bad article");
  app.add_flag("--byte-offsets", out_opts.byte_offsets, "add bstart/bend to spans");
  app.add_flag("--tokens", out_opts.tokens, "add sentences and tokens (with syntax)");
  CLI11_PARSE(app, argc, argv);
  if (!FinishPipelineFlags(&flags)) return 2;
  std::signal(SIGPIPE, SIG_IGN);

  auto pipeline = Pipeline::Create(flags.pipeline);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "newsgraph extract: %s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  auto reader = ingest::OpenReader(inputs, flags.reader);
  if (!reader.ok()) {
    std::fprintf(stderr, "newsgraph extract: %s\n", reader.status().ToString().c_str());
    return 1;
  }
  size_t errors = 0;
  RunnerOptions ropts;
  ropts.threads = flags.threads;
  Status s = RunPipeline(reader->get(), **pipeline, ropts, [&](std::vector<Processed>& batch) {
    return WriteBatch(batch, out_opts, strict, &errors);
  });
  if (!s.ok()) {
    std::fprintf(stderr, "newsgraph extract: %s\n", s.ToString().c_str());
    return 1;
  }
  return 0;
}

}  // namespace newsgraph::cli
