#include "quotes/conventions.h"

#include <algorithm>
#include <optional>
#include <string>

#include "quotes/token_at.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

bool IsContraction(std::string_view w) {
  for (std::string_view c :
       {"'s", "\u2019s", "'ve", "\u2019ve", "'re", "\u2019re", "'m", "\u2019m", "'d", "\u2019d"})
    if (w == c) return true;
  return false;
}

// "He's predicting": the contraction glued to the word before it.
void TakeContraction(const Document& doc, RawQuote* q) {
  int c = TokenStartingAt(doc, q->cue->begin);
  if (c <= 1) return;
  const Token& aux = doc.tokens[c - 1];
  if (doc.syntax[c - 1].upos != "AUX" || !IsContraction(doc.Surface(aux.span))) return;
  if (doc.tokens[c - 2].span.end != aux.span.begin) return;  // glued to its host
  if (q->source && q->source->end > aux.span.begin) return;
  q->cue->begin = aux.span.begin;
}

// True for a word that PolNeAR puts in the cue when it stands right before
// the cue word: an auxiliary, an adverb of the verb ("has [long] said", "is
// [widely] expected", "do [not] want", "[now] says") or the "to" of an
// infinitive ("[to] explain"). PolNeAR train, the word right before our cue:
// "to" 79 of 84 in gold's cue, now 32 / 36, long 14 / 14, not 13 / 14,
// widely 10 / 10. Wh-words and connective adverbs stay out ("[also] said":
// gold leaves "also" out of 12 of our cues that held it, "then" 7).
bool JoinsVerbGroup(const Document& doc, int t) {
  const TokenSyntax& x = doc.syntax[t];
  if (x.deprel == "aux" || x.deprel == "aux:pass") return true;
  const std::string w = syntax::LowerAscii(doc.Surface(doc.tokens[t].span));
  if (x.deprel == "mark") return w == "to";
  if (x.deprel != "advmod" || (x.upos != "ADV" && x.upos != "PART")) return false;
  static constexpr std::string_view kOut[] = {"also", "then", "when", "where",   "how",
                                              "why",  "as",   "so",   "instead", "however"};
  return std::find(std::begin(kOut), std::end(kOut), w) == std::end(kOut);
}

// "has long said" -> the cue takes the auxiliaries, adverbs and "to" right
// before it (at most 4 words, only spaces between them, never a word of the
// source or the content).
void TakeVerbGroup(const Document& doc, RawQuote* q) {
  int c = TokenStartingAt(doc, q->cue->begin);
  for (int k = 0; k < 4 && c > 0; ++k) {
    const Span& prev = doc.tokens[c - 1].span;
    std::string_view gap = doc.Surface(Span{prev.end, q->cue->begin});
    if (gap.find_first_not_of(" \t\r\n") != std::string_view::npos) return;
    for (const std::optional<Span>& r : {q->source, std::optional<Span>(q->content)})
      if (r && r->Overlaps(prev)) return;
    if (!JoinsVerbGroup(doc, c - 1)) return;
    q->cue->begin = prev.begin;
    --c;
  }
}

// "went on [to discuss] polls" -> cue "went on to discuss", content "polls".
void TakeCatenativeVerb(const Document& doc, RawQuote* q) {
  int last = TokenEndingAt(doc, q->cue->end);
  int to = TokenStartingAt(doc, q->content.begin);
  int n = static_cast<int>(doc.tokens.size());
  if (last < 0 || to < 0 || to + 2 >= n || to <= last) return;
  // The cue word, or for "went on" the verb before the particle.
  int word = last;
  if (doc.syntax[last].upos == "ADP" && last > 0 && doc.syntax[last - 1].lemma == "go") --word;
  const std::string& lemma = doc.syntax[word].lemma;
  if (!IsCatenativeCue(lemma == "go" && word != last ? "go on" : lemma)) return;
  if (syntax::LowerAscii(doc.Surface(doc.tokens[to].span)) != "to") return;
  int verb = to + 1;
  if (doc.syntax[verb].upos != "VERB" || doc.syntax[to].head != verb) return;
  if (doc.tokens[verb + 1].span.begin >= q->content.end) return;  // nothing would be left
  q->cue->end = doc.tokens[verb].span.end;
  q->content.begin = doc.tokens[verb + 1].span.begin;
  std::vector<Span> kept;
  for (const Span& p : q->partials)
    if (q->content.Contains(p)) kept.push_back(p);
  q->partials = std::move(kept);
}

