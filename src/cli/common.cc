#include "cli/common.h"

#include <cstdio>

namespace newsgraph::cli {

void AddPipelineFlags(CLI::App* app, PipelineFlags* f) {
  app->add_option("--format", f->format,
                  "input format: auto (by file name; stdin sniffed), jsonl, text, html")
      ->check(CLI::IsMember({"auto", "jsonl", "text", "html"}));
  app->add_option("--threads", f->threads, "worker threads (0: all cores)");
  app->add_option("--models", f->pipeline.model_dir, "model directory");
  app->add_option("--kb", f->pipeline.kb_path, "actor knowledge base file");
  app->add_option("--actors", f->pipeline.actor_dicts, "PETRARCH/Phoenix actor dictionary")
      ->take_all();
  app->add_option("--verbs", f->pipeline.verb_dicts, "PETRARCH verb dictionary");
  app->add_option("--max-article-bytes", f->pipeline.max_article_bytes,
                  "larger articles become errors");
  app->add_flag("--keep-meta", f->reader.keep_meta, "keep unknown JSONL fields under meta");
  app->add_flag("--no-hover-mask", f->no_hover_mask,
                "let the stages read The Hill's hover cards (docs/schema.md)");
  app->add_flag("--no-syntax", f->no_syntax, "skip tagging and parsing (and what needs them)");
  app->add_flag("--no-entities", f->no_entities, "skip entities (and what needs them)");
  app->add_flag("--no-quotes", f->no_quotes, "skip quotes (and events)");
  app->add_flag("--no-events", f->no_events, "skip events");
}

bool FinishPipelineFlags(PipelineFlags* f) {
  if (f->format == "jsonl") {
    f->reader.format = ingest::Format::kJsonl;
  } else if (f->format == "text") {
    f->reader.format = ingest::Format::kText;
  } else if (f->format == "html") {
    f->reader.format = ingest::Format::kHtml;
  } else {
    f->reader.format = ingest::Format::kAuto;
  }
  f->reader.max_article_bytes = f->pipeline.max_article_bytes;
  f->reader.mask_hover_cards = !f->no_hover_mask;
  f->pipeline.syntax = !f->no_syntax;
  f->pipeline.entities = !f->no_entities;
  f->pipeline.quotes = !f->no_quotes;
  f->pipeline.events = !f->no_events;
  if (f->threads < 0) {
    std::fprintf(stderr, "--threads must be >= 0\n");
    return false;
  }
  return true;
}

}  // namespace newsgraph::cli
