// `newsgraph stats`: counts of what a database holds.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "store/cli_support.h"
#include "store/query.h"

namespace newsgraph::cli {
namespace {

void PrintCounts(const char* title, const std::vector<store::Count>& counts) {
  if (counts.empty()) return;
  std::printf("%s\n", title);
  for (const store::Count& c : counts)
    std::printf("  %-28s %10lld\n", c.key.c_str(), static_cast<long long>(c.n));
}

void CountsJson(JsonWriter& w, const char* key, const std::vector<store::Count>& counts) {
  w.Key(key).BeginObject();
  for (const store::Count& c : counts) w.Key(c.key).Int(c.n);
  w.EndObject();
}

void PrintJson(const store::Stats& s, const std::string& db) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("db", db).Field("schema_version", s.schema_version);
  w.Key("db_bytes").Int(s.db_bytes);
  w.Key("articles").Int(s.articles).Key("outlets").Int(s.outlet_count);
  w.Key("undated_articles").Int(s.undated_articles);
  w.FieldOrNull("first_date", s.first_date).FieldOrNull("last_date", s.last_date);
  w.Key("entities").Int(s.entities).Key("mentions").Int(s.mentions);
  w.Key("actors").Int(s.actors).Key("linked_actors").Int(s.linked_actors);
  w.Key("quotes").Int(s.quotes).Key("attributed_quotes").Int(s.attributed_quotes);
  w.Key("events").Int(s.events).Key("times").Int(s.times);
  CountsJson(w, "quotes_by_kind", s.quotes_by_kind);
  CountsJson(w, "events_by_type", s.events_by_type);
  CountsJson(w, "top_outlets", s.outlets);
  w.EndObject();
  std::printf("%s\n", out.c_str());
}

void PrintText(const store::Stats& s, const std::string& db) {
  auto n = [](int64_t v) { return static_cast<long long>(v); };
  std::printf("%s  (%s, schema v%d)\n", db.c_str(), store::HumanBytes(s.db_bytes).c_str(),
              s.schema_version);
  std::printf("  %-28s %10lld  from %lld outlets\n", "articles", n(s.articles), n(s.outlet_count));
  if (!s.first_date.empty()) {
    std::printf("  %-28s %s .. %s  (%lld undated)\n", "published", s.first_date.c_str(),
                s.last_date.c_str(), n(s.undated_articles));
  }
  std::printf("  %-28s %10lld\n", "entities", n(s.entities));
  std::printf("  %-28s %10lld\n", "mentions", n(s.mentions));
  std::printf("  %-28s %10lld  (%lld linked to a code or kb id)\n", "actors", n(s.actors),
              n(s.linked_actors));
  std::printf("  %-28s %10lld  (%lld attributed)\n", "quotes", n(s.quotes), n(s.attributed_quotes));
  std::printf("  %-28s %10lld\n", "events", n(s.events));
  std::printf("  %-28s %10lld\n", "time expressions", n(s.times));
  PrintCounts("quotes by kind", s.quotes_by_kind);
  PrintCounts("events by type", s.events_by_type);
  PrintCounts("top outlets", s.outlets);
}

}  // namespace

int RunStats(int argc, char** argv) {
  CLI::App app("Counts of what a database holds.", argv[0]);
  std::string db = store::kDefaultDb;
  bool json = false;
  app.add_option("--db", db, "database file")->capture_default_str();
  app.add_flag("--json", json, "one JSON object");
  CLI11_PARSE(app, argc, argv);
  auto st = store::OpenForQuery(db);
  if (!st.ok()) {
    std::fprintf(stderr, "newsgraph stats: %s\n", st.status().ToString().c_str());
    return 1;
  }
  auto stats = store::GetStats(**st);
  if (!stats.ok()) {
    std::fprintf(stderr, "newsgraph stats: %s\n", stats.status().ToString().c_str());
    return 1;
  }
  json ? PrintJson(*stats, db) : PrintText(*stats, db);
  return 0;
}

}  // namespace newsgraph::cli
