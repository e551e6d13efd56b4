#include "quotes/model.h"

#include <algorithm>
#include <cmath>
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
  // Version 2: the span rankers, one flag and two tables per role.
  w.PutU8(static_cast<uint8_t>(kRoles));
  for (const RoleRankers& r : m.spans.roles) {
    w.PutU8(r.empty() ? 0 : 1);
    if (r.empty()) continue;
    r.begin.Save(&w);
    r.end.Save(&w);
  }
  w.PutF32(m.candidate_cue_score);
  w.PutF32(m.candidate_clausal_score);
  w.PutF32(m.filter_margin);
  w.PutF32(m.spans.margin(Role::kContent));
  w.PutF32(m.frame_cue_score);
  m.filter.Save(&w);
  // Version 3: a margin per role (cue, source, content).
  for (float x : m.spans.margins) w.PutF32(x);
  // Version 4: the cue tagger and its margin.
  m.tagger.ranker.Save(&w);
  w.PutF32(m.tagger.margin);
  w.PutF32(m.tagger.nested_margin);
  // Version 5: the split model and its margin.
  m.split.ranker.Save(&w);
  w.PutF32(m.split.margin);
  return w;
}

Status ReadSpans(ModelReader* r, SpanModels* spans) {
  uint8_t roles = 0;
  NG_RETURN_IF_ERROR(r->GetU8(&roles));
  if (roles != kRoles) return Status::Corruption("quotes model: unexpected number of span roles");
  for (RoleRankers& rr : spans->roles) {
    uint8_t has = 0;
    NG_RETURN_IF_ERROR(r->GetU8(&has));
    if (has > 1) return Status::Corruption("quotes model: bad span-ranker flag");
    if (!has) continue;
    NG_RETURN_IF_ERROR(rr.begin.Load(r));
    NG_RETURN_IF_ERROR(rr.end.Load(r));
    if (rr.empty()) return Status::Corruption("quotes model: empty span ranker");
  }
  return Status::Ok();
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
  if (r->component_version() >= 2) {
    NG_RETURN_IF_ERROR(ReadSpans(r, &m.spans));
    NG_RETURN_IF_ERROR(r->GetF32(&m.candidate_cue_score));
    NG_RETURN_IF_ERROR(r->GetF32(&m.candidate_clausal_score));
    NG_RETURN_IF_ERROR(r->GetF32(&m.filter_margin));
    float margin = 0;
    NG_RETURN_IF_ERROR(r->GetF32(&margin));
    m.spans.margins.fill(margin);
    NG_RETURN_IF_ERROR(r->GetF32(&m.frame_cue_score));
    if (!(m.frame_cue_score >= 0 && m.frame_cue_score <= 1))
      return Status::Corruption("quotes model: frame threshold out of range");
    if (!std::isfinite(m.filter_margin) || !std::isfinite(margin))
      return Status::Corruption("quotes model: bad margin");
    if (!(m.candidate_cue_score >= 0 && m.candidate_cue_score <= 1) ||
        !(m.candidate_clausal_score >= 0 && m.candidate_clausal_score <= 1))
      return Status::Corruption("quotes model: candidate threshold out of range");
    NG_RETURN_IF_ERROR(m.filter.Load(r));
  }
  if (r->component_version() >= 3) {
    for (float& x : m.spans.margins) {
      NG_RETURN_IF_ERROR(r->GetF32(&x));
      if (!std::isfinite(x)) return Status::Corruption("quotes model: bad margin");
    }
  }
  if (r->component_version() >= 4) {
    NG_RETURN_IF_ERROR(m.tagger.ranker.Load(r));
    NG_RETURN_IF_ERROR(r->GetF32(&m.tagger.margin));
    NG_RETURN_IF_ERROR(r->GetF32(&m.tagger.nested_margin));
    if (!std::isfinite(m.tagger.margin) || !std::isfinite(m.tagger.nested_margin))
      return Status::Corruption("quotes model: bad tagger margin");
  }
  if (r->component_version() >= 5) {
    NG_RETURN_IF_ERROR(m.split.ranker.Load(r));
    NG_RETURN_IF_ERROR(r->GetF32(&m.split.margin));
    if (!std::isfinite(m.split.margin)) return Status::Corruption("quotes model: bad split margin");
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
