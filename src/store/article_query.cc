#include "store/article_query.h"

#include <algorithm>

#include "store/query.h"
#include "store/sql.h"

namespace newsgraph::store {
namespace {

ViewSpan SpanAt(const Stmt& st, int col) {
  if (st.IsNull(col) || st.IsNull(col + 1)) return {};
  return {st.Int(col), st.Int(col + 1)};
}

constexpr char kArticle[] = R"sql(
SELECT coalesce(ext_id, ''), coalesce(title, ''), coalesce(url, ''), coalesce(outlet, ''),
       coalesce(published, ''), text
  FROM articles WHERE id = ?)sql";

constexpr char kMentions[] = R"sql(
SELECT m.cstart, m.cend, m.text, m.kind, coalesce(m.type, ''), coalesce(m.entity_id, ''),
       coalesce(e.name, ''), coalesce(e.code, ''), coalesce(e.sector, ''), coalesce(e.kb_id, '')
  FROM mentions m LEFT JOIN entities e ON e.id = m.entity
 WHERE m.article_id = ? ORDER BY m.cstart, m.cend LIMIT ?)sql";

constexpr char kQuotes[] = R"sql(
SELECT quote_id, coalesce(kind, ''), coalesce(speaker_name, ''), coalesce(speaker_entity_id, ''),
       coalesce(cue, ''), coalesce(cue_lemma, ''), coalesce(source, ''),
       coalesce(addressee_name, ''), content_cstart, content_cend, cue_cstart, cue_cend,
       source_cstart, source_cend
  FROM quotes WHERE article_id = ? ORDER BY content_cstart LIMIT ?)sql";

// Argument names (given, else the entity's), else codes, in array order.
constexpr char kEvents[] = R"sql(
SELECT v.event_id, coalesce(v.type, ''), coalesce(v.mode, ''), coalesce(v.cameo, ''),
       coalesce(v.modality, ''), coalesce(v.date, ''), coalesce(v.date_text, ''),
       coalesce(v.location_name, ''), coalesce(v.quote_id, ''),
       coalesce((SELECT group_concat(n, ', ') FROM
                  (SELECT coalesce(nullif(g.name, ''), (SELECT x.name FROM entities x WHERE x.id = g.entity),
                                   g.code, '') AS n FROM event_args g
                    WHERE g.event_id = v.id AND g.role = 'actor' ORDER BY g.position)), ''),
       coalesce((SELECT group_concat(n, ', ') FROM
                  (SELECT coalesce(nullif(g.name, ''), (SELECT x.name FROM entities x WHERE x.id = g.entity),
                                   g.code, '') AS n FROM event_args g
                    WHERE g.event_id = v.id AND g.role = 'recipient' ORDER BY g.position)), ''),
       v.trigger_cstart, v.trigger_cend, v.date_cstart, v.date_cend, coalesce(v.merged_id, 0)
  FROM events v WHERE v.article_id = ? ORDER BY v.trigger_cstart LIMIT ?)sql";

// Runs sql with (article id, limit) and appends read(st) for every row to *out.
template <typename Row, typename Read>
Status ReadRows(const Store& store, const char* sql, int64_t id, size_t limit,
                std::vector<Row>* out, Read read) {
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), sql));
  st.Bind(id).Bind(limit);
  while (true) {
    NG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    out->push_back(read(st));
  }
}

MentionView ReadMention(const Stmt& st) {
  MentionView m;
  m.span = SpanAt(st, 0);
  m.text = st.Text(2);
  m.kind = st.Text(3);
  m.type = st.Text(4);
  m.entity_id = st.Text(5);
  m.entity_name = st.Text(6);
  m.code = st.Text(7);
  m.sector = st.Text(8);
  m.kb = st.Text(9);
  return m;
}

QuoteView ReadQuote(const Stmt& st) {
  QuoteView q;
  q.quote_id = st.Text(0);
  q.kind = st.Text(1);
  q.speaker = st.Text(2);
  q.speaker_entity_id = st.Text(3);
  q.cue = st.Text(4);
  q.cue_lemma = st.Text(5);
  q.source = st.Text(6);
  q.addressee = st.Text(7);
  q.content = SpanAt(st, 8);
  q.cue_span = SpanAt(st, 10);
  q.source_span = SpanAt(st, 12);
  return q;
}

EventView ReadEvent(const Stmt& st) {
  EventView e;
  e.event_id = st.Text(0);
  e.type = st.Text(1);
  e.mode = st.Text(2);
  e.cameo = st.Text(3);
  e.modality = st.Text(4);
  e.date = st.Text(5);
  e.date_text = st.Text(6);
  e.location = st.Text(7);
  e.quote_id = st.Text(8);
  e.actors = st.Text(9);
  e.recipients = st.Text(10);
  e.trigger = SpanAt(st, 11);
  e.date_span = SpanAt(st, 13);
  e.merged_id = st.Int(15);
  return e;
}

}  // namespace

Result<ArticleView> GetArticle(const Store& store, int64_t article_id, size_t max_rows) {
  const size_t limit = std::clamp<size_t>(max_rows, 1, kMaxRows);
  ArticleView a;
  {
    NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.handle(), kArticle));
    st.Bind(article_id);
    NG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::NotFound("no article with id " + std::to_string(article_id));
    a.id = article_id;
    a.ext_id = st.Text(0);
    a.title = st.Text(1);
    a.url = st.Text(2);
    a.outlet = st.Text(3);
    a.published = st.Text(4);
    a.text = st.Text(5);
  }
  NG_RETURN_IF_ERROR(ReadRows(store, kMentions, article_id, limit, &a.mentions, ReadMention));
  NG_RETURN_IF_ERROR(ReadRows(store, kQuotes, article_id, limit, &a.quotes, ReadQuote));
  NG_RETURN_IF_ERROR(ReadRows(store, kEvents, article_id, limit, &a.events, ReadEvent));
  return a;
}

}  // namespace newsgraph::store
