#include "store/export.h"

#include <simdjson.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/json_writer.h"

namespace newsgraph::store {
namespace {

Result<std::string> ReadSmallFile(const std::string& path, size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::string data;
  char buf[65536];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    data.append(buf, static_cast<size_t>(in.gcount()));
    if (data.size() > max_bytes) {
      return Status::InvalidArgument(path + " is larger than " + std::to_string(max_bytes) +
                                     " bytes");
    }
  }
  return data;
}

bool AllDigits(std::string_view s) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string FormatDouble(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// "2022-01-20" -> "20220120"; "" when not a full date.
std::string CompactDate(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return "";
  return std::string(iso.substr(0, 4)) + std::string(iso.substr(5, 2)) +
         std::string(iso.substr(8, 2));
}

// "2026-11-29T05:32:04Z" -> "20261129053204".
std::string CompactTimestamp(std::string_view ts) {
  std::string out;
  for (char c : ts) {
    if (c >= '0' && c <= '9') out.push_back(c);
  }
  return out.size() == 14 ? out : "";
}

// GDELT's FractionDate: YYYY + (MM * 30 + DD) / 365, four decimals.
std::string FractionDate(std::string_view day) {
  if (day.size() != 8) return "";
  int y = std::stoi(std::string(day.substr(0, 4)));
  int m = std::stoi(std::string(day.substr(4, 2)));
  int d = std::stoi(std::string(day.substr(6, 2)));
  return FormatDouble(y + (m * 30 + d) / 365.0, 4);
}

// Codes the GDELT/CAMEO actor scheme files as known groups, not countries.
bool IsGroupCode(std::string_view code) {
  static const char* const kGroups[] = {"EUR", "NAT", "UNO", "IGO", "NGO", "IMG", "MNC", "AMN",
                                        "HRW", "ICC", "IMF", "WBK", "WTO", "OPC", "ASN", "AFR"};
  for (const char* g : kGroups) {
    if (code == g) return true;
  }
  return false;
}

// ---- PLOVER ---------------------------------------------------------------------

void WritePloverArgs(JsonWriter& w, std::string_view key, const std::vector<ExportArg>& args) {
  w.Key(key).BeginArray();
  for (const ExportArg& a : args) {
    w.BeginObject().FieldOrNull("code", a.code).FieldOrNull("sector", a.sector);
    w.FieldOrNull("entity_text", a.name);
    if (!a.kb.empty()) w.Field("identifier_id", a.kb);
    w.EndObject();
  }
  w.EndArray();
}

void WriteStrings(JsonWriter& w, std::string_view key, const std::vector<std::string>& v) {
  w.Key(key).BeginArray();
  for (const std::string& s : v) w.String(s);
  w.EndArray();
}

std::string PloverLine(const ExportEvent& e, const ExportTables& t) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("id", "ng-" + std::to_string(e.id)).FieldOrNull("date", e.date);
  w.FieldOrNull("date_precision", e.date_precision);
  WritePloverArgs(w, "actor", e.actor);
  WritePloverArgs(w, "recipient", e.recipient);
  WriteStrings(w, "event",
               e.type.empty() ? std::vector<std::string>{} : std::vector<std::string>{e.type});
  WriteStrings(w, "mode",
               e.mode.empty() ? std::vector<std::string>{} : std::vector<std::string>{e.mode});
  WriteStrings(w, "context", e.context);
  w.Key("event_loc");
  if (e.location_name.empty() && e.location_country.empty()) {
    w.Null();
  } else {
    w.BeginObject().FieldOrNull("name", e.location_name).FieldOrNull("country", e.location_country);
    if (e.has_coords) w.Key("lat").Double(e.lat).Key("lon").Double(e.lon);
    w.EndObject();
  }
  WriteStrings(w, "event_text", {e.trigger});
  int quad = QuadClass(e.cameo, e.type);
  w.Key("quad_code");
  quad ? w.Int(quad) : w.Null();
  std::optional<double> g = t.cameo ? t.cameo->Goldstein(e.cameo) : std::nullopt;
  w.Key("event_scale");
  g ? w.Double(*g) : w.Null();
  w.FieldOrNull("cameo", e.cameo).FieldOrNull("modality", e.modality);
  w.FieldOrNull("quote", e.quote_id);
  w.Key("text_info").BeginObject().Field("sequence", e.sentence).EndObject();
  w.Key("cite_info").BeginObject().FieldOrNull("url", e.url).FieldOrNull("title", e.title);
  w.FieldOrNull("publisher", e.outlet).FieldOrNull("published", e.published).EndObject();
  w.Field("coder", "newsgraph").FieldOrNull("coded_date", e.ingested_at.substr(0, 10));
  w.Field("mentions", e.mentions).Field("sources", e.sources).Field("articles", e.articles);
  w.Key("reports").BeginArray();
  for (const ExportReport& r : e.reports) {
    w.BeginObject().Field("article", r.article_id).Field("event", r.event_id);
    w.FieldOrNull("url", r.url).FieldOrNull("publisher", r.outlet);
    w.FieldOrNull("published", r.published).EndObject();
  }
  w.EndArray().EndObject();
  out += '\n';
  return out;
}

// ---- GDELT --------------------------------------------------------------------------

// The 10 actor columns: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
// Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
void GdeltActor(const std::vector<ExportArg>& args, std::vector<std::string>* row) {
  const ExportArg* a = args.empty() ? nullptr : &args.front();
  std::string code = a ? a->code : "", sector = a ? a->sector : "";
  bool group = IsGroupCode(code);
  row->push_back(code + sector);
  row->push_back(a ? a->name : "");
  row->push_back(group ? "" : code);
  row->push_back(group ? code : "");
  row->insert(row->end(), 3, "");
  row->push_back(sector);
  row->insert(row->end(), 2, "");
}

void GdeltActionGeo(const ExportEvent& e, const ExportTables& t, std::vector<std::string>* row) {
  std::string country = t.countries ? t.countries->Name(e.location_country) : "";
  if (e.location_name.empty() && e.location_country.empty()) {
    row->insert(row->end(), 8, "");
    return;
  }
  bool city = !e.location_name.empty();
  row->push_back(!city ? "1" : e.location_country == "USA" ? "3" : "4");
  std::string full = e.location_name;
  if (!country.empty() && country != full) full += (full.empty() ? "" : ", ") + country;
  row->push_back(full);
  row->push_back(e.location_country);
  row->insert(row->end(), 2, "");  // ADM1, ADM2
  row->push_back(e.has_coords ? FormatDouble(e.lat, 4) : "");
  row->push_back(e.has_coords ? FormatDouble(e.lon, 4) : "");
  row->push_back("");  // FeatureID
}

// One TSV line: fields cleaned of tabs and line breaks, joined by tabs, ending in a newline.
std::string TsvLine(const std::vector<std::string>& row) {
  std::string out;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i) out += '\t';
    out += TsvField(row[i]);
  }
  out += '\n';
  return out;
}

