#include "store/event_query.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <utility>

#include "store/query.h"
#include "store/sql.h"
#include "store/text_util.h"

namespace newsgraph::store {
namespace {

size_t Cap(size_t limit) { return std::clamp<size_t>(limit, 1, kMaxRows * 100); }

// ?1 since, ?2 until (NULL = open), ?3 per report (0/1), ?4 limit. The
// merged rows take place and counts from merged_events, the rest from the
// first report.
constexpr char kExportEvents[] = R"sql(
SELECT CASE WHEN ?3 THEN e.id ELSE m.id END,
       coalesce(e.type, ''), coalesce(e.mode, ''), coalesce(e.cameo, ''),
       coalesce(e.modality, ''),
       coalesce(CASE WHEN ?3 THEN e.date ELSE m.date END, '') AS day,
       coalesce(e.date_precision, ''), e.trigger, coalesce(e.quote_id, ''),
       coalesce((SELECT group_concat(value, char(31)) FROM json_each(e.context)), ''),
       coalesce(CASE WHEN ?3 THEN e.location_name ELSE m.location_name END, ''),
       coalesce(CASE WHEN ?3 THEN e.location_country ELSE m.location_country END, ''),
       CASE WHEN ?3 THEN e.lat ELSE m.lat END, CASE WHEN ?3 THEN e.lon ELSE m.lon END,
       CASE WHEN ?3 THEN 1 ELSE m.mentions END, CASE WHEN ?3 THEN 1 ELSE m.sources END,
       CASE WHEN ?3 THEN 1 ELSE m.articles END,
       a.id, coalesce(e.sentence, -1), e.event_id, coalesce(a.published, ''),
       coalesce(a.outlet, ''), coalesce(a.url, ''), coalesce(a.title, ''), a.ingested_at,
       e.id, coalesce(m.id, 0)
  FROM events e JOIN articles a ON a.id = e.article_id
  LEFT JOIN merged_events m ON m.id = e.merged_id
 WHERE (?3 OR m.first_report = e.id)
   AND (?1 IS NULL OR coalesce(CASE WHEN ?3 THEN e.date ELSE m.date END, '') >= ?1)
   AND (?2 IS NULL OR coalesce(CASE WHEN ?3 THEN e.date ELSE m.date END, '9') <= ?2 || '~')
 ORDER BY day = '', day, 1
 LIMIT ?4)sql";

constexpr char kArgs[] = R"sql(
SELECT ea.role, coalesce(ea.code, ''), coalesce(ea.sector, ''), coalesce(ea.name, ''),
       coalesce(ac.kb_id, '')
  FROM event_args ea LEFT JOIN actors ac ON ac.id = ea.actor_id
 WHERE ea.event_id = ? ORDER BY ea.role, ea.position)sql";

constexpr char kReports[] = R"sql(
SELECT a.id, e.event_id, coalesce(a.url, ''), coalesce(a.outlet, ''), coalesce(a.published, '')
  FROM events e JOIN articles a ON a.id = e.article_id
 WHERE e.merged_id = ? ORDER BY e.id LIMIT 10000)sql";

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t start = 0;
  while (true) {
    size_t end = s.find('\x1f', start);
    out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

ExportEvent ReadExportRow(const Stmt& st) {
  ExportEvent e;
  e.id = st.Int(0);
  e.type = st.Text(1);
  e.mode = st.Text(2);
  e.cameo = st.Text(3);
  e.modality = st.Text(4);
  e.date = st.Text(5);
  e.date_precision = st.Text(6);
  e.trigger = st.Text(7);
  e.quote_id = st.Text(8);
  e.context = Split(st.Text(9));
  e.location_name = st.Text(10);
  e.location_country = st.Text(11);
  e.has_coords = !st.IsNull(12) && !st.IsNull(13);
  e.lat = st.Double(12);
  e.lon = st.Double(13);
  e.mentions = st.Int(14);
  e.sources = st.Int(15);
  e.articles = st.Int(16);
  e.article_id = st.Int(17);
  e.sentence = static_cast<int>(st.Int(18));
  e.event_id = st.Text(19);
  e.published = st.Text(20);
  e.outlet = st.Text(21);
  e.url = st.Text(22);
  e.title = st.Text(23);
  e.ingested_at = st.Text(24);
  return e;
}

Status ReadArgs(Stmt& st, int64_t report, ExportEvent* e) {
  st.Bind(report);
  while (true) {
    Result<bool> row = st.Step();
    if (!row.ok() || !*row) {
      st.Reset();
      return row.ok() ? Status::Ok() : row.status();
    }
    ExportArg a{st.Text(1), st.Text(2), st.Text(3), st.Text(4)};
    (st.Text(0) == "actor" ? e->actor : e->recipient).push_back(std::move(a));
  }
}

Status ReadReports(Stmt& st, int64_t merged, ExportEvent* e) {
  st.Bind(merged);
  while (true) {
    Result<bool> row = st.Step();
    if (!row.ok() || !*row) {
      st.Reset();
      return row.ok() ? Status::Ok() : row.status();
    }
    e->reports.push_back({st.Int(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4)});
  }
}

}  // namespace