// The sentence-initial connectives that PolNeAR leaves out of a content
// opening its sentence (train: "And" 14 out / 8 in, "Still," 7 / 1,
// "However," 4 / 0; "But" 54 / 22 is left to the span rankers, which learnt
// it; "Instead," 0 / 5 and "Now," 1 / 4 stay in). Words that need a comma
// after them to be a connective ("Still" can be an adjective) carry it.
int ConnectiveLength(const Document& doc, int t, int end) {
  static constexpr std::string_view kOne[] = {"and", "however"};
  static constexpr std::string_view kComma[] = {"however",  "still",       "indeed", "meanwhile",
                                                "moreover", "furthermore", "also",   "plus"};
  static constexpr std::string_view kTwo[][2] = {
      {"in", "addition"}, {"for", "instance"}, {"for", "example"}, {"even", "so"}};
  auto word = [&](int i) {
    return i < end ? syntax::LowerAscii(doc.Surface(doc.tokens[i].span)) : std::string();
  };
  const std::string w = word(t);
  const bool comma1 = word(t + 1) == ",";
  for (std::string_view c : kComma)
    if (w == c && comma1) return 2;
  // "And, he said, it …": a comma after it opens a middle attribution.
  const bool word1 = t + 1 < end && doc.syntax[t + 1].upos != "PUNCT";
  for (std::string_view c : kOne)
    if (w == c && word1) return 1;
  for (const auto& c : kTwo)
    if (w == c[0] && word(t + 1) == c[1] && word(t + 2) == ",") return 3;
  return 0;
}

// Index of the sentence holding token t (sentences ordered by tokens).
const Sentence* SentenceOfToken(const Document& doc, int t) {
  auto it = std::upper_bound(
      doc.sentences.begin(), doc.sentences.end(), t,
      [](int x, const Sentence& s) { return x < static_cast<int>(s.token_begin); });
  if (it == doc.sentences.begin()) return nullptr;
  --it;
  return t < static_cast<int>(it->token_end) ? &*it : nullptr;
}

}  // namespace

void DropLeadingConnective(const Document& doc, RawQuote* q) {
  if (q->kind == "direct") return;
  int t = TokenStartingAt(doc, q->content.begin);
  if (t < 0) return;
  const Sentence* s = SentenceOfToken(doc, t);
  if (s == nullptr || static_cast<int>(s->token_begin) != t) return;
  int n = ConnectiveLength(doc, t, static_cast<int>(s->token_end));
  int first = t + n;
  // At least two words must be left, and the cue must not be among the
  // connective's words.
  if (n == 0 || first + 1 >= static_cast<int>(s->token_end)) return;
  if (doc.tokens[first + 1].span.end > q->content.end) return;
  const uint32_t cut = doc.tokens[first].span.begin;
  for (const std::optional<Span>& r : {q->cue, q->source})
    if (r && r->begin < cut && r->end > q->content.begin) return;
  q->content.begin = doc.tokens[first].span.begin;
  std::vector<Span> kept;
  for (const Span& p : q->partials)
    if (q->content.Contains(p)) kept.push_back(p);
  q->partials = std::move(kept);
}

