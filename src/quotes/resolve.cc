#include "quotes/resolve.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "quotes/token_at.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

bool ValidEntity(const Document& doc, int32_t e) {
  return e >= 0 && static_cast<size_t>(e) < doc.entities.size();
}

// The index of the sentence holding byte `pos` (the last one starting at or before it;
// sentences.size() when none does).
uint32_t SentenceAt(const Document& doc, uint32_t pos) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.span.begin; });
  return it == doc.sentences.begin() ? static_cast<uint32_t>(doc.sentences.size())
                                     : static_cast<uint32_t>(it - doc.sentences.begin() - 1);
}

// The paragraph holding byte `pos` (0 when the document has no sentences).
uint32_t ParagraphAt(const Document& doc, uint32_t pos) {
  const uint32_t s = SentenceAt(doc, pos);
  return s < doc.sentences.size() ? doc.sentences[s].paragraph : 0;
}

// The paragraph of mention m: its sentence's (looked up when the sentence index is not one).
uint32_t MentionParagraph(const Document& doc, const Mention& m) {
  return m.sentence < doc.sentences.size() ? doc.sentences[m.sentence].paragraph
                                           : ParagraphAt(doc, m.span.begin);
}

// Whether entity e may be called `pronoun` ("he", "she", "i"): a person of that gender or
// of unknown gender.
bool Agrees(const Document& doc, int32_t e, std::string_view pronoun) {
  const char g = doc.entities[e].gender;
  return doc.entities[e].type == "PERSON" &&
         !((pronoun == "he" && g == 'f') || (pronoun == "she" && g == 'm'));
}

// Last PERSON mentioned before byte `pos`, in its paragraph or the three before, that may be
// called `pronoun`.
int32_t PersonAntecedent(const Document& doc, uint32_t pos, std::string_view pronoun) {
  int32_t best = -1;
  uint32_t best_end = 0;
  const uint32_t paragraph = ParagraphAt(doc, pos);
  for (const Mention& m : doc.mentions) {
    if (m.span.end > pos || !ValidEntity(doc, m.entity)) continue;
    if (MentionParagraph(doc, m) + 3 < paragraph) continue;
    if (m.kind == MentionKind::kPronoun || !Agrees(doc, m.entity, pronoun)) continue;
    if (m.span.end >= best_end) {
      best_end = m.span.end;
      best = m.entity;
    }
  }
  return best;
}

// The first token of the sentence two before the one holding token `t`.
size_t WindowStart(const Document& doc, size_t t) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), t,
                             [](size_t i, const Sentence& s) { return i < s.token_begin; });
  size_t k = static_cast<size_t>(it - doc.sentences.begin());
  if (k == 0) return 0;
  return doc.sentences[k >= 3 ? k - 3 : 0].token_begin;
}

// The named mention (not a pronoun) that holds token t and is of one of the kinds `types`, or
// nullptr.
const Mention* MentionAtToken(const Document& doc, size_t t,
                              std::initializer_list<std::string_view> types) {
  const Span& w = doc.tokens[t].span;
  for (const Mention& m : doc.mentions) {
    if (m.kind == MentionKind::kPronoun || !ValidEntity(doc, m.entity)) continue;
    if (m.span.begin <= w.begin && w.end <= m.span.end &&
        std::find(types.begin(), types.end(), m.type) != types.end())
      return &m;
  }
  return nullptr;
}

// The entity of MentionAtToken, or -1.
int32_t EntityAtToken(const Document& doc, size_t t,
                      std::initializer_list<std::string_view> types) {
  const Mention* m = MentionAtToken(doc, t, types);
  return m ? m->entity : -1;
}

// Dashes as the tokenizer and writers give them (a single "-" aside).
constexpr std::string_view kDashes[] = {"--", "\xE2\x80\x94", "\xE2\x80\x93"};

bool IsDash(std::string_view w) {
  return w == "-" || std::find(std::begin(kDashes), std::end(kDashes), w) != std::end(kDashes);
}

