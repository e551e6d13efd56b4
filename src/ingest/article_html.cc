#include "ingest/article_html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

#include "core/utf8.h"
#include "ingest/article_text.h"
#include "ingest/image_credit.h"
#include "time/time.h"

namespace newsgraph::ingest {
namespace {

constexpr int kMaxDepth = 400;            // element nesting we walk (libxml2 stops at 256)
constexpr size_t kMaxParagraphs = 20000;  // per page

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

void IgnoreErrors(void*, xmlErrorPtr) {}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

bool Is(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && n->name &&
         std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

bool IsAny(const xmlNode* n, std::initializer_list<const char*> names) {
  for (const char* name : names)
    if (Is(n, name)) return true;
  return false;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Subtrees that are never article text.
bool Skipped(const xmlNode* n) {
  return IsAny(n, {"script",   "style",  "noscript", "nav",    "header",  "footer",   "aside",
                   "form",     "figure", "button",   "svg",    "iframe",  "template", "select",
                   "textarea", "input",  "object",   "embed",  "canvas",  "video",    "audio",
                   "head",     "title",  "menu",     "dialog", "picture", "math"});
}

bool IsBlock(const xmlNode* n) {
  return IsAny(n, {"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "dd", "dt"});
}

// ---- inline text with whitespace collapsed and link spans ---------------------------

class Inline {
 public:
  // Appends the text under n (inline content of one block).
  void Add(const xmlNode* n, int depth) {
    if (depth > kMaxDepth) return;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        Text(reinterpret_cast<const char*>(c->content));
      } else if (c->type == XML_ELEMENT_NODE && !Skipped(c)) {
        if (Is(c, "br")) {
          Space();
        } else if (Is(c, "a")) {
          size_t begin = out_.size();
          Add(c, depth + 1);
          if (begin < out_.size() && out_[begin] == ' ') ++begin;  // the space before the anchor
          if (out_.size() > begin) {
            links_.push_back(
                {"", Attr(c, "href"),
                 Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(out_.size())}});
            link_bytes_ += out_.size() - begin;
          }
        } else {
          Add(c, depth + 1);
        }
      }
    }
  }
  std::string& text() { return out_; }
  std::vector<Link>& links() { return links_; }
  size_t link_bytes() const { return link_bytes_; }

 private:
  void Space() { pending_space_ = true; }
  void Text(const char* s) {
    if (!s) return;
    for (const char* p = s; *p; ++p) {
      unsigned char c = static_cast<unsigned char>(*p);
      // ASCII whitespace and U+00A0 (C2 A0) collapse to one space.
      bool nbsp = c == 0xC2 && static_cast<unsigned char>(p[1]) == 0xA0;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
        if (nbsp) ++p;
        pending_space_ = true;
        continue;
      }
      if (c < 0x20) continue;  // other control characters are no text
      if (pending_space_ && !out_.empty()) out_.push_back(' ');
      pending_space_ = false;
      out_.push_back(static_cast<char>(c));
    }
  }

  std::string out_;
  std::vector<Link> links_;
  size_t link_bytes_ = 0;
  bool pending_space_ = false;
};

// ---- metadata -------------------------------------------------------------------

struct PageMeta {
  std::string og_title, title, h1, canonical, og_url, site_name, published, author, time_attr;
  std::string ld_published, ld_headline;
  std::vector<std::string> captions;
};

// The string value after "key": in a JSON-LD script (no full parse: the first occurrence).
std::string JsonLdString(std::string_view s, std::string_view key) {
  std::string needle = "\"" + std::string(key) + "\"";
  size_t k = s.find(needle);
  if (k == std::string_view::npos) return "";
  size_t colon = s.find_first_not_of(" \t\r\n", k + needle.size());
  if (colon == std::string_view::npos || s[colon] != ':') return "";
  size_t q = s.find_first_not_of(" \t\r\n", colon + 1);
  if (q == std::string_view::npos || s[q] != '"') return "";
  std::string out;
  for (size_t i = q + 1; i < s.size() && out.size() < 1000; ++i) {
    if (s[i] == '"') return out;
    if (s[i] == '\\' && i + 1 < s.size()) ++i;
    out.push_back(s[i]);
  }
  return "";
}

std::string NodeText(const xmlNode* n) {
  Inline in;
  in.Add(n, 0);
  return std::move(in.text());
}

void ReadMetaTag(const xmlNode* n, PageMeta* m) {
  std::string key = Lower(Attr(n, "property"));
  if (key.empty()) key = Lower(Attr(n, "name"));
  if (key.empty()) key = Lower(Attr(n, "itemprop"));
  std::string v = Attr(n, "content");
  if (key.empty() || v.empty()) return;
  if (key == "og:title" && m->og_title.empty()) m->og_title = v;
  if (key == "og:url" && m->og_url.empty()) m->og_url = v;
  if (key == "og:site_name" && m->site_name.empty()) m->site_name = v;
  if ((key == "author" || key == "article:author") && m->author.empty() && v.rfind("http", 0) != 0)
    m->author = v;
  static constexpr std::array<std::string_view, 10> kDates = {"article:published_time",
                                                              "datepublished",
                                                              "date",
                                                              "pubdate",
                                                              "publishdate",
                                                              "dc.date",
                                                              "dc.date.issued",
                                                              "sailthru.date",
                                                              "parsely-pub-date",
                                                              "og:published_time"};
  if (m->published.empty() && std::find(kDates.begin(), kDates.end(), key) != kDates.end())
    m->published = v;
}

// One pass over the whole page for metadata.
void ReadPageMeta(const xmlNode* n, int depth, PageMeta* m) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (Is(c, "meta")) {
      ReadMetaTag(c, m);
    } else if (Is(c, "link") && Lower(Attr(c, "rel")) == "canonical" && m->canonical.empty()) {
      m->canonical = Attr(c, "href");
    } else if (Is(c, "title") && m->title.empty()) {
      m->title = NodeText(c);
    } else if (Is(c, "h1") && m->h1.empty()) {
      m->h1 = NodeText(c);
    } else if (Is(c, "time") && m->time_attr.empty()) {
      m->time_attr = Attr(c, "datetime");
    } else if (Is(c, "figcaption") && m->captions.size() < 50) {
      std::string t = NodeText(c);
      if (!t.empty()) m->captions.push_back(std::move(t));
    } else if (Is(c, "script") && Lower(Attr(c, "type")) == "application/ld+json") {
      std::string js = NodeText(c);
      if (m->ld_published.empty()) m->ld_published = JsonLdString(js, "datePublished");
      if (m->ld_headline.empty()) m->ld_headline = JsonLdString(js, "headline");
    }
    if (c->children) ReadPageMeta(c->children, depth + 1, m);
  }
}

