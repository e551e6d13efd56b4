#include "entities/annotator.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "entities/ner.h"
#include "entities/words.h"

namespace newsgraph::entities {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (w == x) return true;
  return false;
}

// Capitalised words that do not start a name on their own.
bool IsStopCap(std::string_view l) {
  // A set built once (the test runs for every capitalised word), not a scan of the list.
  using Set = std::unordered_set<std::string_view>;
  static const Set kStop(
               {"the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "you",
                "this", "that", "these", "those", "but", "and", "or", "if", "when", "while",
                "after", "before", "as", "for", "with", "his", "her", "their", "our", "its",
                "there", "here", "what", "who", "why", "how", "mr", "mr.", "mrs", "mrs.", "ms",
                "ms.", "dr.", "by", "from", "to", "of", "so", "yet", "not", "no", "yes", "all",
                "some", "many", "most", "one", "two", "three", "last", "next", "my", "your",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "january", "february", "march", "april", "june", "july", "august", "september",
                "october", "november", "december", "related", "original", "read", "photo",
                "also", "however", "meanwhile", "still", "now", "then", "today", "yesterday",
                "tomorrow", "both", "each", "every", "such", "other", "another", "according",
                "since", "until", "although", "though", "because", "despite", "under", "over",
                "about", "into", "during", "without", "within", "between", "against", "among",
                "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could",
                "should", "may", "might", "must", "let", "please", "thank", "thanks", "oh", "ok"});
  return kStop.count(l) != 0;
}

bool IsConnector(std::string_view l) {
  return In(l, {"of", "de", "la", "del", "da", "von", "van", "der", "den", "al", "bin", "le",
                "du", "des", "y", "for", "the", "'s", "&"});
}

// Verbs that attribute a quotation to their subject.
bool IsSpeechLemma(std::string_view l) {
  return In(l, {"say",     "tell",     "add",     "write",    "ask",      "tweet",    "explain",
                "note",    "argue",    "insist",  "declare",  "continue", "recall",   "reply",
                "respond", "warn",     "claim",   "state",    "comment",  "joke",     "quip",
                "admit",   "complain", "post",    "announce", "conclude", "describe", "acknowledge",
                "predict", "suggest",  "observe", "remark",   "exclaim",  "shout",    "testify",
                "put",     "lament",   "boast",   "counter",  "retort",   "concede",  "discuss",
                "speak",   "react"});
}

bool IsPronoun(std::string_view l, char* gender, bool* possessive) {
  *possessive = false;
  if (In(l, {"he", "him", "himself"})) { *gender = 'm'; return true; }
  if (l == "his") { *gender = 'm'; *possessive = true; return true; }
  if (In(l, {"she", "herself"})) { *gender = 'f'; return true; }
  if (In(l, {"her", "hers"})) { *gender = 'f'; *possessive = true; return true; }
  return false;
}

// Words after a place name that make it the subject of a speech or action ("Moscow could
// attack", "Brussels adopts", "the Kremlin said").
bool IsActionWord(std::string_view l) {
  return In(l, {"said", "says", "say", "warned", "warns", "accused", "accuses", "denied",
                "denies", "announced", "announces", "could", "would", "will", "should", "may",
                "might", "must", "has", "have", "had", "is", "was", "wants", "wanted",
                "rejected", "rejects", "demanded", "demands", "insisted", "insists", "claimed",
                "claims", "called", "calls", "urged", "urges", "threatened", "threatens",
                "sees", "considers", "believes", "responded", "replied", "added", "stated",
                "told", "agreed", "agrees", "refused", "refuses", "plans", "hopes", "seeks",
                "adopts", "adopted", "launched", "attacked", "invaded", "deployed", "imposed",
                "sanctioned", "expelled", "recognized", "recognised", "blamed", "blames",
                "condemned", "condemns", "welcomed", "welcomes", "insisted", "signaled",
                "signalled", "vowed", "vows", "pledged", "pledges", "sent", "sends", "did",
                "does", "also", "has", "needs", "needed", "wants", "continues", "continued",
                "argued", "argues", "maintains", "maintained", "fears", "feared", "hit",
                "struck", "strikes", "retaliated", "responds", "declined", "declines"});
}

// Words after a town that name its club ("Manchester City", "Bristol Rovers").
bool IsClubSuffix(std::string_view l) {
  return In(l, {"united", "city", "rovers", "rangers", "wanderers", "athletic", "albion",
                "orient", "villa", "hotspur", "wednesday", "argyle", "fc", "county", "town",
                "alexandra", "athletico", "sc", "sv", "ac", "cf", "bc"});
}

// Words that end a company or party name ("Jones Medical Inc", "Hindustan Copper Ltd").
bool IsOrgSuffix(std::string_view l) {
  return In(l, {"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "co",
                "co.", "llc", "ag", "gmbh", "nv", "n.v.", "s.a.", "spa", "holdings", "group",
                "airlines", "airways", "motors", "industries", "bancorp", "party"});
}

// Company forms after a comma ("Google , Inc.").
bool IsCompanyForm(std::string_view l) {
  return In(l, {"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "co.", "l.p.", "lp",
                "n.v.", "s.a.", "ag", "gmbh"});
}

// Lower-case particles inside European names ("van der", "von", "de la", "da").
bool IsNameLink(std::string_view l) {
  return In(l, {"van", "von", "der", "den", "de", "la", "le", "da", "di", "du", "del", "della",
                "dos", "das", "ter", "ten", "zu"});
}

// Lower-case particles of Arabic and other names joined by a dash ("al - Sadr").
bool IsNameParticle(std::string_view l) {
  return In(l, {"al", "el", "ash", "as", "ad", "an", "ar", "az", "ul", "bin", "ibn", "abu",
                "bint", "abd"});
}

// Words that end the name of a building, street or institution named after a person
// ("President Kennedy Airport", "Senator Byrd Bridge").
bool IsFacilityWord(std::string_view l) {
  return In(l, {"airport", "street", "st.", "avenue", "ave.", "boulevard", "blvd.", "road",
                "bridge", "center", "centre", "hall", "park", "square", "school", "college",
                "university", "hospital", "library", "stadium", "building", "highway",
                "memorial", "station", "tunnel", "dam", "institute", "foundation"});
}

// Words after a place that name a sports event ("U.S. Open", "Hong Kong Open", "World Cup").
bool IsEventWord(std::string_view l) {
  return In(l, {"open", "championship", "championships", "cup", "games", "grand", "prix",
                "classic", "masters", "olympics", "trophy", "marathon", "rally", "tournament",
                "invitational"});
}

// Words that only sports reports use often ("wicket", "striker", "homered"; not "win", "lead").
bool IsSportsWord(std::string_view l) {
  static constexpr std::string_view kWords[] = {  // sorted: std::binary_search
      "baseball", "basketball", "batsman", "bowler", "coach", "cricket", "defender", "first-class",
      "footballer", "goal", "goalkeeper", "goals", "hockey", "homer", "homered", "homers",
      "inning", "innings", "league", "match", "midfielder", "pitcher", "playoff", "playoffs",
      "quarterback", "relegation", "rugby", "scored", "season", "semi-final", "semifinal",
      "soccer", "striker", "team-mate", "teammate", "touchdown", "unbeaten", "wicket", "wickets"};
  return std::binary_search(std::begin(kWords), std::end(kWords), l);
}

// Words before a town that name its club ("Real Madrid", "Dinamo Bucharest").
bool IsClubPrefix(std::string_view l) {
  return In(l, {"real", "dinamo", "dynamo", "spartak", "lokomotiv", "cska", "sporting",
                "olympique", "racing", "atletico", "fc", "ac", "inter", "rapid", "slavia",
                "sparta", "torpedo", "zenit", "ofk", "partizan", "hapoel", "maccabi", "ajax",
                "borussia", "fortuna", "hertha", "eintracht", "bayer", "werder", "vfb", "vfl",
                "ssc", "sc", "stade"});
}

bool IsPlacePreposition(std::string_view l) {
  return In(l, {"in", "at", "from", "to", "near", "outside", "into", "across", "around", "via",
                "toward", "towards", "through", "inside", "visit", "visited", "visiting",
                "between", "of", "arrived", "left", "flew", "travelled", "traveled", "based"});
}

struct Ent {
  std::string type;
  std::string name;
  int32_t kb = -1;
  char gender = 0;
  char named_gender = 0;  // gender before pronouns were linked (their guesses left out)
  std::optional<ActorRef> actor;
  std::vector<uint32_t> mentions;
  std::string first_word, last_word;  // lower-cased, for PERSON surname matching
  std::string role;                   // role from a title phrase ("president")
  std::string role_code;              // its country ("FRA")
  bool former = false;                // the title said "former" ("former President Bill Clinton")
  bool org_role = false;              // the role is an organisation's ("Heritage Foundation
                                      // President"), not a state's
  uint32_t last_pos = 0;              // word index of its latest mention
};

class Run {
 public:
  Run(const KnowledgeBase* kb, const NerModel* ner, const AnnotateOptions& opt, Document* doc)
      : kb_(kb), ner_(ner), opt_(opt), doc_(doc) {}

  Status Go() {
    doc_->mentions.clear();
    doc_->entities.clear();
    BuildWords(*doc_, opt_.max_words, &w_);
    if (w_.empty()) return Status::Ok();
    date_ = ParseIsoDate(doc_->meta.published);
    ArticleCountries();
    std::vector<NameSpan> names = Recognize();
    const char* abl = std::getenv("NEWSGRAPH_NER_ABLATE");  // rule ablation (docs/entities.md)
    auto on = [&](const char* r) { return !abl || !std::strstr(abl, r); };
    if (on("Tidy")) TidySpans(&names);
    if (on("Lowercase")) LowercaseNames(&names);
    if (on("Particle")) JoinParticleNames(&names);
    if (on("Grow")) GrowPersons(&names);
    if (on("Bridge")) BridgePersons(&names);
    if (on("Extend")) ExtendNames(&names);
    if (on("Administrations")) SplitAdministrations(&names);
    if (on("SplitPlaces")) SplitPlaces(&names);
    if (on("SportsTeams")) SportsTeams(&names);
    if (on("TableRows")) TableRows(&names);
    if (on("Bracket")) BracketedAcronyms(&names);
    if (on("Initials")) InitialAcronyms(&names);
    if (on("Quoted")) QuotedSurnameFirst(&names);
    if (on("FirstNames")) FirstNames(&names);
    if (on("OrgPhrases")) OrgPhrases(&names);
    if (on("ForCountry")) ForCountryOrgs(&names);
    if (on("InnerCaps")) InnerCapitals(&names);
    if (on("OrgEnd")) OrgEndPlaces(&names);
    if (on("Business")) BusinessNames(&names);
    if (on("StateCodes")) StateCodes(&names);
    if (on("OfficePlaces")) OfficePlaces(&names);
    if (on("Dotted")) DottedInitials(&names);
    if (on("Shops")) ShopNames(&names);
    if (on("Athletes")) AthletesWithCountry(&names);
    if (on("Scorecards")) Scorecards(&names);
    std::unordered_set<std::string> teams;
    if (on("Report")) SportsReportTeams(&names, &teams);
    if (on("Vote")) VoteTypes(&names);
    MarkTeams(teams, &names);
    if (on("Surnames")) RetypeSurnames(&names);
    if (on("Storms")) StormNames(&names);
    if (on("Products")) ProductNames(&names);
    if (on("Datelines")) Datelines(&names);
    if (on("PartyTitles")) PartyTitles(&names);
    if (on("CapsWords")) CapsWordTowns(&names);
    if (std::getenv("NEWSGRAPH_NER_DEBUG"))
      for (const NameSpan& n : names) std::fprintf(stderr, "name %s [%s]\n", n.type.c_str(), Surface(n.b, n.e).c_str());
    for (const NameSpan& n : names) {
      if (doc_->mentions.size() >= opt_.max_mentions) break;
      HandleName(n);
    }
    PartyDescriptors();
    Bodies();
    LinkSurnames();
    AppositiveRoles();
    PossessedRoles();
    const bool us_majority = UsMajority();
    UsLegislatorsAndGovernors(us_majority);
    GenericForeignParties(us_majority);
    DemonymsAndTitles();
    if (on("OrgAnaphora")) OrgAnaphora();
    Pronouns();
    Finish();
    return Status::Ok();
  }

 private:
  // ---- recognition --------------------------------------------------------------------------

  std::vector<NameSpan> Recognize() {
    std::vector<NameSpan> names;
    if (ner_ != nullptr) {
      ner_->Tag(w_, kb_, &names);
    } else {
      HeuristicNames(&names);
    }
    const char* abl = std::getenv("NEWSGRAPH_NER_ABLATE");  // rule ablation (docs/entities.md)
    if (!abl || !std::strstr(abl, "KbMatches")) AddKbMatches(&names);
    if (!abl || !std::strstr(abl, "LowerPlaces")) AddLowerCasePlaces(&names);
    if (!abl || !std::strstr(abl, "LowerSentences")) LowerCaseSentenceNames(&names);
    std::sort(names.begin(), names.end(),
              [](const NameSpan& a, const NameSpan& b) { return a.b < b.b; });
    return names;
  }

  // A one-letter initial ("J." or "J").
  bool IsInitial(uint32_t i) const {
    const std::string& l = w_[i].lower;
    return w_[i].upper && ((l.size() == 2 && l[1] == '.') || l.size() == 1) && HasLetter(l);
  }

  // A word in lower case inside a person's name that is no name particle ("van", "bin",
  // "y"): "of" ("Keith Wolde of Norwich City"), a scorecard's "b", "c", "st" ("R. Kallis b
  // S. Waugh").
  // Whether "of" at word i of a person span [b, e) links a person to a place or team the
  // knowledge base knows, or to a club ("Tono Berg of Germany", "Jan Wolde of SC Freiburg"),
  // and not a title to its country or office ("Secretary of State Hillary Clinton").
  bool PlaceOrTeamAfterOf(uint32_t b, uint32_t i, uint32_t e) const {
    if (kb_ && kb_->IsRoleWord(w_[b].lower)) return false;
    if (kb_ && kb_->Find(Key(i + 1, e)) &&
        kb_->entry(kb_->Find(Key(i + 1, e))->front()).kind != KbKind::kPerson)
      return true;
    return IsClubPrefix(w_[i + 1].lower) || IsClubSuffix(w_[e - 1].lower) ||
           OrgWordKind(w_[e - 1].lower) != 0;
  }

  bool LowerCaseBreak(uint32_t i) const {
    const std::string& l = w_[i].lower;
    return !w_[i].upper && !l.empty() && l[0] >= 'a' && l[0] <= 'z' && !IsNameLink(l) &&
           !IsNameParticle(l) &&
           !In(l, {"y", "e", "wa", "ben", "ibn", "bint", "dos", "do", "af", "av"});
  }

