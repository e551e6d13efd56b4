// Readers turn input files or streams into Documents, one article at a time.
//
// Every reader streams (memory bounded by one article plus buffers) and never
// fails the batch for one bad article: a bad article becomes a ReadItem with
// an error, and reading goes on. Only an unreadable source (missing file,
// I/O error) is reported through Status.
#ifndef NEWSGRAPH_INGEST_READER_H_
#define NEWSGRAPH_INGEST_READER_H_

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::ingest {

enum class Format { kAuto, kJsonl, kText, kHtml };

struct ReaderOptions {
  // kAuto: by file name (.jsonl/.json/.ndjson → JSONL, .html/.htm/.xhtml → HTML page, else text)
  Format format = Format::kAuto;
  size_t max_article_bytes = 8u << 20;  // larger: that article's error
  size_t max_json_depth = 64;        // deeper: that line's error
  bool keep_meta = false;            // keep unknown JSONL fields in meta_json
  // Mask The Hill's "hover cards" and picture credits for analysis (meta.masked,
  // see hover_card.h and image_credit.h), with a note in meta.warnings. The text
  // itself is never changed.
  bool mask_hover_cards = true;
};

// One article read, or the error for one article.
struct ReadItem {
  std::optional<Document> doc;  // set when the article was read
  std::string id;               // the article id (or a best guess) for error records
  std::string error;            // non-empty when doc is absent
  std::string source;           // "file:line" for diagnostics
};

// A Reader is used by one thread at a time (Next is not thread-safe); the
// Documents it yields are independent and may go to other threads.
class Reader {
 public:
  virtual ~Reader() = default;
  // Returns false at the end of all input. *item is filled otherwise.
  virtual bool Next(ReadItem* item) = 0;
  // Non-OK when a whole source could not be read (the rest still is).
  virtual Status status() const = 0;
};

// Reads the given paths (files, directories recursively, .gz transparently),
// or standard input when paths is empty or "-" (with kAuto, stdin is sniffed:
// first non-space byte '{' → JSONL, else one text article).
// Format kAuto: *.jsonl, *.json, *.ndjson (optionally .gz) are JSONL, other
// names are text (one article a file, id = file name without extension).
// Directories are walked recursively in sorted order, skipping hidden entries
// and documentation (README*, LICENSE*, *.md); files named explicitly are
// always read.
// A path that does not exist fails here; a source that fails later (I/O
// error, truncated gzip) yields one error item and a non-OK status().
Result<std::unique_ptr<Reader>> OpenReader(const std::vector<std::string>& paths,
                                           const ReaderOptions& options);

// Reads articles from memory (fuzzers, tests, embedding). With kAuto the
// format is sniffed as for stdin: first non-space byte '{' → JSONL, else one
// text article. name appears in ReadItem::source.
std::unique_ptr<Reader> OpenReaderFromString(std::string data, const ReaderOptions& options,
                                             std::string name = "<memory>");

// Same, from a stream that the caller keeps alive while the reader is used.
std::unique_ptr<Reader> OpenReaderFromStream(std::istream* in, const ReaderOptions& options,
                                             std::string name = "<stream>");

// A stable id for an article without one: 16 hex digits of FNV-1a 64 of text.
std::string StableId(std::string_view text);

// "https://www.example.com/a/b" → "example.com" (lower case, no port, no
// "www."); "" when url has no host.
std::string OutletFromUrl(std::string_view url);

// The format a path is read in under kAuto (never returns kAuto).
Format FormatForPath(std::string_view path);

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_READER_H_