// "<title>Story | Site</title>" -> "Story" when the tail is the site's name (or short).
std::string CleanTitle(std::string t, const std::string& site) {
  for (std::string_view sep : {" | ", " - ", " – ", " — "}) {
    size_t at = t.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    std::string tail = t.substr(at + sep.size());
    size_t words = std::count(tail.begin(), tail.end(), ' ') + 1;
    if ((!site.empty() && Lower(tail) == Lower(site)) || (site.empty() && words <= 3)) {
      t.resize(at);
      break;
    }
  }
  return t;
}

// ---- body -------------------------------------------------------------------------

size_t ParagraphBytes(const xmlNode* n, int depth) {
  if (depth > kMaxDepth) return 0;
  size_t total = 0;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || Skipped(c)) continue;
    total += Is(c, "p") ? NodeText(c).size() : ParagraphBytes(c, depth + 1);
  }
  return total;
}

// The element holding the story: the <article> with the most paragraph text, else <main>,
// else <body>, else the root.
const xmlNode* Container(const xmlNode* root) {
  const xmlNode* best = nullptr;
  size_t best_bytes = 0;
  const xmlNode* main = nullptr;
  const xmlNode* body = nullptr;
  std::vector<std::pair<const xmlNode*, int>> todo = {{root, 0}};
  while (!todo.empty()) {
    auto [n, depth] = todo.back();
    todo.pop_back();
    if (n->type != XML_ELEMENT_NODE || depth > kMaxDepth) continue;
    if (Is(n, "article")) {
      size_t bytes = ParagraphBytes(n, 0);
      if (bytes > best_bytes) {
        best = n;
        best_bytes = bytes;
      }
      continue;  // an <article> inside an <article>: the outer one holds it
    }
    if (Is(n, "main") && !main) main = n;
    if (Is(n, "body") && !body) body = n;
    for (const xmlNode* c = n->children; c; c = c->next) todo.push_back({c, depth + 1});
  }
  if (best) return best;
  if (main) return main;
  return body ? body : root;
}

