#include "ingest/jsonl.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>

#include "core/json_writer.h"
#include "core/utf8.h"
#include "ingest/image_credit.h"
#include "time/time.h"

namespace newsgraph::ingest {
namespace {

namespace dom = simdjson::dom;

constexpr std::array<std::string_view, 5> kTextKeys = {"text", "content", "body", "maintext",
                                                       "content_original"};
constexpr std::array<std::string_view, 3> kIdKeys = {"id", "ID", "doc_id"};
constexpr std::array<std::string_view, 2> kTitleKeys = {"title", "headline"};
constexpr std::array<std::string_view, 4> kDateKeys = {"published", "date", "date_publish",
                                                       "publish_date"};
constexpr std::array<std::string_view, 3> kUrlKeys = {"url", "link", "source_url"};
constexpr std::array<std::string_view, 2> kAuthorKeys = {"authors", "author"};
constexpr std::array<std::string_view, 2> kSourceKeys = {"source", "source_domain"};
constexpr size_t kMaxAuthors = 256;
constexpr size_t kMaxIdBytes = 512;

// Index of key in keys, or -1.
template <size_t N>
int Rank(const std::array<std::string_view, N>& keys, std::string_view key) {
  for (size_t i = 0; i < N; ++i)
    if (keys[i] == key) return static_cast<int>(i);
  return -1;
}

bool IsKnownKey(std::string_view k) {
  return Rank(kTextKeys, k) >= 0 || Rank(kIdKeys, k) >= 0 || Rank(kTitleKeys, k) >= 0 ||
         Rank(kDateKeys, k) >= 0 || Rank(kUrlKeys, k) >= 0 || Rank(kAuthorKeys, k) >= 0 ||
         Rank(kSourceKeys, k) >= 0;
}

// The highest-priority alias present with a non-null value.
struct Pick {
  int rank = 1 << 30;
  dom::element value;
  bool found() const { return rank != (1 << 30); }
  void Offer(int r, dom::element v) {
    if (r >= 0 && r < rank && !v.is_null()) {
      rank = r;
      value = v;
    }
  }
};

struct Fields {
  Pick text, id, title, date, url, authors, source;
};

std::optional<std::string> AsString(const Pick& p) {
  if (!p.found()) return std::nullopt;
  std::string_view sv;
  if (p.value.get_string().get(sv) != simdjson::SUCCESS) return std::nullopt;
  return std::string(sv);
}

// Strings as is; numbers (common for ids and epoch dates) as their JSON text.
std::string ScalarText(const Pick& p) {
  if (!p.found()) return "";
  std::string_view sv;
  if (p.value.get_string().get(sv) == simdjson::SUCCESS) return std::string(sv);
  if (p.value.is_number()) return simdjson::minify(p.value);
  return "";
}

// "['A B', 'C D']": a list that a scraper wrote as a Python repr string.
bool SplitReprList(std::string_view sv, std::vector<std::string>* out) {
  if (sv.size() < 2 || sv.front() != '[' || sv.back() != ']') return false;
  sv = sv.substr(1, sv.size() - 2);
  while (!sv.empty() && out->size() < kMaxAuthors) {
    size_t open = sv.find_first_of("'\"");
    if (open == std::string_view::npos) break;
    size_t close = sv.find(sv[open], open + 1);
    if (close == std::string_view::npos) break;
    if (close > open + 1) out->emplace_back(sv.substr(open + 1, close - open - 1));
    sv.remove_prefix(close + 1);
  }
  return true;
}

std::vector<std::string> Authors(const Pick& p) {
  std::vector<std::string> out;
  if (!p.found()) return out;
  std::string_view sv;
  if (p.value.get_string().get(sv) == simdjson::SUCCESS) {
    if (!SplitReprList(sv, &out) && !sv.empty()) out.emplace_back(sv);
    return out;
  }
  dom::array arr;
  if (p.value.get_array().get(arr) != simdjson::SUCCESS) return out;
  for (dom::element e : arr) {
    if (out.size() >= kMaxAuthors) break;
    if (e.get_string().get(sv) == simdjson::SUCCESS && !sv.empty()) out.emplace_back(sv);
  }
  return out;
}

std::string ErrorText(simdjson::error_code err, size_t max_depth) {
  if (err == simdjson::DEPTH_ERROR) {
    return "JSON nested deeper than max_json_depth (" + std::to_string(max_depth) + ")";
  }
  if (err == simdjson::UTF8_ERROR) return "invalid JSON: line is not valid UTF-8";
  return std::string("invalid JSON: ") + simdjson::error_message(err);
}

// Meta strings must be valid UTF-8 for output; escapes can smuggle in lone
// surrogates, which become U+FFFD here.
std::string Clean(std::string s) {
  if (utf8::IsValid(s)) return s;
  size_t replaced = 0;
  return utf8::Sanitize(s, &replaced);
}

void Fail(std::string id, std::string error, ReadItem* item) {
  item->doc.reset();
  size_t replaced = 0;
  if (id.size() > kMaxIdBytes) id.resize(kMaxIdBytes);
  item->id = utf8::Sanitize(id, &replaced);
  item->error = std::move(error);
}

// The unknown fields as one JSON object, or "" when there are none.
std::string MetaJson(dom::object obj) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  bool any = false;
  for (dom::key_value_pair kv : obj) {
    if (IsKnownKey(kv.key)) continue;
    any = true;
    w.Key(Clean(std::string(kv.key))).Raw(simdjson::minify(kv.value));
  }
  w.EndObject();
  return any ? out : "";
}

}  // namespace