// "they" or "it" as a quote's source stands for the last subject before it (in its sentence
// or the two before) that agrees in number: a plural noun or a coordination for "they", a
// singular noun for "it"; pronoun subjects are passed over. That subject is the speaker when
// a named body holds it: an organisation or a country ("The White House ... It said",
// "Mexico ... It has shown"), for "they" a group of people ("The Saudis claimed ... They also
// said"). Otherwise no one: "Opponents of the law say ... They took", "Kelly and Tillerson
// told her ... They said", a wrong speaker being worse than none.
int32_t GroupAntecedent(const Document& doc, uint32_t pos, bool plural) {
  if (doc.syntax.size() < doc.tokens.size() || doc.tokens.empty()) return -1;
  const int first = TokenAtOrAfter(doc, pos);
  const size_t at = first < 0 ? doc.tokens.size() : static_cast<size_t>(first);
  // At most kBack words back, and a coordination looked for kConj words on: bounded on a
  // 10,000-word sentence.
  constexpr size_t kBack = 512, kConj = 64;
  const size_t lo = std::max(WindowStart(doc, at == doc.tokens.size() ? at - 1 : at),
                             at > kBack ? at - kBack : 0);
  for (size_t t = at; t-- > lo;) {
    const TokenSyntax& s = doc.syntax[t];
    if (s.deprel != "nsubj" && s.deprel != "nsubj:pass") continue;
    if (s.upos == "PRON" || s.upos == "DET") continue;
    bool coordinated = false;
    for (size_t c = t + 1; c < std::min(at, t + kConj) && !coordinated; ++c)
      coordinated = doc.syntax[c].head == static_cast<int>(t) && doc.syntax[c].deprel == "conj";
    bool many = coordinated || s.xpos == "NNS" || s.xpos == "NNPS";
    if (many != plural) continue;
    if (coordinated) return -1;  // persons, or a body and someone else
    return plural ? EntityAtToken(doc, t, {"ORG", "NORP", "GPE"})
                  : EntityAtToken(doc, t, {"ORG", "GPE"});
  }
  return -1;
}

// The word after a possessive mention inside the source ("the president's | advisers"), or
// "" when the mention is not a possessor inside the span.
std::string_view PossessedWord(const Document& doc, const Mention& m, const Span& span) {
  if (m.span.end >= span.end) return {};
  std::string_view rest = std::string_view(doc.text()).substr(m.span.end, span.end - m.span.end);
  // "His deputy chief of staff", "her spokesman": a possessive pronoun.
  if (m.kind == MentionKind::kPronoun && rest.substr(0, 1) == " " &&
      (syntax::LowerAscii(doc.Surface(m.span)) == "his" ||
       syntax::LowerAscii(doc.Surface(m.span)) == "her")) {
    rest.remove_prefix(1);
    return rest.substr(0, rest.find(' '));
  }
  for (std::string_view mark : {"'s ", "\xE2\x80\x99s ", "' ", "\xE2\x80\x99 "}) {
    if (rest.substr(0, mark.size()) != mark) continue;
    rest.remove_prefix(mark.size());
    return rest.substr(0, rest.find(' '));
  }
  return {};
}

std::string_view LastWord(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == ',')) s.remove_suffix(1);
  size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

// Who speaks for the possessor: "Russia's foreign ministry said" is Russia speaking; "the
// president's advisers said" and "officials in Romney's campaign argued" are not the
// president or Romney.
bool SpeaksForPossessor(std::string_view possessed) {
  static constexpr std::string_view kVoices[] = {
      "spokesman", "spokeswoman", "spokesperson", "spokespeople", "office", "ministry",
      "government", "administration", "department", "embassy", "mission", "press", "statement",
      "foreign", "defense", "defence", "state", "interior", "cabinet",
      // What the possessor said or wrote: "Trump's speech", "Comey's testimony".
      "speech", "speeches", "testimony", "report", "tweet", "tweets", "remarks", "comments",
      "letter", "pledge", "campaign", "op-ed", "memo", "book", "interview", "website", "account",
      "agency", "filing", "lawsuit", "complaint", "brief", "motion", "application"};
  std::string w = syntax::LowerAscii(possessed);
  return std::find(std::begin(kVoices), std::end(kVoices), w) != std::end(kVoices);
}

// The quote among the kLook before quote i whose content holds i's source, or -1: "I" in
// "'... I told them so,' Smith said" is Smith.
int32_t EnclosingQuote(const Document& doc, size_t i) {
  constexpr size_t kLook = 64;
  const Span& source = *doc.quotes[i].source;
  for (size_t k = i; k-- > (i > kLook ? i - kLook : 0);)
    if (doc.quotes[k].content.Contains(source)) return static_cast<int32_t>(k);
  return -1;
}

