#include "ingest/article_text.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/utf8.h"
#include "ingest/image_credit.h"
#include "time/time.h"

namespace newsgraph::ingest {
namespace {

constexpr std::string_view kSpace = " \t\r\f\v";
constexpr size_t kBinaryProbeBytes = 64 << 10;
constexpr size_t kMaxTitleBytes = 300;
constexpr size_t kMaxCreditBytes = 300;
constexpr size_t kMaxTagBytes = 1024;
constexpr size_t kMaxOpenTags = 64;

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(kSpace);
  return s.substr(b, e - b + 1);
}

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (Lower(s[i]) != Lower(prefix[i])) return false;
  return true;
}

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && StartsWithNoCase(s.substr(s.size() - suffix.size()), suffix);
}

// ---- inline markup -------------------------------------------------------

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  std::string_view attrs;
  size_t end = 0;  // index just past '>'
};

bool IsKnownTag(std::string_view name) {
  for (std::string_view t : {"a", "u", "b", "i", "em", "strong", "span"})
    if (name == t) return true;
  return false;
}

// Parses a known tag starting at s[i] == '<'.
bool ParseTag(std::string_view s, size_t i, Tag* tag) {
  size_t j = i + 1;
  tag->closing = j < s.size() && s[j] == '/';
  if (tag->closing) ++j;
  size_t name_begin = j;
  while (j < s.size() && j - name_begin < 8 && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
  tag->name.clear();
  for (size_t k = name_begin; k < j; ++k) tag->name.push_back(Lower(s[k]));
  if (!IsKnownTag(tag->name) || j >= s.size()) return false;
  if (s[j] != '>' && s[j] != ' ' && s[j] != '\t' && s[j] != '/') return false;
  size_t limit = std::min(s.size(), i + kMaxTagBytes);
  for (size_t k = j; k < limit; ++k) {
    if (s[k] == '<' || s[k] == '\n') return false;
    if (s[k] == '>') {
      tag->attrs = s.substr(j, k - j);
      tag->end = k + 1;
      return true;
    }
  }
  return false;
}

std::string Href(std::string_view attrs) {
  for (size_t at = 0; (at = attrs.find("href", at)) != std::string_view::npos; at += 4) {
    size_t i = at + 4;
    while (i < attrs.size() && attrs[i] == ' ') ++i;
    if (i >= attrs.size() || attrs[i] != '=') continue;
    ++i;
    while (i < attrs.size() && attrs[i] == ' ') ++i;
    if (i >= attrs.size()) return "";
    char q = attrs[i];
    if (q == '"' || q == '\'') {
      size_t e = attrs.find(q, i + 1);
      if (e == std::string_view::npos) return "";
      return std::string(attrs.substr(i + 1, e - i - 1));
    }
    size_t e = attrs.find_first_of(" \t>", i);
    return std::string(attrs.substr(i, e == std::string_view::npos ? e : e - i));
  }
  return "";
}

struct OpenAnchor {
  std::string name;
  size_t start = 0;
  std::string url;
};

void CloseAnchor(const OpenAnchor& open, const std::string& out, std::vector<Link>* links) {
  std::string_view all(out);
  size_t b = open.start, e = out.size();
  while (b < e && kSpace.find(all[b]) != std::string_view::npos) ++b;
  while (e > b && (kSpace.find(all[e - 1]) != std::string_view::npos || all[e - 1] == '\n')) --e;
  if (b == e && open.url.empty()) return;
  Link link;
  link.anchor = std::string(all.substr(b, e - b));
  link.url = open.url;
  if (b < e) link.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  // <a href><u>x</u></a> is one link.
  if (!links->empty() && link.span && links->back().span == link.span) {
    if (links->back().url.empty()) links->back().url = link.url;
    return;
  }
  links->push_back(std::move(link));
}

std::string WithoutMarkup(std::string_view s) {
  std::string out;
  std::vector<Link> ignored;
  AppendWithoutMarkup(s, &out, &ignored);
  return out;
}

// ---- furniture lines -------------------------------------------------------

bool IsCreditLine(std::string_view t) {
  if (t.empty() || t.size() > kMaxCreditBytes) return false;
  for (std::string_view end : {"contributed reporting.", "contributed reporting",
                               "contributed to this report.", "contributed to this story.",
                               "contributed to this article.", "contributed to this report"}) {
    if (EndsWithNoCase(t, end)) return true;
  }
  for (std::string_view start : {"Additional reporting by", "(Additional reporting by",
                                 "(Reporting by", "(Writing by", "(Editing by"}) {
    if (StartsWithNoCase(t, start)) return true;
  }
  // "Reporting by A; Editing by B", but not a sentence that starts so.
  bool credit_shape = t.find(';') != std::string_view::npos || t.back() != '.';
  for (std::string_view start : {"Reporting by", "Writing by", "Editing by"}) {
    if (StartsWithNoCase(t, start) && credit_shape && t.size() <= 200) return true;
  }
  return false;
}

// "Related article: ..." → the text after the colon.
std::optional<std::string_view> RelatedRest(std::string_view t) {
  for (std::string_view p : {"related article:", "related articles:", "related:", "read more:"}) {
    if (StartsWithNoCase(t, p)) return Trim(t.substr(p.size()));
  }
  return std::nullopt;
}

// "Original url:" → the rest of the line (may be empty: the URL follows).
std::optional<std::string_view> OriginalUrlRest(std::string_view t) {
  for (std::string_view p : {"original url:", "source url:"}) {
    if (StartsWithNoCase(t, p)) return Trim(t.substr(p.size()));
  }
  if (t.size() == 12 && StartsWithNoCase(t, "original url")) return std::string_view();
  return std::nullopt;
}

bool LooksLikeUrl(std::string_view t) {
  return (StartsWithNoCase(t, "http://") || StartsWithNoCase(t, "https://") ||
          StartsWithNoCase(t, "www.")) &&
         t.find(' ') == std::string_view::npos;
}

// "By Jane Doe and John Roe" → names, when the line is only a byline.
std::vector<std::string> Byline(std::string_view t) {
  std::vector<std::string> names;
  if (!t.starts_with("By ") || t.size() > 100 || t.back() == '.') return names;
  std::string_view rest = Trim(t.substr(3));
  if (std::count(rest.begin(), rest.end(), ' ') >= 10) return names;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    size_t conj = rest.find(" and ");
    size_t cut = std::min(comma, conj);
    std::string_view name = Trim(rest.substr(0, cut));
    if (!name.empty()) names.emplace_back(name);
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + (cut == conj ? 5 : 1));
  }
  return names;
}

