#include "store/query.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#include "core/json_writer.h"
#include "store/sql.h"
#include "store/text_util.h"

namespace newsgraph::store {
namespace {

size_t Cap(size_t limit) { return std::clamp<size_t>(limit, 1, kMaxRows); }

// A LIKE pattern matching fold(name) as whole words inside ' ' || x || ' '.
std::string WordPattern(const std::string& name) {
  std::string f = Fold(name);
  std::string p = "% ";
  for (char c : f) {
    if (c == '%' || c == '_' || c == '\\') p.push_back('\\');
    p.push_back(c);
  }
  p += " %";
  return p;
}

// Actor ids matching ?1 (raw name, for kb ids), ?2 (folded), ?3 (word pattern).
constexpr char kMatchingActors[] = R"sql(
matching(id) AS (
  SELECT id FROM actors WHERE kb_id = ?1 OR lower(name) = ?2
         OR (' ' || lower(name) || ' ') LIKE ?3 ESCAPE '\'
  UNION
  SELECT actor_id FROM actor_aliases
   WHERE alias = ?2 OR (' ' || alias || ' ') LIKE ?3 ESCAPE '\'))sql";

void BindName(Stmt& st, const std::string& name) {
  st.Bind(name).Bind(Fold(name)).Bind(WordPattern(name));
}

std::string SanitizeFts(const std::string& q) {
  std::string out;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out.push_back(' ');
    out += "\"" + word + "\"";
    word.clear();
  };
  for (char c : q) {
    if (c == ' ' || c == '\t' || c == '\n') {
      flush();
    } else if (c != '"') {
      word.push_back(c);
    }
  }
  flush();
  return out;
}

bool IsFtsSyntaxError(const Status& s) {
  const std::string& m = s.message();
  return m.find("fts5") != std::string::npos || m.find("syntax error") != std::string::npos ||
         m.find("no such column") != std::string::npos ||
         m.find("unterminated") != std::string::npos ||
         m.find("unknown special query") != std::string::npos;
}

constexpr char kSearchArticles[] = R"sql(
SELECT a.id, coalesce(a.title, ''), coalesce(a.outlet, ''), coalesce(a.published, ''),
       coalesce(a.url, ''), snippet(articles_fts, -1, ?1, ?2, '…', 20),
       bm25(articles_fts, 5.0, 1.0) AS score
  FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
 WHERE articles_fts MATCH ?3 ORDER BY score LIMIT ?4)sql";

constexpr char kSearchQuotes[] = R"sql(
SELECT q.id, q.article_id, coalesce(a.title, ''), coalesce(a.outlet, ''),
       coalesce(a.published, ''), coalesce(a.url, ''), coalesce(q.speaker_name, ''),
       snippet(quotes_fts, 0, ?1, ?2, '…', 24), bm25(quotes_fts) AS score
  FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
 WHERE quotes_fts MATCH ?3 ORDER BY score LIMIT ?4)sql";

Status RunSearch(const Store& store, const SearchOptions& o, const std::string& match,
                 std::vector<SearchHit>* hits) {
  size_t limit = Cap(o.limit);
  if (o.articles) {
    NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), kSearchArticles));
    st.Bind(o.mark_open).Bind(o.mark_close).Bind(match).Bind(limit);
    for (size_t n = 0; n < limit; ++n) {
      NG_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      SearchHit h;
      h.kind = "article";
      h.article_id = st.Int(0);
      h.title = st.Text(1);
      h.outlet = st.Text(2);
      h.published = st.Text(3);
      h.url = st.Text(4);
      h.snippet = st.Text(5);
      h.score = st.Double(6);
      hits->push_back(std::move(h));
    }
  }
  if (o.quotes) {
    NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), kSearchQuotes));
    st.Bind(o.mark_open).Bind(o.mark_close).Bind(match).Bind(limit);
    for (size_t n = 0; n < limit; ++n) {
      NG_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      SearchHit h;
      h.kind = "quote";
      h.quote_row = st.Int(0);
      h.article_id = st.Int(1);
      h.title = st.Text(2);
      h.outlet = st.Text(3);
      h.published = st.Text(4);
      h.url = st.Text(5);
      h.speaker = st.Text(6);
      h.snippet = st.Text(7);
      h.score = st.Double(8);
      hits->push_back(std::move(h));
    }
  }
  return Status::Ok();
}

Result<int64_t> ScalarInt(const Store& store, const char* sql) {
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), sql));
  NG_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Int(0) : 0;
}

