#include "quotes/model.h"

#include <algorithm>
#include <vector>

#include "core/model_file.h"

namespace newsgraph::quotes {
namespace {

constexpr uint32_t kMaxEntries = 1u << 20;

ModelWriter Write(const CueModel& m) {
  std::vector<std::pair<std::string, CueStat>> v(m.cues.begin(), m.cues.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  ModelWriter w;
  w.PutF32(m.min_cue_score);
  w.PutU32(static_cast<uint32_t>(v.size()));
  for (const auto& [form, st] : v) {
    w.PutString(form);
    w.PutF32(st.p);
    w.PutF32(st.n);
  }
  return w;
}

Result<CueModel> Read(ModelReader* r) {
  CueModel m;
  uint32_t n = 0;
  NG_RETURN_IF_ERROR(r->GetF32(&m.min_cue_score));
  NG_RETURN_IF_ERROR(r->GetU32(&n));
  if (n > kMaxEntries) return Status::Corruption("quotes model: too many cue entries");
  m.cues.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string form;
    CueStat st;
    NG_RETURN_IF_ERROR(r->GetString(&form));
    NG_RETURN_IF_ERROR(r->GetF32(&st.p));
    NG_RETURN_IF_ERROR(r->GetF32(&st.n));
    if (!(st.p >= 0 && st.p <= 1) || !(st.n >= 0))
      return Status::Corruption("quotes model: cue statistic out of range");
    m.cues.emplace(std::move(form), st);
  }
  NG_RETURN_IF_ERROR(r->Finish());
  return m;
}

}  // namespace

Status SaveCueModel(const CueModel& m, const std::string& path) {
  return Write(m).WriteFile(path, "quotes", kQuoteModelVersion);
}

std::string SerializeCueModel(const CueModel& m) {
  return Write(m).Serialize("quotes", kQuoteModelVersion);
}

Result<CueModel> LoadCueModel(const std::string& path) {
  ModelReader r;
  NG_RETURN_IF_ERROR(r.Open(path, "quotes", kQuoteModelVersion));
  return Read(&r);
}

Result<CueModel> ParseCueModel(std::string bytes) {
  ModelReader r;
  NG_RETURN_IF_ERROR(r.OpenBytes(std::move(bytes), "quotes", kQuoteModelVersion));
  return Read(&r);
}

}  // namespace newsgraph::quotes
