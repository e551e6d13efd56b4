#include "store/merge.h"

#include <algorithm>
#include <string_view>

#include "store/sql.h"
#include "store/text_util.h"

namespace newsgraph::store {
namespace {

constexpr char kPending[] = R"sql(
SELECT e.id, e.type, e.cameo, e.modality, e.date, a.published, e.location_name,
       e.location_country,
       (SELECT group_concat(coalesce(code, '~' || name), char(31)) FROM event_args
         WHERE event_id = e.id AND role = 'actor'),
       (SELECT group_concat(coalesce(code, '~' || name), char(31)) FROM event_args
         WHERE event_id = e.id AND role = 'recipient')
  FROM events e JOIN articles a ON a.id = e.article_id
 WHERE e.merged_id IS NULL ORDER BY e.id)sql";

// Candidates: same key, match date within a day (or both undated), nearest
// first. ?1 key, ?2 date or NULL.
constexpr char kCandidates[] = R"sql(
SELECT id, location_name, location_country FROM merged_events
 WHERE merge_key = ?1 AND ((?2 IS NULL AND match_date IS NULL) OR
       (match_date BETWEEN date(?2, '-1 day') AND date(?2, '+1 day')))
 ORDER BY abs(julianday(match_date) - julianday(?2)), id LIMIT 16)sql";

constexpr char kNewMerged[] = "INSERT INTO merged_events (merge_key, match_date) VALUES (?, ?)";

constexpr char kLink[] =
    "UPDATE events SET merged_id = ?, merge_key = ?, merge_date = ? WHERE id = ?";

struct Pending {
  int64_t id = 0;
  ReportKey key;
  std::string place, country;
};

std::vector<std::string> SplitArgs(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size() && !s.empty()) {
    size_t end = s.find('\x1f', start);
    if (end == std::string::npos) end = s.size();
    std::string_view one(s.data() + start, end - start);
    if (!one.empty()) out.push_back(one[0] == '~' ? "~" + Fold(one.substr(1)) : std::string(one));
    start = end + 1;
  }
  return out;
}

std::string JoinSorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += ' ';
    out += s;
  }
  return out;
}

std::string_view Polarity(std::string_view modality) {
  if (modality == "negated") return "neg";
  if (modality == "hypothetical") return "hyp";
  return "";
}

Result<std::vector<Pending>> ReadPending(sqlite3* db) {
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(db, kPending));
  std::vector<Pending> out;
  while (true) {
    NG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    Pending p;
    p.id = st.Int(0);
    p.key.type = st.Text(1);
    p.key.cameo = st.Text(2);
    p.key.modality = st.Text(3);
    p.key.date = st.Text(4);
    p.key.published = st.Text(5);
    p.place = st.Text(6);
    p.country = st.Text(7);
    p.key.actors = SplitArgs(st.Text(8));
    p.key.recipients = SplitArgs(st.Text(9));
    out.push_back(std::move(p));
  }
  return out;
}

// The merged event p joins (0: none fits).
Result<int64_t> FindMerged(Stmt& candidates, const Pending& p, const std::string& key,
                           const std::string& date) {
  candidates.Bind(key).BindOrNull(date);
  int64_t found = 0;
  while (found == 0) {
    Result<bool> row = candidates.Step();
    if (!row.ok()) {
      candidates.Reset();
      return row.status();
    }
    if (!*row) break;
    if (PlacesCompatible(p.place, p.country, candidates.Text(1), candidates.Text(2))) {
      found = candidates.Int(0);
    }
  }
  candidates.Reset();
  return found;
}

}  // namespace

std::string MergeKey(const ReportKey& r) {
  std::string key = r.type.empty() ? "cameo:" + r.cameo : r.type;
  key += '|';
  key += JoinSorted(r.actors);
  key += '|';
  key += JoinSorted(r.recipients);
  key += '|';
  key += Polarity(r.modality);
  return key;
}

bool PlacesCompatible(const std::string& name_a, const std::string& country_a,
                      const std::string& name_b, const std::string& country_b) {
  if (name_a.empty() || name_b.empty()) return true;
  if (!country_a.empty() && !country_b.empty() && country_a != country_b) return false;
  return Fold(name_a) == Fold(name_b);
}

Result<MergeStats> MergePending(sqlite3* db) {
  MergeStats stats;
  NG_ASSIGN_OR_RETURN(std::vector<Pending> pending, ReadPending(db));
  if (pending.empty()) return stats;
  NG_ASSIGN_OR_RETURN(Stmt candidates, Stmt::Prepare(db, kCandidates));
  NG_ASSIGN_OR_RETURN(Stmt add, Stmt::Prepare(db, kNewMerged));
  NG_ASSIGN_OR_RETURN(Stmt link, Stmt::Prepare(db, kLink));
  for (const Pending& p : pending) {
    std::string key = MergeKey(p.key);
    const std::string& date = !p.key.date.empty() ? p.key.date : p.key.published;
    NG_ASSIGN_OR_RETURN(int64_t merged, FindMerged(candidates, p, key, date));
    if (merged == 0) {
      add.Bind(key).BindOrNull(date);
      NG_RETURN_IF_ERROR(add.Run());
      merged = sqlite3_last_insert_rowid(db);
      ++stats.new_merged;
    }
    link.Bind(merged).Bind(key).BindOrNull(date).Bind(p.id);
    NG_RETURN_IF_ERROR(link.Run());
    ++stats.reports;
  }
  return stats;
}

Result<MergeStats> RemergeAll(sqlite3* db) {
  // Unlinking a report makes the triggers recount (and drop) its merged
  // event; whatever is left has no report.
  NG_RETURN_IF_ERROR(Exec(db,
                          "UPDATE events SET merged_id = NULL WHERE merged_id IS NOT NULL; "
                          "DELETE FROM merged_events;"));
  return MergePending(db);
}

Result<bool> HasPending(sqlite3* db) {
  NG_ASSIGN_OR_RETURN(Stmt st,
                      Stmt::Prepare(db, "SELECT 1 FROM events WHERE merged_id IS NULL LIMIT 1"));
  return st.Step();
}

}  // namespace newsgraph::store
