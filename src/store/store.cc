#include "newsgraph/store.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string_view>

#include "core/json_writer.h"
#include "core/offsets.h"
#include "store/merge.h"
#include "store/schema.h"
#include "store/sha256.h"
#include "store/sql.h"
#include "store/text_util.h"

namespace newsgraph {

using store::Stmt;

// ---- content hash ------------------------------------------------------------

namespace {

void HashField(store::Sha256* h, std::string_view field) {
  field = store::Trim(field);
  std::string len = std::to_string(field.size()) + ":";
  h->Update(len);
  h->Update(field);
}

}  // namespace

std::string ContentHash(const Document& doc) {
  store::Sha256 h;
  h.Update("newsgraph-article-v1\n");
  HashField(&h, doc.text());
  HashField(&h, doc.meta.title);
  HashField(&h, doc.meta.published);
  HashField(&h, doc.meta.url);
  return h.HexDigest();
}

// ---- statements ------------------------------------------------------------------

namespace {

constexpr char kInsertArticle[] = R"sql(
INSERT OR IGNORE INTO articles (content_hash, ext_id, url, outlet, title, published,
  published_raw, authors, text, text_chars, text_bytes, captions, links, related, credits,
  warnings, meta, source, ingested_at)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))sql";

constexpr char kFindArticle[] = "SELECT id FROM articles WHERE content_hash = ?";

constexpr char kInsertActor[] = R"sql(
INSERT INTO actors (actor_key, kb_id, code, sector, name, type, linked)
VALUES (?,?,?,?,?,?,?)
ON CONFLICT (actor_key) DO UPDATE SET name = excluded.name
 WHERE actors.name = upper(actors.name) AND excluded.name != upper(excluded.name))sql";

constexpr char kFindActor[] = "SELECT id FROM actors WHERE actor_key = ?";

constexpr char kInsertAlias[] =
    "INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?,?)";

constexpr char kInsertEntity[] = R"sql(
INSERT INTO entities (article_id, entity_id, type, name, actor_id, code, sector, kb_id, role,
  mention_count)
VALUES (?,?,?,?,?,?,?,?,?,?))sql";

constexpr char kInsertMention[] = R"sql(
INSERT INTO mentions (article_id, entity, entity_id, cstart, cend, bstart, bend, text, kind,
  type, sentence, role_cstart, role_cend, role_bstart, role_bend, role_text)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))sql";

constexpr char kInsertQuote[] = R"sql(
INSERT INTO quotes (article_id, quote_id, kind,
  content_cstart, content_cend, content_bstart, content_bend, content,
  cue_cstart, cue_cend, cue_bstart, cue_bend, cue, cue_lemma,
  source_cstart, source_cend, source_bstart, source_bend, source,
  speaker_entity, speaker_entity_id, speaker_actor, speaker_name,
  addressee_entity, addressee_entity_id, addressee_actor, addressee_name, partials, sentence)
VALUES (?,?,?, ?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?,?, ?,?,?,?, ?,?,?,?,?,?))sql";

constexpr char kInsertTime[] = R"sql(
INSERT INTO times (article_id, cstart, cend, bstart, bend, text, value, precision, direction,
  sentence)
VALUES (?,?,?,?,?,?,?,?,?,?))sql";

constexpr char kInsertEvent[] = R"sql(
INSERT INTO events (article_id, event_id, type, mode, context, cameo, actor, recipient,
  date, date_precision, date_cstart, date_cend, date_bstart, date_bend, date_text, modality,
  location_name, location_country, lat, lon,
  trigger_cstart, trigger_cend, trigger_bstart, trigger_bend, trigger, sentence, quote, quote_id)
VALUES (?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?, ?,?,?,?, ?,?,?,?,?,?,?,?))sql";

// Older versions of article ?1: the same ext_id ?2, or with no ext_id the same url ?3.
constexpr char kDeleteSameId[] = R"sql(
DELETE FROM articles
 WHERE id != ?1 AND ((?2 != '' AND ext_id = ?2) OR (?2 = '' AND ?3 != '' AND url = ?3)))sql";