// The subject of `noun` when it is a predicate ("Reid is a Democrat"), else tokens.size().
size_t CopulaSubject(const Document& doc, size_t noun) {
  constexpr size_t kNear = 16;  // a copula and its subject stand near their predicate
  const size_t n = doc.tokens.size();
  const size_t lo = noun > kNear ? noun - kNear : 0, hi = std::min(n, noun + kNear);
  bool copula = false;
  size_t subject = n;
  for (size_t c = lo; c < hi; ++c) {
    if (doc.syntax[c].head != static_cast<int32_t>(noun)) continue;
    if (doc.syntax[c].deprel == "cop") copula = true;
    if (doc.syntax[c].deprel == "nsubj") subject = c;
  }
  return copula ? subject : n;
}

// "a win for Canadian Prime Minister Justin Trudeau, who vowed ...", "Cameron -- who
// announced ...": the name right before the relative "who" or "which" at token t (past one
// comma or dash) is what it stands for, wherever the parse hung the clause; not after "of"
// ("the wife of Senator Roe, who said": the wife) or "and".
int32_t NameBeforeRelative(const Document& doc, size_t t, bool who) {
  // ("the outbreak in New York that has turned ...": "that" is the outbreak's.)
  const std::string relative = syntax::LowerAscii(doc.Surface(doc.tokens[t].span));
  if (t == 0 || (relative != "who" && relative != "which")) return -1;
  size_t k = t - 1;
  auto dash = [&doc](size_t i) { return IsDash(doc.Surface(doc.tokens[i].span)); };
  if (doc.Surface(doc.tokens[k].span) == ",") {
    if (k == 0) return -1;
    --k;
  } else if (dash(k)) {
    // (Not the end of a phrase between dashes: "Mark Penn -- a pollster for Hillary Clinton
    // -- who said".)
    for (size_t i = k; i > 0 && k - i < 24; --i)
      if (dash(i - 1)) return -1;
    if (k == 0) return -1;
    --k;
  }
  const Mention* name =
      who ? MentionAtToken(doc, k, {"PERSON"}) : MentionAtToken(doc, k, {"ORG", "GPE"});
  if (!name) return -1;
  // The word before the name (nor the last of a coordination: "the president and Kushner,
  // who have spent").
  const int first = TokenAtOrAfter(doc, name->span.begin);
  if (first > 0) {
    const std::string w = syntax::LowerAscii(doc.Surface(doc.tokens[first - 1].span));
    if (w == "of" || w == "and" || w == "or") return -1;
  }
  return name->entity;
}

// "X, who said ...": the entity of the noun that the relative clause of the relative pronoun
// at byte `pos` modifies ("who" a person or a body, "which" and "that" a body), or -1.
int32_t RelativeAntecedent(const Document& doc, uint32_t pos, bool who) {
  if (doc.syntax.size() < doc.tokens.size()) return -1;
  const int t = TokenStartingAt(doc, pos);
  if (t < 0) return -1;
  if (const int32_t e = NameBeforeRelative(doc, static_cast<size_t>(t), who); e >= 0) return e;
  const int32_t verb = doc.syntax[t].head;
  if (verb < 0 || static_cast<size_t>(verb) >= doc.tokens.size()) return -1;
  const TokenSyntax& v = doc.syntax[verb];
  if (v.deprel != "acl:relcl" || v.head < 0 || static_cast<size_t>(v.head) >= doc.tokens.size())
    return -1;
  size_t noun = static_cast<size_t>(v.head);
  // "Reid is a Democrat who plans ...": the subject of a predicate noun.
  if (size_t subject = CopulaSubject(doc, noun); subject < doc.tokens.size()) noun = subject;
  return who ? EntityAtToken(doc, noun, {"PERSON", "ORG", "NORP", "GPE"})
             : EntityAtToken(doc, noun, {"ORG", "NORP", "GPE"});
}

