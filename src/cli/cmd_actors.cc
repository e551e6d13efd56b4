// `newsgraph actors`: the most mentioned actors.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "store/cli_support.h"
#include "store/query.h"

namespace newsgraph::cli {

int RunActors(int argc, char** argv) {
  CLI::App app("The most mentioned actors (by articles, then mentions).", argv[0]);
  std::string db = store::kDefaultDb, since;
  size_t top = 20;
  bool json = false;
  app.add_option("--db", db, "database file")->capture_default_str();
  app.add_option("--top,-n", top, "how many")->capture_default_str();
  app.add_option("--since", since, "only articles published on or after YYYY[-MM[-DD]]");
  app.add_flag("--json", json, "one JSON object per actor");
  CLI11_PARSE(app, argc, argv);
  auto st = store::OpenForQuery(db);
  if (!st.ok()) {
    std::fprintf(stderr, "newsgraph actors: %s\n", st.status().ToString().c_str());
    return 1;
  }
  auto actors = store::TopActors(**st, top, since);
  if (!actors.ok()) {
    std::fprintf(stderr, "newsgraph actors: %s\n", actors.status().ToString().c_str());
    return actors.status().code() == StatusCode::kInvalidArgument ? 2 : 1;
  }
  if (json) {
    std::string out;
    for (const store::ActorRow& a : *actors) {
      JsonWriter w(&out);
      w.BeginObject().Field("name", a.name).FieldOrNull("type", a.type);
      w.FieldOrNull("code", a.code).FieldOrNull("sector", a.sector).FieldOrNull("kb", a.kb);
      w.Key("articles").Int(a.articles).Key("mentions").Int(a.mentions);
      w.Key("quotes").Int(a.quotes).EndObject();
      out.push_back('\n');
    }
    std::fputs(out.c_str(), stdout);
    return 0;
  }
  if (actors->empty())
    std::printf("no actors\n");
  else
    std::printf("%-34s %-7s %-9s %8s %8s %6s\n", "actor", "type", "code", "articles", "mentions",
                "quotes");
  for (const store::ActorRow& a : *actors) {
    std::string code = a.code + (a.sector.empty() ? "" : " " + a.sector);
    std::printf("%-34s %-7s %-9s %8lld %8lld %6lld\n", store::Compact(a.name, 34).c_str(),
                a.type.c_str(), code.c_str(), static_cast<long long>(a.articles),
                static_cast<long long>(a.mentions), static_cast<long long>(a.quotes));
  }
  return 0;
}

}  // namespace newsgraph::cli