std::string GdeltLine(const ExportEvent& e, const ExportTables& t) {
  std::vector<std::string> row;
  row.reserve(61);
  std::string day = CompactDate(e.date);
  row.push_back(std::to_string(e.id));
  row.push_back(day);
  row.push_back(day.empty() ? "" : day.substr(0, 6));
  row.push_back(day.empty() ? "" : day.substr(0, 4));
  row.push_back(FractionDate(day));
  // "X and Y met" (all participants actors, no recipient): Actor2 is Y.
  bool mutual = e.recipient.empty() && e.actor.size() > 1;
  GdeltActor(mutual ? std::vector<ExportArg>{e.actor[0]} : e.actor, &row);
  GdeltActor(mutual ? std::vector<ExportArg>(e.actor.begin() + 1, e.actor.end()) : e.recipient,
             &row);
  row.push_back(e.sentence >= 0 && e.sentence <= 2 ? "1" : "0");
  row.push_back(e.cameo);
  row.push_back(e.cameo.substr(0, std::min<size_t>(3, e.cameo.size())));
  row.push_back(e.cameo.substr(0, std::min<size_t>(2, e.cameo.size())));
  int quad = QuadClass(e.cameo, e.type);
  row.push_back(quad ? std::to_string(quad) : "");
  std::optional<double> g = t.cameo ? t.cameo->Goldstein(e.cameo) : std::nullopt;
  row.push_back(g ? FormatDouble(*g, 1) : "");
  row.push_back(std::to_string(e.mentions));
  row.push_back(std::to_string(e.sources));
  row.push_back(std::to_string(e.articles));
  row.push_back("");              // AvgTone
  row.insert(row.end(), 16, "");  // Actor1Geo_*, Actor2Geo_*: we place events, not actors
  GdeltActionGeo(e, t, &row);
  row.push_back(CompactTimestamp(e.ingested_at));
  row.push_back(e.url);
  return TsvLine(row);
}