Result<std::vector<ExportEvent>> ReadExportEvents(const Store& store, const ExportFilter& f) {
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), kExportEvents));
  NG_ASSIGN_OR_RETURN(Stmt args, Stmt::Prepare(store.handle(), kArgs));
  NG_ASSIGN_OR_RETURN(Stmt reports, Stmt::Prepare(store.handle(), kReports));
  st.BindOrNull(f.since).BindOrNull(f.until).Bind(int64_t{f.per_report}).Bind(Cap(f.limit));
  std::vector<ExportEvent> out;
  while (true) {
    NG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back(ReadExportRow(st));
    int64_t report = st.Int(25), merged = st.Int(26);
    NG_RETURN_IF_ERROR(ReadArgs(args, report, &out.back()));
    if (f.per_report || merged == 0) {
      ExportEvent& e = out.back();
      e.reports.push_back({e.article_id, e.event_id, e.url, e.outlet, e.published});
    } else {
      NG_RETURN_IF_ERROR(ReadReports(reports, merged, &out.back()));
    }
  }
  return out;
}

// ---- dyad ------------------------------------------------------------------------------

namespace {

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

constexpr char kCodeExists[] = "SELECT 1 FROM event_args WHERE code = ?1 LIMIT 1";

// Merged events with their first report's type and argument codes/names.
// ?1 since, ?2 until, ?3 type (NULL = any).
constexpr char kDyadRows[] = R"sql(
SELECT coalesce(m.date, ''), coalesce(e.type, ''), m.mentions,
       coalesce((SELECT group_concat(upper(coalesce(code, '')) || char(30) ||
                                     coalesce(name, '') || char(30) || coalesce(actor_id, 0),
                                     char(31))
                   FROM event_args WHERE event_id = e.id AND role = 'actor'), ''),
       coalesce((SELECT group_concat(upper(coalesce(code, '')) || char(30) ||
                                     coalesce(name, '') || char(30) || coalesce(actor_id, 0),
                                     char(31))
                   FROM event_args WHERE event_id = e.id AND role = 'recipient'), '')
  FROM merged_events m JOIN events e ON e.id = m.first_report
 WHERE (?1 IS NULL OR m.date >= ?1) AND (?2 IS NULL OR m.date <= ?2 || '~')
   AND (?3 IS NULL OR e.type = ?3)
 LIMIT 10000000)sql";

bool SideMatches(const DyadSide& side, const std::string& args) {
  std::string folded_query = Fold(side.query);
  for (const std::string& one : Split(args)) {
    size_t sep = one.find('\x1e');
    size_t sep2 = sep == std::string::npos ? sep : one.find('\x1e', sep + 1);
    std::string code = one.substr(0, sep);
    std::string name = sep == std::string::npos
                           ? ""
                           : one.substr(sep + 1, sep2 == std::string::npos ? sep2 : sep2 - sep - 1);
    int64_t actor = sep2 == std::string::npos ? 0 : std::atoll(one.c_str() + sep2 + 1);
    if (actor > 0 &&
        std::find(side.actor_ids.begin(), side.actor_ids.end(), actor) != side.actor_ids.end()) {
      return true;
    }
    if (!code.empty() &&
        std::find(side.codes.begin(), side.codes.end(), code) != side.codes.end()) {
      return true;
    }
    if (!name.empty() && Fold(name) == folded_query) return true;
  }
  return false;
}

}  // namespace

Result<DyadSide> ResolveDyadSide(const Store& store, const std::string& query) {
  DyadSide side;
  side.query = std::string(Trim(query));
  if (side.query.empty()) return Status::InvalidArgument("empty actor for --dyad");
  std::string code = Upper(side.query);
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), kCodeExists));
  st.Bind(code);
  NG_ASSIGN_OR_RETURN(bool known_code, st.Step());
  if (known_code) {
    side.codes.push_back(code);
    return side;
  }
  NG_ASSIGN_OR_RETURN(std::vector<ActorRow> actors, MatchActors(store, side.query, 20));
  for (const ActorRow& a : actors) {
    bool country = a.type == "GPE" || a.type == "NORP";
    if (country && a.code.empty()) continue;
    if (country) {
      side.codes.push_back(Upper(a.code));
    } else {
      side.actor_ids.push_back(a.id);
    }
    side.name = a.name;
    break;
  }
  return side;
}

Result<DyadTimeline> GetDyadTimeline(const Store& store, const DyadSide& a, const DyadSide& b,
                                     const std::string& since, const std::string& until,
                                     const std::string& type) {
  DyadTimeline t;
  t.a = a;
  t.b = b;
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), kDyadRows));
  st.BindOrNull(since).BindOrNull(until).BindOrNull(type);
  std::map<std::pair<std::string, std::string>, DyadCount> days;
  while (true) {
    NG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    std::string actors = st.Text(3), recipients = st.Text(4);
    bool ab = SideMatches(a, actors) && SideMatches(b, recipients);
    bool ba = SideMatches(b, actors) && SideMatches(a, recipients);
    // "X and Y met": both are actors, no recipient; it goes both ways.
    if (recipients.empty() && SideMatches(a, actors) && SideMatches(b, actors)) ab = ba = true;
    if (!ab && !ba) continue;
    std::string date = st.Text(0);
    if (date.empty()) {
      ++t.undated;
      continue;
    }
    DyadCount& c = days[{date, st.Text(1)}];
    c.date = date;
    c.type = st.Text(1);
    c.a_to_b += ab;
    c.b_to_a += ba;
    c.mentions += st.Int(2);
  }
  for (auto& [key, c] : days) t.days.push_back(std::move(c));
  return t;
}

}  // namespace newsgraph::store