// A caption ends in a bold credit: "Text. **Name / AP**".
std::optional<Caption> AsCaption(std::string_view t) {
  if (t.size() < 5 || !t.ends_with("**")) return std::nullopt;
  size_t open = t.rfind("**", t.size() - 3);
  if (open == std::string_view::npos) return std::nullopt;
  std::string_view credit = Trim(t.substr(open + 2, t.size() - 2 - open - 2));
  if (credit.empty() || credit.size() > kMaxCreditBytes) return std::nullopt;
  Caption c;
  c.text = std::string(Trim(WithoutMarkup(t.substr(0, open))));
  c.credit = WithoutMarkup(credit);
  return c;
}

// ---- structure ---------------------------------------------------------------

using Paragraph = std::vector<std::string_view>;  // trimmed, non-empty lines

std::vector<Paragraph> SplitParagraphs(std::string_view text) {
  std::vector<Paragraph> paras;
  Paragraph cur;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = Trim(text.substr(pos, nl == std::string_view::npos ? nl : nl - pos));
    if (line.empty()) {
      if (!cur.empty()) paras.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(line);
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  if (!cur.empty()) paras.push_back(std::move(cur));
  return paras;
}

bool IsTitle(const std::vector<Paragraph>& paras, size_t p) {
  if (paras.size() < 2 || paras[p].size() != 1) return false;
  std::string_view t = paras[p][0];
  if (t.size() > kMaxTitleBytes || IsDateLine(t) || AsCaption(t) || OriginalUrlRest(t)) {
    return false;
  }
  bool next_is_date = paras[p + 1].size() == 1 && IsDateLine(paras[p + 1][0]);
  if (next_is_date) return true;
  // A sentence is not a headline: "... he said." or '... "We will win."'.
  if (t.size() > 200 || t.back() == '.' || t.back() == ':' || t.back() == ',') return false;
  for (std::string_view end : {".\"", ".'", ".\xE2\x80\x9D", "?\"", "!\""}) {
    if (t.ends_with(end)) return false;
  }
  return true;
}

// Builds the body and the furniture metadata from the paragraphs after the
// header (title, date line, byline).
class BodyBuilder {
 public:
  explicit BodyBuilder(ArticleMeta* meta) : meta_(meta) {}

  void AddParagraph(const Paragraph& para) {
    Paragraph kept;
    for (std::string_view line : para) {
      if (!Furniture(line)) kept.push_back(line);
    }
    if (kept.empty()) return;
    if (kept.size() == 1) {
      if (std::optional<Caption> c = AsCaption(kept[0])) {
        meta_->captions.push_back(std::move(*c));
        return;
      }
    }
    size_t mark = body_.size();
    size_t links_mark = meta_->links.size();
    if (!body_.empty()) body_ += "\n\n";
    size_t content = body_.size();
    for (size_t i = 0; i < kept.size(); ++i) {
      if (i > 0) body_ += '\n';
      AppendWithoutMarkup(kept[i], &body_, &meta_->links);
    }
    if (Trim(std::string_view(body_).substr(content)).empty()) {  // markup only
      body_.resize(mark);
      meta_->links.resize(links_mark);
    }
  }

  std::string TakeBody() { return std::move(body_); }

 private:
  // Consumes furniture lines into meta; true when the line is not body.
  bool Furniture(std::string_view line) {
    if (want_url_) {
      want_url_ = false;
      if (LooksLikeUrl(line)) {
        SetUrl(line);
        return true;
      }
    }
    if (std::optional<std::string_view> rest = OriginalUrlRest(line)) {
      if (rest->empty()) {
        want_url_ = true;
      } else {
        SetUrl(*rest);
      }
      return true;
    }
    if (std::optional<std::string_view> rest = RelatedRest(line)) {
      std::string anchor;
      std::vector<Link> inner;
      AppendWithoutMarkup(*rest, &anchor, &inner);
      Link link;
      link.anchor = std::string(Trim(anchor));
      if (!inner.empty()) link.url = inner.front().url;
      meta_->related.push_back(std::move(link));
      return true;
    }
    std::string plain = WithoutMarkup(line);
    if (IsCreditLine(Trim(plain))) {
      meta_->credits.push_back(std::string(Trim(plain)));
      return true;
    }
    return false;
  }

  void SetUrl(std::string_view url) {
    meta_->url = std::string(url);
    meta_->outlet = OutletFromUrl(url);
  }

  ArticleMeta* meta_;
  std::string body_;
  bool want_url_ = false;
};

// Title, date line and byline at the top; returns the first body paragraph.
size_t ReadHeader(const std::vector<Paragraph>& paras, ArticleMeta* meta) {
  size_t p = 0;
  if (p < paras.size() && IsTitle(paras, p)) meta->title = WithoutMarkup(paras[p++][0]);
  if (p < paras.size() && paras[p].size() == 1 && IsDateLine(paras[p][0])) {
    meta->published_raw = std::string(paras[p++][0]);
    meta->published = time::NormalizeDate(meta->published_raw).value_or("");
  }
  if (p < paras.size() && paras[p].size() == 1) {
    std::vector<std::string> names = Byline(paras[p][0]);
    if (!names.empty()) {
      meta->authors = std::move(names);
      ++p;
    }
  }
  return p;
}

}  // namespace