namespace {

// The words that open a clause PolNeAR leaves out of the content after a
// postposed attribution ("…, he said, as they bristled …", "…, said X, who
// …") or that start the source's appositive instead of the content.
bool OpensOtherClause(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "as",        "after", "when",  "while",     "because", "before", "since", "although",
      "though",    "until", "if",    "according", "who",     "which",  "but",   "and",
      "or",        "so",    "where", "with",      "in",      "on",     "at",    "for",
      "to",        "by",    "from",  "during",    "despite", "than",   "whose", "whom",
      "including", "even",  "a",     "an",        "the"};
  if (w.size() > 4 && w.substr(w.size() - 3) == "ing") return true;
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// The end of the clause after ", " that follows byte `from` up to `end`
// (closing punctuation and quote marks left out), or 0 when there is none of
// at least three words opening with a content word.
uint32_t ClauseAfterComma(const Document& doc, uint32_t from, uint32_t end) {
  std::string_view rest = std::string_view(doc.text()).substr(from, end - from);
  size_t i = rest.find_first_not_of(' ');
  if (i == std::string_view::npos || rest[i] != ',') return 0;
  i = rest.find_first_not_of(' ', i + 1);
  if (i == std::string_view::npos || rest.find('\n', i) != std::string_view::npos) return 0;
  size_t j = rest.size();
  for (bool trimmed = true; trimmed && j > i;) {
    trimmed = false;
    for (std::string_view t : {" ", ".", "!", "?", "\"", "'", "\u201D", "\u2019"})
      if (j - i >= t.size() && rest.substr(j - t.size(), t.size()) == t) {
        j -= t.size();
        trimmed = true;
      }
  }
  std::string_view tail = rest.substr(i, j - i);
  if (std::count(tail.begin(), tail.end(), ' ') < 2) return 0;
  if (OpensOtherClause(syntax::LowerAscii(tail.substr(0, tail.find(' '))))) return 0;
  return from + static_cast<uint32_t>(j);
}

}  // namespace

void TakeClauseAfterMiddleAttribution(const Document& doc, std::vector<RawQuote>* quotes) {
  for (RawQuote& q : *quotes) {
    if (q.kind == "direct" || !q.cue || !q.source) continue;
    // Source before the cue only: after an inverted "said X" comes X's appositive.
    if (q.content.end > q.source->begin || q.source->end > q.cue->begin) continue;
    if (syntax::LowerAscii(doc.Surface(*q.cue)).rfind("according", 0) == 0) continue;
    const uint32_t last = std::max(q.cue->end, q.source->end);
    auto s = std::find_if(doc.sentences.begin(), doc.sentences.end(), [&](const Sentence& x) {
      return x.span.begin < last && last <= x.span.end;
    });
    if (s == doc.sentences.end()) continue;
    const uint32_t end = ClauseAfterComma(doc, last, s->span.end);
    if (end == 0) continue;
    bool taken = false;
    for (const RawQuote& x : *quotes) taken |= &x != &q && x.content.Overlaps(Span{last, end});
    if (!taken) q.content.end = end;
  }
}

namespace {

// Whether the quote starting at byte b opens its sentence: no verb among the
// words before it there ("But, \"…", not "she went on to say \"…" or "…,
// calling it \"…").
bool OpensItsSentence(const Document& doc, uint32_t b) {
  if (doc.syntax.size() != doc.tokens.size()) return false;
  auto s = std::find_if(doc.sentences.begin(), doc.sentences.end(),
                        [&](const Sentence& x) { return x.span.begin <= b && b < x.span.end; });
  if (s == doc.sentences.end()) return false;
  for (uint32_t t = s->token_begin; t < s->token_end && doc.tokens[t].span.end <= b; ++t)
    if (doc.syntax[t].upos == "VERB" || doc.syntax[t].upos == "AUX") return false;
  return true;
}

}  // namespace

void JoinQuoteAfterAttribution(const Document& doc, std::vector<RawQuote>* quotes) {
  constexpr uint32_t kMaxGap = 320;  // bytes between the two quoted parts
  std::vector<RawQuote>& qs = *quotes;
  for (size_t i = 0; i + 1 < qs.size(); ++i) {
    RawQuote& a = qs[i];
    if (a.kind != "direct" || !a.cue || a.cue->begin < a.content.end) continue;
    // The next quote in text order: a direct one with no cue of its own.
    size_t j = qs.size();
    for (size_t k = 0; k < qs.size(); ++k)
      if (k != i && qs[k].content.begin >= a.content.end &&
          (j == qs.size() || qs[k].content.begin < qs[j].content.begin))
        j = k;
    if (j == qs.size()) continue;
    const RawQuote& b = qs[j];
    if (b.kind != "direct" || b.cue || b.content.begin < a.cue->end ||
        (a.source && b.content.begin < a.source->end) || b.content.begin - a.content.end > kMaxGap)
      continue;
    // One paragraph: no line break between the two parts.
    const Span gap{a.content.end, b.content.begin};
    if (doc.Surface(gap).find('\n') != std::string_view::npos) continue;
    // No other quote's span in the gap (b starts where the gap ends and has no cue).
    if (AnyQuoteTouches(qs, gap, &a) || !OpensItsSentence(doc, b.content.begin)) continue;
    a.content.end = b.content.end;
    for (const Span& p : b.partials) a.partials.push_back(p);
    qs.erase(qs.begin() + static_cast<std::ptrdiff_t>(j));
    if (j < i) --i;
  }
}