std::string TooLongMessage(size_t max_bytes) {
  return "article larger than max_article_bytes (" + std::to_string(max_bytes) + " bytes)";
}

std::string ScanForId(std::string_view line) {
  for (std::string_view key : {"\"id\"", "\"ID\"", "\"doc_id\""}) {
    size_t at = line.find(key);
    if (at == std::string_view::npos) continue;
    size_t i = at + key.size();
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size() || line[i] != ':') continue;
    ++i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) continue;
    size_t begin = i;
    if (line[i] == '"') {
      begin = ++i;
      while (i < line.size() && line[i] != '"' && line[i] != '\\' && i - begin < kMaxIdBytes) ++i;
      if (i >= line.size() || line[i] != '"') continue;
    } else {
      while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) ||
                                 line[i] == '-' || line[i] == '_' || line[i] == '.') &&
             i - begin < kMaxIdBytes)
        ++i;
    }
    if (i > begin) return std::string(line.substr(begin, i - begin));
  }
  return "";
}

JsonlParser::JsonlParser(const ReaderOptions& options) : options_(options) {
  // Capacity grows on demand; the depth limit stays.
  init_error_ = parser_.allocate(1 << 16, std::max<size_t>(options_.max_json_depth, 1));
}

void JsonlParser::Parse(std::string_view line, ReadItem* item) {
  *item = ReadItem();
  if (line.size() > options_.max_article_bytes) {
    Fail(ScanForId(line), TooLongMessage(options_.max_article_bytes), item);
    return;
  }
  if (init_error_ != simdjson::SUCCESS) {
    Fail(ScanForId(line), ErrorText(init_error_, options_.max_json_depth), item);
    return;
  }
  padded_.resize(line.size() + simdjson::SIMDJSON_PADDING);
  std::memcpy(padded_.data(), line.data(), line.size());
  dom::element root;
  simdjson::error_code err = parser_.parse(padded_.data(), line.size(), false).get(root);
  if (err != simdjson::SUCCESS) {
    Fail(ScanForId(line), ErrorText(err, options_.max_json_depth), item);
    return;
  }
  dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    Fail("", "invalid JSON: a line must be a JSON object", item);
    return;
  }
  Fields f;
  for (dom::key_value_pair kv : obj) {
    f.text.Offer(Rank(kTextKeys, kv.key), kv.value);
    f.id.Offer(Rank(kIdKeys, kv.key), kv.value);
    f.title.Offer(Rank(kTitleKeys, kv.key), kv.value);
    f.date.Offer(Rank(kDateKeys, kv.key), kv.value);
    f.url.Offer(Rank(kUrlKeys, kv.key), kv.value);
    f.authors.Offer(Rank(kAuthorKeys, kv.key), kv.value);
    f.source.Offer(Rank(kSourceKeys, kv.key), kv.value);
  }
  std::string given_id = ScalarText(f.id);
  if (!f.text.found()) {
    Fail(given_id, "no text field (text, content, body, maintext or content_original)", item);
    return;
  }
  std::optional<std::string> text = AsString(f.text);
  if (!text) {
    Fail(given_id, "the text field is not a string", item);
    return;
  }
  if (!utf8::IsValid(*text)) {  // e.g. a lone surrogate escape
    Fail(given_id, "the text field is not valid UTF-8", item);
    return;
  }
  if (text->find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    Fail(given_id, "the text field is empty", item);
    return;
  }
  ArticleMeta meta;
  meta.id = given_id.empty() ? StableId(*text) : Clean(given_id);
  meta.title = Clean(AsString(f.title).value_or(""));
  meta.published_raw = Clean(ScalarText(f.date));
  if (!meta.published_raw.empty()) {
    meta.published = time::NormalizeDate(meta.published_raw).value_or("");
  }
  meta.url = Clean(AsString(f.url).value_or(""));
  meta.outlet = OutletFromUrl(meta.url);
  if (meta.outlet.empty()) meta.outlet = Clean(AsString(f.source).value_or(""));
  meta.authors = Authors(f.authors);
  for (std::string& a : meta.authors) a = Clean(std::move(a));
  if (options_.keep_meta) meta.meta_json = MetaJson(obj);
  if (options_.mask_hover_cards) MaskPageFurniture(*text, &meta);
  item->id = meta.id;
  item->doc.emplace(std::move(*text), std::move(meta));
}

}  // namespace newsgraph::ingest
