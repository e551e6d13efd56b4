// The learned part of the quote stage: per word-form cue statistics
// (P(the form is an attribution cue), count), estimated from annotated
// attributions (PolNeAR) by `newsgraph train quotes`, stored as a model file
// (src/core/model_file.h, component "quotes").
#ifndef NEWSGRAPH_QUOTES_MODEL_H_
#define NEWSGRAPH_QUOTES_MODEL_H_

#include <string>
#include <unordered_map>

#include "newsgraph/status.h"
#include "quotes/extract.h"

namespace newsgraph::quotes {

inline constexpr uint32_t kQuoteModelVersion = 1;

struct CueModel {
  std::unordered_map<std::string, CueStat> cues;
  float min_cue_score = 0.3f;  // tuned threshold stored with the statistics
};

Status SaveCueModel(const CueModel& m, const std::string& path);
Result<CueModel> LoadCueModel(const std::string& path);
// For tests: the serialized container.
std::string SerializeCueModel(const CueModel& m);
Result<CueModel> ParseCueModel(std::string bytes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_MODEL_H_