  // A person's name goes on over one capitalised word on its right that no other name
  // holds and that is no title, country, demonym, organisation word, function word or start
  // of a known phrase: the recogniser often keeps one half of a name it does not know ("Linda"
  // of "Linda Wild", "Slobodan" of "Slobodan Milosevic"). Not in lines in capitals or in
  // title case (most words capitalised), and not past four words.
  void GrowPersons(std::vector<NameSpan>* names) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<uint8_t> taken = TakenWords(*names);
    for (NameSpan& x : *names) {
      if (x.type != "PERSON" || x.e <= x.b || x.e - x.b >= 4 || TitleCase(x.b)) continue;
      // Not on the left: a capitalised word before a name is as often a title the KB does
      // not list or a clause's first word ("Producer Amber Strong", "Whatever Obama").
      // On the right only over a surname the knowledge base knows as a person or a town
      // ("Slobodan" + "Milosevic", "Ghulam Mohiuddin" + "Lone"): other capitalised words
      // after a name are often a thing named after the person ("Trump Tower", "Boehner Rule").
      if (x.e < n && x.e - x.b < 4 && kb_ && NamePart(x.e, x.b) && !taken[x.e] &&
          kb_->Find(w_[x.e].lower) &&
          (kb_->entry(kb_->Find(w_[x.e].lower)->front()).kind == KbKind::kPerson ||
           kb_->entry(kb_->Find(w_[x.e].lower)->front()).kind == KbKind::kCity))
        taken[x.e++] = 1;
    }
  }

  // Two person names with one capitalised name word between them are one name, of
  // at most four words ("Carmen" + "Yulín" + "Cruz", where the tagger left the middle word
  // out): not the first name of one person and the surname of another.
  void BridgePersons(std::vector<NameSpan>* names) const {
    std::vector<int32_t> owner = OwnerOfWords(*names);
    std::vector<uint8_t> gone(names->size(), 0);
    for (size_t k = 0; k < names->size(); ++k) {
      NameSpan& x = (*names)[k];
      const uint32_t mid = x.e;
      if (gone[k] || x.type != "PERSON" || mid + 1 >= w_.size() || owner[mid] >= 0) continue;
      const int32_t y = owner[mid + 1];
      if (y < 0 || gone[y] || (*names)[y].type != "PERSON" || (*names)[y].b != mid + 1 ||
          (*names)[y].e - x.b > 4 || !NamePart(mid, x.b) || TitleCase(x.b) ||
          w_[(*names)[y].e - 1].sent != w_[x.b].sent || !ProperNoun(mid))
        continue;
      x.e = (*names)[y].e;
      gone[y] = 1;
      for (uint32_t i = x.b; i < x.e; ++i) owner[i] = static_cast<int32_t>(k);
    }
    size_t out = 0;
    for (size_t k = 0; k < names->size(); ++k)
      if (!gone[k]) (*names)[out++] = (*names)[k];
    names->resize(out);
  }

  // The parse of word i's token, or nullptr when the word has none.
  const TokenSyntax* SyntaxOf(uint32_t i) const {
    const int32_t t = w_[i].token;
    return t >= 0 && static_cast<size_t>(t) < doc_->syntax.size() ? &doc_->syntax[t] : nullptr;
  }

  // The tagger calls word i a proper noun.
  bool ProperNoun(uint32_t i) const {
    const TokenSyntax* x = SyntaxOf(i);
    return x && x->upos == "PROPN";
  }

  // Word i could be a word of the name that holds word at: capitalised, in its sentence.
  bool NamePart(uint32_t i, uint32_t at) const {
    const Word& w = w_[i];
    if (w.sent != w_[at].sent || !w.upper || w.caps_sentence || !HasLetter(w.lower) ||
        IsStopCap(w.lower) || OrgWordKind(w.lower) != 0 || IsFacilityWord(w.lower) ||
        IsCompanyForm(w.lower) ||
        In(w.lower, {"pm",    "doctor", "coach", "director", "cardinal", "hurricane", "typhoon",
                     "storm", "uncle",  "aunt",  "called",   "named",    "dear",      "hi",
                     "hello", "former", "arena", "award",    "victory",  "team"}) ||
        w.lower.find_first_of("./") != std::string::npos)  // "Sgt.", "H/T"
      return false;
    if (!kb_) return true;
    if (kb_->IsRoleWord(w.lower) || kb_->Demonym(w.lower) || kb_->Seat(w.lower)) return false;
    const auto* c = kb_->Find(w.lower);
    if (c && kb_->entry(c->front()).kind != KbKind::kCity &&
        kb_->entry(c->front()).kind != KbKind::kPerson)
      return false;
    return KbReach(i, std::min<uint32_t>(static_cast<uint32_t>(w_.size()), i + 4)) <= i + 1;
  }

  // Whether most words of word i's sentence (of at least four) are capitalised: a headline
  // in title case.
  bool TitleCase(uint32_t i) const {
    uint32_t b = i, e = i;
    while (b > 0 && w_[b - 1].sent == w_[i].sent) --b;
    while (e < w_.size() && w_[e].sent == w_[i].sent) ++e;
    uint32_t letters = 0, caps = 0;
    for (uint32_t k = b; k < e; ++k) {
      if (!HasLetter(w_[k].lower)) continue;
      ++letters;
      caps += w_[k].upper ? 1 : 0;
    }
    return letters >= 4 && caps * 10 >= letters * 6;
  }

  // "Alexander Van der Bellen", "Ursula von der Leyen": a person's name goes on over lower-case
  // particles to the capitalised word after them, which the recogniser may have cut off or
  // typed apart ("Alexander Van" + "Bellen").
  void JoinParticleNames(std::vector<NameSpan>* names) const {
    std::sort(names->begin(), names->end(),
              [](const NameSpan& a, const NameSpan& b) { return a.b < b.b; });
    const uint32_t n = static_cast<uint32_t>(w_.size());
    for (size_t k = 0; k < names->size(); ++k) {
      NameSpan& a = (*names)[k];
      if (a.type != "PERSON" || a.e <= a.b) continue;
      uint32_t j = a.e;
      while (j < n && j - a.e < 2 && IsNameLink(w_[j].lower) && !w_[j].upper &&
             w_[j].sent == w_[a.b].sent)
        ++j;
      if (j == a.e || j >= n || !w_[j].upper || w_[j].sent != w_[a.b].sent) continue;
      uint32_t end = j + 1;
      if (k + 1 < names->size() && (*names)[k + 1].b == j) {  // the cut-off part: absorbed
        end = std::max(end, (*names)[k + 1].e);
        (*names)[k + 1].e = (*names)[k + 1].b;
      } else if (k + 1 < names->size() && (*names)[k + 1].b < end) {
        continue;
      }
      a.e = end;
    }
    names->erase(std::remove_if(names->begin(), names->end(),
                                [](const NameSpan& x) { return x.e <= x.b; }),
                 names->end());
  }

  static bool IsDeterminerWord(std::string_view lower) {
    return lower == "the" || lower == "a" || lower == "an" || lower == "this" || lower == "that";
  }

  // Whether the text is written with capitals: at least 8 sentences open with a letter and 19
  // in 20 of them with a capital, and "I" is never "i" (news, not a forum post or a review).
  bool WellCased() const {
    uint32_t opened = 0, capital = 0;
    for (size_t i = 0; i < w_.size(); ++i) {
      if (w_[i].lower == "i" && doc_->Surface(w_[i].span) == "i") return false;  // chat
      if (i > 0 && w_[i].sent == w_[i - 1].sent) continue;
      if (!HasLetter(doc_->Surface(w_[i].span))) continue;
      ++opened;
      capital += w_[i].upper;
    }
    return opened >= 8 && capital * 20 >= opened * 19;
  }

  // In a text written with capitals, a name with no capital letter (after a determiner) is a
  // common noun the model misread ("The city is ...", "freed from jail", "a police van");
  // handles ("@marcorubio") stay.
  void LowercaseNames(std::vector<NameSpan>* names) const {
    if (!WellCased()) return;
    std::erase_if(*names, [&](const NameSpan& n) {
      if (n.b >= n.e || n.e > w_.size()) return false;
      uint32_t b = n.b;  // past the determiners it opens with ("The city is ...")
      while (b + 1 < n.e && IsDeterminerWord(w_[b].lower)) ++b;
      const Span whole{w_[b].span.begin, w_[n.e - 1].span.end};
      const std::string_view text = doc_->Surface(whole);
      if (std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return false;
      const char before = whole.begin > 0 ? doc_->text()[whole.begin - 1] : ' ';
      return before != '@' && before != '#';
    });
  }

  // Repairs tagger spans: a span is cut at a free-standing dash, bracket, comma or colon
  // ("Lithuania - Danius Gleveckas": a place, then a person); function words at its edges are
  // dropped ("MINNESOTA AT" in a capitals line); a person takes the initials before it
  // ("M. Waugh") and an initials-only person the capitalised word after it ("G. Kersey").
  // A person's span is also cut at a word in lower case that is no name particle
  // (LowerCaseBreak: "R. Kallis b S. Waugh"; "of" only before a place or team).
  void TidySpans(std::vector<NameSpan>* names) const {
    std::vector<NameSpan> out;
    out.reserve(names->size());
    uint32_t n = static_cast<uint32_t>(w_.size());
    for (NameSpan x : *names) {
      if (x.e > n || x.e <= x.b || PartyStateTag(x.b, x.e)) continue;
      // Cut at punctuation words.
      uint32_t b = x.b;
      bool drop_rest = false, company = false;
      for (uint32_t i = x.b; i <= x.e && !drop_rest; ++i) {
        bool cut = i == x.e;
        if (!cut) {
          const std::string& l = w_[i].lower;
          bool dash = l == "-" || l == "--" || l == "\u2013" || l == "\u2014";
          // "Schumer and Pelosi" are two people; organisations keep theirs ("Procter and
          // Gamble").
          cut = l == "(" || l == ")" || l == "," || l == ":" ||
                (x.type == "PERSON" && (l == "and" || l == "&") && i > b && i + 1 < x.e) ||
                (x.type == "PERSON" && i > b && i + 1 < x.e && LowerCaseBreak(i) &&
                 (w_[i].lower != "of" || PlaceOrTeamAfterOf(b, i, x.e)));
          if (l == "," && i > b && i + 1 < x.e && IsCompanyForm(w_[i + 1].lower)) {
            // "Google , Inc." is one name; what follows the suffix is not ("Inc. Phone").
            i += 2;
            cut = true;
            drop_rest = true;
            company = true;
          } else if (dash && i > b && i + 1 < x.e &&
                     (IsNameParticle(w_[i - 1].lower) || IsNameParticle(w_[i + 1].lower))) {
            cut = false;  // "Muqtada al - Sadr", "Ash - Sharq al - Awsat"
          } else if (dash && x.type == "PERSON" && i > b && i + 1 < x.e && Glued(i - 1, i) &&
                     Glued(i, i + 1)) {
            // A dash inside a word: two people when one side is a known surname ("the
            // Trump-Putin summit"), else one double-barrelled name ("Ocasio-Cortez").
            cut = DashPair(b, i, x.e);
          } else if (dash) {
            // "Lithuania - Danius Gleveckas", "Brandon Luna - Analyst" are cut (the lone
            // word after a two-word name is dropped); "Coca - Cola", "al - Qaida" are not.
            uint32_t left = i - b, right = x.e - i - 1;
            bool kb_left = kb_ && left > 0 && kb_->Find(Key(b, i));
            cut = kb_left || right >= 2 || (left >= 2 && right == 1);
            drop_rest = cut && !kb_left && right == 1;
          }
        }
        if (!cut) continue;
        if (i > b) {
          NameSpan part{b, i, company ? "ORG" : x.type, x.sure};
          // "Keith Wolde of Norwich City", "Tono Berg of Germany": after "of", a place or team.
          if (x.type == "PERSON" && b > x.b && w_[b - 1].lower == "of") {
            const auto* c = kb_ ? kb_->Find(Key(b, i)) : nullptr;
            part.type = c ? kb_->entry(c->front()).type : "ORG";
          }
          if (b > x.b && x.type != "PERSON" && !(kb_ && kb_->Find(Key(b, i))) &&
              i - b >= 2 && i - b <= 3) {
            bool caps = true;
            for (uint32_t k = b; k < i; ++k) caps = caps && w_[k].upper;
            if (caps) part.type = "PERSON";  // "Romania - Cosmin Contra"
          }
          out.push_back(part);
        }
        b = i + 1;
      }
    }
    for (NameSpan& x : out) {
      if (!(kb_ && kb_->Find(Key(x.b, x.e)))) {
        // "Peter Such" keeps "Such"; "MINNESOTA AT" (capitals line) and "Bonn on" lose it.
        auto trim = [&](uint32_t i) {
          return IsStopCap(w_[i].lower) && w_[i].lower.size() > 1 &&
                 (w_[i].caps_sentence || !w_[i].upper);
        };
        while (x.e - x.b > 1 && trim(x.e - 1)) --x.e;
        while (x.e - x.b > 1 && trim(x.b) && w_[x.b].lower != "the") ++x.b;
      }
    }
    // Initials.
    std::vector<uint8_t> taken = TakenWords(out);
    for (NameSpan& x : out) {
      if (x.type != "PERSON") continue;
      while (x.b > 0 && !taken[x.b - 1] && IsInitial(x.b - 1) && w_[x.b - 1].sent == w_[x.b].sent)
        taken[--x.b] = 1;
      bool only_initials = true;
      for (uint32_t i = x.b; i < x.e; ++i) only_initials = only_initials && IsInitial(i);
      if (only_initials && x.e < n && !taken[x.e] && w_[x.e].upper && HasLetter(w_[x.e].lower) &&
          w_[x.e].sent == w_[x.b].sent && !IsStopCap(w_[x.e].lower))
        taken[x.e++] = 1;
    }
    // "G." + "Kersey" tagged as two people: one.
    std::sort(out.begin(), out.end(), [](const NameSpan& a, const NameSpan& b) { return a.b < b.b; });
    std::vector<NameSpan> merged;
    for (const NameSpan& x : out) {
      if (!merged.empty()) {
        NameSpan& p = merged.back();
        // Two people side by side in one sentence are one name ("Yasser" + "Arafat").
        bool join = p.type == "PERSON" && x.type == "PERSON" && p.e == x.b &&
                    w_[p.b].sent == w_[x.b].sent && x.e - p.b <= 5;
        if (join) {
          p.e = x.e;
          continue;
        }
      }
      merged.push_back(x);
    }
    *names = std::move(merged);
  }

  // For each word, 1 when a name span holds it.
  std::vector<uint8_t> TakenWords(const std::vector<NameSpan>& names) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<uint8_t> taken(n, 0);
    for (const NameSpan& x : names)
      for (uint32_t i = x.b; i < x.e && i < n; ++i) taken[i] = 1;
    return taken;
  }

  // For each word, the index of the name span that holds it, or -1.
  std::vector<int32_t> OwnerOfWords(const std::vector<NameSpan>& names) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<int32_t> owner(n, -1);
    for (size_t k = 0; k < names.size(); ++k)
      for (uint32_t i = names[k].b; i < names[k].e && i < n; ++i) owner[i] = static_cast<int32_t>(k);
    return owner;
  }

  // "the Obama Administration" tagged as one organisation: the surname of a head of government
  // and the word "administration" are that person and a common noun, as in "the Obama
  // administration" (LinkSurnames then names the head).
  void SplitAdministrations(std::vector<NameSpan>* names) const {
    if (!kb_) return;
    for (NameSpan& x : *names) {
      if (x.e != x.b + 2 || x.e > w_.size() || w_[x.e - 1].lower != "administration") continue;
      if (AdministrationHead(w_[x.b].lower) < 0) continue;
      x.e = x.b + 1;
      x.type = "PERSON";
    }
  }

  // Grows name spans: to the longest knowledge-base name that contains them ("NEW YORK" when
  // the tagger found "YORK"), and over club words around a town ("Manchester City", "Real
  // Madrid", "Dinamo Bucharest"), which make it a team (ORG).
  void ExtendNames(std::vector<NameSpan>* names) const {
    constexpr uint32_t kReach = 3;
    uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<int32_t> owner = OwnerOfWords(*names);
    // A word is free for x when no other name holds it, or a one-word NORP does ("Czech").
    auto free_cap = [&](uint32_t i, const NameSpan& x, int32_t self) {
      if (i >= n || !w_[i].upper || w_[i].sent != w_[x.b].sent) return false;
      if (owner[i] < 0 || owner[i] == self) return true;
      const NameSpan& o = (*names)[owner[i]];
      return o.type == "NORP" && o.e - o.b == 1;
    };
    for (size_t k = 0; k < names->size(); ++k) {
      NameSpan& x = (*names)[k];
      int32_t self = static_cast<int32_t>(k);
      if (x.e <= x.b || x.e > n) continue;
      if (kb_) {
        uint32_t bb = x.b, be = x.e;
        for (uint32_t b = x.b >= kReach ? x.b - kReach : 0; b <= x.b; ++b) {
          bool ok = true;
          for (uint32_t i = b; i < x.b && ok; ++i) ok = free_cap(i, x, self);
          if (!ok) continue;
          for (uint32_t e = std::min(n, b + 6); e >= x.e && e > b; --e) {
            bool ok2 = true;
            for (uint32_t i = x.e; i < e && ok2; ++i) ok2 = free_cap(i, x, self);
            if (!ok2 || e - b <= be - bb) continue;
            if (kb_->Find(Key(b, e))) {
              bb = b;
              be = e;
              break;
            }
          }
        }
        if (be - bb > x.e - x.b) {
          for (uint32_t i = bb; i < be; ++i) {
            if (owner[i] >= 0 && owner[i] != self) {  // a swallowed NORP: dropped below
              NameSpan& o = (*names)[owner[i]];
              o.e = o.b;
            }
            owner[i] = self;
          }
          const auto* c = kb_->Find(Key(bb, be));
          if (x.type != "ORG") x.type = kb_->entry(c->front()).type;
          x.b = bb;
          x.e = be;
        } else if (uint32_t e = x.type != "PERSON" ? OrgRunsOn(x, owner, self) : x.e; e > x.e) {
          for (uint32_t i = x.e; i < e; ++i) owner[i] = self;
          x.e = e;
          x.type = "ORG";
        }
      }
      // A place followed by event words names an event (type EVENT; SCHEMA allows others).
      if ((x.type == "GPE" || x.type == "LOC") && !w_[x.b].caps_sentence) {
        uint32_t e = x.e;
        while (e < n && e - x.e < 3 && free_cap(e, x, self) && IsEventWord(w_[e].lower)) ++e;
        bool ends_with_event = x.e - x.b >= 2 && IsEventWord(w_[x.e - 1].lower);
        if (e > x.e || ends_with_event) {
          for (uint32_t i = x.e; i < e; ++i) owner[i] = self;
          x.e = e;
          x.type = "EVENT";
          continue;
        }
      }
      // Company suffixes make (or extend) an organisation, whatever the tagger said.
      if (x.type != "NORP" && x.e < n && free_cap(x.e, x, self) && IsOrgSuffix(w_[x.e].lower)) {
        owner[x.e] = self;
        ++x.e;
        x.type = "ORG";
      }
      if (x.type != "ORG" && x.type != "NORP" && x.e - x.b >= 2 && IsOrgSuffix(w_[x.e - 1].lower))
        x.type = "ORG";
      if ((x.type == "GPE" || x.type == "LOC") && !w_[x.b].caps_sentence) {
        uint32_t b = x.b, e = x.e;
        if (PlaceInOrgName(&b, &e, [&](uint32_t i) { return free_cap(i, x, self); })) {
          for (uint32_t i = b; i < e; ++i) owner[i] = self;
          x.b = b;
          x.e = e;
          x.type = "ORG";
          continue;
        }
      }
      if (x.type != "GPE" && x.type != "LOC" && x.type != "ORG") continue;
      if (free_cap(x.e, x, self) && x.e > x.b && IsClubSuffix(w_[x.e].lower) &&
          !w_[x.e].caps_sentence) {
        owner[x.e] = self;
        ++x.e;
        x.type = "ORG";
        x.sure = true;
      }
      if (x.b > 0 && free_cap(x.b - 1, x, self) && IsClubPrefix(w_[x.b - 1].lower)) {
        --x.b;
        owner[x.b] = self;
        x.type = "ORG";
        x.sure = true;
      }
    }
    names->erase(std::remove_if(names->begin(), names->end(),
                                [](const NameSpan& x) { return x.e <= x.b; }),
                 names->end());
  }

  // The end of a KB organisation's name that starts inside x (not at its first word; x not a
  // person) and ends after it over words no other name holds ("United States Department of
  // Housing" + "and Urban Development"), or x.e.
  uint32_t OrgRunsOn(const NameSpan& x, const std::vector<int32_t>& owner, int32_t self) const {
    constexpr uint32_t kMaxWords = 6;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    for (uint32_t s = x.b + 1; s < x.e; ++s) {
      std::string key = Key(s, x.e);
      uint32_t best = x.e;
      for (uint32_t e = x.e + 1; e <= std::min(n, s + kMaxWords); ++e) {
        const uint32_t i = e - 1;
        if (!kb_->ExtendsToPhrase(key) || w_[i].sent != w_[x.b].sent ||
            (owner[i] >= 0 && owner[i] != self))
          break;
        key.push_back(' ');
        key += w_[i].lower;
        if (!w_[i].upper) continue;
        const auto* c = kb_->Find(key);
        if (c && kb_->entry(c->front()).kind == KbKind::kOrg) best = e;
      }
      if (best > x.e) return best;
    }
    return x.e;
  }

  // Whether the place [*b, *e) is part of an organisation's name, which it then grows to:
  // capitalised words after it that end in an organisation word ("Tokyo Stock Exchange",
  // "N'Djamena University"; with "of" and a capitalised word: "Chicago Board of Trade"), or
  // capitalised words before it that end in one, then "of" ("Housing Authority of New
  // Orleans"). The run of capitalised words must end there ("Kansai International Airport"
  // is not grown). free(i): word i is capitalised, in the sentence and not another name's.
  template <typename Free>
  bool PlaceInOrgName(uint32_t* b, uint32_t* e, const Free& free) const {
    constexpr uint32_t kMaxWords = 4;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    auto word = [&](uint32_t i) { return free(i) && !IsStopCap(w_[i].lower); };
    auto head = [&](uint32_t i) { return OrgWordKind(w_[i].lower) == 'o'; };
    auto cap = [&](uint32_t i) { return i < n && w_[i].upper && w_[i].sent == w_[*b].sent; };
    uint32_t k = *e;
    while (k < n && k - *e < kMaxWords && word(k)) ++k;
    if (k > *e && head(k - 1) && !cap(k)) {
      if (k + 1 < n && w_[k].lower == "of" && w_[k].sent == w_[*b].sent && word(k + 1) &&
          !cap(k + 2))
        k += 2;
      *e = k;
      // A capitalised word before the place belongs to the name too ("Greater New Orleans").
      if (*b > 0 && !SentenceStart(*b - 1) && word(*b - 1)) --*b;
      return true;
    }
    if (*b >= 2 && w_[*b - 1].lower == "of" && w_[*b - 1].sent == w_[*b].sent && word(*b - 2) &&
        head(*b - 2)) {
      uint32_t j = *b - 2;
      while (j > 0 && *b - 1 - j < kMaxWords && word(j - 1)) --j;
      *b = j;
      return true;
    }
    return false;
  }

  // A score after a name: "429-7", "71", "2" but not a date ("1996-08-30"), a year or "1.5".
  bool IsScore(uint32_t i) const {
    if (i >= w_.size()) return false;
    const std::string& l = w_[i].lower;
    if (l.empty() || l[0] < '0' || l[0] > '9' || l.size() > 9) return false;
    // Digits with - or / between ("429-7", "6-3") or a plain number of at most 3 digits;
    // not a decimal ("Tokyo 1.5" in a market report), a year or a date.
    size_t digits = 0;
    for (char c : l) {
      if (c >= '0' && c <= '9') ++digits;
      else if (c != '-' && c != '/') return false;
    }
    if (digits == l.size() && digits > 3) return false;
    return !(l.size() == 10 && l[4] == '-' && l[7] == '-');
  }

  // Sports results and tables: a town or region (not a country: a national team is written
  // as its country) followed by a score ("Surrey 429-7", "CHICAGO 71 64"), or on either side
  // of "beat"/"v"/"vs" (or "at" in a line in capitals: "CHICAGO AT BOSTON"), is a team (ORG).
  void SportsTeams(std::vector<NameSpan>* names) const {
    auto is_country = [&](const NameSpan& n) {
      if (!kb_) return false;
      const auto* c = kb_->Find(Key(n.b, n.e));
      return c && kb_->entry(c->front()).kind == KbKind::kCountry;
    };
    auto place = [&](const NameSpan& n) { return n.type == "GPE" || n.type == "LOC"; };
    // A result line "Ruch 2 Widzew 1", "Lotte 6 Hyundai 2": two names, each followed by a
    // score, make both teams whatever the tagger said (not countries: national teams).
    for (size_t k = 0; k + 1 < names->size(); ++k) {
      NameSpan& a = (*names)[k];
      NameSpan& b = (*names)[k + 1];
      if (a.type == "NORP" || b.type == "NORP" || is_country(a) || is_country(b)) continue;
      if (b.b != a.e + 1 || !IsScore(a.e) || !IsScore(b.e) || w_[b.e].sent != w_[a.b].sent)
        continue;
      for (NameSpan* t : {&a, &b}) {
        t->type = "ORG";
        t->sure = true;
      }
    }
    for (size_t k = 0; k < names->size(); ++k) {
      NameSpan& n = (*names)[k];
      if (!place(n) || is_country(n)) continue;
      bool team = IsScore(n.e) && w_[n.e].sent == w_[n.b].sent &&
                  !(n.b > 0 && w_[n.b - 1].sent == w_[n.b].sent &&
                    IsPlacePreposition(w_[n.b - 1].lower));
      auto versus = [&](uint32_t i) {
        if (i >= w_.size() || w_[i].sent != w_[n.b].sent) return false;
        const std::string& l = w_[i].lower;
        return l == "beat" || l == "v" || l == "vs" || l == "vs." || l == "v." ||
               (l == "at" && w_[i].caps_sentence);
      };
      auto other_side = [&](bool after) {
        for (const NameSpan& m : *names)
          if (after ? m.b == n.e + 1 : m.e + 1 == n.b) return m.sure || (place(m) && !is_country(m));
        return false;
      };
      // "Surrey captain Adam Hollioake", "Derbyshire coach": a player's or coach's club.
      if (!team && n.e < w_.size() && w_[n.e].sent == w_[n.b].sent &&
          In(w_[n.e].lower, {"captain", "coach", "manager", "striker", "midfielder", "defender",
                             "goalkeeper", "batsman", "bowler", "pitcher", "skipper",
                             "all-rounder", "opener", "winger", "quarterback", "fullback"}))
        team = true;
      if (!team && versus(n.e) && other_side(true)) team = true;
      // "KANSAS CITY AT DETROIT" in a schedule: the visitors are a team, the town after "AT"
      // is where they play (a place, which counts as much as a score in the vote).
      if (!team && n.b > 0 && w_[n.b - 1].lower == "at" && versus(n.b - 1) && other_side(false)) {
        n.sure = true;
        continue;
      }
      if (!team && n.b > 0 && versus(n.b - 1) && other_side(false)) team = true;
      if (team) {
        n.type = "ORG";
        n.sure = true;
      }
    }
  }

  // In a sports report (at least kMinSportsWords words of sport, IsSportsWord, and one per
  // kMaxWordsPerCue words), a town or region the tagger typed as a place is a team ("Essex ,
  // Derbyshire and Surrey all closed in", "Cleveland 's lead"), unless a place preposition
  // comes before it ("at Headingley", "fans of Philadelphia"), it opens a dateline ("LONDON
  // 1996-08-31", "NICE , France") or a venue (": "), it names a noun after it ("the Moscow
  // club"), it is a word of a person's name in the article, or it is in a line in capitals.
  // Only towns and regions the knowledge base knows: countries stay (national teams), and so
  // do continents, seas and unknown places. The team names are added to *teams (MarkTeams).
  void SportsReportTeams(std::vector<NameSpan>* names,
                         std::unordered_set<std::string>* teams) const {
    constexpr size_t kMinSportsWords = 4, kMaxWordsPerCue = 150;
    if (std::none_of(names->begin(), names->end(),
                     [](const NameSpan& x) { return x.type == "GPE" || x.type == "LOC"; }))
      return;
    size_t cues = 0;
    for (const Word& x : w_) cues += IsSportsWord(x.lower) ? 1 : 0;
    if (cues < kMinSportsWords || cues * kMaxWordsPerCue < w_.size()) return;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::unordered_set<std::string> person_words;  // "Duran" of "Roberto Duran" is no town
    for (const NameSpan& x : *names)
      if (x.type == "PERSON")
        for (uint32_t i = x.b; i < x.e && i < n; ++i) person_words.insert(w_[i].lower);
    for (NameSpan& x : *names) {
      if ((x.type != "GPE" && x.type != "LOC") || x.sure || x.e > n || w_[x.b].caps_sentence)
        continue;
      if (x.e - x.b == 1 && person_words.count(w_[x.b].lower)) continue;
      const auto* c = kb_ ? kb_->Find(Key(x.b, x.e)) : nullptr;
      if (c == nullptr) continue;
      const KbKind kind = kb_->entry(c->front()).kind;
      if (kind != KbKind::kCity && kind != KbKind::kRegion) continue;
      const bool after_comma = x.b > 0 && !SentenceStart(x.b) && w_[x.b - 1].lower == ",";
      if (x.b > 0 && !SentenceStart(x.b) && IsPlacePreposition(w_[x.b - 1].lower)) continue;
      if (x.e < n && w_[x.e].sent == w_[x.b].sent) {
        const std::string& next = w_[x.e].lower;
        const bool number = !next.empty() && next[0] >= '0' && next[0] <= '9';
        if (next == ":" || ((SentenceStart(x.b) || after_comma) && (next == "," || number)))
          continue;
        // A place naming a noun after it ("the Moscow club", "the Eschen stadium").
        if (In(next, {"club", "side", "team", "stadium", "fans", "crowd", "history", "meeting",
                      "stock", "starters", "area", "region", "city", "derby", "ground"}))
          continue;
      }
      x.type = "ORG";
      teams->insert(Key(x.b, x.e));
    }
  }

  // After the vote, the ORG occurrences of the names SportsReportTeams made teams are teams,
  // not their towns (HandleOrg). They were not `sure` in the vote: one cue of a whole article
  // is weaker than a score beside the name.
  void MarkTeams(const std::unordered_set<std::string>& teams, std::vector<NameSpan>* names) const {
    if (teams.empty()) return;
    for (NameSpan& x : *names)
      if (x.type == "ORG" && !x.sure && teams.count(Key(x.b, x.e))) x.sure = true;
  }

  // An acronym in brackets right after an organisation's name is that organisation's acronym
  // ("Housing Authority of New Orleans ( HANO )", "Dhaka Stock Exchange ( DSE )"), and so is
  // one before its name in brackets ("FOMC ( Federal Open Market Committee )"): an ORG, which
  // VoteTypes then gives its other occurrences. The acronym (2 to 8 capitals) starts with
  // the initial of the name's first word (not "the").
  void BracketedAcronyms(std::vector<NameSpan>* names) const {
    constexpr size_t kMinLetters = 2, kMaxLetters = 8;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<int32_t> owner = OwnerOfWords(*names);
    auto acronym = [&](uint32_t i, const NameSpan& org) {
      if (i >= n || w_[i].sent != w_[org.b].sent || !w_[i].caps || w_[i].caps_sentence)
        return false;
      const std::string& a = w_[i].lower;
      if (a.size() < kMinLetters || a.size() > kMaxLetters) return false;
      if (!std::all_of(a.begin(), a.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return false;
      uint32_t first = org.b + (w_[org.b].lower == "the" && org.e - org.b > 1 ? 1 : 0);
      return !w_[first].lower.empty() && w_[first].lower[0] == a[0];
    };
    auto make_org = [&](uint32_t i, std::vector<NameSpan>* added) {
      if (owner[i] < 0) {
        added->push_back({i, i + 1, "ORG"});
        owner[i] = static_cast<int32_t>(names->size());  // taken: added once
        return;
      }
      if (owner[i] >= static_cast<int32_t>(names->size())) return;
      NameSpan& o = (*names)[owner[i]];
      if (o.b == i && o.e == i + 1 && o.type != "ORG" && !o.sure) o.type = "ORG";
    };
    std::vector<NameSpan> added;
    for (size_t k = 0; k < names->size(); ++k) {
      const NameSpan x = (*names)[k];
      if (x.type != "ORG" || x.e > n) continue;
      if (x.e + 2 < n && w_[x.e].lower == "(" && w_[x.e + 2].lower == ")" && acronym(x.e + 1, x))
        make_org(x.e + 1, &added);
      if (x.b >= 2 && x.e < n && w_[x.b - 1].lower == "(" && w_[x.e].lower == ")" &&
          acronym(x.b - 2, x))
        make_org(x.b - 2, &added);
    }
    if (added.empty()) return;
    names->insert(names->end(), added.begin(), added.end());
    std::sort(names->begin(), names->end(),
              [](const NameSpan& a, const NameSpan& b) { return a.b < b.b; });
  }

  // An acronym whose letters are the initials of an organisation the article names is that
  // organisation ("the CPA" after "the Coalition Provisional Authority"): an all-capital word
  // of 2 to 6 letters, outside lines in capitals, that no span holds or that the tagger typed
  // otherwise, becomes an ORG. The initials skip function words ("of", "and",
  // "the", "for"). VoteTypes then gives its other occurrences the type.
  void InitialAcronyms(std::vector<NameSpan>* names) const {
    constexpr size_t kMinLetters = 2, kMaxLetters = 6;
    std::unordered_set<std::string> initials;
    for (const NameSpan& x : *names) {
      if (x.type != "ORG" || x.e - x.b < 2 || x.e > w_.size()) continue;
      std::string a;
      for (uint32_t i = x.b; i < x.e; ++i) {
        const std::string& l = w_[i].lower;
        if (In(l, {"of", "and", "the", "for", "&", "-", "in", "on"})) continue;
        if (!w_[i].upper || w_[i].caps) {
          a.clear();
          break;
        }  // "U.S. Navy": no initials
        a.push_back(l[0]);
      }
      if (a.size() >= kMinLetters && a.size() <= kMaxLetters) initials.insert(a);
    }
    if (initials.empty()) return;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<int32_t> owner = OwnerOfWords(*names);
    bool added = false;
    for (uint32_t i = 0; i < n; ++i) {
      const std::string& l = w_[i].lower;
      if (!w_[i].caps || w_[i].caps_sentence || l.size() < kMinLetters || l.size() > kMaxLetters ||
          !initials.count(l) ||
          !std::all_of(l.begin(), l.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        continue;
      if (owner[i] < 0) {
        names->push_back({i, i + 1, "ORG"});
        added = true;
        continue;
      }
      NameSpan& o = (*names)[owner[i]];
      if (o.b == i && o.e == i + 1 && o.type != "ORG" && !o.sure) o.type = "ORG";
    }
    if (added) SortByStart(names);
  }

  // E-mail headers name people surname first in quotes ("\" Lenhart , Matthew \" <...>"):
  // two capitalised words with a comma between them, alone inside quotes, one of them a
  // person, are one PERSON.
  void QuotedSurnameFirst(std::vector<NameSpan>* names) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<int32_t> owner = OwnerOfWords(*names);
    auto quote = [&](uint32_t i) {
      return w_[i].lower == "\"" || w_[i].lower == "\xE2\x80\x9C" || w_[i].lower == "\xE2\x80\x9D";
    };
    bool changed = false;
    for (uint32_t q = 0; q + 4 < n; ++q) {
      const uint32_t a = q + 1, c = q + 3;
      if (!quote(q) || !quote(q + 4) || w_[q + 2].lower != "," || !w_[a].upper || !w_[c].upper ||
          w_[a].caps_sentence || !HasLetter(w_[a].lower) || !HasLetter(w_[c].lower) ||
          w_[q].sent != w_[q + 4].sent)
        continue;
      auto person = [&](uint32_t i) {
        return owner[i] >= 0 && (*names)[owner[i]].type == "PERSON" && (*names)[owner[i]].b == i &&
               (*names)[owner[i]].e == i + 1;
      };
      if (!person(a) && !person(c)) continue;
      if ((owner[a] >= 0 && !person(a)) || (owner[c] >= 0 && !person(c))) continue;
      for (uint32_t i : {a, c})
        if (owner[i] >= 0) (*names)[owner[i]].e = (*names)[owner[i]].b;  // dropped below
      names->push_back({a, c + 1, "PERSON"});
      changed = true;
    }
    if (changed) {
      DropEmptyAndSort(names);
    }
  }

  // A storm is named like a person ("Hurricane Rita", "Typhoon Haiyan"): the name after a
  // storm word, and every other occurrence of it in the article, is an EVENT, not a person.
  // Runs after VoteTypes, which may have spread the person type.
  void StormNames(std::vector<NameSpan>* names) const {
    std::unordered_set<std::string> storms;
    for (const NameSpan& x : *names) {
      if (x.e > w_.size() || x.e <= x.b) continue;
      if (IsStormWord(w_[x.b].lower) && x.e - x.b >= 2) storms.insert(Key(x.b + 1, x.e));
      if (x.b == 0 || !w_[x.b].upper) continue;
      const std::string& p = w_[x.b - 1].lower;
      if (w_[x.b - 1].sent == w_[x.b].sent && IsStormWord(p)) storms.insert(Key(x.b, x.e));
    }
    if (storms.empty()) return;
    for (NameSpan& x : *names) {
      if (x.type != "PERSON" || x.e <= x.b) continue;
      if (IsStormWord(w_[x.b].lower) && x.e - x.b >= 2 && storms.count(Key(x.b + 1, x.e)))
        x.type = "EVENT";
      if (storms.count(Key(x.b, x.e))) x.type = "EVENT";
    }
  }

  static bool IsStormWord(std::string_view l) {
    return In(l, {"hurricane", "typhoon", "cyclone", "storm", "tornado"});
  }

  // ---- Session 9 rules (docs/entities.md, "Session 9: rules") ------------------------------

  // Whether word i, which no name holds, could be a first name standing alone: capitalised
  // (not in capitals), letters only, no function, title, organisation, place or trade word,
  // and no name of the knowledge base other than a person's.
  bool BareGivenName(uint32_t i, const std::vector<uint8_t>& taken) const {
    const Word& w = w_[i];
    if (taken[i] || !w.upper || w.caps || w.caps_sentence || w.lower.size() < 2 ||
        IsStopCap(w.lower) || IsSignOff(w.lower) || OrgWordKind(w.lower) != 0 ||
        IsFacilityWord(w.lower) || IsTradeWord(w.lower) || Honorific(w.lower) != 0 ||
        In(w.lower, {"sir", "madam", "everyone", "everybody", "guys", "folks", "friends", "team",
                     "god", "lord", "mom", "dad", "mum", "again", "ps", "pls", "colleague",
                     "colleagues", "customer", "customers", "member", "members", "reader",
                     "readers", "parent", "parents", "student", "students", "friend", "all"}))
      return false;
    for (char c : w.lower)
      if (static_cast<unsigned char>(c) < 0x80 && !(c >= 'a' && c <= 'z')) return false;
    if (!kb_) return true;
    if (kb_->IsRoleWord(w.lower) || kb_->Demonym(w.lower) || kb_->Seat(w.lower)) return false;
    const auto* c = kb_->Find(w.lower);
    return !c || kb_->entry(c->front()).kind == KbKind::kPerson;
  }

  // Words that close or open a letter before a name ("Thanks , Ginny", "Hi Ginny").
  static bool IsSignOff(std::string_view l) {
    return In(l, {"thanks", "thx", "regards", "cheers", "sincerely", "best", "love", "yours",
                  "hi", "hello", "dear", "hey"});
  }

  // One-word first names in the frame of a letter, which the tagger leaves out without a
  // surname: a greeting that opens a line and is followed by a comma and a word that opens a
  // sentence of a letter ("Ginny , Please see the file", "Ginny ,\nThis sounds right"; not
  // "Yes , I", "Simple , Quick service"), a name after a sign-off or salutation ("Thanks ,
  // Ginny", "Regards\nGinny", "Hi Ginny ,"; "best", "love", "yours" and "cheers" only with a
  // comma) that no word follows in its sentence ("Dear White People" is a title), and a name
  // inside a sentence joined by "and" to "I" or "me" ("In fact Ginny and I"; not after a
  // determiner or a capitalised word: "a Reel and I", "the Special Olympics and I").
  void FirstNames(std::vector<NameSpan>* names) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<uint8_t> taken = TakenWords(*names);
    auto same = [&](uint32_t a, uint32_t b) { return b < n && w_[a].sent == w_[b].sent; };
    const size_t before = names->size();
    for (uint32_t i = 0; i < n; ++i) {
      if (!BareGivenName(i, taken)) continue;
      bool greeting = LineStart(i) && same(i, i + 1) && w_[i + 1].lower == "," && i + 2 < n &&
                      w_[i + 2].para == w_[i].para && w_[i + 2].upper && !taken[i + 2] &&
                      LetterOpener(w_[i + 2].lower);
      bool signoff = false;
      if (i > 0) {
        bool comma = w_[i - 1].lower == ",";
        uint32_t p = comma ? i - 1 : i;
        bool needs_comma = p > 0 && In(w_[p - 1].lower, {"best", "love", "yours", "cheers"});
        // Nothing written after the name in its sentence but punctuation or digits: "Dear
        // White People" (a title) and "thanks Wessex for" go on.
        bool open_after = !same(i, i + 1) || !HasLetter(w_[i + 1].lower);
        signoff = p > 0 && IsSignOff(w_[p - 1].lower) && (comma || !needs_comma) && open_after;
      }
      bool paired = !SentenceStart(i) && same(i, i + 2) && w_[i + 1].lower == "and" &&
                    (w_[i + 2].lower == "i" || w_[i + 2].lower == "me") && !w_[i - 1].upper &&
                    !In(w_[i - 1].lower, {"a", "an", "the", "my", "your", "his", "her", "our",
                                          "their", "this", "that", "its"});
      if (!greeting && !signoff && !paired) continue;
      names->push_back({i, i + 1, "PERSON"});
      taken[i] = 1;
    }
    if (names->size() != before) SortByStart(names);
  }

  // Word i opens a sentence or a line of the text.
  bool LineStart(uint32_t i) const {
    if (SentenceStart(i)) return true;
    std::string_view gap = doc_->Surface({w_[i - 1].span.end, w_[i].span.begin});
    return gap.find('\n') != std::string_view::npos;
  }

  // Words that open a sentence of a letter after a greeting ("This", "What", "Please",
  // "Thanks", "We", "Attached"); not a title or an article ("Instead , Mr. Obama", "Later ,
  // The Post").
  static bool LetterOpener(std::string_view l) {
    return In(l, {"please", "thanks", "thank", "this", "that", "these", "what", "how", "when",
                  "where", "why", "can", "could", "would", "will", "we", "you", "here", "attached",
                  "see", "hope", "sorry", "just", "sounds", "looks", "regarding", "congratulations",
                  "welcome", "good", "great", "nice", "per", "do", "did", "are", "is", "have",
                  "let", "any", "it", "my", "our", "your"});
  }

  // Trade words that end a small business's name ("Wessex Futures", "Norbury Books").
  static bool IsTradeWord(std::string_view l) {
    return In(l, {"futures", "books", "fabrics", "transport", "insurance", "motorsports",
                  "roadways", "pharmaceuticals", "logistics", "technologies", "enterprises",
                  "partners", "investments", "securities", "realty", "outfitters", "jewelers",
                  "florists", "trucking", "consulting", "landscaping", "plumbing", "roofing"});
  }

  // Small businesses named by capitalised words and a trade word ("Wessex Futures", "Norbury
  // Horse Transport", "Gerd Wolde Motorsports", "Wessex Investment Partners") are
  // organisations, also when the tagger missed them or took a part for a person or another
  // organisation: one to three capitalised words (no function, title or dotted word) before a
  // capitalised trade word that ends the capitalised run and is not followed by "and", "&" or
  // "of" ("U.S. Securities and Exchange Commission"); names inside are replaced, a name
  // reaching past the words blocks it. Not in lines in capitals.
  void BusinessNames(std::vector<NameSpan>* names) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    bool changed = false;
    for (uint32_t t = 1; t < n; ++t) {
      if (!w_[t].upper || w_[t].caps_sentence || !IsTradeWord(w_[t].lower))
        continue;
      bool more = t + 1 < n && w_[t + 1].sent == w_[t].sent &&
                  ((w_[t + 1].upper && HasLetter(w_[t + 1].lower)) ||
                   In(w_[t + 1].lower, {"and", "&", "of"}));
      if (more) continue;
      uint32_t b = t;
      while (b > 0 && t - b < 3 && w_[b - 1].sent == w_[t].sent && w_[b - 1].upper &&
             HasLetter(w_[b - 1].lower) && !IsStopCap(w_[b - 1].lower) &&
             w_[b - 1].lower.find('.') == std::string::npos && Honorific(w_[b - 1].lower) == 0 &&
             !(kb_ && kb_->IsRoleWord(w_[b - 1].lower)))
        --b;
      if (b == t || (b > 0 && w_[b - 1].sent == w_[t].sent &&
                     ((w_[b - 1].upper && HasLetter(w_[b - 1].lower) &&
                       w_[b - 1].lower.find('.') == std::string::npos) ||
                      w_[b - 1].lower == "&")))
        continue;  // no run, or it goes on to the left ("Sunday Morning Futures", "Poverty &
                   // Health Insurance")
      bool outside = false;  // a name reaching past the words blocks the rule
      for (const NameSpan& x : *names)
        if (x.b <= t && b < x.e && (x.b < b || x.e > t + 1)) outside = true;
      if (outside) continue;
      for (NameSpan& x : *names)
        if (x.b <= t && b < x.e) x.e = x.b;  // replaced, dropped below
      names->push_back({b, t + 1, "ORG"});
      changed = true;
    }
    if (changed) DropEmptyAndSort(names);
  }

  // Dotted initials of two to four letters before a one-word person or an organisation the
  // tagger found ("W.H.S. Wolde", "J.M. Example Corporation") belong to its name; not a name the
  // knowledge base knows ("U.S.", "D.C.") nor an abbreviation ("P.S. Tom"), not in lines in
  // capitals.
  void DottedInitials(std::vector<NameSpan>* names) const {
    std::vector<uint8_t> taken = TakenWords(*names);
    for (NameSpan& x : *names) {
      if ((x.type != "PERSON" && x.type != "ORG") || x.b == 0 || x.e <= x.b) continue;
      if (x.type == "PERSON" && x.e - x.b != 1) continue;  // "C.E.O. Mark Zuckerberg"
      const uint32_t i = x.b - 1;
      if (taken[i] || w_[i].sent != w_[x.b].sent || w_[i].caps_sentence || !DottedLetters(i) ||
          In(w_[i].lower, {"p.s.", "n.b.", "a.m.", "p.m.", "e.g.", "i.e.", "r.i.p."}) ||
          (kb_ && kb_->Find(w_[i].lower)))
        continue;
      x.b = i;
      taken[i] = 1;
    }
  }

  // "W.H.S.", "J.M.": two to four capital letters, each followed by a period.
  bool DottedLetters(uint32_t i) const {
    std::string_view s = doc_->Surface(w_[i].span);
    if (s.size() < 4 || s.size() > 8 || s.size() % 2 != 0) return false;
    for (size_t k = 0; k < s.size(); k += 2)
      if (s[k] < 'A' || s[k] > 'Z' || s[k + 1] != '.') return false;
    return true;
  }

  // A company's name used for its product is no organisation ("your PayPal account", "the
  // Eurostar train", "MSN Explorer", "Adobe Acrobat 4.0", "a Canon sx40"): an organisation or
  // person (no person the knowledge base knows) of at most three words, before a software word
  // ("Explorer", "Reader") or one or two capitalised words and a version number; an
  // organisation also after a determiner or possessive and before a product noun in lower case
  // (`account`, `train`, `browser`...; "The US accounts for" is a place) or before a model code
  // of lower-case letters and digits; or before one or two capitalised words and a version
  // number (1-2 digits, a period, 1-2 digits; not before "percent" or "points") is a PRODUCT
  // (SCHEMA allows other types; the NER scorers ignore it) over those words. Runs after
  // VoteTypes, so the other occurrences of the name keep their type.
  void ProductNames(std::vector<NameSpan>* names) const {
    bool changed = false;
    for (NameSpan& x : *names) {
      if (x.type != "ORG" && x.type != "PERSON") continue;
      if (x.e <= x.b || x.e - x.b > 3 || x.e >= w_.size() || w_[x.b].caps_sentence ||
          w_[x.e].sent != w_[x.b].sent)
        continue;
      if (x.type == "PERSON" && kb_ && kb_->Find(Key(x.b, x.e))) continue;
      uint32_t end = ProductEnd(x);
      if (end == 0) continue;
      x.e = end;
      x.type = "PRODUCT";
      changed = true;
    }
    if (!changed) return;
    // Words of a product's name that another span holds are the product's. The spans keep
    // their order: it is the order HandleName links them in (a re-sort here unlinked "Donald
    // Trump" in an article that named him "Trump" first).
    for (const NameSpan& p : *names) {
      if (p.type != "PRODUCT") continue;
      for (NameSpan& y : *names) {
        if (y.type == "PRODUCT" || y.e <= p.b || p.e <= y.b) continue;
        if (y.b >= p.b) {
          y.b = std::min(p.e, y.e);
        } else {
          y.e = p.b;
        }
      }
    }
    names->erase(std::remove_if(names->begin(), names->end(),
                                [](const NameSpan& x) { return x.e <= x.b; }),
                 names->end());
  }

  // The end of the product name that name x starts, or 0 when x is not used as a product.
  uint32_t ProductEnd(const NameSpan& x) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    const Word& next = w_[x.e];
    bool owned = x.b > 0 && w_[x.b - 1].sent == w_[x.b].sent &&
                 In(w_[x.b - 1].lower, {"the", "a", "an", "my", "your", "his", "her", "its", "our",
                                        "their", "this", "that"});
    if (x.type == "ORG" && owned && !next.upper &&
        In(next.lower, {"account", "accounts", "train", "browser", "toolbar", "app", "camera",
                        "handset", "firmware"}))
      return x.e;
    if (next.upper && !next.caps && In(next.lower, {"explorer", "messenger", "reader", "toolbar"}))
      return x.e + 1;
    if (x.type == "ORG" && ModelCode(doc_->Surface(next.span))) return x.e;
    uint32_t k = x.e;
    while (k < n && k < x.e + 2 && w_[k].sent == w_[x.b].sent && w_[k].upper &&
           HasLetter(w_[k].lower) && !IsStopCap(w_[k].lower))
      ++k;
    if (k == x.e || k >= n || w_[k].sent != w_[x.b].sent || !VersionNumber(w_[k].lower))
      return 0;
    if (k + 1 < n && In(w_[k + 1].lower, {"percent", "pct", "%", "points", "million", "billion"}))
      return 0;
    return k;
  }

  // "sx40", "s100": lower-case letters then digits, 3-6 characters, at least one of each (not
  // a flight number: "QZ8501").
  static bool ModelCode(std::string_view l) {
    if (l.size() < 3 || l.size() > 6 || l[0] < 'a' || l[0] > 'z') return false;
    size_t k = 0;
    while (k < l.size() && l[k] >= 'a' && l[k] <= 'z') ++k;
    if (k == l.size() || k > 3) return false;
    for (size_t j = k; j < l.size(); ++j)
      if (l[j] < '0' || l[j] > '9') return false;
    return true;
  }

  // "the Texas congressman", "Ohio lawmakers": a place the knowledge base knows, right before
  // an elected office or a party member, is the place (the recogniser may read a team: "the
  // Texas coach" stays as it is).
  void OfficePlaces(std::vector<NameSpan>* names) const {
    if (!kb_) return;
    for (NameSpan& x : *names) {
      if (x.type != "ORG" || x.e >= w_.size() || w_[x.e].sent != w_[x.b].sent ||
          !In(w_[x.e].lower, {"senator", "senators", "congressman", "congresswoman", "congressmen",
                              "representative", "governor", "lawmaker", "lawmakers", "legislator",
                              "legislators", "legislature", "delegation", "democrat", "democrats",
                              "republican", "republicans", "mayor", "attorney"}))
        continue;
      const auto* found = kb_->Find(Key(x.b, x.e));
      if (!found) continue;
      const KbKind kind = kb_->entry(found->front()).kind;
      if (kind == KbKind::kRegion || kind == KbKind::kCountry || kind == KbKind::kCity)
        x.type = "GPE";
    }
  }

  // "Chillicothe , OH", "Baltimore , MD 21202": a US state's two-letter postal code after a
  // capitalised place and a comma is a place, and so is the place before it (one to three
  // capitalised words) when the tagger missed it; not before a capitalised word ("..., IN THE"),
  // not in lines in capitals, not after a person or an organisation.
  void StateCodes(std::vector<NameSpan>* names) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<int32_t> owner = OwnerOfWords(*names);
    const size_t before = names->size();
    for (uint32_t i = 2; i < n; ++i) {
      if (w_[i].caps_sentence || w_[i - 1].lower != "," || !UsPostalCode(i) ||
          w_[i - 2].sent != w_[i].sent || !w_[i - 2].upper)
        continue;
      if (i + 1 < n && w_[i + 1].sent == w_[i].sent && w_[i + 1].upper &&
          HasLetter(w_[i + 1].lower))
        continue;
      if (owner[i] >= 0 && !((*names)[owner[i]].b == i && (*names)[owner[i]].e == i + 1)) continue;
      const int32_t t = owner[i - 2];
      if (t >= 0 && (*names)[t].type != "GPE" && (*names)[t].type != "LOC") continue;
      if (t < 0) {
        uint32_t b = i - 2;
        while (b > 0 && i - 2 - b < 2 && w_[b - 1].sent == w_[i].sent && w_[b - 1].upper &&
               owner[b - 1] < 0 && HasLetter(w_[b - 1].lower) && !IsStopCap(w_[b - 1].lower))
          --b;
        if (IsStopCap(w_[b].lower) || (kb_ && kb_->IsRoleWord(w_[b].lower))) continue;
        names->push_back({b, i - 1, "GPE"});
      }
      if (owner[i] >= 0) {
        (*names)[owner[i]].type = "GPE";
      } else {
        names->push_back({i, i + 1, "GPE"});
      }
    }
    if (names->size() != before) SortByStart(names);
  }

  // Word i is written as a US state's postal code ("OH", "MD", "DC").
  bool UsPostalCode(uint32_t i) const {
    static constexpr std::string_view kCodes[] = {  // sorted: std::binary_search
        "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA",
        "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS",
        "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY"};
    std::string_view s = doc_->Surface(w_[i].span);
    return s.size() == 2 && std::binary_search(std::begin(kCodes), std::end(kCodes), s);
  }

  // "4.0", "3.11": a version number.
  static bool VersionNumber(std::string_view l) {
    size_t dot = l.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot > 2 || l.size() - dot - 1 == 0 ||
        l.size() - dot - 1 > 2)
      return false;
    for (size_t k = 0; k < l.size(); ++k)
      if (k != dot && (l[k] < '0' || l[k] > '9')) return false;
    return true;
  }

  static void SortByStart(std::vector<NameSpan>* names) {
    std::sort(names->begin(), names->end(),
              [](const NameSpan& a, const NameSpan& b) { return a.b < b.b; });
  }

  // An organisation's name the tagger missed, in prose: "the" and then capitalised words,
  // joined by "of", "and", "&" or a dash, that end in an organisation word ("the Governing
  // Council", "the American - Arab Discrimination Committee") or open with one before "of"
  // ("the Association of Muslim Scholars"). The words may hold a place or a demonym the
  // tagger found; not in headlines, lines in capitals or title-case sentences.
  void OrgPhrases(std::vector<NameSpan>* names) const {
    constexpr uint32_t kMaxWords = 8;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<int32_t> owner = OwnerOfWords(*names);
    auto word = [&](uint32_t i) {
      return w_[i].upper && HasLetter(w_[i].lower) && !w_[i].caps_sentence;
    };
    bool changed = false;
    for (uint32_t t = 0; t + 2 < n; ++t) {
      if (w_[t].lower != "the" || !word(t + 1) || TitleCase(t)) continue;
      const uint32_t b = t + 1;
      uint32_t e = b;
      while (e < n && e - b < kMaxWords && w_[e].sent == w_[b].sent) {
        if (word(e)) {
          ++e;
        } else if (In(w_[e].lower, {"of", "and", "&", "-"}) && e + 1 < n && word(e + 1) &&
                   w_[e + 1].sent == w_[b].sent) {
          e += 2;
        } else {
          break;
        }
      }
      if (e - b < 2) continue;
      bool ends_org = OrgWordKind(w_[e - 1].lower) == 'o';
      bool opens_org = OrgWordKind(w_[b].lower) == 'o' && w_[b + 1].lower == "of";
      if (!ends_org && !opens_org) continue;
      // "the Board of Muslim clerics": the name goes on in lower case; left to the tagger.
      if (!ends_org && e < n && w_[e].sent == w_[b].sent && !w_[e].upper &&
          HasLetter(w_[e].lower) && !IsStopCap(w_[e].lower))
        continue;
      // Spans inside must be places or demonyms wholly inside [b, e) ("Google" stays out of
      // "the Google Privacy Policy and Terms of Service"); "and"
      // between the end of one and the start of another joins two names ("House and
      // Senate", "FBI and Justice Department").
      bool two = false;
      for (uint32_t i = b + 1; i + 1 < e && !two; ++i)
        two = (w_[i].lower == "and" || w_[i].lower == "&") && owner[i - 1] >= 0 &&
              owner[i + 1] >= 0 && (*names)[owner[i - 1]].e == i &&
              (*names)[owner[i + 1]].b == i + 1;
      if (two) continue;
      bool ok = true, other = false;
      for (uint32_t i = b; i < e && ok; ++i) {
        if (owner[i] < 0) continue;
        const NameSpan& o = (*names)[owner[i]];
        ok = o.b >= b && o.e <= e && o.type != "PERSON" && o.type != "ORG";
        other = other || o.b != b || o.e != e;
      }
      if (!ok || (!other && owner[b] >= 0)) continue;  // already the whole name
      if (kb_) {  // a place the knowledge base knows ("the Soviet Union")
        const auto* c = kb_->Find(Key(b, e));
        if (c && kb_->entry(c->front()).kind != KbKind::kOrg &&
            kb_->entry(c->front()).kind != KbKind::kMedia)
          continue;
      }
      for (uint32_t i = b; i < e; ++i)
        if (owner[i] >= 0) (*names)[owner[i]].e = (*names)[owner[i]].b;
      names->push_back({b, e, "ORG"});
      for (uint32_t i = b; i < e; ++i) owner[i] = -2;
      changed = true;
      t = e - 1;
    }
    if (changed) DropEmptyAndSort(names);
  }

  // A place of two or more words that ends in an organisation word ("US National Hurricane
  // Center", "El Paso Energy") is an organisation, unless the knowledge base knows the place
  // or a demonym opens it ("Soviet Union").
  void OrgEndPlaces(std::vector<NameSpan>* names) const {
    for (NameSpan& x : *names) {
      if (x.e < x.b + 2 || x.e > w_.size() || (x.type != "GPE" && x.type != "LOC") ||
          w_[x.b].caps_sentence || OrgWordKind(w_[x.e - 1].lower) != 'o' ||
          w_[x.e - 1].lower == "union")  // "Soviet Union" is a place
        continue;
      if (kb_ &&
          (kb_->Find(Key(x.b, x.e)) || (kb_->Demonym(w_[x.b].lower) && !kb_->Find(w_[x.b].lower))))
        continue;
      x.type = "ORG";
    }
  }

  bool KbSpells(const std::string& lower, const std::string& surface) const {
    const auto* c = kb_->Find(lower);
    if (!c) return false;
    for (uint32_t id : *c)
      if (kb_->entry(id).name == surface) return true;
    return false;
  }

  // A one-word name with a capital inside ("NiMo", "PayPal") that the tagger took for a place
  // is a company or product, unless the knowledge base spells a place so ("KwaZulu"; not
  // "Nimo", an alternate name of a town).
  void InnerCapitals(std::vector<NameSpan>* names) const {
    for (NameSpan& x : *names) {
      if (x.e != x.b + 1 || (x.type != "GPE" && x.type != "LOC") || w_[x.b].caps) continue;
      std::string s = Surface(x.b, x.e);
      if (kb_ && KbSpells(w_[x.b].lower, s)) continue;
      bool inner = false;
      for (size_t i = 2; i < s.size() && !inner; ++i)
        inner = s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z';
      if (inner && s.size() >= 4 && s[0] >= 'A' && s[0] <= 'Z' && s.compare(0, 2, "Mc") != 0 &&
          s.compare(0, 3, "Mac") != 0) {
        x.type = "ORG";
        x.sure = true;  // not routed back to the place by the knowledge base
      }
    }
  }

  // A row of a sports table: a name of at most four words opening a sentence that holds
  // nothing else but at least six small integers ("Cowdenbeath 9 2 1 6 11 17 7": played, won,
  // drawn, lost, goals, points) is a team (ORG), also when the tagger missed it; not a country
  // (a national team is written as its country) nor a person (golf has five numbers a row).
  void TableRows(std::vector<NameSpan>* names) const {
    constexpr uint32_t kMinNumbers = 6, kMaxNameWords = 4;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    bool added = false;
    for (uint32_t sb = 0; sb < n;) {
      uint32_t se = sb;
      while (se < n && w_[se].sent == w_[sb].sent) ++se;
      uint32_t k = sb;
      while (k < se && k - sb < kMaxNameWords + 1 && HasLetter(w_[k].lower) &&
             (w_[k].upper || (k > sb && IsConnector(w_[k].lower))))
        ++k;
      bool row = k > sb && k - sb <= kMaxNameWords && w_[k - 1].upper && se - k >= kMinNumbers;
      for (uint32_t i = k; i < se && row; ++i) {
        const std::string& l = w_[i].lower;
        row = l.size() <= 3 &&
              std::all_of(l.begin(), l.end(), [](char c) { return c >= '0' && c <= '9'; });
      }
      if (row) added |= MakeTeam(sb, k, names);
      sb = se;
    }
    if (added)
      std::sort(names->begin(), names->end(),
                [](const NameSpan& a, const NameSpan& b) { return a.b < b.b; });
  }

  // Words [b, e) are a team (TableRows): the span there becomes ORG, or a new one is added
  // when no span overlaps them. Persons and countries stay. Returns whether one was added.
  bool MakeTeam(uint32_t b, uint32_t e, std::vector<NameSpan>* names) const {
    for (NameSpan& x : *names) {
      if (x.e <= b || x.b >= e) continue;
      if (x.type == "PERSON") return false;
      if (kb_) {
        const auto* c = kb_->Find(Key(x.b, x.e));
        if (c && kb_->entry(c->front()).kind == KbKind::kCountry) return false;
      }
      if (x.b == b && x.e == e) {
        x.type = "ORG";
        x.sure = true;
        return false;
      }
      return false;  // another span: left as the tagger saw it
    }
    names->push_back({b, e, "ORG", true});
    return true;
  }

  // Document-level consistency: a name string gets the type most of its occurrences in the
  // article got (a headline in capitals counts half; a tie changes nothing), and capitalised
  // occurrences the tagger missed get that type too ("Leicestershire" in every sentence).
  void VoteTypes(std::vector<NameSpan>* names) const {
    static constexpr const char* kVoted[] = {"PERSON", "ORG", "GPE", "LOC"};
    constexpr uint32_t kMaxVoteWords = 6;
    auto index = [](const std::string& t) {
      for (int k = 0; k < 4; ++k)
        if (t == kVoted[k]) return k;
      return -1;
    };
    std::unordered_map<std::string, std::array<float, 4>> votes;
    std::unordered_map<std::string, bool> sure;  // keys with a sure vote
    for (const NameSpan& n : *names) {
      int k = index(n.type);
      if (k < 0 || n.e - n.b > kMaxVoteWords) continue;
      if (n.sure) sure[Key(n.b, n.e)] = true;
      auto& v = votes.try_emplace(Key(n.b, n.e), std::array<float, 4>{}).first->second;
      v[k] += n.sure ? 3.0f : w_[n.b].caps_sentence ? 0.5f : 1.0f;
    }
    std::unordered_map<std::string, const char*> winner;
    for (const auto& [key, v] : votes) {
      int best = 0;
      for (int k = 1; k < 4; ++k)
        if (v[k] > v[best]) best = k;
      bool tie = false;
      for (int k = 0; k < 4; ++k) tie = tie || (k != best && v[k] == v[best]);
      if (!tie) winner.emplace(key, kVoted[best]);
    }
    if (winner.empty()) return;
    std::vector<uint8_t> taken(w_.size(), 0);
    for (NameSpan& n : *names) {
      for (uint32_t i = n.b; i < n.e && i < w_.size(); ++i) taken[i] = 1;
      if (index(n.type) < 0 || n.e - n.b > kMaxVoteWords) continue;
      std::string key = Key(n.b, n.e);
      auto it = winner.find(key);
      if (it == winner.end()) continue;
      n.type = it->second;
      n.sure = n.sure || (n.type == "ORG" && sure.count(key));
    }
    uint32_t n = static_cast<uint32_t>(w_.size());
    bool added = false;
    for (uint32_t i = 0; i < n; ++i) {
      if (taken[i] || !w_[i].upper || w_[i].caps_sentence || !HasLetter(w_[i].lower)) continue;
      for (uint32_t e = std::min(n, i + kMaxVoteWords); e > i; --e) {
        bool ok = true;
        for (uint32_t k = i; k < e && ok; ++k) ok = !taken[k] && w_[k].sent == w_[i].sent;
        if (!ok || (e - i == 1 && IsStopCap(w_[i].lower)) || !w_[e - 1].upper) continue;
        auto it = winner.find(Key(i, e));
        if (it == winner.end()) continue;
        std::string key = Key(i, e);
        names->push_back({i, e, it->second, it->second == std::string("ORG") && sure.count(key) > 0});
        for (uint32_t k = i; k < e; ++k) taken[k] = 1;
        added = true;
        i = e - 1;
        break;
      }
    }
    if (added)
      std::sort(names->begin(), names->end(),
                [](const NameSpan& a, const NameSpan& b) { return a.b < b.b; });
  }

  // Results lists name athletes with their country in brackets ("4 - Goran Ivanisevic
  // ( Croatia ) beat", "1. Frankie Fredericks ( Namibia ) 19.97"): up to four capitalised
  // words (initials too) before "( <country> )" are a person, whatever the tagger made of
  // them, unless the knowledge base knows them or a club or organisation word is among
  // them (a team: "Real Madrid ( Spain )").
  void AthletesWithCountry(std::vector<NameSpan>* names) const {
    if (!kb_) return;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    bool changed = false;
    for (uint32_t p = 1; p + 2 < n; ++p) {
      if (w_[p].lower != "(" || w_[p + 2].lower != ")" || w_[p + 2].sent != w_[p].sent) continue;
      const auto* c = kb_->Find(w_[p + 1].lower);
      if (!c || kb_->entry(c->front()).kind != KbKind::kCountry) continue;
      uint32_t b = p, words = 0;
      while (b > 0 && words < 4 && w_[b - 1].sent == w_[p].sent) {
        if (b >= 2 && b < p && Glued(b - 2, b - 1) && Glued(b - 1, b)) {  // "Tyler-Sharman"
          --b;
          continue;
        }
        if (!w_[b - 1].upper || !HasLetter(w_[b - 1].lower) || IsStopCap(w_[b - 1].lower) ||
            OrgWordKind(w_[b - 1].lower) != 0 || IsClubSuffix(w_[b - 1].lower) ||
            IsClubPrefix(w_[b - 1].lower))
          break;
        --b;
        ++words;
      }
      if (b == p ||
          (b > 0 && w_[b - 1].sent == w_[p].sent && w_[b - 1].upper && HasLetter(w_[b - 1].lower)))
        continue;  // no name, or the capitalised run goes on (a club word)
      if (w_[b].caps_sentence || kb_->Find(Key(b, p)) || kb_->Seat(Key(b, p))) continue;
      bool kb_word = false;
      for (uint32_t k = b; k < p; ++k) {
        const auto* x = IsInitial(k) ? nullptr : kb_->Find(w_[k].lower);
        kb_word = kb_word || (x && kb_->entry(x->front()).kind != KbKind::kPerson &&
                              kb_->entry(x->front()).kind != KbKind::kCity);
      }
      if (kb_word) continue;
      changed = PutPerson(names, b, p, /*yield_to_sure=*/true) || changed;
    }
    if (changed) DropEmptyAndSort(names);
  }

  // Puts a person over words [b, e), replacing the spans inside it (emptied here, erased by
  // DropEmptyAndSort). Not when a span crosses its edges, or with yield_to_sure when a sure
  // span overlaps it. Returns whether the person was put.
  static bool PutPerson(std::vector<NameSpan>* names, uint32_t b, uint32_t e, bool yield_to_sure) {
    for (const NameSpan& x : *names)
      if (x.b < e && b < x.e && (x.b < b || x.e > e || (yield_to_sure && x.sure))) return false;
    for (NameSpan& x : *names)
      if (x.b < e && b < x.e) x.e = x.b;
    names->push_back({b, e, "PERSON"});
    return true;
  }

  static void DropEmptyAndSort(std::vector<NameSpan>* names) {
    names->erase(
        std::remove_if(names->begin(), names->end(), [](const NameSpan& x) { return x.e <= x.b; }),
        names->end());
    std::sort(names->begin(), names->end(),
              [](const NameSpan& a, const NameSpan& b) { return a.b < b.b; });
  }

  // Cricket scorecards: in a sentence with at least two dismissals ("c Healy b Fleming",
  // "lbw b Mullally", "st Moin"), the name after "b", "c" or "st" is a player (PERSON, with
  // an initial before it), and so is a name before bowling figures ("Vaas 7-0-29-0").
  void Scorecards(std::vector<NameSpan>* names) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    auto dismissal = [&](uint32_t i) {
      return i + 1 < n && In(w_[i].lower, {"b", "c", "st"}) && !w_[i].upper && w_[i + 1].upper &&
             w_[i + 1].sent == w_[i].sent && HasLetter(w_[i + 1].lower);
    };
    std::vector<std::pair<uint32_t, uint32_t>> players;
    for (uint32_t i = 0; i < n;) {
      uint32_t e = i, count = 0;
      while (e < n && w_[e].sent == w_[i].sent) count += dismissal(e++) ? 1 : 0;
      for (uint32_t k = i; k < e; ++k) {
        if (count >= 2 && dismissal(k)) players.push_back({k + 1, NameEnd(k + 1, e)});
        if (IsBowlingFigures(w_[k].lower) && k > i) {
          uint32_t b = k;
          while (b > i && k - b < 3 && w_[b - 1].upper && HasLetter(w_[b - 1].lower) &&
                 !IsStopCap(w_[b - 1].lower))
            --b;
          if (b < k) players.push_back({b, k});
        }
      }
      i = e;
    }
    bool changed = false;
    for (auto [b, e] : players) {
      if (w_[b].caps_sentence ||
          (kb_ && kb_->Find(Key(b, e)) &&
           kb_->entry(kb_->Find(Key(b, e))->front()).kind == KbKind::kCountry))
        continue;
      // A span over the dismissal word itself ("S. Okafor st Dunmore") ends before it: a
      // batsman.
      for (NameSpan& x : *names) {
        if (b > 0 && x.b < b - 1 && x.e > b - 1 && !w_[b - 1].upper && x.e <= e) {
          x.e = b - 1;
          x.type = "PERSON";
        }
      }
      changed = PutPerson(names, b, e, /*yield_to_sure=*/false) || changed;
    }
    if (changed) DropEmptyAndSort(names);
  }

  // The end of a player's name from word b (before hi): an initial, then a capitalised word
  // and the parts glued to it by dashes ("Inzamam-ul-Haq"), then one more capitalised word.
  uint32_t NameEnd(uint32_t b, uint32_t hi) const {
    uint32_t e = b;
    if (IsInitial(e) && e + 1 < hi && w_[e + 1].upper) ++e;
    auto word = [&](uint32_t i) {
      return i < hi && w_[i].upper && HasLetter(w_[i].lower) && !IsStopCap(w_[i].lower);
    };
    for (int k = 0; k < 2 && word(e); ++k) {
      ++e;
      while (e + 1 < hi && Glued(e - 1, e) && Glued(e, e + 1) && HasLetter(w_[e + 1].lower)) e += 2;
    }
    return e;
  }

  // "7-0-29-0", "9.5-0-44-1": overs, maidens, runs, wickets.
  static bool IsBowlingFigures(std::string_view l) {
    int parts = 1;
    for (char c : l) {
      if (c == '-') {
        ++parts;
      } else if (!(c >= '0' && c <= '9') && c != '.') {
        return false;
      }
    }
    return parts == 4 && l.front() != '-' && l.back() != '-';
  }

  // A place span that is a town and then its state or country without a comma ("Miramar
  // California", "san francisco california") is two places; a capitalised place span loses
  // lower-case words at its end ("Doda district", "Houston refinery").
  void SplitPlaces(std::vector<NameSpan>* names) const {
    if (!kb_) return;
    std::vector<NameSpan> added;
    for (NameSpan& x : *names) {
      // (A town and its state the recogniser typed as one organisation split too.)
      const bool org = x.type == "ORG";
      if (x.type != "GPE" && x.type != "LOC" && !org) continue;
      while (!org && x.e - x.b > 1 && w_[x.b].upper && !w_[x.e - 1].upper &&
             HasLetter(w_[x.e - 1].lower) && !IsStopCap(w_[x.e - 1].lower) &&
             !kb_->Find(Key(x.b, x.e)))
        --x.e;
      if (x.e - x.b < 2 || kb_->Find(Key(x.b, x.e))) continue;
      for (uint32_t k = x.e - 1; k > x.b; --k) {
        const auto* town = kb_->Find(Key(x.b, k));
        const auto* area = kb_->Find(Key(k, x.e));
        if (!town || !area) continue;
        KbKind tk = kb_->entry(town->front()).kind, ak = kb_->entry(area->front()).kind;
        // Not "Tampa Bay": the area is no English word.
        if (tk == KbKind::kCity && (ak == KbKind::kRegion || ak == KbKind::kCountry) &&
            !kb_->entry(area->front()).word) {
          if (org) x.type = "GPE";
          added.push_back({k, x.e, x.type});
          x.e = k;
          break;
        }
      }
    }
    if (added.empty()) return;
    names->insert(names->end(), added.begin(), added.end());
    std::sort(names->begin(), names->end(),
              [](const NameSpan& a, const NameSpan& b) { return a.b < b.b; });
  }

  // A party-state tag right after a name, after a comma or an opening bracket.
  bool PartyStateTagAfter(uint32_t e) const {
    return e + 4 <= w_.size() && (w_[e].lower == "," || w_[e].lower == "(") &&
           w_[e + 1].sent == w_[e].sent && PartyStateTag(e + 1, e + 4);
  }

  // A US politician's party and state ("R-Ga.", "D-N.Y."): no name of its own.
  bool PartyStateTag(uint32_t b, uint32_t e) const {
    return e >= b + 3 && In(w_[b].lower, {"r", "d", "i"}) && w_[b + 1].lower == "-" &&
           Glued(b, b + 1) && Glued(b + 1, b + 2) && w_[b + 2].upper;
  }

  // Words [b, d) and [d + 1, e) around a glued dash are two people: one word each, both
  // capitalised, and one of them the surname of a knowledge-base person.
  bool DashPair(uint32_t b, uint32_t d, uint32_t e) const {
    if (!kb_ || d != b + 1 || e != d + 2 || !w_[b].upper || !w_[d + 1].upper) return false;
    return kb_->PeopleBySurname(w_[b].lower) != nullptr ||
           kb_->PeopleBySurname(w_[d + 1].lower) != nullptr;
  }

  // Words a and b touch (no space between them: "Tyler" "-" "Sharman").
  bool Glued(uint32_t a, uint32_t b) const { return w_[a].span.end == w_[b].span.begin; }

  // Organisations named for a country: capitalised words, "for", a country ("Concerned Women
  // for America", "Teach For America", "Christians United for Israel"); the recogniser tags
  // the country alone, and the group then speaks as the United States. Not in headlines or
  // title-case lines ("Exposes His Vision for America"); one word before "for" only inside
  // a sentence ("Democracy for America", not a sentence's "Wrong for America").
  void ForCountryOrgs(std::vector<NameSpan>* names) const {
    if (!kb_) return;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    bool changed = false;
    for (uint32_t f = 1; f + 1 < n; ++f) {
      if (w_[f].lower != "for" || w_[f + 1].sent != w_[f].sent || !w_[f + 1].upper ||
          w_[f].caps_sentence || w_[f - 1].sent != w_[f].sent)
        continue;
      const auto* c = kb_->Find(w_[f + 1].lower);
      if (!c || kb_->entry(c->front()).kind != KbKind::kCountry) continue;
      // ("saluted Xi for China's vote": the country owns what follows.)
      if (f + 2 < n && PossessiveWords(f + 2) > 0) continue;
      uint32_t b = f;
      while (b > 0 && f - b < 5 && w_[b - 1].sent == w_[f].sent && w_[b - 1].upper &&
             HasLetter(w_[b - 1].lower))
        --b;
      const bool sentence_start = b == 0 || w_[b - 1].sent != w_[f].sent;
      if (b == f || (f - b < 2 && sentence_start) || TitleCase(f)) continue;
      // (Not "Syria for Iraq", "Xi for China", "Secretary of State for Iran", "His Vision for
      // America": no person, place, title or possessive before "for".)
      bool plain = true;
      for (uint32_t k = b; k < f && plain; ++k)
        plain = !kb_->IsRoleWord(w_[k].lower) &&
                !In(w_[k].lower, {"his", "her", "their", "our", "my", "its", "your"});
      for (const NameSpan& x : *names) {
        if (x.b < f && x.e > b && In(x.type, {"PERSON", "GPE", "LOC", "NORP"})) plain = false;
        // ("the National Security Council for Iraq": a body's desk for a country.)
        if (x.type == "ORG" && x.b <= b && x.e == f) plain = false;
      }
      if (!plain || kb_->PeopleBySurname(w_[f - 1].lower)) continue;
      const uint32_t e = f + 2;
      names->erase(std::remove_if(names->begin(), names->end(),
                                  [&](const NameSpan& x) { return x.b < e && x.e > b; }),
                   names->end());
      names->push_back({b, e, "ORG"});
      changed = true;
    }
    if (changed) SortByStart(names);
  }

  // Shops and restaurants named by their owner's possessive: "Del Frisco 's" (the name
  // takes the "'s") when no noun follows it (punctuation, a preposition, "is"... : "going to
  // Del Frisco 's for dinner"), and "Ray 's Pizza", "Burch 's Karate" with a shop word. A
  // place to go ("going to Del Frisco 's", "at Lord 's") is a LOC, else an ORG; a KB name
  // ("Russia 's") stays as it is.
  void ShopNames(std::vector<NameSpan>* names) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<uint8_t> taken = TakenWords(*names);
    for (NameSpan& x : *names) {
      uint32_t s = x.e;
      uint32_t pw = s < n ? PossessiveWords(s) : 0;
      if (pw == 0 || taken[s] || taken[s + pw - 1] || w_[s + pw - 1].sent != w_[x.b].sent ||
          (x.type != "PERSON" && x.type != "ORG" && x.type != "LOC" && x.type != "GPE") ||
          w_[x.b].caps_sentence || (kb_ && kb_->Find(Key(x.b, x.e))))
        continue;
      uint32_t e = s + pw;
      while (e < n && e - s <= pw + 1 && !taken[e] && w_[e].upper && w_[e].sent == w_[s].sent &&
             IsShopWord(w_[e].lower))
        ++e;
      bool end = e == n || w_[e].sent != w_[s].sent;
      bool no_noun = end || In(w_[e].lower, {".", ",", "?", "!", ";"}) ||
                     In(w_[e].lower, {"in", "at", "for", "near", "on", "is", "was", "and", "or",
                                      "tonight", "tomorrow", "today"});
      if (e == s + pw && !no_noun) continue;
      // A person's possessive at a sentence's end is a shop only where one goes to it
      // ("going to Alan 's ."; not "patients with Alzheimer 's .").
      const bool to_place = x.b > 0 && w_[x.b - 1].sent == w_[x.b].sent &&
                            In(w_[x.b - 1].lower, {"at", "to", "in", "from", "near"});
      if (x.type == "PERSON" && e == s + pw && !to_place) continue;
      // Nor a lone surname of a person the article names in full ("than to Trump 's .").
      if (x.type == "PERSON" && e == s + pw && x.e - x.b == 1 &&
          FullPersonNamed(*names, w_[x.b].lower))
        continue;
      for (uint32_t k = s; k < e; ++k) taken[k] = 1;
      x.e = e;
      // A place to go ("going to Del Frisco 's", "at Lord 's"), else a business.
      x.type = to_place ? "LOC" : "ORG";
    }
  }

  // The words of a possessive at word i: 1 ("'s"), 2 ("'" "s", as the tokenizer may split it)
  // or 0.
  uint32_t PossessiveWords(uint32_t i) const {
    if (w_[i].lower == "'s") return 1;
    if (w_[i].lower == "'" && i + 1 < w_.size() && w_[i + 1].lower == "s" &&
        w_[i + 1].span.begin == w_[i].span.end)
      return 2;
    return 0;
  }

  // The words of a possessive that ends right before word i: 1 ("'s"), 2 ("’" "s") or 0.
  uint32_t PossessiveEndingBefore(uint32_t i) const {
    if (i >= 1 && PossessiveWords(i - 1) == 1) return 1;
    if (i >= 2 && PossessiveWords(i - 2) == 2) return 2;
    return 0;
  }

  // Whether a person span of two or more words in names ends with the word last.
  bool FullPersonNamed(const std::vector<NameSpan>& names, const std::string& last) const {
    for (const NameSpan& y : names)
      if (y.type == "PERSON" && y.e - y.b >= 2 && w_[y.e - 1].lower == last) return true;
    return false;
  }

  static bool IsShopWord(std::string_view l) {
    return In(
        l, {"pizza",     "pizzeria", "grill",      "restaurant", "cafe",   "diner",      "bar",
            "pub",       "deli",     "bakery",     "kitchen",    "karate", "garage",     "salon",
            "bistro",    "tavern",   "steakhouse", "market",     "bbq",    "burgers",    "tacos",
            "cafeteria", "inn",      "shop",       "store",      "auto",   "barbershop", "subs"});
  }

  // A word of a party's name that also qualifies its members' roles.
  static bool PartyWord(std::string_view l) {
    return In(l, {"republican", "democratic", "democrat", "gop", "labour", "tory"});
  }
  // "the new GOP president", "the presumptive Republican nominee": still the one in office or
  // about to be (not "former").
  static bool TitleAdjective(std::string_view l) {
    return In(l, {"new", "presumptive", "incoming"});
  }
  // Whether a role noun of one to three words starts at word i ("president", "vice
  // president"; not "of", a word of "secretary of state").
  bool RoleNounAt(uint32_t i) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    for (uint32_t e = i + 1; e <= std::min(n, i + 3); ++e)
      if (w_[e - 1].sent == w_[i].sent && kb_->RoleNoun(Key(i, e))) return true;
    return false;
  }
  // "the Republican president", "the Democratic senator": a party word between "the" and a
  // role noun qualifies the role (DemonymsAndTitles reads the phrase as a title and links it
  // to the person who holds it), it names no party.
  void PartyTitles(std::vector<NameSpan>* names) const {
    if (!kb_) return;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    names->erase(std::remove_if(names->begin(), names->end(),
                                [&](const NameSpan& x) {
                                  if (x.b == 0 || x.e != x.b + 1 || x.e >= n) return false;
                                  const uint32_t the = x.b > 1 && TitleAdjective(w_[x.b - 1].lower)
                                                           ? x.b - 2
                                                           : x.b - 1;
                                  return w_[the].lower == "the" && PartyWord(w_[x.b].lower) &&
                                         w_[x.e].sent == w_[x.b].sent && !w_[x.e].upper &&
                                         RoleNounAt(x.e);
                                }),
                 names->end());
  }

  // "... DURING SURPRISE VISIT TO AFGHANISTAN": in a headline in capitals, a one-word place
  // whose every reading is a town named by an English word (Surprise, Arizona) is the word
  // when a word follows it.
  void CapsWordTowns(std::vector<NameSpan>* names) const {
    if (!kb_) return;
    names->erase(
        std::remove_if(names->begin(), names->end(),
                       [&](const NameSpan& x) {
                         // (Not before a comma: "GARLAND, TX".)
                         if (x.e != x.b + 1 || !w_[x.b].caps_sentence ||
                             (x.type != "GPE" && x.type != "LOC") || x.e >= w_.size() ||
                             w_[x.e].sent != w_[x.b].sent || !HasLetter(w_[x.e].lower))
                           return false;
                         const auto* c = kb_->Find(w_[x.b].lower);
                         if (!c) return false;
                         for (uint32_t id : *c)
                           if (kb_->entry(id).kind != KbKind::kCity || !kb_->entry(id).word)
                             return false;
                         return true;
                       }),
        names->end());
  }

  // A dateline: up to four words in capitals opening a sentence, then a date
  // ("MONTE CARLO 1996-08-30"), or then a comma, up to three capitalised words and a date
  // ("LANDGRAAF , Netherlands 1996-08-31"), names the place the story was filed from, whatever
  // the tagger or the vote said (a person, a team). Runs after VoteTypes: a team of the town
  // elsewhere in a sports report keeps its type there.
  void Datelines(std::vector<NameSpan>* names) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    bool changed = false;
    for (uint32_t i = 0; i < n; ++i) {
      if (!SentenceStart(i)) continue;
      uint32_t j = i;
      while (j < n && j - i < 4 && w_[j].sent == w_[i].sent && w_[j].caps && HasLetter(w_[j].lower))
        ++j;
      if (j == i || j >= n || w_[j].sent != w_[i].sent) continue;
      uint32_t k = j, after = j;
      if (w_[j].lower == ",") {
        k = j + 1;
        while (k < n && k - j - 1 < 3 && w_[k].sent == w_[i].sent && w_[k].upper) ++k;
        after = k;
        if (k == j + 1) continue;
      }
      if (after >= n || w_[after].sent != w_[i].sent || !IsIsoDate(w_[after].lower)) continue;
      changed |= PlaceAt(i, j, names);
      if (k > j + 1) changed |= PlaceAt(j + 1, k, names);
    }
    if (changed)
      std::sort(names->begin(), names->end(),
                [](const NameSpan& a, const NameSpan& b) { return a.b < b.b; });
  }

  static bool IsIsoDate(std::string_view l) {
    if (l.size() != 10 || l[4] != '-' || l[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
      if (l[i] < '0' || l[i] > '9') return false;
    return true;
  }

  // Words [b, e) are a place: a span over exactly them becomes GPE (a country keeps its
  // type), spans overlapping them otherwise go, and a new one is added. Returns whether the
  // list changed order.
  bool PlaceAt(uint32_t b, uint32_t e, std::vector<NameSpan>* names) const {
    for (NameSpan& x : *names) {
      if (x.b == b && x.e == e) {
        if (x.type != "GPE" && x.type != "LOC") x.type = "GPE";
        x.sure = false;
        return false;
      }
    }
    for (NameSpan& x : *names)
      if (x.b < e && b < x.e) x.e = x.b;  // dropped below
    names->erase(
        std::remove_if(names->begin(), names->end(), [](const NameSpan& x) { return x.e <= x.b; }),
        names->end());
    names->push_back({b, e, "GPE"});
    return true;
  }

  // Full person names are handled first, so that a surname seen before its full name (in a
  // headline) joins it; single words that are the surname of a full name become PERSON.
  void RetypeSurnames(std::vector<NameSpan>* names) const {
    std::unordered_map<std::string, int> surnames;
    for (const NameSpan& n : *names)
      if (n.type == "PERSON" && n.e - n.b >= 2) surnames[w_[n.e - 1].lower] = 1;
    for (NameSpan& n : *names) {
      if (n.e - n.b == 1 && n.type != "PERSON" && !n.sure && surnames.count(w_[n.b].lower) &&
          !(kb_ && kb_->Find(w_[n.b].lower) &&
            BlocksSurname(kb_->Find(w_[n.b].lower)->front(), n.b)))
        n.type = "PERSON";
    }
    // Surnames the tagger missed ("Blinken is scheduled...").
    if (!surnames.empty()) {
      std::vector<uint8_t> taken = TakenWords(*names);
      for (uint32_t i = 0; i < w_.size(); ++i)
        if (!taken[i] && w_[i].upper && !w_[i].caps_sentence && surnames.count(w_[i].lower))
          names->push_back({i, i + 1, "PERSON"});
      std::sort(names->begin(), names->end(),
                [](const NameSpan& a, const NameSpan& b) { return a.b < b.b; });
    }
    std::stable_partition(names->begin(), names->end(), [](const NameSpan& n) {
      return n.type == "PERSON" && n.e - n.b >= 2;
    });
  }

  // A knowledge-base name that stays itself even when it is the surname of a person in the
  // article, at word i: an organisation ("Ford Motor"), not a town ("Dole"); a country when the
  // word follows a preposition of place ("in Jordan"), its sentence names another country as
  // a partner ("with Iraq"), or the article names the country otherwise too, by its people or its
  // capital ("Jordanian", "Amman"); else, in an article about Rep. Jim Jordan, "Jordan criticized
  // Democrats" is the person.
  // Whether the article's text holds the canonical name of knowledge-base entry kb; one
  // search per entry and article (a surname may recur thousands of times).
  bool NamedInFull(int32_t kb) const {
    auto [it, fresh] = named_in_full_.try_emplace(kb, false);
    if (fresh) it->second = doc_->text().find(kb_->entry(kb).name) != std::string::npos;
    return it->second;
  }

  bool BlocksSurname(int32_t kb, uint32_t i) const {
    const KbEntry& x = kb_->entry(kb);
    // (A firm or group known by a short name only when the article names it in full: in an
    // article on state Sen. Scott Wagner, "Wagner accused Wolf" is the senator, not the
    // Wagner Group. A state body, a party or an international body stays itself: "the House"
    // in an article by Billy House.)
    if (x.kind == KbKind::kOrg || x.kind == KbKind::kMedia)
      return In(x.sector, {"GOV", "LEG", "JUD", "IGO", "COP", "SPY", "PTY"}) || w_[i].caps ||
             LowerKey(x.name) == w_[i].lower || NamedInFull(kb);
    if (x.kind != KbKind::kCountry) return false;
    if (i > 0 && w_[i - 1].sent == w_[i].sent &&
        In(w_[i - 1].lower, {"in", "to", "from", "into", "across", "of", "visit", "visited",
                             "visiting", "toward", "towards", "with", "and", "against"}))
      return true;
    for (uint32_t k = 0; k < w_.size(); ++k) {
      const Word& w = w_[k];
      if (w.lower == w_[i].lower) continue;
      const KbWord* d = kb_->Demonym(w.lower);
      const KbWord* seat = d ? nullptr : kb_->Seat(w.lower);
      if ((d && d->code == x.code) || (seat && seat->code == x.code)) return true;
      // ("Jordan will host talks with Iraq", "Jordan and Egypt": another country as a partner
      // in its sentence.)
      if (w.sent == w_[i].sent && w.upper && k > 0 && In(w_[k - 1].lower, {"with", "and"})) {
        const auto* other = kb_->Find(w.lower);
        if (other && kb_->entry(other->front()).kind == KbKind::kCountry) return true;
      }
    }
    return false;
  }

  bool SentenceStart(uint32_t i) const { return i == 0 || w_[i - 1].sent != w_[i].sent; }

  // Capitalised runs: the baseline recogniser when no NER model is loaded.
  void HeuristicNames(std::vector<NameSpan>* out) const {
    uint32_t n = static_cast<uint32_t>(w_.size());
    for (uint32_t i = 0; i < n;) {
      if (!w_[i].upper || w_[i].caps_sentence || IsStopCap(w_[i].lower) || !HasLetter(w_[i].lower) ||
          (kb_ && kb_->RoleNoun(w_[i].lower))) {
        ++i;
        continue;
      }
      uint32_t e = i + 1;
      while (e < n && e - i < opt_.max_name_words && w_[e].sent == w_[i].sent) {
        if (kb_ && kb_->RoleNoun(w_[e].lower)) break;  // "Wessex | Gov. | Piet Ruhl"
        if (w_[e].upper && !IsStopCap(w_[e].lower)) {
          ++e;
        } else if (IsConnector(w_[e].lower) && w_[e].lower != "'s" && e + 1 < n &&
                   w_[e + 1].upper && w_[e + 1].sent == w_[i].sent) {
          e += 2;
        } else {
          break;
        }
      }
      std::string type = GuessType(i, e);
      if (!type.empty()) out->push_back({i, e, type});
      i = e;
    }
  }

  std::string GuessType(uint32_t b, uint32_t e) const {
    if (kb_) {
      std::string key = Key(b, e);
      if (kb_->Seat(key)) return "GPE";
      if (const auto* c = kb_->Find(key)) {
        const KbEntry& x = kb_->entry(c->front());
        if (e - b == 1 && x.kind == KbKind::kRegion) return "";
        return x.type;
      }
      if (kb_->Demonym(key)) return "";
    }
    std::string_view last = w_[e - 1].lower;
    if (In(last, {"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "party", "ministry", "council",
                  "union", "bank", "agency", "committee", "association", "university",
                  "institute", "company", "group", "army", "court", "department", "commission",
                  "organization", "organisation", "assembly", "parliament", "times", "news",
                  "post", "club", "fc", "foundation", "office", "service", "forces", "front",
                  "movement", "league", "network", "press", "bureau", "board", "fund"}))
      return "ORG";
    if (e - b >= 2 && e - b <= 4) return "PERSON";
    if (e - b == 1 && !SentenceStart(b) && !w_[b].caps) return "PERSON";
    if (e - b == 1) return "?";  // a known surname at the start of a sentence, or nothing
    return "";
  }

  // Knowledge-base names the recogniser missed (longest match, capitalised first word).
  void AddKbMatches(std::vector<NameSpan>* names) const {
    if (!kb_) return;
    std::vector<uint8_t> taken = TakenWords(*names);
    uint32_t n = static_cast<uint32_t>(w_.size());
    size_t maxw = std::min<size_t>(kb_->max_words(), opt_.max_name_words);
    for (uint32_t i = 0; i < n; ++i) {
      if (taken[i] || !w_[i].upper) continue;
      uint32_t reach = KbReach(i, static_cast<uint32_t>(std::min<size_t>(n, i + maxw)));
      for (uint32_t e = reach; e > i; --e) {
        if (w_[e - 1].sent != w_[i].sent) continue;
        bool free = true;
        for (uint32_t k = i; k < e; ++k) free = free && !taken[k];
        if (!free) continue;
        std::string key = Key(i, e);
        const auto* c = kb_->Find(key);
        if (!c) {
          if (kb_->Seat(key) && !(e - i == 1 && !w_[i].caps && w_[i].lower.size() <= 3)) {
            names->push_back({i, e, "GPE"});
            for (uint32_t k = i; k < e; ++k) taken[k] = 1;
            i = e - 1;
            break;
          }
          continue;
        }
        const KbEntry& x = kb_->entry(c->front());
        // Short all-capital aliases (US, IT) must be written in capitals; regions and
        // small cities need a second word or a capitalised context to be trusted.
        if (e - i == 1 && w_[i].lower.size() <= 3 && !w_[i].caps) continue;
        if (e - i == 1 && x.kind == KbKind::kRegion && !AbbreviatedRegion(i)) continue;
        if (e - i == 1 && x.kind == KbKind::kCity && x.population < 100000 && !x.capital)
          continue;
        if (e - i == 1 && x.kind != KbKind::kCountry && !LoneKbWord(i, x)) continue;
        names->push_back({i, e, x.type});
        for (uint32_t k = i; k < e; ++k) taken[k] = 1;
        i = e - 1;
        break;
      }
    }
  }

  // The longest knowledge-base name of at least min_words words starting at word i and ending
  // by word hi whose words are all untaken, have a letter and pass `fits`: its end and entry,
  // or {i, null}. (Callers accept or reject that longest name; they do not try shorter ones.)
  template <typename Fits>
  std::pair<uint32_t, const KbEntry*> LongestKbName(uint32_t i, uint32_t hi, uint32_t min_words,
                                                    const std::vector<uint8_t>& taken,
                                                    Fits fits) const {
    for (uint32_t e = KbReach(i, hi); e >= i + min_words && e > i; --e) {
      bool ok = true;
      for (uint32_t k = i; k < e && ok; ++k) ok = !taken[k] && HasLetter(w_[k].lower) && fits(k);
      const auto* c = ok ? kb_->Find(Key(i, e)) : nullptr;
      if (c) return {e, &kb_->entry(c->front())};
    }
    return {i, nullptr};
  }

  // Web text writes places in lower case ("traveling to baguio", "in kerala", "from
  // mexico"): a country, region, city or other place of the knowledge base written all in
  // lower case right after a place preposition is a name, unless one of its names is an
  // English word (KB flag 'word': "in turkey", "to nice", "in reading") or a function word
  // ("since", a town in Colombia).
  void AddLowerCasePlaces(std::vector<NameSpan>* names) const {
    if (!kb_) return;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    // Nor is such a word in lower case that the recogniser typed a place, before a noun in
    // lower case ("cooked in turkey fat").
    names->erase(std::remove_if(names->begin(), names->end(),
                                [&](const NameSpan& x) {
                                  if (x.e != x.b + 1 || x.e >= n || w_[x.b].upper ||
                                      (x.type != "GPE" && x.type != "LOC") || w_[x.e].upper ||
                                      !HasLetter(w_[x.e].lower) || IsStopCap(w_[x.e].lower))
                                    return false;
                                  const auto* c = kb_->Find(w_[x.b].lower);
                                  return c && kb_->entry(c->front()).word;
                                }),
                 names->end());
    std::vector<uint8_t> taken = TakenWords(*names);
    const size_t maxw = std::min<size_t>(kb_->max_words(), 4);
    for (uint32_t i = 1; i < n; ++i) {
      if (taken[i] || w_[i].upper || !HasLetter(w_[i].lower) || SentenceStart(i) ||
          !In(w_[i - 1].lower,
              {"in", "to", "from", "near", "between", "visit", "visiting", "around", "outside"}))
        continue;
      const uint32_t hi = static_cast<uint32_t>(std::min<size_t>(n, i + maxw));
      auto [e, x] = LongestKbName(
          i, hi, 1, taken, [&](uint32_t k) { return !w_[k].upper && w_[k].sent == w_[i].sent; });
      if (!x || x->word || w_[i].lower.size() < 4 || IsStopCap(w_[i].lower) ||
          (x->kind != KbKind::kCountry && x->kind != KbKind::kCity && x->kind != KbKind::kRegion &&
           x->kind != KbKind::kPlace))
        continue;
      names->push_back({i, e, x->type});
      for (uint32_t k = i; k < e; ++k) taken[k] = 1;
      i = e - 1;
    }
  }

  // Web text written all in lower case ("no i do n't want it b/c of the taco bell dog"): in a
  // sentence with no capital but on its first word and "I", a knowledge-base name of two or
  // more words matched in lower case is a name (an organisation, a country or a region),
  // whatever the preposition before it; one word is too often an English word ("apple",
  // "shell"), and towns of two ("central point", "new hope") too.
  void LowerCaseSentenceNames(std::vector<NameSpan>* names) const {
    if (!kb_) return;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<uint8_t> taken = TakenWords(*names);
    const size_t maxw = std::min<size_t>(kb_->max_words(), 4);
    bool added = false;
    for (uint32_t sb = 0; sb < n;) {
      uint32_t se = sb;
      bool lower = true;
      while (se < n && w_[se].sent == w_[sb].sent) {
        if (se > sb && w_[se].upper && w_[se].lower != "i" && HasLetter(w_[se].lower))
          lower = false;
        ++se;
      }
      for (uint32_t i = sb; lower && i + 1 < se; ++i) {
        if (taken[i] || w_[i].upper || !HasLetter(w_[i].lower) || IsStopCap(w_[i].lower)) continue;
        const uint32_t hi = static_cast<uint32_t>(std::min<size_t>(se, i + maxw));
        auto [e, x] = LongestKbName(i, hi, 2, taken, [](uint32_t) { return true; });
        if (!x || x->word || x->kind == KbKind::kPerson || x->kind == KbKind::kCity) continue;
        names->push_back({i, e, x->type});
        for (uint32_t k = i; k < e; ++k) taken[k] = 1;
        added = true;
        i = e - 1;
      }
      sb = se;
    }
    if (added) SortByStart(names);
  }

  // A region abbreviated with a period after a town and a comma ("Worcester , Mass.",
  // data/kb/region_aliases.tsv): a one-word region that needs no second word.
  bool AbbreviatedRegion(uint32_t i) const {
    return i >= 2 && w_[i].lower.back() == '.' && w_[i - 1].lower == "," && w_[i - 2].upper &&
           w_[i - 2].sent == w_[i].sent;
  }

  // Whether one word that the tagger left out and that the KB knows (x, not a country) is a
  // name of its own: not a short word in a capitals line ("IS", "WHO" in "SHE IS THE BEST"),
  // not a part of a longer capitalised name ("Mobile Phone Exchange", "Palestine Contemporary
  // Art", "Ghulam Mohiuddin Lone"; club, company and title words do not count: "Manchester
  // United", "U.N. Ambassador"), not a town other than a capital opening a sentence of prose
  // ("Nice people"; "Colchester 9 3" in a sports table is one).
  bool LoneKbWord(uint32_t i, const KbEntry& x) const {
    if (w_[i].caps_sentence) return w_[i].lower.size() > 3;
    auto capital = [&](uint32_t k) {
      return k < w_.size() && w_[k].sent == w_[i].sent && w_[k].upper && HasLetter(w_[k].lower) &&
             !IsStopCap(w_[k].lower) && OrgWordKind(w_[k].lower) == 0 &&
             !(kb_ && kb_->IsRoleWord(w_[k].lower));
    };
    if (capital(i + 1) || (i > 0 && capital(i - 1) && !SentenceStart(i - 1))) return false;
    // A town or region is not an acronym ("ENA", "IS") nor after "the" ("the City of").
    bool place = x.kind == KbKind::kCity || x.kind == KbKind::kRegion;
    if (place && ((w_[i].caps && w_[i].lower.size() <= 3) ||
                  (i > 0 && w_[i - 1].lower == "the" && w_[i - 1].sent == w_[i].sent)))
      return false;
    bool prose = i + 1 < w_.size() && w_[i + 1].sent == w_[i].sent && !w_[i + 1].upper &&
                 HasLetter(w_[i + 1].lower);
    return !(SentenceStart(i) && prose && x.kind == KbKind::kCity && !x.capital);
  }

  // The end of the longest n-gram [i, e <= hi) that is a KB name or seat; words past it
  // cannot start a longer one (KnowledgeBase::ExtendsToPhrase). i when there is none.
  uint32_t KbReach(uint32_t i, uint32_t hi) const {
    uint32_t reach = i;
    std::string& key = scratch_key_;
    key.clear();
    for (uint32_t e = i + 1; e <= hi; ++e) {
      if (e > i + 1) key.push_back(' ');
      key += w_[e - 1].lower;
      if (kb_->Find(key) || kb_->Seat(key)) reach = e;
      if (!kb_->ExtendsToPhrase(key)) break;
    }
    return reach;
  }

  std::string Key(uint32_t b, uint32_t e) const {
    std::string k;
    for (uint32_t i = b; i < e; ++i) {
      if (i > b) k.push_back(' ');
      k += w_[i].lower;
    }
    return k;
  }

  // ---- names ----------------------------------------------------------------------------------

  // A person's title, then capitalised words that name no known place or building: "President
  // Trump" in "vote for President Trump", which the recogniser can type as a place.
  bool TitledName(const NameSpan& n) const {
    if (!kb_ || n.e - n.b < 2 || !kb_->IsRoleWord(w_[n.b].lower)) return false;
    uint32_t b = n.b + 1;
    while (b + 1 < n.e && kb_->IsRoleWord(w_[b].lower)) ++b;  // "Prime Minister X"
    for (uint32_t i = b; i < n.e; ++i)
      if (!w_[i].upper) return false;
    return !IsFacilityWord(w_[n.e - 1].lower) && !NamedPlace(b, n.e) &&
           !kb_->Seat(Key(b, n.e)) && !kb_->Find(Key(n.b, n.e));
  }

  // The person entity with the latest mention that begins before byte `at`, or -1.
  int32_t LastPersonBefore(uint32_t at) const {
    int32_t best = -1;
    uint32_t best_at = 0;
    for (size_t i = 0; i < ents_.size(); ++i) {
      if (ents_[i].type != "PERSON") continue;
      for (uint32_t m : ents_[i].mentions) {
        const uint32_t s = doc_->mentions[m].span.begin;
        if (s < at && (best < 0 || s >= best_at)) {
          best = static_cast<int32_t>(i);
          best_at = s;
        }
      }
    }
    return best;
  }

  // A US legislator or governor on the article's date, by the knowledge base or a title (a
  // state's party member: not the president).
  bool UsPolitician(const Ent& x) const {
    auto fits = [](const std::string& sector, const std::string& role) {
      return sector == "LEG" || role == "governor" || role == "lieutenant governor";
    };
    if (x.kb >= 0) {
      const KbRole* r = KnowledgeBase::RoleOn(kb_->entry(x.kb), date_);
      return r && r->code == "USA" && fits(r->sector, r->role);
    }
    return x.actor && x.actor->code == "USA" && fits(x.actor->sector, x.role);
  }

  // A name that is a place and a party member ("Sen. Rand Paul, Kentucky Republican,"; not
  // "Senate Republicans", a body): after a comma or "the", a description of a politician,
  // set aside for PartyDescriptors (true); otherwise *n becomes the place alone.
  bool StateAndParty(NameSpan* n) {
    if (!kb_ || n->type == "PERSON" || n->e - n->b < 2 ||
        !In(w_[n->e - 1].lower, {"republican", "democrat", "republicans", "democrats"}) ||
        kb_->Find(Key(n->b, n->e)))
      return false;
    const KbEntry* place = NamedPlace(n->b, n->e - 1);
    if (n->e - n->b == 2 && !place) place = PlaceOfKinds(w_[n->b].lower, {KbKind::kRegion});
    if (!place || (place->kind != KbKind::kCountry && place->kind != KbKind::kRegion &&
                   place->kind != KbKind::kCity))
      return false;
    if (w_[n->e - 1].lower.back() != 's' && n->b >= 1 && In(w_[n->b - 1].lower, {",", "the"})) {
      pending_descriptors_.push_back({n->b, n->e});
      return true;
    }
    n->e -= 1;
    n->type = "GPE";
    return false;
  }

  // The descriptions StateAndParty set aside, once every name has its entity (names are not
  // handled in text order), in text order; one with no person is the place alone.
  void PartyDescriptors() {
    std::sort(pending_descriptors_.begin(), pending_descriptors_.end());
    // Each look-up reads every mention: a budget of them per article (then places alone).
    constexpr size_t kMaxDescriptors = 64;
    for (size_t i = 0; i < pending_descriptors_.size(); ++i) {
      const auto [b, e] = pending_descriptors_[i];
      if (i >= kMaxDescriptors || !PartyDescriptor(b, e)) HandlePlace({b, e - 1, "GPE"});
    }
  }

  // Words [b, e) are the place and the party word. The description is a title mention of the
  // person named just before its comma; "the" description one of the person it described
  // before, else of the article's only US legislator or governor named so far if that person
  // is also the one named last. False (nothing added) when there is no such person.
  bool PartyDescriptor(uint32_t b, uint32_t e) {
    const std::string key = Key(b, e);
    int32_t who = -1;
    uint32_t from = b;
    if (b >= 2 && w_[b - 1].lower == "," && w_[b - 2].sent == w_[b].sent) {
      // (Mentions are not in text order: every one is looked at.)
      for (size_t k = doc_->mentions.size(); k-- > 0 && who < 0;) {
        const Mention& m = doc_->mentions[k];
        if (m.span.end == w_[b - 2].span.end && ents_[m.entity].type == "PERSON") who = m.entity;
      }
    } else if (b >= 1 && w_[b - 1].lower == "the" && w_[b - 1].sent == w_[b].sent) {
      from = b - 1;
      if (auto it = party_descriptors_.find(key); it != party_descriptors_.end()) {
        who = it->second;
      } else {
        for (size_t i = 0; i < ents_.size(); ++i) {
          const Ent& x = ents_[i];
          if (x.type != "PERSON" || !UsPolitician(x) || MentionsBefore(x, w_[b].span.begin) == 0)
            continue;
          if (who >= 0) return false;  // two of them: which one is unknown
          who = static_cast<int32_t>(i);
        }
        // ... and the person named last ("Mr. Ryan ... The Wisconsin Republican" is no other).
        if (who >= 0 && LastPersonBefore(w_[b].span.begin) != who) return false;
      }
    }
    if (who < 0) return false;
    party_descriptors_.emplace(key, who);
    AddMention(who, from, e, MentionKind::kTitle, std::nullopt);
    return true;
  }

  void HandleName(NameSpan n) {
    if (n.e <= n.b) return;
    if (n.e - n.b > opt_.max_name_words) n.e = n.b + static_cast<uint32_t>(opt_.max_name_words);
    // A name starts with a letter-bearing word and is not punctuation or a possessive.
    if (!HasLetter(w_[n.b].lower) || !HasLetter(w_[n.e - 1].lower) || w_[n.b].lower == "'s")
      return;
    if (n.type == "NORP" && !w_[n.b].upper) return;
    if (StateAndParty(&n)) return;
    if (n.type != "PERSON" && n.type != "NORP" && CompoundAdjective(n)) return;
    if ((n.type == "GPE" || n.type == "LOC") && NationalityAdjective(n)) n.type = "NORP";
    // "MINISTRY" in a capitals headline is a body, found by Bodies(), not a name.
    if (kb_ && (n.type == "PERSON" || (n.type == "ORG" && n.e - n.b <= 2) || w_[n.b].caps_sentence) &&
        !kb_->Find(Key(n.b, n.e)) &&
        BodyAt(n.b, n.e))
      return;
    if (n.type == "?") {
      if (MatchPerson(n.b, n.e) >= 0) HandlePerson(n);
      return;
    }
    if ((n.type == "GPE" || n.type == "LOC") && (TitledName(n) || SurnameOfNamedPerson(n)))
      n.type = "PERSON";
    if (n.type == "PERSON") {
      HandlePerson(n);
    } else if (n.type == "GPE" || n.type == "LOC" || n.type == "FAC") {
      HandlePlace(n);
    } else if (n.type == "ORG") {
      HandleOrg(n);
    } else if (n.type == "NORP") {
      HandleNorp(n);
    } else if (n.type == "PRODUCT") {
      HandleProduct(n);
    } else {
      AddToNew(n.b, n.e, MentionKind::kName, n.type, -1, std::nullopt);
    }
  }

  // A product (ProductNames: "his Twitter account", "Adobe Acrobat Reader") is an entity of
  // its own that keeps the actor of the company the KB knows by its name or first words
  // (USA BUS): the article still names a US company, and the company's other mentions stay
  // the company.
  void HandleProduct(const NameSpan& n) {
    std::optional<ActorRef> maker;
    for (uint32_t e = n.e; kb_ && e > n.b && !maker; --e) {
      const auto* c = kb_->Find(Key(n.b, e));
      if (!c) continue;
      const KbEntry& k = kb_->entry(c->front());
      if ((k.kind == KbKind::kOrg || k.kind == KbKind::kMedia) && !k.code.empty())
        maker = ActorRef{k.code, k.sector, k.id, ""};
    }
    AddToNew(n.b, n.e, MentionKind::kName, "PRODUCT", -1, maker);
  }

  // A place or organisation glued by a dash to a word in lower case is part of an adjective
  // ("New York-based", "Moscow-backed", "U.S.-led", "Hong Kong-listed"), not a name: a
  // knowledge-base name stays a nominal mention of its entity (the actor is kept), another
  // is dropped. Returns whether n was handled so.
  bool CompoundAdjective(const NameSpan& n) {
    const uint32_t d = n.e;
    if (d + 1 >= w_.size() || w_[d].lower != "-" || !Glued(d - 1, d) || !Glued(d, d + 1) ||
        w_[d + 1].upper || !HasLetter(w_[d + 1].lower) || IsNameParticle(w_[d + 1].lower))
      return false;
    if (n.b > 0 && w_[n.b - 1].lower == "-" && Glued(n.b - 1, n.b)) return false;  // "a-New York-b"
    int32_t kb = LookupKb(n.b, n.e, KbKind::kCountry);
    if (kb_ && kb_->Seat(Key(n.b, n.e))) kb = kb_->ByCode(kb_->Seat(Key(n.b, n.e))->code);
    if (kb >= 0) {  // "Kremlin-backed": Russia; a city keeps the article's spelling
      int32_t ent = EntityOfKb(kb);
      const bool city = kb_->entry(kb).kind == KbKind::kCity;
      if (ent < 0)
        ent = NewEntity(kb_->entry(kb).type, city ? Surface(n.b, n.e) : kb_->entry(kb).name, kb);
      AddMention(ent, n.b, n.e, MentionKind::kNominal, std::nullopt);
    }
    return true;
  }

  // One word typed as a place that is an adjective before a noun in lower case: a demonym
  // ("Thai officials", also a town's name) or an unknown word with a demonym's ending
  // ("Zairean troops"). Not after "the" ("the Mediterranean coast").
  bool NationalityAdjective(const NameSpan& n) const {
    if (n.e - n.b != 1 || n.e >= w_.size() || w_[n.e].sent != w_[n.b].sent || w_[n.e].upper ||
        !HasLetter(w_[n.e].lower) || w_[n.b].caps_sentence || !kb_ ||
        (n.b > 0 && w_[n.b - 1].lower == "the"))
      return false;
    const std::string& l = w_[n.b].lower;
    if (kb_->Demonym(l))
      return !kb_->Find(l) || kb_->entry(kb_->Find(l)->front()).kind != KbKind::kCountry;
    auto ends = [&](std::string_view suf) {
      return l.size() > suf.size() + 2 && l.compare(l.size() - suf.size(), suf.size(), suf) == 0;
    };
    return !kb_->Find(l) && (ends("ean") || ends("ian") || ends("ese") || ends("ish"));
  }

  // Title words before a name: "French President", "U.S. Secretary of State", "The EU's
  // foreign policy chief", "Russia's Foreign Minister". Returns the first word of the role.
  uint32_t RoleStart(uint32_t b) const {
    if (!kb_) return b;
    uint32_t i = b;
    bool role_word = false;
    while (i > 0 && b - i < 8 && w_[i - 1].sent == w_[b].sent) {
      const std::string& l = w_[i - 1].lower;
      if (uint32_t k = PlaceBefore(i); k > 1) {  // "New Jersey Gov.", "South Korean"
        i -= k - 1;
      } else if (PossessiveEndingBefore(i) == 2) {  // "Norway’s" split as "’" "s"
        --i;
      } else if (kb_->IsRoleWord(l)) {
        role_word = true;
      } else if (role_word && RoleQualifier(l)) {
        // "White House national security adviser": words that qualify the role after it
      } else if (w_[i - 1].upper && !SurnameCountry(l).empty()) {
        // "Obama adviser Valerie Jarrett": the adviser of a known person
      } else if (kb_->Demonym(l) || kb_->Seat(l) || l == "'s" || l == "of" ||
                 (w_[i - 1].upper && TitlePlace(l) != nullptr)) {  // not "is", a small place
      } else {
        break;
      }
      --i;
    }
    while (i < b && (w_[i].lower == "of" || PossessiveWords(i) > 0))
      i += std::max<uint32_t>(1, PossessiveWords(i));
    return role_word ? std::min(i, b) : b;
  }

  // A lower-case word that qualifies a role noun after it ("national security adviser",
  // "senior policy adviser") without being one.
  static bool RoleQualifier(std::string_view l) {
    return In(l, {"national", "economic", "senior", "top", "foreign", "policy", "deputy"}) ||
           KnowledgeBase::IsPortfolioWord(l);
  }

  // The one country of all knowledge-base people with this surname ("obama": USA), or "": not
  // for a name of a country, region or organisation ("Jordan's King Abdullah") or a role word
  // ("King", "General").
  std::string SurnameCountry(const std::string& lower) const {
    const std::vector<uint32_t>* people = kb_->PeopleBySurname(lower);
    if (!people || kb_->IsRoleWord(lower)) return "";
    if (const auto* c = kb_->Find(lower))
      for (uint32_t i : *c) {
        const KbKind k = kb_->entry(i).kind;
        if (k == KbKind::kCountry || k == KbKind::kRegion || k == KbKind::kOrg ||
            k == KbKind::kMedia)
          return "";
      }
    std::string code;
    for (uint32_t p : *people) {
      const std::string& c = kb_->entry(p).code;
      if (c.empty() || (!code.empty() && c != code)) return "";
      code = c;
    }
    return code;
  }

  // The role phrase's sector, role and country in words [b, e).
  struct RoleInfo {
    std::string code, sector, role;
    char gender = 0;
    bool found = false;
    // An organisation named in the phrase gave the code ("Heritage Foundation President"): the
    // role is the organisation's, in its sector, and no head of state's.
    bool of_org = false;
  };

  // "Paul Manafort, President Donald Trump's former campaign chairman,", "Danny Danon, Israel's
  // UN ambassador,": a person without a country of their own takes the role that follows the
  // name between commas, and its country (the possessor's, or a place or demonym in it).
  void AppositiveRoles() {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    NamesByBegin names;  // the name mentions by their first byte
    for (uint32_t i = 0; i < doc_->mentions.size(); ++i) {
      const Mention& m = doc_->mentions[i];
      if (m.entity >= 0 && m.kind == MentionKind::kName) names.emplace(m.span.begin, i);
    }
    for (Ent& x : ents_) {
      if (x.type != "PERSON" || x.kb >= 0 || (x.actor && !x.actor->code.empty())) continue;
      for (uint32_t mi : x.mentions) {
        const Mention& m = doc_->mentions[mi];
        if (m.kind != MentionKind::kName) continue;
        const uint32_t e = WordAt(m.span.end);  // the word after the name
        if (e + 1 >= n || w_[e].lower != "," || w_[e + 1].sent != w_[e].sent) continue;
        RoleInfo ri = AppositiveRole(e + 1, names);
        if (!ri.found || ri.code.empty()) continue;
        if (x.role.empty()) x.role = ri.role;
        x.role_code = ri.code;
        x.actor = ActorRef{ri.code, ri.sector, "", ri.role};
        break;
      }
    }
  }

  // The role of an appositive that starts at word b and ends at a comma, a full stop or a
  // closing bracket within ten words ("the French foreign minister", "Trump's former campaign
  // chairman", "a George W. Bush administration official"), or nothing found. Lower-case words
  // are role words or a few that qualify one ("who is running for president" is no title).
  using NamesByBegin = std::unordered_map<uint32_t, uint32_t>;  // first byte -> mention
  RoleInfo AppositiveRole(uint32_t b, const NamesByBegin& names) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    uint32_t end = b;
    constexpr uint32_t kMaxWords = 10;  // eight, and a possessive split in three
    while (end < n && end < b + kMaxWords && w_[end].sent == w_[b].sent &&
           !In(w_[end].lower, {",", ".", ";", ")", "\xE2\x80\x94"}))
      ++end;
    if (end == b || end >= n || end == b + kMaxWords || w_[end].sent != w_[b].sent) return {};
    if (!kb_->RoleNoun(w_[end - 1].lower)) return {};  // the phrase ends with its role noun
    RoleInfo ri;
    bool campaign = false;  // a campaign's role, not a firm's ("campaign chairman"): PTY
    uint32_t role_end = b;  // the end of the role phrase read so far; a later one replaces it
    for (uint32_t k = b; k < end;) {
      const std::string& l = w_[k].lower;
      // A person or organisation named in the phrase gives its country ("Trump's", "a Bush
      // administration official").
      if (auto it = names.find(w_[k].span.begin); it != names.end() && w_[k].upper) {
        const Mention& m = doc_->mentions[it->second];
        if (ri.code.empty()) ri.code = EntityCode(m.entity);
        k = WordAt(m.span.end);
        continue;
      }
      campaign = campaign || l == "campaign";
      if (const uint32_t pw = PossessiveWords(k); pw > 0) {  // "Israel's", "Trump’s"
        k += pw;
        continue;
      }
      if (!w_[k].upper && !kb_->IsRoleWord(l) && !RoleQualifier(l) &&
          !In(l,
              {"the", "a", "an", "former", "longtime", "chief", "press", "campaign", "state", "of",
               "retired", "acting", "then", "federal", "special", "assistant", "administration"}))
        return {};
      if (w_[k].upper && ri.code.empty()) {
        if (const std::string c = SurnameCountry(l); !c.empty()) {
          ri.code = c;
        } else if (const KbWord* d = kb_->Demonym(l)) {
          ri.code = d->code;
        } else if (const KbWord* seat = kb_->Seat(l)) {
          ri.code = seat->code;
        } else if (const KbEntry* place = TitlePlace(l)) {
          ri.code = place->code;
        }
      }
      for (uint32_t j = std::min<uint32_t>(end, k + 5); j > k; --j) {
        if (const KbWord* t = kb_->RoleNoun(Key(k, j))) {
          if (!ri.found || k >= role_end) {
            ri.sector = t->sector;
            ri.role = t->role;
            ri.gender = t->gender;
            ri.found = true;
            role_end = j;
          }
          break;
        }
      }
      ++k;
    }
    if (campaign) ri.sector = "PTY";
    return ri;
  }

  // An entity's country: its actor's code, else its knowledge-base entry's, else "".
  std::string EntityCode(int32_t ent) const {
    const Ent& y = ents_[ent];
    if (y.actor && !y.actor->code.empty()) return y.actor->code;
    return y.kb >= 0 ? kb_->entry(y.kb).code : "";
  }

  // Whether the US has more entity mentions in the article than any other country.
  bool UsMajority() const {
    std::map<std::string, size_t> mentions;
    for (const Ent& x : ents_) {
      std::string code = x.actor ? x.actor->code : "";
      if (code.empty() && x.kb >= 0) code = kb_->entry(x.kb).code;
      if (!code.empty()) mentions[code] += x.mentions.size();
    }
    const size_t us = mentions["USA"];
    if (us == 0) return false;
    for (const auto& [code, n] : mentions)
      if (code != "USA" && n >= us) return false;
    return true;
  }

  // "Conservatives praised the rollback" in an American article: the plural of a word of
  // politics that is also the name of a British party is the Americans it describes, not
  // that party (which keeps "Conservative Party" and "Tories").
  void GenericForeignParties(bool us_majority) {
    if (!us_majority) return;
    for (Ent& x : ents_) {
      if (x.kb < 0 || x.mentions.empty() || kb_->entry(x.kb).code == "USA" ||
          kb_->entry(x.kb).sector != "PTY")
        continue;
      bool generic = true;
      for (uint32_t m : x.mentions)
        generic = generic && LowerKey(doc_->Surface(doc_->mentions[m].span)) == "conservatives";
      if (!generic) continue;
      by_kb_.erase(x.kb);
      x.kb = -1;
      x.actor.reset();
    }
  }

  // "Rep. Bennie G. Thompson, Mississippi Democrat": a senator, legislator or governor whose
  // title names no country is American in an article whose most mentioned country is the US.
  void UsLegislatorsAndGovernors(bool us_majority) {
    if (!us_majority) return;
    for (Ent& x : ents_)
      if (x.type == "PERSON" && x.kb < 0 && x.actor && x.actor->code.empty() &&
          In(x.role, {"senator", "legislator", "governor", "lieutenant governor"})) {
        x.actor->code = "USA";
        x.role_code = "USA";
      }
  }

  // "Trump's spokesman Hogan Gidley", "Google's spokeswoman Jane Roe": a role held for the
  // person or organisation named right before "'s" is of its country, and an organisation's
  // spokesperson is of its sector. Run when all names, surnames included, have their mentions.
  void PossessedRoles() {
    if (possessed_roles_.empty()) return;
    std::unordered_multimap<uint32_t, uint32_t> by_end;  // end byte -> mention
    for (uint32_t i = 0; i < doc_->mentions.size(); ++i)
      by_end.emplace(doc_->mentions[i].span.end, i);
    for (const auto& [ent, end] : possessed_roles_) {
      Ent& holder = ents_[ent];
      if (!holder.actor || !holder.actor->code.empty()) continue;
      std::vector<uint32_t> ending;
      for (auto [it, last] = by_end.equal_range(end); it != last; ++it)
        ending.push_back(it->second);
      std::sort(ending.begin(), ending.end());  // in text order, as a scan finds them
      for (uint32_t mi : ending) {
        const Mention& m = doc_->mentions[mi];
        if (m.entity < 0 || m.entity == ent) continue;
        const Ent& x = ents_[m.entity];
        if (x.type != "PERSON" && x.type != "ORG") break;
        const std::string code = EntityCode(m.entity);
        if (code.empty()) break;
        holder.actor->code = code;
        holder.role_code = code;
        std::string sector = x.actor ? x.actor->sector : "";
        if (sector.empty() && x.kb >= 0) sector = kb_->entry(x.kb).sector;
        if (x.type == "ORG" && !sector.empty()) holder.actor->sector = sector;
        break;
      }
    }
  }
  // The countries the article names (country names and demonyms, capitalised), to choose
  // between places of the same name in titles.
  void ArticleCountries() {
    article_codes_.clear();
    if (!kb_) return;
    auto add = [&](const std::string& code) {
      if (!code.empty() && !InArticle(code)) article_codes_.push_back(code);
    };
    for (uint32_t i = 0; i < w_.size() && article_codes_.size() < 64; ++i) {
      if (!w_[i].upper) continue;
      if (const KbWord* d = kb_->Demonym(w_[i].lower)) add(d->code);
      for (uint32_t e = i + 1; e <= std::min<uint32_t>(i + 3, w_.size()); ++e) {
        const auto* c = kb_->Find(Key(i, e));
        if (c && kb_->entry(c->front()).kind == KbKind::kCountry) add(kb_->entry(c->front()).code);
      }
    }
  }

  bool InArticle(const std::string& code) const {
    return std::find(article_codes_.begin(), article_codes_.end(), code) != article_codes_.end();
  }

  // The country, organisation, region or city that a one-word key names in a title, or null:
  // one of a country the article names first ("Montana Sen." in a US story is the state, not
  // the Bulgarian province), then in that order of kinds.
  const KbEntry* TitlePlace(const std::string& l) const {
    return PlaceOfKinds(l, {KbKind::kCountry, KbKind::kOrg, KbKind::kRegion, KbKind::kCity});
  }

  // The entry of the first of `kinds` that a one-word key names, one of a country the
  // article names first, or null.
  const KbEntry* PlaceOfKinds(const std::string& l, std::initializer_list<KbKind> kinds) const {
    const auto* c = kb_->Find(l);
    if (!c) return nullptr;
    for (bool in_article : {true, false})
      for (KbKind want : kinds)
        for (uint32_t i : *c) {
          const KbEntry& x = kb_->entry(i);
          if (x.kind == want && (!in_article || InArticle(x.code))) return &x;
        }
    return nullptr;
  }

  // The country, region, city or organisation that words [b, e) name, or null.
  const KbEntry* NamedPlace(uint32_t b, uint32_t e) const {
    const auto* c = kb_->Find(Key(b, e));
    if (!c) return nullptr;
    const KbEntry& x = kb_->entry(c->front());
    bool place = x.kind != KbKind::kPerson && x.kind != KbKind::kMedia && x.kind != KbKind::kPlace;
    return place ? &x : nullptr;
  }

  // The length in words (2 to 4) of a country, region, city or organisation name, or of a seat
  // of power ("White House Press Secretary"), that ends just before word e, or 0.
  uint32_t PlaceBefore(uint32_t e) const {
    for (uint32_t k = std::min<uint32_t>(4, e); k >= 2; --k) {
      if (w_[e - k].sent != w_[e - 1].sent) continue;
      if (NamedPlace(e - k, e) || kb_->Seat(Key(e - k, e))) return k;
    }
    return 0;
  }

  RoleInfo ReadRole(uint32_t b, uint32_t e) const {
    RoleInfo r;
    if (!kb_) return r;
    const KbEntry* title_place = nullptr;  // a one-word place that gave the code, and its word
    uint32_t title_word = 0;
    const KbEntry* org = nullptr;  // an organisation that gave the code
    for (uint32_t i = b; i < e; ++i) {
      // A place of several words gives the country ("New Jersey" is USA, not Jersey).
      for (uint32_t j = std::min<uint32_t>(e, i + 4); j > i + 1 && r.code.empty(); --j) {
        if (const KbWord* seat = kb_->Seat(Key(i, j))) {
          r.code = seat->code;
          i = j - 1;
        } else if (const KbEntry* x = NamedPlace(i, j)) {
          r.code = x->code;
          org = x->kind == KbKind::kOrg ? x : nullptr;
          i = j - 1;
        }
      }
      // "Obama adviser" (not Obama, Japan): the country of the known people of that surname.
      if (const std::string c = w_[i].upper ? SurnameCountry(w_[i].lower) : ""; !c.empty()) {
        if (r.code.empty()) r.code = c;
        continue;
      }
      if (const KbWord* d = kb_->Demonym(w_[i].lower); d && r.code.empty()) r.code = d->code;
      if (const KbWord* seat = kb_->Seat(w_[i].lower); seat && r.code.empty()) r.code = seat->code;
      // (A town is not named by a word of a role phrase: "Police Chief" is no chief of Police,
      // Poland; "Treasury Secretary" is the US Treasury's.)
      const KbEntry* place = TitlePlace(w_[i].lower);
      if (place && place->kind == KbKind::kCity && kb_->IsRoleWord(w_[i].lower)) place = nullptr;
      // (Nor by a headline's function word: "How Popular Is President Trump" is not Islamic
      // State's president; "IS leader" is.)
      if (place && place->kind == KbKind::kOrg && IsStopCap(w_[i].lower) &&
          !(w_[i].caps && !w_[i].caps_sentence))
        place = nullptr;
      if (place && r.code.empty()) {
        r.code = place->code;
        title_place = place;
        title_word = i;
        if (place->kind == KbKind::kOrg) org = place;
      }
      for (uint32_t j = std::min<uint32_t>(e, i + 5); j > i; --j) {
        if (const KbWord* t = kb_->RoleNoun(Key(i, j))) {
          if (!r.found || j - i > 1) {
            r.sector = t->sector;
            r.role = t->role;
            r.gender = t->gender;
            r.found = true;
          }
          break;
        }
      }
    }
    // A governor, mayor or legislator holds a region's or a town's office: "Georgia Gov. Brian
    // Kemp" and "Georgia Rep. Doug Collins" are the US state's, not the country's, when the
    // knowledge base knows both.
    if (title_place && title_place->kind == KbKind::kCountry &&
        In(r.role, {"governor", "lieutenant governor", "mayor", "senator", "legislator"}))
      if (const KbEntry* local =
              PlaceOfKinds(w_[title_word].lower, {KbKind::kRegion, KbKind::kCity}))
        r.code = local->code;
    // A party before an office of state is the holder's affiliation ("Republican Sen. Tom
    // Cotton" is a legislator, "Republican Gov. Kay Ivey" a governor); only a party's own
    // offices ("Labour leader", "RNC Chairwoman", "GOP strategist") are the party's.
    if (org && org->sector == "PTY" &&
        !In(r.role, {"leader", "chairman", "head", "spokesperson", "official", "nominee",
                     "front-runner", "activist", "adviser", "chief", "chief of staff"}))
      org = nullptr;
    if (r.found && org) {
      r.of_org = true;
      // (A role of its own sector stays: "MIT Police Officer" is police.)
      if (!org->sector.empty() && In(r.sector, {"GOV", "BUS", "CVL"})) r.sector = org->sector;
    }
    return r;
  }

  // A seat of power named as a body ("State Department", "Foreign Office") is an organisation,
  // not a place, when it does not act: "the State Department" was LOC.
  static bool SeatIsBody(const std::string& key) {
    size_t sp = key.rfind(' ');
    return sp != std::string::npos && OrgWordKind(key.substr(sp + 1)) == 'o';
  }

  // A seat of power the recogniser typed as a person or organisation ("White House").
  bool IsSeatOnly(const NameSpan& n) const {
    if (!kb_) return false;
    uint32_t b = n.b + (w_[n.b].lower == "the" && n.e - n.b > 1 ? 1 : 0);
    std::string key = Key(b, n.e);
    if (!kb_->Seat(key) || SeatIsBody(key)) return false;
    const auto* c = kb_->Find(key);
    return c == nullptr || kb_->entry(c->front()).kind != KbKind::kPerson;
  }

  void HandlePerson(NameSpan n) {
    if (!n.sure && IsSeatOnly(n)) {
      HandlePlace({n.b, n.e, "GPE"});
      return;
    }
    // "MINISTRY" in a capitals headline is a body, found by Bodies(), not a person.
    // Role words the recogniser included ("President Macron") move to the role span.
    const uint32_t span_b = n.b;
    while (n.e - n.b > 1 && kb_ &&
           (kb_->IsRoleWord(w_[n.b].lower) || kb_->Demonym(w_[n.b].lower) ||
            w_[n.b].lower == "the"))
      ++n.b;
    CountriesInRole(span_b, n.b);
    uint32_t rb = RoleStart(n.b);
    std::optional<Span> role;
    RoleInfo ri;
    if (rb < n.b) {
      role = Span{w_[rb].span.begin, w_[n.b - 1].span.end};
      ri = ReadRole(rb, n.b);
    }
    int32_t kb = LookupKb(n.b, n.e, KbKind::kPerson);
    // "the Crown Prince of Abu Dhabi": a title's place, not the titled person.
    const bool after_of = rb < n.b && w_[n.b - 1].lower == "of";
    if (kb < 0 && kb_ && (rb == n.b || after_of)) {
      if (const auto* c = kb_->Find(Key(n.b, n.e))) {
        KbKind k = kb_->entry(c->front()).kind;
        // ("Mr. Bloomberg" is a person, not the news agency.)
        // (Nor is "Wagner" after "Scott Wagner" the Wagner Group, unless the article names
        // that in full: BlocksSurname.)
        const bool surname = n.e - n.b == 1 && NamedPersonWithSurname(w_[n.b].lower) &&
                             !BlocksSurname(c->front(), n.b);
        if ((k == KbKind::kOrg || k == KbKind::kMedia) && HonorificAt(n.b) == 0 && !surname)
          return HandleOrg({n.b, n.e, "ORG"});
        // A town named like a person of the article is that person ("Warren" after "Elizabeth
        // Warren" is not Warren, Michigan) unless "in" or "at" says otherwise; a country stays
        // itself ("Jordan") unless it speaks as a person of the article ("Jordan said") or the
        // article names a person so and not the country otherwise (BlocksSurname).
        const bool located = n.b > 0 && In(w_[n.b - 1].lower, {"in", "at", "near", "outside"});
        if ((k == KbKind::kCountry && !SurnameOfNamedPerson(n) &&
             (BlocksSurname(c->front(), n.b) || !NamedPersonWithSurname(w_[n.b].lower))) ||
            (k == KbKind::kCity && kb_->entry(c->front()).population > 100000 &&
             (located || MatchPerson(n.b, n.e) < 0)))
          return HandlePlace({n.b, n.e, "GPE"});
      }
      if (DemonymOnly(Key(n.b, n.e))) return HandleNorp({n.b, n.e, "NORP"});
    }
    if (ShortFunctionWord(n.b, n.e)) return;
    int32_t ent = -1;
    if (kb >= 0) ent = EntityOfKb(kb);
    if (ent < 0) ent = MatchPerson(n.b, n.e);
    if (ent < 0) {
      ent = NewEntity("PERSON", Surface(n.b, n.e), kb);
      ents_[ent].first_word = w_[n.b].lower;
      ents_[ent].last_word = w_[n.e - 1].lower;
    } else if (n.e - n.b > 1 && ents_[ent].name.find(' ') == std::string::npos) {
      ents_[ent].name = Surface(n.b, n.e);  // a surname seen first, then the full name
      ents_[ent].first_word = w_[n.b].lower;
    }
    // "Rep. Doug Collins, R-Ga.," / "Bernie Sanders (I-Vt.)": a member of the US Congress.
    if (PartyStateTagAfter(n.e)) {
      if (ri.code.empty()) ri.code = "USA";
      if (!ri.found) ri = RoleInfo{ri.code, "LEG", "legislator", 0, true};
      // ("Senate Intelligence Chairman Richard Burr (R-N.C.)" chairs a committee, not a firm.)
      if (!In(ri.sector, {"GOV", "LEG", "JUD", "MIL"})) ri.sector = "LEG";
    }
    Ent& x = ents_[ent];
    // "Mr. Clinton" is a man: a later "Mrs. Clinton" is someone else (MatchPerson).
    if (const char g = HonorificAt(n.b); !x.gender && (g == 'm' || g == 'f')) x.gender = g;
    if (ri.found && x.role.empty()) {
      x.role = ri.role;
      x.role_code = ri.code;
      x.former = rb > 0 && In(w_[rb - 1].lower, {"former", "ex", "late"});
      x.org_role = ri.of_org;
      if (!x.gender) x.gender = ri.gender;
      if (x.kb < 0) x.actor = ActorRef{ri.code, ri.sector, "", ri.role};
      if (const uint32_t pw = PossessiveEndingBefore(rb);
          x.kb < 0 && ri.code.empty() && pw > 0 && rb > pw)
        possessed_roles_.push_back({ent, w_[rb - pw - 1].span.end});
    }
    AddMention(ent, n.b, n.e, MentionKind::kName, role);
  }

  // "Jim Jordan (R-Ohio) ... Jordan praised": one word that names a place and is the surname of
  // a person the article has named in full is that person where it is a subject.
  bool SurnameOfNamedPerson(const NameSpan& n) const {
    if (n.e - n.b != 1 || w_[n.b].token < 0 ||
        static_cast<size_t>(w_[n.b].token) >= doc_->syntax.size() ||
        doc_->syntax[w_[n.b].token].deprel.rfind("nsubj", 0) != 0)
      return false;
    // ... of a verb only people do ("Israel will not be in danger" is the country).
    if (n.e >= w_.size() ||
        !In(w_[n.e].lower,
            {"said",      "says",         "asked",    "asks",      "told",     "tells",
             "added",     "adds",         "wrote",    "writes",    "argued",   "noted",
             "tweeted",   "praised",      "replied",  "responded", "insisted", "explained",
             "countered", "acknowledged", "recalled", "joked"}))
      return false;
    return NamedPersonWithSurname(w_[n.b].lower);
  }

  // Whether a person of the article is named in full with this (lower-cased) surname.
  bool NamedPersonWithSurname(const std::string& surname) const {
    for (const Ent& x : ents_)
      if (x.type == "PERSON" && x.last_word == surname && x.name.find(' ') != std::string::npos)
        return true;
    return false;
  }

  // A country among the role words the recogniser put in a person span ("U.S. Secretary of
  // State Antony Blinken" as one span) keeps its own mention, as when the span is split.
  void CountriesInRole(uint32_t b, uint32_t e) {
    if (!kb_) return;
    for (uint32_t k = b; k < e; ++k) {
      const auto* c = kb_->Find(w_[k].lower);
      if (c && kb_->entry(c->front()).kind == KbKind::kCountry) HandlePlace({k, k + 1, "GPE"});
    }
  }

  // Words [b, e) are one short function word ("In", "It"; not "May", "Will"): no person, and
  // no mention of Moon Jae-in, whose last word is "in".
  bool ShortFunctionWord(uint32_t b, uint32_t e) const {
    return e - b == 1 && w_[b].lower.size() <= 2 && IsStopCap(w_[b].lower);
  }

  // A surname or full name of a person already in the article.
  int32_t MatchPerson(uint32_t b, uint32_t e) {
    const std::string& last = w_[e - 1].lower;
    const std::string& first = w_[b].lower;
    if (ShortFunctionWord(b, e)) return -1;
    // "Mr. Clinton" in an article about Hillary Clinton is another Clinton.
    const char honorific = HonorificAt(b);
    // The one person of that surname holding a role on the article's date ("Trump" in 2019).
    const int32_t bearer = DatedBearer(last);
    const std::string middle = e - b > 2 ? MiddleLetters(Surface(b, e)) : "";
    // A surname of several words ("Ocasio-Cortez", "Wasserman Schultz") is the rest of a
    // name of the article after its one given name.
    // (Not a full name the knowledge base knows: "Donald Trump" is not the surname of a
    // caption's "CLOSE Donald Trump".)
    const std::string tail =
        e - b > 1 && LookupKb(b, e, KbKind::kPerson) < 0 ? " " + LowerKey(Surface(b, e)) : "";
    std::vector<int32_t> same_name;
    for (size_t i = 0; i < ents_.size(); ++i) {
      const Ent& x = ents_[i];
      if (x.type != "PERSON") continue;
      if ((honorific == 'm' || honorific == 'f') && x.gender && x.gender != honorific) continue;
      const bool surname_only = x.name.find(' ') == std::string::npos;
      bool same = e - b == 1 ? (x.last_word == last || x.first_word == last)
                             : (x.last_word == last && (surname_only || x.first_word == first));
      bool by_tail = false;
      if (!same && !tail.empty() && x.last_word == last) {
        // (One given name before it: not "Lev Parnas" inside a caption's "Getty Images Lev
        // Parnas".)
        const std::string full = LowerKey(x.name);
        same = by_tail = full.size() > tail.size() && full.ends_with(tail) &&
                         full.find(' ') == full.size() - tail.size();
      }
      // ("George H.W. Bush" is not "George W. Bush".)
      if (same && !by_tail && e - b > 2 && !surname_only) {
        const std::string other = MiddleLetters(x.name);
        same = middle.empty() || other.empty() || middle == other;
      }
      if (!same || OtherThanHolder(x, e - b == 1 ? "" : first, bearer, honorific)) continue;
      // "Donald Trump ... Melania Trump ... Trump": the role holder, not the last named.
      if (e - b == 1 && bearer >= 0 && x.kb == bearer) return static_cast<int32_t>(i);
      same_name.push_back(static_cast<int32_t>(i));
    }
    return OneOfSameName(same_name, b, last);
  }

  // Of several people named `last` (a name at word b), one named as a subject in this
  // sentence or the two before it ("Hillary Clinton ... Bill Clinton set up the charity in
  // 2001. ... On Monday, Clinton wrote" is Bill), else the one the article is about
  // (SurnameRank: "Jeb Bush ... President George W. Bush ... Bush found himself", and "Donald
  // Trump ... Eric Trump responded ... the Trump campaign"). -1 when there is none.
  int32_t OneOfSameName(const std::vector<int32_t>& same_name, uint32_t b,
                        const std::string& last) const {
    const uint32_t at = w_[b].span.begin;
    int32_t nearest = -1, principal = -1;
    const Mention* nearest_mention = nullptr;
    SurnameRankKey principal_rank;
    for (int32_t i : same_name) {
      for (uint32_t m : ents_[i].mentions) {
        const Mention& mention = doc_->mentions[m];
        if (mention.span.begin < at &&
            (!nearest_mention || mention.span.begin > nearest_mention->span.begin)) {
          nearest = i;
          nearest_mention = &mention;
        }
      }
      if (auto rank = SurnameRank(ents_[i], last, at); principal < 0 || rank > principal_rank) {
        principal = i;
        principal_rank = rank;
      }
    }
    if (nearest >= 0 && w_[b].sent <= nearest_mention->sentence + 2 &&
        IsSubject(nearest_mention->span))
      return nearest;
    return principal;
  }

  // Whether a word of the span is a subject in the parse.
  bool IsSubject(const Span& span) const {
    for (uint32_t i = WordAt(span.begin); i < w_.size() && w_[i].span.begin < span.end; ++i)
      if (const TokenSyntax* x = SyntaxOf(i); x && x->deprel.rfind("nsubj", 0) == 0) return true;
    return false;
  }

  // How well person x answers to the bare name `last` at character `at`, for the person the
  // article is about: the name's last word before a first word ("Romney" is not the
  // headline's "Romney Reboot"), then the most often named (junk such as a video's "CLOSE
  // Donald Trump" is named once), then one the knowledge base knows ("Sanders Hillary
  // Clinton" is a run-on), then the one named last before `at`, then the first named.
  using SurnameRankKey = std::tuple<bool, size_t, bool, int64_t, int64_t>;
  SurnameRankKey SurnameRank(const Ent& x, const std::string& last, uint32_t at) const {
    int64_t latest = -1;
    for (uint32_t m : x.mentions)
      if (doc_->mentions[m].span.begin < at)
        latest = std::max<int64_t>(latest, doc_->mentions[m].span.begin);
    return {x.last_word == last, x.mentions.size(), x.kb >= 0, latest,
            -static_cast<int64_t>(FirstMention(x))};
  }

  // The lower-case letters of a name between its first and last word ("George H. W. Bush":
  // "hw"), or "".
  static std::string MiddleLetters(std::string_view name) {
    const size_t first_end = name.find(' ');
    const size_t last_begin = name.rfind(' ');
    if (first_end == std::string_view::npos || first_end == last_begin) return "";
    std::string letters;
    for (char ch : name.substr(first_end, last_begin - first_end))
      if (std::isalpha(static_cast<unsigned char>(ch)))
        letters += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return letters;
  }

  // The character where x's first mention begins.
  uint32_t FirstMention(const Ent& x) const {
    uint32_t first = std::numeric_limits<uint32_t>::max();
    for (uint32_t m : x.mentions) first = std::min(first, doc_->mentions[m].span.begin);
    return first;
  }

  // Whether a name and the person x of its surname are two people because the surname's role
  // holder `bearer` (-1: none) is one of them: "Trump ... Melania Trump" (first: the new full
  // name's first word; x a bare surname, the holder) and "Melania Trump ... Trump" (first
  // empty: a bare surname, the holder's; x a full name of another first name), unless an
  // honorific says the bare surname is of the other gender than the holder ("Mrs. Trump"), or
  // x has a role, a knowledge-base entry or a plain full name of its own and the holder leads
  // no country ("Georgia Rep. Doug Collins ... Collins" in 2019 is not Senator Susan Collins;
  // "Special Counsel Robert Mueller" read as one name still yields to the holder).
  bool OtherThanHolder(const Ent& x, const std::string& first, int32_t bearer,
                       char honorific) const {
    if (bearer < 0 || x.kb == bearer) return false;
    const bool surname_only = x.name.find(' ') == std::string::npos;
    if (!first.empty()) return surname_only && x.kb < 0 && FirstNameOf(bearer) != first;
    const char g = kb_->entry(bearer).gender;
    const bool other_gender = (honorific == 'm' || honorific == 'f') && g && g != honorific;
    const std::string holder_first = FirstNameOf(bearer);
    if (surname_only || other_gender || holder_first == x.first_word) return false;
    // ("Chris Wray", "Frank Steinmeier": a short form of the holder's first name is the
    // holder, who has the code.)
    const bool variant =
        holder_first.rfind(x.first_word, 0) == 0 || x.first_word.rfind(holder_first, 0) == 0;
    const bool own_role =
        (!x.role.empty() || x.kb >= 0 || PlainFullName(x)) && !LeadsOnDate(bearer);
    return variant || !own_role;
  }

  // A person's name of two or three words that reads as a first name and a surname ("Michael
  // Brown"), not a span the recogniser cut across a title, an article or another surname
  // ("Counsel Robert Mueller", "A Boehner", "Trump Schumer").
  bool PlainFullName(const Ent& x) const {
    const size_t words = static_cast<size_t>(std::count(x.name.begin(), x.name.end(), ' ')) + 1;
    if (words < 2 || words > 3 || x.first_word.size() < 2) return false;
    if (In(x.first_word, {"a", "an", "the", "mr.", "mrs.", "ms.", "dr.", "counsel", "special",
                          "attorney", "prosecutor"}))
      return false;
    // No quote mark, and no capital glued after three or more letters ("ShermanTrump-Pelosi",
    // a hover card's name run into a headline; "McConnell", "DeSantis" are names).
    if (x.name.find('"') != std::string::npos || x.name.find("\xE2\x80\x9C") != std::string::npos ||
        x.name.find("\xE2\x80\x9D") != std::string::npos)
      return false;
    size_t run = 0;
    for (char ch : x.name) {
      if (ch >= 'A' && ch <= 'Z' && run >= 3) return false;
      run = (ch >= 'a' && ch <= 'z') ? run + 1 : 0;
    }
    return !kb_->IsRoleWord(x.first_word) && !kb_->PeopleBySurname(x.first_word);
  }

  // The knowledge-base person of that surname (or family name) who alone holds a role on the
  // article's date, or -1.
  int32_t DatedBearer(const std::string& surname) const {
    if (!kb_) return -1;
    // ("Kim": a family name written first, "Kim Jong Un".)
    const std::vector<uint32_t>* people = kb_->PeopleBySurname(surname);
    if (!people) people = kb_->PeopleByFamilyName(surname);
    if (!people) return -1;
    int32_t dated = -1;
    for (uint32_t p : *people) {
      if (!KnowledgeBase::RoleOn(kb_->entry(p), date_)) continue;
      if (dated >= 0) return -1;
      dated = static_cast<int32_t>(p);
    }
    return dated;
  }

  // Whether knowledge-base person kb (-1: none) leads a country on the article's date.
  bool LeadsOnDate(int32_t kb) const {
    if (kb < 0) return false;
    const KbRole* role = KnowledgeBase::RoleOn(kb_->entry(kb), date_);
    return role && LeadsACountry(role->role);
  }

  // The first word of a knowledge-base person's name, lower-cased ("donald").
  std::string FirstNameOf(int32_t kb) const {
    const std::string& name = kb_->entry(kb).name;
    return LowerKey(std::string_view(name).substr(0, name.find(' ')));  // as Word::lower is
  }

  // One word of three or more capitals in a sentence that is not in capitals.
  bool Acronym(const NameSpan& n) const {
    if (n.e - n.b != 1 || w_[n.b].caps_sentence) return false;
    std::string s = Surface(n.b, n.e);
    return s.size() >= 3 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  // "the Trump White House", "the Obama White House": the seat of power after a known
  // person's surname, or null.
  const KbWord* SurnameSeat(uint32_t b, uint32_t e) const {
    for (uint32_t k = b + 1; k < e && k <= b + 2; ++k)
      if (const KbWord* seat = kb_->Seat(Key(k, e));
          seat && w_[k - 1].upper && !SurnameCountry(w_[k - 1].lower).empty())
        return seat;
    return nullptr;
  }

  void HandlePlace(NameSpan n) {
    if (w_[n.b].lower == "the" && n.e - n.b > 1) ++n.b;
    std::string key = Key(n.b, n.e);
    if (kb_) {
      if (DemonymOnly(key)) {
        HandleNorp({n.b, n.e, "NORP"});
        return;
      }
      // The knowledge base knows better than the tagger when the name is an organisation.
      if (const auto* c = kb_->Find(key); c && (!kb_->Seat(key) || SeatIsBody(key))) {
        KbKind k = kb_->entry(c->front()).kind;
        if (k == KbKind::kOrg || k == KbKind::kMedia) {
          HandleOrg({n.b, n.e, "ORG"});
          return;
        }
      }
    }
    // A seat of power acting ("Moscow could attack", "the Kremlin said") stands for a
    // government: a metonym mention of the country's (or the EU's) entity.
    if (kb_) {
      if (const KbWord* seat = kb_->Seat(key); seat && ActsHere(n.b, n.e)) {
        int32_t target = kb_->ByCode(seat->code);
        if (target >= 0) {
          int32_t ent = EntityOfKb(target);
          if (ent < 0) ent = NewEntity(kb_->entry(target).type, kb_->entry(target).name, target);
          AddMention(ent, n.b, n.e, MentionKind::kMetonym, std::nullopt);
          return;
        }
      }
    }
    int32_t kb = LookupKb(n.b, n.e, KbKind::kCountry);
    if (kb >= 0 && kb_->entry(kb).kind == KbKind::kCountry)
      if (const int32_t region = RegionOverCountry(n.b, n.e, kb); region >= 0) kb = region;
    if (kb >= 0) {
      KbKind k = kb_->entry(kb).kind;
      if (k != KbKind::kCountry && k != KbKind::kCity && k != KbKind::kRegion && k != KbKind::kPlace)
        kb = -1;
      // An acronym inside ordinary text ("the DACA program", "ISNA") is no town the knowledge
      // base spells in mixed case (Daca for Dhaka, Isna in Egypt); datelines open a sentence.
      if (k == KbKind::kCity && Acronym(n) && !SentenceStart(n.b))
        kb = -1;
    }
    std::string type = n.type == "FAC" ? "LOC" : n.type;
    if (kb >= 0) type = kb_->entry(kb).type;
    // A seat of power that is a building and no city ("the White House", "the Kremlin") is
    // its government's even where it is a place ("at the White House"): the entity carries
    // the government's code, the mention stays a name.
    std::optional<ActorRef> seat_actor;
    if (kb_ && kb < 0) {
      if (const KbWord* seat = kb_->Seat(key)) seat_actor = ActorRef{seat->code, seat->sector, "", ""};
      if (const KbWord* seat = SurnameSeat(n.b, n.e); seat && !seat_actor)
        seat_actor = ActorRef{seat->code, seat->sector, "", ""};
    }
    AddToNew(n.b, n.e, MentionKind::kName, type, kb, seat_actor);
  }

  // "reopenings in Texas, Florida and Georgia": a name of a country and of a region of another
  // country (a US state) is the region when the article names another region of that country
  // by a name that is nothing else, and neither the country's demonym nor its capital. Returns
  // the region's entry, or -1.
  int32_t RegionOverCountry(uint32_t b, uint32_t e, int32_t country) {
    // One answer per name and article: the scan below reads every word.
    const std::string key = Key(b, e);
    if (auto it = region_over_country_.find(key); it != region_over_country_.end())
      return it->second;
    const int32_t region = ReadRegionOverCountry(b, e, country);
    region_over_country_.emplace(key, region);
    return region;
  }

  int32_t ReadRegionOverCountry(uint32_t b, uint32_t e, int32_t country) const {
    const auto* c = kb_->Find(Key(b, e));
    if (!c) return -1;
    const std::string& own = kb_->entry(country).code;
    int32_t region = -1;
    for (uint32_t i : *c)
      if (kb_->entry(i).kind == KbKind::kRegion && kb_->entry(i).code != own)
        region = static_cast<int32_t>(i);
    // (Puerto Rico, Guam and the other territories keep their own codes.)
    if (region < 0 || In(own, {"PRI", "GUM", "ASM", "VIR", "MNP", "UMI"})) return -1;
    const std::string& theirs = kb_->entry(region).code;
    bool other_region = false;
    for (uint32_t i = 0; i < w_.size(); ++i) {
      if (!w_[i].upper || (i >= b && i < e)) continue;
      if (const KbWord* d = kb_->Demonym(w_[i].lower); d && d->code == own) return -1;
      for (uint32_t j = i + 1; j <= std::min<uint32_t>(i + 2, w_.size()); ++j) {
        const auto* x = kb_->Find(Key(i, j));
        if (!x) continue;
        bool only_region = true, their_region = false;
        for (uint32_t k : *x) {
          const KbEntry& y = kb_->entry(k);
          if (y.kind == KbKind::kCity && y.capital && y.code == own) return -1;
          if (y.kind == KbKind::kRegion && y.code == theirs && k != static_cast<uint32_t>(region))
            their_region = true;
          else
            only_region = false;
        }
        other_region = other_region || (their_region && only_region);
      }
    }
    return other_region ? region : -1;
  }

  bool ActsHere(uint32_t b, uint32_t e) const {
    if (b > 0 && w_[b - 1].sent == w_[b].sent) {
      std::string_view prev = w_[b - 1].lower;
      if (prev == "the" && b > 1) prev = w_[b - 2].lower;
      if (IsPlacePreposition(prev)) return false;
      if (prev == "with" || prev == "against") return true;  // talks with Moscow
    }
    if (e < w_.size() && w_[e].sent == w_[b].sent) {
      if (w_[e].lower == "'s" || w_[e].lower == "'") return true;
      // A dateline ("MOSCOW (Reuters) —", "KYIV, Ukraine —") names a place.
      if (w_[e].lower == "(" || w_[e].lower == "," || w_[e].lower == "\xE2\x80\x94" ||
          w_[e].lower == "-" || w_[e].lower == "\xE2\x80\x93")
        return false;
      if (!doc_->syntax.empty() && w_[b].token >= 0 &&
          static_cast<size_t>(w_[b].token) < doc_->syntax.size()) {
        const std::string& rel = doc_->syntax[w_[e - 1].token].deprel;
        if (rel.rfind("nsubj", 0) == 0) return true;
      }
      if (IsActionWord(w_[e].lower)) return true;
    }
    return false;
  }

  void HandleOrg(NameSpan n) {
    if (!n.sure && IsSeatOnly(n)) {
      HandlePlace({n.b, n.e, "GPE"});
      return;
    }
    if (w_[n.b].lower == "the" && n.e - n.b > 1) ++n.b;
    if (kb_ && DemonymOnly(Key(n.b, n.e))) {
      HandleNorp({n.b, n.e, "NORP"});
      return;
    }
    // A team named after its town (SportsTeams) is not the town.
    int32_t kb = n.sure ? -1 : LookupKb(n.b, n.e, KbKind::kOrg);
    if (kb >= 0) {
      KbKind k = kb_->entry(kb).kind;
      if (k == KbKind::kCountry || k == KbKind::kCity || k == KbKind::kPlace) {
        HandlePlace({n.b, n.e, "GPE"});
        return;
      }
      if (k == KbKind::kRegion || k == KbKind::kPerson) kb = -1;
    }
    if (kb < 0 && kb_ && SurnameSeat(n.b, n.e)) {  // "the Obama White House"
      HandlePlace({n.b, n.e, "GPE"});
      return;
    }
    // "Russia's Foreign Ministry": a body owned by a country or organisation.
    std::optional<ActorRef> owner;
    uint32_t b = n.b;
    if (kb < 0 && kb_ && n.b >= 2 && w_[n.b - 1].lower == "'s" && w_[n.b - 2].sent == w_[n.b].sent) {
      if (const auto* c = kb_->Find(w_[n.b - 2].lower)) {
        const KbEntry& x = kb_->entry(c->front());
        const KbWord* body = BodyOf(n.b, n.e);
        if (body && (x.kind == KbKind::kCountry || x.kind == KbKind::kOrg)) {
          owner = ActorRef{x.code, body->sector, "", ""};
          b = n.b - 2;
          // The owner keeps its own mention too.
          HandlePlace({n.b - 2, n.b - 1, "GPE"});
        }
      }
    } else if (kb < 0 && kb_ && n.b >= 1 && kb_->Demonym(w_[n.b - 1].lower)) {
      const KbWord* d = kb_->Demonym(w_[n.b - 1].lower);
      if (const KbWord* body = BodyOf(n.b, n.e)) owner = ActorRef{d->code, body->sector, "", ""};
    }
    if (kb < 0 && !owner && kb_) owner = OwnerInside(n.b, n.e);
    int32_t ent = -1;
    std::string name = Surface(b, n.e);
    if (kb >= 0) {
      ent = EntityOfKb(kb);
    } else {
      auto it = by_name_.find(PhraseKey(name));
      if (it != by_name_.end()) ent = it->second;
      if (ent < 0 && n.e - n.b == 1 && w_[n.b].caps) ent = MatchAcronym(w_[n.b].lower);
    }
    if (ent < 0) {
      ent = NewEntity("ORG", name, kb);
      if (owner) ents_[ent].actor = owner;
      by_name_.emplace(PhraseKey(name), ent);
    }
    AddMention(ent, b, n.e, MentionKind::kName, std::nullopt);
  }

  // An organisation the KB does not know, named after a place or a known organisation, takes
  // its country and the sector of a body or organisation in its name: "Senate Democrats"
  // (USA LEG), "Chicago Police Department" (USA COP), "Republican National Committee" (USA
  // PTY). The place must open the name ("Monmouth University" names no place it knows).
  std::optional<ActorRef> OwnerInside(uint32_t b, uint32_t e) const {
    if (e - b < 2 || e - b > 8) return std::nullopt;
    // A span with other lower-case words is the recogniser's merge of several names
    // ("United Arab Emirates with Gondor", "Tunisia pledges"), not one organisation.
    for (uint32_t i = b; i < e; ++i)
      if (!w_[i].upper && HasLetter(w_[i].lower) &&
          !In(w_[i].lower, {"of", "for", "the", "and", "on", "de", "du", "des", "la", "le", "&"}))
        return std::nullopt;
    if (const auto* c = kb_->Find(Key(b, e))) {  // a place typed as an organisation
      const KbEntry& x = kb_->entry(c->front());
      if (x.kind == KbKind::kPerson) return std::nullopt;
      return ActorRef{x.code, "", "", ""};
    }
    std::string code, sector;
    // The longest name of several words that opens it, else its first word.
    for (uint32_t j = std::min(e - 1, b + 4); j > b + 1 && code.empty(); --j) {
      if (const KbEntry* x = NamedPlace(b, j)) {
        code = x->code;
        sector = x->sector;
      }
    }
    if (code.empty()) {
      // One word: a country or organisation, a region of a country the article names, or a
      // big city ("Chicago Police"; not "York", a town somewhere, nor "West", a region of
      // Cameroon, in "West Wing").
      const KbEntry* x = w_[b].upper ? TitlePlace(w_[b].lower) : nullptr;
      if (x == nullptr || (x->kind == KbKind::kCity && x->population < 200000) ||
          (x->kind == KbKind::kRegion && !InArticle(x->code)))
        return std::nullopt;
      code = x->code;
      sector = x->kind == KbKind::kOrg ? x->sector : "";
    }
    if (code.empty()) return std::nullopt;
    if (const KbWord* body = BodyInside(b, e)) sector = body->sector;
    return ActorRef{code, sector, "", ""};
  }

  // The first body phrase of up to four words inside [b, e) ("Police" in "Chicago Police
  // Department"), the longest at its start, or null.
  const KbWord* BodyInside(uint32_t b, uint32_t e) const {
    for (uint32_t i = b; i < e; ++i)
      for (uint32_t j = std::min(e, i + 4); j > i; --j)
        if (const KbWord* body = kb_->Body(Key(i, j))) return body;
    return nullptr;
  }

  bool BodyAt(uint32_t b, uint32_t e) const {
    uint32_t from = b >= 2 ? b - 2 : 0;
    for (uint32_t i = from; i < e; ++i)
      if (kb_->Body(Key(i, e))) return true;
    return false;
  }

  const KbWord* BodyOf(uint32_t b, uint32_t e) const {
    for (uint32_t i = b; i < e; ++i)
      if (const KbWord* body = kb_->Body(Key(i, e))) return body;
    return nullptr;
  }

  int32_t MatchAcronym(const std::string& lower) {
    for (size_t i = 0; i < ents_.size(); ++i) {
      if (ents_[i].type != "ORG") continue;
      std::string initials;
      std::vector<Span> ws;
      SplitWords(ents_[i].name, 0, static_cast<uint32_t>(ents_[i].name.size()), 16, &ws);
      for (const Span& s : ws) {
        std::string_view w = std::string_view(ents_[i].name).substr(s.begin, s.size());
        if (StartsUpper(w)) initials.push_back(static_cast<char>(w[0] | 0x20));
      }
      if (initials.size() >= 2 && initials == lower) return static_cast<int32_t>(i);
    }
    return -1;
  }

  // A demonym that is not also a name ("Russian", but not "EU" or "U.S.").
  bool DemonymOnly(const std::string& key) const {
    return kb_ && kb_->Demonym(key) && !kb_->Find(key);
  }

  void HandleNorp(NameSpan n) {
    std::optional<ActorRef> actor;
    if (kb_ && kb_->Find(Key(n.b, n.e)) && !DemonymOnly(Key(n.b, n.e))) {
      const KbEntry& x = kb_->entry(kb_->Find(Key(n.b, n.e))->front());
      if (x.kind == KbKind::kOrg || x.kind == KbKind::kMedia) return HandleOrg({n.b, n.e, "ORG"});
      if (x.kind != KbKind::kPerson) return HandlePlace({n.b, n.e, "GPE"});
    }
    if (kb_) {
      const KbWord* d = kb_->Demonym(Key(n.b, n.e));
      if (uint32_t b = n.b; (d = QualifiedDemonym(n.b, n.e, d, &b)) == nullptr && b != n.b) {
        return;
      } else {
        n.b = b;
      }
      if (d && !d->plural && d->code.empty()) return;  // "European": an adjective, no actor
      if (d && d->plural && !d->code.empty()) actor = ActorRef{d->code, "", "", ""};
      if (d && !d->plural) {
        // "Russian" alone: the country, as a nominal mention.
        int32_t target = kb_->ByCode(d->code);
        if (target >= 0) {
          int32_t ent = EntityOfKb(target);
          if (ent < 0) ent = NewEntity(kb_->entry(target).type, kb_->entry(target).name, target);
          AddMention(ent, n.b, n.e, MentionKind::kNominal, std::nullopt);
          return;
        }
      }
    }
    AddToNew(n.b, n.e, MentionKind::kName, "NORP", -1, actor);
  }

  // A mention of the entity with the same KB id or name, or of a new one.
  void AddToNew(uint32_t b, uint32_t e, MentionKind kind, const std::string& type, int32_t kb,
                std::optional<ActorRef> actor) {
    int32_t ent = kb >= 0 ? EntityOfKb(kb) : -1;
    std::string name = Surface(b, e);
    std::string key = type + "|" + PhraseKey(name);
    if (ent < 0 && kb < 0) {
      auto it = by_name_.find(key);
      if (it != by_name_.end()) ent = it->second;
    }
    if (ent < 0) {
      bool city = kb >= 0 && kb_->entry(kb).kind == KbKind::kCity;  // "Kyiv", not "Kiev"
      ent = NewEntity(type, kb >= 0 && !city ? kb_->entry(kb).name : name, kb);
      if (actor) ents_[ent].actor = actor;
      if (kb < 0) by_name_.emplace(key, ent);
    }
    AddMention(ent, b, e, kind, std::nullopt);
  }

  // The best KB entry for words [b, e), preferring the given kind; -1 when none.
  // "Donald J. Trump", "Barack H. Obama": a person's name with middle initials the knowledge
  // base does not list, as the key without them; "" when there are none.
  std::string KeyWithoutInitials(uint32_t b, uint32_t e) const {
    if (e - b < 3) return {};
    std::string k = w_[b].lower;
    bool dropped = false;
    for (uint32_t i = b + 1; i + 1 < e; ++i) {
      const std::string& l = w_[i].lower;
      if ((l.size() == 2 && l[1] == '.') || l.size() == 1) {
        dropped = true;
        continue;
      }
      k += ' ' + l;
    }
    return dropped ? k + ' ' + w_[e - 1].lower : std::string();
  }

  int32_t LookupKb(uint32_t b, uint32_t e, KbKind prefer) const {
    if (!kb_) return -1;
    const auto* c = kb_->Find(Key(b, e));
    if (!c && prefer == KbKind::kPerson) {
      const std::string k = KeyWithoutInitials(b, e);
      if (!k.empty()) c = kb_->Find(k);
      // ("George H. W. Bush" is not George W. Bush, alias "George Bush".)
      if (c) {
        const std::string middle = MiddleLetters(Surface(b, e));
        for (uint32_t i : *c) {
          const std::string other = MiddleLetters(kb_->entry(i).name);
          if (kb_->entry(i).kind == prefer && !other.empty() && other != middle) return -1;
        }
      }
    }
    if (!c) return -1;
    for (uint32_t i : *c)
      if (kb_->entry(i).kind == prefer) return static_cast<int32_t>(i);
    if (prefer == KbKind::kPerson) return -1;  // a person is never a place of the same name
    if (prefer == KbKind::kOrg) {
      for (uint32_t i : *c)
        if (kb_->entry(i).kind == KbKind::kMedia) return static_cast<int32_t>(i);
    }
    return static_cast<int32_t>(c->front());
  }

  // ---- surnames of known people ------------------------------------------------------------

  // A person the article names only by surname ("Trump", "Mr. Obama", "President Putin") is
  // the knowledge-base person of that surname when the choice is unique (the one holding a
  // role on the article's date, else the only one of that surname) and the article supports
  // it: the person's title matches that role, or another entity of the article belongs to
  // the role's country ("U.S.", "the White House", "Congress").
  void LinkSurnames() {
    if (!kb_) return;
    std::vector<std::string_view> codes;  // countries of the article's other entities
    for (const Ent& x : ents_) {
      if (x.mentions.empty()) continue;
      if (x.kb >= 0 && kb_->entry(x.kb).kind != KbKind::kPerson)
        codes.push_back(kb_->entry(x.kb).code);
      else if (x.kb < 0 && x.actor && !x.actor->code.empty())
        codes.push_back(x.actor->code);
    }
    for (size_t i = 0; i < ents_.size(); ++i) {
      Ent& x = ents_[i];
      char honorific = 0;
      if (x.type != "PERSON" || x.kb >= 0 || x.mentions.empty() || x.last_word.size() < 3 ||
          !IsSurnameOnly(x.name, &honorific))
        continue;
      if (!honorific) honorific = HonorificBefore(x);
      // "the Obama administration": the head of government of that surname, whether or not
      // the article names the country.
      const int32_t head = NamesAnAdministration(x) ? AdministrationHead(x.last_word) : -1;
      int32_t kb = head >= 0 ? head : SurnameCandidate(x, honorific);
      if (kb < 0 || by_kb_.count(kb)) continue;
      const KbEntry& k = kb_->entry(kb);
      if (honorific && k.gender && honorific != k.gender) continue;  // "Ms. Miller"
      const KbRole* r = KnowledgeBase::RoleOn(k, date_);
      const std::string& code = r ? r->code : k.code;
      bool titled = !x.role.empty() && r && RoleMatches(x.role, r->role) &&
                    (x.role_code.empty() || x.role_code == code);
      bool country = std::find(codes.begin(), codes.end(), code) != codes.end();
      // ("President Clinton" in 2014: a title the person held before the article's date.)
      const bool former = !r && !x.role.empty() &&
                          FormerHolder({static_cast<uint32_t>(kb)}, x.role, honorific) == kb &&
                          (x.role_code.empty() || x.role_code == code);
      if (!titled && !former && !(x.role.empty() && country) && head < 0) continue;
      x.kb = kb;
      x.actor.reset();
      if (!x.gender) x.gender = k.gender;
      by_kb_.emplace(kb, static_cast<int32_t>(i));
    }
  }

  // Whether a name mention of x comes right before "administration", "presidency" or "White
  // House" ("the Obama administration", "the Trump White House").
  bool NamesAnAdministration(const Ent& x) const {
    for (uint32_t m : x.mentions)
      if (doc_->mentions[m].kind == MentionKind::kName && BeforeAdministration(doc_->mentions[m]))
        return true;
    return false;
  }

  bool BeforeAdministration(const Mention& m) const {
    const uint32_t w = WordAt(m.span.end);
    if (w == 0 || w >= w_.size() || w_[w].sent != w_[w - 1].sent) return false;
    return In(w_[w].lower, {"administration", "presidency"}) ||
           (w_[w].lower == "white" && w + 1 < w_.size() && w_[w + 1].lower == "house");
  }

  // The president or prime minister of that surname whose term began last before the
  // article's date ("the Bush administration" in 2014: George W. Bush), or -1.
  int32_t AdministrationHead(const std::string& surname) const {
    const std::vector<uint32_t>* people = kb_->PeopleBySurname(surname);
    if (!people) return -1;
    int32_t best = -1, best_start = -1;
    for (uint32_t p : *people)
      for (const KbRole& r : kb_->entry(p).roles)
        if (HeadsAGovernment(r.role) && r.start > best_start && (date_ == 0 || r.start <= date_))
          best = static_cast<int32_t>(p), best_start = r.start;
    return best;
  }

  // An honorific's gender: 'm' ("Mr."), 'f' ("Ms."), '?' ("Dr.": either), 0: not one.
  static char Honorific(std::string_view lower) {
    if (In(lower, {"mr.", "mr", "sir"})) return 'm';
    if (In(lower, {"mrs.", "ms.", "mrs", "ms", "miss", "dame"})) return 'f';
    if (In(lower, {"dr.", "dr"})) return '?';
    return 0;
  }

  // "Obama", "Mr. Obama": one word, or an honorific and one word (*gender: 'm' or 'f' when
  // the honorific says).
  static bool IsSurnameOnly(std::string_view name, char* gender) {
    size_t sp = name.find(' ');
    if (sp == std::string_view::npos) return !name.empty();
    if (name.find(' ', sp + 1) != std::string_view::npos) return false;
    char g = Honorific(LowerKey(name.substr(0, sp)));
    if (g != 'm' && g != 'f') return g == '?';
    *gender = g;
    return true;
  }

  // The honorific (Honorific()) of the word before word i in its sentence, or 0.
  char HonorificAt(uint32_t i) const {
    if (i == 0 || i >= w_.size() || w_[i - 1].sent != w_[i].sent) return 0;
    return Honorific(w_[i - 1].lower);
  }

  // The gender of an honorific just before one of x's names ("Ms. | Brandt"), or 0.
  char HonorificBefore(const Ent& x) const {
    for (uint32_t m : x.mentions) {
      if (doc_->mentions[m].kind != MentionKind::kName) continue;
      if (char g = HonorificAt(WordAt(doc_->mentions[m].span.begin)); g == 'm' || g == 'f')
        return g;
    }
    return 0;
  }

  // Former heads of state or government are still named by surname alone ("Bush", "Blair").
  static bool WasLeader(const KbEntry& k) {
    for (const KbRole& r : k.roles)
      if (HeadsAGovernment(r.role) || In(r.role, {"king", "queen"})) return true;
    return false;
  }

  // A role whose holder heads an administration ("the Obama administration").
  static bool HeadsAGovernment(const std::string& role) {
    return In(role, {"president", "prime minister", "chancellor"});
  }

  // A role whose holder leads a country: a head of government, a monarch or a leader.
  static bool LeadsACountry(const std::string& role) {
    return HeadsAGovernment(role) ||
           In(role, {"premier", "leader", "supreme leader", "king", "queen"});
  }

  // The knowledge-base person of x's surname (or, with a title, family name written first):
  // the only one with a role on the article's date
  // (among several, the only one whose role matches x's title), else the only one of that
  // surname; -1 when there is none or the choice is not unique.
  // An honorific ('m' or 'f') leaves out the people of the other gender ("Mr. Clinton").
  int32_t SurnameCandidate(const Ent& x, char honorific) const {
    const std::vector<uint32_t>* people = kb_->PeopleBySurname(x.last_word);
    // "South Korean President Moon": a family name written first, with a title.
    if (!people && !x.role.empty()) people = kb_->PeopleByFamilyName(x.last_word);
    if (!people) return -1;
    auto other_gender = [&](uint32_t p) {
      const char g = kb_->entry(p).gender;
      return (honorific == 'm' || honorific == 'f') && g && g != honorific;
    };
    int32_t dated = -1, titled = -1, left = -1;
    int n_dated = 0, n_titled = 0, n_left = 0;
    for (uint32_t p : *people) {
      if (other_gender(p)) continue;
      ++n_left;
      left = static_cast<int32_t>(p);
      const KbRole* r = KnowledgeBase::RoleOn(kb_->entry(p), date_);
      if (!r) continue;
      ++n_dated;
      dated = static_cast<int32_t>(p);
      if (!x.role.empty() && RoleMatches(x.role, r->role)) {
        ++n_titled;
        titled = static_cast<int32_t>(p);
      }
    }
    if (n_dated == 1) return dated;
    if (n_dated > 1) return n_titled == 1 ? titled : -1;
    if (const int32_t former = FormerHolder(*people, x.role, honorific); former >= 0) return former;
    if (n_left != 1 || !WasLeader(kb_->entry(static_cast<uint32_t>(left)))) return -1;
    return left;
  }

  // "President Clinton" in 2014, "President Bush" in 2012: with a title and no one of that
  // surname in office on the article's date, the person of the surname who last took up that
  // role before it (Bill, not Hillary; George W., not his father); -1 when none did.
  int32_t FormerHolder(const std::vector<uint32_t>& people, const std::string& role,
                       char honorific) const {
    if (role.empty()) return -1;
    int32_t best = -1, best_start = -1;
    for (uint32_t p : people) {
      const KbEntry& e = kb_->entry(p);
      if ((honorific == 'm' || honorific == 'f') && e.gender && e.gender != honorific) continue;
      for (const KbRole& r : e.roles) {
        if (!RoleMatches(role, r.role) || (date_ > 0 && r.start > date_)) continue;
        if (r.start > best_start) {
          best = static_cast<int32_t>(p);
          best_start = r.start;
        }
      }
    }
    return best;
  }

  int32_t EntityOfKb(int32_t kb) const {
    auto it = by_kb_.find(kb);
    return it == by_kb_.end() ? -1 : it->second;
  }

  int32_t NewEntity(const std::string& type, const std::string& name, int32_t kb) {
    Ent x;
    x.type = type;
    x.name = name;
    x.kb = kb;
    if (kb >= 0) {
      x.gender = kb_->entry(kb).gender;
      x.type = kb_->entry(kb).type;
      by_kb_.emplace(kb, static_cast<int32_t>(ents_.size()));
    }
    ents_.push_back(std::move(x));
    return static_cast<int32_t>(ents_.size() - 1);
  }

  void AddMention(int32_t ent, uint32_t b, uint32_t e, MentionKind kind, std::optional<Span> role) {
    if (doc_->mentions.size() >= opt_.max_mentions) return;
    Mention m;
    m.span = {w_[b].span.begin, w_[e - 1].span.end};
    m.kind = kind;
    m.type = ents_[ent].type;
    m.entity = ent;
    m.sentence = w_[b].sent;
    m.role = role;
    ents_[ent].mentions.push_back(static_cast<uint32_t>(doc_->mentions.size()));
    ents_[ent].last_pos = std::max(ents_[ent].last_pos, b);
    doc_->mentions.push_back(m);
    for (uint32_t i = b; i < e; ++i) covered_[i] = 1;
  }

  std::string Surface(uint32_t b, uint32_t e) const {
    return std::string(doc_->Surface({w_[b].span.begin, w_[e - 1].span.end}));
  }

  // ---- bodies: "Russia's Foreign Ministry", "the Russian Defence Ministry" ----------------

  void Bodies() {
    if (!kb_) return;
    uint32_t n = static_cast<uint32_t>(w_.size());
    for (uint32_t i = 0; i + 1 < n; ++i) {
      if (covered_[i + 1] || !w_[i].upper) continue;
      std::string code;
      uint32_t b = i, start = i + 1;
      if (w_[i + 1].lower == "'s" && i + 2 < n) {
        const auto* c = kb_->Find(w_[i].lower);
        if (!c) continue;
        const KbEntry& x = kb_->entry(c->front());
        if (x.kind != KbKind::kCountry && !(x.kind == KbKind::kOrg && x.sector == "IGO")) continue;
        code = x.code;
        start = i + 2;
      } else if (const KbWord* d = kb_->Demonym(w_[i].lower); d && !d->plural && !d->code.empty()) {
        code = d->code;
        if (!w_[i + 1].upper) continue;  // "Russian troops" stays a plain noun phrase
      } else {
        continue;
      }
      uint32_t e = BodyEnd(start);
      if (e == start) continue;
      const KbWord* body = kb_->Body(Key(start, e));
      if (!body || body->type != "ORG") continue;
      std::string name = Surface(b, e);
      int32_t ent = -1;
      auto it = by_name_.find("ORG|" + PhraseKey(name));
      if (it != by_name_.end()) ent = it->second;
      if (ent < 0) {
        ent = NewEntity("ORG", name, -1);
        ents_[ent].actor = ActorRef{code, body->sector, "", ""};
        by_name_.emplace("ORG|" + PhraseKey(name), ent);
      }
      AddMention(ent, b, e, MentionKind::kName, std::nullopt);
      i = e - 1;
    }
  }

  // The end of the longest body phrase starting at word i (i when none).
  uint32_t BodyEnd(uint32_t i) const {
    uint32_t n = static_cast<uint32_t>(w_.size());
    for (uint32_t e = std::min<uint32_t>(n, i + 4); e > i; --e) {
      if (w_[e - 1].sent != w_[i].sent) continue;
      bool free = true;
      for (uint32_t k = i; k < e; ++k) free = free && !covered_[k];
      if (free && kb_->Body(Key(i, e))) return e;
    }
    return i;
  }

  // ---- demonyms, title phrases ----------------------------------------------------------------

  // "Central Americans", "Latin Americans": a region word before demonym d of words [b, e)
  // makes the people of a region, not of the country d names. Returns the pair's own demonym
  // (or null) and sets *nb to its first word; else d, with *nb = b.
  const KbWord* QualifiedDemonym(uint32_t b, uint32_t e, const KbWord* d, uint32_t* nb) const {
    *nb = b;
    if (!d || b == 0 || covered_[b - 1] || !w_[b - 1].upper || w_[b - 1].sent != w_[b].sent ||
        !In(w_[b - 1].lower, {"central", "latin", "south", "north", "east", "west"}))
      return d;
    *nb = b - 1;
    return kb_->Demonym(Key(b - 1, e));
  }

  void DemonymsAndTitles() {
    if (!kb_) return;
    uint32_t n = static_cast<uint32_t>(w_.size());
    for (uint32_t i = 0; i < n; ++i) {
      if (covered_[i]) continue;
      if (w_[i].lower == "the" && i + 1 < n) {
        uint32_t e = TitleEnd(i + 1);
        if (e > i + 1) {
          LinkTitle(i, e);
          i = e - 1;
          continue;
        }
      }
      if (w_[i].upper && !w_[i].caps_sentence && i + 1 < n && !covered_[i + 1] &&
          w_[i + 1].sent == w_[i].sent) {
        // Two-word peoples: "South Koreans", "Latin Americans".
        if (const KbWord* d = kb_->Demonym(Key(i, i + 2)); d && d->plural) {
          std::optional<ActorRef> actor;
          if (!d->code.empty()) actor = ActorRef{d->code, "", "", ""};
          AddToNew(i, i + 2, MentionKind::kName, "NORP", -1, actor);
          ++i;
          continue;
        }
      }
      if (w_[i].upper && !w_[i].caps_sentence) {
        const KbWord* d = DemonymOnly(w_[i].lower) ? kb_->Demonym(w_[i].lower) : nullptr;
        if (d && d->plural) {
          uint32_t b = i;
          if ((d = QualifiedDemonym(i, i + 1, d, &b)) == nullptr) continue;
          std::optional<ActorRef> actor;
          if (!d->code.empty()) actor = ActorRef{d->code, "", "", ""};
          AddToNew(b, i + 1, MentionKind::kName, "NORP", -1, actor);
          continue;
        }
        if (d && d->code.empty()) continue;
        // Part of a role ("Russian President") or a name: already covered or skipped here.
        if (d && !d->plural && !(i + 1 < n && (kb_->IsRoleWord(w_[i + 1].lower) ||
                                               (covered_[i + 1] && w_[i + 1].upper)))) {
          int32_t target = kb_->ByCode(d->code);
          if (target >= 0) {
            int32_t ent = EntityOfKb(target);
            if (ent < 0) ent = NewEntity(kb_->entry(target).type, kb_->entry(target).name, target);
            AddMention(ent, i, i + 1, MentionKind::kNominal, std::nullopt);
          }
        }
      }
    }
  }

  // "the [French|EU's|U.S.] [foreign policy] chief" not followed by a name: the end of the
  // title phrase, or start when it is not one.
  uint32_t TitleEnd(uint32_t i) const {
    uint32_t n = static_cast<uint32_t>(w_.size());
    uint32_t j = i;
    uint32_t sent = w_[i].sent;
    while (j < n && j - i < 7 && w_[j].sent == sent) {
      if (covered_[j]) {
        // A place named before the role ("the Kentucky senator", "the former Florida
        // governor", "the New York Democrat"; not "the Pentagon official", a role every
        // holder fits); a party member ends the phrase.
        uint32_t pe = j;
        if (PlaceAt(j, &pe) >= 0 && pe + 1 < n && w_[pe].sent == sent &&
            w_[pe + 1].lower != "to" &&  // not "the US ambassador to the UN, Nikki Haley"
            ((RoleNounAt(pe) && !covered_[pe] &&
              (!w_[pe].upper || w_[pe].lower == "president") &&  // not "The Hollywood Reporter"
              !In(w_[pe].lower, {"official", "officials", "leader", "head", "chief"})) ||
             PartyMember(pe))) {
          j = pe;
          continue;
        }
        if (PartyMember(j)) ++j;
        break;
      }
      const std::string& l = w_[j].lower;
      // A qualifier only right before its role noun, a portfolio only before its own role
      // ("the health secretary"; not "the culture of the president", "the education
      // president").
      const bool qualifies =
          RoleQualifier(l) && j + 1 < n && w_[j + 1].sent == sent &&
          (RoleQualifier(w_[j + 1].lower) ||
           (KnowledgeBase::IsPortfolioWord(l)
                ? kb_->RoleNoun(Key(j, j + 2)) != nullptr
                : kb_->IsRoleWord(w_[j + 1].lower) && !In(w_[j + 1].lower, {"of", "the", "'s"})));
      if (kb_->IsRoleWord(l) || qualifies || kb_->Demonym(l) || l == "'s" || l == "of" ||
          ((j == i || (j == i + 1 && TitleAdjective(w_[i].lower))) && PartyWord(l)) ||
          (j == i && TitleAdjective(l) && j + 1 < n && PartyWord(w_[j + 1].lower)) ||
          (kb_->Find(l) && kb_->entry(kb_->Find(l)->front()).kind == KbKind::kCountry) ||
          (kb_->Find(l) && kb_->entry(kb_->Find(l)->front()).kind == KbKind::kOrg &&
           !IsStopCap(l))) {  // ("the president is", not Islamic State's)
        ++j;
      } else {
        break;
      }
    }
    while (j > i && (w_[j - 1].lower == "of" || w_[j - 1].lower == "'s" ||
                     RoleQualifier(w_[j - 1].lower)))  // "the president's national security"
      --j;
    if (j == i || !(kb_->IsRoleWord(w_[j - 1].lower) || PartyMember(j - 1))) return i;
    if (j < n && w_[j].sent == sent && (w_[j].upper || covered_[j])) return i;  // a name follows
    return j;
  }

  // The knowledge-base place (a country, region or town) of the GPE mention that starts at
  // word j, or -1; *end is set to the mention's end word.
  int32_t PlaceAt(uint32_t j, uint32_t* end = nullptr) const {
    for (const Mention& m : doc_->mentions) {
      if (m.span.begin != w_[j].span.begin || m.type != "GPE" || m.entity < 0) continue;
      const int32_t kb = ents_[m.entity].kb;
      if (kb < 0) return -1;
      const KbKind kind = kb_->entry(kb).kind;
      if (kind != KbKind::kCountry && kind != KbKind::kRegion && kind != KbKind::kCity) return -1;
      if (end) {
        *end = j;
        while (*end < w_.size() && w_[*end].span.end <= m.span.end) ++*end;
      }
      return kb;
    }
    return -1;
  }

  // A place named in a title phrase: its mention's entry, and every entry its words name
  // ("New York": the state and the city).
  struct PlaceRef {
    int32_t kb = -1;
    const std::vector<uint32_t>* named = nullptr;
  };

  // The first place named in words [b, e) (kb -1 when none).
  PlaceRef PlaceIn(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k) {
      uint32_t end = k;
      if (const int32_t kb = PlaceAt(k, &end); kb >= 0) return {kb, kb_->Find(Key(k, end))};
    }
    return {};
  }

  // Whether the place is named with a mention of x (by any name its words have): in the
  // capitalised words right before it ("Ohio Gov. John Kasich") or right after it ("Sen. Rob
  // Portman of Ohio", "Portman (R-Ohio)", "Portman, R-Ohio,").
  bool NamedNear(const Ent& x, const PlaceRef& place) const {
    const auto same = [&](uint32_t entry) {
      return static_cast<int32_t>(entry) == place.kb ||
             (place.named &&
              std::find(place.named->begin(), place.named->end(), entry) != place.named->end());
    };
    const auto names = [&](uint32_t k) {
      for (uint32_t len = 1; len <= 3 && k + len <= w_.size(); ++len)
        if (const auto* found = kb_->Find(Key(k, k + len)))
          if (std::any_of(found->begin(), found->end(), same)) return true;
      return false;
    };
    for (uint32_t m : x.mentions) {
      const Mention& mention = doc_->mentions[m];
      if (mention.kind != MentionKind::kName) continue;
      const uint32_t first = WordAt(mention.span.begin);
      for (uint32_t k = first;
           k > 0 && first - k < 4 && w_[k - 1].upper && w_[k - 1].sent == mention.sentence; --k)
        if (names(k - 1)) return true;
      uint32_t k = first;  // the word after the name
      while (k < w_.size() && w_[k].span.end <= mention.span.end) ++k;
      const auto at = [&](uint32_t i, std::initializer_list<std::string_view> words) {
        return i < w_.size() && w_[i].sent == mention.sentence && In(w_[i].lower, words);
      };
      if (at(k, {"of"})) {
        k += at(k + 1, {"the"}) ? 2 : 1;
      } else if (at(k, {"(", ","}) && at(k + 1, {"r", "d", "i"}) && at(k + 2, {"-"})) {
        k += 3;
      } else {
        continue;
      }
      if (k < w_.size() && w_[k].sent == mention.sentence && names(k)) return true;
    }
    return false;
  }

  // Whether word j is "Democrat" or "Republican" as one of the party's people ("the Ohio
  // Republican"): the noun alone, not a word of a longer name ("the Republican Party").
  bool PartyMember(uint32_t j) const {
    if (!In(w_[j].lower, {"democrat", "republican"})) return false;
    // (Not a modifier: "the Republican charge", "the Republican state Sen. Jeff Kruse".)
    if (doc_->syntax.size() == doc_->tokens.size() && w_[j].token >= 0 &&
        In(doc_->syntax[w_[j].token].deprel, {"amod", "compound"}))
      return false;
    const uint32_t n = static_cast<uint32_t>(w_.size());
    // (Nor "Republican-controlled".)
    return j + 1 >= n || w_[j + 1].sent != w_[j].sent ||
           !(w_[j + 1].upper || covered_[j + 1] || w_[j + 1].lower == "-");
  }

  // "the leader of Ukraine", "the president of the United States": the end of the named
  // place after a title (e when there is none), read with the title for its country as a
  // demonym before it is ("the Ukrainian leader").
  uint32_t OfPlaceEnd(uint32_t e) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    if (e + 1 >= n || w_[e].lower != "of" || w_[e + 1].sent != w_[e].sent) return e;
    uint32_t k = e + 1;
    if (w_[k].lower == "the" && k + 1 < n) ++k;
    uint32_t end = k;
    while (end < n && end - k < 4 && covered_[end] && w_[end].upper && w_[end].sent == w_[e].sent)
      ++end;
    return end > k ? end : e;
  }

  void LinkTitle(uint32_t b, uint32_t e) {
    RoleInfo r = ReadRole(b + 1, OfPlaceEnd(e));
    if (!r.found) {
      if (PartyMember(e - 1)) LinkPartyMember(b, e);
      return;
    }
    // "the chief of police": a title that fits every office holder names no one without a
    // country ("the Ukrainian chief" may).
    if (In(r.role, {"chief", "head", "official"}) && r.code.empty()) return;
    int32_t best = -1, salient = -1;
    uint32_t salient_n = 0;
    const bool head_title = In(r.role, {"president", "prime minister", "chancellor"});
    char party = 0;
    for (uint32_t k = b; k < e && party == 0; ++k) party = PartyLetter(w_[k].lower);
    // "the Texas senator": one named with Texas ("Sen. Ted Cruz of Texas"), not the last
    // senator named.
    PlaceRef local = PlaceIn(b, e);
    if (local.kb >= 0 && kb_->entry(local.kb).kind == KbKind::kCountry) local = {};
    for (size_t i = 0; i < ents_.size(); ++i) {
      const Ent& x = ents_[i];
      // (Named before the title: any mention, as mentions are not in text order here.)
      if (x.type != "PERSON" || MentionsBefore(x, w_[b].span.begin) == 0) continue;
      if (local.kb >= 0 && !NamedNear(x, local)) continue;
      // ("Heritage Foundation President Jim DeMint" is not "the president".)
      if (head_title && x.org_role && !r.of_org) continue;
      std::string role = x.role, code = x.role_code;
      bool holds = x.kb < 0 && !x.former;  // holds the title on the article's date, if known
      if (x.kb >= 0) {
        if (const KbRole* kr = KnowledgeBase::RoleOn(kb_->entry(x.kb), date_)) {
          if (role.empty()) role = kr->role;
          if (code.empty()) code = kr->code;
          if (!RoleMatches(r.role, kr->role)) role = x.role;
          holds = RoleMatches(r.role, kr->role);
        }
      }
      if (!RoleMatches(r.role, role)) continue;
      if (!r.code.empty() && !code.empty() && r.code != code) continue;
      // "the Republican nominee" is not the Democratic one.
      if (party != 0 && PartyOf(x) != 0 && PartyOf(x) != party) continue;
      if (best < 0 || x.last_pos > ents_[best].last_pos) best = static_cast<int32_t>(i);
      // ("Former President Bill Clinton", named often in 2012, is not "the president".)
      if (!head_title || !holds) continue;
      const uint32_t n = MentionsBefore(x, w_[b].span.begin);
      if (salient < 0 || n > salient_n) {
        salient = static_cast<int32_t>(i);
        salient_n = n;
      }
    }
    // "Trump (38 times) ... Assad ... the president": the head of state or government the
    // article is about, when it has named him far more often than the last one named (not for
    // offices many hold at once: a roundup of governors names each in turn).
    if (best >= 0 && salient >= 0 && salient != best &&
        salient_n >= 2 * MentionsBefore(ents_[best], w_[b].span.begin) + 2)
      best = salient;
    if (best >= 0) AddMention(best, b + 1 == e ? b : b, e, MentionKind::kTitle, std::nullopt);
  }

  // "the Ohio Republican", "the Democrat": a person named before it. When the phrase names a
  // place, the last one named close to that place ("Sen. Rob Portman of Ohio", "Portman
  // (R-Ohio)") and of no other party by the text; else the last person named, if the text
  // makes them of that party ("Republican Sen. Rob Portman", "Portman (R-Ohio)", "Portman, a
  // Republican,"). Nobody otherwise, rather than a guess.
  void LinkPartyMember(uint32_t b, uint32_t e) {
    const char party = PartyLetter(w_[e - 1].lower);
    const PlaceRef place = PlaceIn(b, e);
    const uint32_t at = w_[b].span.begin;
    int32_t best = -1;
    uint32_t best_pos = 0;
    for (size_t i = 0; i < ents_.size(); ++i) {
      const Ent& x = ents_[i];
      if (x.type != "PERSON" || MentionsBefore(x, at) == 0 || Executive(x)) continue;
      if (place.kb >= 0) {
        const char p = PartyOf(x);
        if (!NamedNear(x, place) || (p != 0 && p != party)) continue;
      }
      uint32_t pos = 0;  // its last mention before the phrase, in its paragraph or the 3 before
      for (uint32_t m : x.mentions)
        if (doc_->mentions[m].span.begin < at &&
            w_[WordAt(doc_->mentions[m].span.begin)].para + 3 >= w_[b].para)
          pos = std::max(pos, doc_->mentions[m].span.begin + 1);
      if (pos == 0) continue;
      if (best < 0 || pos > best_pos) {
        best = static_cast<int32_t>(i);
        best_pos = pos;
      }
    }
    if (best < 0 || (place.kb < 0 && PartyOf(ents_[best]) != party)) return;
    AddMention(best, b, e, MentionKind::kTitle, std::nullopt);
  }

  // Whether the knowledge base gives x an executive office on the article's date (a
  // president, minister or secretary is called by that office, not "the Ohio Republican").
  bool Executive(const Ent& x) const {
    if (x.kb < 0) return false;
    const KbRole* r = KnowledgeBase::RoleOn(kb_->entry(x.kb), date_);
    return r && (r->role.find("president") != std::string::npos ||
                 r->role.find("minister") != std::string::npos ||
                 r->role.find("secretary") != std::string::npos);
  }

  // The party the text gives right after a name: "(R-Ky.)", "(D)", ", R-Ky.,", ", a
  // Republican", or 0.
  char PartyTagAfter(const Span& name) const {
    const std::string_view rest = std::string_view(doc_->text()).substr(name.end);
    for (std::string_view lead : {" (", ", "}) {
      if (!rest.starts_with(lead)) continue;
      const std::string_view tag = rest.substr(lead.size());
      if (tag.size() >= 2 && (tag[0] == 'R' || tag[0] == 'D') &&
          (tag[1] == '-' || (lead == " (" && tag[1] == ')')))
        return tag[0];
    }
    if (rest.starts_with(", a Republican")) return 'R';
    if (rest.starts_with(", a Democrat")) return 'D';
    return 0;
  }

  // 'R' for a Republican party word, 'D' for a Democratic one, 0 for any other word.
  static char PartyLetter(std::string_view l) {
    if (In(l, {"republican", "gop"})) return 'R';
    if (In(l, {"democratic", "democrat"})) return 'D';
    return 0;
  }
  // The party a person's title in the text names ("Republican nominee Donald Trump",
  // "Democratic nominee Hillary Clinton": the word before the title counts too), or 0.
  char PartyOf(const Ent& x) const {
    for (uint32_t m : x.mentions) {
      const Mention& mention = doc_->mentions[m];
      if (mention.kind == MentionKind::kName)
        if (const char p = PartyTagAfter(mention.span)) return p;
      if (!mention.role) continue;
      const uint32_t first = WordAt(mention.role->begin);
      for (uint32_t k = first > 0 ? first - 1 : 0;
           k < w_.size() && w_[k].span.end <= mention.span.begin; ++k)
        if (const char p = PartyLetter(w_[k].lower)) return p;
    }
    return 0;
  }

  // How many of x's mentions start before byte `at`.
  uint32_t MentionsBefore(const Ent& x, uint32_t at) const {
    uint32_t n = 0;
    for (uint32_t m : x.mentions) n += doc_->mentions[m].span.begin < at;
    return n;
  }

  static bool RoleMatches(const std::string& title, const std::string& role) {
    if (title.empty() || role.empty()) return false;
    if (title == role) return true;
    if (title == "leader" || title == "head" || title == "chief" || title == "official") return true;
    // "president" ~ "president of the ...", but not "vice president" or "deputy prime minister":
    // "the president" after "Vice President Joe Biden" is not Biden.
    for (size_t p = role.find(title); p != std::string::npos; p = role.find(title, p + 1)) {
      const std::string_view before = std::string_view(role).substr(0, p);
      bool lesser = false;
      // ("counselor to the president" serves one.)
      for (std::string_view w :
           {"vice ", "vice-", "deputy ", "assistant ", "associate ", "under ", "to the "})
        lesser =
            lesser || (before.size() >= w.size() && before.substr(before.size() - w.size()) == w);
      if (!lesser) return true;
    }
    return false;
  }

  // "Justice Department spokesperson Sarah Flores said that the agency had asked ...": "the
  // agency / department / bureau / committee / ministry / commission / council", not part of a
  // name, is the organisation of that kind named last in the three sentences before it whose
  // name has that word (the Justice Department is a department, the FBI a bureau; "the agency"
  // is also any government, police or intelligence body).
  void OrgAnaphora() {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<std::pair<uint32_t, int32_t>> orgs;  // (word, entity) of ORG mentions, in order
    for (const Mention& m : doc_->mentions)
      if (m.type == "ORG" && m.entity >= 0) orgs.push_back({WordAt(m.span.begin), m.entity});
    if (orgs.empty()) return;
    std::sort(orgs.begin(), orgs.end());
    for (uint32_t i = 0; i + 2 < n; ++i) {
      const std::string& noun = w_[i + 1].lower;
      if (w_[i].lower != "the" || covered_[i] || covered_[i + 1] || w_[i + 1].upper ||
          !In(noun, {"agency", "department", "bureau", "committee", "ministry", "commission",
                     "council"}) ||
          w_[i + 2].sent != w_[i].sent || w_[i + 2].upper || covered_[i + 2] ||
          In(w_[i + 2].lower, {"of", "for", "on", "'s"}) || !HasLetter(w_[i + 2].lower))
        continue;
      int32_t best = -1;
      int looked = 0;  // at most 64 bodies back, however long the sentences
      for (auto it = orgs.rbegin(); it != orgs.rend(); ++it) {
        if (it->first >= i) continue;
        if (w_[i].sent - w_[it->first].sent > 3 || ++looked > 64) break;
        const Ent& x = ents_[it->second];
        const bool body = noun == "agency" && x.actor && In(x.actor->sector, {"GOV", "COP", "SPY"});
        if (body || NameHasWord(x, noun)) {
          best = it->second;
          break;
        }
      }
      if (best < 0) continue;
      AddMention(best, i, i + 2, MentionKind::kNominal, std::nullopt);
      ++i;
    }
  }

  // Whether one of the words of x's name (or of its knowledge-base name) is `word`.
  bool NameHasWord(const Ent& x, std::string_view word) const {
    auto has = [&](const std::string& name) {
      const std::string l = LowerKey(name);
      for (size_t p = l.find(word); p != std::string::npos; p = l.find(word, p + 1)) {
        const bool left = p == 0 || !std::isalpha(static_cast<unsigned char>(l[p - 1]));
        const size_t e = p + word.size();
        const bool right = e == l.size() || !std::isalpha(static_cast<unsigned char>(l[e]));
        if (left && right) return true;
      }
      return false;
    };
    return has(x.name) || (x.kb >= 0 && kb_ && has(kb_->entry(x.kb).name));
  }

  // ---- pronouns ---------------------------------------------------------------------------------

  void Pronouns() {
    for (Ent& x : ents_) x.named_gender = x.gender;
    uint32_t n = static_cast<uint32_t>(w_.size());
    std::vector<std::pair<uint32_t, int32_t>> person_mentions;  // (word, entity) in order
    // (Not "Obama" in "the Obama administration": a modifier, not the one the text goes on
    // about.)
    for (const Mention& m : doc_->mentions)
      if (m.type == "PERSON" && m.entity >= 0 && !BeforeAdministration(m))
        person_mentions.push_back({WordAt(m.span.begin), m.entity});
    std::sort(person_mentions.begin(), person_mentions.end());
    std::vector<std::pair<uint32_t, int32_t>> resolved;  // (word, entity) of pronouns linked
    const std::vector<int32_t> region = QuoteRegions();
    constexpr int32_t kUnknown = -2;
    std::vector<int32_t> speaker_of(n, kUnknown);  // by the word of a quotation's opening mark
    std::vector<int32_t> person_at(n, -1);
    for (const Mention& m : doc_->mentions) {
      if (m.type != "PERSON" || m.entity < 0) continue;
      for (uint32_t k = WordAt(m.span.begin); k < n && w_[k].span.end <= m.span.end; ++k)
        person_at[k] = m.entity;
    }
    for (uint32_t i = 0; i < n; ++i) {
      char gender = 0;
      bool poss = false;
      if (covered_[i] || !IsPronoun(w_[i].lower, &gender, &poss)) continue;
      // In a quotation, "he" / "she" is someone the speaker talks about, not the speaker
      // (found once per quotation: a quotation's words are read once, however many pronouns).
      int32_t speaker = -1;
      if (region[i] >= 0) {
        int32_t& known = speaker_of[region[i]];
        if (known == kUnknown)
          known = QuoteSpeaker(static_cast<uint32_t>(region[i]), region, person_at);
        speaker = known;
      }
      // Salience: the first compatible person of the nearest sentence that has one (its
      // subject, usually), looking back only (no cataphora), at most one paragraph back.
      // Outside quotations, first among the persons the narrative names, then among those
      // a speaker names ("\"He meant the White House,\" Carney said. He claimed ...": Carney;
      // "\"... an enemy of Biden,\" he said": not Biden).
      int32_t best = Antecedent(i, gender, speaker, region[i] >= 0, region, person_at,
                                person_mentions, resolved);
      if (best < 0 && region[i] < 0)
        best = Antecedent(i, gender, speaker, true, region, person_at, person_mentions, resolved);
      if (best < 0) continue;
      if (!ents_[best].gender) ents_[best].gender = gender;
      AddMention(best, i, i + 1, MentionKind::kPronoun, std::nullopt);
      person_at[i] = best;
      resolved.push_back({i, best});  // in text order, as i only grows
    }
  }

  // The antecedent of the pronoun at word i (see Pronouns()), skipping the speaker's entity
  // and, unless quoted_ok, persons named inside quotations. -1: none. Candidates are the
  // names (sorted) and the pronouns linked so far (in text order, all before i), read back
  // from i, at most 256 of them.
  int32_t Antecedent(uint32_t i, char gender, int32_t speaker, bool quoted_ok,
                     const std::vector<int32_t>& region, const std::vector<int32_t>& person_at,
                     const std::vector<std::pair<uint32_t, int32_t>>& names,
                     const std::vector<std::pair<uint32_t, int32_t>>& resolved) const {
    // Whether the mention starting at word k is a subject (any of its words).
    auto subject = [&](uint32_t k) {
      for (uint32_t j = k; j < w_.size() && j < k + 6 && person_at[j] == person_at[k]; ++j)
        if (const TokenSyntax* x = SyntaxOf(j); x && x->deprel.rfind("nsubj", 0) == 0) return true;
      return false;
    };
    int32_t best = -1;
    uint32_t best_sent = 0;
    bool best_subject = false;
    size_t na = static_cast<size_t>(
        std::lower_bound(names.begin(), names.end(), std::pair<uint32_t, int32_t>{i, INT32_MIN}) -
        names.begin());
    size_t nb = resolved.size();
    for (int looked = 0; (na > 0 || nb > 0) && looked < 256; ++looked) {
      const std::pair<uint32_t, int32_t>* it =
          nb == 0 || (na > 0 && names[na - 1].first > resolved[nb - 1].first) ? &names[--na]
                                                                              : &resolved[--nb];
      const Word& a = w_[it->first];
      if (w_[i].sent - a.sent > opt_.pronoun_window) break;
      if (w_[i].para != a.para && w_[i].para - a.para > 1) break;
      if (best >= 0 && a.sent != best_sent) break;
      char g = ents_[it->second].gender;
      if ((g && g != gender) || it->second == speaker) continue;
      if (!quoted_ok && region[it->first] >= 0) continue;
      // The subject of the sentence beats a person named before it ("Before meeting with
      // Putin, Trump will try ... when he meets": Trump).
      const bool is_subject = subject(it->first);
      if (best >= 0 && best_subject && !is_subject) continue;
      best_subject = is_subject;
      best = it->second;
      best_sent = a.sent;
    }
    return best;
  }

  // For every word, the word index of the double quote mark that opened the quotation it is
  // in, or -1. Curly marks open and close, a straight one toggles; a new paragraph closes all.
  std::vector<int32_t> QuoteRegions() const {
    std::vector<int32_t> region(w_.size(), -1);
    int32_t open = -1;
    for (uint32_t i = 0; i < w_.size(); ++i) {
      if (i > 0 && w_[i].para != w_[i - 1].para) open = -1;
      const std::string& l = w_[i].lower;
      if (l == "\xE2\x80\x9C") {
        open = static_cast<int32_t>(i);
      } else if (l == "\xE2\x80\x9D") {
        open = -1;
      } else if (l == "\"") {
        open = open >= 0 ? -1 : static_cast<int32_t>(i);
      } else {
        region[i] = open;
      }
    }
    return region;
  }

  // Who most likely speaks the quotation opened at word o: the person who is the subject of
  // a verb outside quotations in the sentence where it closes, after it ("\"He ...,\" Christie
  // said"), else in the sentence of the opening mark, before it ("Christie said of Pence: \"He
  // ...\""), else after the quotation that opens the sentence before ("\"...,\" Christie said.
  // \"He ...\""). person_at: the person entity of each word, or -1. -1: no one.
  int32_t QuoteSpeaker(uint32_t o, const std::vector<int32_t>& region,
                       const std::vector<int32_t>& person_at) const {
    const uint32_t n = static_cast<uint32_t>(w_.size());
    uint32_t close = o + 1;
    while (close < n && region[close] == static_cast<int32_t>(o)) ++close;
    const uint32_t inside_begin = w_[o].span.end;
    const uint32_t inside_end = close < n ? w_[close].span.begin : UINT32_MAX;
    // The subject of a verb of saying that stands outside this quotation (not "Trump \"was
    // becoming frustrated by the coverage he was seeing\"", nor "she was honored for \"her
    // ...\"").
    auto subject = [&](uint32_t k) {
      const int32_t t = w_[k].token;
      if (person_at[k] < 0 || region[k] >= 0 || t < 0 ||
          static_cast<size_t>(t) >= doc_->syntax.size())
        return false;
      // "Christie discussing Pence on MSNBC: \"...\"": a heading's person and its verb.
      if (doc_->syntax[t].deprel == "root")
        for (size_t j = t + 1; j < doc_->syntax.size() && j < static_cast<size_t>(t) + 4; ++j)
          if (doc_->syntax[j].head == t && doc_->syntax[j].deprel == "acl" &&
              IsSpeechLemma(doc_->syntax[j].lemma))
            return true;
      if (doc_->syntax[t].deprel.rfind("nsubj", 0) != 0) return false;
      const int32_t h = doc_->syntax[t].head;
      if (h < 0 || static_cast<size_t>(h) >= doc_->syntax.size() ||
          static_cast<size_t>(h) >= doc_->tokens.size())
        return false;
      const uint32_t at = doc_->tokens[h].span.begin;
      return (at < inside_begin || at >= inside_end) && IsSpeechLemma(doc_->syntax[h].lemma);
    };
    for (uint32_t k = close + 1; k < n && w_[k].sent == w_[close].sent; ++k) {
      if (region[k] >= 0) break;
      if (subject(k)) return person_at[k];
    }
    const uint32_t sent = w_[o].sent;
    uint32_t k = o;
    while (k > 0 && w_[k - 1].sent == sent) {
      --k;
      if (subject(k)) return person_at[k];
    }
    uint32_t first = k;  // the previous sentence: [first, k)
    while (first > 0 && w_[first - 1].sent + 1 == sent) --first;
    if (first == k || first + 1 >= k || region[first + 1] != static_cast<int32_t>(first)) return -1;
    for (uint32_t j = first + 1; j < k; ++j)
      if (region[j] < 0 && subject(j)) return person_at[j];
    return -1;
  }

  uint32_t WordAt(uint32_t byte) const {
    auto it = std::lower_bound(w_.begin(), w_.end(), byte,
                               [](const Word& w, uint32_t b) { return w.span.begin < b; });
    return static_cast<uint32_t>(it - w_.begin());
  }

  // ---- output -------------------------------------------------------------------------------------

  void Finish() {
    // Entities in order of first mention; mentions in text order.
    std::vector<int32_t> order;
    for (size_t i = 0; i < ents_.size(); ++i)
      if (!ents_[i].mentions.empty()) order.push_back(static_cast<int32_t>(i));
    auto first = [&](int32_t e) {
      uint32_t b = UINT32_MAX;
      for (uint32_t m : ents_[e].mentions) b = std::min(b, doc_->mentions[m].span.begin);
      return b;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](int32_t a, int32_t b) { return first(a) < first(b); });
    std::vector<int32_t> new_index(ents_.size(), -1);
    for (size_t k = 0; k < order.size(); ++k) new_index[order[k]] = static_cast<int32_t>(k);
    // Sort mentions by position and remap.
    std::vector<uint32_t> morder(doc_->mentions.size());
    for (size_t i = 0; i < morder.size(); ++i) morder[i] = static_cast<uint32_t>(i);
    std::stable_sort(morder.begin(), morder.end(), [&](uint32_t a, uint32_t b) {
      const Span& x = doc_->mentions[a].span;
      const Span& y = doc_->mentions[b].span;
      return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
    });
    std::vector<Mention> ms;
    ms.reserve(morder.size());
    for (uint32_t i : morder) {
      Mention m = doc_->mentions[i];
      m.entity = m.entity >= 0 ? new_index[m.entity] : -1;
      ms.push_back(std::move(m));
    }
    doc_->mentions = std::move(ms);
    doc_->entities.resize(order.size());
    for (size_t k = 0; k < order.size(); ++k) {
      Entity& out = doc_->entities[k];
      const Ent& x = ents_[order[k]];
      out.id = "e" + std::to_string(k + 1);
      out.type = x.type;
      // A person the knowledge base knows goes by its name there ("Barack Obama", not the
      // "Mr. Obama" or "Obama" the article happened to use first), so the store and its
      // queries show one name per person across articles.
      const bool kb_person = x.kb >= 0 && kb_ && kb_->entry(x.kb).kind == KbKind::kPerson;
      out.name = kb_person ? kb_->entry(x.kb).name : x.name;
      out.actor = Actor(x);
      out.gender = x.named_gender ? x.named_gender : kb_person ? kb_->entry(x.kb).gender : 0;
    }
    for (uint32_t i = 0; i < doc_->mentions.size(); ++i) {
      int32_t e = doc_->mentions[i].entity;
      if (e >= 0) doc_->entities[e].mentions.push_back(i);
    }
  }

  std::optional<ActorRef> Actor(const Ent& x) const {
    if (x.kb < 0) return x.actor && !x.actor->code.empty() ? x.actor : std::nullopt;
    const KbEntry& k = kb_->entry(x.kb);
    ActorRef a;
    a.kb = k.id;
    a.code = k.code;
    a.sector = k.sector;
    if (k.kind == KbKind::kPerson) {
      a.sector.clear();
      if (const KbRole* r = KnowledgeBase::RoleOn(k, date_)) {
        a.code = r->code;
        a.sector = r->sector;
        a.role = r->role;
      }
    }
    if (a.code.empty()) return std::nullopt;
    return a;
  }

  const KnowledgeBase* kb_;
  const NerModel* ner_;
  const AnnotateOptions& opt_;
  Document* doc_;
  std::vector<Word> w_;
  int32_t date_ = 0;
  std::vector<std::string> article_codes_;  // countries named in the article (ArticleCountries)
  std::vector<Ent> ents_;
  mutable std::unordered_map<int32_t, bool> named_in_full_;  // NamedInFull, by KB entry
  std::unordered_map<std::string, int32_t>
      party_descriptors_;  // "kentucky republican" -> its person
  std::vector<std::pair<uint32_t, uint32_t>> pending_descriptors_;  // words of each, to resolve
  // People whose role is held for a possessor ("Trump's spokesman"): entity, and where the
  // possessor's name ends in the text (PossessedRoles).
  std::vector<std::pair<int32_t, uint32_t>> possessed_roles_;
  // RegionOverCountry's answer by name.
  std::unordered_map<std::string, int32_t> region_over_country_;
  std::unordered_map<int32_t, int32_t> by_kb_;
  std::unordered_map<std::string, int32_t> by_name_;
  mutable std::string scratch_key_;  // KbReach's n-gram key, reused

 public:
  // Words already inside a mention.
  struct Covered {
    std::vector<uint8_t> v;
    uint8_t& operator[](size_t i) {
      if (i >= v.size()) v.resize(i + 1, 0);
      return v[i];
    }
    uint8_t operator[](size_t i) const { return i < v.size() ? v[i] : 0; }
  } covered_;
};

}  // namespace

