// Fuzzes the HTTP API's request handling (server::Handle): the first line of
// the input is the path, every further line a `key=value` parameter. Against a
// database of the store's invented fixture articles (built once, in a temp
// dir), every answer must be JSON (or the UI page for "/"), with status 200,
// 400 or 404: a 500 or 503 means a request reached the store in a form it
// could not take, and aborts.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "fuzz_check.h"
#include "newsgraph/store.h"
#include "server/server.h"
#include "store/test_fixtures.h"

const char* const newsgraph::fuzz::kTarget = "fuzz_server";

namespace {

using newsgraph::fuzz::Fail;

const newsgraph::server::ServerOptions& Options() {
  static const newsgraph::server::ServerOptions options = [] {
    newsgraph::server::ServerOptions o;
    std::string dir = std::filesystem::temp_directory_path().string() + "/ng_fuzz_server_" +
                      std::to_string(getpid());
    std::filesystem::create_directories(dir);
    static const std::string to_remove = dir;
    std::atexit([] { std::filesystem::remove_all(to_remove); });
    o.db = dir + "/f.db";
    o.max_rows = 50;
    auto s = newsgraph::Store::Open(o.db);
    if (!s.ok()) Fail("cannot create the fixture database: " + s.status().ToString());
    newsgraph::Document a = newsgraph::store::testing::AccusationArticle();
    newsgraph::Document m = newsgraph::store::testing::MeetingArticle();
    if (!(*s)->AddBatch({&a, &m}).ok()) Fail("cannot store the fixtures");
    return o;
  }();
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  size_t nl = input.find('\n');
  std::string path = input.substr(0, nl);
  newsgraph::server::Params params;
  while (nl != std::string::npos) {
    size_t next = input.find('\n', nl + 1);
    std::string line = input.substr(nl + 1, next == std::string::npos ? next : next - nl - 1);
    size_t eq = line.find('=');
    params.emplace(line.substr(0, eq), eq == std::string::npos ? "" : line.substr(eq + 1));
    nl = next;
  }
  newsgraph::server::Response r = newsgraph::server::Handle(Options(), path, params);
  if (r.status != 200 && r.status != 400 && r.status != 404)
    Fail("status " + std::to_string(r.status) + " for " + path + ": " + r.body);
  if (r.content_type.rfind("text/html", 0) == 0) return 0;
  if (!nlohmann::json::accept(r.body)) Fail("not JSON: " + r.body.substr(0, 200));
  return 0;
}