constexpr char kInsertEventArg[] = R"sql(
INSERT INTO event_args (event_id, role, position, entity, entity_id, actor_id, code, sector,
  name)
VALUES (?,?,?,?,?,?,?,?,?))sql";

const char* MentionKindName(MentionKind k) {
  switch (k) {
    case MentionKind::kName:
      return "name";
    case MentionKind::kTitle:
      return "title";
    case MentionKind::kPronoun:
      return "pronoun";
    case MentionKind::kMetonym:
      return "metonym";
    case MentionKind::kNominal:
      return "nominal";
  }
  return "name";
}

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string JsonStrings(const std::vector<std::string>& v) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const auto& s : v) w.String(s);
  w.EndArray();
  return out;
}

std::string JsonCaptions(const std::vector<Caption>& v) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const Caption& c : v) {
    w.BeginObject().Field("text", c.text).FieldOrNull("credit", c.credit).EndObject();
  }
  w.EndArray();
  return out;
}

// Rows stored per article, counted before writing (budget check).
size_t RowCount(const Document& d) {
  size_t n = 1 + d.entities.size() + d.mentions.size() + d.quotes.size() + d.times.size() +
             d.events.size();
  for (const Event& e : d.events) n += e.actor.size() + e.recipient.size();
  return n;
}

}  // namespace

// ---- Store::Impl -------------------------------------------------------------------

struct Store::Impl {
  std::string path;
  StoreOptions options;
  sqlite3* db = nullptr;
  int version = 0;
  size_t committed = 0;
  bool prepared = false;
  Stmt insert_article, find_article, insert_actor, find_actor, insert_alias, insert_entity,
      insert_mention, insert_quote, insert_time, insert_event, insert_event_arg, delete_same_id;

  ~Impl() { Close(); }
  void Close() {
    // Statements must be finalised before the connection closes.
    insert_article = Stmt();
    find_article = Stmt();
    insert_actor = Stmt();
    find_actor = Stmt();
    insert_alias = Stmt();
    insert_entity = Stmt();
    insert_mention = Stmt();
    insert_quote = Stmt();
    insert_time = Stmt();
    insert_event = Stmt();
    insert_event_arg = Stmt();
    delete_same_id = Stmt();
    if (db) sqlite3_close_v2(db);
    db = nullptr;
  }

  Status Prepare();
  // Runs fn(db) in an IMMEDIATE transaction: committed when fn succeeds,
  // rolled back otherwise.
  template <typename Fn>
  auto InTransaction(Fn fn) -> decltype(fn(db)) {
    NG_RETURN_IF_ERROR(store::Exec(db, "BEGIN IMMEDIATE"));
    auto r = fn(db);
    Status s = r.ok() ? store::Exec(db, "COMMIT") : r.status();
    if (!s.ok()) {
      store::Exec(db, "ROLLBACK");
      return s;
    }
    return r;
  }
  Result<AddResult> AddOne(const Document& doc, const std::string& now);
  Result<int64_t> ActorId(const Entity& e, const Document& doc);
  Status AddEntities(const Document& doc, int64_t article, const OffsetMap& map,
                     std::vector<int64_t>* entity_rows, std::vector<int64_t>* actor_rows);
  Status AddQuotes(const Document& doc, int64_t article, const OffsetMap& map,
                   const std::vector<int64_t>& entity_rows, const std::vector<int64_t>& actor_rows,
                   std::vector<int64_t>* quote_rows);
  Status AddTimes(const Document& doc, int64_t article, const OffsetMap& map);
  Status AddEvents(const Document& doc, int64_t article, const OffsetMap& map,
                   const std::vector<int64_t>& entity_rows, const std::vector<int64_t>& actor_rows,
                   const std::vector<int64_t>& quote_rows);
};

