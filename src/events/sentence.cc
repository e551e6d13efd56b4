#include "events/sentence.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace newsgraph::events {
namespace {

// Length of a quote/punctuation character at s[i] that is split off, or 0.
size_t PunctLen(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == '<') {  // inline markup such as <u> or </u>
    size_t k = i + 1;
    while (k < s.size() && k < i + 12 &&
           (std::isalpha(static_cast<unsigned char>(s[k])) || s[k] == '/'))
      ++k;
    if (k < s.size() && s[k] == '>' && k > i + 1) return k - i + 1;
  }
  if (c < 0x80) {
    // A table of the split-off ASCII marks (this runs at both ends of every word).
    static constexpr std::array<bool, 128> kMarks = [] {
      std::array<bool, 128> a{};
      for (char m : std::string_view(",.;:!?\"()[]{}")) a[static_cast<unsigned char>(m)] = true;
      return a;
    }();
    return kMarks[c] ? 1 : 0;
  }
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char d = s[i + 2];
    if (d == 0x9C || d == 0x9D || d == 0x98 || d == 0x99 || d == 0x94 || d == 0x93) return 3;
  }
  if (c == 0xC2 && i + 1 < s.size()) {
    unsigned char d = s[i + 1];
    if (d == 0xAB || d == 0xBB) return 2;
  }
  return 0;
}

std::string UpperAscii(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    // Curly apostrophe -> '.
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x99) {
      r.push_back('\'');
      i += 2;
      continue;
    }
    r.push_back(static_cast<char>(std::toupper(c)));
  }
  return r;
}

