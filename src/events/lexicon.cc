#include "events/lexicon.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#ifndef NEWSGRAPH_SOURCE_DIR
#define NEWSGRAPH_SOURCE_DIR "."
#endif

namespace newsgraph::events {
namespace {

constexpr char kIsoCountries[] = "/usr/share/iso-codes/json/iso_3166-1.json";
constexpr char kIsoRegions[] = "/usr/share/iso-codes/json/iso_3166-2.json";
constexpr char kCities[] = "/usr/share/libtimezonemap/ui/cities15000.txt";

std::string Upper(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return r;
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// Phrase in dictionary form: spaces to '_', stopped with a final '_'.
std::string DictPhrase(std::string_view name) {
  std::string r;
  for (char c : name) r.push_back(c == ' ' ? '_' : c);
  return Upper(r) + "_";
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t s = 0;
  while (true) {
    size_t t = line.find('\t', s);
    out.push_back(line.substr(s, t == std::string::npos ? std::string::npos : t - s));
    if (t == std::string::npos) break;
    s = t + 1;
  }
  return out;
}

// Minimal reader for iso_3166-1.json: the values of "alpha_2", "alpha_3",
// "name" and "common_name" in each {...} object.
std::string JsonField(std::string_view obj, std::string_view key) {
  std::string pat = "\"" + std::string(key) + "\"";
  size_t k = obj.find(pat);
  if (k == std::string_view::npos) return "";
  size_t q = obj.find('"', obj.find(':', k) + 1);
  if (q == std::string_view::npos) return "";
  size_t e = obj.find('"', q + 1);
  if (e == std::string_view::npos) return "";
  return std::string(obj.substr(q + 1, e - q - 1));
}

// Country and first-level region names (upper case) -> the area they name.
// A town elsewhere never takes such a name ("in Venezuela" is not the Cuban
// town, "in Florida" not Floridablanca, whose alternate name it is).
using AreaNames = std::unordered_map<std::string, Place>;

// Calls fn(object) for each {...} object of an iso-codes JSON file (at most
// max_objects); nothing when the file is missing (iso-codes not installed).
template <typename Fn>
void ForEachIsoObject(const char* path, int max_objects, Fn fn) {
  std::ifstream in(path);
  if (!in) return;
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  size_t pos = 0;
  for (int guard = 0; guard < max_objects; ++guard) {
    size_t b = text.find('{', pos + 1);
    if (b == std::string::npos) break;
    size_t e = text.find('}', b);
    if (e == std::string::npos) break;
    pos = e;
    fn(std::string_view(text.data() + b, e - b));
  }
}

Status LoadCountries(Lexicon* lex, std::string* dict_text, AreaNames* countries) {
  ForEachIsoObject(kIsoCountries, 1000, [&](std::string_view obj) {
    std::string a2 = JsonField(obj, "alpha_2"), a3 = JsonField(obj, "alpha_3");
    if (a2.empty() || a3.empty()) return;
    lex->alpha2_to_3[a2] = a3;
    for (const char* key : {"name", "common_name"}) {
      std::string n = JsonField(obj, key);
      if (n.empty() || !IsAscii(n) || n.find(',') != std::string::npos ||
          n.find('(') != std::string::npos)
        continue;
      *dict_text += DictPhrase(n) + " [" + a3 + "]\n";
      Place& area = (*countries)[Upper(n)];
      area.name = n;
      area.country = a3;
    }
  });
  return Status::Ok();
}

// The kinds of first-level subdivision that news names as places ("in Florida",
// "in Punjab", "in Bavaria", "in Scotland"); counties, departments and
// parishes are left out: their names are mostly also towns elsewhere.
bool IsMajorRegion(std::string_view type) {
  for (std::string_view t : {"State", "Province", "Land", "Governorate", "Region", "Oblast",
                             "Autonomous region", "Territory", "Country", "Republic"})
    if (type == t) return true;
  return false;
}

// First-level regions of iso_3166-2.json; a name two countries share, or that
// is a country's name ("Georgia"), names no region.
void LoadRegions(const Lexicon& lex, const AreaNames& countries, AreaNames* regions) {
  std::unordered_map<std::string, int> seen;
  ForEachIsoObject(kIsoRegions, 20000, [&](std::string_view obj) {
    std::string code = JsonField(obj, "code"), name = JsonField(obj, "name");
    if (code.size() < 4 || name.empty() || !IsAscii(name) ||
        obj.find("\"parent\"") != std::string_view::npos || !IsMajorRegion(JsonField(obj, "type")))
      return;
    auto a3 = lex.alpha2_to_3.find(code.substr(0, 2));
    if (a3 == lex.alpha2_to_3.end()) return;
    std::string key = Upper(name);
    if (countries.count(key) || ++seen[key] > 1) {
      regions->erase(key);
      return;
    }
    Place& area = (*regions)[key];
    area.name = name;
    area.country = a3->second;
  });
}

// A town elsewhere never takes a country's name; it takes a region's name
// only when it is a big city ("Washington", "New York" are the cities). A
// city inside the country or region it shares a name with keeps it (it has
// coordinates: "Singapore", "Baghdad").
bool ShadowsArea(const Place& town, const std::string& key, const AreaNames& countries,
                 const AreaNames& regions) {
  constexpr long kBigCity = 500000;
  if (auto c = countries.find(key); c != countries.end()) return c->second.country != town.country;
  auto r = regions.find(key);
  return r != regions.end() && r->second.country != town.country && town.population < kBigCity;
}

void LoadCities(Lexicon* lex, std::string* dict_text, const AreaNames& countries,
                const AreaNames& regions) {
  std::ifstream in(kCities);
  if (!in) return;
  std::string line;
  for (size_t n = 0; n < 200000 && std::getline(in, line); ++n) {
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() < 15) continue;
    auto it = lex->alpha2_to_3.find(f[8]);
    std::string a3 = it == lex->alpha2_to_3.end() ? "" : it->second;
    Place p;
    p.name = f[1];
    p.country = a3;
    p.lat = std::atof(f[4].c_str());
    p.lon = std::atof(f[5].c_str());
    p.has_coords = true;
    p.population = std::atol(f[14].c_str());
    // A place is shown with the ASCII name the text can use ("Geneva", not
    // "Genève"). Towns named after continents ("Asia", a Philippine town)
    // never stand for the continent.
    auto add = [&](const std::string& name) {
      if (name.empty() || !IsAscii(name)) return;
      std::string key = Upper(name);
      if (ShadowsArea(p, key, countries, regions)) return;
      if (key == "ASIA" || key == "EUROPE" || key == "AFRICA" || key == "AMERICA" ||
          key == "OCEANIA" || key == "ANTARCTICA")
        return;
      Place& slot = lex->places[key];
      if (slot.population < p.population) {
        slot = p;
        if (!IsAscii(p.name)) slot.name = name;
      }
    };
    add(f[1]);
    add(f[2]);
    // ASCII alternate names ("Geneva" for Geneve) of larger cities only.
    if (p.population >= 100000) {
      std::stringstream alts(f[3]);
      std::string a;
      for (int k = 0; k < 64 && std::getline(alts, a, ','); ++k)
        if (!a.empty() && std::isupper(static_cast<unsigned char>(a[0]))) add(a);
    }
    // Capitals stand for their governments ("Moscow said").
    if (f[7] == "PPLC" && !a3.empty() && IsAscii(f[2]))
      *dict_text += DictPhrase(f[2]) + " [" + a3 + "GOV]\n";
  }
}

Status LoadDiscards(const std::string& path, Lexicon* lex) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open " + path);
  std::string line;
  for (size_t n = 0; n < 100000 && std::getline(in, line); ++n) {
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    std::vector<std::string> words;
    std::string cur;
    for (char c : line + " ") {
      if (c == '_' || std::isspace(static_cast<unsigned char>(c))) {
        if (!cur.empty()) words.push_back(Upper(cur));
        cur.clear();
      } else if (c != '+') {
        cur.push_back(c);
      }
    }
    if (!words.empty()) lex->discards.push_back(std::move(words));
  }
  return Status::Ok();
}

}  // namespace

