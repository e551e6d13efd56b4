// `newsgraph search`: full-text search (FTS5, bm25) over article titles and
// bodies and over quotes, with highlighted snippets.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "store/cli_support.h"
#include "store/query.h"

namespace newsgraph::cli {
namespace {

void PrintJson(const std::vector<store::SearchHit>& hits) {
  std::string out;
  for (const store::SearchHit& h : hits) {
    JsonWriter w(&out);
    w.BeginObject().Field("kind", h.kind).Field("article", h.article_id);
    if (h.kind == "quote") w.Field("quote", h.quote_row).FieldOrNull("speaker", h.speaker);
    w.FieldOrNull("title", h.title).FieldOrNull("outlet", h.outlet);
    w.FieldOrNull("published", h.published).FieldOrNull("url", h.url);
    w.Field("snippet", h.snippet).Key("score").Double(h.score).EndObject();
    out.push_back('\n');
  }
  std::fputs(out.c_str(), stdout);
}

void PrintText(const std::vector<store::SearchHit>& hits) {
  if (hits.empty()) std::printf("no matches\n");
  for (const store::SearchHit& h : hits) {
    std::string where = h.published.empty() ? "undated" : h.published;
    if (!h.outlet.empty()) where += "  " + h.outlet;
    if (h.kind == "quote") {
      std::printf("quote    %s  %s\n         \"%s\"\n         — %s, in \"%s\"\n\n", where.c_str(),
                  h.url.c_str(), store::Compact(h.snippet, 400).c_str(),
                  h.speaker.empty() ? "(unattributed)" : h.speaker.c_str(),
                  store::Compact(h.title, 100).c_str());
    } else {
      std::printf("article  %s  %s\n         %s\n         %s\n\n", where.c_str(), h.url.c_str(),
                  store::Compact(h.title, 120).c_str(), store::Compact(h.snippet, 400).c_str());
    }
  }
}

}  // namespace

int RunSearch(int argc, char** argv) {
  CLI::App app("Full-text search over stored articles and quotes, best matches first.", argv[0]);
  std::string db = store::kDefaultDb;
  std::vector<std::string> words;
  store::SearchOptions o;
  bool json = false, articles_only = false, quotes_only = false;
  app.add_option("--db", db, "database file")->capture_default_str();
  app.add_option("query", words, "FTS5 query: words, \"a phrase\", a OR b, NOT c, pre*")
      ->required();
  app.add_option("--limit,-n", o.limit, "most results")->capture_default_str();
  app.add_flag("--json", json, "one JSON object per result");
  app.add_flag("--articles", articles_only, "only articles");
  app.add_flag("--quotes", quotes_only, "only quotes");
  CLI11_PARSE(app, argc, argv);
  for (const std::string& w : words) o.query += (o.query.empty() ? "" : " ") + w;
  if (articles_only || quotes_only) {
    o.articles = articles_only;
    o.quotes = quotes_only;
  }
  if (!json && store::IsTerminal(stdout)) {
    o.mark_open = "\033[1m";
    o.mark_close = "\033[0m";
  }
  auto st = store::OpenForQuery(db);
  if (!st.ok()) {
    std::fprintf(stderr, "newsgraph search: %s\n", st.status().ToString().c_str());
    return 1;
  }
  auto hits = store::Search(**st, o);
  if (!hits.ok()) {
    std::fprintf(stderr, "newsgraph search: %s\n", hits.status().ToString().c_str());
    return 1;
  }
  json ? PrintJson(*hits) : PrintText(*hits);
  return 0;
}

}  // namespace newsgraph::cli