// People defined by whom they follow or oppose: "Trump supporters" and "critics of Trump" are
// not Trump.
constexpr std::string_view kNotTheBody[] = {
    "critics",  "opponents", "defenders",  "supporters", "allies",   "rivals",
    "fans",     "voters",    "detractors", "foes",       "backers",  "skeptics",
    "sceptics", "enemies",   "victims",    "donors",     "admirers", "followers"};

// Whether mention m modifies another word of a source ("Some Hagel defenders", "Trump
// aides", "Democratic voters") and so does not speak: a person speaks only through its voices
// ("the Trump campaign", "a Clinton spokesman on Sunday": the word modified or the source's
// last word `head`, as for a possessor), a body or group through its people ("GOP leaders",
// "UAW officials") but not through its supporters or opponents.
bool ModifierNotSpeaker(const Document& doc, const Mention& m, std::string_view head) {
  if (doc.syntax.size() < doc.tokens.size()) return false;
  const int t = TokenEndingAt(doc, m.span.end);
  if (t < 0) return false;
  const TokenSyntax& last = doc.syntax[t];
  if (last.deprel != "compound" && last.deprel != "amod") return false;
  // The word modified ("Clinton | spokesman on Sunday") or the source's last word.
  std::string_view modified;
  if (last.head >= 0 && static_cast<size_t>(last.head) < doc.tokens.size())
    modified = doc.Surface(doc.tokens[last.head].span);
  if (m.type == "PERSON") return !SpeaksForPossessor(modified) && !SpeaksForPossessor(head);
  // A place speaks through its officials, not through one of its people: "the Texas
  // congressman", "the New York Democrat", "a Russian lawyer", "California residents".
  static constexpr std::string_view kOneOfItsPeople[] = {
      "democrat",      "democrats",      "republican", "republicans", "senator",  "congressman",
      "congresswoman", "representative", "governor",   "mayor",       "lawmaker", "legislator",
      "people",        "residents",      "resident",   "citizens",    "adults",   "lawyer",
      "teacher",       "teachers",       "doctor",     "doctors",     "expert",   "experts",
      "hackers",       "plaintiffs",     "insiders",   "native",      "man",      "woman",
      "businessman",   "businesswoman",  "activist",   "activists",   "student",  "students"};
  std::string w = syntax::LowerAscii(head);
  if ((m.type == "GPE" || m.type == "NORP" || m.type == "LOC") &&
      std::find(std::begin(kOneOfItsPeople), std::end(kOneOfItsPeople), w) !=
          std::end(kOneOfItsPeople))
    return true;
  return std::find(std::begin(kNotTheBody), std::end(kNotTheBody), w) != std::end(kNotTheBody);
}

// A direct quote with no attribution of its own that follows the previous quote closely in
// the same paragraph ("...," Ryan protested. "How do I know?") goes on with its speaker.
int32_t ContinuedSpeaker(const Document& doc, size_t i) {
  constexpr uint32_t kGap = 80;  // bytes between the two contents: an attribution at most
  const Quote& q = doc.quotes[i];
  const Quote& p = doc.quotes[i - 1];
  if (q.kind != "direct" || p.speaker < 0 || p.content.end > q.content.begin ||
      q.content.begin - p.content.end > kGap)
    return -1;
  std::string_view gap = doc.Surface(Span{p.content.end, q.content.begin});
  return gap.find('\n') == std::string_view::npos ? p.speaker : -1;
}

// The paragraph before the one that opens at byte `pos` with only quote marks before it, or
// nullopt when `pos` does not open its paragraph or that paragraph is longer than `max`.
std::optional<Span> ParagraphBefore(const Document& doc, uint32_t pos, uint32_t max) {
  const std::string_view text = doc.text();
  uint32_t b = pos;
  while (b > 0 && text[b - 1] != '\n') {
    const char c = text[b - 1];
    if (c != ' ' && c != '"' && c != '\'' && static_cast<unsigned char>(c) < 0x80)
      return std::nullopt;
    --b;  // (curly quote marks are bytes >= 0x80)
  }
  uint32_t end = b;
  while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
  if (end == 0 || end == b) return std::nullopt;
  uint32_t start = end;
  while (start > 0 && text[start - 1] != '\n')
    if (end - --start > max) return std::nullopt;
  return Span{start, end};
}

