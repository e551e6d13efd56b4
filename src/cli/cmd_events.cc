// `newsgraph events`: the coded events a database holds, newest first, with
// simple filters. (Cross-article merging and exports are not built yet.)
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "store/cli_support.h"
#include "store/query.h"

namespace newsgraph::cli {
namespace {

struct EventFilter {
  std::string actor, type, since, until;
  bool Keep(const store::EventRow& e) const {
    if (!type.empty() && e.type != type) return false;
    if (!since.empty() && (e.date.empty() || e.date < since)) return false;
    if (!until.empty() && (e.date.empty() || e.date > until)) return false;
    if (!actor.empty() && e.actors.find(actor) == std::string::npos &&
        e.recipients.find(actor) == std::string::npos)
      return false;
    return true;
  }
};

void PrintJson(const store::EventRow& e) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("event", e.event_id).Field("type", e.type);
  w.FieldOrNull("date", e.date).FieldOrNull("date_precision", e.date_precision);
  w.Field("modality", e.modality).Field("actors", e.actors).Field("recipients", e.recipients);
  w.Field("trigger", e.trigger).FieldOrNull("published", e.published);
  w.FieldOrNull("outlet", e.outlet).FieldOrNull("title", e.title).EndObject();
  std::printf("%s\n", out.c_str());
}

void PrintText(const store::EventRow& e) {
  std::printf("%-10s  %-9s %s -> %s  (\"%s\", %s)\n    %s, %s\n",
              e.date.empty() ? "(undated)" : e.date.c_str(), e.type.c_str(), e.actors.c_str(),
              e.recipients.c_str(), e.trigger.c_str(), e.modality.c_str(), e.published.c_str(),
              e.title.c_str());
}

}  // namespace

int RunEvents(int argc, char** argv) {
  CLI::App app("Coded events, newest first.", argv[0]);
  std::string db = store::kDefaultDb;
  EventFilter f;
  size_t limit = 50;
  bool all = false, json = false;
  app.add_option("--db", db, "database file")->capture_default_str();
  app.add_option("--actor", f.actor, "actor or recipient name contains this");
  app.add_option("--type", f.type, "PLOVER type (CONSULT, ACCUSE, ...)");
  app.add_option("--since", f.since, "event date on or after YYYY-MM-DD");
  app.add_option("--until", f.until, "event date on or before YYYY-MM-DD");
  app.add_option("--limit", limit, "at most this many events")->capture_default_str();
  app.add_flag("--all", all, "include undated events");
  app.add_flag("--json", json, "one JSON object per event");
  CLI11_PARSE(app, argc, argv);
  for (const auto& [flag, value] : {std::pair{"--since", f.since}, std::pair{"--until", f.until}}) {
    if (value.empty()) continue;
    Status s = store::CheckDateFilter(flag, value);
    if (!s.ok()) {
      std::fprintf(stderr, "newsgraph events: %s\n", s.ToString().c_str());
      return 2;
    }
  }
  auto st = store::OpenForQuery(db);
  if (!st.ok()) {
    std::fprintf(stderr, "newsgraph events: %s\n", st.status().ToString().c_str());
    return 1;
  }
  auto rows = store::FindEvents(**st, !all, 1000000);
  if (!rows.ok()) {
    std::fprintf(stderr, "newsgraph events: %s\n", rows.status().ToString().c_str());
    return 1;
  }
  size_t shown = 0;
  for (const store::EventRow& e : *rows) {
    if (shown >= limit) break;
    if (!f.Keep(e)) continue;
    json ? PrintJson(e) : PrintText(e);
    ++shown;
  }
  if (!json && shown == 0) std::printf("no events match\n");
  return 0;
}

}  // namespace newsgraph::cli
