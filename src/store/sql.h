// Thin RAII helpers over the SQLite C API, private to src/store: a prepared
// statement with sequential binding, and error conversion to Status.
//
// A Stmt belongs to one connection and one thread at a time.
#ifndef NEWSGRAPH_STORE_SQL_H_
#define NEWSGRAPH_STORE_SQL_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "newsgraph/status.h"

namespace newsgraph::store {

// Status for a failed SQLite call: the message names what was being done and
// SQLite's own explanation. SQLITE_NOTADB/CORRUPT map to kCorruption,
// CANTOPEN/READONLY/IOERR/FULL to kIoError, the rest to kInternal.
Status SqlError(sqlite3* db, int rc, std::string_view what);

// Runs one or more statements that return no rows.
Status Exec(sqlite3* db, const char* sql);

class Stmt {
 public:
  Stmt() = default;
  ~Stmt();
  Stmt(Stmt&& o) noexcept;
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  static Result<Stmt> Prepare(sqlite3* db, std::string_view sql);

  // Binds the next parameter (1, 2, ... in order). Errors surface at Step().
  Stmt& Bind(std::string_view text);
  Stmt& Bind(const char* text) { return Bind(std::string_view(text)); }
  Stmt& Bind(const std::string& text) { return Bind(std::string_view(text)); }
  Stmt& Bind(int64_t v);
  Stmt& Bind(int v) { return Bind(static_cast<int64_t>(v)); }
  Stmt& Bind(uint32_t v) { return Bind(static_cast<int64_t>(v)); }
  Stmt& Bind(size_t v) { return Bind(static_cast<int64_t>(v)); }
  Stmt& Bind(double v);
  Stmt& BindNull();
  // Empty text binds NULL.
  Stmt& BindOrNull(std::string_view text);
  // id <= 0 binds NULL (rowids start at 1).
  Stmt& BindIdOrNull(int64_t id);

  // true: a row is ready; false: done. Non-OK on error.
  Result<bool> Step();
  // Step() for statements that return no rows; then Reset().
  Status Run();
  // Clears bindings and rewinds, ready for the next Bind(...) sequence.
  void Reset();

  int64_t Int(int col) const;
  double Double(int col) const;
  std::string Text(int col) const;
  bool IsNull(int col) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* st_ = nullptr;
  int next_ = 1;
  int bind_rc_ = SQLITE_OK;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_SQL_H_