// The first token of span that is the plain subject (nsubj) of its sentence's root, if any.
std::optional<size_t> RootSubject(const Document& doc, const Span& span) {
  const int t = TokenAtOrAfter(doc, span.begin);
  for (size_t k = t < 0 ? doc.tokens.size() : static_cast<size_t>(t);
       k < doc.tokens.size() && k < doc.syntax.size() && doc.tokens[k].span.end <= span.end; ++k) {
    const TokenSyntax& s = doc.syntax[k];
    if (s.deprel == "nsubj" && s.head >= 0 && doc.syntax[s.head].deprel == "root") return k;
  }
  return std::nullopt;
}

// A direct quote with no attribution that opens its paragraph, after a byline paragraph
// ("Ed Morrissey, Hot Air"; "Editorial Board, USA Today": the paper) or after a paragraph
// that introduces it with a colon ("NPR's Tamara Keith summed it up this way on Twitter:"):
// the person or body named there.
int32_t IntroducedSpeaker(const Document& doc, const Quote& q) {
  constexpr uint32_t kByline = 80, kIntro = 240;  // bytes of a byline, of an introduction
  std::optional<Span> prev = ParagraphBefore(doc, q.content.begin, std::max(kByline, kIntro));
  if (!prev) return -1;
  const std::string_view p = doc.Surface(*prev);
  if (p.back() == ':' && p.size() <= kIntro) {
    const std::optional<size_t> k = RootSubject(doc, *prev);
    if (!k) return -1;
    if (int32_t e = EntityAtToken(doc, *k, {"PERSON", "ORG"}); e >= 0) return e;
    // "The senator Dana Okafor summed it up": the name in apposition to the subject.
    for (size_t c = *k + 1; c < doc.tokens.size() && doc.tokens[c].span.end <= prev->end; ++c)
      if (doc.syntax[c].head == static_cast<int32_t>(*k) && doc.syntax[c].deprel == "appos")
        return EntityAtToken(doc, c, {"PERSON", "ORG"});
    return -1;
  }
  if (p.size() > kByline || p.back() == '.' || p.back() == '?' || p.back() == '!') return -1;
  const size_t comma = p.find(", ");
  const std::string_view name = p.substr(0, comma);
  const bool board = name == "Editorial Board" || name == "Editorial board" ||
                     name == "The Editorial Board" || name == "Editorial Staff";
  int32_t found = -1;
  int persons = 0;
  for (const Mention& m : doc.mentions) {
    if (m.span.begin < prev->begin || m.span.end > prev->end || !ValidEntity(doc, m.entity))
      continue;
    const bool in_name = m.span.end <= prev->begin + name.size();
    if (board && !in_name && m.type == "ORG" && found < 0) found = m.entity;
    if (!board && in_name && m.type == "PERSON") {
      ++persons;
      if (m.span.begin == prev->begin && m.span.end == prev->begin + name.size()) found = m.entity;
    }
  }
  return board || persons == 1 ? found : -1;  // (co-authors: no one)
}

// A direct quote with no attribution that opens a sentence right after another sentence of
// its paragraph whose subject is a person or a body ("AFL-CIO president Richard Trumka echoed
// those sentiments. \"We applaud ...\""): that subject, the writer's way of handing over.
// Not after a passive subject ("Trump was criticized by X"), nor when that sentence holds a
// quotation of its own (ContinuedSpeaker's case).
int32_t SentenceBeforeSpeaker(const Document& doc, const Quote& q) {
  if (doc.syntax.size() != doc.tokens.size() || q.cue) return -1;
  const std::string_view text = doc.text();
  uint32_t b = q.content.begin;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '"' ||
                   static_cast<unsigned char>(text[b - 1]) >= 0x80))
    --b;  // back over spaces and quote marks (curly ones are bytes >= 0x80)
  if (b == 0 || b + 8 < q.content.begin || (text[b - 1] != '.' && text[b - 1] != '!')) return -1;
  const uint32_t si = SentenceAt(doc, b - 1), qi = SentenceAt(doc, q.content.begin);
  if (si >= doc.sentences.size() || qi >= doc.sentences.size() || qi == si) return -1;
  const Sentence& prev = doc.sentences[si];
  if (prev.paragraph != doc.sentences[qi].paragraph) return -1;
  for (const Quote& other : doc.quotes)
    if (other.content.Overlaps(prev.span)) return -1;
  const std::optional<size_t> k = RootSubject(doc, prev.span);
  // ("He is a Democrat.": no deed.)
  if (!k || doc.syntax[doc.syntax[*k].head].upos != "VERB") return -1;
  const Span& w = doc.tokens[*k].span;
  for (const Mention& m : doc.mentions)  // (a pronoun too: "He pushed back.")
    if (m.span.begin <= w.begin && w.end <= m.span.end && ValidEntity(doc, m.entity) &&
        (m.type == "PERSON" || m.type == "ORG"))
      return m.entity;
  return -1;
}