Result<std::vector<Count>> Counts(const Store& store, const char* sql) {
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), sql));
  std::vector<Count> out;
  for (size_t n = 0; n < kMaxRows; ++n) {
    NG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back({st.Text(0), st.Int(1)});
  }
  return out;
}

QuoteRow ReadQuote(const Stmt& st) {
  QuoteRow q;
  q.id = st.Int(0);
  q.article_id = st.Int(1);
  q.quote_id = st.Text(2);
  q.kind = st.Text(3);
  q.content = st.Text(4);
  q.cue = st.Text(5);
  q.source = st.Text(6);
  q.speaker = st.Text(7);
  q.speaker_kb = st.Text(8);
  q.published = st.Text(9);
  q.outlet = st.Text(10);
  q.title = st.Text(11);
  q.url = st.Text(12);
  return q;
}

// ?1..?3 speaker name, ?4..?6 about name, ?7 since, ?8 until, ?9 speaker actor,
// ?10 attributed only, ?11 resolved speakers only, ?12 limit, ?13 speech cue lemmas (JSON
// array) or NULL.
constexpr char kFindQuotes[] = R"sql(
WITH
speaker_actors(id) AS (
  SELECT id FROM actors WHERE ?1 IS NOT NULL AND (kb_id = ?1 OR lower(name) = ?2
         OR (' ' || lower(name) || ' ') LIKE ?3 ESCAPE '\')
  UNION
  SELECT actor_id FROM actor_aliases
   WHERE ?1 IS NOT NULL AND (alias = ?2 OR (' ' || alias || ' ') LIKE ?3 ESCAPE '\')),
about_actors(id) AS (
  SELECT id FROM actors WHERE ?4 IS NOT NULL AND (kb_id = ?4 OR lower(name) = ?5
         OR (' ' || lower(name) || ' ') LIKE ?6 ESCAPE '\')
  UNION
  SELECT actor_id FROM actor_aliases
   WHERE ?4 IS NOT NULL AND (alias = ?5 OR (' ' || alias || ' ') LIKE ?6 ESCAPE '\'))
SELECT q.id, q.article_id, q.quote_id, coalesce(q.kind, ''), q.content, coalesce(q.cue, ''),
       coalesce(q.source, ''), coalesce(q.speaker_name, ''), coalesce(sa.kb_id, ''),
       coalesce(a.published, ''), coalesce(a.outlet, ''), coalesce(a.title, ''),
       coalesce(a.url, '')
  FROM quotes q
  JOIN articles a ON a.id = q.article_id
  LEFT JOIN entities se ON se.id = q.speaker_entity
  LEFT JOIN actors sa ON sa.id = q.speaker_actor
 WHERE (?9 IS NULL OR q.speaker_actor = ?9)
   AND (?10 = 0 OR q.speaker_name IS NOT NULL)
   AND (?11 = 0 OR q.speaker_entity IS NOT NULL)
   AND (?13 IS NULL OR q.kind IN ('direct', 'mixed')
        OR q.cue_lemma IN (SELECT value FROM json_each(?13)))
   AND (?7 IS NULL OR a.published >= ?7)
   AND (?8 IS NULL OR substr(a.published, 1, length(?8)) <= ?8)
   AND (?1 IS NULL
        OR q.speaker_actor IN speaker_actors
        OR (' ' || lower(se.name) || ' ') LIKE ?3 ESCAPE '\'
        OR EXISTS (SELECT 1 FROM mentions m WHERE m.entity = q.speaker_entity
                   AND (' ' || lower(m.text) || ' ') LIKE ?3 ESCAPE '\')
        OR (q.speaker_entity IS NULL
            AND (' ' || lower(coalesce(q.speaker_name, q.source)) || ' ') LIKE ?3 ESCAPE '\'))
   AND (?4 IS NULL
        OR EXISTS (SELECT 1 FROM mentions m LEFT JOIN entities e ON e.id = m.entity
                    WHERE m.article_id = q.article_id
                      AND m.bstart >= q.content_bstart AND m.bend <= q.content_bend
                      AND (e.actor_id IN about_actors
                           OR (' ' || lower(m.text) || ' ') LIKE ?6 ESCAPE '\')))
 ORDER BY a.published IS NULL, a.published DESC, q.article_id DESC, q.content_bstart
 LIMIT ?12)sql";

ActorRow ReadActor(const Stmt& st) {
  ActorRow r;
  r.id = st.Int(0);
  r.name = st.Text(1);
  r.type = st.Text(2);
  r.code = st.Text(3);
  r.sector = st.Text(4);
  r.kb = st.Text(5);
  r.articles = st.Int(6);
  r.mentions = st.Int(7);
  r.quotes = st.Int(8);
  return r;
}

Result<std::vector<ActorRow>> ReadActors(Stmt& st, size_t limit) {
  std::vector<ActorRow> out;
  for (size_t n = 0; n < limit; ++n) {
    NG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back(ReadActor(st));
  }
  return out;
}

constexpr char kTopActors[] = R"sql(
WITH per AS (
  SELECT e.actor_id AS id, count(DISTINCT e.article_id) AS arts, sum(e.mention_count) AS ments
    FROM entities e JOIN articles a ON a.id = e.article_id
   WHERE e.actor_id IS NOT NULL AND (?1 IS NULL OR a.published >= ?1)
   GROUP BY e.actor_id)
SELECT ac.id, ac.name, coalesce(ac.type, ''), coalesce(ac.code, ''), coalesce(ac.sector, ''),
       coalesce(ac.kb_id, ''), per.arts, per.ments,
       (SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
         WHERE q.speaker_actor = ac.id AND (?1 IS NULL OR a.published >= ?1))
  FROM per JOIN actors ac ON ac.id = per.id
 ORDER BY per.arts DESC, per.ments DESC, ac.name
 LIMIT ?2)sql";

constexpr char kMatchActorsSql[] = R"sql(
SELECT ac.id, ac.name, coalesce(ac.type, ''), coalesce(ac.code, ''), coalesce(ac.sector, ''),
       coalesce(ac.kb_id, ''),
       (SELECT count(DISTINCT article_id) FROM entities WHERE actor_id = ac.id) AS arts,
       (SELECT coalesce(sum(mention_count), 0) FROM entities WHERE actor_id = ac.id) AS ments,
       (SELECT count(*) FROM quotes WHERE speaker_actor = ac.id)
  FROM matching JOIN actors ac ON ac.id = matching.id
 ORDER BY arts DESC, ments DESC, ac.name
 LIMIT ?4)sql";

constexpr char kCooccurring[] = R"sql(
SELECT ac.id, ac.name, coalesce(ac.type, ''), coalesce(ac.code, ''), coalesce(ac.sector, ''),
       coalesce(ac.kb_id, ''), count(DISTINCT e2.article_id) AS shared,
       sum(e2.mention_count), 0
  FROM entities e1
  JOIN entities e2 ON e2.article_id = e1.article_id AND e2.actor_id != e1.actor_id
  JOIN actors ac ON ac.id = e2.actor_id
 WHERE e1.actor_id = ?1
 GROUP BY ac.id ORDER BY shared DESC, ac.name LIMIT ?2)sql";

constexpr char kMonths[] = R"sql(
SELECT substr(a.published, 1, 7) AS month, sum(e.mention_count)
  FROM entities e JOIN articles a ON a.id = e.article_id
 WHERE e.actor_id = ?1 AND a.published IS NOT NULL
 GROUP BY month ORDER BY month LIMIT ?2)sql";

constexpr char kEvents[] = R"sql(
SELECT ev.id, ev.article_id, ev.event_id, coalesce(ev.type, ''), coalesce(ev.date, ''),
       coalesce(ev.date_precision, ''), coalesce(ev.modality, ''), ev.trigger,
       coalesce((SELECT group_concat(coalesce(name, code), ', ') FROM event_args
                  WHERE event_id = ev.id AND role = 'actor'), ''),
       coalesce((SELECT group_concat(coalesce(name, code), ', ') FROM event_args
                  WHERE event_id = ev.id AND role = 'recipient'), ''),
       coalesce(a.published, ''), coalesce(a.outlet, ''), coalesce(a.title, '')
  FROM events ev JOIN articles a ON a.id = ev.article_id
 WHERE (?1 = 0 OR ev.date IS NOT NULL)
 ORDER BY ev.date IS NULL, ev.date DESC, ev.article_id DESC, ev.trigger_bstart
 LIMIT ?2)sql";

}  // namespace

Status CheckDateFilter(const std::string& flag, const std::string& value) {
  if (value.empty() || IsIsoDatePrefix(value)) return Status::Ok();
  return Status::InvalidArgument(flag + " wants YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'");
}

Result<std::vector<SearchHit>> Search(const Store& store, const SearchOptions& o) {
  if (Trim(o.query).empty()) return Status::InvalidArgument("empty search query");
  std::vector<SearchHit> hits;
  Status s = RunSearch(store, o, o.query, &hits);
  if (!s.ok() && IsFtsSyntaxError(s)) {
    hits.clear();
    std::string plain = SanitizeFts(o.query);
    if (plain.empty()) return Status::InvalidArgument("search query has no words");
    s = RunSearch(store, o, plain, &hits);
  }
  if (!s.ok()) return Status(s.code(), "search: " + s.message());
  // bm25 scores of short quotes and long bodies are not comparable, so the
  // two lists are interleaved by rank (ties by score): the best article and
  // the best quote come first.
  std::vector<size_t> rank(hits.size());
  for (size_t i = 0, a = 0, q = 0; i < hits.size(); ++i) {
    rank[i] = hits[i].kind == "quote" ? q++ : a++;
  }
  std::vector<size_t> order(hits.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    if (rank[x] != rank[y]) return rank[x] < rank[y];
    return hits[x].score < hits[y].score;
  });
  std::vector<SearchHit> merged;
  merged.reserve(hits.size());
  for (size_t i : order) merged.push_back(std::move(hits[i]));
  hits = std::move(merged);
  if (hits.size() > Cap(o.limit)) hits.resize(Cap(o.limit));
  return hits;
}

namespace {

// A JSON array of strings for json_each(), or "" (bound as NULL) for none.
std::string LemmaArray(const std::vector<std::string>& lemmas) {
  if (lemmas.empty()) return "";
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const std::string& l : lemmas) w.String(l);
  w.EndArray();
  return out;
}

}  // namespace

Result<std::vector<QuoteRow>> FindQuotes(const Store& store, const QuoteFilter& f) {
  NG_RETURN_IF_ERROR(CheckDateFilter("--since", f.since));
  NG_RETURN_IF_ERROR(CheckDateFilter("--until", f.until));
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), kFindQuotes));
  for (const std::string* name : {&f.speaker, &f.about}) {
    if (Trim(*name).empty()) {
      st.BindNull().BindNull().BindNull();
    } else {
      BindName(st, std::string(Trim(*name)));
    }
  }
  st.BindOrNull(f.since).BindOrNull(f.until).BindIdOrNull(f.speaker_actor);
  st.Bind(int64_t{f.with_speaker}).Bind(int64_t{f.resolved_speaker}).Bind(Cap(f.limit));
  st.BindOrNull(LemmaArray(f.speech_lemmas));
  std::vector<QuoteRow> out;
  for (size_t n = 0; n < Cap(f.limit); ++n) {
    NG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back(ReadQuote(st));
  }
  return out;
}

