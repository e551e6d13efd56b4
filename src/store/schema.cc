#include "store/schema.h"

#include <string>

#include "store/sql.h"

namespace newsgraph::store {
namespace {

// Version 1: articles and everything extracted from them. Spans are stored as
// code points (c*) and bytes (b*) into articles.text.
constexpr char kV1[] = R"sql(
CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  content_hash  TEXT NOT NULL UNIQUE,
  ext_id        TEXT,
  url           TEXT,
  outlet        TEXT,
  title         TEXT,
  published     TEXT,
  published_raw TEXT,
  authors       TEXT NOT NULL DEFAULT '[]',
  text          TEXT NOT NULL,
  text_chars    INTEGER NOT NULL,
  text_bytes    INTEGER NOT NULL,
  captions      TEXT NOT NULL DEFAULT '[]',
  links         TEXT NOT NULL DEFAULT '[]',
  related       TEXT NOT NULL DEFAULT '[]',
  credits       TEXT NOT NULL DEFAULT '[]',
  warnings      TEXT NOT NULL DEFAULT '[]',
  meta          TEXT,
  source        TEXT,
  ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE actors (
  id         INTEGER PRIMARY KEY,
  actor_key  TEXT NOT NULL UNIQUE,
  kb_id      TEXT,
  code       TEXT,
  sector     TEXT,
  name       TEXT NOT NULL,
  type       TEXT,
  linked     INTEGER NOT NULL
);
CREATE INDEX actors_kb ON actors(kb_id);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);

CREATE TABLE actor_aliases (
  actor_id  INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  PRIMARY KEY (actor_id, alias)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_alias ON actor_aliases(alias);

CREATE TABLE entities (
  id             INTEGER PRIMARY KEY,
  article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id      TEXT NOT NULL,
  type           TEXT,
  name           TEXT,
  actor_id       INTEGER REFERENCES actors(id),
  code           TEXT,
  sector         TEXT,
  kb_id          TEXT,
  role           TEXT,
  mention_count  INTEGER NOT NULL,
  UNIQUE (article_id, entity_id)
);
CREATE INDEX entities_actor ON entities(actor_id);

CREATE TABLE mentions (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity       INTEGER REFERENCES entities(id) ON DELETE CASCADE,
  entity_id    TEXT,
  cstart       INTEGER NOT NULL,
  cend         INTEGER NOT NULL,
  bstart       INTEGER NOT NULL,
  bend         INTEGER NOT NULL,
  text         TEXT NOT NULL,
  kind         TEXT NOT NULL,
  type         TEXT,
  sentence     INTEGER,
  role_cstart  INTEGER,
  role_cend    INTEGER,
  role_bstart  INTEGER,
  role_bend    INTEGER,
  role_text    TEXT
);
CREATE INDEX mentions_article ON mentions(article_id, bstart);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE quotes (
  id                 INTEGER PRIMARY KEY,
  article_id         INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  quote_id           TEXT NOT NULL,
  kind               TEXT,
  content_cstart     INTEGER NOT NULL,
  content_cend       INTEGER NOT NULL,
  content_bstart     INTEGER NOT NULL,
  content_bend       INTEGER NOT NULL,
  content            TEXT NOT NULL,
  cue_cstart         INTEGER,
  cue_cend           INTEGER,
  cue_bstart         INTEGER,
  cue_bend           INTEGER,
  cue                TEXT,
  cue_lemma          TEXT,
  source_cstart      INTEGER,
  source_cend        INTEGER,
  source_bstart      INTEGER,
  source_bend        INTEGER,
  source             TEXT,
  speaker_entity     INTEGER REFERENCES entities(id),
  speaker_entity_id  TEXT,
  speaker_actor      INTEGER REFERENCES actors(id),
  speaker_name       TEXT,
  addressee_entity   INTEGER REFERENCES entities(id),
  addressee_entity_id TEXT,
  addressee_actor    INTEGER REFERENCES actors(id),
  addressee_name     TEXT,
  partials           TEXT NOT NULL DEFAULT '[]',
  sentence           INTEGER,
  UNIQUE (article_id, quote_id)
);
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor);
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity);

CREATE TABLE times (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  cstart      INTEGER NOT NULL,
  cend        INTEGER NOT NULL,
  bstart      INTEGER NOT NULL,
  bend        INTEGER NOT NULL,
  text        TEXT NOT NULL,
  value       TEXT,
  precision   TEXT,
  direction   TEXT,
  sentence    INTEGER
);
CREATE INDEX times_article ON times(article_id);

CREATE TABLE events (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event_id        TEXT NOT NULL,
  type            TEXT,
  mode            TEXT,
  context         TEXT NOT NULL DEFAULT '[]',
  cameo           TEXT,
  actor           TEXT NOT NULL DEFAULT '[]',
  recipient       TEXT NOT NULL DEFAULT '[]',
  date            TEXT,
  date_precision  TEXT,
  date_text       TEXT,
  date_cstart     INTEGER,
  date_cend       INTEGER,
  date_bstart     INTEGER,
  date_bend       INTEGER,
  modality        TEXT,
  location_name   TEXT,
  location_country TEXT,
  lat             REAL,
  lon             REAL,
  trigger_cstart  INTEGER NOT NULL,
  trigger_cend    INTEGER NOT NULL,
  trigger_bstart  INTEGER NOT NULL,
  trigger_bend    INTEGER NOT NULL,
  trigger         TEXT NOT NULL,
  sentence        INTEGER,
  quote           INTEGER REFERENCES quotes(id),
  quote_id        TEXT,
  UNIQUE (article_id, event_id)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);

