// `newsgraph serve`: the HTTP API and web UI over a database (src/server).
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "server/server.h"
#include "store/cli_support.h"

namespace newsgraph::cli {
namespace {

// SIGINT/SIGTERM are blocked in every thread and taken by one thread with sigwait(), which
// stops the server from outside a signal handler.
void StopOnSignals(server::HttpServer* http) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  std::thread([set, http] {
    int sig = 0;
    sigwait(&set, &sig);
    http->Stop();
  }).detach();
}

}  // namespace

int RunServe(int argc, char** argv) {
  CLI::App app("HTTP API (JSON) and web UI over a database; docs/server.md.", argv[0]);
  server::ServerOptions o;
  o.db = store::kDefaultDb;
  app.add_option("--db", o.db, "database file")->capture_default_str();
  app.add_option("--host", o.host, "address to listen on (0.0.0.0: every interface)")
      ->capture_default_str();
  app.add_option("--port", o.port, "port (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  app.add_option("--max-rows", o.max_rows, "most rows any request may ask for")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  app.add_option("--threads", o.threads, "request threads")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  CLI11_PARSE(app, argc, argv);
  static server::HttpServer http(o);  // outlives the detached signal thread
  StopOnSignals(&http);
  auto port = http.Bind();
  if (!port.ok()) {
    std::fprintf(stderr, "newsgraph serve: %s\n", port.status().ToString().c_str());
    return 1;
  }
  std::printf("newsgraph: serving %s at http://%s:%d/  (API: /api/..., Ctrl-C stops)\n",
              o.db.c_str(), o.host.c_str(), *port);
  std::fflush(stdout);
  Status s = http.Run();
  if (!s.ok()) {
    std::fprintf(stderr, "newsgraph serve: %s\n", s.ToString().c_str());
    return 1;
  }
  return 0;
}

}  // namespace newsgraph::cli
