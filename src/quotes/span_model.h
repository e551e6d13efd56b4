// Span models: learned decisions on where the cue, the source and the
// content of a quote begin and end, given the quote the rules found
// (rules.h) and the dependency parse.
//
// For each role the candidates are the token boundaries near the rule span
// (content: up to 6 tokens before to 12 after its start, 30 either side of
// its end; cue: 4 before to 6 after; source: 5 before to 8 after), in the
// sentence, never over another role's span; a Ranker picks the start, then
// another picks the end given the start. A boundary that shrinks the rule
// span must beat the rule boundary by SpanModels::margin(role). Roles are refined
// in the order content, cue, source; content of direct quotes and content
// around its cue are left to the rules. Content after its cue may also start
// before the source (PolNeAR scores discontinuous content by its overall
// extent: "that Clinton talked about criminal justice reform").
//
// Features: words, POS and relations at and beside the boundary, how the
// boundary token hangs from the cue word (ccomp, obj, obl, aux, ...),
// whether the span is a closed parse subtree, entity mention edges, distance
// to the rule boundary, quote-mark balance, cue lemma. PolNeAR's conventions
// ("that" in, trailing participles out, adverbs in the cue, titles in the
// source) come from training.
//
// Pure functions over an immutable Document and immutable models.
#ifndef NEWSGRAPH_QUOTES_SPAN_MODEL_H_
#define NEWSGRAPH_QUOTES_SPAN_MODEL_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "quotes/extract.h"
#include "quotes/ranker.h"
#include "quotes/refine.h"

namespace newsgraph::quotes {

enum class Role : uint8_t { kCue = 0, kSource = 1, kContent = 2 };
inline constexpr int kRoles = 3;
const char* RoleName(Role r);

// The begin and end rankers of one role; empty ones leave the rule span.
struct RoleRankers {
  Ranker begin, end;
  bool empty() const { return begin.empty() || end.empty(); }
};

struct SpanModels {
  std::array<RoleRankers, kRoles> roles;
  // A boundary moves off the rule's only when the best candidate outscores
  // the rule candidate by more than this, per role (tuned on PolNeAR dev;
  // model format 2 stores one margin for all roles).
  std::array<float, kRoles> margins = {0, 0, 0};
  float margin(Role r) const { return margins[static_cast<int>(r)]; }
  RoleRankers& at(Role r) { return roles[static_cast<int>(r)]; }
  const RoleRankers& at(Role r) const { return roles[static_cast<int>(r)]; }
  bool empty() const {
    for (const RoleRankers& r : roles)
      if (!r.empty()) return false;
    return true;
  }
};

// The span without the characters the PolNeAR scorer ignores at either end
// (white space, no-break space, quote marks, "," and ".").
Span TrimSpan(std::string_view text, Span s);

// Replaces the cue, source and content spans of q by the models' choices
// (partials outside the content are dropped). Each role is a no-op without
// its rankers, without a usable parse, or where the rules' spans do not fit
// the frame (content of direct quotes, content around its cue).
void RefineSpans(const Document& doc, const SubtreeEdges& edges, const SpanModels& models,
                 RawQuote* q);

// RefineSpans on every quote; when the content ranker cut off a trailing
// clause that opens with a participle or a coordinated verb ("…, promising
// to lift …", "… and referred to …"), that clause becomes a quote of its own
// right after its parent, with the same source.
void RefineQuotes(const Document& doc, const SubtreeEdges& edges, const SpanModels& models,
                  std::vector<RawQuote>* quotes);

// Facts about the tokens of [lo, hi) that the span features read for every
// candidate boundary, computed once per frame (exposed for tests). Outside
// the range the answers are computed from the document directly.
class TokenFacts {
 public:
  TokenFacts(const Document& doc, int lo, int hi);
  // The token's UPOS is "PUNCT" (false outside the document).
  bool Punct(int i) const { return i >= lo_ && i < hi_ ? punct_[i - lo_] != 0 : PunctOutside(i); }
  // +1 per token “ and -1 per token ” in [b, e].
  int QuoteBalance(int b, int e) const;
  // The last token t <= hi that is not punctuation (tokens outside the
  // document count as not punctuation), or -1.
  int LastWordAtOrBefore(int hi) const;

 private:
  static int Mark(std::string_view s);
  bool PunctOutside(int i) const;
  const Document& doc_;
  int lo_, hi_;
  std::vector<uint8_t> punct_;  // tokens lo_ .. hi_ - 1
  std::vector<int> balance_;    // balance_[k]: marks of tokens lo_ .. lo_ + k - 1
};

// For the spans [b, e], every e in [b, hi] (hi < the number of tokens, the
// document parsed): out_heads[e - b] counts the tokens of [b, e] that are not
// punctuation and whose head lies outside it, dangling[e - b] those of
// (e, hi] whose head lies inside it. Linear in hi - b (a scan per span is
// quadratic over the ends of one begin).
struct ClosureCounts {
  std::vector<int> out_heads, dangling;
};
ClosureCounts CountClosures(const Document& doc, const TokenFacts& facts, int b, int hi);

// One training example: candidate features and the index of the gold one.
struct RankExample {
  std::vector<FeatureVec> candidates;
  int truth = -1;
};

// The begin and end examples of one role of a rule quote whose gold span of
// that role (trimmed, in bytes) is `gold`. The truth is the gold boundary,
// or for the content the candidate nearest to it when it is not one; the end
// example is built from that begin. Each is unset when the quote has no
// frame for the role or there is a single candidate.
struct RoleExamples {
  std::optional<RankExample> begin;
  std::optional<RankExample> end;
};
RoleExamples RoleExamplesFor(const Document& doc, const SubtreeEdges& edges, const RawQuote& q,
                             Role role, Span gold);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_SPAN_MODEL_H_
