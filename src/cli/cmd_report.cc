// `newsgraph report`: the short report the quick start prints after
// ingesting the bundled examples: what the database holds, who is in it, a
// few quotes and events, and how to query further.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "quotes/lexicon.h"
#include "store/cli_support.h"
#include "store/query.h"

namespace newsgraph::cli {
namespace {

long long N(int64_t v) { return static_cast<long long>(v); }

void Articles(const store::Stats& s) {
  std::printf("ARTICLES  %lld from %lld outlet%s", N(s.articles), N(s.outlet_count),
              s.outlet_count == 1 ? "" : "s");
  if (!s.first_date.empty()) {
    std::printf(", published %s .. %s", s.first_date.c_str(), s.last_date.c_str());
  }
  std::printf("\n");
  std::string outlets;
  for (const store::Count& c : s.outlets) {
    outlets += (outlets.empty() ? "" : ", ") + c.key + " (" + std::to_string(c.n) + ")";
  }
  if (!outlets.empty()) std::printf("  %s\n", store::Compact(outlets, 200).c_str());
  std::printf(
      "  %lld entities, %lld actors, %lld quotes (%lld attributed), %lld events, "
      "%lld time expressions\n",
      N(s.entities), N(s.actors), N(s.quotes), N(s.attributed_quotes), N(s.events), N(s.times));
}

void Actors(const std::vector<store::ActorRow>& actors) {
  std::printf("\nTOP ACTORS\n");
  if (actors.empty()) std::printf("  (none yet: the entity stage found no actors)\n");
  for (const store::ActorRow& a : actors) {
    std::string code = a.code + (a.sector.empty() ? "" : " " + a.sector);
    std::printf("  %-32s %-7s %-9s %5lld articles %6lld mentions\n",
                store::Compact(a.name, 32).c_str(), a.type.c_str(), code.c_str(), N(a.articles),
                N(a.mentions));
  }
}

void Quotes(const std::vector<store::QuoteRow>& quotes) {
  std::printf("\nQUOTES\n");
  if (quotes.empty()) std::printf("  (none with a speaker yet)\n");
  for (const store::QuoteRow& q : quotes) {
    std::printf("  %s: \"%s\"\n      %s, %s\n", q.speaker.c_str(),
                store::Compact(q.content, 160).c_str(),
                q.published.empty() ? "undated" : q.published.c_str(), q.outlet.c_str());
  }
}

// A few quotes worth showing: one per article, preferring direct quotes of
// some length, newest articles first.
std::vector<store::QuoteRow> PickQuotes(const std::vector<store::QuoteRow>& all, size_t n) {
  std::vector<store::QuoteRow> out;
  for (int pass = 0; pass < 2 && out.size() < n; ++pass) {
    for (const store::QuoteRow& q : all) {
      if (out.size() >= n) break;
      bool good = q.kind == "direct" && q.content.size() >= 40;
      if (pass == 0 && !good) continue;
      bool seen = false;
      for (const auto& o : out) seen = seen || o.article_id == q.article_id || o.id == q.id;
      if (!seen) out.push_back(q);
    }
  }
  return out;
}

void Events(const std::vector<store::EventRow>& events) {
  std::printf("\nEVENTS\n");
  if (events.empty()) std::printf("  (none with a date yet)\n");
  for (const store::EventRow& e : events) {
    std::string who = store::Compact(e.actors.empty() ? "?" : e.actors, 40);
    if (!e.recipients.empty()) who += " -> " + store::Compact(e.recipients, 40);
    std::printf("  %s  %-9s %s  (\"%s\", %s)\n", e.date.c_str(), e.type.c_str(), who.c_str(),
                store::Compact(e.trigger, 30).c_str(), e.modality.c_str());
  }
}

void Footer(const std::string& db, const std::vector<store::ActorRow>& actors) {
  std::string who = actors.empty() ? "Macron" : actors.front().name;
  std::printf(
      "\nQUERY FURTHER\n"
      "  newsgraph search  --db %s 'security pact'      full text, ranked, with snippets\n"
      "  newsgraph quotes  --db %s --speaker '%s'\n"
      "  newsgraph actors  --db %s --top 20\n"
      "  newsgraph actor   --db %s '%s'\n"
      "  newsgraph events  --db %s\n"
      "  newsgraph stats   --db %s\n"
      "  newsgraph serve   --db %s                  web UI and JSON API (docs/server.md)\n"
      "  sqlite3 %s \"SELECT a.published, q.speaker_name, q.content FROM quotes q\n"
      "      JOIN articles a ON a.id = q.article_id ORDER BY a.published DESC LIMIT 5\"\n"
      "  (schema and pandas/DuckDB recipes: docs/database.md)\n",
      db.c_str(), db.c_str(), who.c_str(), db.c_str(), db.c_str(), who.c_str(), db.c_str(),
      db.c_str(), db.c_str(), db.c_str());
}

}  // namespace

int RunReport(int argc, char** argv) {
  CLI::App app("A short report of what a database holds.", argv[0]);
  std::string db = store::kDefaultDb;
  size_t top = 8;
  app.add_option("--db", db, "database file")->capture_default_str();
  app.add_option("--top,-n", top, "actors, quotes and events to show")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  auto st = store::OpenForQuery(db);
  if (!st.ok()) {
    std::fprintf(stderr, "newsgraph report: %s\n", st.status().ToString().c_str());
    return 1;
  }
  const Store& s = **st;
  auto stats = store::GetStats(s);
  auto actors = store::TopActors(s, top, "");
  store::QuoteFilter qf;
  qf.resolved_speaker = true;
  qf.speech_lemmas = quotes::SpeechCueLemmas();
  qf.limit = 200;
  auto quotes = store::FindQuotes(s, qf);
  if (quotes.ok()) *quotes = PickQuotes(*quotes, top / 2 + 1);
  auto events = store::FindEvents(s, true, top / 2 + 1);
  for (const Status* e : {&stats.status(), &actors.status(), &quotes.status(), &events.status()}) {
    if (!e->ok()) {
      std::fprintf(stderr, "newsgraph report: %s\n", e->ToString().c_str());
      return 1;
    }
  }
  Articles(*stats);
  Actors(*actors);
  Quotes(*quotes);
  Events(*events);
  Footer(db, *actors);
  return 0;
}

}  // namespace newsgraph::cli
