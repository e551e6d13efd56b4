// Event coding: who did what to whom, when and where (PLOVER with CAMEO codes).
//
// Algorithm, per sentence (a PETRARCH-style shallow coder):
//  1. SplitWords + AnalyzeActors: words, actor groups (actor + agents +
//     title names), coordinations.
//  2. Triggers: every word where a verb-dictionary form starts; its block's
//     patterns are tried (longest literal match wins), else the word's or the
//     block's default code. "---" codes nothing.
//  3. Arguments: pattern '$'/'+' slots; else the nearest group before the
//     trigger (its whole coordination) is the actor, the first group after it
//     the recipient; passives with "by X" swap them; a verb after "and" shares
//     the previous actor; "X and Y met" lists both as actors.
//  4. Modality (future/hypothetical/negated/historical) from the auxiliaries
//     before the trigger; date from doc->times inside the event's clause, else
//     the publication date for a present-tense report, else null; location
//     from "in/at <place>"; quote index from doc->quotes (or quote marks).
//  5. PLOVER type and context from the CAMEO code; future cooperation is
//     coded AGREE (PLOVER rule). Duplicates within a sentence are merged.
#include "events/events.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

#include "core/dict_text.h"
#include "events/lexicon.h"
#include "events/plover.h"
#include "events/sentence.h"
#include "syntax/tagger.h"

namespace newsgraph::events {
namespace {

constexpr size_t kMaxSentenceWords = 400;
constexpr size_t kMaxEventsPerSentence = 16;
constexpr size_t kMaxEventsPerDoc = 2000;
constexpr size_t kMaxSearch = 60;  // words a pattern element may skip

bool In(const std::string& w, std::initializer_list<const char*> set) {
  for (const char* s : set)
    if (w == s) return true;
  return false;
}

struct Slots {
  int32_t source = -1;  // group index
  int32_t target = -1;
  std::vector<std::pair<uint32_t, uint32_t>> used;  // words matched by literals
  int literal = -1;
  std::string code;
  int order = 0;
};

struct Candidate {
  uint32_t vb = 0, ve = 0;       // trigger words [vb, ve)
  bool noun = false;             // a nominal trigger ("talks with")
  bool speaker_accuses = false;  // '@' block: the quoted speaker accuses the doer
  std::vector<std::pair<uint32_t, uint32_t>> used;  // pattern words, not arguments
  std::string code, reverse;
  int32_t source = -1, target = -1;
  int literal = -1;  // literal words of the matched pattern (-1: none)
};

class SentenceCoder {
 public:
  SentenceCoder(const Lexicon& lex, const SentenceView& v, const std::vector<TokenSyntax>& syn)
      : lex_(lex), v_(v), syn_(syn), user_verbs_(lex.user_verbs) {}

  bool NounLike(size_t i) const {
    // Tags decide for our lexicon; PETRARCH dictionaries keep the
    // determiner rule (it scored better on their records).
    if (!user_verbs_ && i < v_.upos.size() && !v_.upos[i].empty())
      return v_.upos[i] != "VERB" && v_.upos[i] != "AUX";
    if (i == 0) return false;
    return In(v_.ups[i - 1], {"A", "AN", "THE", "ITS", "HIS", "HER", "THEIR", "OUR", "'S", "THIS",
                              "NEW", "FURTHER", "ANY", "NO"});
  }

  // Tries the patterns of one form; returns the best match (literal -1: none).
  Slots MatchPatterns(const VerbForm& f, uint32_t vb, uint32_t ve) const {
    Slots best;
    const VerbBlock& b = lex_.verbs.block(f.block);
    for (const VerbPattern& p : b.patterns) {
      if (p.literal < best.literal || (p.literal == best.literal && p.order > best.order)) continue;
      Slots s;
      if (!MatchPost(p, ve, &s) || !MatchPre(p, vb, &s)) continue;
      s.literal = p.literal;
      s.code = p.code;
      s.order = p.order;
      best = s;
    }
    return best;
  }

  // Words matching a word/synset element at exactly i: length, or 0.
  size_t ElemAt(const PatternElem& e, size_t i) const {
    if (i >= v_.ups.size()) return 0;
    if (e.kind == PatternElem::kWord) return v_.ups[i] == e.text ? 1 : 0;
    for (const auto& m : lex_.verbs.Synset(e.text)) {
      if (i + m.size() > v_.ups.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < m.size() && ok; ++k) ok = v_.ups[i + k] == m[k];
      if (ok) return m.size();
    }
    return 0;
  }

  bool MatchPost(const VerbPattern& p, uint32_t start, Slots* s) const {
    size_t pos = start;
    const size_t n = v_.ups.size();
    for (const PatternElem& e : p.post) {
      if (e.kind == PatternElem::kSkip || e.kind == PatternElem::kCompound) continue;
      if (e.kind == PatternElem::kSource || e.kind == PatternElem::kTarget) {
        size_t j = pos;
        while (j < n && j < pos + kMaxSearch &&
               (v_.group_at[j] < 0 || v_.groups[v_.group_at[j]].begin != j)) {
          if (e.adjacent) return false;
          ++j;
        }
        if (j >= n || v_.group_at[j] < 0) return false;
        (e.kind == PatternElem::kSource ? s->source : s->target) = v_.group_at[j];
        pos = v_.groups[v_.group_at[j]].end;
        continue;
      }
      size_t j = pos, len = 0;
      for (; j < n && j < pos + kMaxSearch; ++j) {
        if ((len = ElemAt(e, j)) > 0) break;
        if (e.adjacent) return false;
      }
      if (len == 0) return false;
      if (j > pos && !Blocks(p) && !HangsFrom(j, start)) return false;
      s->used.emplace_back(static_cast<uint32_t>(j), static_cast<uint32_t>(j + len));
      pos = j + len;
    }
    return true;
  }

  bool MatchPre(const VerbPattern& p, uint32_t vb, Slots* s) const {
    // pos: one past the last word still available on the left.
    size_t pos = vb;
    for (size_t k = p.pre.size(); k-- > 0;) {
      const PatternElem& e = p.pre[k];
      if (e.kind == PatternElem::kSkip || e.kind == PatternElem::kCompound) continue;
      if (e.kind == PatternElem::kSource || e.kind == PatternElem::kTarget) {
        size_t j = pos;
        int32_t found = -1;
        while (j > 0 && vb - j < kMaxSearch) {
          --j;
          if (v_.group_at[j] >= 0) {
            found = v_.group_at[j];
            break;
          }
          if (e.adjacent) return false;
        }
        if (found < 0) return false;
        (e.kind == PatternElem::kSource ? s->source : s->target) = found;
        pos = v_.groups[found].begin;
        continue;
      }
      bool ok = false;
      size_t j = pos;
      while (j > 0 && vb - j < kMaxSearch) {
        --j;
        size_t len = ElemAt(e, j);
        if (len > 0 && j + len <= pos) {
          pos = j;
          ok = true;
          break;
        }
        if (e.adjacent) return false;
      }
      if (!ok) return false;
    }
    return true;
  }

  // The trigger candidates of the sentence, left to right.
  std::vector<Candidate> Triggers() const {
    std::vector<Candidate> out;
    const size_t n = v_.ups.size();
    for (size_t i = 0; i < n && out.size() < kMaxEventsPerSentence; ++i) {
      if (v_.words[i].punct || v_.group_at[i] >= 0) continue;
      for (const VerbForm* f : lex_.verbs.Lookup(v_.ups, i)) {
        uint32_t vb = static_cast<uint32_t>(i), ve = static_cast<uint32_t>(i + f->words.size());
        Slots s = MatchPatterns(*f, vb, ve);
        std::string raw = s.literal >= 0
                              ? s.code
                              : (!f->code.empty() ? f->code : lex_.verbs.block(f->block).code);
        Candidate c;
        // After a determiner the word is a noun ("an attack by"): it codes
        // only through a pattern of our own lexicon, never through a default
        // code or a PETRARCH verb dictionary (PETRARCH codes verbs).
        if (NounLike(i) && (user_verbs_ || s.literal < 0)) continue;
        if (!VerbDictionary::ParseCode(raw, &c.code, &c.reverse)) {
          if (s.literal >= 0 || !f->code.empty()) break;  // an explicit "---"
          continue;
        }
        c.vb = vb;
        c.ve = ve;
        c.noun = NounLike(i);
        c.speaker_accuses = lex_.verbs.block(f->block).name.rfind("@", 0) == 0;
        c.source = s.source;
        c.target = s.target;
        c.used = s.used;
        c.literal = s.literal;
        out.push_back(c);
        i = ve - 1;
        break;
      }
    }
    return out;
  }

 private:
  // A pattern that codes nothing ("release * REPORT [---]") keeps word-order matching: it only
  // ever stops an event.
  static bool Blocks(const VerbPattern& p) { return p.code.find("---") != std::string::npos; }

  // Whether word j, a literal of our own lexicon found some words after the trigger that ends
  // at word ve, hangs from the trigger in the parse: its head chain reaches the trigger's last
  // word in a few steps without passing through a clause of its own ("called the overthrow a
  // coup, which would have implications for the military" is no call for anything; "asked the
  // court for a delay" is). True without a parse and for the analysts' dictionaries, which
  // keep PETRARCH's word-order matching.
  bool HangsFrom(size_t j, uint32_t ve) const {
    if (user_verbs_ || ve == 0 || j >= v_.tok.size()) return true;
    const int32_t trig = v_.tok[ve - 1];
    int32_t x = v_.tok[j];
    if (trig < 0 || x < 0 || static_cast<size_t>(trig) >= syn_.size() ||
        static_cast<size_t>(x) >= syn_.size())
      return true;
    if (NamesObject(trig)) return false;
    for (int steps = 0; steps < 5; ++steps) {
      const int32_t h = syn_[x].head;
      if (h < 0 || static_cast<size_t>(h) >= syn_.size()) return false;
      if (h == trig) return true;
      // The word the literal introduces may be any complement ("asking the court to unseal",
      // parsed as an adverbial clause); above it, no clause of its own.
      // ("called the decision not to prosecute her for ..." is no call for anything).
      if (steps > 0 && In(syn_[h].deprel, {"acl:relcl", "acl", "advcl", "parataxis", "conj",
                                           "ccomp", "csubj", "appos", "list", "root"}))
        return false;
      x = h;
    }
    return false;
  }

  // "called DeVos 'an outstanding pick' for the position": a verb with an object and a
  // nominal or adjectival predicate of that object names or judges it; no later word
  // makes it a call for anything.
  bool NamesObject(int32_t trig) const {
    bool obj = false, pred = false;
    for (int32_t t : v_.tok) {
      if (t < 0 || static_cast<size_t>(t) >= syn_.size() || syn_[t].head != trig) continue;
      obj |= syn_[t].deprel == "obj";
      pred |= syn_[t].deprel == "xcomp" && In(syn_[t].upos, {"NOUN", "PROPN", "ADJ"});
    }
    return obj && pred;
  }

  const Lexicon& lex_;
  const SentenceView& v_;
  const std::vector<TokenSyntax>& syn_;
  bool user_verbs_;
};

// ---- arguments ----------------------------------------------------------------

bool IsAux(const std::string& w) {
  return In(w, {"IS", "WAS", "WERE", "ARE", "BE", "BEEN", "BEING", "GET", "GOT"});
}

bool LooksPassive(const SentenceView& v, const Candidate& c) {
  if (c.vb == 0) return false;
  const std::string& w = v.ups[c.vb];
  bool participle = w.size() > 3 && (w.compare(w.size() - 2, 2, "ED") == 0 ||
                                     w.compare(w.size() - 2, 2, "EN") == 0);
  if (!participle) return false;
  for (uint32_t k = c.vb, steps = 0; k > 0 && steps < 3; ++steps) {
    --k;
    if (IsAux(v.ups[k])) return true;
    if (v.words[k].punct || v.group_at[k] >= 0) return false;
  }
  return false;
}

bool Subordinator(const std::string& w) {
  return In(w, {"AFTER", "WHEN", "BEFORE", "SINCE", "BECAUSE", "WHILE", "THAT", "WHICH", "WHO",
                "WHERE", "IF", "UNTIL", "ALTHOUGH", "THOUGH", "UNLESS", "WHETHER"});
}

// The comma that opens a relative clause closed by the comma at k (", whose army fought in
// the 1990s,"), or k.
uint32_t SkipRelativeClause(const SentenceView& v, uint32_t k, uint32_t limit) {
  if (v.ups[k] != ",") return k;
  for (uint32_t j = k; j > limit && k - j < 20;) {
    --j;
    if (v.ups[j] != ",") continue;
    return In(v.ups[j + 1], {"WHO", "WHOSE", "WHICH", "WHOM"}) ? j : k;
  }
  return k;
}

int32_t GroupBefore(const SentenceView& v, uint32_t pos, uint32_t limit) {
  int32_t fallback = -1;
  for (uint32_t k = pos; k > limit;) {
    --k;
    k = SkipRelativeClause(v, k, limit);
    int32_t g = v.group_at[k];
    if (g < 0) {
      // The subject is in this clause: a subordinator with a non-actor noun
      // phrase after it ("after a hafling was reported") ends the search.
      if (Subordinator(v.ups[k]) && k + 1 < pos && v.group_at[k + 1] < 0) return -1;
      continue;
    }
    // "(CNN) Calls to eliminate ...": a source tag in brackets opening the sentence is no doer.
    const Group& x = v.groups[g];
    if (x.begin == 1 && v.ups[0] == "(" && x.end < v.ups.size() && v.ups[x.end] == ")") break;
    // "Carbajal, a Democrat, praised": the appositive describes the doer named before it.
    if (x.begin >= 3 + limit && In(v.ups[x.begin - 1], {"A", "AN"}) && v.ups[x.begin - 2] == "," &&
        v.group_at[x.begin - 3] >= 0 && x.end < v.ups.size() && v.ups[x.end] == ",")
      return v.group_at[x.begin - 3];
    if (!x.place) return g;
    if (fallback < 0) fallback = g;
    k = x.begin;
  }
  return fallback;
}

// Followers who stand against what they follow: critics, opponents, rivals.
bool OpponentsLemma(const std::string& lemma) {
  return In(lemma, {"critic", "opponent", "detractor", "rival", "foe"});
}

// A noun for people or bodies of people: the group before it names their country or
// party ("police officers", "Chinese students", "Republican voters").
bool PeopleNoun(const std::string& up) {
  static const std::unordered_set<std::string_view> kPeople = {
      "OFFICERS",    "OFFICER",       "OFFICIALS",    "OFFICIAL",
      "COMMANDERS",  "COMMANDER",     "LEADERS",      "LEADER",
      "LEADERSHIP",  "BRASS",         "UNITS",        "UNIT",
      "PERSONNEL",   "AGENTS",        "AGENT",        "MEMBERS",
      "MEMBER",      "CHIEFS",        "CHIEF",        "HEAD",
      "DIRECTOR",    "SECRETARY",     "MINISTER",     "MINISTERS",
      "PRESIDENT",   "ENVOY",         "AMBASSADOR",   "SPOKESMAN",
      "SPOKESWOMAN", "SPOKESPERSON",  "GENERAL",      "GENERALS",
      "ADVISER",     "ADVISERS",      "ADVISOR",      "ADVISORS",
      "AIDE",        "AIDES",         "NEGOTIATOR",   "NEGOTIATORS",
      "CHAIRMAN",    "CHAIRWOMAN",    "CHAIR",        "CEO",
      "EXECUTIVE",   "EXECUTIVES",    "BOSS",         "ANCHOR",
      "HOST",        "CORRESPONDENT", "EDITOR",       "SOURCES",
      "WORKERS",     "WORKER",        "STAFF",        "STAFFER",
      "STAFFERS",    "FIGHTERS",      "EXPERTS",      "EXPERT",
      "ANALYSTS",    "ANALYST",       "REPORTERS",    "REPORTER",
      "JOURNALISTS", "JOURNALIST",    "STUDENTS",     "STUDENT",
      "CITIZENS",    "CITIZEN",       "PEOPLE",       "VOTERS",
      "VOTER",       "RESIDENTS",     "RESIDENT",     "NATIONALS",
      "NATIONAL",    "CIVILIANS",     "CHILDREN",     "WOMEN",
      "MEN",         "WOMAN",         "MAN",          "FAMILIES",
      "FAMILY",      "FARMERS",       "REFUGEES",     "MIGRANTS",
      "IMMIGRANTS",  "COMPANIES",     "COMPANY",      "FIRMS",
      "FIRM",        "BANKS",         "BUSINESSES",   "HACKERS",
      "SOLDIERS",    "SOLDIER",       "TROOPS",       "FORCES",
      "DIPLOMATS",   "DIPLOMAT",      "LAWMAKERS",    "LAWMAKER",
      "LEGISLATORS", "SENATORS",      "SENATOR",      "REPRESENTATIVE",
      "AUTHORITIES", "COUNTERPART",   "COUNTERPARTS", "PROTESTERS",
      "ACTIVISTS",   "ACTIVIST",      "GROUPS",       "GROUP",
      "ALLIES",      "ALLY",          "PARTNERS",     "PARTNER",
      "SUPPORTERS",  "CRITICS",       "OPPONENTS",    "RIVAL",
      "RIVALS",      "VETERANS",      "PRISONERS",    "DETAINEES",
      "HOSTAGES",    "DELEGATION",    "DELEGATES",    "DELEGATE",
      "EMPLOYEES",   "CONTRACTORS",   "SCIENTISTS",   "DOCTORS",
      "ATHLETES",    "FANS",          "CONSUMERS",    "TAXPAYERS",
      "GOVERNORS",   "GOVERNOR",      "MAYORS",       "MAYOR",
      "JUDGES",      "JUDGE",         "PROSECUTORS",  "PROSECUTOR",
      "ATTORNEY",    "INVESTIGATORS", "POLITICIANS",  "CANDIDATES",
      "CANDIDATE",   "NOMINEE",       "DONOR",        "DONORS",
      "LAWYER",      "LAWYERS",       "SPEAKER",      "COLLEAGUES",
      "PILOTS",      "SAILORS",       "CREW",         "CREWS",
      "MILITANTS",   "MILITANT",      "REBELS",       "INSURGENTS",
      "TERRORISTS",  "TERRORIST",     "GUNMEN",       "GUNMAN",
      "SPIES",       "SPY",           "PATROLS",      "VESSELS",
      "SHIPS",       "JETS",          "WARSHIPS",     "REGIME",
      "GOVERNMENT",  "CITIES",        "CITY",         "ARMY",
      "NAVY",        "MILITARY",      "PARTY",        "VILLAGES",
      "VILLAGE",     "VILLAGERS",     "TOWNS",        "COMMUNITIES",
      "POPULATION",  "PROVINCES",     "REGIONS",      "NEIGHBORHOODS",
      "STATES"};
  return kPeople.count(up) > 0;
}

// A noun for what its owner does or holds: "rejects ISIL claim", "condemned the Israeli
// attack", "criticize the Saudi ban": the owner is the one the event is about.
bool OwnerNoun(const std::string& up) {
  return In(up, {"CLAIM",   "CLAIMS",   "ATTACK",     "ATTACKS",    "STRIKE",     "STRIKES",
                 "POLICY",  "POLICIES", "BAN",        "AGGRESSION", "OCCUPATION", "ACTIONS",
                 "DEMANDS", "THREATS",  "INVASION",   "ANNEXATION", "CRACKDOWN",  "OFFENSIVE",
                 "BOMBING", "BOMBINGS", "AIRSTRIKES", "INCURSION"});
}

// A group right before a noun that no group holds is an adjective, not an actor:
// "threatened military action", "to provide military aid", "hosted media training" (an
// adjective, or with a parse a noun compound on that noun); likewise a one-word country or
// party adjective or name ("offered a Republican counter proposal", "met a Vietnam veteran",
// "backed the Afghan peace process"; objects only: "the Iranian regime calls" is Iran).
// A noun for people keeps it ("police officers", "Chinese students").
bool ModifiesNoun(const Document& doc, const SentenceView& v, int32_t g, bool object) {
  const Group& gr = v.groups[g];
  const uint32_t next = gr.end;
  if (next >= v.words.size() || v.upos.size() != v.words.size()) return false;
  // (A place is no owner: "investigating the Benghazi attacks".)
  if (!gr.agent_only &&
      (!object || gr.end != gr.begin + 1 || (OwnerNoun(v.ups[next]) && !gr.place)))
    return false;
  if (v.group_at[next] >= 0 || v.upos[next] != "NOUN") return false;
  const std::string& pos = v.upos[next - 1];
  const int32_t t = v.tok[next - 1];
  const bool noun = pos == "NOUN" || (!gr.agent_only && pos == "PROPN");
  const bool compound =
      noun && t >= 0 && doc.syntax[t].deprel == "compound" && doc.syntax[t].head == v.tok[next];
  if (pos != "ADJ" && !compound) return false;
  return !PeopleNoun(v.ups[next]);
}

// The parse relation of sentence word k, or "" without a parse.
std::string_view TokenRel(const Document& doc, const SentenceView& v, uint32_t k) {
  if (k >= v.tok.size() || v.tok[k] < 0 || static_cast<size_t>(v.tok[k]) >= doc.syntax.size())
    return "";
  return doc.syntax[v.tok[k]].deprel;
}

// Whether group g is, by the parse, the subject of a verb that is coordinated with or set
// beside another clause (conj, parataxis), or, when `relative`, of a relative clause
// ("offered a plan that Democrats would support": Democrats are offered nothing; but
// "rejected a bill Boehner put forth" rejects Boehner's bill, and him).
bool CoordinateSubject(const Document& doc, const SentenceView& v, int32_t g, bool relative) {
  const uint32_t last = v.groups[g].end - 1;
  const std::string_view rel = TokenRel(doc, v, last);
  if (rel != "nsubj" && rel != "nsubj:pass") return false;
  const int32_t h = doc.syntax[v.tok[last]].head;
  if (h < 0 || static_cast<size_t>(h) >= doc.syntax.size()) return false;
  const std::string& hrel = doc.syntax[h].deprel;
  return hrel == "conj" || hrel == "parataxis" || (relative && hrel == "acl:relcl");
}

// What the word-order recipient search may pass over.
struct AfterRules {
  int32_t not_compound = -1;   // the actor's compound: none of its groups
  bool past_relative = false;  // a relative clause's subject may be the recipient
  bool skip_topics = false;    // a group after "about" is a topic, passed over
};

int32_t GroupAfter(const Document& doc, const SentenceView& v, uint32_t pos, uint32_t limit,
                   const std::vector<std::pair<uint32_t, uint32_t>>& used, const AfterRules& r) {
  int32_t fallback = -1, agent_fallback = -1;
  // "'... continue to legislate, investigate and litigate,' Pelosi declared": what is done
  // inside a quoted sentence is done to no one in the attribution after it (but "said X
  // 'asked for the meeting' with the U.S." goes on past a quoted phrase).
  const bool quoted = pos > 0 && pos <= v.words.size() && v.words[pos - 1].in_quote;
  for (uint32_t k = pos; k < limit && k < v.words.size(); ++k) {
    if (quoted && !v.words[k].in_quote && !v.words[k].punct && k >= 2 &&
        In(v.ups[k - 2], {",", ".", "!", "?"}))
      break;
    int32_t g = v.group_at[k];
    // "condemning Bezos because some of his workers ...", "... deploying them, said a
    // European official": the recipient is not in a reason clause or an attribution.
    if (g < 0 && In(v.ups[k], {"BECAUSE", "ALTHOUGH", "THOUGH", "WHEREAS", "UNLESS", "SAID", "SAYS",
                               "ACCORDING"}))
      break;
    // "had to apologize after referring to the West Bank": nor in a clause of time.
    // ("all agreed when X said ...": UD hangs "when" as the clause's advmod.)
    if (g < 0 && In(v.ups[k], {"AFTER", "BEFORE", "WHILE", "WHEN", "SINCE"}) &&
        (TokenRel(doc, v, k) == "mark" || (v.ups[k] == "WHEN" && TokenRel(doc, v, k) == "advmod")))
      break;
    if (g < 0) continue;
    // "The FBI is investigating and the State Department is conducting ...": the subject of
    // a coordinated clause starts another event.
    if (CoordinateSubject(doc, v, g, !r.past_relative)) break;
    k = v.groups[g].end - 1;
    bool consumed = false;
    for (const auto& [ub, ue] : used) consumed |= v.groups[g].begin < ue && ub < v.groups[g].end;
    if (consumed) continue;
    if (r.not_compound >= 0 && v.CompoundOf(g) == r.not_compound) continue;
    // "promising damaging information about Clinton": what it is about is no recipient
    // (with our lexicon; PETRARCH's dictionaries code such objects).
    if (r.skip_topics && v.groups[g].begin > 0 && v.ups[v.groups[g].begin - 1] == "ABOUT") continue;
    if (v.groups[g].place) {
      if (fallback < 0) fallback = g;
      continue;
    }
    if (ModifiesNoun(doc, v, g, true)) continue;
    // "accused Facebook critics of condescension": its critics are not Facebook.
    if (const uint32_t e = v.groups[g].end; e < v.tok.size() && v.tok[e] >= 0 &&
                                            static_cast<size_t>(v.tok[e]) < doc.syntax.size() &&
                                            OpponentsLemma(doc.syntax[v.tok[e]].lemma))
      continue;
    if (v.groups[g].agent_only) {
      if (agent_fallback < 0) agent_fallback = g;
      continue;
    }
    // "threatened to shut down the government at the White House": a named group where it
    // happened is no recipient when an object came before it.
    if (agent_fallback >= 0) {
      uint32_t p = v.groups[g].begin;
      while (p > 0 && In(v.ups[p - 1], {"THE", "A", "AN"})) --p;
      if (p > 0 && In(v.ups[p - 1], {"AT", "IN", "INSIDE", "OUTSIDE"})) return agent_fallback;
    }
    return g;
  }
  return agent_fallback >= 0 ? agent_fallback : fallback;
}

std::vector<int32_t> Conjuncts(const SentenceView& v, int32_t g) {
  std::vector<int32_t> out;
  if (g < 0) return out;
  int32_t c = v.CompoundOf(g);
  if (c < 0) return {g};
  for (uint32_t x : v.compounds[c].groups) out.push_back(static_cast<int32_t>(x));
  return out;
}

std::vector<EventArg> Args(const SentenceView& v, const std::vector<int32_t>& groups,
                           const Document& doc) {
  std::vector<EventArg> out;
  for (int32_t g : groups) {
    const Group& gr = v.groups[g];
    Span s{v.words[gr.begin].span.begin, v.words[gr.end - 1].span.end};
    for (const ActorCode& a : gr.actors) {
      // ("Kim wants to meet Trump, and Trump ... says yes": one recipient.)
      if (a.entity >= 0 && std::any_of(out.begin(), out.end(),
                                       [&](const EventArg& x) { return x.entity == a.entity; }))
        continue;
      EventArg e;
      e.entity = a.entity;
      e.code = a.code == "---" ? "" : a.prefix + a.code;
      e.sector = SectorFromSuffix(a.suffix);
      if (e.sector.empty() && !a.suffix.empty()) e.sector = a.suffix;
      e.name = a.name;
      e.span = s;
      out.push_back(std::move(e));
    }
  }
  (void)doc;
  return out;
}

// Removes recipients that are also actors: the same entity, or the same
// code with the same sector or with no sector on either side (a bare
// country is every actor of it). Domestic events between sectors stay:
// "Russian police detained Russian protesters" is RUS COP -> RUS CVL.
// Entity e of doc is a person or an organisation (not a place, a country or its people).
bool PersonOrBody(const Document& doc, int32_t e) {
  if (e < 0 || static_cast<size_t>(e) >= doc.entities.size()) return false;
  return doc.entities[e].type == "PERSON" || doc.entities[e].type == "ORG";
}

void DropSelfRecipients(const Document& doc, Event* e) {
  auto is_actor = [&](const EventArg& r) {
    for (const EventArg& a : e->actor) {
      if (r.entity >= 0 && a.entity == r.entity) return true;
      // "Trump criticized Rosenstein", "McConnell criticized House Democrats": two people or
      // bodies of one country and sector are two actors ("the United States" and "Americans"
      // are one).
      if (a.entity != r.entity && PersonOrBody(doc, a.entity) && PersonOrBody(doc, r.entity))
        continue;
      if (!r.code.empty() && a.code == r.code &&
          (a.sector == r.sector || a.sector.empty() || r.sector.empty()))
        return true;
    }
    return false;
  };
  e->recipient.erase(std::remove_if(e->recipient.begin(), e->recipient.end(), is_actor),
                     e->recipient.end());
}

// An actor known only by its sector ("farmers", "protesters") takes the
// country of the event's place: "farmers protested in Brussels" is BEL CVL.
// False when some actor stays without code or entity (no event).
bool ActorsFromPlace(Event* e) {
  const bool place = e->location && !e->location->country.empty();
  for (EventArg& a : e->actor)
    if (a.code.empty() && a.entity < 0 && !a.sector.empty() && place) a.code = e->location->country;
  e->actor.erase(std::remove_if(e->actor.begin(), e->actor.end(),
                                [](const EventArg& a) { return a.code.empty() && a.entity < 0; }),
                 e->actor.end());
  return !e->actor.empty();
}

bool SameArgs(const std::vector<EventArg>& a, const std::vector<EventArg>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].code != b[i].code || a[i].sector != b[i].sector) return false;
  return true;
}

