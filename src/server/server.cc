#include "server/server.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <exception>
#include <functional>
#include <utility>
#include <vector>

#include "core/json_writer.h"
#include "core/utf8.h"
#include "newsgraph/store.h"
#include "quotes/lexicon.h"
#include "store/article_query.h"
#include "store/cli_support.h"
#include "store/event_query.h"
#include "store/query.h"

namespace newsgraph::server {
namespace {

// ---- requests --------------------------------------------------------------------

// User text quoted in a message: valid UTF-8 (invalid bytes replaced), at most `max` code points.
std::string Quoted(std::string_view s, size_t max = 80) {
  return store::Compact(utf8::Sanitize(s, nullptr), max);
}

std::string Param(const Params& p, const std::string& key) {
  auto it = p.find(key);
  return it == p.end() ? std::string() : it->second;
}

bool Flag(const Params& p, const std::string& key) {
  std::string v = Param(p, key);
  return v == "1" || v == "true" || v == "yes";
}

// A positive decimal count, at most `max`; `fallback` when the parameter is absent.
Result<size_t> Count(const Params& p, const std::string& key, size_t fallback, size_t max) {
  auto it = p.find(key);
  if (it == p.end() || it->second.empty()) return std::min(fallback, max);
  const std::string& v = it->second;
  if (v.size() > 9 ||
      !std::all_of(v.begin(), v.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
    return Status::InvalidArgument(key + " must be a whole number, not '" + Quoted(v, 40) + "'");
  size_t n = std::stoul(v);
  if (n == 0) return Status::InvalidArgument(key + " must be at least 1");
  return std::min(n, max);
}

Status CheckDates(const Params& p) {
  for (const char* key : {"since", "until"}) {
    std::string v = Param(p, key);
    if (!v.empty()) NG_RETURN_IF_ERROR(store::CheckDateFilter(std::string("--") + key, v));
  }
  return Status::Ok();
}

// Parameters are text: a key or value that is not UTF-8, holds a NUL or is over the budget is
// refused (so that nothing later, messages included, sees such bytes).
Status CheckParams(const Params& p) {
  for (const auto& [k, v] : p) {
    if (!utf8::IsValid(k) || !utf8::IsValid(v))
      return Status::InvalidArgument("parameter '" + Quoted(k, 40) + "' is not valid UTF-8");
    if (v.size() > 1000 || k.size() > 100)
      return Status::InvalidArgument("parameter '" + Quoted(k, 40) + "' is too long");
    if (v.find('\0') != std::string::npos || k.find('\0') != std::string::npos)
      return Status::InvalidArgument("parameter '" + Quoted(k, 40) + "' holds a NUL byte");
  }
  return Status::Ok();
}

// ---- responses -------------------------------------------------------------------

Response Json(std::string body, int status = 200) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

Response Error(const Status& s) {
  int status = 500;
  if (s.code() == StatusCode::kInvalidArgument) status = 400;
  if (s.code() == StatusCode::kNotFound) status = 404;
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("error", utf8::Sanitize(s.message(), nullptr)).EndObject();
  return Json(std::move(out), status);
}

void WriteActor(JsonWriter& w, const store::ActorRow& a) {
  w.BeginObject().Field("id", a.id).Field("name", a.name).FieldOrNull("type", a.type);
  w.FieldOrNull("code", a.code).FieldOrNull("sector", a.sector).FieldOrNull("kb", a.kb);
  w.Field("articles", a.articles).Field("mentions", a.mentions).Field("quotes", a.quotes);
  w.EndObject();
}

void WriteCounts(JsonWriter& w, std::string_view key, const std::vector<store::Count>& counts) {
  w.Key(key).BeginArray();
  for (const store::Count& c : counts)
    w.BeginObject().Field("key", c.key).Field("n", c.n).EndObject();
  w.EndArray();
}

void WriteSpan(JsonWriter& w, std::string_view key, const store::ViewSpan& s) {
  w.Key(key);
  if (!s.present()) {
    w.Null();
    return;
  }
  w.BeginObject().Field("start", s.start).Field("end", s.end).EndObject();
}

void WriteArgs(JsonWriter& w, std::string_view key, const std::vector<store::ExportArg>& args) {
  w.Key(key).BeginArray();
  for (const store::ExportArg& a : args) {
    w.BeginObject().FieldOrNull("code", a.code).FieldOrNull("sector", a.sector);
    w.FieldOrNull("name", a.name).FieldOrNull("kb", a.kb).EndObject();
  }
  w.EndArray();
}

// ---- endpoints -------------------------------------------------------------------

using Handler = Response (*)(const ServerOptions&, const Store&, const Params&);

Response Stats(const ServerOptions&, const Store& st, const Params&) {
  auto s = store::GetStats(st);
  if (!s.ok()) return Error(s.status());
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("schema_version", s->schema_version).Field("articles", s->articles);
  w.Field("entities", s->entities).Field("mentions", s->mentions).Field("actors", s->actors);
  w.Field("linked_actors", s->linked_actors).Field("quotes", s->quotes);
  w.Field("attributed_quotes", s->attributed_quotes).Field("events", s->events);
  w.Field("times", s->times).Field("undated_articles", s->undated_articles);
  w.FieldOrNull("first_date", s->first_date).FieldOrNull("last_date", s->last_date);
  WriteCounts(w, "quotes_by_kind", s->quotes_by_kind);
  WriteCounts(w, "events_by_type", s->events_by_type);
  WriteCounts(w, "outlets", s->outlets);
  w.EndObject();
  return Json(std::move(out));
}

Response Search(const ServerOptions& o, const Store& st, const Params& p) {
  store::SearchOptions so;
  so.query = Param(p, "q");
  if (so.query.empty()) return Error(Status::InvalidArgument("q (the search words) is required"));
  auto limit = Count(p, "limit", o.default_rows, o.max_rows);
  if (!limit.ok()) return Error(limit.status());
  so.limit = *limit;
  so.mark_open = "\x01";  // the UI turns these into highlights after escaping
  so.mark_close = "\x02";
  auto hits = store::Search(st, so);
  if (!hits.ok()) return Error(hits.status());
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("hits").BeginArray();
  for (const store::SearchHit& h : *hits) {
    w.BeginObject().Field("kind", h.kind).Field("article", h.article_id);
    w.FieldOrNull("title", h.title).FieldOrNull("outlet", h.outlet);
    w.FieldOrNull("published", h.published).FieldOrNull("url", h.url);
    w.FieldOrNull("speaker", h.speaker).Field("snippet", h.snippet).EndObject();
  }
  w.EndArray().EndObject();
  return Json(std::move(out));
}

Response Quotes(const ServerOptions& o, const Store& st, const Params& p) {
  store::QuoteFilter f;
  f.speaker = Param(p, "speaker");
  f.about = Param(p, "about");
  f.since = Param(p, "since");
  f.until = Param(p, "until");
  f.with_speaker = Flag(p, "attributed");
  // What someone said, unless all=1 asks for every attribution (beliefs, findings, wants).
  if (!Flag(p, "all")) f.speech_lemmas = quotes::SpeechCueLemmas();
  auto limit = Count(p, "limit", o.default_rows, o.max_rows);
  if (!limit.ok()) return Error(limit.status());
  f.limit = *limit;
  auto quotes = store::FindQuotes(st, f);
  if (!quotes.ok()) return Error(quotes.status());
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("quotes").BeginArray();
  for (const store::QuoteRow& q : *quotes) store::WriteQuoteJson(w, q);
  w.EndArray().EndObject();
  return Json(std::move(out));
}

Response Actors(const ServerOptions& o, const Store& st, const Params& p) {
  auto top = Count(p, "top", o.default_rows, o.max_rows);
  if (!top.ok()) return Error(top.status());
  auto actors = store::TopActors(st, *top, Param(p, "since"));
  if (!actors.ok()) return Error(actors.status());
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("actors").BeginArray();
  for (const store::ActorRow& a : *actors) WriteActor(w, a);
  w.EndArray().EndObject();
  return Json(std::move(out));
}

Response Actor(const ServerOptions& o, const Store& st, const Params& p) {
  std::string name = Param(p, "name");
  if (name.empty()) return Error(Status::InvalidArgument("name is required"));
  auto limit = Count(p, "limit", o.default_rows, o.max_rows);
  if (!limit.ok()) return Error(limit.status());
  auto prof = store::GetActorProfile(st, name, *limit);
  if (!prof.ok()) return Error(prof.status());
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("actor");
  WriteActor(w, prof->actor);
  w.Key("aliases").BeginArray();
  for (const std::string& a : prof->aliases) w.String(a);
  w.EndArray();
  WriteCounts(w, "months", prof->months);
  w.Key("cooccurring").BeginArray();
  for (const store::ActorRow& a : prof->cooccurring) WriteActor(w, a);
  w.EndArray().Key("other_matches").BeginArray();
  for (const store::ActorRow& a : prof->other_matches) WriteActor(w, a);
  w.EndArray().Key("quotes").BeginArray();
  for (const store::QuoteRow& q : prof->quotes) store::WriteQuoteJson(w, q);
  w.EndArray().EndObject();
  return Json(std::move(out));
}

// An event argument list mentions `needle` (case-insensitive) in a code or name.
bool ArgsMention(const std::vector<store::ExportArg>& args, const std::string& needle) {
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::string n = lower(needle);
  for (const store::ExportArg& a : args)
    if (lower(a.code) == n || lower(a.name).find(n) != std::string::npos) return true;
  return false;
}

Response Events(const ServerOptions& o, const Store& st, const Params& p) {
  store::ExportFilter f;
  f.since = Param(p, "since");
  f.until = Param(p, "until");
  f.per_report = Flag(p, "reports");
  auto limit = Count(p, "limit", o.default_rows, o.max_rows);
  if (!limit.ok()) return Error(limit.status());
  const std::string type = Param(p, "type"), actor = Param(p, "actor");
  // Filters on type/actor apply after reading: read a bounded window.
  f.limit = (type.empty() && actor.empty()) ? 1000000 : std::max<size_t>(*limit * 50, 20000);
  auto events = store::ReadExportEvents(st, f);
  if (!events.ok()) return Error(events.status());
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("events").BeginArray();
  // Newest first, undated last (the store gives oldest first, undated last).
  std::vector<const store::ExportEvent*> order;
  for (auto it = events->rbegin(); it != events->rend(); ++it)
    if (!it->date.empty()) order.push_back(&*it);
  for (const store::ExportEvent& e : *events)
    if (e.date.empty()) order.push_back(&e);
  size_t n = 0;
  for (auto it = order.begin(); it != order.end() && n < *limit; ++it) {
    const store::ExportEvent& e = **it;
    if (!type.empty() && e.type != type) continue;
    if (!actor.empty() && !ArgsMention(e.actor, actor) && !ArgsMention(e.recipient, actor))
      continue;
    ++n;
    w.BeginObject().Field("id", e.id).FieldOrNull("type", e.type).FieldOrNull("mode", e.mode);
    w.FieldOrNull("cameo", e.cameo).FieldOrNull("modality", e.modality);
    w.FieldOrNull("date", e.date).FieldOrNull("date_precision", e.date_precision);
    WriteArgs(w, "actor", e.actor);
    WriteArgs(w, "recipient", e.recipient);
    w.FieldOrNull("location", e.location_name).FieldOrNull("country", e.location_country);
    w.Field("trigger", e.trigger).Field("mentions", e.mentions).Field("sources", e.sources);
    w.Field("articles", e.articles).Field("article", e.article_id);
    w.FieldOrNull("published", e.published).FieldOrNull("outlet", e.outlet);
    w.FieldOrNull("title", e.title).FieldOrNull("url", e.url).EndObject();
  }
  w.EndArray().EndObject();
  return Json(std::move(out));
}

Response Dyad(const ServerOptions&, const Store& st, const Params& p) {
  std::string qa = Param(p, "a"), qb = Param(p, "b");
  if (qa.empty() || qb.empty()) return Error(Status::InvalidArgument("a and b are required"));
  auto a = store::ResolveDyadSide(st, qa);
  if (!a.ok()) return Error(a.status());
  auto b = store::ResolveDyadSide(st, qb);
  if (!b.ok()) return Error(b.status());
  auto t =
      store::GetDyadTimeline(st, *a, *b, Param(p, "since"), Param(p, "until"), Param(p, "type"));
  if (!t.ok()) return Error(t.status());
  std::string out;
  JsonWriter w(&out);
  auto side = [&](std::string_view key, const store::DyadSide& s) {
    w.Key(key).BeginObject().Field("query", s.query).FieldOrNull("name", s.name);
    w.Key("codes").BeginArray();
    for (const std::string& c : s.codes) w.String(c);
    w.EndArray().EndObject();
  };
  w.BeginObject();
  side("a", t->a);
  side("b", t->b);
  w.Field("undated", t->undated).Key("days").BeginArray();
  for (const store::DyadCount& c : t->days) {
    w.BeginObject().Field("date", c.date).Field("type", c.type).Field("a_to_b", c.a_to_b);
    w.Field("b_to_a", c.b_to_a).Field("mentions", c.mentions).EndObject();
  }
  w.EndArray().EndObject();
  return Json(std::move(out));
}

Response Article(const ServerOptions& o, const Store& st, int64_t id) {
  auto a = store::GetArticle(st, id, o.max_rows * 10);
  if (!a.ok()) return Error(a.status());
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("id", a->id).FieldOrNull("ext_id", a->ext_id);
  w.FieldOrNull("title", a->title).FieldOrNull("url", a->url).FieldOrNull("outlet", a->outlet);
  w.FieldOrNull("published", a->published).Field("text", a->text);
  w.Key("mentions").BeginArray();
  for (const store::MentionView& m : a->mentions) {
    w.BeginObject();
    WriteSpan(w, "span", m.span);
    w.Field("text", m.text).Field("kind", m.kind).FieldOrNull("type", m.type);
    w.FieldOrNull("entity", m.entity_id).FieldOrNull("name", m.entity_name);
    w.FieldOrNull("code", m.code).FieldOrNull("sector", m.sector).FieldOrNull("kb", m.kb);
    w.EndObject();
  }
  w.EndArray().Key("quotes").BeginArray();
  for (const store::QuoteView& q : a->quotes) {
    w.BeginObject().Field("id", q.quote_id).FieldOrNull("kind", q.kind);
    w.FieldOrNull("speaker", q.speaker).FieldOrNull("speaker_entity", q.speaker_entity_id);
    w.FieldOrNull("cue", q.cue).FieldOrNull("cue_lemma", q.cue_lemma);
    w.FieldOrNull("source", q.source).FieldOrNull("addressee", q.addressee);
    WriteSpan(w, "content_span", q.content);
    WriteSpan(w, "cue_span", q.cue_span);
    WriteSpan(w, "source_span", q.source_span);
    w.EndObject();
  }
  w.EndArray().Key("events").BeginArray();
  for (const store::EventView& e : a->events) {
    w.BeginObject().Field("id", e.event_id).FieldOrNull("type", e.type);
    w.FieldOrNull("mode", e.mode).FieldOrNull("cameo", e.cameo);
    w.FieldOrNull("modality", e.modality).FieldOrNull("date", e.date);
    w.FieldOrNull("date_text", e.date_text).FieldOrNull("location", e.location);
    w.FieldOrNull("quote", e.quote_id).Field("actors", e.actors);
    w.Field("recipients", e.recipients).Field("merged", e.merged_id);
    WriteSpan(w, "trigger_span", e.trigger);
    WriteSpan(w, "date_span", e.date_span);
    w.EndObject();
  }
  w.EndArray().EndObject();
  return Json(std::move(out));
}

const std::pair<std::string_view, Handler> kRoutes[] = {
    {"/api/stats", Stats},   {"/api/search", Search}, {"/api/quotes", Quotes},
    {"/api/actors", Actors}, {"/api/actor", Actor},   {"/api/events", Events},
    {"/api/dyad", Dyad},
};

constexpr std::string_view kArticlePrefix = "/api/articles/";

// The article id of "/api/articles/<id>", or -1 when the rest is not a plain number.
int64_t ArticleId(std::string_view path) {
  std::string_view rest = path.substr(kArticlePrefix.size());
  if (rest.empty() || rest.size() > 18) return -1;
  for (char c : rest)
    if (c < '0' || c > '9') return -1;
  return std::stoll(std::string(rest));
}

Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& db) {
  StoreOptions so;
  so.create_if_missing = false;
  so.read_only = true;
  return Store::Open(db, so);
}

Response WithStore(const ServerOptions& o, const std::function<Response(const Store&)>& f) {
  auto st = OpenReadOnly(o.db);
  if (!st.ok()) {
    // Not the client's fault, whatever the code (a missing file is NotFound): 503.
    Response r = Error(st.status());
    r.status = 503;
    return r;
  }
  return f(**st);
}

}  // namespace

Response Handle(const ServerOptions& options, std::string_view path, const Params& params) {
  if (path == "/" || path == "/index.html") {
    Response r;
    r.content_type = "text/html; charset=utf-8";
    r.body = std::string(UiPage());
    return r;
  }
  Status ok = CheckParams(params);
  if (!ok.ok()) return Error(ok);
  ok = CheckDates(params);
  if (!ok.ok()) return Error(ok);
  if (path.substr(0, kArticlePrefix.size()) == kArticlePrefix) {
    int64_t id = ArticleId(path);
    if (id < 0) return Error(Status::NotFound("no such article: " + Quoted(path)));
    return WithStore(options, [&](const Store& st) { return Article(options, st, id); });
  }
  for (const auto& [route, handler] : kRoutes) {
    if (path != route) continue;
    return WithStore(options, [&, h = handler](const Store& st) { return h(options, st, params); });
  }
  return Error(Status::NotFound("no such endpoint: " + Quoted(path) + " (see docs/server.md)"));
}

HttpServer::HttpServer(ServerOptions options)
    : options_(std::move(options)), http_(std::make_unique<httplib::Server>()) {}

HttpServer::~HttpServer() = default;

Result<int> HttpServer::Bind() {
  {
    // Validates the file and brings an older schema up to date once, before serving.
    auto st = store::OpenForQuery(options_.db);
    if (!st.ok()) return st.status();
  }
  const ServerOptions opt = options_;
  http_->new_task_queue = [n = std::max(1, opt.threads)] { return new httplib::ThreadPool(n); };
  http_->set_payload_max_length(opt.max_request_bytes);
  http_->set_read_timeout(opt.timeout_seconds, 0);
  http_->set_write_timeout(opt.timeout_seconds, 0);
  http_->set_keep_alive_max_count(20);
  http_->Get(".*", [opt](const httplib::Request& req, httplib::Response& res) {
    Response r;
    try {
      r = Handle(opt, req.path, req.params);
    } catch (const std::exception& e) {  // bad_alloc and the like: one failed request
      r = Error(Status::Internal(std::string("request failed: ") + e.what()));
    }
    res.status = r.status;
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Cache-Control", "no-store");
    if (r.content_type.rfind("text/html", 0) == 0) {
      res.set_header("Content-Security-Policy",
                     "default-src 'self'; script-src 'unsafe-inline' 'self'; "
                     "style-src 'unsafe-inline' 'self'; frame-ancestors 'none'");
    }
    res.set_content(r.body, r.content_type.c_str());
  });
  int port = opt.port == 0 ? http_->bind_to_any_port(opt.host)
                           : (http_->bind_to_port(opt.host, opt.port) ? opt.port : -1);
  if (port < 0)
    return Status::IoError("cannot listen on " + opt.host + ":" + std::to_string(opt.port));
  return port;
}

Status HttpServer::Run() {
  if (!http_->listen_after_bind()) return Status::IoError("the HTTP server stopped with an error");
  return Status::Ok();
}

void HttpServer::Stop() { http_->stop(); }

}  // namespace newsgraph::server
