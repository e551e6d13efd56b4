#include "quotes/labels.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "quotes/span_model.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

constexpr size_t kMaxLabelWords = 4;
constexpr size_t kMaxLabelBytes = 40;
constexpr size_t kMinContentWords = 4;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// A label word: a capital, then letters, digits, '.', '\'', '-' or a
// right single quotation mark (U+2019).
size_t LabelWordEnd(std::string_view t, size_t i) {
  if (i >= t.size() || !IsUpper(t[i])) return i;
  size_t j = i + 1;
  while (j < t.size()) {
    unsigned char c = static_cast<unsigned char>(t[j]);
    if (std::isalnum(c) || c == '.' || c == '\'' || c == '-') {
      ++j;
    } else if (t.compare(j, 3, "\xE2\x80\x99") == 0) {
      j += 3;
    } else {
      break;
    }
  }
  return j;
}

// Labels that introduce boilerplate or a Q&A turn, not a speaker.
bool IsBoilerplate(std::string_view label) {
  static constexpr std::array<std::string_view, 20> kLabels = {
      "q",       "a",      "the latest", "contributing",  "breaking",
      "twitter", "update", "updated",    "video",         "email",
      "photo",   "watch",  "related",    "read more",     "source",
      "note",    "byline", "correction", "editor's note", "editor\xE2\x80\x99s note"};
  // A scoop's tag, a timeline's heading, a photo credit.
  static constexpr std::array<std::string_view, 5> kTags = {"exclusive", "fox news exclusive",
                                                            "timeline", "photographer", "credit"};
  std::string low = syntax::LowerAscii(label);
  return std::find(kLabels.begin(), kLabels.end(), low) != kLabels.end() ||
         std::find(kTags.begin(), kTags.end(), low) != kTags.end();
}

// "Colorado: Ryan Call, Laura Carno, Matt Chandler, ...": a list of three or more names (each
// of one to five capitalised words or initials) is a roster, not a statement.
bool IsNameList(std::string_view s) {
  while (!s.empty() && (s.back() == '.' || IsSpace(s.back()))) s.remove_suffix(1);
  size_t items = 0;
  for (size_t i = 0; i <= s.size();) {
    size_t j = s.find(',', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view item = s.substr(i, j - i);
    while (!item.empty() && IsSpace(item.front())) item.remove_prefix(1);
    if (item.substr(0, 4) == "and ") item.remove_prefix(4);
    size_t words = 0;
    for (size_t k = 0; k < item.size();) {
      while (k < item.size() && IsSpace(item[k])) ++k;
      if (k >= item.size()) break;
      if (!IsUpper(item[k])) return false;
      ++words;
      while (k < item.size() && !IsSpace(item[k])) ++k;
    }
    if (words == 0 || words > 5) return false;
    ++items;
    i = j + 1;
  }
  return items >= 3;
}

}  // namespace

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = IsSpace(c) || c == '\n' || c == '\r';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

std::optional<LabelLine> ParseLabelLine(std::string_view t, size_t begin) {
  size_t i = begin;
  while (i < t.size() && IsSpace(t[i])) ++i;
  if (i < t.size() && t[i] == '"') {
    ++i;
  } else if (t.compare(i, 3, "\xE2\x80\x9C") == 0) {
    i += 3;
  }
  size_t label_begin = i, words = 0;
  while (true) {
    size_t j = LabelWordEnd(t, i);
    if (j == i) return std::nullopt;
    ++words;
    i = j;
    if (i < t.size() && t[i] == ':') break;
    if (words >= kMaxLabelWords || i + 1 >= t.size() || t[i] != ' ') return std::nullopt;
    ++i;
  }
  Span label{static_cast<uint32_t>(label_begin), static_cast<uint32_t>(i)};
  if (label.size() > kMaxLabelBytes || IsBoilerplate(t.substr(label.begin, label.size())))
    return std::nullopt;
  size_t colon = i++;
  if (i >= t.size() || !IsSpace(t[i])) return std::nullopt;
  while (i < t.size() && IsSpace(t[i])) ++i;
  size_t end = t.find('\n', i);
  if (end == std::string_view::npos) end = t.size();
  while (end > i && (IsSpace(t[end - 1]) || t[end - 1] == '\r')) --end;
  if (end <= i || CountWords(t.substr(i, end - i)) < kMinContentWords ||
      IsNameList(t.substr(i, end - i)))
    return std::nullopt;
  LabelLine l;
  l.label = label;
  l.colon = Span{static_cast<uint32_t>(colon), static_cast<uint32_t>(colon + 1)};
  l.content = Span{static_cast<uint32_t>(i), static_cast<uint32_t>(end)};
  return l;
}

void AddLabelQuotes(std::string_view text, std::vector<RawQuote>* quotes) {
  for (size_t p = 0; p < text.size();) {
    size_t eol = text.find('\n', p);
    if (eol == std::string_view::npos) eol = text.size();
    if (std::optional<LabelLine> l = ParseLabelLine(text, p)) {
      RawQuote q;
      q.kind = "direct";
      q.content = TrimSpan(text, l->content);
      q.cue = q.cue_word = l->colon;
      q.cue_lemma.assign(1, ':');  // not = ":" (a GCC 12 -Wrestrict false positive)
      q.source = l->label;
      Span trimmed = q.content;
      std::vector<RawQuote> kept;
      for (RawQuote& r : *quotes) {
        bool swallowed_label = r.content.begin <= l->label.begin && r.content.end > l->colon.end &&
                               r.content.begin >= p;
        bool same = TrimSpan(text, r.content) == trimmed;
        if (r.content.begin < p && r.content.end > p) {
          // A quote from an earlier paragraph running into this one ends there.
          Span cut = TrimSpan(text, Span{r.content.begin, static_cast<uint32_t>(p)});
          if (cut.end <= p) r.content = cut;
        }
        if (swallowed_label || same) {
          for (const Span& s : r.partials)
            if (q.content.Contains(s)) q.partials.push_back(s);
          continue;
        }
        kept.push_back(std::move(r));
      }
      auto at = std::find_if(kept.begin(), kept.end(),
                             [&](const RawQuote& r) { return r.content.begin > q.content.begin; });
      kept.insert(at, std::move(q));
      *quotes = std::move(kept);
    }
    p = eol + 1;
  }
}

}  // namespace newsgraph::quotes
