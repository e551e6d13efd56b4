#include "pipeline/masked_spans.h"

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {
namespace {

// s ending before the first masked range that starts inside it, without the
// spaces before that range; s itself when none does.
Span Clipped(const std::string& text, const std::vector<Span>& masked, Span s) {
  uint32_t end = s.end;
  for (const Span& m : masked)
    if (m.begin > s.begin && m.begin < end) end = m.begin;
  while (end < s.end && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  while (end > s.begin && text[end - 1] == ' ') --end;
  return end > s.begin ? Span{s.begin, end} : s;
}

void Clip(const Document& doc, Span* s) { *s = Clipped(doc.text(), doc.meta.masked, *s); }

void Clip(const Document& doc, std::optional<Span>* s) {
  if (*s) Clip(doc, &**s);
}

// "Ann Roe      (Maine)" -> "Ann Roe (Maine)".
void SqueezeSpaces(std::string* name) {
  if (name->find("  ") == std::string::npos) return;
  std::string out;
  for (char c : *name)
    if (c != ' ' || out.empty() || out.back() != ' ') out += c;
  *name = std::move(out);
}

}  // namespace

void ClipSpansAtMasks(Document* doc) {
  if (doc->meta.masked.empty()) return;
  for (Mention& m : doc->mentions) {
    Clip(*doc, &m.span);
    Clip(*doc, &m.role);
  }
  for (Quote& q : doc->quotes) Clip(*doc, &q.source);
  for (Event& e : doc->events)
    for (auto* args : {&e.actor, &e.recipient})
      for (EventArg& a : *args) {
        Clip(*doc, &a.span);
        SqueezeSpaces(&a.name);
      }
  for (Entity& e : doc->entities) SqueezeSpaces(&e.name);
}

}  // namespace newsgraph
