// Readers: files, directories, .gz, stdin and memory, in JSONL or the
// scraped-article text format. See reader.h.
#include "ingest/reader.h"

#include <algorithm>
#include <cctype>
#include <cinttypes>
#include <cstdio>
#include <filesystem>
#include <limits>

#include "ingest/article_html.h"
#include "ingest/article_text.h"
#include "ingest/byte_source.h"
#include "ingest/jsonl.h"

namespace newsgraph::ingest {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kStdinName = "<stdin>";
constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

std::string Lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "dir/foo.txt.gz" → "foo".
std::string Stem(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (Lowercase(name).ends_with(".gz")) name.remove_suffix(3);
  size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

bool IsHidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Documentation beside articles (README, LICENSE, *.md) is not an article.
bool IsDocumentation(const fs::path& p) {
  std::string name = Lowercase(p.filename().string());
  return name.starts_with("readme") || name.starts_with("license") || name.ends_with(".md");
}

// Regular files under dir, recursively, sorted, hidden entries skipped.
Status ListDirectory(const std::string& dir, std::vector<std::string>* files) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) return Status::IoError(dir + ": " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return Status::IoError(dir + ": " + ec.message());
    if (IsHidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && !IsDocumentation(it->path())) {
      found.push_back(it->path().string());
    }
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  std::sort(found.begin(), found.end());
  files->insert(files->end(), found.begin(), found.end());
  return Status::Ok();
}

// One input: a path to open, or an already open source (memory, stream).
struct Input {
  std::string name;                    // path, "-" for stdin, or a label
  std::unique_ptr<ByteSource> source;  // set for memory and stream inputs
  bool in_memory = false;              // name is a label: sniff the format
};

// Reads a list of inputs one after the other. Memory: one line (or one text
// article) within max_article_bytes, plus fixed buffers.
class MultiReader final : public Reader {
 public:
  MultiReader(std::vector<Input> inputs, const ReaderOptions& options)
      : inputs_(std::move(inputs)), options_(options), jsonl_(options) {}

  bool Next(ReadItem* item) override {
    for (;;) {
      if (!lines_) {
        if (next_ >= inputs_.size()) return false;
        if (Open(inputs_[next_++], item)) return true;
        continue;
      }
      bool produced = format_ == Format::kJsonl ? NextJsonl(item) : ReadText(item);
      if (produced && !done_) return true;
      lines_.reset();
      if (produced) return true;
    }
  }

  Status status() const override { return status_; }

 private:
  struct Pending {
    std::string line;
    bool too_long = false;
  };

  // Opens an input; true when it failed and *item holds the error.
  bool Open(Input& in, ReadItem* item) {
    done_ = false;
    pending_.reset();
    name_ = in.name == "-" ? std::string(kStdinName) : in.name;
    std::unique_ptr<ByteSource> src = std::move(in.source);
    if (!src) {
      Result<std::unique_ptr<ByteSource>> opened =
          in.name == "-" ? OpenStdinSource() : OpenFileSource(in.name);
      if (!opened.ok()) {
        status_ = opened.status();
        *item = ReadItem();
        item->id = Stem(name_);
        item->error = opened.status().message();
        item->source = name_;
        return true;
      }
      src = std::move(opened).value();
    }
    lines_ = std::make_unique<LineReader>(std::move(src));
    sniffed_ = options_.format == Format::kAuto && (in.name == "-" || in.in_memory);
    if (sniffed_) {
      format_ = Sniff();
    } else if (options_.format != Format::kAuto) {
      format_ = options_.format;
    } else {
      format_ = FormatForPath(in.name);
    }
    return false;
  }

  // Looks at the first non-blank line: '{' → JSONL; keeps it as pending.
  Format Sniff() {
    std::string line;
    bool too_long = false;
    for (;;) {
      LineReader::Got got = lines_->NextLine(&line, options_.max_article_bytes, &too_long);
      if (got != LineReader::Got::kLine) {
        if (got == LineReader::Got::kError) return Format::kJsonl;  // reports the error
        done_at_end_ = true;
        return Format::kJsonl;  // empty input: no articles
      }
      if (lines_->line_number() == 1 && std::string_view(line).starts_with(kBom)) {
        line.erase(0, kBom.size());
      }
      if (!too_long && IsBlank(line)) continue;
      size_t first = line.find_first_not_of(" \t\r\f\v");
      Format f = first != std::string::npos && line[first] == '{' ? Format::kJsonl
                 : LooksLikeHtml(line)                            ? Format::kHtml
                                                                  : Format::kText;
      pending_ = Pending{std::move(line), too_long};
      return f;
    }
  }

  // The error item for a source that failed after line_number().
  void SourceError(ReadItem* item) {
    *item = ReadItem();
    status_ = lines_->error();
    item->id = Stem(name_);
    item->error = lines_->error().message() + " (after line " +
                  std::to_string(lines_->line_number()) + "; the rest is lost)";
    item->source = name_ + ":" + std::to_string(lines_->line_number() + 1);
    done_ = true;
  }

  // The next article of a JSONL source; false at its end.
  bool NextJsonl(ReadItem* item) {
    if (done_at_end_) {
      done_at_end_ = false;
      return false;
    }
    for (;;) {
      bool too_long = false;
      LineReader::Got got = LineReader::Got::kLine;
      if (pending_) {
        line_ = std::move(pending_->line);
        too_long = pending_->too_long;
        pending_.reset();
      } else {
        got = lines_->NextLine(&line_, options_.max_article_bytes, &too_long);
      }
      if (got == LineReader::Got::kEnd) return false;
      if (got == LineReader::Got::kError) {
        SourceError(item);
        return true;
      }
      if (lines_->line_number() == 1 && std::string_view(line_).starts_with(kBom)) {
        line_.erase(0, kBom.size());
      }
      if (!too_long && IsBlank(line_)) continue;
      if (too_long) {
        *item = ReadItem();
        item->id = ScanForId(line_);
        item->error = TooLongMessage(options_.max_article_bytes);
      } else {
        jsonl_.Parse(line_, item);
      }
      item->source = name_ + ":" + std::to_string(lines_->line_number());
      if (item->doc) item->doc->meta.source_name = name_;
      if (line_.capacity() > (1u << 20)) std::string().swap(line_);  // give back big buffers
      return true;
    }
  }

