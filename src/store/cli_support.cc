#include "store/cli_support.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>

namespace newsgraph::store {
namespace {

namespace fs = std::filesystem;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsJsonlName(std::string name) {
  if (EndsWith(name, ".gz")) name.resize(name.size() - 3);
  return EndsWith(name, ".jsonl") || EndsWith(name, ".json") || EndsWith(name, ".ndjson");
}

// Non-empty lines of a (possibly gzipped) file; false on read error.
bool CountLines(const std::string& path, size_t* lines) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return false;
  gzbuffer(f, 1 << 17);
  std::vector<char> buf(1 << 17);
  bool in_line = false;
  int n;
  while ((n = gzread(f, buf.data(), static_cast<unsigned>(buf.size()))) > 0) {
    for (int i = 0; i < n; ++i) {
      char c = buf[i];
      if (c == '\n') {
        if (in_line) ++*lines;
        in_line = false;
      } else if (c != ' ' && c != '\r' && c != '\t') {
        in_line = true;
      }
    }
  }
  if (in_line) ++*lines;
  gzclose(f);
  return n == 0;
}

struct Estimator {
  uint64_t budget;
  size_t total = 0;
  size_t entries = 0;
  bool unknown = false;

  void File(const fs::path& p) {
    if (!IsJsonlName(p.filename().string())) {
      ++total;
      return;
    }
    std::error_code ec;
    uint64_t size = fs::file_size(p, ec);
    if (ec || size > budget) {
      unknown = true;
      return;
    }
    budget -= size;
    if (!CountLines(p.string(), &total)) unknown = true;
  }

  void Path(const fs::path& p) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      File(p);
      return;
    }
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator() && !unknown; it.increment(ec)) {
      if (++entries > 1000000) {
        unknown = true;
        break;
      }
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) File(it->path());
    }
  }
};

}  // namespace

Result<std::unique_ptr<Store>> OpenForQuery(const std::string& path) {
  StoreOptions o;
  o.create_if_missing = false;
  auto rw = Store::Open(path, o);
  if (rw.ok() || rw.status().code() != StatusCode::kIoError) return rw;
  o.read_only = true;
  auto ro = Store::Open(path, o);
  if (ro.ok()) return ro;
  return rw.status();
}

bool IsTerminal(std::FILE* f) { return isatty(fileno(f)) == 1; }

std::string Compact(std::string_view s, size_t max_chars) {
  std::string out;
  size_t chars = 0;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    bool starts_char = (c & 0xC0) != 0x80;
    if (starts_char) {
      if (chars + (space ? 1 : 0) >= max_chars) {
        out += "…";
        return out;
      }
      if (space) {
        out.push_back(' ');
        ++chars;
      }
      space = false;
      ++chars;
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::string HumanBytes(int64_t bytes) {
  const char* units[] = {"B", "KB", "MB", "GB", "TB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
  return buf;
}

std::string HumanDuration(double seconds) {
  long s = std::max(0L, static_cast<long>(seconds + 0.5));
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  }
  return buf;
}

size_t EstimateArticles(const std::vector<std::string>& inputs, uint64_t max_scan_bytes) {
  if (inputs.empty()) return 0;
  Estimator e{max_scan_bytes};
  for (const std::string& in : inputs) {
    if (in == "-") return 0;
    e.Path(in);
    if (e.unknown) return 0;
  }
  return e.total;
}

void WriteQuoteJson(JsonWriter& w, const QuoteRow& q) {
  w.BeginObject().Field("article", q.article_id).Field("quote", q.quote_id);
  w.FieldOrNull("kind", q.kind).FieldOrNull("speaker", q.speaker);
  w.FieldOrNull("speaker_kb", q.speaker_kb).FieldOrNull("source", q.source);
  w.FieldOrNull("cue", q.cue).Field("content", q.content);
  w.FieldOrNull("published", q.published).FieldOrNull("outlet", q.outlet);
  w.FieldOrNull("title", q.title).FieldOrNull("url", q.url).EndObject();
}

}  // namespace newsgraph::store