namespace {

// Binds cstart, cend, bstart, bend of a span.
void BindSpan(Stmt& st, const OffsetMap& map, const Span& s) {
  st.Bind(map.CodePoint(s.begin)).Bind(map.CodePoint(s.end)).Bind(s.begin).Bind(s.end);
}

// Binds cstart, cend, bstart, bend, text of an optional span (NULLs if absent).
void BindOptSpan(Stmt& st, const OffsetMap& map, const Document& d, const std::optional<Span>& s) {
  if (s) {
    BindSpan(st, map, *s);
    st.Bind(d.Surface(*s));
  } else {
    st.BindNull().BindNull().BindNull().BindNull().BindNull();
  }
}

bool ValidIndex(int32_t i, size_t n) { return i >= 0 && static_cast<size_t>(i) < n; }

std::string ActorKey(const Entity& e, std::string_view name) {
  if (e.actor && !e.actor->kb.empty()) return "kb:" + e.actor->kb;
  if (e.actor && !e.actor->code.empty()) return "code:" + e.actor->code + ":" + store::Fold(name);
  return "name:" + e.type + ":" + store::Fold(name);
}

// The canonical name of an entity: its name, else its first name mention.
std::string_view EntityName(const Entity& e, const Document& d) {
  if (!store::Trim(e.name).empty()) return store::Trim(e.name);
  for (uint32_t mi : e.mentions) {
    if (mi < d.mentions.size() && d.mentions[mi].kind == MentionKind::kName) {
      return store::Trim(d.Surface(d.mentions[mi].span));
    }
  }
  return {};
}

}  // namespace

Status Store::Impl::Prepare() {
  if (prepared) return Status::Ok();
  struct {
    Stmt* st;
    const char* sql;
  } all[] = {{&insert_article, kInsertArticle},    {&find_article, kFindArticle},
             {&insert_actor, kInsertActor},        {&find_actor, kFindActor},
             {&insert_alias, kInsertAlias},        {&insert_entity, kInsertEntity},
             {&insert_mention, kInsertMention},    {&insert_quote, kInsertQuote},
             {&insert_time, kInsertTime},          {&insert_event, kInsertEvent},
             {&insert_event_arg, kInsertEventArg}, {&delete_same_id, kDeleteSameId}};
  for (auto& s : all) {
    NG_ASSIGN_OR_RETURN(*s.st, Stmt::Prepare(db, s.sql));
  }
  prepared = true;
  return Status::Ok();
}

Result<int64_t> Store::Impl::ActorId(const Entity& e, const Document& d) {
  std::string_view name = EntityName(e, d);
  if (name.empty()) return int64_t{0};
  std::string key = ActorKey(e, name);
  const ActorRef* a = e.actor ? &*e.actor : nullptr;
  insert_actor.Bind(key)
      .BindOrNull(a ? a->kb : "")
      .BindOrNull(a ? a->code : "")
      .BindOrNull(a ? a->sector : "")
      .Bind(name)
      .BindOrNull(e.type)
      .Bind(int64_t{a != nullptr});
  NG_RETURN_IF_ERROR(insert_actor.Run());
  find_actor.Bind(key);
  Result<bool> row = find_actor.Step();
  int64_t id = row.ok() && *row ? find_actor.Int(0) : 0;
  find_actor.Reset();
  if (!row.ok()) return row.status();
  // Aliases: the canonical name and every name mention, folded.
  insert_alias.Bind(id).Bind(store::Fold(name));
  NG_RETURN_IF_ERROR(insert_alias.Run());
  for (uint32_t mi : e.mentions) {
    if (mi >= d.mentions.size() || d.mentions[mi].kind != MentionKind::kName) continue;
    std::string alias = store::Fold(d.Surface(d.mentions[mi].span));
    if (alias.empty()) continue;
    insert_alias.Bind(id).Bind(alias);
    NG_RETURN_IF_ERROR(insert_alias.Run());
  }
  return id;
}

