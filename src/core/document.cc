#include "newsgraph/document.h"

#include <algorithm>
#include <string>

#include "core/utf8.h"

namespace newsgraph {
namespace {

Status CheckOne(const std::string& text, const Span& s, const char* layer, size_t index) {
  auto fail = [&](const char* why) {
    return Status::Internal(std::string("span invariant: ") + layer + "[" +
                            std::to_string(index) + "] " + why + " [" + std::to_string(s.begin) +
                            "," + std::to_string(s.end) + ") of " + std::to_string(text.size()));
  };
  if (s.begin > s.end) return fail("begins after its end");
  if (s.end > text.size()) return fail("ends past the text");
  auto boundary = [&](uint32_t b) {
    return b == text.size() || utf8::IsBoundaryByte(static_cast<unsigned char>(text[b]));
  };
  if (!boundary(s.begin) || !boundary(s.end)) return fail("splits a UTF-8 sequence");
  return Status::Ok();
}

#define NG_CHECK_SPAN(span, layer, i) NG_RETURN_IF_ERROR(CheckOne(text, span, layer, i))

}  // namespace

Status CheckSpans(const Document& doc) {
  const std::string& text = doc.text();
  if (!utf8::IsValid(text)) return Status::Internal("document text is not valid UTF-8");
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) NG_CHECK_SPAN(doc.paragraphs[i], "paragraphs", i);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    NG_CHECK_SPAN(doc.sentences[i].span, "sentences", i);
    if (doc.sentences[i].token_end > doc.tokens.size() ||
        doc.sentences[i].token_begin > doc.sentences[i].token_end)
      return Status::Internal("sentence token range out of bounds");
  }
  for (size_t i = 0; i < doc.tokens.size(); ++i) NG_CHECK_SPAN(doc.tokens[i].span, "tokens", i);
  for (size_t i = 0; i < doc.meta.links.size(); ++i)
    if (doc.meta.links[i].span) NG_CHECK_SPAN(*doc.meta.links[i].span, "links", i);
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    NG_CHECK_SPAN(doc.mentions[i].span, "mentions", i);
    if (doc.mentions[i].role) NG_CHECK_SPAN(*doc.mentions[i].role, "mentions.role", i);
  }
  for (size_t i = 0; i < doc.times.size(); ++i) NG_CHECK_SPAN(doc.times[i].span, "times", i);
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    NG_CHECK_SPAN(q.content, "quotes.content", i);
    if (q.cue) NG_CHECK_SPAN(*q.cue, "quotes.cue", i);
    if (q.source) NG_CHECK_SPAN(*q.source, "quotes.source", i);
    for (const Span& p : q.partials) NG_CHECK_SPAN(p, "quotes.partials", i);
  }
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    NG_CHECK_SPAN(e.trigger, "events.trigger", i);
    if (e.date_span) NG_CHECK_SPAN(*e.date_span, "events.date_span", i);
    for (const auto* args : {&e.actor, &e.recipient})
      for (const EventArg& a : *args)
        if (a.span) NG_CHECK_SPAN(*a.span, "events.arg", i);
  }
  return Status::Ok();
}

std::string MaskBytes(std::string_view text, const std::vector<Span>& masked) {
  std::string out(text);
  for (const Span& s : masked) {
    auto inside = [&out](size_t i) {
      return i < out.size() && !utf8::IsBoundaryByte(static_cast<unsigned char>(out[i]));
    };
    size_t begin = s.begin, end = std::min<size_t>(s.end, out.size());
    while (begin < end && inside(begin)) ++begin;
    while (inside(end)) ++end;
    for (size_t i = begin; i < end; ++i)
      if (out[i] != '\n') out[i] = ' ';
  }
  return out;
}

MaskedText::MaskedText(Document* doc) : doc_(doc) {
  if (doc_->meta.masked.empty()) return;
  original_ = MaskBytes(doc_->text_, doc_->meta.masked);
  original_.swap(doc_->text_);
  active_ = true;
}

MaskedText::~MaskedText() {
  if (active_) original_.swap(doc_->text_);
}

}  // namespace newsgraph
