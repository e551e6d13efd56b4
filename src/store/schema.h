// The database schema as an ordered list of migration steps. Step i takes a
// database from user_version i-1 to i; steps are only ever appended (never
// edited once released), so every future change is an ADD.
//
// Stateless; safe to call from any thread with its own connection.
#ifndef NEWSGRAPH_STORE_SCHEMA_H_
#define NEWSGRAPH_STORE_SCHEMA_H_

#include <sqlite3.h>

#include "newsgraph/status.h"

namespace newsgraph::store {

// PRAGMA application_id of a newsgraph database ("NGDB").
inline constexpr int kApplicationId = 0x4e474442;

struct Migration {
  int version;              // user_version after this step
  const char* description;  // one line, for logs and docs
  const char* sql;          // statements run inside the step's transaction
};

// All steps, in order; version of step i is i + 1.
const Migration* Migrations(int* count);
int LatestVersion();

// Reads PRAGMA user_version.
Result<int> ReadVersion(sqlite3* db);

// Checks that db is an empty file or a newsgraph database not newer than this
// binary. Returns its version.
Result<int> CheckDatabase(sqlite3* db, const char* path);

// Applies the steps after the current version up to target (inclusive), each
// in its own IMMEDIATE transaction together with the user_version bump.
// Re-checks the version inside the transaction, so two processes migrating at
// once do not both apply a step.
Status MigrateTo(sqlite3* db, int target);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_SCHEMA_H_