Status Store::Impl::AddEntities(const Document& d, int64_t article, const OffsetMap& map,
                                std::vector<int64_t>* entity_rows,
                                std::vector<int64_t>* actor_rows) {
  for (const Entity& e : d.entities) {
    NG_ASSIGN_OR_RETURN(int64_t actor, ActorId(e, d));
    const ActorRef* a = e.actor ? &*e.actor : nullptr;
    insert_entity.Bind(article)
        .Bind(e.id)
        .BindOrNull(e.type)
        .BindOrNull(EntityName(e, d))
        .BindIdOrNull(actor)
        .BindOrNull(a ? a->code : "")
        .BindOrNull(a ? a->sector : "")
        .BindOrNull(a ? a->kb : "")
        .BindOrNull(a ? a->role : "")
        .Bind(e.mentions.size());
    NG_RETURN_IF_ERROR(insert_entity.Run());
    entity_rows->push_back(sqlite3_last_insert_rowid(db));
    actor_rows->push_back(actor);
  }
  for (const Mention& m : d.mentions) {
    bool linked = ValidIndex(m.entity, d.entities.size());
    insert_mention.Bind(article)
        .BindIdOrNull(linked ? (*entity_rows)[m.entity] : 0)
        .BindOrNull(linked ? d.entities[m.entity].id : "");
    BindSpan(insert_mention, map, m.span);
    insert_mention.Bind(d.Surface(m.span))
        .Bind(MentionKindName(m.kind))
        .BindOrNull(m.type)
        .Bind(m.sentence);
    BindOptSpan(insert_mention, map, d, m.role);
    NG_RETURN_IF_ERROR(insert_mention.Run());
  }
  return Status::Ok();
}

Status Store::Impl::AddQuotes(const Document& d, int64_t article, const OffsetMap& map,
                              const std::vector<int64_t>& entity_rows,
                              const std::vector<int64_t>& actor_rows,
                              std::vector<int64_t>* quote_rows) {
  auto bind_party = [&](int32_t e, std::string_view fallback_name) {
    bool ok = ValidIndex(e, entity_rows.size());
    insert_quote.BindIdOrNull(ok ? entity_rows[e] : 0)
        .BindOrNull(ok ? d.entities[e].id : "")
        .BindIdOrNull(ok ? actor_rows[e] : 0)
        .BindOrNull(ok ? EntityName(d.entities[e], d) : fallback_name);
  };
  for (const Quote& q : d.quotes) {
    insert_quote.Bind(article).Bind(q.id).BindOrNull(q.kind);
    BindSpan(insert_quote, map, q.content);
    insert_quote.Bind(d.Surface(q.content));
    BindOptSpan(insert_quote, map, d, q.cue);
    insert_quote.BindOrNull(q.cue_lemma);
    BindOptSpan(insert_quote, map, d, q.source);
    bind_party(q.speaker, q.source ? d.Surface(*q.source) : std::string_view());
    bind_party(q.addressee, {});
    std::string partials;
    JsonWriter w(&partials);
    w.BeginArray();
    for (const Span& p : q.partials) {
      w.BeginObject()
          .Field("start", map.CodePoint(p.begin))
          .Field("end", map.CodePoint(p.end))
          .Field("text", d.Surface(p))
          .Field("bstart", p.begin)
          .Field("bend", p.end)
          .EndObject();
    }
    w.EndArray();
    insert_quote.Bind(partials).Bind(q.sentence);
    NG_RETURN_IF_ERROR(insert_quote.Run());
    quote_rows->push_back(sqlite3_last_insert_rowid(db));
  }
  return Status::Ok();
}

Status Store::Impl::AddTimes(const Document& d, int64_t article, const OffsetMap& map) {
  for (const TimeExpr& t : d.times) {
    insert_time.Bind(article);
    BindSpan(insert_time, map, t.span);
    insert_time.Bind(d.Surface(t.span))
        .BindOrNull(t.value)
        .BindOrNull(t.precision)
        .BindOrNull(t.direction)
        .Bind(t.sentence);
    NG_RETURN_IF_ERROR(insert_time.Run());
  }
  return Status::Ok();
}

namespace {

std::string ArgsJson(const Document& d, const std::vector<EventArg>& args) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const EventArg& a : args) {
    w.BeginObject().Key("entity");
    if (ValidIndex(a.entity, d.entities.size())) {
      w.String(d.entities[a.entity].id);
    } else {
      w.Null();
    }
    w.FieldOrNull("code", a.code).FieldOrNull("sector", a.sector);
    if (!a.name.empty()) w.Field("name", a.name);
    w.EndObject();
  }
  w.EndArray();
  return out;
}

}  // namespace