bool LooksBinary(std::string_view raw) {
  std::string_view probe = raw.substr(0, kBinaryProbeBytes);
  size_t controls = 0;
  for (unsigned char c : probe) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ++controls;
  }
  return controls * 20 > probe.size();
}

void AppendWithoutMarkup(std::string_view s, std::string* out, std::vector<Link>* links) {
  std::vector<OpenAnchor> open;
  size_t i = 0;
  Tag tag;
  while (i < s.size()) {
    size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) {
      out->append(s.substr(i));
      break;
    }
    out->append(s.substr(i, lt - i));
    if (!ParseTag(s, lt, &tag)) {
      out->push_back('<');
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (tag.name != "a" && tag.name != "u") continue;
    if (!tag.closing) {
      if (open.size() < kMaxOpenTags) {
        open.push_back({tag.name, out->size(), tag.name == "a" ? Href(tag.attrs) : ""});
      }
      continue;
    }
    for (size_t k = open.size(); k-- > 0;) {
      if (open[k].name == tag.name) {
        CloseAnchor(open[k], *out, links);
        open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
        break;
      }
    }
  }
}

bool IsDateLine(std::string_view line) {
  std::string_view t = Trim(line);
  if (t.empty() || t.size() > 80) return false;
  if (time::NormalizeDate(t)) return true;
  // Fallback while NormalizeDate learns more formats: a year and a month name
  // or only digits and separators, in a few words.
  bool year = false, month = false, other_word = false;
  size_t words = 0;
  static constexpr std::string_view kMonths[] = {
      "january",   "february", "march",    "april",    "may",  "june", "july", "august",
      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
      "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
  for (size_t i = 0; i < t.size();) {
    size_t j = i;
    while (j < t.size() && std::isalnum(static_cast<unsigned char>(t[j]))) ++j;
    if (j == i) {
      ++i;
      continue;
    }
    std::string_view w = t.substr(i, j - i);
    ++words;
    bool digits = std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(c); });
    if (digits && w.size() == 4 && (w.starts_with("19") || w.starts_with("20"))) {
      year = true;
    } else if (!digits) {
      bool is_month = false;
      for (std::string_view m : kMonths) {
        is_month = is_month || (w.size() == m.size() && StartsWithNoCase(w, m));
      }
      month = month || is_month;
      other_word = other_word || !is_month;
    }
    i = j;
  }
  return year && words <= 8 && (month || !other_word);
}