// ---- arguments from the dependency parse ------------------------------------------

// The parse of one sentence seen from the words: word of each token and the
// children of each token. Empty (ok == false) when the parser did not run.
struct DepView {
  uint32_t tb = 0, te = 0;
  std::vector<int32_t> word_of;             // token - tb -> word, or -1
  std::vector<std::vector<uint32_t>> kids;  // token - tb -> child tokens
  bool ok = false;

  bool Has(int64_t t) const { return ok && t >= tb && t < te; }
};

constexpr uint32_t kMaxDepTokens = 600;

DepView BuildDeps(const Document& doc, const Sentence& s, const SentenceView& v) {
  DepView d;
  if (doc.syntax.size() != doc.tokens.size() || v.tok.size() != v.words.size()) return d;
  d.tb = s.token_begin;
  d.te = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
  if (d.te <= d.tb || d.te - d.tb > kMaxDepTokens) return d;
  d.word_of.assign(d.te - d.tb, -1);
  d.kids.resize(d.te - d.tb);
  for (size_t w = 0; w < v.tok.size(); ++w) {
    int32_t t = v.tok[w];
    if (t >= static_cast<int32_t>(d.tb) && t < static_cast<int32_t>(d.te) &&
        d.word_of[t - d.tb] < 0)
      d.word_of[t - d.tb] = static_cast<int32_t>(w);
  }
  for (uint32_t t = d.tb; t < d.te; ++t) {
    int32_t h = doc.syntax[t].head;
    if (h >= static_cast<int32_t>(d.tb) && h < static_cast<int32_t>(d.te) &&
        h != static_cast<int32_t>(t))
      d.kids[h - d.tb].push_back(t);
  }
  d.ok = true;
  return d;
}

bool RelIs(const std::string& rel, const char* base) {
  size_t n = std::strlen(base);
  return rel.compare(0, n, base) == 0 && (rel.size() == n || rel[n] == ':');
}

// The actor group a token's phrase names: the token's own group, else one in
// its name/modifier subtree ("government of Gondor" -> Gondor's group).
// Lower-case word of token t's first child with relation `rel` ("to" in the
// "case" of "to Kyiv", the "mark" of "to protest"), or "".
// Token t's first child with relation `rel`, or -1.
int64_t FirstChild(const Document& doc, const DepView& d, uint32_t t, std::string_view rel) {
  for (uint32_t k : d.kids[t - d.tb])
    if (doc.syntax[k].deprel == rel) return k;
  return -1;
}

bool HasChild(const Document& doc, const DepView& d, uint32_t t, std::string_view rel) {
  return FirstChild(doc, d, t, rel) >= 0;
}

std::string ChildWord(const Document& doc, const DepView& d, uint32_t t, std::string_view rel) {
  const int64_t k = FirstChild(doc, d, t, rel);
  if (k < 0) return "";
  std::string w(doc.Surface(doc.tokens[k].span));
  for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return w;
}

std::string CaseOf(const Document& doc, const DepView& d, uint32_t t) {
  return ChildWord(doc, d, t, "case");
}

// "investigating the 2012 Benghazi attacks", "in the wake of the Paris attacks", tagged as a
// verb: a town named after "the" (and perhaps a year) right before the trigger is the place
// of an event whose doer the phrase does not name, not its subject.
bool TheTownBefore(const Document& doc, const SentenceView& v, uint32_t vb) {
  if (vb == 0 || v.group_at[vb - 1] < 0) return false;
  const Group& g = v.groups[v.group_at[vb - 1]];
  if (!IsTown(doc, g)) return false;
  uint32_t b = g.begin;
  if (b > 0 && v.upos.size() == v.words.size() && v.upos[b - 1] == "NUM") --b;
  return b > 0 && v.ups[b - 1] == "THE";
}

// "released a new platform with Sanders", "the platform Biden released": releasing (084) is
// freeing people or giving back what was held; a released thing named by a plain noun that is
// neither (a document, a plan, a product) makes no event. The thing is the object, or the noun
// a relative or participle clause of the trigger modifies.
bool ReleasesAThing(const Document& doc, const DepView& d, const SentenceView& v, uint32_t vb) {
  if (vb >= v.tok.size() || v.tok[vb] < 0 || !d.Has(v.tok[vb])) return false;
  const uint32_t trig = static_cast<uint32_t>(v.tok[vb]);
  int64_t thing = FirstChild(doc, d, trig, "obj");
  if (thing < 0 && RelIs(doc.syntax[trig].deprel, "acl")) thing = doc.syntax[trig].head;
  // (Parsed as two subjects: "[the platform] [Biden] released ...".)
  if (thing < 0) {
    int64_t first = -1;
    int subjects = 0;
    for (uint32_t k : d.kids[trig - d.tb])
      if (doc.syntax[k].deprel == "nsubj" && k < trig && subjects++ == 0) first = k;
    if (subjects == 2) thing = first;
  }
  if (thing < 0 || !d.Has(thing) || doc.syntax[thing].upos != "NOUN") return false;
  const int32_t w = d.word_of[thing - d.tb];
  if (w < 0 || v.group_at[w] >= 0) return false;
  const std::string& up = v.ups[w];
  return !PeopleNoun(up) &&
         !In(up, {"PRISONER", "PRISONERS",  "HOSTAGE", "HOSTAGES", "DETAINEE", "DETAINEES",
                  "CAPTIVE",  "CAPTIVES",   "SAILOR",  "SAILORS",  "SOLDIER",  "SOLDIERS",
                  "TROOPS",   "INMATE",     "INMATES", "CREW",     "TANKER",   "TANKERS",
                  "SHIP",     "SHIPS",      "VESSEL",  "VESSELS",  "BODIES",   "REMAINS",
                  "AID",      "ASSISTANCE", "FUNDS",   "FUNDING"});
}

// "agencies agree Russia was behind the hacks": agreeing with a clause (a ccomp without
// "that", or a predicate the parse made the object) is a shared view, as the lexicon's "agree
// that".
bool AgreesWithAClause(const Document& doc, const DepView& d, const SentenceView& v, uint32_t vb) {
  if (vb >= v.tok.size() || v.tok[vb] < 0 || !d.Has(v.tok[vb])) return false;
  const uint32_t trig = static_cast<uint32_t>(v.tok[vb]);
  if (doc.syntax[trig].lemma != "agree") return false;  // ("promised Mexico would pay": a promise)
  if (HasChild(doc, d, trig, "ccomp")) return true;
  const int64_t obj = FirstChild(doc, d, trig, "obj");
  return obj >= 0 && HasChild(doc, d, static_cast<uint32_t>(obj), "nsubj") &&
         HasChild(doc, d, static_cast<uint32_t>(obj), "cop");
}

// Whether verb t, with no subject found, has a doer of its own that the parse lost or that
// is no one in particular: the head of a finite complement clause ("said [40 countries have
// offered aid]", never the speaker, whom word order would find) or a clause as subject ("said
// that [invading Iraq] was a disaster").
bool NoDoerOfItsOwn(const Document& doc, const DepView& d, uint32_t t) {
  const TokenSyntax& s = doc.syntax[t];
  if (RelIs(s.deprel, "csubj")) return true;
  if (s.deprel != "ccomp") return false;
  const bool finite = In(s.xpos, {"VBD", "VBZ", "VBP", "MD"}) ||
                      (HasChild(doc, d, t, "aux") && ChildWord(doc, d, t, "aux") != "to");
  return finite && !HasChild(doc, d, t, "nsubj") && !HasChild(doc, d, t, "nsubj:pass") &&
         !HasChild(doc, d, t, "csubj") && !HasChild(doc, d, t, "expl");
}

// "supporters", "allies", "critics", "donors" ...: people defined by someone else ("the
// minister's former deputy" is not the minister either; "Clinton donors" are not Clinton).
bool FollowersNoun(const Document& doc, uint32_t t, bool object) {
  static const std::unordered_set<std::string_view> kFollowers = {
      "supporter", "ally", "critic", "opponent", "backer", "loyalist", "rival", "detractor",
      "follower", "fan", "voter", "defender", "surrogate", "foe", "deputy", "donor", "contributor",
      "admirer", "sympathizer",
      // Kin and accusers of a person are not the person ("Trump's daughter condemned",
      // "Kavanaugh's accuser").
      "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew",
      "niece", "cousin", "accuser", "associate", "friend", "confidant", "girlfriend", "boyfriend"};
  // A person's lawyers act for the person ("Trump's lawyers asked the court"), but are not
  // the person when acted on ("investigating Trump's former personal attorney").
  return doc.syntax[t].upos == "NOUN" &&
         (kFollowers.count(doc.syntax[t].lemma) > 0 ||
          (object && In(doc.syntax[t].lemma, {"attorney", "lawyer", "fixer"})));
}

// Group g is a person.
bool PersonGroup(const Document& doc, const SentenceView& v, int32_t g) {
  for (const ActorCode& a : v.groups[g].actors)
    if (a.entity >= 0 && static_cast<size_t>(a.entity) < doc.entities.size() &&
        doc.entities[a.entity].type == "PERSON")
      return true;
  return false;
}

// A noun for someone who studies or reports on what modifies it ("a Turkey expert").
bool StudentOfNoun(const std::string& up) {
  return In(up, {"EXPERT",    "EXPERTS",    "ANALYST",     "ANALYSTS",      "SCHOLAR",
                 "SCHOLARS",  "SPECIALIST", "SPECIALISTS", "CORRESPONDENT", "CORRESPONDENTS",
                 "HISTORIAN", "HISTORIANS", "RESEARCHER",  "RESEARCHERS",   "WATCHER",
                 "WATCHERS",  "OBSERVER",   "OBSERVERS",   "REPORTER",      "REPORTERS",
                 "SCIENTIST", "SCIENTISTS"});
}

// A proper noun that is no actor is someone we cannot code, whatever modifies it:
// "Supreme Court litigator Thomas Goldstein" is not the Supreme Court; only an appositive
// says who he is ("Van Hollen, a Democrat from Maryland"). A place modifier is not the
// actor either ("the red line in Syria").
int32_t GroupOfToken(const Document& doc, const DepView& d, const SentenceView& v, uint32_t t,
                     int depth = 0, bool object = false) {
  int32_t w = d.word_of[t - d.tb];
  if (w >= 0 && v.group_at[w] >= 0) return v.group_at[w];
  if (depth >= 2) return -1;
  const bool name = depth == 0 && doc.syntax[t].upos == "PROPN";
  // "his White House guest, French President Hollande": the person the noun names in
  // apposition, before the words that modify the noun.
  if (depth == 0 && !name) {
    for (uint32_t k : d.kids[t - d.tb]) {
      if (!RelIs(doc.syntax[k].deprel, "appos")) continue;
      if (const int32_t g = GroupOfToken(doc, d, v, k, depth + 1, object); g >= 0) return g;
    }
  }
  for (uint32_t k : d.kids[t - d.tb]) {
    const std::string& rel = doc.syntax[k].deprel;
    if (name && !RelIs(rel, "appos")) continue;
    // "Donald Trump Jr, Trump's eldest son": the son is not his father.
    if (depth > 0 && rel == "nmod:poss") continue;
    if (RelIs(rel, "nmod") && rel != "nmod:poss") {
      std::string c = CaseOf(doc, d, k);
      if (!c.empty() && c != "of") continue;
    }
    if (!RelIs(rel, "compound") && !RelIs(rel, "flat") && !RelIs(rel, "nmod") &&
        !RelIs(rel, "appos") && !RelIs(rel, "amod"))
      continue;
    int32_t g = GroupOfToken(doc, d, v, k, depth + 1, object);
    // "Trump supporters", "Pelosi's allies", "opponents of the president": a person's
    // followers are not the person.
    // Critics and opponents of anyone are not it ("accused Facebook critics of condescension").
    if (g >= 0 && (rel == "compound" || rel == "nmod:poss" || rel == "nmod") &&
        FollowersNoun(doc, t, object) &&
        (PersonGroup(doc, v, g) || OpponentsLemma(doc.syntax[t].lemma)))
      continue;
    // "military aid": a sector word modifying a thing is no actor.
    if (g >= 0 && (RelIs(rel, "amod") || RelIs(rel, "compound")) && ModifiesNoun(doc, v, g, object))
      continue;
    // "a Turkey expert", "the paper's Russia correspondent": who studies a country is not it.
    if (g >= 0 && RelIs(rel, "compound") && w >= 0 && StudentOfNoun(v.ups[w])) continue;
    if (g >= 0) return g;
  }
  return -1;
}

bool RecipientCase(const std::string& c);

// A nominal event's recipient further down its modifiers: "massing of
// troops near its border with Ukraine" -> Ukraine (at most 6 levels down).
int32_t NominalRecipient(const Document& doc, const DepView& d, const SentenceView& v,
                         uint32_t trig) {
  std::vector<std::pair<uint32_t, int>> todo = {{trig, 0}};
  for (size_t i = 0; i < todo.size() && i < 64; ++i) {
    auto [t, depth] = todo[i];
    for (uint32_t k : d.kids[t - d.tb]) {
      if (!RelIs(doc.syntax[k].deprel, "nmod") || doc.syntax[k].deprel == "nmod:poss") continue;
      std::string c = CaseOf(doc, d, k);
      if (depth > 0 && (RecipientCase(c) || c == "near")) {
        int32_t w = d.word_of[k - d.tb];
        if (w >= 0 && v.group_at[w] >= 0) return v.group_at[w];
      }
      // Down the theme ("of troops") and the place ("near its border").
      if (depth < 6 && (c == "of" || c == "near")) todo.push_back({k, depth + 1});
    }
  }
  return -1;
}

// The actor group of the subject of t's clausal complement, or -1.
int32_t ClauseSubject(const Document& doc, const DepView& d, const SentenceView& v, uint32_t t) {
  for (uint32_t k : d.kids[t - d.tb]) {
    if (doc.syntax[k].deprel != "ccomp") continue;
    // "that firing Mueller would be a bad idea": an action, not a doer (Mueller is its object,
    // whatever the parse makes him).
    if (HasChild(doc, d, k, "csubj")) return -1;
    for (uint32_t j : d.kids[k - d.tb]) {
      if (doc.syntax[j].deprel != "nsubj" && doc.syntax[j].deprel != "nsubj:pass") continue;
      if (doc.syntax[j].upos == "VERB" || doc.syntax[j].xpos == "VBG") return -1;
      return GroupOfToken(doc, d, v, j, 0, /*object=*/true);  // it is the recipient
    }
    return -1;
  }
  return -1;
}

bool InTimeExpression(const Document& doc, uint32_t t) {
  const Span& sp = doc.tokens[t].span;
  for (const TimeExpr& x : doc.times)
    if (x.span.begin <= sp.begin && sp.end <= x.span.end) return true;
  return false;
}

// The group of the subject token k of verb t; a relative pronoun stands for the noun its
// clause modifies ("Goldstein, who asked the justices": Goldstein).
int32_t SubjectGroup(const Document& doc, const DepView& d, const SentenceView& v, uint32_t t,
                     uint32_t k) {
  // "to change Iran's long held behavior and called on Congress", parsed with "Iran" as the
  // subject of "held": a possessive is no doer.
  if (doc.syntax[k].deprel == "nsubj" && HasChild(doc, d, k, "case") &&
      In(ChildWord(doc, d, k, "case"), {"'s", "\xE2\x80\x99s", "'"}))
    return -1;
  if (doc.syntax[k].xpos == "WP" || doc.syntax[k].xpos == "WDT") {
    // "Mr. Putin, who has invaded": the noun right before the pronoun, whatever the parse
    // hangs the clause from; when that noun is no actor, the doer is no actor either.
    int32_t w = d.word_of[k - d.tb];
    if (w > 0 && v.ups[w - 1] == ",") --w;
    // "donors in Tokyo who will be asked": "who" is no place, and the people it stands for
    // are no actor we know.
    if (w > 0 && v.group_at[w - 1] >= 0 && v.groups[v.group_at[w - 1]].place &&
        In(v.ups[d.word_of[k - d.tb]], {"WHO", "WHOM"}))
      return -1;
    if (w > 0 && v.group_at[w - 1] >= 0) return v.group_at[w - 1];
    // ("an article that attacks X or one that praises Y", "those who": a pronoun or a number
    // stands for what no actor names.)
    if (w > 0 && v.tok[w - 1] >= 0 &&
        In(doc.syntax[v.tok[w - 1]].upos, {"PROPN", "NOUN", "PRON", "NUM"}))
      return -1;
    int32_t h = doc.syntax[t].head;
    if (RelIs(doc.syntax[t].deprel, "acl") && d.Has(h)) return GroupOfToken(doc, d, v, h);
  }
  // "The top-ranking Republican on the committee, Rep. Jim Jordan, accused": the person an
  // apposition names is the doer, not the party of the head noun.
  const int32_t g = GroupOfToken(doc, d, v, k);
  if (g >= 0 && PersonGroup(doc, v, g)) return g;
  for (uint32_t a : d.kids[k - d.tb]) {
    if (doc.syntax[a].deprel != "appos") continue;
    const int32_t ga = GroupOfToken(doc, d, v, a);
    if (ga >= 0 && PersonGroup(doc, v, ga)) return ga;
  }
  return g;
}