Status Store::Impl::AddEvents(const Document& d, int64_t article, const OffsetMap& map,
                              const std::vector<int64_t>& entity_rows,
                              const std::vector<int64_t>& actor_rows,
                              const std::vector<int64_t>& quote_rows) {
  for (const Event& e : d.events) {
    bool has_quote = ValidIndex(e.quote, quote_rows.size());
    insert_event.Bind(article)
        .Bind(e.id)
        .BindOrNull(e.type)
        .BindOrNull(e.mode)
        .Bind(JsonStrings(e.context))
        .BindOrNull(e.cameo)
        .Bind(ArgsJson(d, e.actor))
        .Bind(ArgsJson(d, e.recipient))
        .BindOrNull(e.date)
        .BindOrNull(e.date_precision);
    BindOptSpan(insert_event, map, d, e.date_span);
    insert_event.BindOrNull(e.modality);
    if (e.location) {
      insert_event.BindOrNull(e.location->name).BindOrNull(e.location->country);
      if (e.location->has_coords) {
        insert_event.Bind(e.location->lat).Bind(e.location->lon);
      } else {
        insert_event.BindNull().BindNull();
      }
    } else {
      insert_event.BindNull().BindNull().BindNull().BindNull();
    }
    BindSpan(insert_event, map, e.trigger);
    insert_event.Bind(d.Surface(e.trigger))
        .Bind(e.sentence)
        .BindIdOrNull(has_quote ? quote_rows[e.quote] : 0)
        .BindOrNull(has_quote ? d.quotes[e.quote].id : "");
    NG_RETURN_IF_ERROR(insert_event.Run());
    int64_t event_row = sqlite3_last_insert_rowid(db);
    for (const auto* role : {"actor", "recipient"}) {
      const auto& args = role[0] == 'a' ? e.actor : e.recipient;
      for (size_t i = 0; i < args.size(); ++i) {
        const EventArg& a = args[i];
        bool ok = ValidIndex(a.entity, entity_rows.size());
        insert_event_arg.Bind(event_row)
            .Bind(role)
            .Bind(i)
            .BindIdOrNull(ok ? entity_rows[a.entity] : 0)
            .BindOrNull(ok ? d.entities[a.entity].id : "")
            .BindIdOrNull(ok ? actor_rows[a.entity] : 0)
            .BindOrNull(a.code)
            .BindOrNull(a.sector)
            .BindOrNull(!a.name.empty() ? std::string_view(a.name)
                        : ok            ? EntityName(d.entities[a.entity], d)
                                        : std::string_view());
        NG_RETURN_IF_ERROR(insert_event_arg.Run());
      }
    }
  }
  return Status::Ok();
}