  // The one article of a text source; false when there is none (empty stdin).
  bool ReadText(ReadItem* item) {
    done_ = true;
    if (done_at_end_) {
      done_at_end_ = false;
      return false;
    }
    std::string raw;
    bool too_long = false;
    if (pending_) {
      raw = std::move(pending_->line);
      too_long = pending_->too_long;
      raw += '\n';
      pending_.reset();
    }
    LineReader::Got got = LineReader::Got::kEnd;
    if (!too_long) got = lines_->ReadRest(&raw, options_.max_article_bytes, &too_long);
    if (got == LineReader::Got::kError) {
      SourceError(item);
      return true;
    }
    std::string id = sniffed_ ? "" : Stem(name_);
    if (too_long) {
      *item = ReadItem();
      item->id = id.empty() ? StableId(raw) : id;
      item->error = TooLongMessage(options_.max_article_bytes);
    } else {
      *item = format_ == Format::kHtml ? ParseArticleHtml(raw, id, options_)
                                       : ParseArticleText(raw, id, options_);
      if (item->id.empty()) {
        item->id = StableId(item->doc ? std::string_view(item->doc->text()) : raw);
        if (item->doc) item->doc->meta.id = item->id;
      }
    }
    item->source = name_ + ":1";
    if (item->doc) item->doc->meta.source_name = name_;
    return true;
  }

  std::vector<Input> inputs_;
  ReaderOptions options_;
  JsonlParser jsonl_;
  size_t next_ = 0;
  std::unique_ptr<LineReader> lines_;
  std::string name_;
  Format format_ = Format::kJsonl;
  bool sniffed_ = false;
  bool done_ = false;         // the current source has no more items
  bool done_at_end_ = false;  // sniffing found an empty source
  std::optional<Pending> pending_;
  std::string line_;
  Status status_;
};

ReaderOptions Sane(ReaderOptions o) {
  o.max_article_bytes =
      std::min<size_t>(o.max_article_bytes, std::numeric_limits<uint32_t>::max() / 2);
  o.max_json_depth = std::max<size_t>(o.max_json_depth, 1);
  return o;
}

std::unique_ptr<Reader> FromSource(std::unique_ptr<ByteSource> src, const ReaderOptions& options,
                                   std::string name) {
  std::vector<Input> inputs;
  inputs.push_back(Input{std::move(name), std::move(src), true});
  return std::make_unique<MultiReader>(std::move(inputs), Sane(options));
}

}  // namespace

Format FormatForPath(std::string_view path) {
  std::string name = Lowercase(path);
  if (name.ends_with(".gz")) name.resize(name.size() - 3);
  for (std::string_view ext : {".jsonl", ".json", ".ndjson"})
    if (name.ends_with(ext)) return Format::kJsonl;
  for (std::string_view ext : {".html", ".htm", ".xhtml"})
    if (name.ends_with(ext)) return Format::kHtml;
  return Format::kText;
}

std::string StableId(std::string_view text) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016" PRIx64, h);
  return buf;
}

std::string OutletFromUrl(std::string_view url) {
  size_t b = url.find_first_not_of(" \t");
  if (b == std::string_view::npos) return "";
  url.remove_prefix(b);
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos && scheme < 16) {
    url.remove_prefix(scheme + 3);
  } else if (url.starts_with("//")) {
    url.remove_prefix(2);
  }
  std::string_view host = url.substr(0, url.find_first_of("/?# \t"));
  size_t at = host.find('@');
  if (at != std::string_view::npos) host.remove_prefix(at + 1);
  size_t colon = host.find(':');
  if (colon != std::string_view::npos) host = host.substr(0, colon);
  std::string out = Lowercase(host);
  if (out.starts_with("www.")) out.erase(0, 4);
  if (out.find('.') == std::string::npos) return "";
  for (char c : out) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' &&
        static_cast<unsigned char>(c) < 0x80) {
      return "";
    }
  }
  return out;
}

Result<std::unique_ptr<Reader>> OpenReader(const std::vector<std::string>& paths,
                                           const ReaderOptions& options) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    if (p == "-") {
      files.push_back(p);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) return Status::NotFound(p + ": no such file or directory");
    if (fs::is_directory(st)) {
      NG_RETURN_IF_ERROR(ListDirectory(p, &files));
    } else {
      files.push_back(p);
    }
  }
  if (paths.empty()) files.push_back("-");
  std::vector<Input> inputs;
  inputs.reserve(files.size());
  for (std::string& f : files) inputs.push_back(Input{std::move(f), nullptr, false});
  return std::unique_ptr<Reader>(std::make_unique<MultiReader>(std::move(inputs), Sane(options)));
}

std::unique_ptr<Reader> OpenReaderFromString(std::string data, const ReaderOptions& options,
                                             std::string name) {
  return FromSource(MakeStringSource(std::move(data)), options, std::move(name));
}

std::unique_ptr<Reader> OpenReaderFromStream(std::istream* in, const ReaderOptions& options,
                                             std::string name) {
  return FromSource(MakeStreamSource(in), options, std::move(name));
}

}  // namespace newsgraph::ingest