struct DepArgs {
  int32_t subject = -1;  // who did it
  // The parse names a doer (a subject or a "by" agent), whether or not it is an actor: when
  // it is not, word order must not put another actor in its place.
  bool named_subject = false;
  int32_t object = -1;  // to whom
  // The recipients the parse names (objects, "with/to/against ..."), actors or not: when none is
  // an actor, word order may take one only inside them ("provide aid to the rebels", "rejected
  // contentions by the regime"), not the next actor down the sentence ("to meet with feuding
  // candidates, on the heels of a U.S. general's murder").
  std::vector<uint32_t> named_objects;
  bool passive = false;  // the parse decided the voice
  bool between = false;  // object came as "between X and Y": they are the actors
  // The subject of the trigger's clausal complement ("warns that Moscow could attack": Moscow),
  // a recipient for verbs of demanding, disapproving, rejecting and threatening.
  int32_t clause_subject = -1;
  // The object is a person's kin, lawyer or accuser ("investigating Trump's former personal
  // attorney"): the recipient is no actor we know, and word order must not find the person.
  bool kin_object = false;
};

// Noun t is a follower, kin or lawyer of the person its possessive names ("Trump's lawyer").
bool KinOfPerson(const Document& doc, const DepView& d, const SentenceView& v, uint32_t t) {
  if (!FollowersNoun(doc, t, /*object=*/true)) return false;
  for (uint32_t k : d.kids[t - d.tb]) {
    if (doc.syntax[k].deprel != "nmod:poss") continue;
    const int32_t g = GroupOfToken(doc, d, v, k, 1);
    if (g >= 0 && PersonGroup(doc, v, g)) return true;
  }
  return false;
}

bool RecipientCase(const std::string& c) {
  return In(
      c, {"to", "against", "on", "with", "toward", "towards", "upon", "into", "over", "between"});
}

// Actor and recipient of the trigger at word w from the parse: nsubj (or,
// through xcomp/conj, the governing verb's), obl:agent/"by" for passives;
// obj/iobj, else an obl/nmod with to/against/on/with. Nouns: nmod:poss is
// the actor ("Russia's massing"), nmod with those prepositions the recipient.
// A verb whose to-clause is what it asks someone else to do, however the parse labels the
// clause ("urged Democrats to condemn", "pressed Ukraine to investigate").
bool AsksOthers(const Document& doc, uint32_t h) {
  // (Also who is offered, paid, hired, told, invited or authorised to do it; "pushed the
  // president to investigate", "lobbied senators to reject".)
  return In(doc.syntax[h].lemma,
            {"ask", "urge", "press", "demand", "request", "encourage", "pressure", "persuade",
             "offer", "pay", "hire", "tell", "invite", "authorize", "authorise", "instruct", "push",
             "prod", "lobby", "implore", "beg", "direct", "solicit", "advise",
             // "tapped the secretary to meet with Pelosi": who is picked for a task does it.
             "tap", "appoint", "assign", "designate", "pick", "choose", "select",
             // "expects federal authorities to investigate", "wants Russia to withdraw",
             // "ordered the army to attack", "needs Congress to act".
             "expect", "want", "order", "require", "need"});
}

// The word of token k in upper case.
std::string UpperSurface(const Document& doc, uint32_t k) {
  return dict_text::Upper(doc.Surface(doc.tokens[k].span));
}

// A platform someone speaks through ("on Twitter", "via Facebook").
bool MediumWord(const std::string& up) {
  return In(up, {"TWITTER", "FACEBOOK", "INSTAGRAM", "YOUTUBE", "TIKTOK", "TELEGRAM"});
}

// "called on Democrats to condemn": the group after "on" is asked, as an object is; not
// "called Putin to congratulate him", a call made for a purpose of the caller's. "called on
// Twitter for the army to attack": the platform is not asked; the noun after "for" is.
int64_t CalledOn(const Document& doc, const DepView& d, uint32_t h, uint32_t before) {
  if (!In(doc.syntax[h].lemma, {"call", "prevail"})) return -1;
  int64_t called_for = -1;
  for (uint32_t k : d.kids[h - d.tb]) {
    if (k >= before || !RelIs(doc.syntax[k].deprel, "obl")) continue;
    const std::string c = CaseOf(doc, d, k);
    const std::string up = UpperSurface(doc, k);
    if (In(c, {"on", "upon"}) && !MediumWord(up)) return k;
    // (A name or a people noun: not "called for a resolution to condemn".)
    if (c == "for" && doc.syntax[h].lemma == "call" && called_for < 0 &&
        (doc.syntax[k].upos == "PROPN" || PeopleNoun(up)))
      called_for = k;
  }
  return called_for;
}

// "blamed China on Twitter", "blamed Iran on Monday": a platform or a time after "on".
bool BlamedThrough(const Document& doc, uint32_t k) {
  return MediumWord(UpperSurface(doc, k)) || InTimeExpression(doc, k);
}

// "blamed the senator's defeat on his staff", "blamed the shutdown on Democrats": who is
// blamed is after "on", not the owner of what went wrong. The token of the "on" phrase (on
// the verb or on its object), or -1.
int64_t BlamedOn(const Document& doc, const DepView& d, uint32_t trig) {
  if (doc.syntax[trig].lemma != "blame") return -1;
  const int64_t obj = FirstChild(doc, d, trig, "obj");
  if (obj < 0) return -1;
  int64_t on = -1;
  for (const uint32_t head : {trig, static_cast<uint32_t>(obj)}) {
    for (uint32_t k : d.kids[head - d.tb]) {
      if (k < static_cast<uint32_t>(obj) ||
          (!RelIs(doc.syntax[k].deprel, "obl") && !RelIs(doc.syntax[k].deprel, "nmod")))
        continue;
      const std::string c = CaseOf(doc, d, k);
      // ("blamed Iran for the attack on the embassy": who is blamed for something is the
      // object.)
      if (c == "for") return -1;
      if (on < 0 && In(c, {"on", "upon"}) && !BlamedThrough(doc, k)) on = k;
    }
  }
  return on;
}

// A noun for something written or said that can ask, accuse or praise in its author's name.
bool WrittenWordLemma(const std::string& lemma) {
  return In(lemma, {"letter",    "op-ed",   "ed",        "editorial", "column",
                    "statement", "lawsuit", "suit",      "petition",  "resolution",
                    "memo",      "tweet",   "post",      "ad",        "advertisement",
                    "message",   "motion",  "complaint", "brief",     "report",
                    "video",     "speech",  "bill",      "order",     "declaration",
                    "amendment", "filing"});
}

// "wrote an op-ed in a newspaper urging Congress", "the senator's letter calling for": a
// participle on a written word is its author's deed: the noun's possessor, else the
// subject of the verb whose object the noun is. Returns the author's token and sets *clause to
// the token whose subject it is (the noun for a possessor), or -1.
int64_t AuthorOfWrittenWord(const Document& doc, const DepView& d, uint32_t trig,
                            uint32_t* clause) {
  const int32_t h = doc.syntax[trig].head;
  if (doc.syntax[trig].deprel != "acl" || doc.syntax[trig].xpos != "VBG" || !d.Has(h) ||
      !In(doc.syntax[h].upos, {"NOUN", "PROPN"}))
    return -1;
  uint32_t hu = static_cast<uint32_t>(h);
  // ("gave a speech to the United Nations calling on", parsed with the participle on the
  // addressee of the written word.)
  if (!WrittenWordLemma(doc.syntax[hu].lemma) && RelIs(doc.syntax[hu].deprel, "nmod") &&
      d.Has(doc.syntax[hu].head) && doc.syntax[doc.syntax[hu].head].upos == "NOUN")
    hu = static_cast<uint32_t>(doc.syntax[hu].head);
  if (!WrittenWordLemma(doc.syntax[hu].lemma)) return -1;
  *clause = hu;
  if (const int64_t owner = FirstChild(doc, d, hu, "nmod:poss"); owner >= 0) return owner;
  const int32_t verb = doc.syntax[hu].head;
  if (doc.syntax[hu].deprel != "obj" || !d.Has(verb)) return -1;
  *clause = static_cast<uint32_t>(verb);
  return FirstChild(doc, d, static_cast<uint32_t>(verb), "nsubj");
}

// The clause of verb t opens with a subordinating word ("since the report was published"),
// whatever the parse made of that word.
bool OpensWithSubordinator(const Document& doc, const DepView& d, uint32_t t) {
  uint32_t first = t;
  std::vector<uint32_t> todo{t};
  for (uint32_t seen = 0; !todo.empty() && seen < kMaxDepTokens; ++seen) {  // (a tree: bounded)
    const uint32_t k = todo.back();
    todo.pop_back();
    first = std::min(first, k);
    for (uint32_t c : d.kids[k - d.tb]) todo.push_back(c);
  }
  return first < t &&
         In(UpperSurface(doc, first), {"SINCE", "AFTER", "BEFORE", "WHEN", "WHILE", "BECAUSE",
                                       "ALTHOUGH", "THOUGH", "ONCE", "UNTIL", "IF", "AS"});
}

// Nouns of intent: whoever has them does what their infinitive says ("announced plans to
// expel", "made a decision to", "launched a bid to").
bool IntentNoun(const std::string& lemma) {
  return In(lemma, {"plan", "decision", "intention", "bid", "attempt", "effort", "move", "proposal",
                    "order", "vote", "threat", "promise", "pledge", "commitment", "push", "drive",
                    "initiative", "step"});
}

// A finite verb that the parse hangs as a conjunct of a noun with no copula ("... the "founder
// of ISIS," but blamed Obama"): a misparse; its subject is that of the clause the noun is in.
bool FiniteConjunctOfNoun(const Document& doc, const DepView& d, uint32_t t) {
  const int32_t h = doc.syntax[t].head;
  // (A past participle with an object is a finite verb tagged wrong: "but blamed Obama".)
  const bool finite = In(doc.syntax[t].xpos, {"VBD", "VBZ", "VBP"}) ||
                      (doc.syntax[t].xpos == "VBN" && !HasChild(doc, d, t, "aux") &&
                       !HasChild(doc, d, t, "aux:pass") && HasChild(doc, d, t, "obj"));
  if (doc.syntax[t].deprel != "conj" || !finite || !d.Has(h) || static_cast<uint32_t>(h) > t ||
      !In(doc.syntax[h].upos, {"NOUN", "PROPN"}) ||
      HasChild(doc, d, static_cast<uint32_t>(h), "cop") ||
      HasChild(doc, d, static_cast<uint32_t>(h), "nsubj"))
    return false;
  // ("a speech by Thunberg in which she called out": a relative clause, misparsed.)
  for (uint32_t k = static_cast<uint32_t>(h) + 1; k < t; ++k)
    if (In(doc.syntax[k].xpos, {"WDT", "WP", "WP$"})) return false;
  return true;
}

// A verb with an object but no subject or auxiliary that the parse hangs as a relative clause
// of the sentence's root noun, before it with no relative pronoun between: the noun, or -1.
int64_t MainVerbOfRootNoun(const Document& doc, const DepView& d, uint32_t t) {
  const int32_t h = doc.syntax[t].head;
  if (!RelIs(doc.syntax[t].deprel, "acl") || !In(doc.syntax[t].xpos, {"VBD", "VBN"}) || !d.Has(h) ||
      static_cast<uint32_t>(h) > t || doc.syntax[h].deprel != "root" ||
      !In(doc.syntax[h].upos, {"NOUN", "PROPN"}) || !HasChild(doc, d, t, "obj"))
    return -1;
  for (const char* rel : {"nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop"})
    if (HasChild(doc, d, t, rel)) return -1;
  for (uint32_t k = static_cast<uint32_t>(h) + 1; k < t; ++k)
    if (In(doc.syntax[k].xpos, {"WDT", "WP", "WP$"})) return -1;
  return h;
}

DepArgs ArgsFromParse(const Document& doc, const DepView& d, const SentenceView& v, uint32_t w,
                      bool noun) {
  DepArgs a;
  if (!d.ok || w >= v.tok.size() || !d.Has(v.tok[w])) return a;
  const uint32_t trig = static_cast<uint32_t>(v.tok[w]);
  int32_t pass_subject = -1, agent = -1;
  int64_t pass_token = -1;  // the trigger's own passive subject, an actor or not
  // The trigger has a passive subject, an actor or not ("Smith has never been accused of
  // lying": the accuser is unknown, whoever else the sentence names).
  bool passive_trigger = false;
  // A relative pronoun names the doer ("a prosecutor, who was investigating"): when its noun
  // is no actor, the doer is no actor either, whatever clause the parse hangs it from.
  bool relative = false;
  // The trigger is a participle after a comma ("..., calling for ..."): the passive subject
  // of the clause the parse hangs it from is what that clause is about, not the doer.
  const bool participle = !noun && doc.syntax[trig].deprel == "advcl" &&
                          doc.syntax[trig].xpos == "VBG" && !HasChild(doc, d, trig, "mark");
  // The trigger is a finite verb that the parse makes a conjunct of a noun: the subject is
  // that of the clause the noun is in.
  const bool through_noun = FiniteConjunctOfNoun(doc, d, trig);
  // "President Barack Obama, in remarks from the Oval Office, accused Mr. Netanyahu": a
  // main verb that the parse makes a relative clause of the sentence's root noun; that noun
  // does it.
  if (const int64_t h = noun ? -1 : MainVerbOfRootNoun(doc, d, trig); h >= 0) {
    a.subject = GroupOfToken(doc, d, v, static_cast<uint32_t>(h));
    a.named_subject = true;
  }
  for (uint32_t t = trig, hops = 0;
       hops < 5 && a.subject < 0 && pass_subject < 0 && !passive_trigger && !relative; ++hops) {
    for (uint32_t k : d.kids[t - d.tb]) {
      const std::string& rel = doc.syntax[k].deprel;
      // "Schiff has only doubled down since Mueller's report was published, calling for ...":
      // the report does not call.
      if (participle && t != trig && rel == "nsubj:pass" && OpensWithSubordinator(doc, d, t))
        continue;
      if (noun && RelIs(rel, "nmod") && CaseOf(doc, d, k) == "by") {
        a.subject = GroupOfToken(doc, d, v, k);  // "a visit to Kyiv by Blinken"
        a.named_subject = true;
      } else if (rel == "nsubj" && InTimeExpression(doc, k)) {
        // "Lavrov last week accused ...", parsed with "week" as the subject: a time is no
        // doer; word order finds the actor.
        continue;
      } else if (rel == "nsubj" || (noun && rel == "nmod:poss")) {
        a.subject = SubjectGroup(doc, d, v, t, k);
        a.named_subject = true;
        relative |= In(doc.syntax[k].xpos, {"WP", "WDT"});
      } else if (rel == "nsubj:pass") {
        // "Blinken is scheduled to meet": the governing verb's passive
        // subject is the doer of the xcomp.
        (t == trig ? pass_subject : a.subject) = SubjectGroup(doc, d, v, t, k);
        if (t == trig) pass_token = k;
        a.named_subject |= t != trig;
        passive_trigger |= t == trig;
        relative |= t != trig && In(doc.syntax[k].xpos, {"WP", "WDT"});
      } else if (t == trig &&
                 (rel == "obl:agent" || (RelIs(rel, "obl") && CaseOf(doc, d, k) == "by"))) {
        agent = GroupOfToken(doc, d, v, k);
        a.named_subject = true;
      }
    }
    const std::string& rel = doc.syntax[t].deprel;
    int32_t h = doc.syntax[t].head;
    // "Farmers drove into Brussels to protest ...": a purpose clause's
    // doer is the main clause's subject; so is a participle's ("Romney
    // stepped up his criticism, accusing Obama of ...").
    // So is a gerund's after a preposition ("shifted into attacking Schiff", "by accusing").
    const std::string mark = rel == "advcl" ? ChildWord(doc, d, t, "mark") : "";
    bool purpose = rel == "advcl" &&
                   (mark == "to" ||
                    (doc.syntax[t].xpos == "VBG" &&
                     (mark.empty() || In(mark, {"into", "by", "after", "before", "while", "without",
                                                "in", "on", "upon", "through", "for", "since"}))));
    // "approached the second woman to accuse Kavanaugh": an infinitive that describes a
    // person noun is done by that person, whoever else the sentence names; when the noun is a
    // predicate ("He was the only Republican in the House to call for ...", "Obama became the
    // first president to visit"), by the predicate's subject.
    if (!noun && t == trig && a.subject < 0 && rel == "acl" && d.Has(h) &&
        In(doc.syntax[h].upos, {"NOUN", "PROPN"}) && ChildWord(doc, d, t, "mark") == "to") {
      const uint32_t hu = static_cast<uint32_t>(h);
      int64_t subject = -1;
      if (HasChild(doc, d, hu, "cop"))
        subject = FirstChild(doc, d, hu, "nsubj");
      else if (doc.syntax[h].deprel == "xcomp" && d.Has(doc.syntax[h].head))
        subject = FirstChild(doc, d, static_cast<uint32_t>(doc.syntax[h].head), "nsubj");
      else if (doc.syntax[h].deprel == "obj" && IntentNoun(doc.syntax[h].lemma) &&
               !HasChild(doc, d, hu, "nmod:poss") && !HasChild(doc, d, hu, "compound") &&
               d.Has(doc.syntax[h].head) &&
               !HasChild(doc, d, static_cast<uint32_t>(doc.syntax[h].head), "iobj"))
        // "18 countries had announced plans to expel Russian officials": whoever has the
        // plans does it ("backed the president's decision to": the president).
        subject = FirstChild(doc, d, static_cast<uint32_t>(doc.syntax[h].head), "nsubj");
      const int32_t w = d.word_of[h - d.tb];
      if (subject >= 0) {
        a.subject = SubjectGroup(doc, d, v, t, static_cast<uint32_t>(subject));
        a.named_subject = true;
        break;
      }
      if (doc.syntax[h].upos == "NOUN" && doc.syntax[h].deprel != "root" &&
          doc.syntax[h].deprel != "appos" && w >= 0 && PeopleNoun(v.ups[w])) {
        a.subject = GroupOfToken(doc, d, v, hu);
        a.named_subject = true;
        break;
      }
    }
    uint32_t clause = 0;
    if (const int64_t author =
            !noun && t == trig && a.subject < 0 ? AuthorOfWrittenWord(doc, d, trig, &clause) : -1;
        author >= 0) {
      a.subject = SubjectGroup(doc, d, v, clause, static_cast<uint32_t>(author));
      a.named_subject = true;
      break;
    }
    // "did not repeat his language calling Obama the "founder of ISIS," but blamed Obama": up
    // through the noun and the words that hold it to the verb whose subject it is.
    if (through_noun && t != trig && d.Has(h) &&
        In(rel, {"obj", "acl", "nmod", "obl", "appos", "conj", "xcomp", "amod"})) {
      t = static_cast<uint32_t>(h);
      continue;
    }
    if (noun || !(rel == "xcomp" || rel == "conj" || purpose) || !d.Has(h)) break;
    // "praised Norway for agreeing", "led 21 senators in demanding": an actor the governing
    // verb acts on does it ("took credit for helping", "took the lead in negotiating": not).
    if (purpose && In(mark, {"for", "in"}) && a.subject < 0) {
      const int64_t obj = FirstChild(doc, d, static_cast<uint32_t>(h), "obj");
      const int32_t g =
          obj >= 0 && obj < t ? GroupOfToken(doc, d, v, static_cast<uint32_t>(obj)) : -1;
      // The object itself, not a word that modifies it ("cross Algerian air space in
      // attacking Mali": the air space attacks nothing).
      const int32_t ow = obj >= 0 ? d.word_of[obj - d.tb] : -1;
      if (g >= 0 && ow >= 0 && v.group_at[ow] == g) {
        a.subject = g;
        a.named_subject = true;
        break;
      }
    }
    // "pressing the Justice Department to reject the charge", "urged Russia to withdraw": the
    // object of the governing verb does the complement (object control).
    // So does the indirect object ("urged Democrats to condemn", parsed so), and the group
    // after "called on".
    const bool asked = rel == "xcomp" || (rel == "advcl" && mark == "to" &&
                                          AsksOthers(doc, static_cast<uint32_t>(h)));
    if ((asked || (rel == "advcl" && mark == "to")) && a.subject < 0) {
      // ("offered Sweden money to attack": the indirect object, not the thing given.)
      int32_t controller = -1, indirect = -1;
      for (uint32_t k : d.kids[static_cast<uint32_t>(h) - d.tb]) {
        if (asked && (doc.syntax[k].deprel == "obj" || doc.syntax[k].deprel == "iobj") && k < t)
          controller = static_cast<int32_t>(k);
        if (asked && doc.syntax[k].deprel == "iobj" && k < t) indirect = static_cast<int32_t>(k);
      }
      if (indirect >= 0) controller = indirect;
      if (controller < 0) controller = static_cast<int32_t>(CalledOn(doc, d, h, t));
      if (controller >= 0) {
        a.subject = GroupOfToken(doc, d, v, static_cast<uint32_t>(controller));
        a.named_subject = true;
        break;
      }
    }
    t = static_cast<uint32_t>(h);
  }
  // "Obama arrived at the cemetery and was met by Hagel": a passive conjunct's subject, shared
  // with the first conjunct, is what was done to; its own "by" agent did it.
  // So is a passive complement's controller ("Some Republicans asked to be arrested by
  // Capitol police officers": the police would arrest them; "urged Russia to be held
  // accountable": by whom is unknown).
  if (!noun && !passive_trigger && a.subject >= 0 && a.subject != agent &&
      In(doc.syntax[trig].deprel, {"conj", "xcomp", "advcl"}) &&
      HasChild(doc, d, trig, "aux:pass")) {
    a.passive = true;
    a.object = a.subject;
    a.subject = agent;
    return a;
  }
  // "Russians accused of interfering", "a poll released Monday": a past participle that
  // modifies a noun is a passive; the noun is what it was done to. So is one heading an
  // adverbial clause ("when asked about the plan, X said"): its doer is unknown.
  // (Not "which has seized", not a misparsed main verb with its own object.)
  const std::string& trig_rel = doc.syntax[trig].deprel;
  if (!noun && (trig_rel == "acl" || trig_rel == "advcl") && doc.syntax[trig].xpos == "VBN" &&
      d.Has(doc.syntax[trig].head) && !HasChild(doc, d, trig, "aux") &&
      !HasChild(doc, d, trig, "nsubj") && !HasChild(doc, d, trig, "obj")) {
    a.passive = true;
    // "when asked by reporters if ...": a question, whoever asks; no event.
    if (trig_rel == "acl") {
      a.object = GroupOfToken(doc, d, v, static_cast<uint32_t>(doc.syntax[trig].head), 0, true);
      a.subject = agent;
    }
    return a;
  }
  // "Bradley Manning, the U.S. soldier accused of leaking ...", parsed with the soldier as the
  // subject of a past participle that has no auxiliary and no object: a reduced relative, so
  // a passive; the noun right before it is what was done to.
  if (!noun && doc.syntax[trig].xpos == "VBN" && !HasChild(doc, d, trig, "aux") &&
      !HasChild(doc, d, trig, "aux:pass") && !HasChild(doc, d, trig, "obj")) {
    const int64_t subj = FirstChild(doc, d, trig, "nsubj");
    // (A common noun with its determiner: not "Corker called for", tagged NOUN and VBN.)
    if (subj >= 0 && static_cast<uint32_t>(subj) + 1 == trig && doc.syntax[subj].upos == "NOUN" &&
        HasChild(doc, d, static_cast<uint32_t>(subj), "det") &&
        !std::isupper(static_cast<unsigned char>(doc.Surface(doc.tokens[subj].span).front()))) {
      a.passive = true;
      a.object = GroupOfToken(doc, d, v, static_cast<uint32_t>(subj), 0, true);
      a.subject = agent;
      return a;
    }
  }
  if (pass_subject >= 0 || passive_trigger) {
    a.passive = true;
    a.object = pass_subject;
    a.subject = agent;
    // "the vision is threatened by Russia's aggression against Ukraine": what was done to is
    // named and no actor; a recipient can only come from the trigger's own "on/against ..."
    // ("sanctions were imposed on Russia"), not from inside the agent.
    if (pass_subject < 0 && pass_token >= 0) {
      a.named_objects.push_back(static_cast<uint32_t>(pass_token));
      for (uint32_t k : d.kids[trig - d.tb])
        if ((RelIs(doc.syntax[k].deprel, "obl") || RelIs(doc.syntax[k].deprel, "nmod")) &&
            doc.syntax[k].deprel != "obl:agent" && RecipientCase(CaseOf(doc, d, k)))
          a.named_objects.push_back(k);
    }
    return a;
  }
  for (uint32_t k : d.kids[trig - d.tb]) {
    const std::string& rel = doc.syntax[k].deprel;
    if (noun ? false : (rel == "obj" || rel == "iobj")) {
      // "Gulen, whom Ankara blames": a relative pronoun stands for the noun its clause
      // modifies.
      const int32_t h = doc.syntax[trig].head;
      // (Not "that", which the parse often takes for a conjunction's object; not "whom he
      // called a fraud", where "called" names, not asks.)
      const int32_t kw = d.word_of[k - d.tb];
      const bool relative = kw >= 0 && In(v.ups[kw], {"WHOM", "WHO", "WHICH"}) &&
                            RelIs(doc.syntax[trig].deprel, "acl") && d.Has(h) &&
                            doc.syntax[trig].lemma != "call";
      a.object = GroupOfToken(doc, d, v, relative ? static_cast<uint32_t>(h) : k, 0, true);
      a.named_objects.push_back(k);
      a.kin_object |= a.object < 0 && KinOfPerson(doc, d, v, k);
    } else if ((RelIs(rel, "obl") || RelIs(rel, "nmod")) && rel != "nmod:poss" &&
               RecipientCase(CaseOf(doc, d, k))) {
      a.named_objects.push_back(k);
      if (a.object < 0) {
        a.object = GroupOfToken(doc, d, v, k, 0, true);
        a.between = a.object >= 0 && CaseOf(doc, d, k) == "between";
      }
    }
    if (a.object >= 0 && (rel == "obj" || rel == "iobj")) break;
  }
  if (const int64_t on = noun ? -1 : BlamedOn(doc, d, trig); on >= 0) {
    a.object = GroupOfToken(doc, d, v, static_cast<uint32_t>(on), 0, true);
    a.named_objects.assign(1, static_cast<uint32_t>(on));
  }
  // "called for China's old rival Japan to act", "called on Twitter for Congress to act": who
  // is called on to act.
  const bool medium = a.object >= 0 && MediumWord(v.ups[v.groups[a.object].begin]);
  if (const int64_t called =
          !noun && (a.object < 0 || medium) ? CalledOn(doc, d, trig, UINT32_MAX) : -1;
      called >= 0) {
    a.object = GroupOfToken(doc, d, v, static_cast<uint32_t>(called), 0, true);
    a.named_objects.assign(1, static_cast<uint32_t>(called));
  }
  if (noun && a.object < 0) a.object = NominalRecipient(doc, d, v, trig);
  if (!noun && a.object < 0) a.clause_subject = ClauseSubject(doc, d, v, trig);
  if (a.object >= 0 && v.groups[a.object].place) a.object = -1;
  return a;
}

