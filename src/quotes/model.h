// The learned part of the quote stage: per word-form cue statistics
// (P(the form is an attribution cue), count) and, from format version 2, the
// content span rankers (span_model.h), estimated from annotated attributions
// (PolNeAR) by `newsgraph train quotes`, stored as a model file
// (src/core/model_file.h, component "quotes"). Version 1 files still load
// (no span models: the rule spans are kept); versions 2 and 3 load without
// the cue tagger of version 4, version 4 without the split model of version
// 5; newer versions are refused.
#ifndef NEWSGRAPH_QUOTES_MODEL_H_
#define NEWSGRAPH_QUOTES_MODEL_H_

#include <string>
#include <unordered_map>

#include "newsgraph/status.h"
#include "quotes/cue_tagger.h"
#include "quotes/extract.h"
#include "quotes/ranker.h"
#include "quotes/span_model.h"
#include "quotes/split_model.h"

namespace newsgraph::quotes {

inline constexpr uint32_t kQuoteModelVersion = 5;

struct CueModel {
  std::unordered_map<std::string, CueStat> cues;
  float min_cue_score = 0.3f;  // tuned threshold stored with the statistics
  SpanModels spans;            // empty: rule spans
  // Version 2: a keep/drop filter on non-direct rule quotes (filter.h); when
  // present the rules propose cues from these lower thresholds.
  Ranker filter;
  float candidate_cue_score = 0;
  float candidate_clausal_score = 0;
  float filter_margin = 0;    // drop only when the drop score leads by more
  float frame_cue_score = 0;  // parse frames (frames.h) from this cue probability; 0: none
  // Version 4: the cue tagger (cue_tagger.h); empty: no tagged quotes.
  CueTagger tagger;
  // Version 5: the cue/content boundary (split_model.h); empty: unchanged.
  SplitModel split;
};

Status SaveCueModel(const CueModel& m, const std::string& path);
Result<CueModel> LoadCueModel(const std::string& path);
// For tests: the serialized container.
std::string SerializeCueModel(const CueModel& m);
Result<CueModel> ParseCueModel(std::string bytes);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_MODEL_H_
