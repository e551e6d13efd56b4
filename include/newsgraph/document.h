// Document: one article, its immutable text, its metadata, and the annotation
// layers that the pipeline stages add.
//
// THE SPAN INVARIANT. Every annotation is a Span of *byte* offsets
// [begin, end) into Document::text(). For any span s of a document d:
//     s.begin <= s.end <= d.text().size()
// and both ends fall on UTF-8 code-point boundaries, so that
//     d.text().substr(s.begin, s.end - s.begin)
// is the surface string of the annotation. The text is valid UTF-8 (readers
// reject or replace invalid bytes before a Document exists), so code-point
// offsets, which SCHEMA.md requires at output, are derived at output time only
// (see OffsetMap in src/core/offsets.h). CheckSpans() verifies all of this.
//
// Ownership and threads: a Document is owned by one worker at a time. Stages
// add layers; none of them changes text().
//
// MASKED BYTES. meta.masked lists byte ranges of the text that analysis must
// not read (The Hill's hover cards, src/ingest/hover_card.h). While a
// MaskedText is alive (Pipeline::Process holds one around the stages), text()
// is a same-length copy with those bytes blanked, so every offset is the same
// in both; once it ends, text() is the original again, and output reads it.
#ifndef NEWSGRAPH_DOCUMENT_H_
#define NEWSGRAPH_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end == begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span& a, const Span& b) {
    return a.begin == b.begin && a.end == b.end;
  }
};

// ---- metadata (filled by readers) -------------------------------------

struct Caption {
  std::string text;    // caption without its credit
  std::string credit;  // "Andriy Dubchak / AP / TASS"
};

struct Link {
  std::string anchor;  // anchor text
  std::string url;     // may be empty (scraped markup often drops it)
  std::optional<Span> span;  // where the anchor text stands in the body, if it does
};

struct ArticleMeta {
  std::string id;
  std::string url;
  std::string outlet;     // domain of url ("themoscowtimes.com") or a given source name
  std::string title;
  std::string published;  // ISO 8601 date "YYYY-MM-DD" or empty when unknown
  std::string published_raw;  // as found in the input
  std::vector<std::string> authors;
  std::vector<Caption> captions;
  std::vector<Link> links;    // inline links in the body
  std::vector<Link> related;  // "Related article:" lines, not body text
  std::vector<std::string> credits;  // wire credits: "AFP contributed reporting."
  std::vector<std::string> warnings;  // non-fatal reader notes (e.g. replaced bytes)
  std::vector<Span> masked;           // byte ranges analysis must not read (see MASKED BYTES above)
  std::string source_name;  // file the article came from, for diagnostics
  std::string meta_json;    // unknown input fields, raw JSON object (--keep-meta)
};

// ---- text layers (src/text) --------------------------------------------

enum class TokenKind : uint8_t {
  kWord,
  kNumber,
  kPunct,
  kSymbol,
  kUrl,
  kEmail,
  kOther,
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  bool space_after = true;  // whitespace follows in the text
};

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // [token_begin, token_end) into Document::tokens
  uint32_t token_end = 0;
  uint32_t paragraph = 0;    // index into Document::paragraphs
};

// ---- syntax layer (src/syntax), parallel to tokens ------------------------

struct TokenSyntax {
  std::string upos;    // UD universal POS ("PROPN")
  std::string xpos;    // Penn tag ("NNP")
  std::string lemma;
  int32_t head = -1;   // document token index of the head; -1 for the root
  std::string deprel;  // UD relation ("nsubj", "obl:tmod", "root")
};

// ---- entities (src/entities) ---------------------------------------------

enum class MentionKind : uint8_t { kName, kTitle, kPronoun, kMetonym, kNominal };

struct ActorRef {
  std::string code;    // "FRA", "EUR", "NAT"
  std::string sector;  // PLOVER sector: "GOV", "MIL", ... (may be empty)
  std::string kb;      // knowledge-base id ("emmanuel-macron"), may be empty
  std::string role;    // "president", may be empty
};

