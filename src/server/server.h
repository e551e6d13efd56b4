// HTTP API and web UI over a newsgraph database (`newsgraph serve`).
//
// Every endpoint is a GET that answers JSON (docs/server.md lists them); "/"
// is the web UI, one static page that calls the API. The handlers are thin
// wrappers over the read-only queries of src/store (query.h, event_query.h,
// article_query.h), the same ones the CLI prints.
//
// Thread safety: Handle() is safe to call from many threads at once: it opens
// the database read-only for each request (SQLite in WAL mode lets an ingest
// run beside the server; each request sees the last committed batch).
// HttpServer runs the handlers on the HTTP library's thread pool.
//
// Bad input is normal input: a malformed parameter is a 400 with a JSON
// {"error": ...}; an unknown path a 404; a store failure a 500. Every list
// has a row budget (ServerOptions::max_rows); requests have size and time
// budgets.
#ifndef NEWSGRAPH_SERVER_SERVER_H_
#define NEWSGRAPH_SERVER_SERVER_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "newsgraph/status.h"

namespace httplib {
class Server;
}

namespace newsgraph::server {

struct ServerOptions {
  std::string db;                  // database file (must exist)
  std::string host = "127.0.0.1";  // loopback by default: nothing is exposed by accident
  int port = 8080;                 // 0: any free port (see HttpServer::Bind)
  size_t max_rows = 1000;          // cap on every limit/top parameter
  size_t default_rows = 50;        // when a request gives no limit
  size_t max_request_bytes = 64 << 10;
  int timeout_seconds = 10;  // read and write timeouts per connection
  int threads = 4;           // handler threads
};

using Params = std::multimap<std::string, std::string>;

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
};

// Answers one GET request for `path` (without the query string).
Response Handle(const ServerOptions& options, std::string_view path, const Params& params);

// The web UI page (src/server/ui.cc).
std::string_view UiPage();

class HttpServer {
 public:
  explicit HttpServer(ServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Checks the database (migrating an older schema when it is writable) and
  // binds the socket; returns the port (the chosen one when options.port is 0).
  Result<int> Bind();
  // Serves until Stop() (from another thread or a signal handler's thread).
  Status Run();
  void Stop();

 private:
  ServerOptions options_;
  std::unique_ptr<httplib::Server> http_;
};

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SERVER_SERVER_H_