CREATE TABLE event_args (
  event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role       TEXT NOT NULL,
  position   INTEGER NOT NULL,
  entity     INTEGER REFERENCES entities(id),
  entity_id  TEXT,
  actor_id   INTEGER REFERENCES actors(id),
  code       TEXT,
  sector     TEXT,
  name       TEXT,
  PRIMARY KEY (event_id, role, position)
) WITHOUT ROWID;
CREATE INDEX event_args_actor ON event_args(actor_id);
)sql";

// Version 2: full-text search (FTS5, external content) over article title +
// text and over quote content + speaker, kept in sync by triggers, and
// backfilled from the rows a version-1 database already holds.
constexpr char kV2[] = R"sql(
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE quotes_fts USING fts5(
  content, speaker_name, content='quotes', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, content, speaker_name)
    VALUES (new.id, new.content, new.speaker_name);
END;
CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_name)
    VALUES ('delete', old.id, old.content, old.speaker_name);
END;
CREATE TRIGGER quotes_fts_au AFTER UPDATE OF content, speaker_name ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_name)
    VALUES ('delete', old.id, old.content, old.speaker_name);
  INSERT INTO quotes_fts(rowid, content, speaker_name)
    VALUES (new.id, new.content, new.speaker_name);
END;
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
)sql";

// Version 3: events merged across articles. Reports (events rows) of the same
// event -- same type, actor and recipient codes, polarity, dates within a day,
// compatible place -- point at one merged_events row (events.merged_id). The
// store assigns merged_id when it writes a batch (src/store/merge.cc); these
// triggers keep every merged row's counts, dates and place equal to what its
// reports say, whoever inserts, moves or deletes reports (deleting an article
// cascades to its events and so updates the merge), and drop a merged event
// when its last report goes.
constexpr char kV3[] = R"sql(
CREATE TABLE merged_events (
  id               INTEGER PRIMARY KEY,
  merge_key        TEXT NOT NULL,
  match_date       TEXT,
  date             TEXT,
  last_date        TEXT,
  location_name    TEXT,
  location_country TEXT,
  lat              REAL,
  lon              REAL,
  first_report     INTEGER,
  mentions         INTEGER NOT NULL DEFAULT 0,
  articles         INTEGER NOT NULL DEFAULT 0,
  sources          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX merged_events_key ON merged_events(merge_key, match_date);
CREATE INDEX merged_events_date ON merged_events(date);

ALTER TABLE events ADD COLUMN merged_id INTEGER REFERENCES merged_events(id) ON DELETE SET NULL;
ALTER TABLE events ADD COLUMN merge_key TEXT;
ALTER TABLE events ADD COLUMN merge_date TEXT;
CREATE INDEX events_merged ON events(merged_id);

CREATE TABLE merge_refresh (id INTEGER PRIMARY KEY);
CREATE TRIGGER merge_refresh_ai AFTER INSERT ON merge_refresh BEGIN
  UPDATE merged_events SET
    mentions = (SELECT count(*) FROM events WHERE merged_id = new.id),
    articles = (SELECT count(DISTINCT article_id) FROM events WHERE merged_id = new.id),
    sources = (SELECT count(DISTINCT coalesce(a.outlet, 'article:' || a.id))
                 FROM events e JOIN articles a ON a.id = e.article_id
                WHERE e.merged_id = new.id),
    first_report = (SELECT min(id) FROM events WHERE merged_id = new.id),
    match_date = (SELECT min(merge_date) FROM events WHERE merged_id = new.id),
    date = (SELECT min(date) FROM events WHERE merged_id = new.id),
    last_date = (SELECT max(date) FROM events WHERE merged_id = new.id),
    location_name = (SELECT location_name FROM events WHERE merged_id = new.id
                        AND location_name IS NOT NULL ORDER BY id LIMIT 1),
    location_country = (SELECT location_country FROM events WHERE merged_id = new.id
                           AND location_name IS NOT NULL ORDER BY id LIMIT 1),
    lat = (SELECT lat FROM events WHERE merged_id = new.id
              AND location_name IS NOT NULL ORDER BY id LIMIT 1),
    lon = (SELECT lon FROM events WHERE merged_id = new.id
              AND location_name IS NOT NULL ORDER BY id LIMIT 1)
   WHERE id = new.id;
  DELETE FROM merged_events WHERE id = new.id AND mentions = 0;
  DELETE FROM merge_refresh WHERE id = new.id;
END;
CREATE TRIGGER events_merge_au AFTER UPDATE OF merged_id ON events BEGIN
  INSERT OR IGNORE INTO merge_refresh(id) SELECT old.merged_id WHERE old.merged_id IS NOT NULL;
  INSERT OR IGNORE INTO merge_refresh(id) SELECT new.merged_id WHERE new.merged_id IS NOT NULL;
END;
CREATE TRIGGER events_merge_ad AFTER DELETE ON events WHEN old.merged_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO merge_refresh(id) VALUES (old.merged_id);
END;
-- Without PRAGMA foreign_keys (the sqlite3 shell's default) deleting an
-- article would leave its reports counted: remove them here too.
CREATE TRIGGER articles_events_ad AFTER DELETE ON articles BEGIN
  DELETE FROM event_args WHERE event_id IN (SELECT id FROM events WHERE article_id = old.id);
  DELETE FROM events WHERE article_id = old.id;
END;
)sql";

// Version 4: versions 1-3 wrote an event's date span into the wrong columns
// (date_text got the start, the four offsets moved one column left and
// date_bend got the surface text). Every dated row written before this
// version is rotated back into place.
constexpr char kV4[] = R"sql(
UPDATE events SET
  date_text = CAST(date_bend AS TEXT),
  date_cstart = CAST(date_text AS INTEGER),
  date_cend = date_cstart,
  date_bstart = date_cend,
  date_bend = date_bstart
 WHERE date_bend IS NOT NULL;
-- Replacing and deleting articles by their own id or url (ingest --replace, delete).
CREATE INDEX articles_ext_id ON articles(ext_id);
CREATE INDEX articles_url ON articles(url);
)sql";