struct Mention {
  Span span;
  MentionKind kind = MentionKind::kName;
  std::string type;         // PERSON, ORG, GPE, LOC, NORP, ...
  int32_t entity = -1;      // index into Document::entities
  uint32_t sentence = 0;
  std::optional<Span> role; // title words before a name ("French President")
};

struct Entity {
  std::string id;    // "e1"
  std::string type;
  std::string name;  // canonical name
  std::optional<ActorRef> actor;
  std::vector<uint32_t> mentions;  // indices into Document::mentions
  // 'm' / 'f' for a person when its name, title or the knowledge base says so (not from the
  // pronouns linked to it); not in the output.
  char gender = 0;
};

// ---- time (src/time) -----------------------------------------------------

struct TimeExpr {
  Span span;
  std::string value;      // ISO date of the period start, empty = unresolved (null)
  std::string precision;  // day, week, month, year
  std::string direction;  // past, future, present
  uint32_t sentence = 0;
};

// ---- quotes (src/quotes) ---------------------------------------------------

struct Quote {
  std::string id;    // "q1"
  std::string kind;  // direct, indirect, mixed
  Span content;
  std::optional<Span> cue;
  std::string cue_lemma;
  std::optional<Span> source;
  int32_t speaker = -1;    // entity index or -1
  int32_t addressee = -1;  // entity index or -1
  std::vector<Span> partials;  // quoted fragments inside a mixed quote
  uint32_t sentence = 0;       // sentence of the content start
};

// ---- events (src/events) ---------------------------------------------------

struct EventArg {
  int32_t entity = -1;
  std::string code;
  std::string sector;
  std::string name;
  std::optional<Span> span;
};

struct Location {
  std::string name;
  std::string country;
  double lat = 0;
  double lon = 0;
  bool has_coords = false;
};

struct Event {
  std::string id;    // "v1"
  std::string type;  // PLOVER type
  std::string mode;
  std::vector<std::string> context;
  std::string cameo;
  std::vector<EventArg> actor;
  std::vector<EventArg> recipient;
  std::string date;            // ISO or empty (null)
  std::string date_precision;  // day, week, month, year
  std::optional<Span> date_span;
  std::string modality;        // asserted, future, hypothetical, negated, historical
  std::optional<Location> location;
  Span trigger;
  uint32_t sentence = 0;
  int32_t quote = -1;  // index into Document::quotes or -1
};

// ---- the document ------------------------------------------------------------

class Document {
 public:
  friend class MaskedText;
  Document() = default;
  Document(std::string text, ArticleMeta m) : meta(std::move(m)), text_(std::move(text)) {}

  // The article text; the masked copy while a MaskedText is alive.
  const std::string& text() const { return text_; }
  std::string_view Surface(Span s) const {
    return std::string_view(text_).substr(s.begin, s.end - s.begin);
  }

  ArticleMeta meta;

  std::vector<Span> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<TokenSyntax> syntax;  // empty, or one per token
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<TimeExpr> times;
  std::vector<Quote> quotes;
  std::vector<Event> events;

 private:
  std::string text_;
};

// Checks the span invariant on every layer. Returns the first violation.
Status CheckSpans(const Document& doc);

// text with every byte of the masked ranges replaced by an ASCII space, except
// '\n' (paragraphs stay as they are): same length, same offsets. A range is
// clipped to the text and to whole UTF-8 characters (its start moves forward,
// its end forward), so valid UTF-8 stays valid.
std::string MaskBytes(std::string_view text, const std::vector<Span>& masked);

// For its lifetime, doc->text() is MaskBytes(original, doc->meta.masked); the
// original is back when it ends. Nothing to do when meta.masked is empty.
class MaskedText {
 public:
  explicit MaskedText(Document* doc);
  ~MaskedText();
  MaskedText(const MaskedText&) = delete;
  MaskedText& operator=(const MaskedText&) = delete;

 private:
  Document* doc_;
  std::string original_;
  bool active_ = false;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_DOCUMENT_H_
