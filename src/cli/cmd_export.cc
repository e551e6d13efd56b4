// `newsgraph export`: the events of a database as PLOVER JSON Lines, a GDELT
// 2.0 event table, ICEWS rows or CSV; one row per merged event (reports of
// the same event in several articles are one row with their counts), or per
// report with --reports. Formats: src/store/export.h, docs/events.md.
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"
#include "store/cli_support.h"
#include "store/event_query.h"
#include "store/export.h"
#include "store/query.h"

namespace newsgraph::cli {
namespace {

struct ExportFlags {
  std::string db = store::kDefaultDb;
  std::string format, out, cameo_scale;
  store::ExportFilter filter;
};

int Fail(const std::string& what, int code) {
  std::fprintf(stderr, "newsgraph export: %s\n", what.c_str());
  return code;
}

// Writes all of text to f; false on a write error.
bool WriteAll(std::FILE* f, const std::string& text) {
  return std::fwrite(text.data(), 1, text.size(), f) == text.size();
}

int WriteEvents(const ExportFlags& flags, store::ExportFormat format,
                const std::vector<store::ExportEvent>& events, const store::ExportTables& t) {
  std::FILE* f =
      flags.out.empty() || flags.out == "-" ? stdout : std::fopen(flags.out.c_str(), "wb");
  if (!f) return Fail("cannot write " + flags.out + ": " + std::strerror(errno), 1);
  bool ok = WriteAll(f, store::ExportHeader(format));
  for (size_t i = 0; ok && i < events.size(); ++i) {
    ok = WriteAll(f, store::ExportLine(format, events[i], t));
  }
  ok = (f == stdout ? std::fflush(f) == 0 : std::fclose(f) == 0) && ok;
  if (!ok) return Fail("writing " + (flags.out.empty() ? "stdout" : flags.out) + " failed", 1);
  std::fprintf(stderr, "newsgraph export: %zu %s\n", events.size(),
               flags.filter.per_report ? "event reports" : "merged events");
  return 0;
}

}  // namespace

int RunExport(int argc, char** argv) {
  CLI::App app("Export events as PLOVER JSONL, a GDELT 2.0 event table, ICEWS rows or CSV.",
               argv[0]);
  ExportFlags flags;
  app.add_option("--format", flags.format, "plover, gdelt, icews or csv")->required();
  app.add_option("--db", flags.db, "database file")->capture_default_str();
  app.add_option("--out", flags.out, "output file (default: stdout)");
  app.add_option("--since", flags.filter.since, "event date on or after YYYY[-MM[-DD]]");
  app.add_option("--until", flags.filter.until, "event date on or before YYYY[-MM[-DD]]");
  app.add_flag("--reports", flags.filter.per_report,
               "one row per report (per article) instead of per merged event");
  app.add_option("--cameo-scale", flags.cameo_scale,
                 "JSON {code: {value, description}} for Goldstein scores and event texts "
                 "(e.g. reference/cameo/cameo_goldstein.json)");
  app.add_option("--limit", flags.filter.limit, "at most this many rows")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  Result<store::ExportFormat> format = store::ParseExportFormat(flags.format);
  if (!format.ok()) return Fail(format.status().message(), 2);
  for (const auto& [flag, value] :
       {std::pair{"--since", flags.filter.since}, std::pair{"--until", flags.filter.until}}) {
    if (value.empty()) continue;
    Status s = store::CheckDateFilter(flag, value);
    if (!s.ok()) return Fail(s.ToString(), 2);
  }
  std::optional<store::CameoScale> scale;
  if (!flags.cameo_scale.empty()) {
    Result<store::CameoScale> s = store::CameoScale::Load(flags.cameo_scale);
    if (!s.ok()) return Fail(s.status().ToString(), 2);
    scale = std::move(*s);
  }
  Result<store::CountryNames> countries = store::CountryNames::Load();
  store::ExportTables tables{scale ? &*scale : nullptr, countries.ok() ? &*countries : nullptr};
  auto st = store::OpenForQuery(flags.db);
  if (!st.ok()) return Fail(st.status().ToString(), 1);
  auto events = store::ReadExportEvents(**st, flags.filter);
  if (!events.ok()) return Fail(events.status().ToString(), 1);
  return WriteEvents(flags, *format, *events, tables);
}

}  // namespace newsgraph::cli