// Whether byte `pos` of span lies inside parentheses opened in the span ("Rep. Ana Ruiz
// (R-Fla.)": the state is not the speaker).
bool InParentheses(const Document& doc, const Span& span, uint32_t pos) {
  if (pos <= span.begin) return false;
  std::string_view before = doc.Surface(Span{span.begin, pos});
  return std::count(before.begin(), before.end(), '(') >
         std::count(before.begin(), before.end(), ')');
}

// Whether mention m is whom the people the span's head names follow or oppose ("Supporters
// of Sen. Bernie Sanders", "critics of the Chinese government"): they are not it.
bool FollowedBy(const Document& doc, const Span& span, const Mention& m) {
  // (From the title before the name: "supporters of Sen. Bernie Sanders".)
  const uint32_t start = m.role && m.role->begin >= span.begin ? m.role->begin : m.span.begin;
  if (start < span.begin) return false;
  std::string_view before = std::string_view(doc.text()).substr(span.begin, start - span.begin);
  for (std::string_view tail : {" of the ", " of "}) {
    if (!before.ends_with(tail)) continue;
    before.remove_suffix(tail.size());
    const std::string w = syntax::LowerAscii(LastWord(before));
    return std::find(std::begin(kNotTheBody), std::end(kNotTheBody), w) != std::end(kNotTheBody);
  }
  return false;
}

// Whether mention m is the place a person of span comes from ("Rep. Doug Collins of Georgia",
// "Police Chief Bill Brooks of Norwood, Massachusetts"): a place after "of" or "from" with a
// person named before it in the span.
bool PlaceOfPerson(const Document& doc, const Span& span, const Mention& m) {
  if (m.type != "GPE" && m.type != "LOC") return false;
  const std::string_view before =
      std::string_view(doc.text()).substr(span.begin, m.span.begin - span.begin);
  if (before.ends_with(", ")) {  // "Norwood, Massachusetts": the state of the town a person is from
    for (const Mention& town : doc.mentions)
      if (town.span.end + 2 == m.span.begin && PlaceOfPerson(doc, span, town)) return true;
    return false;
  }
  if (!before.ends_with(" of ") && !before.ends_with(" from ") && !before.ends_with(" of the "))
    return false;
  for (const Mention& p : doc.mentions)
    if (p.type == "PERSON" && ValidEntity(doc, p.entity) && p.span.begin >= span.begin &&
        p.span.end <= m.span.begin)
      return true;
  return false;
}

// Whether mention m is where some people of span are ("Many in Washington", "some in the
// White House", "others at the Pentagon"): a quantifier that opens the span, then "in", "at",
// "across" or "inside" [the] right before m. They are not it.
bool PeopleIn(const Document& doc, const Span& span, const Mention& m) {
  if (m.span.begin <= span.begin) return false;
  std::string before = syntax::LowerAscii(
      std::string_view(doc.text()).substr(span.begin, m.span.begin - span.begin));
  static constexpr std::string_view kQuantifiers[] = {
      "many ", "some ", "most ", "few ", "several ", "others ", "those ", "all ", "none ", "one "};
  static constexpr std::string_view kPlaces[] = {"in the ", "in ",     "at the ", "at ",
                                                 "across ", "inside ", "within "};
  for (std::string_view q : kQuantifiers) {
    if (!before.starts_with(q)) continue;
    const std::string_view rest = std::string_view(before).substr(q.size());
    return std::find(std::begin(kPlaces), std::end(kPlaces), rest) != std::end(kPlaces);
  }
  return false;
}

