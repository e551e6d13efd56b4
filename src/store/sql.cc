#include "store/sql.h"

#include <utility>

namespace newsgraph::store {

Status SqlError(sqlite3* db, int rc, std::string_view what) {
  std::string msg(what);
  msg += ": ";
  msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return Status::Corruption(std::move(msg));
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::IoError(std::move(msg));
    case SQLITE_NOMEM:
    case SQLITE_TOOBIG:
      return Status::ResourceExhausted(std::move(msg));
    default:
      return Status::Internal(std::move(msg));
  }
}

Status Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string what = err ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  Status s = SqlError(nullptr, rc, "");
  return Status(s.code(), what);
}

Stmt::~Stmt() { sqlite3_finalize(st_); }

Stmt::Stmt(Stmt&& o) noexcept
    : db_(o.db_), st_(std::exchange(o.st_, nullptr)), next_(o.next_), bind_rc_(o.bind_rc_) {}

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(st_);
    db_ = o.db_;
    st_ = std::exchange(o.st_, nullptr);
    next_ = o.next_;
    bind_rc_ = o.bind_rc_;
  }
  return *this;
}

Result<Stmt> Stmt::Prepare(sqlite3* db, std::string_view sql) {
  Stmt s;
  s.db_ = db;
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &s.st_, nullptr);
  if (rc != SQLITE_OK) return SqlError(db, rc, "preparing SQL");
  return s;
}

Stmt& Stmt::Bind(std::string_view text) {
  int rc =
      sqlite3_bind_text64(st_, next_++, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
  return *this;
}

Stmt& Stmt::Bind(int64_t v) {
  int rc = sqlite3_bind_int64(st_, next_++, v);
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
  return *this;
}

Stmt& Stmt::Bind(double v) {
  int rc = sqlite3_bind_double(st_, next_++, v);
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
  return *this;
}

Stmt& Stmt::BindNull() {
  int rc = sqlite3_bind_null(st_, next_++);
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
  return *this;
}

Stmt& Stmt::BindOrNull(std::string_view text) { return text.empty() ? BindNull() : Bind(text); }

Stmt& Stmt::BindIdOrNull(int64_t id) { return id > 0 ? Bind(id) : BindNull(); }

Result<bool> Stmt::Step() {
  if (bind_rc_ != SQLITE_OK) return SqlError(db_, bind_rc_, "binding SQL parameter");
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqlError(db_, rc, "running SQL");
}

Status Stmt::Run() {
  Result<bool> r = Step();
  Reset();
  return r.ok() ? Status::Ok() : r.status();
}

void Stmt::Reset() {
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
  next_ = 1;
  bind_rc_ = SQLITE_OK;
}

int64_t Stmt::Int(int col) const { return sqlite3_column_int64(st_, col); }
double Stmt::Double(int col) const { return sqlite3_column_double(st_, col); }
bool Stmt::IsNull(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }

std::string Stmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(st_, col);
  if (!p) return {};
  return std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(st_, col));
}

}  // namespace newsgraph::store
