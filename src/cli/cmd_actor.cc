// `newsgraph actor NAME`: one actor: mentions per month, co-occurring actors,
// and its quotes.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "store/cli_support.h"
#include "store/query.h"

namespace newsgraph::cli {
namespace {

void ActorJson(JsonWriter& w, const store::ActorRow& a) {
  w.BeginObject().Field("name", a.name).FieldOrNull("type", a.type);
  w.FieldOrNull("code", a.code).FieldOrNull("sector", a.sector).FieldOrNull("kb", a.kb);
  w.Key("articles").Int(a.articles).Key("mentions").Int(a.mentions);
  w.Key("quotes").Int(a.quotes).EndObject();
}

void PrintJson(const store::ActorProfile& p) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("actor");
  ActorJson(w, p.actor);
  w.Key("aliases").BeginArray();
  for (const auto& a : p.aliases) w.String(a);
  w.EndArray().Key("months").BeginObject();
  for (const auto& m : p.months) w.Key(m.key).Int(m.n);
  w.EndObject().Key("cooccurring").BeginArray();
  for (const auto& a : p.cooccurring) ActorJson(w, a);
  w.EndArray().Key("quotes").BeginArray();
  for (const auto& q : p.quotes) {
    w.BeginObject().Field("content", q.content).FieldOrNull("source", q.source);
    w.FieldOrNull("published", q.published).FieldOrNull("outlet", q.outlet);
    w.FieldOrNull("url", q.url).EndObject();
  }
  w.EndArray().Key("other_matches").BeginArray();
  for (const auto& a : p.other_matches) ActorJson(w, a);
  w.EndArray().EndObject();
  std::printf("%s\n", out.c_str());
}

void PrintText(const store::ActorProfile& p) {
  const store::ActorRow& a = p.actor;
  std::printf("%s  %s %s %s %s\n", a.name.c_str(), a.type.c_str(), a.code.c_str(), a.sector.c_str(),
              a.kb.empty() ? "" : ("(" + a.kb + ")").c_str());
  std::printf("  %lld articles, %lld mentions, %lld quotes\n", static_cast<long long>(a.articles),
              static_cast<long long>(a.mentions), static_cast<long long>(a.quotes));
  if (!p.aliases.empty()) {
    std::string all;
    for (const auto& s : p.aliases) all += (all.empty() ? "" : "; ") + s;
    std::printf("  names: %s\n", store::Compact(all, 300).c_str());
  }
  if (!p.months.empty()) {
    std::printf("\nmentions per month\n");
    int64_t most = 1;
    for (const auto& m : p.months) most = std::max(most, m.n);
    for (const auto& m : p.months) {
      int bar = static_cast<int>(40 * m.n / most);
      std::printf("  %s %6lld %s\n", m.key.c_str(), static_cast<long long>(m.n),
                  std::string(std::max(bar, 1), '#').c_str());
    }
  }
  if (!p.cooccurring.empty()) {
    std::printf("\nappears with (shared articles)\n");
    for (const auto& c : p.cooccurring) {
      std::printf("  %-34s %-7s %6lld\n", store::Compact(c.name, 34).c_str(), c.type.c_str(),
                  static_cast<long long>(c.articles));
    }
  }
  if (!p.quotes.empty()) {
    std::printf("\nquotes\n");
    for (const auto& q : p.quotes) {
      std::printf("  %s  %s\n    \"%s\"\n", q.published.empty() ? "undated" : q.published.c_str(),
                  q.outlet.c_str(), store::Compact(q.content, 300).c_str());
    }
  }
  if (!p.other_matches.empty()) {
    std::printf("\nthe name also matches:");
    for (const auto& o : p.other_matches) std::printf("  %s (%s)", o.name.c_str(), o.type.c_str());
    std::printf("\n");
  }
}

}  // namespace

int RunActor(int argc, char** argv) {
  CLI::App app("One actor: mentions over time, co-occurring actors, its quotes.", argv[0]);
  std::string db = store::kDefaultDb;
  std::vector<std::string> words;
  size_t limit = 10;
  bool json = false;
  app.add_option("--db", db, "database file")->capture_default_str();
  app.add_option("name", words, "name, alias or kb id (\"Lavrov\", sergei-lavrov)")->required();
  app.add_option("--limit,-n", limit, "most co-occurring actors and quotes")->capture_default_str();
  app.add_flag("--json", json, "one JSON object");
  CLI11_PARSE(app, argc, argv);
  std::string name;
  for (const auto& w : words) name += (name.empty() ? "" : " ") + w;
  auto st = store::OpenForQuery(db);
  if (!st.ok()) {
    std::fprintf(stderr, "newsgraph actor: %s\n", st.status().ToString().c_str());
    return 1;
  }
  auto p = store::GetActorProfile(**st, name, limit);
  if (!p.ok()) {
    std::fprintf(stderr, "newsgraph actor: %s\n", p.status().ToString().c_str());
    return 1;
  }
  json ? PrintJson(*p) : PrintText(*p);
  return 0;
}

}  // namespace newsgraph::cli