Result<Stats> GetStats(const Store& store) {
  Stats s;
  s.schema_version = store.schema_version();
  struct {
    int64_t* out;
    const char* sql;
  } scalars[] = {
      {&s.articles, "SELECT count(*) FROM articles"},
      {&s.entities, "SELECT count(*) FROM entities"},
      {&s.mentions, "SELECT count(*) FROM mentions"},
      {&s.actors, "SELECT count(*) FROM actors"},
      {&s.linked_actors, "SELECT count(*) FROM actors WHERE linked"},
      {&s.quotes, "SELECT count(*) FROM quotes"},
      {&s.attributed_quotes, "SELECT count(*) FROM quotes WHERE speaker_name IS NOT NULL"},
      {&s.events, "SELECT count(*) FROM events"},
      {&s.times, "SELECT count(*) FROM times"},
      {&s.undated_articles, "SELECT count(*) FROM articles WHERE published IS NULL"},
      {&s.outlet_count, "SELECT count(DISTINCT outlet) FROM articles"},
  };
  for (auto& q : scalars) {
    NG_ASSIGN_OR_RETURN(*q.out, ScalarInt(store, q.sql));
  }
  {
    NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(),
                                               "SELECT coalesce(min(published), ''), "
                                               "coalesce(max(published), '') FROM articles"));
    NG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (row) {
      s.first_date = st.Text(0);
      s.last_date = st.Text(1);
    }
  }
  NG_ASSIGN_OR_RETURN(s.quotes_by_kind, Counts(store,
                                               "SELECT coalesce(kind, '?'), count(*) FROM quotes "
                                               "GROUP BY 1 ORDER BY 2 DESC, 1"));
  NG_ASSIGN_OR_RETURN(s.events_by_type, Counts(store,
                                               "SELECT coalesce(type, '?'), count(*) FROM events "
                                               "GROUP BY 1 ORDER BY 2 DESC, 1"));
  NG_ASSIGN_OR_RETURN(s.outlets, Counts(store,
                                        "SELECT coalesce(outlet, '(unknown)'), count(*) FROM "
                                        "articles GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10"));
  std::error_code ec;
  for (const char* suffix : {"", "-wal"}) {
    auto size = std::filesystem::file_size(store.path() + suffix, ec);
    if (!ec) s.db_bytes += static_cast<int64_t>(size);
  }
  return s;
}

