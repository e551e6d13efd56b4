// `newsgraph events`: the coded events a database holds, newest first, with
// simple filters; `--dyad A B`: counts per day and type of the merged events
// between two actors, both directions; `--remerge`: redo the cross-article
// merge (timed). Exports: `newsgraph export`.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "store/cli_support.h"
#include "store/event_query.h"
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

// "RUS (Russia)", "Donald Trump", or the query when nothing matched.
std::string SideLabel(const store::DyadSide& s) {
  std::string codes;
  for (const std::string& c : s.codes) codes += (codes.empty() ? "" : "/") + c;
  if (codes.empty()) return s.name.empty() ? s.query : s.name;
  return s.name.empty() ? codes : codes + " (" + s.name + ")";
}

// The short form in column heads: the code, else the query.
std::string SideShort(const store::DyadSide& s) {
  return s.codes.empty() ? s.query : s.codes.front();
}

void PrintDyad(const store::DyadTimeline& t, bool json) {
  std::string a = SideShort(t.a), b = SideShort(t.b);
  if (json) {
    for (const store::DyadCount& c : t.days) {
      std::string out;
      JsonWriter w(&out);
      w.BeginObject().Field("date", c.date).Field("type", c.type).Field("a", a).Field("b", b);
      w.Field("a_to_b", c.a_to_b).Field("b_to_a", c.b_to_a).Field("mentions", c.mentions);
      w.EndObject();
      std::printf("%s\n", out.c_str());
    }
    return;
  }
  int64_t total = 0;
  for (const store::DyadCount& c : t.days) total += c.a_to_b + c.b_to_a;
  std::printf("%s and %s: %lld directed events on %zu day/type rows", SideLabel(t.a).c_str(),
              SideLabel(t.b).c_str(), static_cast<long long>(total), t.days.size());
  if (t.undated) std::printf(" (%lld undated not shown)", static_cast<long long>(t.undated));
  std::printf("\n");
  if (t.days.empty()) return;
  std::string ab = a + "->" + b, ba = b + "->" + a;
  std::printf("%-10s  %-9s  %10s  %10s  %8s\n", "date", "type", ab.c_str(), ba.c_str(), "reports");
  for (const store::DyadCount& c : t.days) {
    std::printf("%-10s  %-9s  %10lld  %10lld  %8lld\n", c.date.c_str(), c.type.c_str(),
                static_cast<long long>(c.a_to_b), static_cast<long long>(c.b_to_a),
                static_cast<long long>(c.mentions));
  }
}

int RunDyad(const std::string& db, const std::vector<std::string>& dyad, const EventFilter& f,
            bool json) {
  auto st = store::OpenForQuery(db);
  if (!st.ok()) {
    std::fprintf(stderr, "newsgraph events: %s\n", st.status().ToString().c_str());
    return 1;
  }
  store::DyadSide sides[2];
  for (int i = 0; i < 2; ++i) {
    auto side = store::ResolveDyadSide(**st, dyad[i]);
    if (!side.ok()) {
      std::fprintf(stderr, "newsgraph events: %s\n", side.status().ToString().c_str());
      return 2;
    }
    sides[i] = std::move(*side);
    if (sides[i].codes.empty() && sides[i].actor_ids.empty()) {
      std::fprintf(stderr,
                   "newsgraph events: no code or actor matches '%s'; matching argument names "
                   "only\n",
                   dyad[i].c_str());
    }
  }
  auto t = store::GetDyadTimeline(**st, sides[0], sides[1], f.since, f.until, f.type);
  if (!t.ok()) {
    std::fprintf(stderr, "newsgraph events: %s\n", t.status().ToString().c_str());
    return 1;
  }
  PrintDyad(*t, json);
  return 0;
}

int RunRemerge(const std::string& db) {
  StoreOptions options;
  options.create_if_missing = false;
  auto st = Store::Open(db, options);
  if (!st.ok()) {
    std::fprintf(stderr, "newsgraph events: %s\n", st.status().ToString().c_str());
    return 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto r = (*st)->RemergeEvents();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!r.ok()) {
    std::fprintf(stderr, "newsgraph events: %s\n", r.status().ToString().c_str());
    return 1;
  }
  std::printf("merged %lld event reports into %lld events in %.3f s\n",
              static_cast<long long>(r->reports), static_cast<long long>(r->merged), secs);
  return 0;
}

}  // namespace

int RunEvents(int argc, char** argv) {
  CLI::App app("Coded events, newest first.", argv[0]);
  std::string db = store::kDefaultDb;
  EventFilter f;
  size_t limit = 50;
  bool all = false, json = false, remerge = false;
  std::vector<std::string> dyad;
  app.add_option("--db", db, "database file")->capture_default_str();
  app.add_option("--actor", f.actor, "actor or recipient name contains this");
  app.add_option("--type", f.type, "PLOVER type (CONSULT, ACCUSE, ...)");
  app.add_option("--since", f.since, "event date on or after YYYY-MM-DD");
  app.add_option("--until", f.until, "event date on or before YYYY-MM-DD");
  app.add_option("--limit", limit, "at most this many events")->capture_default_str();
  app.add_flag("--all", all, "include undated events");
  app.add_flag("--json", json, "one JSON object per event (per day and type with --dyad)");
  app.add_option("--dyad", dyad,
                 "A B: merged events between two actors (names or codes), both directions, "
                 "counted per day and type")
      ->expected(2);
  app.add_flag("--remerge", remerge, "merge all event reports across articles again (timed)");
  CLI11_PARSE(app, argc, argv);
  for (const auto& [flag, value] : {std::pair{"--since", f.since}, std::pair{"--until", f.until}}) {
    if (value.empty()) continue;
    Status s = store::CheckDateFilter(flag, value);
    if (!s.ok()) {
      std::fprintf(stderr, "newsgraph events: %s\n", s.ToString().c_str());
      return 2;
    }
  }
  if (remerge) return RunRemerge(db);
  if (!dyad.empty()) return RunDyad(db, dyad, f, json);
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