std::string RawArticleError(std::string_view raw, const ReaderOptions& options) {
  if (raw.size() > options.max_article_bytes) {
    return "article larger than max_article_bytes (" + std::to_string(options.max_article_bytes) +
           " bytes)";
  }
  if (raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF"))
    return "UTF-16 text is not supported (convert to UTF-8)";
  if (LooksBinary(raw)) return "binary content, not text";
  return "";
}

ReadItem ParseArticleText(std::string_view raw, std::string id, const ReaderOptions& options) {
  ReadItem item;
  item.id = id;
  item.error = RawArticleError(raw, options);
  if (!item.error.empty()) return item;
  if (raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);
  ArticleMeta meta;
  meta.id = std::move(id);
  std::string clean;
  if (!utf8::IsValid(raw)) {
    size_t replaced = 0;
    clean = utf8::Sanitize(raw, &replaced);
    meta.warnings.push_back("replaced " + std::to_string(replaced) +
                            " invalid UTF-8 bytes with U+FFFD");
    raw = clean;
  }
  std::vector<Paragraph> paras = SplitParagraphs(raw);
  size_t p = ReadHeader(paras, &meta);
  BodyBuilder body(&meta);
  for (; p < paras.size(); ++p) body.AddParagraph(paras[p]);
  std::string text = body.TakeBody();
  if (options.mask_hover_cards) MaskPageFurniture(text, &meta);
  if (text.empty()) {
    item.error = raw.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos ? "empty article"
                                                                                : "no body text";
    return item;
  }
  item.doc.emplace(std::move(text), std::move(meta));
  return item;
}

}  // namespace newsgraph::ingest
