// Fuzzes the whole extraction pipeline (tagger, parser, NER and linking,
// times, quotes, events) and the JSON writer: any bytes, sanitised to UTF-8
// as a reader would, must either be processed into a Document whose every
// layer holds the span invariant and serialises to valid UTF-8 JSON, or give
// a non-empty per-article error. The models are loaded once (the shipped
// ones, from the source tree), as `extract` does.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "newsgraph/pipeline.h"
#include "pipeline/output_json.h"

const char* const newsgraph::fuzz::kTarget = "fuzz_pipeline";

namespace {

using newsgraph::fuzz::Fail;

const newsgraph::Pipeline& SharedPipeline() {
  static const newsgraph::Pipeline* pipeline = [] {
    newsgraph::PipelineOptions options;
    options.max_article_bytes = 16384;  // small budgets so the fuzzer reaches the caps
    options.max_sentence_tokens = 200;
    auto p = newsgraph::Pipeline::Create(options);
    if (!p.ok()) Fail("cannot load the models: " + p.status().ToString());
    return p->release();
  }();
  return *pipeline;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 32768) return 0;  // the budget path is covered by smaller inputs
  const newsgraph::Pipeline& pipeline = SharedPipeline();
  size_t replaced = 0;
  std::string text = newsgraph::utf8::Sanitize(
      std::string_view(reinterpret_cast<const char*>(data), size), &replaced);
  newsgraph::ArticleMeta meta;
  meta.id = "fuzz";
  meta.published_raw = "2022-01-20";
  newsgraph::Document doc(std::move(text), meta);
  newsgraph::Status st = pipeline.Process(&doc);
  if (!st.ok()) {
    if (st.ToString().empty()) Fail("error without a message");
    return 0;
  }
  newsgraph::fuzz::CheckDocumentCommon(doc);
  std::string json;
  newsgraph::OutputOptions out;
  out.tokens = size > 0 && (data[0] & 1);
  newsgraph::WriteDocumentJson(doc, out, &json);
  newsgraph::fuzz::CheckUtf8("JSON output", json);
  if (json.empty() || json.front() != '{' || json.back() != '}')
    Fail("JSON output is not an object");
  if (json.find('\n') != std::string::npos) Fail("JSON output spans several lines");
  return 0;
}