// ---- ICEWS ----------------------------------------------------------------------------

std::string Joined(const std::vector<ExportArg>& args, std::string ExportArg::*field) {
  std::string out;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += "; ";
    out += args[i].*field;
  }
  return out;
}

std::string Countries(const std::vector<ExportArg>& args, const ExportTables& t) {
  std::string out;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += "; ";
    std::string name = t.countries ? t.countries->Name(args[i].code) : "";
    out += name.empty() ? args[i].code : name;
  }
  return out;
}

std::string IcewsLine(const ExportEvent& e, const ExportTables& t) {
  std::string text = t.cameo ? t.cameo->Description(e.cameo) : "";
  if (text.empty()) text = e.type;
  std::optional<double> g = t.cameo ? t.cameo->Goldstein(e.cameo) : std::nullopt;
  std::string country = t.countries ? t.countries->Name(e.location_country) : "";
  std::vector<std::string> row = {std::to_string(e.id),
                                  e.date,
                                  Joined(e.actor, &ExportArg::name),
                                  Joined(e.actor, &ExportArg::sector),
                                  Countries(e.actor, t),
                                  text,
                                  e.cameo,
                                  g ? FormatDouble(*g, 1) : "",
                                  Joined(e.recipient, &ExportArg::name),
                                  Joined(e.recipient, &ExportArg::sector),
                                  Countries(e.recipient, t),
                                  std::to_string(e.article_id),
                                  e.sentence >= 0 ? std::to_string(e.sentence + 1) : "",
                                  e.outlet,
                                  e.location_name,
                                  "",
                                  "",
                                  country.empty() ? e.location_country : country,
                                  e.has_coords ? FormatDouble(e.lat, 4) : "",
                                  e.has_coords ? FormatDouble(e.lon, 4) : ""};
  return TsvLine(row);
}

// ---- CSV ------------------------------------------------------------------------------

const char* const kCsvColumns[] = {"id",
                                   "date",
                                   "date_precision",
                                   "type",
                                   "mode",
                                   "cameo",
                                   "modality",
                                   "actor_codes",
                                   "actor_sectors",
                                   "actor_names",
                                   "recipient_codes",
                                   "recipient_sectors",
                                   "recipient_names",
                                   "location",
                                   "country",
                                   "lat",
                                   "lon",
                                   "mentions",
                                   "sources",
                                   "articles",
                                   "goldstein",
                                   "quad_class",
                                   "trigger",
                                   "quote",
                                   "article_id",
                                   "event_id",
                                   "published",
                                   "publisher",
                                   "url",
                                   "title"};

