// Event export formats for `newsgraph export`: PLOVER JSON Lines, the GDELT
// 2.0 event table (61 tab-separated columns), ICEWS (tab-separated, with a
// header) and CSV (RFC 4180, with a header). Codes are strings (CAMEO
// leading zeros kept). docs/events.md lists every column and where it comes
// from.
//
// The formatters are pure functions of an ExportEvent and the lookup tables;
// the tables are immutable after Load() and safe to share across threads.
#ifndef NEWSGRAPH_STORE_EXPORT_H_
#define NEWSGRAPH_STORE_EXPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "newsgraph/status.h"
#include "store/event_query.h"

namespace newsgraph::store {

// CAMEO code -> Goldstein score and description, read at run time from a
// JSON object {"036": {"value": 4.0, "description": "..."}, ...} (the layout
// of ../shared/reference/cameo/cameo_goldstein.json). We ship no copy of the
// scale: its licence is not stated, so the user points us at one.
class CameoScale {
 public:
  static constexpr size_t kMaxFileBytes = 16 << 20;
  static constexpr size_t kMaxCodes = 100000;
  // InvalidArgument for a file that is not such an object (or over budget).
  static Result<CameoScale> Load(const std::string& path);
  static Result<CameoScale> Parse(std::string_view json);

  // The score of the code, else of its 3-digit base, else of its 2-digit root.
  std::optional<double> Goldstein(std::string_view code) const;
  // The description of the code (same fallback), or "".
  std::string Description(std::string_view code) const;
  size_t size() const { return codes_.size(); }

 private:
  struct Entry {
    double value = 0;
    bool has_value = false;
    std::string description;
  };
  const Entry* Find(std::string_view code) const;
  std::unordered_map<std::string, Entry> codes_;
};

// ISO 3166 alpha-3 code -> English country name, from the iso-codes package
// (/usr/share/iso-codes/json/iso_3166-1.json). An empty table (file absent)
// leaves country names empty.
class CountryNames {
 public:
  static constexpr char kDefaultPath[] = "/usr/share/iso-codes/json/iso_3166-1.json";
  static Result<CountryNames> Load(const std::string& path = kDefaultPath);
  static Result<CountryNames> Parse(std::string_view json);
  std::string Name(std::string_view alpha3) const;

 private:
  std::unordered_map<std::string, std::string> names_;
};

struct ExportTables {
  const CameoScale* cameo = nullptr;        // may be null: no Goldstein/Event Text
  const CountryNames* countries = nullptr;  // may be null: no country names
};

enum class ExportFormat { kPlover, kGdelt, kIcews, kCsv };

// "plover", "gdelt", "icews", "csv"; InvalidArgument otherwise.
Result<ExportFormat> ParseExportFormat(std::string_view name);

// The header line (with its line end), "" for formats without one (PLOVER,
// GDELT: GDELT's own files have none).
std::string ExportHeader(ExportFormat format);

// One event as one line (with its line end: "\n", "\r\n" for CSV).
std::string ExportLine(ExportFormat format, const ExportEvent& e, const ExportTables& t);

// The GDELT 2.0 event table columns, in order (61).
const std::vector<std::string_view>& GdeltColumns();

// RFC 4180 field: quoted (quotes doubled) when it holds , " CR or LF.
std::string CsvField(std::string_view s);
// A TSV field: tabs, CR and LF become spaces (the formats cannot quote).
std::string TsvField(std::string_view s);

// CAMEO quad class 1-4 (verbal/material cooperation, verbal/material
// conflict) from the code's root, else from the PLOVER type; 0 if unknown.
int QuadClass(std::string_view cameo, std::string_view plover_type);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_EXPORT_H_
