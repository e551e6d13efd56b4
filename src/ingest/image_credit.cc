#include "ingest/image_credit.h"

#include <array>
#include <iterator>

namespace newsgraph::ingest {
namespace {

// The phrases cut; the first takes its credit with it.
constexpr std::string_view kPhrases[] = {"Image copyright", "Image caption", "Media caption",
                                         "Media playback is unsupported on your device"};
constexpr std::string_view kCopyright = kPhrases[0];
constexpr std::string_view kCaption = kPhrases[1];
constexpr size_t kCount = std::size(kPhrases);

// Whether text[at, at + n) is a whole phrase: no letter or digit touches it.
bool WholeAt(std::string_view text, size_t at, size_t n) {
  auto word_byte = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  return (at == 0 || !word_byte(text[at - 1])) &&
         (at + n >= text.size() || !word_byte(text[at + n]));
}

// The end of "Image copyright" at `at` with its credit: through the next "Image caption" or
// to the end of the line when that comes within kMaxCreditBytes, else the phrase alone.
size_t CreditEnd(std::string_view text, size_t at) {
  const size_t from = at + kCopyright.size();
  const std::string_view window = text.substr(from, kMaxCreditBytes + kCaption.size() + 1);
  const size_t line = window.find('\n');
  const size_t caption = window.find(kCaption);
  if (caption != std::string_view::npos && (line == std::string_view::npos || caption < line) &&
      WholeAt(text, from + caption, kCaption.size()))
    return from + caption + kCaption.size();
  if (line != std::string_view::npos && line <= kMaxCreditBytes) return from + line;
  if (line == std::string_view::npos && from + window.size() == text.size() &&
      window.size() <= kMaxCreditBytes)
    return text.size();
  return from;
}

}  // namespace

std::vector<Cut> FindImageCredits(std::string_view text) {
  std::vector<Cut> cuts;
  // Each phrase's next occurrence at or after `at`, found again only once passed, so the
  // work stays linear however many there are.
  std::array<size_t, kCount> next{};
  std::array<bool, kCount> stale;
  stale.fill(true);
  size_t at = 0;
  while (at < text.size()) {
    size_t p = std::string_view::npos, k = 0;
    for (size_t i = 0; i < kCount; ++i) {
      if (stale[i] || (next[i] != std::string_view::npos && next[i] < at)) {
        next[i] = text.find(kPhrases[i], at);
        stale[i] = false;
      }
      if (next[i] < p) {  // ("Image copyright" first where two start together)
        p = next[i];
        k = i;
      }
    }
    if (p == std::string_view::npos) break;
    if (!WholeAt(text, p, kPhrases[k].size())) {
      at = p + 1;
      continue;
    }
    const size_t end = k == 0 ? CreditEnd(text, p) : p + kPhrases[k].size();
    cuts.push_back({p, end});
    at = end;
  }
  return cuts;
}

size_t MaskImageCredits(std::string_view body, ArticleMeta* meta) {
  return MaskCuts(FindImageCredits(body), "picture credits and captions' labels", meta);
}

size_t MaskPageFurniture(std::string_view body, ArticleMeta* meta) {
  return MaskHoverCards(body, meta) + MaskImageCredits(body, meta);
}

}  // namespace newsgraph::ingest