std::string CsvLine(const ExportEvent& e, const ExportTables& t) {
  std::optional<double> g = t.cameo ? t.cameo->Goldstein(e.cameo) : std::nullopt;
  int quad = QuadClass(e.cameo, e.type);
  std::vector<std::string> row = {std::to_string(e.id),
                                  e.date,
                                  e.date_precision,
                                  e.type,
                                  e.mode,
                                  e.cameo,
                                  e.modality,
                                  Joined(e.actor, &ExportArg::code),
                                  Joined(e.actor, &ExportArg::sector),
                                  Joined(e.actor, &ExportArg::name),
                                  Joined(e.recipient, &ExportArg::code),
                                  Joined(e.recipient, &ExportArg::sector),
                                  Joined(e.recipient, &ExportArg::name),
                                  e.location_name,
                                  e.location_country,
                                  e.has_coords ? FormatDouble(e.lat, 4) : "",
                                  e.has_coords ? FormatDouble(e.lon, 4) : "",
                                  std::to_string(e.mentions),
                                  std::to_string(e.sources),
                                  std::to_string(e.articles),
                                  g ? FormatDouble(*g, 1) : "",
                                  quad ? std::to_string(quad) : "",
                                  e.trigger,
                                  e.quote_id,
                                  std::to_string(e.article_id),
                                  e.event_id,
                                  e.published,
                                  e.outlet,
                                  e.url,
                                  e.title};
  std::string out;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i) out += ',';
    out += CsvField(row[i]);
  }
  out += "\r\n";
  return out;
}

const char* const kIcewsColumns[] = {
    "Event ID",       "Event Date", "Source Name",     "Source Sectors", "Source Country",
    "Event Text",     "CAMEO Code", "Intensity",       "Target Name",    "Target Sectors",
    "Target Country", "Story ID",   "Sentence Number", "Publisher",      "City",
    "District",       "Province",   "Country",         "Latitude",       "Longitude"};

}  // namespace

// ---- tables -------------------------------------------------------------------------------

Result<CameoScale> CameoScale::Load(const std::string& path) {
  NG_ASSIGN_OR_RETURN(std::string data, ReadSmallFile(path, kMaxFileBytes));
  Result<CameoScale> r = Parse(data);
  if (!r.ok()) return Status::InvalidArgument(path + ": " + r.status().message());
  return r;
}

Result<CameoScale> CameoScale::Parse(std::string_view json) {
  if (json.size() > kMaxFileBytes) return Status::InvalidArgument("CAMEO scale too large");
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::object root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) {
    return Status::InvalidArgument("not a JSON object of CAMEO codes");
  }
  CameoScale s;
  for (auto field : root) {
    std::string_view code = field.key;
    if (!AllDigits(code))
      return Status::InvalidArgument("bad CAMEO code '" + std::string(code) + "'");
    if (s.codes_.size() >= kMaxCodes) return Status::InvalidArgument("too many CAMEO codes");
    Entry e;
    simdjson::dom::object o;
    if (field.value.get(o) != simdjson::SUCCESS) {
      return Status::InvalidArgument("CAMEO code " + std::string(code) + " is not an object");
    }
    double v = 0;
    if (o["value"].get(v) == simdjson::SUCCESS && std::isfinite(v)) {
      e.value = v;
      e.has_value = true;
    }
    std::string_view d;
    if (o["description"].get(d) == simdjson::SUCCESS) e.description = std::string(d);
    s.codes_[std::string(code)] = std::move(e);
  }
  return s;
}

const CameoScale::Entry* CameoScale::Find(std::string_view code) const {
  for (size_t n : {code.size(), size_t{3}, size_t{2}}) {
    if (n > code.size() || n == 0) continue;
    auto it = codes_.find(std::string(code.substr(0, n)));
    if (it != codes_.end()) return &it->second;
  }
  return nullptr;
}

std::optional<double> CameoScale::Goldstein(std::string_view code) const {
  const Entry* e = Find(code);
  if (!e || !e->has_value) return std::nullopt;
  return e->value;
}

std::string CameoScale::Description(std::string_view code) const {
  const Entry* e = Find(code);
  return e ? e->description : "";
}

Result<CountryNames> CountryNames::Load(const std::string& path) {
  NG_ASSIGN_OR_RETURN(std::string data, ReadSmallFile(path, 16 << 20));
  return Parse(data);
}

