// `newsgraph delete`: removes articles and everything extracted from them;
// the merged events they reported are recounted (and dropped when they were
// their only report).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "newsgraph/store.h"
#include "store/cli_support.h"
#include "store/query.h"

namespace newsgraph::cli {

int RunDelete(int argc, char** argv) {
  CLI::App app("Deletes articles (and all that was extracted from them) from a database.", argv[0]);
  std::string db = store::kDefaultDb;
  std::vector<int64_t> ids;
  std::vector<std::string> ext_ids, urls;
  app.add_option("--db", db, "database file")->capture_default_str();
  app.add_option("--id", ids, "articles.id (repeatable)");
  app.add_option("--ext-id", ext_ids, "the article's own id from the input (repeatable)");
  app.add_option("--url", urls, "the article's url (repeatable)");
  CLI11_PARSE(app, argc, argv);
  if (ids.empty() && ext_ids.empty() && urls.empty()) {
    std::fprintf(stderr, "newsgraph delete: say which articles: --id, --ext-id or --url\n");
    return 2;
  }
  StoreOptions options;
  options.create_if_missing = false;
  auto st = Store::Open(db, options);
  if (!st.ok()) {
    std::fprintf(stderr, "newsgraph delete: %s\n", st.status().ToString().c_str());
    return 1;
  }
  for (const std::string& e : ext_ids) {
    auto found = store::FindArticleIds(**st, e, "");
    if (!found.ok()) {
      std::fprintf(stderr, "newsgraph delete: %s\n", found.status().ToString().c_str());
      return 1;
    }
    if (found->empty())
      std::fprintf(stderr, "newsgraph delete: no article with id '%s'\n", e.c_str());
    ids.insert(ids.end(), found->begin(), found->end());
  }
  for (const std::string& u : urls) {
    auto found = store::FindArticleIds(**st, "", u);
    if (!found.ok()) {
      std::fprintf(stderr, "newsgraph delete: %s\n", found.status().ToString().c_str());
      return 1;
    }
    if (found->empty())
      std::fprintf(stderr, "newsgraph delete: no article with url '%s'\n", u.c_str());
    ids.insert(ids.end(), found->begin(), found->end());
  }
  size_t deleted = 0, missing = 0;  // missing: deleted through another selector already
  for (int64_t id : ids) {
    Status s = (*st)->DeleteArticle(id);
    if (s.ok()) {
      ++deleted;
    } else if (s.code() == StatusCode::kNotFound) {
      ++missing;  // already deleted through another selector, or never there
    } else {
      std::fprintf(stderr, "newsgraph delete: %s\n", s.ToString().c_str());
      return 1;
    }
  }
  std::printf("deleted %zu article%s\n", deleted, deleted == 1 ? "" : "s");
  (void)missing;
  return deleted > 0 ? 0 : 1;  // nothing matched: a script should notice
}

}  // namespace newsgraph::cli
