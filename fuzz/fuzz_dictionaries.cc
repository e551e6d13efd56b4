// Fuzzes the PETRARCH/Phoenix dictionary readers behind --actors and --verbs:
// any bytes, read as an actor dictionary (first byte even) or a verb
// dictionary (odd), must load or give an error, and looking up every word of
// the input afterwards must stay in bounds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/actor_dict.h"
#include "events/verb_dict.h"
#include "fuzz_check.h"

const char* const newsgraph::fuzz::kTarget = "fuzz_dictionaries";

namespace {

using newsgraph::fuzz::Fail;

// The input's upper-cased words, as the coders look them up.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string w;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '_' || c == '\r') {
      if (!w.empty()) words.push_back(std::move(w));
      w.clear();
      if (words.size() >= 256) break;
    } else {
      w.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c);
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

void FuzzActors(std::string_view text) {
  newsgraph::entities::ActorDictOptions options;
  options.max_file_bytes = 1 << 16;
  options.max_entries = 512;
  newsgraph::entities::ActorDictionary dict(options);
  if (!dict.AddText(text, "fuzz").ok()) return;
  std::vector<std::string> words = Words(text);
  for (size_t i = 0; i < words.size(); ++i) {
    auto m = dict.LongestMatch(words, i);
    if (m.length > words.size() - i) Fail("actor match runs past the words");
    if (m.length > 0 && m.entry == nullptr) Fail("actor match without an entry");
    if (m.entry) newsgraph::entities::ActorDictionary::CodesOn(*m.entry, 20220120);
  }
}

void FuzzVerbs(std::string_view text) {
  newsgraph::events::VerbDictOptions options;
  options.max_file_bytes = 1 << 16;
  options.max_forms = 4096;
  newsgraph::events::VerbDictionary dict(options);
  if (!dict.AddText(text, "fuzz").ok()) return;
  std::vector<std::string> words = Words(text);
  for (size_t i = 0; i < words.size(); ++i)
    for (const auto* form : dict.Lookup(words, i))
      if (form == nullptr) Fail("null verb form");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] & 1)
    FuzzVerbs(text);
  else
    FuzzActors(text);
  return 0;
}
