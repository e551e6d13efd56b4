// `newsgraph quotes`: stored quotes by speaker, topic and date, newest first.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "quotes/lexicon.h"
#include "store/cli_support.h"
#include "store/query.h"

namespace newsgraph::cli {
namespace {

void PrintJson(const std::vector<store::QuoteRow>& quotes) {
  std::string out;
  for (const store::QuoteRow& q : quotes) {
    JsonWriter w(&out);
    store::WriteQuoteJson(w, q);
    out.push_back('\n');
  }
  std::fputs(out.c_str(), stdout);
}

void PrintText(const std::vector<store::QuoteRow>& quotes) {
  if (quotes.empty()) std::printf("no quotes\n");
  for (const store::QuoteRow& q : quotes) {
    std::string speaker = q.speaker.empty() ? "(unattributed)" : q.speaker;
    if (!q.source.empty() && q.source != q.speaker) speaker += " (\"" + q.source + "\")";
    std::printf("%s  %s  %s  [%s]\n  \"%s\"\n\n",
                q.published.empty() ? "undated" : q.published.c_str(),
                q.outlet.empty() ? "-" : q.outlet.c_str(), speaker.c_str(), q.kind.c_str(),
                store::Compact(q.content, 600).c_str());
  }
}

}  // namespace

int RunQuotes(int argc, char** argv) {
  CLI::App app("Stored quotes by speaker, topic and date, newest first.", argv[0]);
  std::string db = store::kDefaultDb;
  store::QuoteFilter f;
  bool json = false;
  app.add_option("--db", db, "database file")->capture_default_str();
  app.add_option("--speaker", f.speaker,
                 "speaker: entity name, any mention of it (\"Lavrov\", \"the foreign minister\"), "
                 "or the actor's kb id");
  app.add_option("--about", f.about, "an actor mentioned inside the quote");
  app.add_option("--since", f.since, "published on or after YYYY[-MM[-DD]]");
  app.add_option("--until", f.until, "published on or before YYYY[-MM[-DD]]");
  app.add_option("--limit,-n", f.limit, "most quotes")->capture_default_str();
  app.add_flag("--attributed", f.with_speaker, "only quotes with a speaker");
  bool all = false;
  app.add_flag("--all", all,
               "every attribution, also beliefs, findings and wishes (\"X believes\", \"a poll "
               "found\"); default: only what someone said");
  app.add_flag("--json", json, "one JSON object per quote");
  CLI11_PARSE(app, argc, argv);
  if (!all) f.speech_lemmas = quotes::SpeechCueLemmas();
  auto st = store::OpenForQuery(db);
  if (!st.ok()) {
    std::fprintf(stderr, "newsgraph quotes: %s\n", st.status().ToString().c_str());
    return 1;
  }
  auto quotes = store::FindQuotes(**st, f);
  if (!quotes.ok()) {
    std::fprintf(stderr, "newsgraph quotes: %s\n", quotes.status().ToString().c_str());
    return quotes.status().code() == StatusCode::kInvalidArgument ? 2 : 1;
  }
  json ? PrintJson(*quotes) : PrintText(*quotes);
  return 0;
}

}  // namespace newsgraph::cli