std::string EventsDataDir(const PipelineOptions& options) {
  std::error_code ec;
  if (const char* env = std::getenv("NEWSGRAPH_DATA"); env && *env) return env;
  if (!options.model_dir.empty()) {
    std::filesystem::path p = std::filesystem::path(options.model_dir) / ".." / "data";
    if (std::filesystem::is_directory(p / "events", ec)) return p.string();
  }
  return std::string(NEWSGRAPH_SOURCE_DIR) + "/data";
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const PipelineOptions& options) {
  auto lex = std::make_shared<Lexicon>();
  std::string dir = EventsDataDir(options) + "/events";
  if (options.verb_dicts.empty()) {
    NG_RETURN_IF_ERROR(lex->verbs.AddFile(dir + "/verbs.txt"));
  } else {
    lex->user_verbs = true;
    for (const std::string& f : options.verb_dicts) NG_RETURN_IF_ERROR(lex->verbs.AddFile(f));
  }
  for (const std::string& f : options.actor_dicts) {
    lex->user_actors = true;
    NG_RETURN_IF_ERROR(lex->actors.AddFile(f));
  }
  NG_RETURN_IF_ERROR(LoadDiscards(dir + "/discards.txt", lex.get()));
  NG_RETURN_IF_ERROR(lex->builtin.AddFile(dir + "/agents.txt"));
  NG_RETURN_IF_ERROR(lex->builtin.AddFile(dir + "/actors.txt"));
  std::string generated;
  AreaNames countries, regions;
  NG_RETURN_IF_ERROR(LoadCountries(lex.get(), &generated, &countries));
  LoadRegions(*lex, countries, &regions);
  // The areas themselves are no places: "in <country>" after a verb names the
  // place of the event less often than a city does ("jobs in China", "the
  // embassy in Israel": 13 of 20 such locations read on allsides were wrong).
  LoadCities(lex.get(), &generated, countries, regions);
  NG_RETURN_IF_ERROR(lex->builtin.AddText(generated, "iso-codes+cities15000"));
  return std::shared_ptr<const Lexicon>(std::move(lex));
}

}  // namespace newsgraph::events