struct NegationScope;
std::string Modality(const SentenceView& v, const Candidate& c, uint32_t clause_begin,
                     const NegationScope* scope = nullptr);

// "condemned the launch on Twitter", "urged Trump via Twitter": the platform an actor speaks
// through is no recipient.
bool IsMedium(const SentenceView& v, int32_t g) {
  const Group& x = v.groups[g];
  if (x.begin == 0 || x.end != x.begin + 1) return false;
  return MediumWord(v.ups[x.begin]) &&
         In(v.ups[x.begin - 1], {"ON", "VIA", "OVER", "THROUGH", "IN"});
}

// "Obama attacked Romney", "Republicans attacked Obama's record": a politician attacking a
// person or a party attacks with words (criticize or denounce, 111), unless an armed actor
// does it ("militants attacked the mayor").
// "attacked the WHO as effectively controlled by Beijing", "attacked the plan as reckless": the
// object is called something (not "as it passed", "as the talks collapsed": a clause), within a
// few words of the verb.
bool CalledSomething(const SentenceView& v, uint32_t from) {
  if (v.upos.size() != v.ups.size()) return false;
  for (uint32_t k = from; k + 1 < v.ups.size() && k < from + 8; ++k) {
    if (v.words[k].punct) return false;
    // (Not "as well", "as soon as", "as usual", "as expected".)
    if (v.ups[k] == "AS")
      return In(v.upos[k + 1], {"ADJ", "ADV"}) &&
             !In(v.ups[k + 1], {"WELL", "SOON", "LONG", "MUCH", "FAR", "USUAL", "EARLY", "LATE",
                                "MANY", "GOOD", "RECENTLY", "PART"});
  }
  return false;
}

// "a pair of visiting Russian diplomats", "visiting deployed troops": a participle used as an
// adjective describes; it reports no event. (Not a verb the parse mislabels so: one with a
// subject or an auxiliary before it, "Romney accused", "has outright threatened".)
// "After Wolf vetoed the new districts, Speaker Mike Turzai and Joe Scarnati wrote ...": in a
// subordinate clause that opens the sentence, a group after the clause's comma that runs up to
// the main verb is that verb's subject, whatever the parse hangs it from.
bool SubjectOfTheMainClause(const Document& doc, const DepView& d, const SentenceView& v,
                            const Candidate& c, int32_t target) {
  if (c.vb >= v.tok.size() || !d.Has(v.tok[c.vb]) || v.ups.empty() ||
      !In(v.ups[0], {"AFTER", "WHEN", "BEFORE", "SINCE", "WHILE", "AS", "ONCE", "IF", "ALTHOUGH",
                     "THOUGH", "BECAUSE", "UNTIL", "WHETHER"}))
    return false;
  uint32_t begin = v.groups[target].begin, end = v.groups[target].end;
  for (int32_t g : Conjuncts(v, target)) {
    begin = std::min(begin, v.groups[g].begin);
    end = std::max(end, v.groups[g].end);
  }
  // The comma right before the group closes the clause: none between the trigger and it.
  if (begin <= c.ve || v.ups[begin - 1] != ",") return false;
  for (uint32_t k = c.ve; k + 1 < begin; ++k)
    if (v.ups[k] == "," || v.ups[k] == ";" || v.ups[k] == ":") return false;
  // Up to the main verb: the rest of a noun phrase, parentheses, auxiliaries, adverbs; no
  // comma outside parentheses ("Mike Turzai (R-Allegheny) and Joe Scarnati (R-Jefferson) wrote").
  int depth = 0;
  for (uint32_t k = end; k < v.upos.size() && k < end + 16; ++k) {
    depth += v.ups[k] == "(" ? 1 : v.ups[k] == ")" ? -1 : 0;
    if (depth > 0 || v.ups[k] == ")") continue;
    if (v.upos[k] == "VERB") return true;
    if (depth < 0 || v.words[k].punct || In(v.upos[k], {"PRON", "SCONJ"})) return false;
  }
  return false;
}

bool Attributive(const Document& doc, const DepView& d, const SentenceView& v, const Candidate& c) {
  if (c.noun || c.vb >= v.tok.size() || !d.Has(v.tok[c.vb])) return false;
  const uint32_t t = static_cast<uint32_t>(v.tok[c.vb]);
  const TokenSyntax& x = doc.syntax[t];
  if (x.deprel != "amod" || !In(x.xpos, {"VBG", "VBN"}) || x.head <= static_cast<int32_t>(t) ||
      x.head > static_cast<int32_t>(t) + 3 || doc.syntax[x.head].upos != "NOUN" ||
      HasChild(doc, d, t, "nsubj"))
    return false;
  for (uint32_t k = c.vb; k > 0 && k + 5 > c.vb;) {
    --k;
    if (In(v.ups[k], {"HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE", "BE", "BEEN"}))
      return false;
  }
  return true;
}

// "Trump called on a CNN reporter during the news conference": calling on the press, with
// nothing asked of it in the sentence ("to ...", "for ..."), gives the floor.
bool GivesTheFloor(const SentenceView& v, const Candidate& c, const Event& e) {
  if (c.noun || v.ups[c.vb].rfind("CALL", 0) != 0 || c.ve >= v.ups.size() ||
      !In(v.ups[c.ve], {"ON", "UPON"}) || e.recipient.empty())
    return false;
  for (const EventArg& r : e.recipient)
    if (r.sector != "MED") return false;
  for (uint32_t k = c.ve + 1; k < v.ups.size() && !In(v.ups[k], {".", ";", ":"}); ++k)
    if (In(v.ups[k], {"TO", "FOR"})) return false;
  return true;
}

// "a town hall hosted by CNN", "when NPR visited the detention center": news outlets meeting,
// visiting or hosting do journalism, no political contact.
bool MediaMeeting(const Event& e) {
  if (e.cameo.compare(0, 2, "04") != 0 || e.actor.empty()) return false;
  for (const EventArg& a : e.actor)
    if (a.sector != "MED") return false;
  return true;
}

bool VerbalAttack(const Document& doc, const SentenceView& v, const Candidate& c, const Event& e) {
  if (c.code != "190" || c.noun || v.ups[c.vb].rfind("ATTACK", 0) != 0 || e.recipient.empty())
    return false;
  for (const EventArg& a : e.actor)
    if (In(a.sector, {"MIL", "REB", "INS", "CRM", "COP", "SPY", "UAF"})) return false;
  if (CalledSomething(v, c.ve)) return true;
  // "The National Rifle Association attacked Walmart", "Democrats attacked the bill": bodies
  // that bear no arms attack with words.
  if (std::all_of(e.actor.begin(), e.actor.end(), [](const EventArg& a) {
        return In(a.sector, {"NGO", "BUS", "MED", "PTY", "LEG", "JUD", "EDU"});
      }))
    return true;
  // "attacked her leadership of the State Department", "attacks the president's policies":
  // what is attacked is a record or a view, not a place or a body.
  for (uint32_t k = c.ve; k < v.ups.size() && k < c.ve + 5; ++k) {
    const std::string& w = v.ups[k];
    if (v.words[k].punct || In(w, {"OF", "ON", "IN", "AT", "FOR", "WITH", "BY"})) break;
    if (In(w, {"LEADERSHIP", "RECORD",      "POLICY",    "POLICIES",   "DECISION",   "DECISIONS",
               "COMMENTS",   "REMARKS",     "HANDLING",  "PLAN",       "PLANS",      "PROPOSAL",
               "PROPOSALS",  "CREDIBILITY", "INTEGRITY", "CHARACTER",  "VIEWS",      "STANCE",
               "POSITION",   "POSITIONS",   "LEGACY",    "TENURE",     "RECORDS",    "AGENDA",
               "CANDIDACY",  "CAMPAIGN",    "JUDGMENT",  "STATEMENT",  "STATEMENTS", "RHETORIC",
               "APPROACH",   "STRATEGY",    "RESPONSE",  "PERFORMANCE"}))
      return true;
  }
  for (const EventArg& r : e.recipient) {
    const bool person = r.entity >= 0 && static_cast<size_t>(r.entity) < doc.entities.size() &&
                        doc.entities[r.entity].type == "PERSON";
    // ("attacking courts that rule against him", "attacked the integrity of a judge"; "Trump
    // attacked two former FBI officials": his own country's officials.)
    const bool own_officials = r.sector == "GOV" && !r.code.empty() &&
                               std::any_of(e.actor.begin(), e.actor.end(),
                                           [&](const EventArg& a) { return a.code == r.code; });
    // ("Jindal won't just attack the president": a government known only by its sector,
    // not yet given the article's country, attacked by people.)
    const bool home_officials = r.sector == "GOV" && r.code.empty() && r.entity < 0 &&
                                std::all_of(e.actor.begin(), e.actor.end(), [&](const EventArg& a) {
                                  return a.entity >= 0 &&
                                         static_cast<size_t>(a.entity) < doc.entities.size() &&
                                         doc.entities[a.entity].type == "PERSON";
                                });
    if (!person && !own_officials && !home_officials && !In(r.sector, {"PTY", "LEG", "MED", "JUD"}))
      return false;
  }
  return true;
}

// "warned Turkey that if it did anything off limits he would destroy its economy", "warned of
// serious consequences if Russia was behind the hack": a warning with a condition, or of
// consequences, threatens (130); without one ("warns that Moscow could attack") it accuses
// the doer, as the lexicon codes it.
// The token of a verb trigger coded `code` whose word starts with one of `stems`, when the
// parse covers it; else -1.
int32_t ParsedVerbTrigger(const DepView& d, const SentenceView& v, const Candidate& c,
                          std::string_view code, std::initializer_list<const char*> stems) {
  if (c.code != code || c.noun || c.vb >= v.tok.size() || !d.Has(v.tok[c.vb])) return -1;
  for (const char* stem : stems)
    if (v.ups[c.vb].rfind(stem, 0) == 0) return v.tok[c.vb];
  return -1;
}

bool WarningThreatens(const Document& doc, const DepView& d, const SentenceView& v,
                      const Candidate& c) {
  const int32_t trig = ParsedVerbTrigger(d, v, c, "111", {"WARN"});
  if (trig < 0) return false;
  for (uint32_t t = static_cast<uint32_t>(trig) + 1; t < d.te; ++t) {
    const int32_t w = d.word_of[t - d.tb];
    if (w < 0) continue;
    const std::string& up = v.ups[w];
    const bool condition = doc.syntax[t].deprel == "mark" && In(up, {"IF", "UNLESS"});
    bool consequence = false;
    for (const char* stem : {"CONSEQUENCE", "REPERCUSSION", "RETALIATION", "REPRISAL",
                             "RETRIBUTION", "COUNTERMEASURE"})
      consequence |= up.rfind(stem, 0) == 0;
    if (!condition && !consequence) continue;
    // It must belong to the warning: a few steps up to the trigger, through no relative
    // clause.
    int32_t h = static_cast<int32_t>(t);
    for (int steps = 0; steps < 5 && d.Has(h) && h != trig; ++steps) {
      if (doc.syntax[h].deprel == "acl:relcl") break;
      h = doc.syntax[h].head;
    }
    if (h == trig) return true;
  }
  return false;
}

// "promised to increase sanctions on Iran", "vowed to crush the rebels": a promise of harm to
// the recipient threatens it (130); only a promise of something else is an intent to
// cooperate (030).
bool PromiseOfHarm(const Document& doc, const DepView& d, const SentenceView& v,
                   const Candidate& c) {
  const int32_t trig = ParsedVerbTrigger(d, v, c, "030", {"PROMIS", "PLEDG", "VOW"});
  if (trig < 0) return false;
  const int64_t x = FirstChild(doc, d, static_cast<uint32_t>(trig), "xcomp");
  if (x < 0) return false;
  static const std::initializer_list<const char*> kHarm = {
      "punish", "attack",     "fight",      "defeat",    "destroy",  "crush",    "retaliate",
      "strike", "bomb",       "invade",     "expel",     "confront", "sanction", "target",
      "hit",    "obliterate", "annihilate", "eliminate", "kill",     "wipe"};
  if (In(doc.syntax[x].lemma, kHarm)) return true;
  const int64_t o = FirstChild(doc, d, static_cast<uint32_t>(x), "obj");
  return o >= 0 && In(doc.syntax[o].lemma, {"sanction", "tariff", "pressure", "strike",
                                            "retaliation", "penalty", "punishment"});
}

// A warning (accusation, 111) with a that-clause and no condition: "warned X that Y ...".
bool WarnsOfAClause(const Document& doc, const DepView& d, const SentenceView& v,
                    const Candidate& c) {
  const int32_t trig = ParsedVerbTrigger(d, v, c, "111", {"WARN"});
  return trig >= 0 && HasChild(doc, d, static_cast<uint32_t>(trig), "ccomp") &&
         !WarningThreatens(doc, d, v, c);
}

// "warned the UN against Iran", "warned Americans of (about) Iran": the warning accuses the
// actor it is against, not the addressee.
// The actor group of the "against" phrase of the trigger or of its object (the parse hangs it
// from either), else -1 ("warned the West against appeasement" names no one).
int32_t WarnedAgainst(const Document& doc, const DepView& d, const SentenceView& v,
                      const Candidate& c) {
  const int32_t trig = ParsedVerbTrigger(d, v, c, "111", {"WARN"});
  if (trig < 0) return -1;
  const auto against = [&](uint32_t t) {
    for (uint32_t k : d.kids[t - d.tb])
      if ((RelIs(doc.syntax[k].deprel, "obl") || RelIs(doc.syntax[k].deprel, "nmod")) &&
          In(CaseOf(doc, d, k), {"against", "of", "about"}))
        return GroupOfToken(doc, d, v, k, 0, /*object=*/true);
    return -1;
  };
  if (const int32_t g = against(static_cast<uint32_t>(trig)); g >= 0) return g;
  for (uint32_t k : d.kids[static_cast<uint32_t>(trig) - d.tb])
    if (doc.syntax[k].deprel == "obj") return against(k);
  return -1;
}

// "negotiated a worse deal than Theresa May's": a term of comparison is no recipient.
bool Compared(const SentenceView& v, int32_t g) {
  uint32_t b = v.groups[g].begin;
  while (b > 0 && In(v.ups[b - 1], {"THE", "A", "AN", "THAT", "THOSE", "OF"})) --b;
  return b > 0 && In(v.ups[b - 1], {"THAN", "UNLIKE"});
}

// "Pelosi urged her troops", "so the US can withdraw its forces": an agent with no country
// that a possessive pronoun gives an owner ("his", "her"; "its"/"their" for armed forces) is
// the actor's own people, no recipient.
bool OwnPeople(const SentenceView& v, int32_t g) {
  const Group& x = v.groups[g];
  if (!x.agent_only || x.begin == 0) return false;
  const std::string& owner = v.ups[x.begin - 1];
  if (In(owner, {"HIS", "HER", "OUR", "MY"})) return true;
  // "its president", "their government" belong to another actor, named before; "its forces"
  // are the actor's own.
  if (!In(owner, {"ITS", "THEIR"})) return false;
  for (const ActorCode& a : x.actors)
    if (a.suffix.find("MIL") != std::string::npos) return true;
  return false;
}