// The entity of the mention that heads span (the latest-ending one, then the largest), or -1.
int32_t HeadEntity(const Document& doc, const Span& span) {
  int32_t best = -1;
  uint32_t best_overlap = 0, best_end = 0;
  const std::string_view last_word = LastWord(doc.Surface(span));
  const bool party_member = last_word == "Democrat" || last_word == "Republican";
  for (const Mention& m : doc.mentions) {
    if (!m.span.Overlaps(span) || !ValidEntity(doc, m.entity)) continue;
    // The possessed phrase's first word or its head ("North Korea's state-run news agency").
    std::string_view possessed = PossessedWord(doc, m, span);
    if (!possessed.empty() && !SpeaksForPossessor(possessed) && !SpeaksForPossessor(last_word))
      continue;
    if (m.span.end < span.end && ModifierNotSpeaker(doc, m, last_word)) continue;
    // "the Democrat", "the House committee's top Republican": one of the party's people (the
    // person it names, if any), not the party or another word of the phrase ("Republican
    // senators" speak for the party).
    if (party_member && (m.type != "PERSON" || LastWord(doc.Surface(m.span)) != last_word))
      continue;
    if (InParentheses(doc, span, m.span.begin)) continue;
    if (PlaceOfPerson(doc, span, m) || FollowedBy(doc, span, m) || PeopleIn(doc, span, m))
      continue;
    uint32_t ov = std::min(m.span.end, span.end) - std::max(m.span.begin, span.begin);
    // Prefer the mention that ends nearest the span's end (the head), then size.
    bool better = best < 0 || (m.span.end <= span.end && m.span.end > best_end) ||
                  (m.span.end == best_end && ov > best_overlap);
    if (better) {
      best = m.entity;
      best_overlap = ov;
      best_end = std::min(m.span.end, span.end);
    }
  }
  return best;
}

// `span` up to its first ", " (all of it when there is none).
Span BeforeComma(const Document& doc, Span span) {
  // (Or a dash, or a party tag: "Ann Roe -- a pollster for Hillary Clinton --", "Rep. Ann Roe
  // (R) of Ohio"; not a dateline's "Washington (CNN)".)
  const std::string_view text = doc.Surface(span);
  size_t comma = std::string_view::npos;
  for (std::string_view mark : {", ", " -- ", " \xE2\x80\x94", "\xE2\x80\x94", " \xE2\x80\x93 "})
    comma = std::min(comma, text.find(mark));
  for (size_t p = text.find(" ("); p != std::string_view::npos && p < comma;
       p = text.find(" (", p + 1)) {
    const std::string_view tag = text.substr(p + 2, 2);
    if (tag.size() == 2 && (tag[0] == 'R' || tag[0] == 'D' || tag[0] == 'I') &&
        (tag[1] == ')' || tag[1] == '-')) {
      comma = p;
      break;
    }
  }
  if (comma != std::string_view::npos && comma > 0)
    span.end = span.begin + static_cast<uint32_t>(comma);
  return span;
}

// The first byte after the second dash of span when words follow it ("so -- unlike his
// colleagues -- Reid": "Reid"), else span.end.
uint32_t AfterSecondDash(const Document& doc, const Span& span) {
  const std::string_view text = doc.Surface(span);
  size_t at = 0;
  for (int dashes = 0; dashes < 2; ++dashes) {
    size_t next = std::string_view::npos, len = 0;
    for (std::string_view mark : kDashes)
      if (const size_t p = text.find(mark, at); p < next) {
        next = p;
        len = mark.size();
      }
    if (next == std::string_view::npos) return span.end;
    at = next + len;
  }
  while (at < text.size() && text[at] == ' ') ++at;
  return at < text.size() ? span.begin + static_cast<uint32_t>(at) : span.end;
}

// "Their attorney, Gloria Schmidt, told ...": the person named in apposition after the head
// part of a source (a capitalised name right after its comma or dash), or -1.
int32_t AppositivePerson(const Document& doc, const Span& head, const Span& whole) {
  uint32_t after = head.end;  // past the comma or dash and its spaces
  const std::string_view rest = std::string_view(doc.text()).substr(0, whole.end);
  while (after < whole.end) {
    if (rest[after] == ',' || rest[after] == ' ' || rest[after] == '-') {
      ++after;
      continue;
    }
    const auto dash = std::find_if(std::begin(kDashes), std::end(kDashes),
                                   [&](auto d) { return rest.substr(after, d.size()) == d; });
    if (dash == std::end(kDashes)) break;
    after += static_cast<uint32_t>(dash->size());
  }
  if (after >= whole.end) return -1;
  const Span next = BeforeComma(doc, Span{after, whole.end});
  const char first = doc.text()[next.begin];
  if (first < 'A' || first > 'Z') return -1;
  const int32_t e = HeadEntity(doc, next);
  return e >= 0 && doc.entities[e].type == "PERSON" ? e : -1;
}

}  // namespace