Result<std::vector<ActorRow>> TopActors(const Store& store, size_t top, const std::string& since) {
  NG_RETURN_IF_ERROR(CheckDateFilter("--since", since));
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), kTopActors));
  st.BindOrNull(since).Bind(Cap(top));
  return ReadActors(st, Cap(top));
}

Result<std::vector<ActorRow>> MatchActors(const Store& store, const std::string& name,
                                          size_t limit) {
  if (Trim(name).empty()) return Status::InvalidArgument("empty actor name");
  std::string sql = std::string("WITH ") + kMatchingActors + kMatchActorsSql;
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), sql));
  BindName(st, std::string(Trim(name)));
  st.Bind(Cap(limit));
  return ReadActors(st, Cap(limit));
}

Result<ActorProfile> GetActorProfile(const Store& store, const std::string& name, size_t limit) {
  NG_ASSIGN_OR_RETURN(std::vector<ActorRow> matches, MatchActors(store, name, 20));
  if (matches.empty()) return Status::NotFound("no actor matches '" + name + "'");
  ActorProfile p;
  p.actor = matches.front();
  p.other_matches.assign(matches.begin() + 1, matches.end());
  {
    NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(),
                                               "SELECT alias FROM actor_aliases WHERE "
                                               "actor_id = ? ORDER BY alias LIMIT 50"));
    st.Bind(p.actor.id);
    for (size_t n = 0; n < 50; ++n) {
      NG_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      p.aliases.push_back(st.Text(0));
    }
  }
  {
    NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), kMonths));
    st.Bind(p.actor.id).Bind(kMaxRows);
    for (size_t n = 0; n < kMaxRows; ++n) {
      NG_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      p.months.push_back({st.Text(0), st.Int(1)});
    }
  }
  {
    NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), kCooccurring));
    st.Bind(p.actor.id).Bind(Cap(limit));
    NG_ASSIGN_OR_RETURN(p.cooccurring, ReadActors(st, Cap(limit)));
  }
  QuoteFilter qf;
  qf.speaker_actor = p.actor.id;
  qf.limit = limit;
  NG_ASSIGN_OR_RETURN(p.quotes, FindQuotes(store, qf));
  return p;
}