// Whether group g's first word lies in the subtree of one of the tokens (a few levels down).
bool InSubtrees(const Document& doc, const SentenceView& v, int32_t g,
                const std::vector<uint32_t>& tokens) {
  const uint32_t w = v.groups[g].begin;
  if (w >= v.tok.size() || v.tok[w] < 0) return true;
  int32_t x = v.tok[w];
  const std::string* from = nullptr;  // the relation by which the walk entered x
  for (int steps = 0; x >= 0 && static_cast<size_t>(x) < doc.syntax.size() && steps < 8;
       ++steps, from = &doc.syntax[x].deprel, x = doc.syntax[x].head) {
    if (std::find(tokens.begin(), tokens.end(), static_cast<uint32_t>(x)) != tokens.end())
      return true;
    // "accused the executive branch of stonewalling Congress", "has not offered a plan to
    // destroy ISIS": what a clause below the object acts on is not acted on by the trigger;
    // who does the clause is ("a bill passed by Congress", "the tax cuts Trump signed"), and
    // so is whom a clause of aim or topic names ("incidents involving Mr. Shanahan",
    // "threatened military action to stop North Korea").
    if (from != nullptr && !In(*from, {"nsubj", "nsubj:pass", "obl:agent"}) &&
        In(doc.syntax[x].deprel, {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis"}) &&
        !(RelIs(*from, "obl") && doc.syntax[x].xpos == "VBN") &&
        !In(doc.syntax[x].lemma, {"involve", "relate", "concern", "regard", "surround", "target",
                                  "stop", "prevent", "help", "protect", "deter", "punish"}))
      return false;
  }
  return false;
}

// The modality of a noun event from the verb its phrase depends on: "a new round of talks
// ... is set for Friday" (future), "made reviving peace talks a priority", "sought talks"
// (hypothetical), or "".
std::string NounModality(const Document& doc, const DepView& d, const SentenceView& v, uint32_t w) {
  if (!d.ok || w >= v.tok.size() || !d.Has(v.tok[w])) return "";
  uint32_t t = static_cast<uint32_t>(v.tok[w]);
  for (int hops = 0; hops < 3; ++hops) {
    const std::string& rel = doc.syntax[t].deprel;
    const int32_t h = doc.syntax[t].head;
    if (!d.Has(h)) return "";
    if (RelIs(rel, "nmod") || rel == "compound" || rel == "conj") {
      t = static_cast<uint32_t>(h);
      continue;
    }
    const std::string& lemma = doc.syntax[h].lemma;
    if (RelIs(rel, "nsubj") && In(lemma, {"set", "schedule", "plan", "expect", "due", "slate"}))
      return "future";
    if ((rel == "obj" || RelIs(rel, "obl")) && In(lemma, {"plan", "schedule", "prepare", "expect"}))
      return "future";
    if (rel == "obj" &&
        In(lemma, {"revive", "resume", "restart", "seek", "want", "propose", "urge", "demand",
                   "hope", "push", "offer", "invite", "request", "consider", "explore", "call"}))
      return "hypothetical";
    // "postponed a state visit to Washington", "cancelled talks": it did not take place.
    if ((rel == "obj" || rel == "nsubj:pass") &&
        In(lemma, {"postpone", "cancel", "scrap", "delay", "suspend", "abandon", "scuttle"}))
      return "negated";
    return "";
  }
  return "";
}

// The modality an infinitive takes from what governs it, or "": "is scheduled to visit
// Paris on Monday to meet X" (the governing verb's, further than the words before the
// trigger reach), "efforts to negotiate", "a move to lift sanctions" (an intention, not an
// event: hypothetical; a plan or a decision: future).
// "Trump said he would soon meet X": "would" in a clause reported by a past-tense verb of
// saying is the "will" of what was said, not a condition (not with an if / unless clause).
bool ReportedFuture(const Document& doc, const DepView& d, const SentenceView& v, uint32_t w) {
  if (!d.ok || w >= v.tok.size() || !d.Has(v.tok[w])) return false;
  const uint32_t t = static_cast<uint32_t>(v.tok[w]);
  const int32_t h = doc.syntax[t].head;
  if (doc.syntax[t].deprel != "ccomp" || !d.Has(h) || doc.syntax[h].xpos != "VBD" ||
      !In(doc.syntax[h].lemma, {"say", "tell", "announce", "add", "pledge", "promise", "vow",
                                "insist", "confirm", "state", "signal"}))
    return false;
  bool would = false;
  for (uint32_t k : d.kids[t - d.tb]) {
    const std::string& rel = doc.syntax[k].deprel;
    const std::string form(doc.Surface(doc.tokens[k].span));
    if (rel == "aux") would = would || In(form, {"would", "Would", "'d", "\xE2\x80\x99" "d"});
    if (rel == "advcl" && In(ChildWord(doc, d, k, "mark"), {"if", "unless"})) return false;
  }
  return would;
}

// A verb (upper case) whose infinitive complement is what someone is asked, pushed or allowed
// to do, not what was done: "asked Ukraine to investigate", "instructed candidates to blame".
bool AsksToDo(const std::string& up) {
  return In(up, {"ASK", "ASKS", "ASKED", "ASKING", "URGE", "URGES", "URGED", "URGING", "PRESS",
                 "PRESSED", "PRESSING", "CALL", "CALLS", "CALLED", "CALLING", "DEMAND", "DEMANDED",
                 "DEMANDS", "DEMANDING", "REQUEST", "REQUESTED", "WANT", "WANTS", "WANTED",
                 "ENCOURAGED", "PUSHED", "PUSHING", "GET", "GETTING", "PRESSURED", "PRESSURING",
                 "PRESSURE", "PRESSURES", "ENABLE", "ENABLES", "ALLOW", "ALLOWS", "PERSUADE",
                 "PERSUADED", "HAVING", "WANTING", "INSTRUCT", "INSTRUCTS", "INSTRUCTED",
                 "INSTRUCTING", "DIRECT", "DIRECTS", "DIRECTED", "DIRECTING", "ORDER", "ORDERS",
                 "ORDERED", "ORDERING", "TELL", "TELLS", "TOLD", "TELLING", "ADVISE", "ADVISES",
                 "ADVISED", "ENCOURAGE", "ENCOURAGES", "INVITE", "INVITES", "INVITED", "INVITING",
                 // (Not "EXPECTED": "is expected to meet" is future.)
                 "EXPECT", "EXPECTS", "EXPECTING", "NEED", "NEEDS", "SOLICIT", "SOLICITS",
                 "SOLICITED", "SOLICITING"});
}

// The modality (as Modality() reads it) of the word of token t, which must be in the parse;
// "" when the token has no word of its own.
std::string ModalityOfToken(const DepView& d, const SentenceView& v, int32_t t,
                            uint32_t clause_begin) {
  const int32_t w = d.word_of[t - d.tb];
  if (w < 0) return "";
  Candidate c;
  c.vb = static_cast<uint32_t>(w);
  c.ve = c.vb + 1;
  return Modality(v, c, clause_begin);
}

std::string GoverningModality(const Document& doc, const DepView& d, const SentenceView& v,
                              uint32_t w, uint32_t clause_begin) {
  if (!d.ok || w >= v.tok.size() || !d.Has(v.tok[w])) return "";
  const uint32_t t = static_cast<uint32_t>(v.tok[w]);
  const int32_t h = doc.syntax[t].head;
  // "supported providing lethal arms to Ukrainians", "proposed sending troops": a gerund that
  // a verb of preference or proposal takes is what someone would do, not what was done.
  if (doc.syntax[t].xpos == "VBG" && d.Has(h) &&
      In(doc.syntax[t].deprel, {"xcomp", "ccomp", "obj"}) &&
      In(doc.syntax[h].lemma,
         {"support", "favor", "favour", "propose", "suggest", "recommend", "consider", "advocate",
          "oppose", "weigh", "contemplate", "mull", "back", "endorse", "resist", "discuss"}))
    return "hypothetical";
  // "stopped sending weapons", "suspended providing aid": no longer done.
  if (doc.syntax[t].xpos == "VBG" && d.Has(h) && In(doc.syntax[t].deprel, {"xcomp", "obj"}) &&
      In(doc.syntax[h].lemma, {"stop", "halt", "cease", "suspend", "quit"}))
    return "negated";
  // "When Democrats criticize Trump, he responds": a present-tense clause of "when" tells
  // what happens each time, or what will ("when Xi visits next week, he will meet Biden").
  if (doc.syntax[t].deprel == "advcl" && In(doc.syntax[t].xpos, {"VBP", "VBZ"}) && d.Has(h) &&
      (In(ChildWord(doc, d, t, "mark"), {"when", "whenever"}) ||
       In(ChildWord(doc, d, t, "advmod"), {"when", "whenever"}))) {
    return ModalityOfToken(d, v, h, clause_begin) == "future" ? "future" : "hypothetical";
  }
  // "would have been the first time a sitting US president met a North Korean leader": what
  // the time would have seen did not happen.
  if (RelIs(doc.syntax[t].deprel, "acl") && d.Has(h) && doc.syntax[h].lemma == "time") {
    // (Not negation: "not the first time they have met" says they have.)
    const std::string m = ModalityOfToken(d, v, h, clause_begin);
    return m == "hypothetical" || m == "future" ? m : "";
  }
  // "By attacking the media's credibility, the administration will weaken ...": the means
  // shares the modality of what it serves.
  if (doc.syntax[t].deprel == "advcl" && doc.syntax[t].xpos == "VBG" && d.Has(h) &&
      ChildWord(doc, d, t, "mark") == "by") {
    const std::string m = ModalityOfToken(d, v, h, clause_begin);
    return m == "asserted" ? "" : m;
  }
  // "suggested that Trump meet with Putin": a bare verb under a verb of proposing or
  // demanding is what was proposed.
  if (doc.syntax[t].deprel == "ccomp" && doc.syntax[t].xpos == "VB" && d.Has(h) &&
      !HasChild(doc, d, t, "aux") &&
      In(doc.syntax[h].lemma, {"suggest", "propose", "recommend", "demand", "insist", "urge", "ask",
                               "request", "require", "order"}))
    return "hypothetical";
  // "Biden can come home to Washington ... and meet a grateful president": a conjunct verb
  // with no subject or auxiliary of its own shares the first verb's modality.
  if (doc.syntax[t].deprel == "conj" && d.Has(h) && doc.syntax[h].upos == "VERB" &&
      !HasChild(doc, d, t, "nsubj") && !HasChild(doc, d, t, "aux") &&
      !HasChild(doc, d, t, "aux:pass")) {
    if (d.word_of[h - d.tb] >= static_cast<int32_t>(w)) return "";  // (a conjunct after it)
    const std::string m = ModalityOfToken(d, v, h, clause_begin);
    // "did not repeat the charge but blamed Biden": "but" opposes the denied deed to this one.
    if (m == "negated" && In(ChildWord(doc, d, t, "cc"), {"but", "yet"})) return "";
    return m == "asserted" ? "" : m;
  }
  // "invited Americans to come visit Egypt": a bare infinitive under one that is what was
  // asked.
  if (doc.syntax[t].deprel == "xcomp" && d.Has(h) && doc.syntax[h].deprel == "xcomp" &&
      ChildWord(doc, d, static_cast<uint32_t>(h), "mark") == "to" && d.Has(doc.syntax[h].head)) {
    const int32_t asker = d.word_of[doc.syntax[h].head - d.tb];
    if (asker >= 0 && AsksToDo(v.ups[asker])) return "hypothetical";
  }
  if (ChildWord(doc, d, t, "mark") != "to") return "";
  // A headline's infinitive: "Obama to meet Karzai on Friday".
  if (doc.syntax[t].deprel == "root" && HasChild(doc, d, t, "nsubj")) return "future";
  if (!d.Has(h)) return "";
  const std::string& rel = doc.syntax[t].deprel;
  const int32_t hw = d.word_of[h - d.tb];
  if (hw < 0) return "";
  // "instructs GOP candidates to blame China", parsed with the infinitive on the object: what
  // the object is asked to do, as when it hangs from the verb.
  if (RelIs(rel, "acl") && In(doc.syntax[h].deprel, {"obj", "iobj"}) && d.Has(doc.syntax[h].head) &&
      d.word_of[doc.syntax[h].head - d.tb] >= 0 &&
      AsksToDo(v.ups[d.word_of[doc.syntax[h].head - d.tb]]))
    return "hypothetical";
  if (RelIs(rel, "acl") && doc.syntax[h].upos == "NOUN") {
    if (In(v.ups[hw], {"PLAN", "PLANS", "DECISION", "PROMISE", "PROMISES", "PLEDGE", "PLEDGES",
                       "VOW", "VOWS", "COMMITMENT", "AGREEMENT", "DEAL"}))
      return "future";
    if (In(v.ups[hw],
           {"EFFORT",    "EFFORTS",  "MOVE",    "ATTEMPT",    "ATTEMPTS",    "BID",
            "PUSH",      "PROPOSAL", "REQUEST", "THREAT",     "THREATS",     "AUTHORIZATION",
            "AUTHORITY", "RIGHT",    "POWER",   "CHANCE",     "OPPORTUNITY", "WILLINGNESS",
            "ABILITY",   "CAPACITY", "FREEDOM", "PERMISSION", "DESIRE",      "READINESS",
            "INTENTION", "OFFER",    "WAY",     "REQUESTS",   "CALLS",       "DEMANDS",
            "PRESSURE",  "PLOT",     "PLOTS",   "CONSPIRACY", "SCHEME"}))
      return "hypothetical";
    // "a special commission to investigate", "a bill to sanction Russia": an infinitive on a
    // noun names a purpose, not a deed ("the first leader to visit Kyiv" did visit).
    for (uint32_t k : d.kids[h - d.tb]) {
      const int32_t kw = d.word_of[k - d.tb];
      if (kw >= 0 && In(doc.syntax[k].deprel, {"amod", "det", "nummod"}) &&
          In(v.ups[kw], {"FIRST", "LAST", "ONLY", "SECOND", "THIRD", "NEXT", "LATEST"}))
        return "";
    }
    // (Not "took a moment to criticize", "a vote to impose sanctions": the deed was done
    // in that moment, by that vote.)
    // ("his use of colorful language to attack Republicans": the attack was made so.)
    if (In(v.ups[hw], {"MOMENT", "VOTE", "VOTES", "TIME", "STEP", "STEPS", "REASON", "USE"}))
      return "";
    // ("caused the Obama campaign to accuse", parsed with the infinitive on the object: what
    // the object was made to do, as when it hangs from the verb.)
    if (In(doc.syntax[h].deprel, {"obj", "iobj"}) && d.Has(doc.syntax[h].head) &&
        In(doc.syntax[doc.syntax[h].head].lemma,
           {"cause", "lead", "force", "prompt", "spur", "drive", "compel", "make", "inspire"}))
      return "";
    return "hypothetical";
  }
  if (rel != "xcomp" && rel != "advcl") return "";
  // The same as an adverbial clause ("urged Democrats to condemn", "called on Republicans to
  // condemn", parsed so).
  if (rel == "advcl" && (AsksOthers(doc, static_cast<uint32_t>(h)) || CalledOn(doc, d, h, t) >= 0))
    return "hypothetical";
  // "asked Ukraine to investigate X", "urged Y to attack": requested, not done.
  if (rel == "xcomp" && AsksToDo(v.ups[hw])) return "hypothetical";

  const std::string m = ModalityOfToken(d, v, h, clause_begin);
  return m == "asserted" ? "" : m;
}

// CAMEO roots whose "X <verb> that Y ..." names Y as the recipient: demand (10), disapprove
// (11), reject (12), threaten (13). "X said that Y ..." is no event at all.
bool ClauseTakesRecipient(const std::string& cameo) {
  return cameo.size() >= 2 && cameo[0] == '1' && cameo[1] >= '0' && cameo[1] <= '3';
}

// ---- modality, date, place -------------------------------------------------------

// Whether a negating word at word k bears on the trigger, by the parse: the word, or the word
// it modifies, governs the trigger ("refused to sign", "did not meet or talk"), not another
// verb's complement ("warned them not to act and urged Xi to sign": the "not" is "act"'s).
struct NegationScope {
  const Document& doc;
  const DepView& d;
  const SentenceView& v;
  uint32_t trigger_word;

  bool Reaches(uint32_t k) const {
    if (k >= v.tok.size() || trigger_word >= v.tok.size()) return true;
    const int32_t n = v.tok[k], trig = v.tok[trigger_word];
    if (!d.Has(n) || !d.Has(trig)) return true;
    // "didn't promise" may hang "n't" from the auxiliary; "No president has met": the
    // negated noun is an argument of the trigger (so is a noun the parse hung "n't" from).
    int32_t nh = doc.syntax[n].head;
    while (d.Has(nh) && In(doc.syntax[nh].deprel, {"aux", "aux:pass", "cop"}))
      nh = doc.syntax[nh].head;
    const bool nominal = d.Has(nh) && In(doc.syntax[nh].upos, {"NOUN", "PROPN", "PRON", "NUM"});
    const int32_t nhh = nominal ? doc.syntax[nh].head : -2;
    int32_t x = trig;
    for (int steps = 0; steps < 6 && d.Has(x); ++steps) {
      if (x == n || x == nh || x == nhh) return true;
      if (Presupposed(static_cast<uint32_t>(x))) return false;
      if (OwnConjunct(static_cast<uint32_t>(x))) return false;
      x = doc.syntax[x].head;
    }
    return false;
  }

  // A conjunct with an auxiliary or a subject of its own is a clause of its own: "will not
  // discriminate and will bomb all rebel groups" denies only the first ("did not meet or
  // talk" denies both).
  bool OwnConjunct(uint32_t x) const {
    return doc.syntax[x].deprel == "conj" &&
           (HasChild(doc, d, x, "aux") || HasChild(doc, d, x, "nsubj") ||
            HasChild(doc, d, x, "aux:pass") || HasChild(doc, d, x, "nsubj:pass"));
  }

  // A clause whose event a negation outside it does not deny: one of time or cause ("It has
  // not been long since he donated", "did not leave until Russia attacked") or a wh-clause
  // ("did not say why Russia attacked": the attack is taken as given).
  bool Presupposed(uint32_t x) const {
    const std::string& rel = doc.syntax[x].deprel;
    if (!RelIs(rel, "advcl") && !RelIs(rel, "ccomp") && !RelIs(rel, "acl")) return false;
    if (RelIs(rel, "advcl") &&
        In(ChildWord(doc, d, x, "mark"),
           {"since", "after", "before", "when", "because", "until", "while", "as", "once"}))
      return true;
    for (uint32_t k : d.kids[x - d.tb])
      if (k < x && In(doc.syntax[k].xpos, {"WRB", "WP"}) &&
          In(syntax::LowerAscii(doc.Surface(doc.tokens[k].span)), {"why", "how", "when", "where"}))
        return true;
    return false;
  }
};

// An upper-cased word of five or more letters ending in "-ING" ("SENDING"), read as a gerund.
bool Gerund(const std::string& up) {
  return up.size() > 4 && up.compare(up.size() - 3, 3, "ING") == 0;
}

// "wished Mr. Obama had called out Mr. Romney": it did not happen ("had" right before the
// trigger or one adverb apart, a form of "wish" at most six words before it).
bool WishedHad(const SentenceView& v, uint32_t vb) {
  uint32_t had = vb;
  for (uint32_t k = vb; k > 0 && k + 2 >= vb;) {
    --k;
    if (v.ups[k] == "HAD") {
      had = k;
      break;
    }
  }
  for (uint32_t k = had; had < vb && k > 0 && k + 6 >= had;) {
    --k;
    if (v.words[k].punct && v.ups[k] != ".") return false;  // ("Mr." splits off its point)
    if (In(v.ups[k], {"WISH", "WISHED", "WISHES", "WISHING"})) return true;
  }
  return false;
}

// "Obama to call on Congress to approve $88 million more": a headline's "<actor> to <verb>" at
// the start of the sentence announces what is to come.
bool HeadlineInfinitive(const SentenceView& v, uint32_t vb) {
  if (vb < 2 || v.ups[vb - 1] != "TO" || v.group_at[vb - 2] < 0) return false;
  uint32_t first = 0;
  while (first < vb && v.words[first].punct) ++first;
  return v.groups[v.group_at[vb - 2]].begin == first;
}

// A gerund at vb right after `prep` that a verb `governs` accepts, within `reach` words
// before it and no punctuation between, governs.
template <typename Governs>
bool GovernedGerund(const SentenceView& v, uint32_t vb, std::string_view prep, uint32_t reach,
                    Governs governs) {
  if (vb == 0 || v.ups[vb - 1] != prep || !Gerund(v.ups[vb])) return false;
  for (uint32_t k = vb - 1; k > 0 && k + reach > vb;) {
    --k;
    if (v.words[k].punct) return false;
    if (governs(v.ups[k])) return true;
  }
  return false;
}

// "the decision to bar journalists across the organization from investigating Democratic
// candidates": a gerund after "from" that a verb of barring governs did not happen.
bool BarredFrom(const SentenceView& v, uint32_t vb) {
  return GovernedGerund(v, vb, "FROM", 12, [](const std::string& w) {
    return In(w, {"BAR",      "BARS",       "BARRED",     "BARRING",  "BAN",      "BANS",
                  "BANNED",   "BANNING",    "BLOCK",      "BLOCKS",   "BLOCKED",  "BLOCKING",
                  "PROHIBIT", "PROHIBITS",  "PROHIBITED", "PREVENT",  "PREVENTS", "PREVENTING",
                  "STOP",     "STOPS",      "STOPPED",    "STOPPING", "KEEP",     "KEEPS",
                  "KEPT",     "DISCOURAGE", "DISCOURAGED"});
  });
}

// "to pressure the Ukrainian leader into investigating Mr Biden": a gerund after "into" that
// a verb of pressing governs is what someone was to be made to do.
bool PressedInto(const SentenceView& v, uint32_t vb) {
  return GovernedGerund(v, vb, "INTO", 8, [](const std::string& w) {
    for (const char* stem : {"PRESSUR", "PRESSING", "PRESSED", "FORC", "COERC", "BULLY", "BULLIE",
                             "TRICK", "PUSH", "GOAD", "BLACKMAIL", "STRONG-ARM"})
      if (w.rfind(stem, 0) == 0) return true;
    return false;
  });
}

// "has argued for attacking North Korea", "advocated for sending troops": a gerund after
// "for" that a verb of arguing or asking governs is what was argued for, not done.
bool ArguedFor(const SentenceView& v, uint32_t vb) {
  return GovernedGerund(v, vb, "FOR", 4, [](const std::string& w) {
    for (const char* stem :
         {"ARGU", "ADVOCAT", "CALL", "PUSH", "LOBBY", "LOBBIE", "CAMPAIGN", "PRESS", "PLEAD"})
      if (w.rfind(stem, 0) == 0) return true;
    return false;
  });
}

std::string Modality(const SentenceView& v, const Candidate& c, uint32_t clause_begin,
                     const NegationScope* scope) {
  bool neg = false, fut = false, hyp = false;
  uint32_t lo = c.vb > 8 ? c.vb - 8 : 0;
  lo = std::max(lo, clause_begin);
  for (uint32_t k = c.vb; k > lo;) {
    --k;
    const std::string& w = v.ups[k];
    // ("said Iran would \u201cnegotiate ...": a quote mark is no clause break.)
    // (A closing curly mark ends the quoted words: "'don't take no for an answer' after X
    // rejects".)
    if (v.words[k].punct && (!IsQuoteMark(w) || w == "\xE2\x80\x9D" || w == "\xC2\xBB")) break;
    // "is not targeting ISIL but instead attacking the opposition": the negation is the
    // other conjunct's.
    if (w == "BUT") break;
    // "Planned Parenthood had asked", "Will Hurd criticized": a name, not a plan or a will.
    if ((k < v.upos.size() && v.upos[k] == "PROPN") ||
        (v.words[k].cap && v.group_at[k] >= 0 && !In(w, {"NO", "NOT", "NEVER"})))
      continue;
    // "made the announcement without consulting the Pentagon": it did not happen.
    if (w == "WITHOUT" && k + 1 == c.vb) neg = true;
    // "refused to sign", "failed to reach", "prevented Trump from easing", "refrained from
    // calling": the event did not
    // happen ("no doubt" is no negation).
    // "reluctant to act" ("a reluctant Britain" may still act).
    const bool to_follows = k + 1 < v.ups.size() && v.ups[k + 1] == "TO";
    // "not only did Trump demand loyalty": no negation.
    const bool not_only = w == "NOT" && k + 1 < v.ups.size() && v.ups[k + 1] == "ONLY";
    if ((!not_only && In(w, {"NOT", "N'T", "NEVER", "CANNOT", "REFUSED", "REFUSES", "REFUSE",
                             "DECLINED", "DECLINES", "FAILED", "FAILS", "PREVENTED", "PREVENTS",
                             "BARRED", "REFRAINED", "REFRAINS", "REFRAIN",
                             // "ran a positive campaign, refusing to attack Clinton".
                             "REFUSING", "DECLINING", "FAILING", "REFRAINING",
                             // "has rarely criticized Putin": a habit of not doing it, no event.
                             "RARELY", "SELDOM", "HARDLY", "SCARCELY",
                             // "neither retracted nor apologized to Sandmann".
                             "NOR"})) ||
        // "has been afraid to criticize Trump": he has not.
        (In(w, {"RELUCTANT", "UNWILLING", "UNLIKELY", "AFRAID", "HESITANT", "LOATH"}) &&
         to_follows) ||
        // "Trump's refusal to endorse Ryan", "his reluctance to endorse the nominee" (not
        // "failure to give notice on releasing").
        (In(w, {"REFUSAL", "FAILURE", "RELUCTANCE", "UNWILLINGNESS", "HESITANCE"}) && to_follows &&
         k + 2 == c.vb) ||
        (w == "NO" && (k + 1 >= v.ups.size() || v.ups[k + 1] != "DOUBT")))
      neg |= scope == nullptr || scope->Reaches(k);
    // "passed on the chance to attack Obama", "passed up an opportunity to meet": it did not
    // happen.
    if (In(w, {"CHANCE", "OPPORTUNITY"}) && to_follows && k + 2 == c.vb && k >= 3 &&
        In(v.ups[k - 1], {"THE", "A", "AN"}) && In(v.ups[k - 2], {"ON", "UP"}) &&
        v.ups[k - 3].rfind("PASS", 0) == 0)
      neg = true;
    // "has steered away from blaming Riyadh", "shied away from criticizing", "avoided
    // naming Iran": it did not happen.
    if (In(w, {"AWAY", "CLEAR"}) && k > 0 && k + 1 < v.ups.size() &&
        (v.ups[k + 1] == "FROM" || (w == "CLEAR" && v.ups[k + 1] == "OF")) &&
        In(v.ups[k - 1], {"STEER", "STEERS", "STEERED", "STEERING", "SHY", "SHIES", "SHIED",
                          "SHYING", "STAYED", "STAYS", "STAY", "STAYING"}))
      neg |= scope == nullptr || scope->Reaches(k);
    if (In(w, {"AVOID", "AVOIDS", "AVOIDED", "AVOIDING"}) && Gerund(v.ups[c.vb]) &&
        (k + 1 == c.vb || (k + 2 == c.vb && v.ups[k + 1].size() > 3 &&
                           v.ups[k + 1].compare(v.ups[k + 1].size() - 2, 2, "LY") == 0)))
      neg = true;
    // "stop short of calling for ground troops".
    if (w == "SHORT" && k > 0 && v.ups[k - 1].rfind("STOP", 0) == 0 && k + 1 < v.ups.size() &&
        v.ups[k + 1] == "OF")
      neg = true;
    // "had wanted more immediate action on sending aid": the wanted action was not taken.
    if (In(w, {"WANT", "WANTS", "WANTED", "URGED", "SOUGHT"}) && c.vb > 0 &&
        In(v.ups[c.vb - 1], {"ON", "FOR"}) && Gerund(v.ups[c.vb]))
      hyp = true;
    // "hoped to meet with Putin": wished, not done ("hope Obama's visit will boost" is not).
    // "Trump's eagerness to meet Kim", "is willing to negotiate": likewise.
    if (In(w, {"HOPED", "HOPES", "HOPE", "HOPING", "WANTS", "WANTED", "WISHES", "EAGER",
               "EAGERNESS", "WILLINGNESS", "READINESS", "DESIRE", "WILLING", "READY"}) &&
        k + 1 < v.ups.size() && v.ups[k + 1] == "TO")
      hyp = true;
    // ("agreed and called Trump corrupt": a second deed, not one agreed to.)
    const bool next_deed = k + 1 < v.ups.size() && In(v.ups[k + 1], {"AND", ",", "BUT"});
    if (In(w, {"WILL", "WO", "SHALL", "'LL", "PLANS", "PLAN", "PLANNED", "PLANNING", "SCHEDULED",
               "EXPECTED", "INTENDS", "TOMORROW"}) ||
        (In(w, {"AGREED", "PROMISED", "VOWED", "SEEKS"}) && !next_deed))
      fut = true;
    // "he expects to meet Xi in June".
    if (In(w, {"EXPECTS", "EXPECT", "EXPECTING"}) && to_follows) fut = true;
    // "denied that he asked Comey", "denied meeting Kislyak": the speaker says it did not happen.
    if (In(w, {"DENIED", "DENIES", "DENY", "DENYING"}) && k + 1 < v.ups.size() &&
        (k + 1 == c.vb || In(v.ups[k + 1], {"THAT", "HAVING", "EVER"})))
      neg |= scope == nullptr || scope->Reaches(k);
    // "is set to host", "about/due to sign", "slated / poised to meet"; not "set off the probe
    // after X asked".
    if (In(w, {"ABOUT", "SET", "GOING", "DUE", "SLATED", "POISED"}) && k + 1 < v.ups.size() &&
        v.ups[k + 1] == "TO")
      fut = true;
    // "looks forward to meeting Schumer".
    if (w == "FORWARD" && k > 0 && v.ups[k - 1].rfind("LOOK", 0) == 0 && k + 1 < v.ups.size() &&
        v.ups[k + 1] == "TO")
      fut = true;
    // "sought to negotiate", "tried to meet": attempted, not done.
    // "did not specify whether the US is urging Israel": an open question.
    if (In(w,
           {"COULD", "MAY", "MIGHT", "WOULD", "THREATENS", "THREATENED", "THREATEN", "THREATENING",
            "IF", "UNLESS", "SHOULD", "POSSIBLE", "MUST", "CAN", "CA", "SOUGHT", "WHETHER"}))
      hyp = true;
    // (Not "an attempted lynching", "was tried in court".)
    if (In(w, {"TRIED", "TRIES", "TRYING", "ATTEMPTED", "ATTEMPTING"}) && to_follows) hyp = true;
    // "were likely to demand", "it was highly likely Assad deployed": a forecast or a guess,
    // not a report.
    if (w == "LIKELY") hyp = true;
    // "Trump's threat to deploy troops": threatened, not done.
    if (In(w, {"THREAT", "THREATS"}) && to_follows) hyp = true;
    // "he has yet to accuse anyone": not done.
    if (w == "YET" && to_follows && k > 0 && In(v.ups[k - 1], {"HAS", "HAVE", "HAD", "IS", "ARE"}))
      neg |= scope == nullptr || scope->Reaches(k);
    // "Congress needs to investigate the FTC": an obligation, not a report; so is "Boehner has
    // to promise ..." (not "had to", which usually reports what was done).
    if (In(w, {"NEED", "NEEDS", "NEEDED"}) && to_follows) hyp = true;
    if (In(w, {"HAS", "HAVE"}) && k + 2 == c.vb && v.ups[k + 1] == "TO") hyp = true;
    // "called for a resolution to condemn Trump's comments": asked for, not done.
    if (w == "FOR" && k > 0 && v.ups[k - 1].rfind("CALL", 0) == 0 && v.ups[c.vb - 1] == "TO")
      hyp = true;
    if (w == "WHETHER") break;  // the words before belong to the clause that asks
  }
  if (WishedHad(v, c.vb)) hyp = true;
  if (BarredFrom(v, c.vb)) neg = true;
  // "expressed an interest in meeting Johnson", "capable of attacking the United States",
  // "Trump's flirtation with meeting Iran's leader": wished or possible, not done.
  if (c.vb > 1 && Gerund(v.ups[c.vb]) &&
      ((v.ups[c.vb - 1] == "IN" && In(v.ups[c.vb - 2], {"INTEREST", "INTERESTED"})) ||
       (v.ups[c.vb - 1] == "OF" && In(v.ups[c.vb - 2], {"CAPABLE", "INCAPABLE"})) ||
       (v.ups[c.vb - 1] == "WITH" && In(v.ups[c.vb - 2], {"FLIRTATION", "FLIRTING", "FLIRTED"}))))
    hyp = true;
  if (PressedInto(v, c.vb) || ArguedFor(v, c.vb)) hyp = true;
  if (HeadlineInfinitive(v, c.vb)) fut = true;
  // "Did Cohen secretly visit Prague?": a question asserts nothing (up to a colon or a quote
  // mark: "X asked: will you meet him?" did ask). "Why is Trump threatening Canada?" takes it
  // as given.
  uint32_t first = clause_begin;
  while (first < c.vb && v.words[first].punct) ++first;
  const bool presupposes = first < v.ups.size() && In(v.ups[first], {"WHY", "HOW"});
  for (uint32_t k = c.ve; k < v.ups.size() && !presupposes; ++k) {
    if (!v.words[k].punct) continue;
    const std::string& w = v.ups[k];
    if (w == "?") hyp = true;
    if (In(w, {".", "!", "?", ":", ";", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D"})) break;
  }
  if (neg) return "negated";
  if (hyp) return "hypothetical";
  if (fut) return "future";
  return "asserted";
}

int YearOf(const std::string& w);  // below

// "finish behind Clinton in pledged delegates", "the fourth of 12 sanctioned primary debates": a
// past form right after a preposition or a number, before the noun it describes, with no
// subject or auxiliary of its own, is an adjective however it was tagged (no finite verb
// follows "in").
bool NounModifierAfterPreposition(const Document& doc, const DepView& d, const SentenceView& v,
                                  const Candidate& c) {
  if (c.vb == 0 || c.ve >= v.upos.size() || c.vb >= v.tok.size() || !d.Has(v.tok[c.vb]))
    return false;
  const uint32_t trig = static_cast<uint32_t>(v.tok[c.vb]);
  const TokenSyntax& t = doc.syntax[trig];
  if (!In(t.xpos, {"VBN", "VBD"}) || c.ve != c.vb + 1) return false;
  // (Not a year: "the EU in 2014 sanctioned Russian banks".)
  const std::string& prev = v.ups[c.vb - 1];
  const bool after = (v.upos[c.vb - 1] == "ADP" && prev != "THAT") ||
                     (v.upos[c.vb - 1] == "NUM" && YearOf(prev) == 0);
  if (!after || !In(v.upos[c.ve], {"NOUN", "PROPN", "ADJ"})) return false;
  // (The parse may take the noun for an object; a subject or an auxiliary makes a clause.)
  for (uint32_t k : d.kids[trig - d.tb])
    if (In(doc.syntax[k].deprel, {"nsubj", "nsubj:pass", "aux", "aux:pass"})) return false;
  return true;
}

// "X is not to blame", "the probe was partly to blame for ...": a judgement about X, not X
// blaming anyone.
bool PredicativeBlame(const SentenceView& v, const Candidate& c) {
  if (v.ups[c.vb] != "BLAME" || c.vb < 2 || v.ups[c.vb - 1] != "TO") return false;
  // "the strategy is to blame Democrats" blames someone.
  if (c.ve < v.ups.size() && v.ups[c.ve] != "FOR" && !v.words[c.ve].punct) return false;
  return In(v.ups[c.vb - 2], {"IS", "WAS", "ARE", "WERE", "BE", "BEEN", "NOT", "PARTLY",
                              "PARTIALLY", "LARGELY", "MOSTLY", "SOLELY", "ALSO", "ALONE"});
}

// "told NBC's \"Meet the Press\"": a capitalised verb right after an opening quote mark that
// follows a name or a possessive is the title of a show or a book, not an event.
bool WorkTitle(const SentenceView& v, const Candidate& c) {
  if (c.vb < 2 || !v.words[c.vb].cap) return false;
  const std::string& mark = v.ups[c.vb - 1];
  if (mark != "\"" && mark != "\xE2\x80\x9C") return false;
  const uint32_t before = c.vb - 2;
  return In(v.ups[before], {"'S", "'"}) || (before < v.upos.size() && v.upos[before] == "PROPN");
}

// "the bill's limited appeal to the House", "broad appeal to voters": attraction, no plea;
// so are "policy proposals appealing to progressive Democrats" (a thing that appeals).
bool Allure(const SentenceView& v, const Candidate& c) {
  if (v.ups[c.vb] == "APPEALING" && c.vb > 0 && c.vb < v.upos.size() && v.upos[c.vb - 1] == "NOUN")
    return true;
  return v.ups[c.vb] == "APPEAL" && c.vb > 0 &&
         In(v.ups[c.vb - 1], {"LIMITED", "BROAD", "BROADER", "WIDE", "WIDER", "POPULAR", "MASS",
                              "WIDESPREAD", "CROSSOVER", "ELECTORAL", "BIPARTISAN", "GENERAL",
                              "UNIVERSAL", "ENDURING", "NARROW", "STAR", "SEX", "MAINSTREAM"});
}

// "met Republicans more than half way", "meet us halfway": a compromise, no meeting.
bool MeetHalfway(const SentenceView& v, const Candidate& c) {
  if (v.ups[c.vb].rfind("MEET", 0) != 0 && v.ups[c.vb] != "MET") return false;
  for (size_t k = c.ve; k < v.ups.size() && k < c.ve + 6; ++k) {
    if (In(v.ups[k], {"HALFWAY", "HALF-WAY", "MIDWAY"})) return true;
    if (v.ups[k] == "HALF" && k + 1 < v.ups.size() && v.ups[k + 1] == "WAY") return true;
    if (v.words[k].punct) break;
  }
  return false;
}

// "the rulings were met with little enthusiasm by the GOP", "has been met with protests": a
// passive "met with" is how something was received, no meeting.
bool MetWithAReaction(const SentenceView& v, const Candidate& c) {
  if (v.ups[c.vb] != "MET" || c.ve >= v.ups.size() || v.ups[c.ve] != "WITH") return false;
  // (Not "were set to met with Trump", a meeting misspelt.)
  for (uint32_t k = c.vb; k > 0 && k + 2 > c.vb;) {
    --k;
    if (In(v.ups[k], {"WAS", "WERE", "BE", "BEEN", "BEING", "IS", "ARE"})) return true;
    if (v.ups[k] == "TO") return false;
  }
  return false;
}

bool ForceLemma(const std::string& lemma) {
  static const std::unordered_set<std::string_view> kForces = {
      "troop",     "troops",    "force",    "soldier",  "military",  "army",      "guard",
      "police",    "officer",   "navy",     "ship",     "warship",   "destroyer", "carrier",
      "submarine", "jet",       "aircraft", "plane",    "bomber",    "fighter",   "drone",
      "missile",   "weapon",    "tank",     "unit",     "marine",    "personnel", "agent",
      "asset",     "battalion", "brigade",  "division", "reservist", "militia",   "paratrooper",
      "artillery", "battery",   "system",   "defense",  "defence",   "shield",    "helicopter",
      "vessel",    "boat",      "sailor",   "airman",   "nuclear",   "warhead",   "interceptor",
      "radar",     "armor",     "armour",   "convoy"};
  std::string lower = lemma;  // ("Defense", "Guard": names keep their capitals)
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return kForces.count(lower) > 0;
}

// A force named within five words after the trigger, whatever the parse ("deployed thousands
// of troops to the border", parsed with no object).
bool ForceNamedAfter(const Document& doc, const SentenceView& v, const Candidate& c) {
  for (uint32_t k = c.ve; k < v.ups.size() && k < c.ve + 5 && !v.words[k].punct; ++k)
    if (v.tok[k] >= 0 && ForceLemma(doc.syntax[v.tok[k]].lemma)) return true;
  return false;
}

// A deployment or mobilization moves armed forces or police (PLOVER MOBILIZE): its object is a
// force ("deployed 6,000 troops", "the National Guard", "F-22s", "its destroyers") or, with no
// object, the actor is one ("Iraqi troops could deploy into Syria"). Not "mobilized his
// activists", "mobilize women opposed to Trump", "deploy the same strategy", "deploy a general
// to coordinate relief".
bool MovesForces(const Document& doc, const DepView& d, const SentenceView& v, const Candidate& c,
                 const Event& e) {
  if (c.noun || c.vb >= v.tok.size() || v.tok[c.vb] < 0 ||
      (v.ups[c.vb].rfind("MOBILI", 0) != 0 && v.ups[c.vb].rfind("DEPLOY", 0) != 0))
    return true;
  auto armed = [](const std::vector<EventArg>& args) {
    for (const EventArg& a : args)
      if (In(a.sector, {"MIL", "COP", "SPY"})) return true;
    return false;
  };
  const uint32_t t = static_cast<uint32_t>(v.tok[c.vb]);
  int64_t obj = FirstChild(doc, d, t, "obj");
  // "the troops whom Bush had deployed", "THAAD, which the U.S. deployed": the noun the
  // relative clause describes.
  if ((obj < 0 || In(doc.syntax[obj].xpos, {"WP", "WDT"})) && doc.syntax[t].deprel == "acl:relcl" &&
      d.Has(doc.syntax[t].head))
    obj = doc.syntax[t].head;
  // (A relative pronoun the parse leaves in a main clause: the noun before it.)
  if (obj >= 0 && In(doc.syntax[obj].xpos, {"WP", "WDT"})) {
    int64_t before = obj - 1;
    if (before >= 0 && doc.syntax[before].upos == "PUNCT") --before;
    obj = d.Has(before) ? before : -1;
  }
  if (obj < 0) return armed(e.actor) || ForceNamedAfter(doc, v, c);
  // "tens of thousands of troops", "a large number of Western military forces".
  for (int hops = 0;
       hops < 3 && In(doc.syntax[obj].lemma, {"number", "thousand", "hundred", "ten", "dozen",
                                              "contingent", "group", "batch", "wave", "team"});
       ++hops) {
    int64_t of = -1;
    for (uint32_t k : d.kids[static_cast<uint32_t>(obj) - d.tb])
      if (RelIs(doc.syntax[k].deprel, "nmod") && CaseOf(doc, d, k) == "of") of = k;
    if (of < 0) break;
    obj = of;
  }
  const uint32_t o = static_cast<uint32_t>(obj);
  if (ForceLemma(doc.syntax[o].lemma)) return true;
  // A model name ("F-22s", "THAAD"): capitals and digits, compounds included (the tokenizer
  // splits "F-22s").
  uint32_t first = o;
  for (uint32_t k : d.kids[o - d.tb])
    if (k < first && RelIs(doc.syntax[k].deprel, "compound")) first = k;
  const std::string_view surface =
      doc.Surface(Span{doc.tokens[first].span.begin, doc.tokens[o].span.end});
  if (surface.size() >= 3 && std::isupper(static_cast<unsigned char>(surface[0])) &&
      std::all_of(surface.begin(), surface.end(), [](char ch) {
        return std::isupper(static_cast<unsigned char>(ch)) ||
               std::isdigit(static_cast<unsigned char>(ch)) || ch == '-' || ch == 's';
      }))
    return true;
  const int32_t w = d.word_of[o - d.tb];
  if (w >= 0 && v.group_at[w] >= 0)
    for (const ActorCode& a : v.groups[v.group_at[w]].actors)
      for (const char* sector : {"MIL", "COP", "SPY"})
        if (a.suffix.find(sector) != std::string::npos) return true;
  return false;
}

// Year of a word "1970", "1970S" (a decade: its last year), else 0.
int YearOf(const std::string& w) {
  size_t n = w.size() == 5 && w[4] == 'S' ? 4 : w.size();
  if (n != 4) return 0;
  int y = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(w[i]))) return 0;
    y = y * 10 + (w[i] - '0');
  }
  if (y < 1000 || y > 2100) return 0;
  return n < w.size() ? y + 9 : y;
}

// Background the time layer leaves undated: "decades ago", "back in the 1970s", "during
// the 2012 campaign", "in his 1791 report" in words [from, to), when the year is more
// than a year before publication (YYYYMMDD; 0 unknown).
bool PastYearInClause(const SentenceView& v, uint32_t from, uint32_t to, int32_t pub) {
  to = std::min<uint32_t>(to, static_cast<uint32_t>(v.ups.size()));
  bool relative = false;  // ", who was in the House during the 1998 impeachment, accused"
  for (uint32_t k = from; k < to; ++k) {
    const std::string& w = v.ups[k];
    if (w == ",") {
      relative = k + 1 < to && In(v.ups[k + 1], {"WHO", "WHICH", "WHERE", "WHOSE"});
      continue;
    }
    if (relative) continue;
    if (w == "AGO" && k > 0 && In(v.ups[k - 1], {"DECADES", "CENTURIES", "GENERATIONS"}))
      return true;
    int y = YearOf(w);
    if (y == 0 || pub <= 0 || y >= pub / 10000 - 1 || k == 0) continue;
    uint32_t p = k - 1;
    // "in the summer of 2011", "during the end of 1998"
    if (p > 1 && v.ups[p] == "OF" &&
        In(v.ups[p - 1], {"SUMMER", "SPRING", "FALL", "AUTUMN", "WINTER", "END", "START",
                          "BEGINNING", "MIDDLE", "COURSE"}))
      p -= 2;
    // "in the late 1990s", "in early 2009"
    if (p > 0 && In(v.ups[p], {"LATE", "EARLY", "MID"})) --p;
    if (p > 0 && In(v.ups[p], {"THE", "HIS", "HER", "ITS", "THEIR", "A", "AN"})) --p;
    if (In(v.ups[p], {"IN", "DURING"})) return true;
  }
  return false;
}

// Words that end a clause for the purpose of attaching dates and places.
bool ClauseBreak(const SentenceView& v, uint32_t k) {
  const std::string& w = v.ups[k];
  if (w == ";" || w == ":") return true;
  if (w == "," && k + 1 < v.ups.size())
    return In(v.ups[k + 1], {"AS", "WHILE", "WHICH", "WHO", "BUT", "WHEN", "AFTER", "BEFORE",
                             "THOUGH", "ALTHOUGH"});
  if (In(w, {"FOLLOWED", "WHILE", "WHEREAS"})) return true;
  return false;
}

}  // namespace

// The country at least two thirds of an article's coded actors belong to, or
// "" ("USA" in a piece on Congress and the White House; "" in one on Russia
// and Ukraine, where "the government" may be either's).
std::string HomeCountry(const Document& doc) {
  std::vector<std::pair<std::string, int>> counts;
  int total = 0;
  for (const Event& e : doc.events)
    for (const auto* args : {&e.actor, &e.recipient})
      for (const EventArg& a : *args) {
        if (a.code.size() != 3 || In(a.sector, {"IGO", "NGO", "MNC"})) continue;
        ++total;
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&](const auto& c) { return c.first == a.code; });
        if (it == counts.end())
          counts.emplace_back(a.code, 1);
        else
          ++it->second;
      }
  for (const auto& [code, n] : counts)
    if (3 * n >= 2 * total) return code;
  return "";
}