bool IsCatenativeCue(std::string_view lemma) {
  static constexpr std::string_view kLemmas[] = {
      "go on",    "continue", "try",  "seem",    "appear", "likely", "tend",
      "struggle", "quick",    "able", "proceed", "effort", "hard"};
  return std::find(std::begin(kLemmas), std::end(kLemmas), lemma) != std::end(kLemmas);
}

void ApplyCueConventions(const Document& doc, const SubtreeEdges& edges, RawQuote* q) {
  if (q->kind == "direct" || !q->cue || q->content.begin < q->cue->end) return;
  TakeContraction(doc, q);
  TakeCatenativeVerb(doc, q);
}

void WidenRaisingSubject(const Document& doc, const SubtreeEdges& edges,
                         const std::vector<RawQuote>& quotes, RawQuote* q) {
  if (q->kind == "direct" || q->source || !q->cue_word || edges.left.size() != doc.tokens.size())
    return;
  if (q->content.begin >= q->cue_word->begin || q->content.end <= q->cue_word->end) return;
  const int c = TokenStartingAt(doc, q->cue_word->begin);
  const int first = TokenStartingAt(doc, q->content.begin);
  if (c < 0 || first < 0) return;
  static constexpr std::string_view kRaising[] = {"seem",    "seems",    "seemed",  "appear",
                                                  "appears", "appeared", "expected"};
  const std::string w = syntax::LowerAscii(doc.Surface(doc.tokens[c].span));
  if (std::find(std::begin(kRaising), std::end(kRaising), w) == std::end(kRaising)) return;
  const Sentence* s = SentenceOfToken(doc, c);
  if (s == nullptr) return;
  for (int k = std::max(static_cast<int>(s->token_begin), c - 40); k < c; ++k) {
    if (doc.syntax[k].head != c || doc.syntax[k].deprel.rfind("nsubj", 0) != 0) continue;
    int b = static_cast<int>(edges.left[k]);
    while (b < k && doc.syntax[b].upos == "PUNCT") ++b;
    // Only a subject that starts earlier, inside the sentence, and whose
    // subtree holds the current start (the rules' noun phrase stopped inside it);
    // not one the parse opens with a preposition, conjunction or adverb ("in
    // 2013 fellow doctors", "but the idea of …": an adjunct hung on it).
    const std::string& up = doc.syntax[b].upos;
    if (up == "ADP" || up == "SCONJ" || up == "CCONJ" || up == "ADV" || up == "PART") return;
    if (b >= first || b < static_cast<int>(s->token_begin) ||
        static_cast<int>(edges.right[k]) < first || static_cast<int>(edges.right[k]) >= c)
      return;
    const Span added{doc.tokens[b].span.begin, q->content.begin};
    for (const RawQuote& x : quotes) {
      if (&x == q) continue;
      if (x.content.Overlaps(added) || (x.cue && x.cue->Overlaps(added)) ||
          (x.source && x.source->Overlaps(added)))
        return;
    }
    std::string_view words = doc.Surface(added);
    for (std::string_view m : {"\"", "\u201C", "\u201D", ":"})
      if (words.find(m) != std::string_view::npos) return;
    q->content.begin = added.begin;
    return;
  }
}

void ApplyCueConventions(const Document& doc, const SubtreeEdges& edges,
                         std::vector<RawQuote>* quotes) {
  if (doc.syntax.size() != doc.tokens.size() || doc.tokens.empty()) return;
  for (RawQuote& q : *quotes) {
    ApplyCueConventions(doc, edges, &q);
    WidenRaisingSubject(doc, edges, *quotes, &q);
    DropLeadingConnective(doc, &q);
    if (q.cue) TakeVerbGroup(doc, &q);
  }
}

}  // namespace newsgraph::quotes