Result<std::vector<EventRow>> FindEvents(const Store& store, bool dated_only, size_t limit) {
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), kEvents));
  st.Bind(int64_t{dated_only}).Bind(Cap(limit));
  std::vector<EventRow> out;
  for (size_t n = 0; n < Cap(limit); ++n) {
    NG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    EventRow e;
    e.id = st.Int(0);
    e.article_id = st.Int(1);
    e.event_id = st.Text(2);
    e.type = st.Text(3);
    e.date = st.Text(4);
    e.date_precision = st.Text(5);
    e.modality = st.Text(6);
    e.trigger = st.Text(7);
    e.actors = st.Text(8);
    e.recipients = st.Text(9);
    e.published = st.Text(10);
    e.outlet = st.Text(11);
    e.title = st.Text(12);
    out.push_back(std::move(e));
  }
  return out;
}

Result<std::vector<int64_t>> FindArticleIds(const Store& store, const std::string& ext_id,
                                            const std::string& url) {
  std::vector<int64_t> ids;
  if (ext_id.empty() && url.empty()) return ids;
  NG_ASSIGN_OR_RETURN(
      Stmt st, Stmt::Prepare(store.handle(),
                             ext_id.empty() ? "SELECT id FROM articles WHERE url = ? LIMIT ?"
                                            : "SELECT id FROM articles WHERE ext_id = ? LIMIT ?"));
  st.Bind(ext_id.empty() ? url : ext_id).Bind(kMaxRows);
  while (true) {
    NG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return ids;
    ids.push_back(st.Int(0));
  }
}

}  // namespace newsgraph::store
