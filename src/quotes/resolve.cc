#include "quotes/resolve.h"

#include <algorithm>
#include <string>

#include "quotes/lexicon.h"
#include "syntax/tagger.h"

namespace newsgraph::quotes {
namespace {

bool ValidEntity(const Document& doc, int32_t e) {
  return e >= 0 && static_cast<size_t>(e) < doc.entities.size();
}

// Last PERSON (or, for "they"/"it", any) entity mentioned before byte `pos`.
int32_t Antecedent(const Document& doc, uint32_t pos, bool person) {
  int32_t best = -1;
  uint32_t best_end = 0;
  for (const Mention& m : doc.mentions) {
    if (m.span.end > pos || !ValidEntity(doc, m.entity)) continue;
    if (m.kind == MentionKind::kPronoun) continue;
    if (person && m.type != "PERSON") continue;
    if (m.span.end >= best_end) {
      best_end = m.span.end;
      best = m.entity;
    }
  }
  return best;
}

// The word after a possessive mention inside the source ("the president's | advisers"), or
// "" when the mention is not a possessor inside the span.
std::string_view PossessedWord(const Document& doc, const Mention& m, const Span& span) {
  if (m.span.end >= span.end) return {};
  std::string_view rest = std::string_view(doc.text()).substr(m.span.end, span.end - m.span.end);
  for (std::string_view mark : {"'s ", "\xE2\x80\x99s ", "' ", "\xE2\x80\x99 "}) {
    if (rest.substr(0, mark.size()) != mark) continue;
    rest.remove_prefix(mark.size());
    return rest.substr(0, rest.find(' '));
  }
  return {};
}

std::string_view LastWord(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == ',')) s.remove_suffix(1);
  size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

// Who speaks for the possessor: "Russia's foreign ministry said" is Russia speaking; "the
// president's advisers said" and "officials in Romney's campaign argued" are not the
// president or Romney.
bool SpeaksForPossessor(std::string_view possessed) {
  static constexpr std::string_view kVoices[] = {
      "spokesman", "spokeswoman", "spokesperson", "spokespeople", "office", "ministry",
      "government", "administration", "department", "embassy", "mission", "press", "statement",
      "foreign", "defense", "defence", "state", "interior", "cabinet",
      // What the possessor said or wrote: "Trump's speech", "Comey's testimony".
      "speech", "speeches", "testimony", "report", "tweet", "tweets", "remarks", "comments",
      "letter", "pledge", "campaign", "op-ed", "memo", "book", "interview", "website", "account",
      "agency", "filing", "lawsuit", "complaint", "brief", "motion", "application"};
  std::string w = syntax::LowerAscii(possessed);
  return std::find(std::begin(kVoices), std::end(kVoices), w) != std::end(kVoices);
}

}  // namespace

int32_t EntityForSpan(const Document& doc, const Span& whole) {
  // "X, who met Y," / "X, a friend of Y,": the speaker is the head before the comma.
  Span span = whole;
  size_t comma = doc.Surface(whole).find(", ");
  if (comma != std::string_view::npos && comma > 0)
    span.end = whole.begin + static_cast<uint32_t>(comma);
  int32_t best = -1;
  uint32_t best_overlap = 0, best_end = 0;
  for (const Mention& m : doc.mentions) {
    if (!m.span.Overlaps(span) || !ValidEntity(doc, m.entity)) continue;
    // The possessed phrase's first word or its head ("North Korea's state-run news agency").
    std::string_view possessed = PossessedWord(doc, m, span);
    if (!possessed.empty() && !SpeaksForPossessor(possessed) &&
        !SpeaksForPossessor(LastWord(doc.Surface(span))))
      continue;
    uint32_t ov = std::min(m.span.end, span.end) - std::max(m.span.begin, span.begin);
    // Prefer the mention that ends nearest the span's end (the head), then size.
    bool better = best < 0 || (m.span.end <= span.end && m.span.end > best_end) ||
                  (m.span.end == best_end && ov > best_overlap);
    if (better) {
      best = m.entity;
      best_overlap = ov;
      best_end = std::min(m.span.end, span.end);
    }
  }
  return best;
}

void ResolveSpeakers(Document* doc, const std::vector<std::optional<Span>>& addressees) {
  int32_t last_speaker = -1;
  uint32_t last_speaker_end = 0;
  for (size_t i = 0; i < doc->quotes.size(); ++i) {
    Quote& q = doc->quotes[i];
    if (q.source) {
      q.speaker = EntityForSpan(*doc, *q.source);
      std::string w = syntax::LowerAscii(doc->Surface(*q.source));
      if (q.speaker < 0 && IsPersonalPronoun(w)) {
        bool person = w == "he" || w == "she" || w == "i";
        int32_t ante = Antecedent(*doc, q.source->begin, person);
        bool recent_speaker = last_speaker >= 0 && last_speaker_end <= q.source->begin;
        q.speaker = recent_speaker && person ? last_speaker : ante;
      }
      if (q.speaker >= 0) {
        last_speaker = q.speaker;
        last_speaker_end = q.source->end;
      }
    }
    if (i < addressees.size() && addressees[i]) q.addressee = EntityForSpan(*doc, *addressees[i]);
  }
}

}  // namespace newsgraph::quotes