Result<AddResult> Store::Impl::AddOne(const Document& d, const std::string& now) {
  AddResult r;
  if (Status s = CheckSpans(d); !s.ok()) {
    r.outcome = AddOutcome::kRejected;
    r.error = s;
    return r;
  }
  if (RowCount(d) > options.max_rows_per_article) {
    r.outcome = AddOutcome::kRejected;
    r.error = Status::ResourceExhausted("article has " + std::to_string(RowCount(d)) +
                                        " annotation rows, over the store's budget of " +
                                        std::to_string(options.max_rows_per_article));
    return r;
  }
  const ArticleMeta& m = d.meta;
  std::string hash = ContentHash(d);
  OffsetMap map(d.text());
  insert_article.Bind(hash)
      .BindOrNull(m.id)
      .BindOrNull(m.url)
      .BindOrNull(m.outlet)
      .BindOrNull(m.title)
      .BindOrNull(m.published)
      .BindOrNull(m.published_raw)
      .Bind(JsonStrings(m.authors))
      .Bind(d.text())
      .Bind(map.CodePoint(static_cast<uint32_t>(d.text().size())))
      .Bind(d.text().size())
      .Bind(JsonCaptions(m.captions));
  {
    std::string links, related;
    JsonWriter lw(&links), rw(&related);
    lw.BeginArray();
    for (const Link& l : m.links) {
      lw.BeginObject().Field("anchor", l.anchor).FieldOrNull("url", l.url);
      if (l.span) {
        lw.Key("span")
            .BeginObject()
            .Field("start", map.CodePoint(l.span->begin))
            .Field("end", map.CodePoint(l.span->end))
            .Field("bstart", l.span->begin)
            .Field("bend", l.span->end)
            .EndObject();
      }
      lw.EndObject();
    }
    lw.EndArray();
    rw.BeginArray();
    for (const Link& l : m.related) {
      rw.BeginObject().Field("title", l.anchor).FieldOrNull("url", l.url).EndObject();
    }
    rw.EndArray();
    insert_article.Bind(links).Bind(related);
  }
  insert_article.Bind(JsonStrings(m.credits))
      .Bind(JsonStrings(m.warnings))
      .BindOrNull(m.meta_json)
      .BindOrNull(m.source_name)
      .Bind(now);
  NG_RETURN_IF_ERROR(insert_article.Run());
  if (sqlite3_changes(db) == 0) {
    find_article.Bind(hash);
    Result<bool> row = find_article.Step();
    r.article_id = row.ok() && *row ? find_article.Int(0) : 0;
    find_article.Reset();
    if (!row.ok()) return row.status();
    r.outcome = AddOutcome::kDuplicate;
    return r;
  }
  r.article_id = sqlite3_last_insert_rowid(db);
  if (options.replace_same_id && (!m.id.empty() || !m.url.empty())) {
    delete_same_id.Bind(r.article_id).Bind(m.id).Bind(m.url);
    NG_RETURN_IF_ERROR(delete_same_id.Run());
    r.replaced = sqlite3_changes(db);
  }
  std::vector<int64_t> entity_rows, actor_rows, quote_rows;
  NG_RETURN_IF_ERROR(AddEntities(d, r.article_id, map, &entity_rows, &actor_rows));
  NG_RETURN_IF_ERROR(AddQuotes(d, r.article_id, map, entity_rows, actor_rows, &quote_rows));
  NG_RETURN_IF_ERROR(AddTimes(d, r.article_id, map));
  NG_RETURN_IF_ERROR(AddEvents(d, r.article_id, map, entity_rows, actor_rows, quote_rows));
  return r;
}

// ---- Store ---------------------------------------------------------------------------

namespace {

Status OpenConnection(const std::string& path, const StoreOptions& options, sqlite3** db) {
  namespace fs = std::filesystem;
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  if (!exists && !options.create_if_missing) {
    return Status::NotFound("no database at " + path);
  }
  if (!exists) {
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec)) {
      return Status::IoError("cannot create database " + path + ": directory " + parent.string() +
                             " does not exist");
    }
  } else if (fs::is_directory(path, ec)) {
    return Status::InvalidArgument(path + " is a directory, not a database file");
  }
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  if (options.read_only) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE | (options.create_if_missing ? SQLITE_OPEN_CREATE : 0);
  }
  int rc = sqlite3_open_v2(path.c_str(), db, flags, nullptr);
  if (rc != SQLITE_OK) {
    return store::SqlError(*db, rc, "cannot open database " + path);
  }
  sqlite3_busy_timeout(*db, options.busy_timeout_ms);
  sqlite3_extended_result_codes(*db, 1);
  return Status::Ok();
}