int32_t EntityForSpan(const Document& doc, const Span& whole) {
  // "X, who met Y," / "X, a friend of Y,": the speaker is the head before the comma.
  const Span head = BeforeComma(doc, whole);
  int32_t e = HeadEntity(doc, head);
  // "Mr. Reid's Republican counterpart, Sen. Mitch McConnell": a person named in apposition
  // to a common noun speaks, not a body or a place that modifies the noun.
  if (e >= 0 && doc.entities[e].type != "PERSON" && head.end + 2 < whole.end) {
    const std::string_view last = LastWord(doc.Surface(head));
    if (!last.empty() && last[0] >= 'a' && last[0] <= 'z')
      if (const int32_t person = AppositivePerson(doc, head, whole); person >= 0) return person;
  }
  if (e >= 0 || head.end + 2 >= whole.end) return e;
  // "so -- unlike many of his colleagues -- Reid": the subject after a phrase between dashes
  // (two dashes, and words after the second).
  if (const uint32_t tail = AfterSecondDash(doc, whole); tail < whole.end) {
    e = HeadEntity(doc, Span{tail, whole.end});
    if (e >= 0) return e;
  }
  // "Their attorney, Gloria Schmidt, told ...": a role with no name, then the person named in
  // apposition.
  return AppositivePerson(doc, head, whole);
}

void ResolveSpeakers(Document* doc, const std::vector<std::optional<Span>>& addressees) {
  int32_t last_speaker = -1;
  uint32_t last_speaker_end = 0;
  for (size_t i = 0; i < doc->quotes.size(); ++i) {
    Quote& q = doc->quotes[i];
    if (q.source) {
      q.speaker = EntityForSpan(*doc, *q.source);
      std::string w = syntax::LowerAscii(doc->Surface(*q.source));
      const bool recent_speaker =
          last_speaker >= 0 && Agrees(*doc, last_speaker, w) && last_speaker_end <= q.source->begin;
      if (q.speaker < 0 && (w == "he" || w == "she")) {
        q.speaker = recent_speaker ? last_speaker : PersonAntecedent(*doc, q.source->begin, w);
      } else if (q.speaker < 0 && w == "i") {
        // Inside a quotation "I" is its speaker; outside one, the speaker of a quote before
        // it in its paragraph (a transcript's "NAME: ... I think"), else the writer: no one
        // we know.
        if (int32_t outer = EnclosingQuote(*doc, i); outer >= 0) {
          q.speaker = doc->quotes[outer].speaker;
        } else if (recent_speaker &&
                   ParagraphAt(*doc, last_speaker_end) == ParagraphAt(*doc, q.source->begin)) {
          q.speaker = last_speaker;
        }
      } else if (q.speaker < 0 && (w == "who" || w == "which" || w == "that")) {
        q.speaker = RelativeAntecedent(*doc, q.source->begin, w == "who");
      } else if (q.speaker < 0 && (w == "they" || w == "it")) {
        // "we" and "you" outside a quotation are the writer and the reader: no one.
        q.speaker = GroupAntecedent(*doc, q.source->begin, w == "they");
      }
      if (q.speaker >= 0) {
        last_speaker = q.speaker;
        last_speaker_end = q.source->end;
      }
    }
    if (!q.source && q.speaker < 0 && i > 0) q.speaker = ContinuedSpeaker(*doc, i);
    if (!q.source && q.speaker < 0 && q.kind == "direct") {
      q.speaker = IntroducedSpeaker(*doc, q);
      if (q.speaker < 0) q.speaker = SentenceBeforeSpeaker(*doc, q);
    }
    if (i < addressees.size() && addressees[i]) q.addressee = EntityForSpan(*doc, *addressees[i]);
  }
}

}  // namespace newsgraph::quotes