// What the words of a state body named only by its sector, and the two words before it in
// its sentence, say of its country: a foreign mark ("a foreign government", "world leaders",
// "fellow leaders", "Interpol's international ..."; leaders, who in most articles are
// foreign, "met with leaders"; a people with no state of its own, "Kurdish forces"; offices
// that stand for foreign heads more often than home ones when we could not link the person,
// "Prime Minister Hun Sen", "the Queen" in an American article), or "congressional".
struct BodyMarks {
  bool foreign = false;
  bool congress = false;
};

BodyMarks MarksNear(const Document& doc, const Span& span) {
  const std::string_view text = doc.text();
  size_t from = span.begin;
  for (int spaces = 0; from > 0; --from) {
    const char c = text[from - 1];
    if (c == '.' || c == '\n' || c == ';') break;
    if (c == ' ' && ++spaces == 3) break;
  }
  const std::string near = syntax::LowerAscii(text.substr(from, span.end - from));
  BodyMarks m;
  for (size_t i = 0; i < near.size();) {
    size_t j = i;
    while (j < near.size() && std::isalpha(static_cast<unsigned char>(near[j]))) ++j;
    const std::string_view w = std::string_view(near).substr(i, j - i);
    // (Peoples with no country of their own: "Kurdish security forces" are no home forces.)
    for (const char* mark :
         {"leader", "world", "foreign",    "international", "global", "fellow", "prime",
          "queen",  "king",  "chancellor", "premier",       "kurd",   "arab",   "sunni",
          "shiite", "shia",  "pashtun",    "tamil",         "druze",  "yazidi"})
      m.foreign = m.foreign || w.substr(0, std::strlen(mark)) == mark;
    m.congress = m.congress || w.substr(0, 11) == "congression";
    i = j + 1;
  }
  return m;
}

// A state body named only by its sector ("the administration", "lawmakers", "the high
// court", or a name we could not link) belongs to the article's home country, as a reader
// takes it, unless it has a foreign mark; a congressional one always does, and is the
// legislature ("congressional leaders").
void GiveHomeCountry(Document* doc) {
  const std::string home = HomeCountry(*doc);
  if (home.empty()) return;
  for (Event& e : doc->events)
    for (auto* args : {&e.actor, &e.recipient})
      for (EventArg& a : *args) {
        if (!a.code.empty() || a.entity >= 0 || !a.span) continue;
        if (!In(a.sector, {"GOV", "LEG", "JUD", "MIL", "COP"})) continue;
        const BodyMarks m = MarksNear(*doc, *a.span);
        if (m.foreign && !m.congress) continue;
        if (m.congress) a.sector = "LEG";
        a.code = home;
      }
}

// ---- the stage ---------------------------------------------------------------------

class PloverCoder final : public EventCoder {
 public:
  explicit PloverCoder(std::shared_ptr<const Lexicon> lex) : lex_(std::move(lex)) {
    for (const auto& d : lex_->discards) discard_first_[FirstKey(d[0])] |= LengthBit(d[0]);
  }