Status Configure(sqlite3* db, const std::string& path, bool read_only) {
  NG_RETURN_IF_ERROR(store::Exec(db, "PRAGMA foreign_keys = ON"));
  if (read_only) return Status::Ok();
  // WAL: readers do not block the writer; NORMAL sync is durable against a
  // killed process (only an OS crash may lose the last transactions).
  Status s = store::Exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
  if (!s.ok()) return Status(s.code(), "cannot write to database " + path + ": " + s.message());
  return Status::Ok();
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  NG_RETURN_IF_ERROR(OpenConnection(path, options, &impl->db));
  NG_ASSIGN_OR_RETURN(int version, store::CheckDatabase(impl->db, path.c_str()));
  if (version < store::LatestVersion()) {
    if (options.read_only) {
      return Status::InvalidArgument(path + " has schema version " + std::to_string(version) +
                                     ", older than this binary's " +
                                     std::to_string(store::LatestVersion()) +
                                     "; open it once with write access to migrate it");
    }
  }
  NG_RETURN_IF_ERROR(Configure(impl->db, path, options.read_only));
  if (!options.read_only) {
    Status s = store::MigrateTo(impl->db, store::LatestVersion());
    if (!s.ok()) return Status(s.code(), path + ": " + s.message());
  }
  NG_ASSIGN_OR_RETURN(impl->version, store::ReadVersion(impl->db));
  if (!options.read_only) {
    // Reports stored before schema version 3 (or by an older writer) are
    // merged once, here.
    NG_ASSIGN_OR_RETURN(bool pending, store::HasPending(impl->db));
    if (pending) {
      Result<store::MergeStats> merged = impl->InTransaction(store::MergePending);
      if (!merged.ok())
        return Status(merged.status().code(),
                      path + ": merging events: " + merged.status().message());
    }
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Result<EventMergeStats> Store::RemergeEvents() {
  if (impl_->options.read_only) return Status::InvalidArgument("store opened read-only");
  NG_ASSIGN_OR_RETURN(store::MergeStats s, impl_->InTransaction(store::RemergeAll));
  NG_ASSIGN_OR_RETURN(store::Stmt st,
                      store::Stmt::Prepare(impl_->db, "SELECT count(*) FROM merged_events"));
  NG_ASSIGN_OR_RETURN(bool row, st.Step());
  return EventMergeStats{s.reports, row ? st.Int(0) : 0};
}

Status Store::DeleteArticle(int64_t article_id) {
  if (impl_->options.read_only) return Status::InvalidArgument("store opened read-only");
  auto del = [article_id](sqlite3* db) -> Result<int> {
    NG_ASSIGN_OR_RETURN(store::Stmt st,
                        store::Stmt::Prepare(db, "DELETE FROM articles WHERE id = ?"));
    st.Bind(article_id);
    NG_RETURN_IF_ERROR(st.Run());
    return sqlite3_changes(db);
  };
  NG_ASSIGN_OR_RETURN(int n, impl_->InTransaction(del));
  if (n == 0) return Status::NotFound("no article with id " + std::to_string(article_id));
  return Status::Ok();
}

Result<std::vector<AddResult>> Store::AddBatch(const std::vector<const Document*>& docs) {
  Impl& m = *impl_;
  if (m.options.read_only) return Status::InvalidArgument("store opened read-only");
  NG_RETURN_IF_ERROR(m.Prepare());
  NG_RETURN_IF_ERROR(store::Exec(m.db, "BEGIN IMMEDIATE"));
  std::string now = NowUtc();
  std::vector<AddResult> results;
  results.reserve(docs.size());
  Status failed;
  for (const Document* d : docs) {
    // A rejected article is refused before any of its rows is written.
    Result<AddResult> r = m.AddOne(*d, now);
    if (!r.ok()) {
      failed = r.status();
      break;
    }
    results.push_back(std::move(*r));
  }
  // Reports of this batch join (or start) merged events in the same
  // transaction, so a killed run leaves no report unmerged.
  if (failed.ok()) failed = store::MergePending(m.db).status();
  if (failed.ok() && m.options.before_commit) m.options.before_commit(m.committed);
  if (failed.ok()) failed = store::Exec(m.db, "COMMIT");
  if (!failed.ok()) {
    store::Exec(m.db, "ROLLBACK");
    return Status(failed.code(), "storing a batch in " + m.path + ": " + failed.message());
  }
  ++m.committed;
  return results;
}

int Store::schema_version() const { return impl_->version; }
int Store::LatestSchemaVersion() { return store::LatestVersion(); }
const std::string& Store::path() const { return impl_->path; }
sqlite3* Store::handle() const { return impl_->db; }

}  // namespace newsgraph