void BuildWords(const Document& doc, size_t max_words, std::vector<Word>* words) {
  words->clear();
  std::vector<Span> spans;
  const std::string& text = doc.text();
  auto add_range = [&](uint32_t tb, uint32_t te, uint32_t sent, uint32_t para) {
    for (uint32_t t = tb; t < te && words->size() < max_words; ++t) {
      spans.clear();
      const Span& s = doc.tokens[t].span;
      SplitWords(text, s.begin, s.end, max_words - words->size(), &spans);
      for (const Span& sp : spans) {
        Word w;
        w.span = sp;
        std::string_view v = std::string_view(text).substr(sp.begin, sp.size());
        w.lower = LowerKey(v);
        w.sent = sent;
        w.para = para;
        w.token = static_cast<int32_t>(t);
        w.upper = StartsUpper(v);
        w.caps = IsAllCaps(v);
        words->push_back(std::move(w));
      }
    }
  };
  if (doc.sentences.empty()) {
    add_range(0, static_cast<uint32_t>(doc.tokens.size()), 0, 0);
  } else {
    for (size_t si = 0; si < doc.sentences.size(); ++si) {
      const Sentence& s = doc.sentences[si];
      uint32_t te = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
      add_range(s.token_begin, te, static_cast<uint32_t>(si), s.paragraph);
    }
  }
  // Sentences written in capitals (headlines, sports tables).
  size_t i = 0;
  while (i < words->size()) {
    size_t j = i, letters = 0, caps = 0;
    while (j < words->size() && (*words)[j].sent == (*words)[i].sent) {
      if (HasLetter((*words)[j].lower)) {
        ++letters;
        if ((*words)[j].caps && (*words)[j].span.size() > 1) ++caps;
      }
      ++j;
    }
    bool caps_sentence = letters >= 3 && caps * 10 >= letters * 7;
    for (size_t k = i; k < j; ++k) (*words)[k].caps_sentence = caps_sentence;
    i = j;
  }
}

Status AnnotateDocument(const KnowledgeBase* kb, const NerModel* ner, const AnnotateOptions& opt,
                        Document* doc) {
  return Run(kb, ner, opt, doc).Go();
}

}  // namespace newsgraph::entities