const Migration kMigrations[] = {
    {1, "articles, actors, entities, mentions, quotes, times, events", kV1},
    {2, "full-text search over articles and quotes (FTS5)", kV2},
    {3, "events merged across articles (merged_events, events.merged_id)", kV3},
    {4, "event date spans back in their own columns; articles indexed by id and url", kV4},
};

Result<int> QueryInt(sqlite3* db, const char* sql) {
  NG_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(db, sql));
  NG_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? static_cast<int>(st.Int(0)) : 0;
}

Status ApplyStep(sqlite3* db, const Migration& m) {
  NG_RETURN_IF_ERROR(Exec(db, "BEGIN IMMEDIATE"));
  Result<int> v = ReadVersion(db);
  Status s = v.status();
  if (v.ok() && *v < m.version) {
    s = Exec(db, m.sql);
    if (s.ok()) {
      std::string pragma = "PRAGMA user_version = " + std::to_string(m.version) +
                           "; PRAGMA application_id = " + std::to_string(kApplicationId) + ";";
      s = Exec(db, pragma.c_str());
    }
  } else if (v.ok()) {
    s = Status::Ok();  // another process got there first
  }
  if (!s.ok()) {
    Exec(db, "ROLLBACK");
    return Status(s.code(), "migrating the database to schema version " +
                                std::to_string(m.version) + " (" + m.description +
                                "): " + s.message());
  }
  return Exec(db, "COMMIT");
}

}  // namespace

const Migration* Migrations(int* count) {
  *count = static_cast<int>(std::size(kMigrations));
  return kMigrations;
}

int LatestVersion() { return static_cast<int>(std::size(kMigrations)); }

Result<int> ReadVersion(sqlite3* db) { return QueryInt(db, "PRAGMA user_version"); }

Result<int> CheckDatabase(sqlite3* db, const char* path) {
  // The first read of the header is where SQLite notices a non-database file.
  Result<int> version = ReadVersion(db);
  if (!version.ok()) {
    if (version.status().code() == StatusCode::kCorruption) {
      return Status::Corruption(
          std::string(path) +
          " is not a newsgraph database (not an SQLite file: " + version.status().message() + ")");
    }
    return version.status();
  }
  NG_ASSIGN_OR_RETURN(int app_id, QueryInt(db, "PRAGMA application_id"));
  if (app_id != 0 && app_id != kApplicationId) {
    return Status::InvalidArgument(std::string(path) +
                                   " is an SQLite database of another application "
                                   "(application_id " +
                                   std::to_string(app_id) + ")");
  }
  if (*version == 0) {
    NG_ASSIGN_OR_RETURN(int tables, QueryInt(db, "SELECT count(*) FROM sqlite_schema"));
    if (tables > 0) {
      return Status::InvalidArgument(std::string(path) +
                                     " is an SQLite database but not a newsgraph one "
                                     "(it has tables and no newsgraph schema version)");
    }
  }
  if (*version > LatestVersion()) {
    return Status::InvalidArgument(std::string(path) + " has schema version " +
                                   std::to_string(*version) +
                                   ", newer than this newsgraph binary knows (" +
                                   std::to_string(LatestVersion()) + "); use a newer newsgraph");
  }
  return *version;
}

Status MigrateTo(sqlite3* db, int target) {
  if (target > LatestVersion()) return Status::InvalidArgument("unknown schema version");
  NG_ASSIGN_OR_RETURN(int current, ReadVersion(db));
  for (const Migration& m : kMigrations) {
    if (m.version <= current || m.version > target) continue;
    NG_RETURN_IF_ERROR(ApplyStep(db, m));
  }
  return Status::Ok();
}

}  // namespace newsgraph::store