  Status Annotate(Document* doc) const override {
    doc->events.clear();
    int32_t date = entities::ActorDictionary::ParseIsoDate(doc->meta.published);
    NameMemory memory;
    const MentionIndex mentions(*doc);
    for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
      if (doc->events.size() >= kMaxEventsPerDoc) break;
      CodeSentence(doc, si, date, mentions, &memory);
    }
    if (!lex_->user_verbs) GiveHomeCountry(doc);
    for (size_t i = 0; i < doc->events.size(); ++i) {
      char id[24];  // (not "v" + std::to_string: GCC 12 warns -Wrestrict, a false alarm)
      std::snprintf(id, sizeof id, "v%zu", i + 1);
      doc->events[i].id = id;
    }
    return Status::Ok();
  }

 private:
  void CodeSentence(Document* doc, uint32_t si, int32_t date, const MentionIndex& mentions,
                    NameMemory* memory) const {
    SentenceView v;
    v.words = SplitWords(*doc, doc->sentences[si].span, kMaxSentenceWords);
    if (v.words.empty()) return;
    if (Discarded(*doc, v)) return;
    FillPos(*doc, doc->sentences[si], &v);
    AnalyzeActors(*doc, *lex_, date, memory, mentions, &v);
    DepView deps = BuildDeps(*doc, doc->sentences[si], v);
    const bool use_parse = deps.ok && !lex_->user_verbs;
    SentenceCoder sc(*lex_, v, doc->syntax);
    std::vector<Candidate> cands = sc.Triggers();
    if (debug_) Dump(v, cands);
    int32_t prev_source = -1;
    uint32_t prev_end = 0;
    std::vector<Event> out;
    for (size_t ci = 0; ci < cands.size(); ++ci) {
      Candidate c = cands[ci];
      uint32_t clause_begin = ClauseStart(v, c.vb);
      uint32_t clause_end = ClauseEnd(v, c.ve);
      if (ci + 1 < cands.size())
        clause_end = std::min(clause_end, NextBoundary(v, c.ve, cands[ci + 1].vb));
      if (!lex_->user_verbs && (PredicativeBlame(v, c) || WorkTitle(v, c) || Allure(v, c) ||
                                MeetHalfway(v, c) || MetWithAReaction(v, c)))
        continue;
      // "as a negotiating tactic": a gerund that modifies a noun. (Not a past participle:
      // the parse also makes verbs like "blamed rebel fighters" modifiers.)
      if (use_parse && !c.noun && c.vb < v.tok.size() && v.tok[c.vb] >= 0 &&
          doc->syntax[v.tok[c.vb]].deprel == "amod" && doc->syntax[v.tok[c.vb]].xpos == "VBG")
        continue;
      // "a credibly accused rapist", "his promised wall", "Trump's promised wall": a
      // participle between a determiner, an adverb or a possessive and its noun describes the
      // noun.
      if (use_parse && !c.noun && c.vb > 0 && c.vb < v.tok.size() && v.tok[c.vb] >= 0 &&
          doc->syntax[v.tok[c.vb]].deprel == "amod" && doc->syntax[v.tok[c.vb]].xpos == "VBN" &&
          doc->syntax[v.tok[c.vb]].head > v.tok[c.vb] &&
          doc->syntax[v.tok[c.vb]].head <= v.tok[c.vb] + 3 &&
          (In(v.upos[c.vb - 1], {"DET", "ADV"}) ||
           (v.tok[c.vb - 1] >= 0 && In(doc->syntax[v.tok[c.vb - 1]].xpos, {"PRP$", "POS"}))))
        continue;
      if (use_parse && !c.noun && NounModifierAfterPreposition(*doc, deps, v, c)) continue;
      // '"...," agreed Marjorie Doe, the group's president': a verb of saying that attributes a
      // quote agrees with no one.
      if (!lex_->user_verbs && In(v.ups[c.vb], {"AGREED", "AGREES"}) && c.vb >= 2 &&
          v.ups[c.vb - 2] == "," && IsQuoteMark(v.ups[c.vb - 1]))
        continue;
      // "told visiting Russian diplomats": the visitors are the noun's, not the teller's.
      if (!lex_->user_verbs && v.ups[c.vb] == "VISITING" && c.vb > 0 && c.ve < v.upos.size() &&
          In(v.upos[c.ve], {"ADJ", "NOUN", "PROPN"}) &&
          In(v.upos[c.vb - 1], {"VERB", "DET", "ADP", "ADJ"}))
        continue;
      bool passive = LooksPassive(v, c);
      // A recipient named by the parse, or by the slot of a pattern anchored
      // by several words ("massing of troops ... border with +"), is not
      // subject to the distance rule below.
      bool target_from_parse = c.target >= 0 && c.literal >= 3;
      std::vector<uint32_t> inside;  // the target must lie in one of these subtrees
      bool no_target = false;        // the parse's object is no actor and hides one
      if (use_parse && !c.speaker_accuses && c.source < 0 && c.target < 0) {
        // Who did what to whom from the parse where it says; word order
        // below fills what it leaves open.
        DepArgs dep = ArgsFromParse(*doc, deps, v, c.vb, c.noun);
        if (dep.passive) {
          if (dep.subject < 0) continue;  // "X was attacked": by whom is unknown
          passive = false;
        }
        // The doer the parse names is no actor we know ("Mitt Romney ... accusing the
        // Democrat"): no event rather than the nearest actor in its place.
        if (dep.named_subject && dep.subject < 0) continue;
        if (!c.noun && dep.subject < 0 && c.vb < v.tok.size() &&
            NoDoerOfItsOwn(*doc, deps, static_cast<uint32_t>(v.tok[c.vb])))
          continue;
        if (!c.noun && c.code == "084" && ReleasesAThing(*doc, deps, v, c.vb)) continue;
        if (!c.noun && c.code == "030" && AgreesWithAClause(*doc, deps, v, c.vb)) continue;
        if (!c.noun && TheTownBefore(*doc, v, c.vb) &&
            (dep.subject < 0 || dep.subject == v.group_at[c.vb - 1]))
          continue;
        // A noun names its doer by a possessive, "by" or "between" ("Russia's massing of
        // troops", "talks between ..."); else the doer is unknown ("politicize the attack").
        if (c.noun && dep.subject < 0 && !dep.between) continue;
        // "to demonstrate NATO's resolve", "has demonstrated that ...": showing, no protest.
        if (const int32_t shows = ParsedVerbTrigger(deps, v, c, "141", {"DEMONSTRAT"});
            shows >= 0 && (HasChild(*doc, deps, static_cast<uint32_t>(shows), "obj") ||
                           HasChild(*doc, deps, static_cast<uint32_t>(shows), "ccomp")))
          continue;
        // "warned donors that the majority could be weakened": the addressee of a warning is
        // not accused; the doer of what it warns of is ("warned lawmakers that the Kremlin
        // was working to interfere": Russia), else there is no accusation. (A conditional
        // warning threatens the addressee: WarningThreatens.)
        if (dep.object >= 0 && WarnsOfAClause(*doc, deps, v, c)) {
          const int32_t doer = ClauseSubject(*doc, deps, v, static_cast<uint32_t>(v.tok[c.vb]));
          if (doer < 0 || doer == dep.subject) continue;
          dep.object = doer;
        }
        if (const int32_t accused = WarnedAgainst(*doc, deps, v, c);
            accused >= 0 && accused != dep.subject)
          dep.object = accused;
        c.source = dep.subject;
        if (dep.object < 0) inside = std::move(dep.named_objects);
        no_target = dep.kin_object;
        if (dep.between && dep.subject < 0) {
          // "talks between Russia and Ukraine": both are actors.
          c.source = dep.object;
        } else if (dep.object >= 0 && dep.object != dep.subject) {
          c.target = dep.object;
          target_from_parse = true;
        } else if (dep.clause_subject >= 0 && dep.clause_subject != dep.subject &&
                   ClauseTakesRecipient(c.code)) {
          c.target = dep.clause_subject;
          target_from_parse = true;
        }
      }
      if (c.speaker_accuses) {
        // "'... Moscow's goal is to sow divisions,' Blinken said": the
        // speaker accuses the doer.
        c.target = GroupBefore(v, c.vb, 0);
        c.source = SpeakerGroup(v, c.ve);
        if (c.source < 0 || c.target < 0 || c.source == c.target) continue;
        passive = false;
      }
      if (c.source < 0) {
        // "... and promised aid": the coordinated verb shares the actor.
        bool coordinated = false;
        if (prev_source >= 0) {
          for (uint32_t k = c.vb; k > prev_end;) {
            --k;
            if (v.group_at[k] >= 0) break;
            if (v.ups[k] == "AND") coordinated = true;
          }
        }
        c.source = coordinated ? prev_source : GroupBefore(v, c.vb, 0);
      }
      int32_t src_compound = c.source >= 0 ? v.CompoundOf(c.source) : -1;
      if (c.target < 0 && !no_target) {
        c.target = GroupAfter(*doc, v, c.ve, clause_end, c.used,
                              {src_compound, ClauseTakesRecipient(c.code), !lex_->user_verbs});
        if (c.target >= 0 && !inside.empty() && !InSubtrees(*doc, v, c.target, inside))
          c.target = -1;
        // "Norway and Sweden met in Oslo": the place is no recipient. With
        // our own lexicon no place is ("Rubio and Lavrov met in Vienna");
        // PETRARCH dictionaries keep a foreign place, as PETRARCH codes it.
        if (c.target >= 0 && v.groups[c.target].place && !lex_->user_verbs) {
          c.target = -1;
        } else if (c.target >= 0 && v.groups[c.target].place) {
          bool self = false;
          for (const ActorCode& t : v.groups[c.target].actors)
            for (int32_t g : Conjuncts(v, c.source))
              for (const ActorCode& a : v.groups[g].actors) self |= a.code == t.code;
          if (self) c.target = -1;
        }
      }
      // Our lexicon takes a recipient close to the trigger ("talks with X",
      // "urged the EU"), not one far down the sentence.
      if (c.target >= 0 && !target_from_parse && !lex_->user_verbs && !c.speaker_accuses) {
        uint32_t gap = 0;
        for (uint32_t k = c.ve; k < v.groups[c.target].begin; ++k) {
          bool used = v.words[k].punct;
          for (const auto& [ub, ue] : c.used) used |= ub <= k && k < ue;
          gap += used ? 0 : 1;
        }
        if (gap > 5) c.target = -1;
      }
      if (passive && c.vb + 1 < v.ups.size()) {
        uint32_t k = c.ve;
        while (k < v.ups.size() && k < c.ve + 3 && v.ups[k] != "BY") ++k;
        if (k + 1 < v.ups.size() && v.ups[k] == "BY" && v.group_at[k + 1] >= 0) {
          int32_t agent = v.group_at[k + 1];
          c.target = c.source;
          c.source = agent;
        }
      }
      if (c.source < 0) continue;
      if (use_parse && !lex_->user_verbs && Attributive(*doc, deps, v, c)) continue;
      if (c.target >= 0 && use_parse && !lex_->user_verbs &&
          SubjectOfTheMainClause(*doc, deps, v, c, c.target))
        c.target = -1;
      if (c.target >= 0 && !lex_->user_verbs &&
          (IsMedium(v, c.target) || OwnPeople(v, c.target) || Compared(v, c.target)))
        c.target = -1;
      prev_source = c.source;
      prev_end = c.ve;
      Event e;
      e.actor = Args(v, Conjuncts(v, c.source), *doc);
      if (c.target >= 0) e.recipient = Args(v, Conjuncts(v, c.target), *doc);
      // An actor is never its own recipient ("Britain and Canada imposed
      // sanctions on Britain, Canada" is no event).
      DropSelfRecipients(*doc, &e);
      // "X and Y met": one CONSULT with both as actors (PLOVER). With
      // PETRARCH dictionaries the recipients mirror them, as PETRARCH codes
      // both dyads.
      bool symmetric = c.target < 0 && e.actor.size() > 1 &&
                       (lex_->user_verbs || c.code.compare(0, 2, "04") == 0);
      if (symmetric && lex_->user_verbs) e.recipient = e.actor;
      // Who did it must be known: an actor with a code or a linked entity.
      // With our lexicon a sector alone ("thousands of farmers") will do if
      // the event has a place to give it a country (below).
      bool any_code = false, sector_only = false;
      for (const EventArg& a : e.actor) {
        any_code |= !a.code.empty() || a.entity >= 0;
        sector_only |= a.code.empty() && a.entity < 0 && !a.sector.empty();
      }
      if (sector_only && !any_code && !lex_->user_verbs) any_code = true;
      if (!any_code || (e.recipient.empty() && !symmetric)) continue;
      Span trig{v.words[c.vb].span.begin, v.words[c.ve - 1].span.end};
      e.trigger = trig;
      e.sentence = si;
      e.cameo = c.code;
      if (!lex_->user_verbs && VerbalAttack(*doc, v, c, e)) e.cameo = "111";
      if (use_parse && !lex_->user_verbs && !MovesForces(*doc, deps, v, c, e)) continue;
      if (!lex_->user_verbs && (GivesTheFloor(v, c, e) || MediaMeeting(e))) continue;
      if (use_parse && (WarningThreatens(*doc, deps, v, c) || PromiseOfHarm(*doc, deps, v, c)))
        e.cameo = "130";
      const NegationScope scope{*doc, deps, v, c.vb};
      e.modality = Modality(v, c, clause_begin, use_parse ? &scope : nullptr);
      if (use_parse && e.modality == "asserted") {
        std::string m = c.noun ? NounModality(*doc, deps, v, c.vb)
                               : GoverningModality(*doc, deps, v, c.vb, clause_begin);
        if (!m.empty()) e.modality = m;
      }
      if (use_parse && !c.noun && e.modality == "hypothetical" &&
          ReportedFuture(*doc, deps, v, c.vb))
        e.modality = "future";
      uint32_t win_begin = std::max<uint32_t>(clause_begin, v.groups[c.source].begin);
      AttachDate(*doc, v, si, win_begin, clause_end, c, date, &e);
      if (!e.date_span && !lex_->user_verbs && PastYearInClause(v, clause_begin, clause_end, date))
        e.modality = "historical";
      AttachPlace(v, c.ve, clause_end, &e, v.groups[c.source].end);
      if (!e.location && use_parse) PlaceBeforeWhere(*doc, v, c, &e);
      if (!lex_->user_verbs && !ActorsFromPlace(&e)) continue;
      AttachQuote(*doc, v, c, &e);
      if (!ApplyPlover(&e, lex_->user_verbs)) continue;
      if (e.modality == "historical" && !lex_->user_verbs) continue;  // background
      AddUnique(&out, std::move(e));
      FollowedBy(*doc, v, si, c, date, &out);
      if (!c.reverse.empty() && c.target >= 0) {
        Event r = out.back();
        std::swap(r.actor, r.recipient);
        r.cameo = c.reverse;
        if (ApplyPlover(&r, lex_->user_verbs)) AddUnique(&out, std::move(r));
      }
    }
    for (Event& e : out) doc->events.push_back(std::move(e));
  }

  // The group that speaks the quote around word `from`: after the closing
  // quote mark, next to a speech verb ("..." Blinken said).
  static int32_t SpeakerGroup(const SentenceView& v, uint32_t from) {
    static const std::initializer_list<const char*> kSpeech = {
        "SAID", "SAYS", "TOLD", "ADDED", "STATED", "DECLARED", "INSISTED"};
    for (uint32_t k = from; k < v.ups.size(); ++k) {
      if (!v.words[k].punct || v.words[k].in_quote == false) continue;
      const std::string& w = v.ups[k];
      if (w != "\"" && w != "\xE2\x80\x9D") continue;
      for (uint32_t j = k + 1; j < v.ups.size() && j < k + 6; ++j) {
        int32_t g = v.group_at[j];
        if (g < 0) continue;
        uint32_t after = v.groups[g].end;
        bool speech = (after < v.ups.size() && In(v.ups[after], kSpeech)) ||
                      (j > 0 && In(v.ups[j - 1], kSpeech));
        if (speech) return g;
      }
      return -1;
    }
    return -1;
  }

  // "meet X on Thursday, followed by Y in Geneva on Friday": a second
  // meeting with Y, with its own date and place.
  void FollowedBy(const Document& doc, const SentenceView& v, uint32_t si, const Candidate& c,
                  int32_t pub, std::vector<Event>* out) const {
    if (out->empty()) return;
    const Event& base = out->back();
    if (base.cameo.compare(0, 2, "03") != 0 && base.cameo.compare(0, 2, "04") != 0) return;
    for (uint32_t k = c.ve; k + 2 < v.ups.size(); ++k) {
      if (v.ups[k] != "FOLLOWED" || v.ups[k + 1] != "BY" || v.group_at[k + 2] < 0) continue;
      int32_t g = v.group_at[k + 2];
      Event e = base;
      e.recipient = Args(v, Conjuncts(v, g), doc);
      e.date.clear();
      e.date_precision.clear();
      e.date_span.reset();
      e.location.reset();
      uint32_t end = ClauseEnd(v, k + 2);
      Candidate cc = c;
      AttachDate(doc, v, si, k + 2, end, cc, pub, &e);
      AttachPlace(v, k + 2, end, &e);
      AddUnique(out, std::move(e));
      return;
    }
  }

  bool Discarded(const Document& doc, const SentenceView& v) const {
    // A list of headlines ("A | B | C") is page furniture, not a sentence of the story.
    int bars = 0;
    for (const Word& w : v.words) bars += w.up == "|";
    if (bars >= 2) return true;
    // So is a run of related headlines closed by a "MORE" link inside a sentence of
    // ordinary case ("... Lawmakers voice concerns over budget MORE (R-Ohio) said").
    for (size_t i = 1; i < v.words.size(); ++i)
      if (doc.Surface(v.words[i].span) == "MORE" && v.words[i - 1].up != "MORE" &&
          doc.Surface(v.words[i - 1].span) != v.words[i - 1].up)
        return true;
    for (size_t i = 0; i < v.words.size(); ++i) {
      const std::string& up = v.words[i].up;
      if (up.empty() || !(discard_first_[FirstKey(up)] & LengthBit(up))) continue;  // no d[0]
      for (const auto& d : lex_->discards) {
        if (i + d.size() > v.words.size() || v.words[i].up != d[0]) continue;
        bool ok = true;
        for (size_t k = 1; k < d.size() && ok; ++k) ok = v.words[i + k].up == d[k];
        if (ok) return true;
      }
    }
    return false;
  }

  // The first words of the discard phrases, by first byte and length (bit min(length, 63)): a
  // word outside the set starts none of them.
  static uint8_t FirstKey(const std::string& w) { return static_cast<uint8_t>(w[0]); }
  static uint64_t LengthBit(const std::string& w) {
    return uint64_t{1} << std::min<size_t>(w.size(), 63);
  }
  std::array<uint64_t, 256> discard_first_{};

  // Universal POS of each word from doc->syntax, when the parser ran.
  static void FillPos(const Document& doc, const Sentence& s, SentenceView* v) {
    v->upos.assign(v->words.size(), std::string());
    v->tok.assign(v->words.size(), -1);
    if (doc.syntax.size() != doc.tokens.size()) return;
    uint32_t t = s.token_begin;
    for (size_t w = 0; w < v->words.size(); ++w) {
      uint32_t b = v->words[w].span.begin;
      while (t < s.token_end && t < doc.tokens.size() && doc.tokens[t].span.end <= b) ++t;
      if (t >= s.token_end || t >= doc.tokens.size()) break;
      if (doc.tokens[t].span.begin <= b) {
        v->upos[w] = doc.syntax[t].upos;
        v->tok[w] = static_cast<int32_t>(t);
      }
    }
  }

  static uint32_t ClauseStart(const SentenceView& v, uint32_t vb) {
    for (uint32_t k = vb; k > 0;) {
      --k;
      if (v.ups[k] == ";" || v.ups[k] == ":") return k + 1;
    }
    return 0;
  }
  static uint32_t ClauseEnd(const SentenceView& v, uint32_t from) {
    for (uint32_t k = from; k < v.ups.size(); ++k)
      if (ClauseBreak(v, k)) return k;
    return static_cast<uint32_t>(v.ups.size());
  }
  static uint32_t NextBoundary(const SentenceView& v, uint32_t from, uint32_t next_vb) {
    // Stop before the next trigger's subject: a group right before it, with
    // at most 4 auxiliaries or adverbs between ("Moscow could attack").
    for (uint32_t k = next_vb, steps = 0; k > from && steps < 5; ++steps) {
      --k;
      if (v.group_at[k] >= 0) return std::max(from, v.groups[v.group_at[k]].begin);
      if (v.words[k].punct) break;
    }
    return next_vb;
  }

  // Dates e by t; with `background`, a date more than a year before publication (YYYYMMDD)
  // makes it background.
  static void TakeDate(const TimeExpr& t, int32_t pub, bool background, Event* e) {
    e->date = t.value.substr(0, 10);
    e->date_precision = t.precision.empty() ? "day" : t.precision;
    e->date_span = t.span;
    if (!background) return;
    int32_t d = entities::ActorDictionary::ParseIsoDate(e->date);
    if (pub > 0 && d > 0 && d < pub - 10000) e->modality = "historical";
  }

  void AttachDate(const Document& doc, const SentenceView& v, uint32_t si, uint32_t wb, uint32_t we,
                  const Candidate& c, int32_t pub, Event* e) const {
    if (v.words.empty()) return;
    uint32_t b = v.words[std::min<size_t>(wb, v.words.size() - 1)].span.begin;
    uint32_t end = we < v.words.size() ? v.words[we].span.begin : v.words.back().span.end;
    const TimeExpr* best = nullptr;
    for (const TimeExpr& t : doc.times) {
      if (t.span.begin < b || t.span.end > end || t.value.empty() || DatesNothing(doc, t) ||
          Possessive(doc, t) || OtherClause(doc, v, c, t) || PrenominalTime(doc, v, c, t))
        continue;
      if (!best) best = &t;
    }
    if (best) {
      TakeDate(*best, pub, /*background=*/true, e);
      return;
    }
    // "On Thursday, the ministry said ...": a time that opens the sentence (after any
    // quote mark left over from the sentence before) and ends before the event's words.
    uint32_t f = 0;
    while (f + 1 < v.words.size() && v.words[f].punct) ++f;
    for (const TimeExpr& t : doc.times) {
      if (t.value.empty() || f + 1 >= v.words.size() || DatesNothing(doc, t)) continue;
      if (t.span.begin >= v.words[f].span.begin && t.span.begin <= v.words[f + 1].span.begin &&
          t.span.end <= b && !OtherClause(v, t.span.end, wb)) {
        if (wb > f + 2 && e->modality != "hypothetical") {
          // ("Back in 2017, Democrats threatened a boycott", in 2019: background.)
          TakeDate(t, pub, /*background=*/true, e);
          return;
        }
      }
    }
    // "In a speech on Sunday in Vietnam, Pompeo urged ...": a time inside an opening phrase
    // with no verb, closed by the sentence's first comma, before the event's words.
    // Not an event reported inside what someone said ("..., Rubio drew battle lines, saying
    // Trump has refused to ...").
    if (const TimeExpr* t = OpeningPhraseTime(doc, v, f, wb, b);
        t && e->modality != "hypothetical" && !ReportedContent(doc, v, c)) {
      TakeDate(*t, pub, /*background=*/true, e);
      return;
    }
    if (const TimeExpr* t = TimeOfTrigger(doc, v, c, b)) {
      TakeDate(*t, pub, /*background=*/true, e);
      return;
    }
    if (const TimeExpr* t = TimeThatFramesTheClause(doc, v, c);
        t && e->modality != "hypothetical") {
      TakeDate(*t, pub, /*background=*/true, e);
      return;
    }
    // A present-tense report of a present-day event: the publication date.
    const std::string& w = v.ups[c.vb];
    // ("talks" is a noun: its tense says nothing; "the president calls" is a verb, whatever
    // the tagger says.)
    const bool noun = c.noun && !(c.vb > 0 && v.group_at[c.vb - 1] >= 0);
    bool present = !noun && w.size() > 3 && w.back() == 'S' &&
                   w.compare(w.size() - 2, 2, "SS") != 0 && e->modality == "asserted" &&
                   !doc.meta.published.empty();
    if (present) {
      e->date = doc.meta.published;
      e->date_precision = "day";
      return;
    }
    if (PastAfterOldTime(doc, v, c, si, pub)) e->modality = "historical";
  }

  // "The drama ran between 1868 and 1896. Senate Republicans rejected three of Grant's
  // nominees": a past-tense event with no time of its own, right after a sentence of the same
  // paragraph set more than a year before publication (a time that frames it: "in 2008",
  // "between ...", "two years ago"; not "the 2016 election"), goes on with that story.
  static bool PastAfterOldTime(const Document& doc, const SentenceView& v, const Candidate& c,
                               uint32_t si, int32_t pub) {
    if (si == 0 || pub <= 0 || c.vb >= v.tok.size() || v.tok[c.vb] < 0 ||
        static_cast<size_t>(v.tok[c.vb]) >= doc.syntax.size() ||
        doc.syntax[v.tok[c.vb]].xpos != "VBD")
      return false;
    const uint32_t at = v.words[c.vb].span.begin;
    bool old = false;
    for (const TimeExpr& t : doc.times) {
      if (t.sentence == si) return false;  // a time of its own, even one not attached
      if (t.sentence + 1 != si || t.value.empty() || t.span.end > at) continue;
      if (doc.text().find('\n', t.span.end) < at) continue;
      if (!FramesItsSentence(doc, t)) continue;
      if (PeriodEnd(t) >= pub - 10000) return false;  // a recent time there: no background
      old = true;
    }
    return old;
  }
  static bool FramesItsSentence(const Document& doc, const TimeExpr& t) {
    const auto frames = [](const std::string& w) {
      return In(
          w, {"IN", "ON", "DURING", "BETWEEN", "BY", "FROM", "SINCE", "UNTIL", "THROUGH", "BACK"});
    };
    const std::string_view text = doc.Surface(t.span);
    if (frames(dict_text::Upper(text.substr(0, text.find(' '))))) return true;
    if (text.size() > 4 && dict_text::Upper(text.substr(text.size() - 4)) == " AGO") return true;
    // A bare time after such a word or inside a range ("between 1868 and 1896").
    const std::string_view before = std::string_view(doc.text()).substr(0, t.span.begin);
    const size_t end = before.find_last_not_of(' ');
    if (end == std::string_view::npos) return false;
    const size_t sp = before.find_last_of(" \n", end);
    const size_t from = sp == std::string_view::npos ? 0 : sp + 1;
    const std::string w = dict_text::Upper(before.substr(from, end + 1 - from));
    return frames(w) || In(w, {"AND", "TO"});
  }
  // The last day (YYYYMMDD) of the period t names: 2015 -> 20151231, May 2015 -> 20150531.
  static int32_t PeriodEnd(const TimeExpr& t) {
    const int32_t d = entities::ActorDictionary::ParseIsoDate(t.value.substr(0, 10));
    if (d <= 0) return 0;
    if (t.precision == "year") return d / 10000 * 10000 + 1231;
    if (t.precision == "month") return d / 100 * 100 + 31;
    return d;
  }

  // The trigger's clause is a complement of a verb (ccomp), by the parse.
  static bool ReportedContent(const Document& doc, const SentenceView& v, const Candidate& c) {
    const auto& syn = doc.syntax;
    if (syn.size() != doc.tokens.size() || c.vb >= v.tok.size() || v.tok[c.vb] < 0) return false;
    int32_t x = v.tok[c.vb];
    for (int steps = 0; x >= 0 && steps < 64; ++steps, x = syn[x].head)
      if (syn[x].deprel == "ccomp" || syn[x].deprel == "parataxis") return true;
    return false;
  }

  static const TimeExpr* OpeningPhraseTime(const Document& doc, const SentenceView& v, uint32_t f,
                                           uint32_t wb, uint32_t b) {
    uint32_t comma = f;
    while (comma < wb && comma < v.ups.size() && v.ups[comma] != ",") ++comma;
    if (comma >= wb || comma == f || v.upos.size() != v.words.size()) return nullptr;
    for (uint32_t k = f; k < comma; ++k)
      if (v.upos[k] == "VERB" || v.upos[k] == "AUX" || v.upos[k] == "SCONJ") return nullptr;
    const uint32_t lo = v.words[f].span.begin, hi = v.words[comma].span.begin;
    for (const TimeExpr& t : doc.times)
      if (!t.value.empty() && t.span.begin >= lo && t.span.end <= hi && t.span.end <= b &&
          !DatesNothing(doc, t))
        return &t;
    return nullptr;
  }

  // The time's own head token (its head lies outside the time), or -1; needs a parse.
  // A time written before the noun it modifies ("Democrats campaigning in the Nov. 4
  // elections", "the 2016 election") dates that noun, not the event, unless the noun is the
  // trigger or hangs from it ("met Putin at the Nov. 4 summit").
  static bool PrenominalTime(const Document& doc, const SentenceView& v, const Candidate& c,
                             const TimeExpr& t) {
    const int32_t head = TimeHead(doc, t);
    if (head < 0 || c.vb >= v.tok.size()) return false;
    const int32_t trig = v.tok[c.vb];
    const int32_t noun = doc.syntax[head].head;
    if (noun < 0 || noun == trig || doc.syntax[noun].head == trig ||
        !In(doc.syntax[noun].upos, {"NOUN", "PROPN"}) || doc.tokens[noun].span.begin < t.span.end)
      return false;
    // (An occasion still dates what was done at it: "Obama, in a Sept. 10 televised address,
    // asked Congress ...", "in a July phone call".)
    return !In(doc.syntax[noun].lemma,
               {"address",  "speech",     "remark",     "interview", "statement", "meeting",
                "call",     "conference", "hearing",    "debate",    "rally",     "summit",
                "session",  "letter",     "visit",      "trip",      "tweet",     "post",
                "briefing", "testimony",  "appearance", "event",     "vote"});
  }

  static int32_t TimeHead(const Document& doc, const TimeExpr& t) {
    const auto& syn = doc.syntax;
    if (syn.size() != doc.tokens.size()) return -1;
    auto first =
        std::lower_bound(doc.tokens.begin(), doc.tokens.end(), t.span.begin,
                         [](const Token& tok, uint32_t at) { return tok.span.begin < at; });
    for (auto it = first; it != doc.tokens.end() && it->span.end <= t.span.end; ++it) {
      int32_t i = static_cast<int32_t>(it - doc.tokens.begin());
      int32_t h = syn[i].head;
      if (h < 0 || doc.tokens[h].span.begin < t.span.begin || doc.tokens[h].span.end > t.span.end)
        return i;
    }
    return -1;
  }

  // "After the election, in December 2016, Obama imposed ...": a time before the event's words
  // (ending before byte b) that the parse attaches to the trigger verb itself as an adverbial.
  static const TimeExpr* TimeOfTrigger(const Document& doc, const SentenceView& v,
                                       const Candidate& c, uint32_t b) {
    const auto& syn = doc.syntax;
    if (c.noun || syn.size() != doc.tokens.size() || c.vb >= v.tok.size() || v.tok[c.vb] < 0 ||
        v.words.empty())
      return nullptr;
    const int32_t trig = v.tok[c.vb];
    for (const TimeExpr& t : doc.times) {
      if (t.value.empty() || t.span.begin < v.words[0].span.begin || t.span.end > b ||
          DatesNothing(doc, t) || Possessive(doc, t) || SinceTime(doc, t))
        continue;
      const int32_t head = TimeHead(doc, t);
      if (head >= 0 && syn[head].head == trig &&
          (RelIs(syn[head].deprel, "obl") || syn[head].deprel == "nmod:tmod"))
        return &t;
    }
    return nullptr;
  }

  // A time right before the clause of the event: "culminated in October 2017, when the
  // administration lifted sanctions" (a "when" clause that tells what happened then), "the
  // first senator in December 2017 to call for his resignation" (first, last or only).
  static const TimeExpr* TimeThatFramesTheClause(const Document& doc, const SentenceView& v,
                                                 const Candidate& c) {
    if (c.noun || v.words.empty() || c.vb >= v.words.size()) return nullptr;
    for (const TimeExpr& t : doc.times) {
      if (t.value.empty() || t.span.begin < v.words[0].span.begin ||
          t.span.end > v.words[c.vb].span.begin || DatesNothing(doc, t) || Possessive(doc, t))
        continue;
      uint32_t k = 0;  // the first word after the time
      while (k < v.words.size() && v.words[k].span.begin < t.span.end) ++k;
      if (k >= c.vb) continue;
      if (v.ups[k] == "," && k + 1 < c.vb) ++k;
      if (v.ups[k] == "WHEN" && c.vb - k <= 10) {
        bool plain = true;  // one clause: no break, no other verb trigger's "when"
        for (uint32_t j = k + 1; j < c.vb && plain; ++j)
          plain = !v.words[j].punct && !In(v.ups[j], {"WHEN", "AFTER", "BEFORE", "WHILE", "THAT"});
        if (plain) return &t;
      }
      if (v.ups[k] == "TO" && k + 1 == c.vb) {
        uint32_t first = 0;  // the time's first word
        while (first < v.words.size() && v.words[first].span.end <= t.span.begin) ++first;
        for (uint32_t j = first > 6 ? first - 6 : 0; j < first; ++j)
          if (In(v.ups[j], {"FIRST", "LAST", "ONLY"})) return &t;
      }
    }
    return nullptr;
  }

  // Whether the event at word wb is in another clause than a time ending at byte `end`:
  // "Today: ... after the US killed X", "On Monday, after X met Y, ..." (a clause before or
  // after the time's, or a break between; "Last week, when X met Y" is the same time).
  static bool OtherClause(const SentenceView& v, uint32_t end, uint32_t wb) {
    uint32_t j = std::min<uint32_t>(wb, static_cast<uint32_t>(v.ups.size()));
    while (j > 0 && In(v.ups[j - 1], {"THE", "A", "AN"})) --j;
    if (j > 0 && In(v.ups[j - 1], {"AFTER", "BEFORE", "SINCE", "UNTIL", "BECAUSE"})) return true;
    for (uint32_t k = 0; k < wb && k < v.words.size(); ++k)
      if (v.words[k].span.begin >= end && (v.ups[k] == ":" || v.ups[k] == ";")) return true;
    return false;
  }

  // "ahead of Thursday's meeting": the time of something else.
  static bool Possessive(const Document& doc, const TimeExpr& t) {
    const std::string_view text(doc.text());  // not text().substr(): a dangling temporary
    if (t.span.end >= text.size()) return false;
    std::string_view rest = text.substr(t.span.end, 4);
    return rest.rfind("'s", 0) == 0 || rest.rfind("\xE2\x80\x99s", 0) == 0;
  }

  // The time belongs to another clause than the event's, by the parse: its clause head is
  // not the trigger, and the trigger sits inside a nominal of that clause or in another branch
  // ("Romney, one of the Republicans who managed to criticize Trump, isn't up for re-election
  // until 2024" does not date the criticism). A time whose clause governs the trigger through
  // clausal relations only ("said on Friday that it would attack") still dates it.
  static bool OtherClause(const Document& doc, const SentenceView& v, const Candidate& c,
                          const TimeExpr& t) {
    const auto& syn = doc.syntax;
    if (syn.size() != doc.tokens.size() || c.vb >= v.tok.size() || v.tok[c.vb] < 0) return false;
    const int32_t trig = v.tok[c.vb], n = static_cast<int32_t>(syn.size());
    const int32_t head = TimeHead(doc, t);
    if (head < 0) return false;
    if (SubordinateTime(doc, head, trig)) return true;
    int32_t p = syn[head].head;  // climb to the head of the time's clause
    for (int steps = 0; p >= 0 && steps < n && !ClauseHead(syn[p]); ++steps) p = syn[p].head;
    // A noun trigger ("held talks") belongs to the clause of its verb.
    int32_t tc = trig;
    for (int steps = 0; tc >= 0 && steps < n && !ClauseHead(syn[tc]); ++steps) tc = syn[tc].head;
    if (tc < 0) tc = trig;
    if (p < 0 || p == trig || p == tc) return false;
    // Is the trigger's clause under p, and through which relations?
    bool nominal = false;
    int32_t x = tc;
    for (int steps = 0; x >= 0 && x != p && steps < n; ++steps) {
      nominal = nominal || NominalRelation(syn[x].deprel);
      x = syn[x].head;
    }
    if (x == p) return nominal;
    // The time's clause is inside the event's: it dates the event unless it is a relative
    // clause of one of the event's nominals ("refused to sign an agreement that would set
    // terms beyond the end of this year"), or a future clause under a past-tense event
    // ("asked the court to overturn it in a case it will hear this year", where the parse
    // may make "hear" a conjunct). A participle ("followed by Lavrov on Friday") still dates it.
    // Nor does a clause of another event before or after it ("met for the first time since
    // the shutdown began 12 days ago").
    // Nor does what someone said: a time inside a clausal complement under the trigger is the
    // time of the thing said ("warned Obama not to act, saying it would poison any hope of
    // working together next year").
    bool relative = false;
    for (int32_t y = p, steps = 0; y >= 0 && steps < n; y = syn[y].head, ++steps) {
      if (y == trig || y == tc) return relative || FutureUnderPast(doc, p, tc);
      relative = relative || syn[y].deprel == "acl:relcl" || syn[y].deprel == "ccomp" ||
                 SequenceClause(doc, y);
    }
    return true;  // another branch of the sentence
  }
  // The time at token `head` lies in a clause of since / until / because / although that
  // does not hold the trigger ("warned that it would create confusion, since the order was in
  // effect for the primaries in June", whatever relation the parse gave that clause).
  static bool SubordinateTime(const Document& doc, int32_t head, int32_t trig) {
    const auto& syn = doc.syntax;
    const int32_t n = static_cast<int32_t>(syn.size());
    int32_t sub = -1;
    for (int32_t x = syn[head].head, steps = 0; x >= 0 && x != trig && steps < n;
         x = syn[x].head, ++steps)
      if (MarkedBy(doc, x, {"since", "until", "because", "although", "though"})) sub = x;
    if (sub < 0) return false;
    for (int32_t y = trig, steps = 0; y >= 0 && steps < n; y = syn[y].head, ++steps)
      if (y == sub) return false;
    return true;
  }
  // An adverbial clause introduced by since / before / after / until / once.
  static bool SequenceClause(const Document& doc, int32_t y) {
    return doc.syntax[y].deprel == "advcl" &&
           MarkedBy(doc, y, {"since", "before", "after", "until", "once"});
  }
  // y has a mark of the given words among the 24 tokens before it.
  static bool MarkedBy(const Document& doc, int32_t y,
                       std::initializer_list<std::string_view> marks) {
    const auto& syn = doc.syntax;
    for (int32_t k = std::max(0, y - 24); k < y; ++k) {
      if (syn[k].head != y || syn[k].deprel != "mark") continue;
      const std::string w = syntax::LowerAscii(doc.Surface(doc.tokens[k].span));
      for (std::string_view m : marks)
        if (w == m) return true;
    }
    return false;
  }
  // p has a "will"/"'ll"/"shall" auxiliary and the event's clause head is past tense.
  static bool FutureUnderPast(const Document& doc, int32_t p, int32_t tc) {
    const auto& syn = doc.syntax;
    if (syn[tc].xpos != "VBD") return false;
    for (int32_t k = std::max(0, p - 4); k < p; ++k) {
      if (syn[k].head != p || syn[k].deprel != "aux") continue;
      std::string_view w = doc.Surface(doc.tokens[k].span);
      if (w == "will" || w == "'ll" || w == "\xE2\x80\x99ll" || w == "shall") return true;
    }
    return false;
  }
  static bool ClauseHead(const TokenSyntax& s) {
    std::string_view r(s.deprel);
    r = r.substr(0, r.find(':'));
    return s.upos == "VERB" || r == "root" || r == "ccomp" || r == "xcomp" || r == "advcl" ||
           r == "acl" || r == "parataxis" || r == "csubj";
  }
  static bool NominalRelation(std::string_view rel) {
    rel = rel.substr(0, rel.find(':'));
    return rel == "nsubj" || rel == "obj" || rel == "iobj" || rel == "obl" || rel == "nmod" ||
           rel == "appos" || rel == "acl" || rel == "amod" || rel == "compound" ||
           rel == "dislocated" || rel == "csubj";
  }

  // "within the next twelve months" bounds a span of time; it dates nothing. Nor does a
  // deadline: "asked him to give space until after the November election".
  // "since late last year": when an ongoing state began ("have been meeting since ...").
  static bool SinceTime(const Document& doc, const TimeExpr& t) {
    const std::string_view w = doc.Surface(t.span), text(doc.text());
    const uint32_t from = t.span.begin > 12 ? t.span.begin - 12 : 0;
    const std::string_view before = text.substr(from, t.span.begin - from);
    return w.rfind("since ", 0) == 0 || w.rfind("Since ", 0) == 0 ||
           before.find("since ") != std::string_view::npos ||
           before.find("Since ") != std::string_view::npos;
  }

  static bool DatesNothing(const Document& doc, const TimeExpr& t) {
    std::string_view w = doc.Surface(t.span);
    if (w.size() >= 7 && (w.compare(0, 7, "within ") == 0 || w.compare(0, 7, "Within ") == 0))
      return true;
    const std::string_view text(doc.text());
    const uint32_t from = t.span.begin > 20 ? t.span.begin - 20 : 0;
    std::string_view before = text.substr(from, t.span.begin - from);
    return before.find("until ") != std::string_view::npos ||
           before.find("Until ") != std::string_view::npos;
  }

  // The place of the event: "in/at/into [central] <known place>" after the
  // trigger up to `to`, else between the actor and the trigger ("farmers
  // drove into central Brussels to protest").
  void AttachPlace(const SentenceView& v, uint32_t from, uint32_t to, Event* e,
                   uint32_t actor_end = 0) const {
    if (FindPlace(v, from, to, e)) return;
    if (actor_end > 0 && actor_end < from) FindPlace(v, actor_end, from, e);
  }

  // "in Geneva where the ministers were meeting": the place that a "where" of the trigger's
  // clause follows, however the parse attaches the clause.
  void PlaceBeforeWhere(const Document& doc, const SentenceView& v, const Candidate& c,
                        Event* e) const {
    const auto& syn = doc.syntax;
    if (syn.size() != doc.tokens.size() || c.vb >= v.tok.size() || v.tok[c.vb] < 0) return;
    const int32_t trig = v.tok[c.vb];
    for (uint32_t k = 2; k < c.vb; ++k)
      if (v.ups[k] == "WHERE" && v.tok[k] >= 0 && syn[v.tok[k]].head == trig &&
          FindPlace(v, k >= 4 ? k - 4 : 0, k, e))
        return;
  }

  bool FindPlace(const SentenceView& v, uint32_t from, uint32_t to, Event* e) const {
    for (uint32_t k = from; k + 1 < to && k + 1 < v.ups.size(); ++k) {
      // "accused China of curtailing rights in Hong Kong": the place of what it is accused of.
      const std::string& next = v.ups[k + 1];
      if (In(v.ups[k], {"OF", "FOR"}) && Gerund(next)) return false;
      if (!In(v.ups[k], {"IN", "AT", "INTO"})) continue;
      uint32_t first = k + 1;
      if (In(v.ups[first], {"CENTRAL", "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "DOWNTOWN"}))
        ++first;
      if (first >= v.ups.size() || !v.words[first].cap) continue;
      // "protested in March": a month, not the town of March.
      if (In(v.ups[first], {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
                            "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"}))
        continue;
      // Longest known place of up to 3 capitalised words.
      for (uint32_t len = 3; len >= 1; --len) {
        if (first + len > v.ups.size()) continue;
        std::string name;
        bool caps = true;
        for (uint32_t j = first; j < first + len; ++j) {
          caps &= v.words[j].cap;
          if (!name.empty()) name += ' ';
          name += v.ups[j];
        }
        if (!caps) continue;
        auto it = lex_->places.find(name);
        if (it == lex_->places.end()) continue;
        Location loc;
        loc.name = it->second.name;
        loc.country = it->second.country;
        loc.lat = it->second.lat;
        loc.lon = it->second.lon;
        loc.has_coords = it->second.has_coords;
        e->location = loc;
        return true;
      }
    }
    return false;
  }

  void AttachQuote(const Document& doc, const SentenceView& v, const Candidate& c, Event* e) const {
    for (size_t q = 0; q < doc.quotes.size(); ++q) {
      if (doc.quotes[q].content.Contains(e->trigger)) {
        e->quote = static_cast<int32_t>(q);
        return;
      }
    }
    (void)v;
    (void)c;
  }

  static void Dump(const SentenceView& v, const std::vector<Candidate>& cands) {
    for (const Group& g : v.groups) {
      std::fprintf(stderr, "group [%u,%u)%s%s:", g.begin, g.end, g.place ? " place" : "",
                   g.agent_only ? " agent" : "");
      for (const ActorCode& a : g.actors) std::fprintf(stderr, " %s", a.Full().c_str());
      std::fprintf(stderr, "\n");
    }
    for (const Candidate& c : cands)
      std::fprintf(stderr, "trigger [%u,%u) %s code %s src %d tgt %d\n", c.vb, c.ve,
                   v.ups[c.vb].c_str(), c.code.c_str(), c.source, c.target);
  }

  static void AddUnique(std::vector<Event>* out, Event e) {
    for (const Event& x : *out)
      if (x.cameo == e.cameo && SameArgs(x.actor, e.actor) && SameArgs(x.recipient, e.recipient))
        return;
    if (out->size() < kMaxEventsPerSentence) out->push_back(std::move(e));
  }

  std::shared_ptr<const Lexicon> lex_;
  bool debug_ = std::getenv("NEWSGRAPH_EVENTS_DEBUG") != nullptr;
};

Result<std::shared_ptr<const EventCoder>> EventCoder::Load(const PipelineOptions& options) {
  std::shared_ptr<const Lexicon> lex;
  { NG_ASSIGN_OR_RETURN(lex, Lexicon::Load(options)); }
  return std::shared_ptr<const EventCoder>(std::make_shared<PloverCoder>(std::move(lex)));
}

}  // namespace newsgraph::events
