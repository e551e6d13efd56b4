// Extract: the rule engine that finds quotations in raw text.
//
// Direct quotes are paired quote marks (several sentences, several paragraphs
// when a paragraph that leaves a quote open is followed by one that opens with
// a quote mark), attributed by a cue verb and a speaker noun phrase after the
// quote ("…," he said), before it (X said: "…"), or inherited from the quote
// before (a floating quote). Indirect quotes are clauses framed by a cue verb
// ("X said (that) …", "…, X said", "according to X, …"). Short quoted terms
// become partials of the quote that contains them, never quotes of their own.
//
// Extract() is a pure function of its inputs; a CueScorer is immutable and
// may be shared across threads.
#ifndef NEWSGRAPH_QUOTES_EXTRACT_H_
#define NEWSGRAPH_QUOTES_EXTRACT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/document.h"
#include "quotes/lexicon.h"
#include "quotes/scan.h"

namespace newsgraph::quotes {

struct ExtractOptions {
  size_t max_quote_paragraphs = 8;     // a quote continued over more paragraphs is cut there
  size_t min_direct_words = 4;         // shorter quoted segments are partials (scare quotes)
  size_t attribution_window = 12;      // tokens searched for a cue beside a direct quote
  size_t max_np_tokens = 9;            // a speaker noun phrase is at most this long
  size_t max_quotes = 4000;            // per document
  size_t floating_paragraphs = 2;      // a floating quote inherits from this many paragraphs back
  bool indirect = true;                // reported speech
  bool nested = false;                 // look for attributions inside reported content
  bool other_cues = true;              // attitude cues (believe, want, show) for indirect quotes
  float min_cue_score = 0.3f;          // learned cue probability needed for an indirect cue
  float min_cue_count = 3;             // learned forms seen fewer times fall back to the lexicon
  float min_clausal_cue_score = 0.1f;  // the same, for a verb with a clausal complement
};

// Learned per-form cue statistics: P(form is an attribution cue) in training
// data, and how many times the form was seen.
struct CueStat {
  float p = 0;
  float n = 0;
};

// Decides which words are cues. Combines the built-in lexicon with learned
// statistics (empty map: lexicon only).
class CueScorer {
 public:
  CueScorer() = default;
  explicit CueScorer(std::unordered_map<std::string, CueStat> learned)
      : learned_(std::move(learned)) {}

  // The lexicon entry for a form, or nullptr.
  const CueInfo* Lexicon(std::string_view form) const;
  // True when the form can frame reported speech (indirect quotes).
  bool IsIndirectCue(std::string_view form, const ExtractOptions& o) const;
  // The learned probability of a form that was seen often enough, else 0.
  float LearnedP(std::string_view form, const ExtractOptions& o) const;
  // True when the form can attribute a direct quote beside it.
  bool IsDirectCue(std::string_view form) const;
  const std::unordered_map<std::string, CueStat>& learned() const { return learned_; }

 private:
  std::unordered_map<std::string, CueStat> learned_;
};

// Which stage proposed a quote: the rules, a parse frame (frames.h), the cue
// tagger (cue_tagger.h), or the tagger inside an earlier quote's content.
enum class Stage : uint8_t { kRule, kFrame, kTagger, kNested };

struct RawQuote {
  std::string kind;  // direct, indirect, mixed
  Span content;
  std::optional<Span> cue;
  std::optional<Span> cue_word;  // the cue verb itself ("said" in "has said")
  std::string cue_lemma;
  std::optional<Span> source;
  std::optional<Span> addressee;
  std::vector<Span> partials;
  bool floating = false;  // no cue of its own: the speaker was inherited from the quote before
  Stage stage = Stage::kRule;
  // Proposed from the parse (a frame or the cue tagger), not by the rules.
  bool FromParse() const { return stage != Stage::kRule; }
};

// Merges `added` (sorted by content start) into *quotes, whose own order is kept: each added
// quote goes before the first quote whose content starts after it.
void MergeByContentStart(std::vector<RawQuote> added, std::vector<RawQuote>* quotes);

// Whether some quote's content or cue overlaps span s; `except`, when given, is not
// looked at (the quote the span is measured from).
bool AnyQuoteTouches(const std::vector<RawQuote>& quotes, const Span& s,
                     const RawQuote* except = nullptr);

// Whether token t starts with a letter or digit (any non-ASCII byte counts as a letter).
bool IsWordToken(const Document& doc, size_t t);

// Byte offsets (sorted) where the syntax layer says a word is not a verb
// (NOUN, ADJ, ...): such words are never cues ("calls for unity", "talks").
// Empty when there is no syntax layer.
using NonVerbOffsets = std::vector<uint32_t>;

// Byte offsets (sorted) of verbs the parse gives a clausal complement
// (ccomp/xcomp): weaker learned cues are accepted there ("X worries that …").
using ClausalVerbOffsets = std::vector<uint32_t>;

std::vector<RawQuote> Extract(std::string_view text, const CueScorer& cues,
                              const ExtractOptions& options, const NonVerbOffsets& non_verbs = {},
                              const ClausalVerbOffsets& clausal = {});

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_EXTRACT_H_