Result<CountryNames> CountryNames::Parse(std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::array list;
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS ||
      root["3166-1"].get(list) != simdjson::SUCCESS) {
    return Status::InvalidArgument("not an iso-codes 3166-1 file");
  }
  CountryNames c;
  for (simdjson::dom::element e : list) {
    std::string_view a3, name, common;
    if (e["alpha_3"].get(a3) != simdjson::SUCCESS || e["name"].get(name) != simdjson::SUCCESS) {
      continue;
    }
    if (e["common_name"].get(common) == simdjson::SUCCESS) name = common;
    c.names_[std::string(a3)] = std::string(name);
  }
  return c;
}

std::string CountryNames::Name(std::string_view alpha3) const {
  auto it = names_.find(std::string(alpha3));
  return it == names_.end() ? "" : it->second;
}

// ---- formats -------------------------------------------------------------------------------

Result<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "plover") return ExportFormat::kPlover;
  if (name == "gdelt") return ExportFormat::kGdelt;
  if (name == "icews") return ExportFormat::kIcews;
  if (name == "csv") return ExportFormat::kCsv;
  return Status::InvalidArgument("unknown export format '" + std::string(name) +
                                 "' (plover, gdelt, icews or csv)");
}

const std::vector<std::string_view>& GdeltColumns() {
  static const std::vector<std::string_view> kColumns = [] {
    std::vector<std::string_view> c = {"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"};
    static const char* const kActor[] = {
        "Code",          "Name",          "CountryCode", "KnownGroupCode", "EthnicCode",
        "Religion1Code", "Religion2Code", "Type1Code",   "Type2Code",      "Type3Code"};
    static std::vector<std::string> names;
    names.reserve(64);
    for (const char* actor : {"Actor1", "Actor2"}) {
      for (const char* f : kActor) names.push_back(std::string(actor) + f);
    }
    for (const char* f :
         {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"}) {
      names.push_back(f);
    }
    for (const char* geo : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
      for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat",
                            "Long", "FeatureID"}) {
        names.push_back(std::string(geo) + f);
      }
    }
    names.push_back("DATEADDED");
    names.push_back("SOURCEURL");
    for (const std::string& n : names) c.push_back(n);
    return c;
  }();
  return kColumns;
}

std::string ExportHeader(ExportFormat format) {
  std::string out;
  if (format == ExportFormat::kIcews) {
    for (const char* c : kIcewsColumns) out += (out.empty() ? "" : "\t") + std::string(c);
    out += '\n';
  } else if (format == ExportFormat::kCsv) {
    for (const char* c : kCsvColumns) out += (out.empty() ? "" : ",") + std::string(c);
    out += "\r\n";
  }
  return out;
}

std::string ExportLine(ExportFormat format, const ExportEvent& e, const ExportTables& t) {
  switch (format) {
    case ExportFormat::kPlover:
      return PloverLine(e, t);
    case ExportFormat::kGdelt:
      return GdeltLine(e, t);
    case ExportFormat::kIcews:
      return IcewsLine(e, t);
    case ExportFormat::kCsv:
      return CsvLine(e, t);
  }
  return "";
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string TsvField(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

int QuadClass(std::string_view cameo, std::string_view type) {
  if (cameo.size() >= 2 && AllDigits(cameo.substr(0, 2))) {
    int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
    if (root >= 1 && root <= 5) return 1;
    if (root >= 6 && root <= 8) return 2;
    if (root >= 9 && root <= 13) return 3;
    if (root >= 14 && root <= 20) return 4;
  }
  static const std::pair<const char*, int> kTypes[] = {
      {"AGREE", 1},    {"CONSULT", 1},   {"SUPPORT", 1},  {"CONCEDE", 1},
      {"REQUEST", 1},  {"COOPERATE", 2}, {"AID", 2},      {"RETREAT", 2},
      {"ACCUSE", 3},   {"REJECT", 3},    {"THREATEN", 3}, {"PROTEST", 4},
      {"SANCTION", 4}, {"MOBILIZE", 4},  {"COERCE", 4},   {"ASSAULT", 4}};
  for (const auto& [name, quad] : kTypes) {
    if (type == name) return quad;
  }
  return 0;
}

}  // namespace newsgraph::store