struct Block {
  std::string text;
  std::vector<Link> links;
  size_t link_bytes = 0;
};

// Paragraph-level blocks under n, in document order.
void CollectBlocks(const xmlNode* n, int depth, std::vector<Block>* out) {
  if (depth > kMaxDepth || out->size() >= kMaxParagraphs) return;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || Skipped(c)) continue;
    // A block that holds other blocks (<blockquote><p>, <li><p>) is walked, not taken whole.
    bool has_block_child = false;
    for (const xmlNode* k = c->children; k && !has_block_child; k = k->next)
      has_block_child = IsBlock(k) || Is(k, "div") || Is(k, "ul") || Is(k, "ol");
    if (IsBlock(c) && !has_block_child) {
      Inline in;
      in.Add(c, depth + 1);
      if (!in.text().empty())
        out->push_back({std::move(in.text()), std::move(in.links()), in.link_bytes()});
    } else {
      CollectBlocks(c, depth + 1, out);
    }
  }
}

bool Furniture(const Block& b) {
  static constexpr std::array<std::string_view, 8> kPhrases = {
      "advertisement", "story continues below advertisement",
      "read more",     "share this article",
      "sign up",       "subscribe",
      "related",       "click here"};
  std::string t = Lower(b.text);
  if (std::find(kPhrases.begin(), kPhrases.end(), t) != kPhrases.end()) return true;
  // Mostly link text and short: a navigation or "related stories" line.
  size_t words = std::count(b.text.begin(), b.text.end(), ' ') + 1;
  return b.link_bytes * 10 >= b.text.size() * 8 && words < 12;
}

// Joins the blocks into the body; links keep spans into it. Link-only lines go to related.
std::string BuildBody(std::vector<Block> blocks, ArticleMeta* meta) {
  std::string body;
  for (Block& b : blocks) {
    if (Furniture(b)) {
      for (Link& l : b.links)
        if (!l.url.empty() && meta->related.size() < 100)
          meta->related.push_back({l.anchor, l.url, {}});
      continue;
    }
    if (!body.empty()) body += "\n\n";
    uint32_t base = static_cast<uint32_t>(body.size());
    body += b.text;
    for (Link& l : b.links) {
      l.span = Span{l.span->begin + base, l.span->end + base};
      meta->links.push_back(std::move(l));
    }
  }
  return body;
}

void FillMeta(const PageMeta& pm, ArticleMeta* meta) {
  meta->url = !pm.canonical.empty() ? pm.canonical : pm.og_url;
  meta->outlet = OutletFromUrl(meta->url);
  if (meta->outlet.empty()) meta->outlet = pm.site_name;
  if (!pm.og_title.empty()) {
    meta->title = pm.og_title;
  } else if (!pm.ld_headline.empty()) {
    meta->title = pm.ld_headline;
  } else if (!pm.title.empty()) {
    meta->title = CleanTitle(pm.title, pm.site_name);
  } else {
    meta->title = pm.h1;
  }
  for (const std::string* d : {&pm.published, &pm.ld_published, &pm.time_attr}) {
    if (d->empty()) continue;
    meta->published_raw = *d;
    meta->published = time::NormalizeDate(*d).value_or("");
    if (!meta->published.empty()) break;
  }
  if (!pm.author.empty()) meta->authors.push_back(pm.author);
  for (const std::string& c : pm.captions) meta->captions.push_back({c, ""});
}