bool EndsWith(const std::string& s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

// True for "U.S." style abbreviations whose final '.' belongs to the word.
bool IsAbbrev(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  size_t dots = std::count(w.begin(), w.end(), '.');
  return dots >= 2 && w.size() <= 8;
}

const char* SectorOf(const std::string& suffix) {
  static const char* kSectors[] = {"GOV", "MIL", "LEG", "JUD", "COP", "REB", "OPP", "BUS",
                                   "MED", "CVL", "EDU", "REL", "LAB", "NGO", "IGO", "ELI",
                                   "SPY", "HRI", "INS", "PTY", "AGR", "HLH", "REF", "ENV",
                                   "CRM", "UAF", "MOD", "RAD", "IMG", "SEP", "DEV", "MNC"};
  for (const char* s : kSectors)
    if (suffix.compare(0, 3, s) == 0) return s;
  return "";
}

struct Mention {
  uint32_t begin = 0, end = 0;
  std::vector<std::string> codes;  // "GON", "~GOV", "NGO~"
  bool agent = false;
  int32_t entity = -1;
  bool from_memory = false;
  std::string name;  // the entity's name for a pronoun ("he" acts as "Donald Trump")
};

bool IsCalendarWord(const std::string& w) {
  static const char* kWords[] = {"MONDAY",    "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                                 "SATURDAY",  "SUNDAY",  "JANUARY",   "FEBRUARY", "MARCH",
                                 "APRIL",     "MAY",     "JUNE",      "JULY",     "AUGUST",
                                 "SEPTEMBER", "OCTOBER", "NOVEMBER",  "DECEMBER", "TODAY",
                                 "YESTERDAY", "TOMORROW"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

bool IsFunctionWord(const std::string& w) {
  static const char* kWords[] = {"THE",  "A",    "AN", "AND", "OR",    "BUT",  "ON",
                                 "IN",   "AT",   "OF", "TO",  "FOR",   "BY",   "WITH",
                                 "FROM", "IT",   "HE", "SHE", "THEY",  "WE",   "I",
                                 "THIS", "THAT", "AS", "IF",  "WHILE", "SINCE"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

void ApplyAgent(const std::vector<std::string>& codes, Group* g) {
  for (const std::string& c : codes) {
    size_t t = c.find('~');
    if (t == std::string::npos) continue;
    std::string pre = c.substr(0, t), suf = c.substr(t + 1);
    for (ActorCode& a : g->actors) {
      if (!suf.empty() && a.suffix.find(suf) == std::string::npos) a.suffix += suf;
      if (!pre.empty() && a.prefix.empty()) a.prefix = pre;
    }
    if (g->actors.empty()) {
      ActorCode a;
      a.suffix = suf;
      a.prefix = pre;
      g->actors.push_back(a);
    }
  }
}

void SetActors(const Mention& m, Group* g) {
  std::vector<ActorCode> keep;
  for (const ActorCode& a : g->actors) keep.push_back(a);
  g->actors.clear();
  for (const std::string& c : m.codes) {
    if (c.find('~') != std::string::npos) continue;
    ActorCode a;
    a.code = c;
    a.entity = m.entity;
    a.name = m.name;
    if (!keep.empty()) {
      a.prefix = keep[0].prefix;
      a.suffix = keep[0].suffix;
    }
    // "HOBGOV" is actor HOB with sector GOV.
    if (c.size() >= 6 && *SectorOf(c.substr(3)) != '\0') {
      a.code = c.substr(0, 3);
      a.suffix = c.substr(3) + a.suffix;
    }
    g->actors.push_back(a);
  }
  // An entity-linked mention: "code" may already carry the sector apart.
  g->agent_only = g->actors.empty();
  if (g->agent_only) g->actors = keep;
}

bool IsSubjectPronoun(std::string_view w) {
  return w == "he" || w == "He" || w == "she" || w == "She" || w == "HE" || w == "SHE";
}

std::vector<Mention> FindMentions(const Document& doc, const Lexicon& lex, int32_t date,
                                  const NameMemory& memory, const MentionIndex& mentions,
                                  const SentenceView& v) {
  std::vector<Mention> out;
  const size_t n = v.words.size();
  // Entity-linked mentions first: word -> entity mention covering it.
  std::vector<int32_t> ent(n, -1);
  if (!doc.mentions.empty() && n > 0) {
    Span s{v.words.front().span.begin, v.words.back().span.end};
    for (const uint32_t mi : mentions.Overlapping(s)) {
      const auto& m = doc.mentions[mi];
      // Possessive pronouns ("his counterparts") are not the actor of the phrase; a subject
      // pronoun the entity layer resolved ("He met ...") is its person (not with --actors:
      // the user's dictionaries decide, as in PETRARCH).
      if (m.kind == MentionKind::kPronoun &&
          (lex.user_actors || !IsSubjectPronoun(doc.Surface(m.span))))
        continue;
      if (m.entity < 0 || static_cast<size_t>(m.entity) >= doc.entities.size()) continue;
      const Entity& e = doc.entities[m.entity];
      if (!e.actor || e.actor->code.empty()) continue;
      // A person's title is part of the person ("Republican Sen. | Lindsey Graham", "U.S.
      // Secretary of State | Marco Rubio"): the actor is the person, not the party or the
      // country named in the title. (With --actors the user's dictionary decides.)
      Span whole = m.span;
      if (!lex.user_actors && m.role && e.type == "PERSON" && m.role->begin < whole.begin &&
          m.role->end <= whole.begin)
        whole.begin = m.role->begin;
      for (size_t i = 0; i < n; ++i)
        if (whole.Contains(v.words[i].span)) ent[i] = static_cast<int32_t>(mi);
    }
  }
  for (size_t i = 0; i < n;) {
    if (v.words[i].punct) {
      ++i;
      continue;
    }
    // With --actors the user's dictionary decides (PETRARCH semantics).
    if (ent[i] >= 0 && lex.user_actors && lex.actors.LongestMatch(v.ups, i).length > 0) ent[i] = -1;
    if (ent[i] >= 0) {
      size_t j = i;
      while (j < n && ent[j] == ent[i]) ++j;
      const auto& m = doc.mentions[ent[i]];
      const Entity& e = doc.entities[m.entity];
      Mention x;
      x.begin = static_cast<uint32_t>(i);
      x.end = static_cast<uint32_t>(j);
      x.codes.push_back(e.actor->code);
      if (!e.actor->sector.empty()) x.codes.push_back("~" + e.actor->sector);
      x.entity = m.entity;
      if (m.kind == MentionKind::kPronoun) x.name = e.name;
      out.push_back(x);
      i = j;
      continue;
    }
    auto u = lex.actors.LongestMatch(v.ups, i);
    auto b = lex.builtin.LongestMatch(v.ups, i);
    // Our names of countries and organisations are capitalised in news:
    // "let us agree" is no USA. (Agents such as "troops" are lower case.)
    if (b.length > 0 && !b.entry->agent && !v.words[i].cap) b.length = 0;
    const auto& best = b.length > u.length ? b : u;
    if (best.length > 0) {
      Mention x;
      x.begin = static_cast<uint32_t>(i);
      x.end = static_cast<uint32_t>(i + best.length);
      x.codes = entities::ActorDictionary::CodesOn(*best.entry, date);
      x.agent = best.entry->agent;
      out.push_back(x);
      i += best.length;
      continue;
    }
    if (v.words[i].cap && !IsFunctionWord(v.ups[i])) {
      auto it = memory.find(v.ups[i]);
      if (it != memory.end()) {
        size_t j = i + 1;
        while (j < n && v.words[j].cap && memory.count(v.ups[j])) ++j;
        Mention x;
        x.begin = static_cast<uint32_t>(i);
        x.end = static_cast<uint32_t>(j);
        const ActorCode& a = it->second;
        x.codes.push_back(a.code.empty() ? "---" : a.code);
        if (!a.suffix.empty()) x.codes.push_back("~" + a.suffix);
        x.from_memory = true;
        out.push_back(x);
        i = j;
        continue;
      }
    }
    ++i;
  }
  return out;
}

// Absorbs a title's person name ("French President | Emmanuel Macron").
void AbsorbName(const Document& doc, SentenceView* v, Group* g, NameMemory* memory) {
  const size_t n = v->words.size();
  size_t j = g->end;
  while (j < n && j < g->end + 4u && v->words[j].cap && !v->words[j].punct &&
         !IsFunctionWord(v->ups[j]) && !IsCalendarWord(v->ups[j]) && v->group_at[j] < 0)
    ++j;
  if (j == g->end) return;
  // The name as written ("Mao Ning"), not the upper-case matching form.
  std::string name(doc.Surface({v->words[g->end].span.begin, v->words[j - 1].span.end}));
  g->end = static_cast<uint32_t>(j);
  if (g->actors.empty()) return;
  ActorCode a = g->actors[0];
  for (ActorCode& x : g->actors) x.name = name;
  a.name = name;
  // Remember the last name (surname) and the full name's words.
  memory->emplace(v->ups[j - 1], a);
}

}  // namespace

std::vector<Word> SplitWords(const Document& doc, Span span, size_t max_words) {
  std::vector<Word> out;
  std::string_view t = doc.text();
  size_t i = span.begin, end = std::min<size_t>(span.end, t.size());
  bool quoted = false;
  // up: the word's UpperAscii when the caller has it already, else null.
  auto push = [&](size_t b, size_t e, bool punct, std::string* up = nullptr) {
    if (b >= e || out.size() >= max_words) return;
    Word w;
    w.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    w.up = up ? std::move(*up) : UpperAscii(t.substr(b, e - b));
    w.cap = std::isupper(static_cast<unsigned char>(t[b])) != 0;
    w.punct = punct;
    w.in_quote = quoted;
    out.push_back(std::move(w));
  };
  std::vector<std::pair<size_t, size_t>> trail;  // reused for every chunk
  while (i < end && out.size() < max_words) {
    while (i < end && std::isspace(static_cast<unsigned char>(t[i]))) ++i;
    if (i >= end) break;
    size_t b = i;
    while (i < end && !std::isspace(static_cast<unsigned char>(t[i]))) ++i;
    size_t e = i;
    // Leading punctuation.
    while (b < e) {
      size_t l = PunctLen(t, b);
      if (l == 0) break;
      std::string_view p = t.substr(b, l);
      if (IsQuoteMark(p)) quoted = !quoted;
      push(b, b + l, true);
      b += l;
    }
    // Trailing punctuation, kept aside to push after the word.
    trail.clear();
    while (e > b) {
      size_t l = 0;
      if (t[e - 1] == '>') {
        size_t lt = t.rfind('<', e - 1);
        if (lt != std::string_view::npos && lt >= b && PunctLen(t, lt) == e - lt) l = e - lt;
      }
      for (size_t k : {size_t{3}, size_t{2}, size_t{1}})
        if (l == 0 && e - b >= k && PunctLen(t, e - k) == k) {
          l = k;
          break;
        }
      if (l == 0) break;
      if (l == 1 && t[e - 1] == '.' && IsAbbrev(t.substr(b, e - b))) break;
      trail.emplace_back(e - l, e);
      e -= l;
    }
    if (b < e) {
      std::string up = UpperAscii(t.substr(b, e - b));
      if (EndsWith(up, "'S") && up.size() > 2) {
        // The apostrophe is 1 byte (') or 3 (U+2019).
        size_t alen = (e - b >= 4 && t.substr(e - 4, 3) == "\xE2\x80\x99") ? 3 : 1;
        push(b, e - 1 - alen, false);
        push(e - 1 - alen, e, false);
      } else if (EndsWith(up, "N'T") && up.size() > 3) {
        size_t alen = (e - b >= 5 && t.substr(e - 4, 3) == "\xE2\x80\x99") ? 3 : 1;
        size_t nt = e - 2 - alen;  // start of "n't"
        push(b, nt, false);
        push(nt, e, false);
      } else {
        push(b, e, false, &up);
      }
    }
    for (auto it = trail.rbegin(); it != trail.rend(); ++it) {
      std::string_view p = t.substr(it->first, it->second - it->first);
      bool close = IsQuoteMark(p);
      if (close) quoted = !quoted;
      push(it->first, it->second, true);
      if (close && !out.empty()) out.back().in_quote = true;
    }
  }
  return out;
}

int32_t SentenceView::CompoundOf(uint32_t g) const {
  for (size_t c = 0; c < compounds.size(); ++c)
    for (uint32_t x : compounds[c].groups)
      if (x == g) return static_cast<int32_t>(c);
  return -1;
}

bool IsPerson(const Document& doc, const Mention& m) {
  return m.entity >= 0 && static_cast<size_t>(m.entity) < doc.entities.size() &&
         doc.entities[m.entity].type == "PERSON";
}

// A city or a state/province of the knowledge base (not a country, not a seat of power):
// after "of" or "from" it says where someone is from, not who acts.
bool IsTown(const Document& doc, const Group& g) {
  if (g.actors.size() != 1) return false;
  int32_t e = g.actors[0].entity;
  if (e < 0 || static_cast<size_t>(e) >= doc.entities.size()) return false;
  const auto& actor = doc.entities[e].actor;
  if (!actor) return false;
  const std::string& kb = actor->kb;
  return kb.rfind("geo-", 0) == 0 || kb.rfind("iso-", 0) == 0;
}

bool GroupHasPerson(const Document& doc, const Group& g) {
  for (const ActorCode& a : g.actors)
    if (a.entity >= 0 && static_cast<size_t>(a.entity) < doc.entities.size() &&
        doc.entities[a.entity].type == "PERSON")
      return true;
  return false;
}

// "the Paris climate agreement", "the Logan Act", "the Minsk accords": a place that names a
// treaty or a law is no actor. True when, from word `end`, at most two lower-case words lead
// to such a noun.
bool NamesADocument(const SentenceView& v, uint32_t end) {
  // Views: a length test before the bytes.
  static constexpr std::string_view kDocuments[] = {
      "ACT",       "ACTS",     "AGREEMENT", "AGREEMENTS", "ACCORD",      "ACCORDS",
      "TREATY",    "PROTOCOL", "CONVENTION", "CONVENTIONS", "DOCTRINE",  "AMENDMENT",
      "CHARTER",   "DECLARATION", "COMMUNIQUE", "FORMAT"};
  for (uint32_t k = end; k < v.words.size() && k < end + 3; ++k) {
    for (std::string_view d : kDocuments)
      if (v.ups[k] == d) return v.words[k].cap || v.ups[k].compare(0, 3, "ACT") != 0;
    // Only modifiers between ("climate", "nuclear"): "Germany to act" names no act.
    if (v.words[k].cap || v.words[k].punct || IsFunctionWord(v.ups[k])) return false;
  }
  return false;
}

void AnalyzeActors(const Document& doc, const Lexicon& lex, int32_t date, NameMemory* memory,
                   const MentionIndex& mentions, SentenceView* v) {
  const size_t n = v->words.size();
  v->ups.clear();
  for (const Word& w : v->words) v->ups.push_back(w.up);
  v->group_at.assign(n, -1);
  std::vector<Mention> ms = FindMentions(doc, lex, date, *memory, mentions, *v);
  for (size_t k = 0; k < ms.size();) {
    Group g;
    g.begin = ms[k].begin;
    g.end = ms[k].end;
    g.agent_only = true;
    bool has_agent = false;
    if (ms[k].agent) {
      ApplyAgent(ms[k].codes, &g);
      has_agent = true;
    } else {
      SetActors(ms[k], &g);
      has_agent = ms[k].codes.size() > 1 || ms[k].from_memory;
      // Entity-linked codes carry "~SECTOR" already handled by ApplyAgent.
      ApplyAgent(ms[k].codes, &g);
    }
    size_t next = k + 1;
    while (next < ms.size()) {
      const Mention& m = ms[next];
      bool adjacent = m.begin == g.end;
      std::string gap = m.begin == g.end + 1 ? v->ups[g.end] : "";
      bool poss = gap == "'S" || gap == "'";
      // "Ithilen's awful and evil minister": possessive, modifiers, agent.
      if (!poss && m.agent && m.begin > g.end + 1 && m.begin <= g.end + 5 &&
          (v->ups[g.end] == "'S" || v->ups[g.end] == "'")) {
        poss = true;
        for (uint32_t k = g.end + 1; k < m.begin; ++k)
          poss &= !v->words[k].cap && !v->words[k].punct &&
                  (!IsFunctionWord(v->ups[k]) || v->ups[k] == "AND");
      }
      // "the European Union (EU)": a parenthesised repeat.
      if (!m.agent && g.end + 1 == m.begin && v->ups[g.end] == "(" && m.end < v->ups.size() &&
          v->ups[m.end] == ")") {
        g.end = m.end + 1;
        ++next;
        continue;
      }
      bool prep = gap == "OF" || gap == "IN" || gap == "FROM";
      if (m.agent && (adjacent || poss)) {
        ApplyAgent(m.codes, &g);
        has_agent = true;
      } else if (!m.agent && (adjacent || (prep && g.agent_only))) {
        // "U.S. Secretary of State Marco Rubio": the person, not the
        // country before the title, is the actor (same code; the entity).
        if (g.agent_only || (IsPerson(doc, m) && !GroupHasPerson(doc, g))) {
          SetActors(m, &g);
          ApplyAgent(m.codes, &g);
        }
        if (m.from_memory) has_agent = true;
      } else {
        break;
      }
      g.end = m.end;
      ++next;
    }
    for (uint32_t w = g.begin; w < g.end; ++w)
      v->group_at[w] = static_cast<int32_t>(v->groups.size());
    if (has_agent || g.agent_only) AbsorbName(doc, v, &g, memory);
    if (g.actors.empty()) {
      k = next;
      continue;
    }
    for (uint32_t w = g.begin; w < g.end; ++w)
      v->group_at[w] = static_cast<int32_t>(v->groups.size());
    if (g.begin > 0) {
      const std::string& before = v->ups[g.begin - 1];
      g.place = before == "IN" || before == "AT" || before == "NEAR";
      // "X, 26, of Brooklyn": where someone is from, never an actor or a recipient (but "one
      // of Moscow's goals" is Moscow's).
      bool possessive = g.end < v->ups.size() && (v->ups[g.end] == "'S" || v->ups[g.end] == "'");
      if ((before == "OF" || before == "FROM") && !possessive && IsTown(doc, g)) {
        for (uint32_t w = g.begin; w < g.end; ++w) v->group_at[w] = -1;
        k = next;
        continue;
      }
    }
    if (!lex.user_verbs && NamesADocument(*v, g.end)) {
      for (uint32_t w = g.begin; w < g.end; ++w) v->group_at[w] = -1;
      k = next;
      continue;
    }
    if (g.actors[0].name.empty()) {
      std::string_view t = doc.text();
      Span s{v->words[g.begin].span.begin, v->words[g.end - 1].span.end};
      for (ActorCode& a : g.actors) a.name = std::string(t.substr(s.begin, s.size()));
    }
    v->groups.push_back(std::move(g));
    k = next;
  }
  // Coordinations: g (, g)* (,)? and|or g, with up to 3 modifiers before a
  // conjunct ("and the evil awful Gondor").
  std::vector<bool> used(v->groups.size(), false);
  for (uint32_t g = 0; g < v->groups.size(); ++g) {
    if (used[g]) continue;
    Compound c;
    c.begin = v->groups[g].begin;
    c.end = v->groups[g].end;
    c.groups.push_back(g);
    used[g] = true;
    std::vector<bool> joined_by_and(1, false);  // per conjunct: "and"/"or" before it
    std::vector<bool> comma_and(1, false);      // per conjunct: ", and" before it
    for (uint32_t h = g + 1; h < v->groups.size(); ++h) {
      uint32_t from = v->groups[c.groups.back()].end, to = v->groups[h].begin;
      if (to <= from || to - from > 5) break;
      size_t k = from;
      bool conj = false, and_or = false, comma = false;
      while (k < to && (v->ups[k] == "," || v->ups[k] == "AND" || v->ups[k] == "OR")) {
        conj = true;
        comma = comma || (v->ups[k] == "," && !and_or);
        and_or = and_or || v->ups[k] != ",";
        ++k;
      }
      size_t mods = 0;
      auto modifier = [&](size_t x) {
        const std::string& w = v->ups[x];
        if (v->words[x].punct || v->words[x].cap) return false;
        if (w == "THE" || w == "A" || w == "AN") return true;
        return !IsFunctionWord(w) && !(w.size() > 3 && w.compare(w.size() - 2, 2, "ED") == 0);
      };
      while (k < to && mods < 3 && modifier(k)) ++k, ++mods;
      if (!conj || k != to) break;
      c.groups.push_back(h);
      joined_by_and.push_back(and_or);
      comma_and.push_back(comma && and_or);
      c.end = v->groups[h].end;
      used[h] = true;
    }
    // A list ends with "and"/"or" before its last conjunct; "at a school in Virginia Beach,
    // the president called" is no list: the groups after the last "and" go back.
    while (c.groups.size() > 1 && !joined_by_and.back()) {
      used[c.groups.back()] = false;
      c.groups.pop_back();
      joined_by_and.pop_back();
      c.end = v->groups[c.groups.back()].end;
    }
    // "to endorse Trump, and he and Marino were founding members": when the first join is
    // ", and" and a verb follows, a new clause's subject begins after the comma (a list of
    // three joins its first two with a bare comma: "Britain, France, and Germany imposed").
    if (c.groups.size() > 1 && comma_and[1] && c.end < v->upos.size() &&
        (v->upos[c.end] == "VERB" || v->upos[c.end] == "AUX")) {
      while (c.groups.size() > 1) {
        used[c.groups.back()] = false;
        c.groups.pop_back();
      }
      c.end = v->groups[g].end;
    }
    // "French, British and German counterparts": the last conjunct's agent
    // belongs to all.
    const Group& last = v->groups[c.groups.back()];
    if (c.groups.size() > 1 && !last.actors.empty() && !last.actors[0].suffix.empty()) {
      for (uint32_t x : c.groups)
        for (ActorCode& a : v->groups[x].actors)
          if (a.suffix.empty() && !a.code.empty()) a.suffix = last.actors[0].suffix;
    }
    v->compounds.push_back(std::move(c));
  }
  (void)SectorOf;
}

std::string SectorFromSuffix(const std::string& suffix) {
  // A party before an office of state is an affiliation: "Republican senator" (PTY then LEG)
  // is a legislator.
  if (suffix.size() >= 6 && suffix.compare(0, 3, "PTY") == 0) {
    const std::string office = SectorOf(suffix.substr(3));
    if (office == "LEG" || office == "JUD" || office == "MIL" || office == "COP") return office;
  }
  return SectorOf(suffix);
}

bool IsQuoteMark(std::string_view p) {
  return p == "\"" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x9D" || p == "\xC2\xAB" ||
         p == "\xC2\xBB";
}

}  // namespace newsgraph::events
