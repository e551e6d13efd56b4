#include "entities/kb.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "entities/words.h"

#ifndef NEWSGRAPH_GENERATED_DIR
#define NEWSGRAPH_GENERATED_DIR "generated"
#endif

namespace newsgraph::entities {
namespace {

constexpr size_t kMaxLine = 4096;
constexpr size_t kMaxAliasWords = 12;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t b = 0;
  for (int guard = 0; guard < 32; ++guard) {
    size_t t = line.find('\t', b);
    f.push_back(line.substr(b, t == std::string_view::npos ? std::string_view::npos : t - b));
    if (t == std::string_view::npos) break;
    b = t + 1;
  }
  return f;
}

std::string_view Field(const std::vector<std::string_view>& f, size_t i) {
  return i < f.size() ? f[i] : std::string_view();
}

int32_t ToInt(std::string_view s) {
  int32_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

float ToFloat(std::string_view s) {
  // from_chars for float is available in libstdc++ 11+.
  float v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

size_t WordCount(std::string_view key) {
  return key.empty() ? 0 : 1 + std::count(key.begin(), key.end(), ' ');
}

int KindRank(KbKind k) {
  switch (k) {
    case KbKind::kPerson: return 6;
    case KbKind::kOrg: return 5;
    case KbKind::kMedia: return 5;
    case KbKind::kCountry: return 4;
    case KbKind::kPlace: return 3;
    case KbKind::kCity: return 2;
    case KbKind::kRegion: return 1;
  }
  return 0;
}

}  // namespace

std::string DefaultKbPath() { return std::string(NEWSGRAPH_GENERATED_DIR) + "/kb.tsv"; }

int32_t ParseIsoDate(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return 0;
  int32_t y = ToInt(s.substr(0, 4)), m = ToInt(s.substr(5, 2)), d = ToInt(s.substr(8, 2));
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
  return y * 10000 + m * 100 + d;
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::Load(const std::string& path,
                                                                 size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open knowledge base " + path);
  in.seekg(0, std::ios::end);
  std::streamoff n = in.tellg();
  if (n < 0) return Status::IoError("cannot read knowledge base " + path);
  if (static_cast<size_t>(n) > max_bytes)
    return Status::ResourceExhausted("knowledge base " + path + " is larger than the budget");
  std::string text(static_cast<size_t>(n), '\0');
  in.seekg(0);
  in.read(text.data(), n);
  if (!in) return Status::IoError("cannot read knowledge base " + path);
  return Parse(text);
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::Parse(std::string_view text) {
  auto kb = std::make_shared<KnowledgeBase>();
  Building building;
  size_t pos = 0, lineno = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (line.size() > kMaxLine)
      return Status::Corruption("knowledge base line " + std::to_string(lineno) + " too long");
    Status s = kb->AddLine(line, &building);
    if (!s.ok())
      return Status::Corruption("knowledge base line " + std::to_string(lineno) + ": " +
                                s.message());
  }
  kb->Rank(&building);
  kb->Freeze(&building);
  return std::shared_ptr<const KnowledgeBase>(std::move(kb));
}

Status KnowledgeBase::AddLine(std::string_view line, Building* b) {
  std::unordered_map<std::string, uint32_t>* ids = &b->ids;
  std::vector<std::string_view> f = SplitTabs(line);
  std::string_view tag = f[0];
  if (tag == "E") {
    if (f.size() < 6) return Status::InvalidArgument("short E record");
    KbEntry e;
    e.id = std::string(f[1]);
    e.type = std::string(f[2]);
    e.name = std::string(f[3]);
    e.code = std::string(f[4]);
    e.sector = std::string(f[5]);
    std::string_view g = Field(f, 6);
    e.gender = g.empty() ? 0 : g[0];
    std::string_view flags = Field(f, 11);
    if (!Field(f, 8).empty()) {
      e.has_coords = true;
      e.lat = ToFloat(Field(f, 8));
      e.lon = ToFloat(Field(f, 9));
    }
    e.population = static_cast<uint32_t>(std::max<int32_t>(0, ToInt(Field(f, 10))));
    e.capital = flags.find("capital") != std::string_view::npos;
    e.word = flags.find("word") != std::string_view::npos;
    if (e.type == "PERSON") {
      e.kind = KbKind::kPerson;
    } else if (e.id.rfind("country-", 0) == 0) {
      e.kind = KbKind::kCountry;
    } else if (flags.find("region") != std::string_view::npos) {
      e.kind = KbKind::kRegion;
    } else if (flags.find("place") != std::string_view::npos) {
      e.kind = KbKind::kPlace;
    } else if (flags.find("media") != std::string_view::npos) {
      e.kind = KbKind::kMedia;
    } else if (e.id.rfind("geo-", 0) == 0) {
      e.kind = KbKind::kCity;
    } else {
      e.kind = KbKind::kOrg;
    }
    uint32_t idx = static_cast<uint32_t>(entries_.size());
    if (!ids->emplace(e.id, idx).second) return Status::InvalidArgument("duplicate id " + e.id);
    if (e.kind == KbKind::kCountry || (e.kind == KbKind::kOrg && e.sector == "IGO"))
      by_code_.emplace(e.code, static_cast<int32_t>(idx));
    entries_.push_back(std::move(e));
  } else if (tag == "A") {
    auto it = ids->find(std::string(Field(f, 1)));
    if (it == ids->end()) return Status::InvalidArgument("alias of unknown id");
    AddAlias(b, it->second, Field(f, 2));
  } else if (tag == "R") {
    auto it = ids->find(std::string(Field(f, 1)));
    if (it == ids->end()) return Status::InvalidArgument("role of unknown id");
    KbRole r{std::string(Field(f, 2)), std::string(Field(f, 3)), std::string(Field(f, 4)),
             ToInt(Field(f, 5)), ToInt(Field(f, 6))};
    entries_[it->second].roles.push_back(std::move(r));
  } else if (tag == "D") {
    KbWord w;
    w.code = std::string(Field(f, 2));
    w.plural = Field(f, 3) == "1";
    AddWord(&b->demonyms, Field(f, 1), std::move(w));
  } else if (tag == "T") {
    KbWord w;
    w.sector = std::string(Field(f, 2));
    w.role = std::string(Field(f, 3));
    std::string_view g = Field(f, 4);
    w.gender = g.empty() ? 0 : g[0];
    std::string key = PhraseKey(Field(f, 1));
    size_t from = 0;
    for (int guard = 0; guard < 16 && from <= key.size(); ++guard) {
      size_t e = key.find(' ', from);
      if (e == std::string::npos) e = key.size();
      if (!IsPortfolioWord(key.substr(from, e - from)))
        b->role_words[key.substr(from, e - from)] = 1;
      from = e + 1;
    }
    AddWord(&b->roles, Field(f, 1), std::move(w));
  } else if (tag == "B") {
    KbWord w;
    w.sector = std::string(Field(f, 2));
    w.type = std::string(Field(f, 3));
    AddWord(&b->bodies, Field(f, 1), std::move(w));
  } else if (tag == "M") {
    KbWord w;
    w.code = std::string(Field(f, 2));
    w.sector = std::string(Field(f, 3));
    AddWord(&b->seats, Field(f, 1), std::move(w));
  } else {
    return Status::InvalidArgument("unknown record type");
  }
  return Status::Ok();
}

namespace {

// The surname of a person's name key: its last word, skipping generational suffixes; empty
// when no two words are left ("Charles III"), after a title ("King Charles") or in a
// patronymic ("Mohammed bin Salman"), where the last word is not a family name.
std::string_view SurnameOf(std::string_view key) {
  for (std::string_view title : {"king ", "queen ", "prince ", "crown ", "princess ", "sheikh ",
                                 "emir ", "sultan ", "pope ", "ayatollah ", "grand "})
    if (key.substr(0, title.size()) == title) return {};
  if (key.find(" bin ") != std::string_view::npos || key.find(" ibn ") != std::string_view::npos ||
      key.find(" bint ") != std::string_view::npos)
    return {};
  while (true) {
    size_t sp = key.rfind(' ');
    if (sp == std::string_view::npos) return {};
    std::string_view last = key.substr(sp + 1);
    if (last != "jr." && last != "jr" && last != "sr." && last != "sr" && last != "ii" &&
        last != "iii" && last != "iv")
      return last;
    key = key.substr(0, sp);
  }
}

// Countries whose people's names are written family name first in English news.
bool FamilyNameFirst(std::string_view code) {
  return code == "CHN" || code == "TWN" || code == "KOR" || code == "PRK";
}

// The keys under which the document's words can spell a phrase key besides itself: the
// tokenizer splits "al-Qaeda" into "al", "-", "Qaeda" and a sentence's last "U.S." into
// "U.S" and ".", so "al - qaeda" and "u.s" are keys of those aliases too.
std::vector<std::string> TokenizedVariants(const std::string& key) {
  std::vector<std::string> out;
  std::string split;
  for (size_t i = 0; i < key.size(); ++i) {
    const bool inner_dash = key[i] == '-' && i > 0 && i + 1 < key.size() && key[i - 1] != ' ' &&
                            key[i + 1] != ' ' && key[i + 1] != '-';
    split += inner_dash ? " - " : std::string(1, key[i]);
  }
  if (split != key) out.push_back(split);
  if (key.size() > 2 && key.back() == '.' && key.find(' ') == std::string::npos &&
      key.find('.') < key.size() - 1)
    out.push_back(key.substr(0, key.size() - 1));
  return out;
}

}  // namespace

void KnowledgeBase::AddAlias(Building* b, uint32_t entity, std::string_view alias) {
  std::string key = PhraseKey(alias);
  size_t n = WordCount(key);
  if (n == 0 || n > kMaxAliasWords) return;
  if (entries_[entity].kind == KbKind::kPerson) {
    auto index = [entity](std::vector<uint32_t>* people) {
      if (std::find(people->begin(), people->end(), entity) == people->end())
        people->push_back(entity);
    };
    if (std::string_view s = SurnameOf(key); !s.empty()) index(&b->surnames[std::string(s)]);
    // Chinese and Korean names put the family name first: "President Moon" is Moon Jae-in.
    if (const size_t sp = key.find(' ');
        sp != std::string::npos && FamilyNameFirst(entries_[entity].code))
      index(&b->family_names[key.substr(0, sp)]);
  }
  std::vector<std::string> keys = TokenizedVariants(key);
  keys.push_back(std::move(key));
  for (const std::string& k : keys) {
    const size_t words = WordCount(k);
    if (words > kMaxAliasWords) continue;
    max_words_ = std::max(max_words_, words);
    std::vector<uint32_t>& v = b->aliases[k];
    if (std::find(v.begin(), v.end(), entity) == v.end()) v.push_back(entity);
  }
}

void KnowledgeBase::AddWord(std::unordered_map<std::string, KbWord>* m, std::string_view phrase,
                            KbWord w) {
  std::string key = PhraseKey(phrase);
  size_t n = WordCount(key);
  if (n == 0 || n > kMaxAliasWords) return;
  max_words_ = std::max(max_words_, n);
  m->emplace(std::move(key), std::move(w));
}

void KnowledgeBase::Rank(Building* b) {
  for (auto& [key, v] : b->aliases) {
    std::stable_sort(v.begin(), v.end(), [this](uint32_t a, uint32_t b) {
      const KbEntry& x = entries_[a];
      const KbEntry& y = entries_[b];
      int rx = KindRank(x.kind) + (x.capital ? 1 : 0), ry = KindRank(y.kind) + (y.capital ? 1 : 0);
      if (rx != ry) return rx > ry;
      return x.population > y.population;
    });
  }
}

void KnowledgeBase::FreezeList(std::unordered_map<std::string, KbWord>* from, WordList* to) {
  to->words.reserve(from->size());
  for (auto& [key, w] : *from) {
    to->index.Add(key, static_cast<uint32_t>(to->words.size()));
    to->words.push_back(std::move(w));
  }
  to->index.Build();
  from->clear();
}

void KnowledgeBase::FreezeSets(std::unordered_map<std::string, std::vector<uint32_t>>* from,
                               EntitySets* to) {
  to->sets.reserve(from->size());
  for (auto& [key, v] : *from) {
    to->index.Add(key, static_cast<uint32_t>(to->sets.size()));
    to->sets.push_back(std::move(v));
  }
  to->index.Build();
  from->clear();
}

void KnowledgeBase::AddPrefixes(std::string_view key) {
  for (size_t sp = key.find(' '); sp != std::string_view::npos; sp = key.find(' ', sp + 1))
    prefixes_.Add(key.substr(0, sp), 0);
}

void KnowledgeBase::Freeze(Building* b) {
  for (const auto* list : {&b->demonyms, &b->roles, &b->bodies, &b->seats})
    for (const auto& [key, w] : *list) AddPrefixes(key);
  for (const auto& [key, v] : b->aliases) AddPrefixes(key);
  prefixes_.Build();
  FreezeSets(&b->aliases, &aliases_);
  FreezeSets(&b->surnames, &surnames_);
  FreezeSets(&b->family_names, &family_names_);
  FreezeList(&b->demonyms, &demonyms_);
  FreezeList(&b->roles, &roles_);
  FreezeList(&b->bodies, &bodies_);
  FreezeList(&b->seats, &seats_);
  for (const auto& [word, one] : b->role_words) role_words_.Add(word, 0);
  role_words_.Build();
}

const std::vector<uint32_t>* KnowledgeBase::Find(std::string_view key) const {
  return aliases_.Find(key);
}

const std::vector<uint32_t>* KnowledgeBase::PeopleBySurname(std::string_view surname) const {
  return surnames_.Find(surname);
}

const std::vector<uint32_t>* KnowledgeBase::PeopleByFamilyName(std::string_view family) const {
  return family_names_.Find(family);
}

bool KnowledgeBase::IsPortfolioWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "health",   "education", "energy",      "transportation", "transport",   "labor",
      "labour",   "commerce",  "agriculture", "trade",          "environment", "housing",
      "homeland", "security",  "culture",     "brexit"};
  for (std::string_view x : kWords)
    if (w == x) return true;
  return false;
}

bool KnowledgeBase::IsRoleWord(std::string_view lower_word) const {
  return role_words_.Contains(lower_word);
}

int32_t KnowledgeBase::ByCode(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? -1 : it->second;
}

const KbRole* KnowledgeBase::RoleOn(const KbEntry& e, int32_t date) {
  const KbRole* best = nullptr;
  for (const KbRole& r : e.roles) {
    if (date == 0) {
      if (r.end == 0) return &r;
      if (!best || r.start > best->start) best = &r;
      continue;
    }
    if ((r.start == 0 || r.start <= date) && (r.end == 0 || date < r.end)) {
      if (!best || r.start > best->start) best = &r;  // the most recent of overlapping roles
    }
  }
  return best;
}

}  // namespace newsgraph::entities