// Metadata strings come from the page: valid UTF-8, one line, bounded.
void SanitizeMeta(ArticleMeta* m) {
  auto clean = [](std::string* s) {
    std::string t = utf8::Sanitize(*s, nullptr);
    for (char& c : t)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (t.size() > 2000) {
      size_t cut = 2000;
      while (cut > 0 && !utf8::IsBoundaryByte(static_cast<unsigned char>(t[cut]))) --cut;
      t.resize(cut);
    }
    *s = std::move(t);
  };
  for (std::string* s : {&m->url, &m->outlet, &m->title, &m->published_raw}) clean(s);
  for (std::string& a : m->authors) clean(&a);
  for (Caption& c : m->captions) clean(&c.text);
  for (Link& l : m->links) clean(&l.url);
  for (Link& l : m->related) {
    clean(&l.url);
    clean(&l.anchor);
  }
}

}  // namespace

bool LooksLikeHtml(std::string_view raw) {
  if (raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);
  size_t i = raw.find_first_not_of(" \t\r\n\f\v");
  if (i == std::string_view::npos) return false;
  std::string head = Lower(std::string(raw.substr(i, 64)));
  if (head.starts_with("<?xml")) {
    size_t end = raw.find("?>", i);
    if (end == std::string_view::npos) return false;
    return LooksLikeHtml(raw.substr(end + 2));
  }
  for (std::string_view open : {"<!doctype html", "<html", "<head", "<body", "<!--"})
    if (head.starts_with(open)) return open != "<!--" || head.find("<html") != std::string::npos;
  return false;
}

ReadItem ParseArticleHtml(std::string_view raw, std::string id, const ReaderOptions& options) {
  ReadItem item;
  item.id = id;
  item.error = RawArticleError(raw, options);
  if (!item.error.empty()) return item;
  InitLibxml();
  xmlSetStructuredErrorFunc(nullptr, IgnoreErrors);  // per thread in libxml2
  std::unique_ptr<xmlDoc, DocFree> doc(htmlReadMemory(
      raw.data(), static_cast<int>(raw.size()), nullptr, nullptr,
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) {
    item.error = "not an HTML page (nothing could be parsed)";
    return item;
  }
  PageMeta pm;
  ReadPageMeta(root, 0, &pm);
  ArticleMeta meta;
  meta.id = std::move(id);
  FillMeta(pm, &meta);
  std::vector<Block> blocks;
  CollectBlocks(Container(root), 0, &blocks);
  std::string body = BuildBody(std::move(blocks), &meta);
  if (!utf8::IsValid(body)) {
    // libxml2 converts to UTF-8; a page that lied about its charset can still leave bad bytes.
    // Spans are byte offsets: links are dropped rather than shifted.
    size_t replaced = 0;
    body = utf8::Sanitize(body, &replaced);
    meta.links.clear();
    meta.warnings.push_back("replaced " + std::to_string(replaced) +
                            " invalid UTF-8 bytes with U+FFFD");
  }
  if (options.mask_hover_cards) MaskPageFurniture(body, &meta);
  SanitizeMeta(&meta);
  for (Link& l : meta.links) l.anchor = body.substr(l.span->begin, l.span->end - l.span->begin);
  if (body.empty()) {
    item.error = "no body text (no paragraphs found in the page)";
    return item;
  }
  item.doc.emplace(std::move(body), std::move(meta));
  return item;
}

}  // namespace newsgraph::ingest
