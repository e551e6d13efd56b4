#include "pipeline/output_json.h"

#include "core/json_writer.h"
#include "core/offsets.h"

namespace newsgraph {
namespace {

const char* MentionKindName(MentionKind k) {
  switch (k) {
    case MentionKind::kName: return "name";
    case MentionKind::kTitle: return "title";
    case MentionKind::kPronoun: return "pronoun";
    case MentionKind::kMetonym: return "metonym";
    case MentionKind::kNominal: return "nominal";
  }
  return "name";
}

class DocWriter {
 public:
  DocWriter(const Document& doc, const OutputOptions& opt, std::string* out)
      : doc_(doc), opt_(opt), map_(doc.text()), w_(out) {}

  void Write() {
    const ArticleMeta& m = doc_.meta;
    w_.BeginObject().Field("schema", 1).Field("id", m.id);
    w_.FieldOrNull("url", m.url).FieldOrNull("outlet", m.outlet).FieldOrNull("title", m.title);
    w_.FieldOrNull("published", m.published);
    WriteStrings("authors", m.authors);
    w_.Field("text", doc_.text());
    WriteFurniture();
    WriteEntities();
    WriteQuotes();
    WriteEvents();
    WriteTimes();
    if (opt_.tokens) WriteSentences();
    if (!m.warnings.empty()) WriteStrings("warnings", m.warnings);
    if (!m.meta_json.empty()) w_.Key("meta").Raw(m.meta_json);
    w_.EndObject();
  }

 private:
  void SpanValue(const Span& s) {
    w_.BeginObject()
        .Field("start", map_.CodePoint(s.begin))
        .Field("end", map_.CodePoint(s.end))
        .Field("text", doc_.Surface(s));
    if (opt_.byte_offsets) w_.Field("bstart", s.begin).Field("bend", s.end);
    w_.EndObject();
  }
  void OptSpan(std::string_view key, const std::optional<Span>& s) {
    w_.Key(key);
    if (s) {
      SpanValue(*s);
    } else {
      w_.Null();
    }
  }
  void WriteStrings(std::string_view key, const std::vector<std::string>& v) {
    w_.Key(key).BeginArray();
    for (const auto& s : v) w_.String(s);
    w_.EndArray();
  }
  void EntityRef(std::string_view key, int32_t e) {
    w_.Key(key);
    if (e >= 0 && static_cast<size_t>(e) < doc_.entities.size()) {
      w_.String(doc_.entities[e].id);
    } else {
      w_.Null();
    }
  }

  void WriteFurniture() {
    const ArticleMeta& m = doc_.meta;
    w_.Key("captions").BeginArray();
    for (const Caption& c : m.captions)
      w_.BeginObject().Field("text", c.text).FieldOrNull("credit", c.credit).EndObject();
    w_.EndArray();
    w_.Key("links").BeginArray();
    for (const Link& l : m.links) {
      w_.BeginObject().Field("anchor", l.anchor).FieldOrNull("url", l.url);
      if (l.span) OptSpan("span", l.span);
      w_.EndObject();
    }
    w_.EndArray();
    w_.Key("related").BeginArray();
    for (const Link& l : m.related)
      w_.BeginObject().Field("title", l.anchor).FieldOrNull("url", l.url).EndObject();
    w_.EndArray();
    WriteStrings("credits", m.credits);
  }

  void WriteEntities() {
    w_.Key("entities").BeginArray();
    for (const Entity& e : doc_.entities) {
      w_.BeginObject().Field("id", e.id).Field("type", e.type).Field("name", e.name);
      if (e.actor) {
        w_.Key("actor").BeginObject().Field("code", e.actor->code);
        w_.FieldOrNull("sector", e.actor->sector).FieldOrNull("kb", e.actor->kb);
        if (!e.actor->role.empty()) w_.Field("role", e.actor->role);
        w_.EndObject();
      }
      w_.Key("mentions").BeginArray();
      for (uint32_t mi : e.mentions) {
        if (mi >= doc_.mentions.size()) continue;
        const Mention& m = doc_.mentions[mi];
        w_.BeginObject()
            .Field("start", map_.CodePoint(m.span.begin))
            .Field("end", map_.CodePoint(m.span.end))
            .Field("text", doc_.Surface(m.span))
            .Field("kind", MentionKindName(m.kind));
        if (opt_.byte_offsets) w_.Field("bstart", m.span.begin).Field("bend", m.span.end);
        if (m.role) OptSpan("role", m.role);
        w_.EndObject();
      }
      w_.EndArray().EndObject();
    }
    w_.EndArray();
  }

  void WriteQuotes() {
    w_.Key("quotes").BeginArray();
    for (const Quote& q : doc_.quotes) {
      w_.BeginObject().Field("id", q.id).Field("kind", q.kind);
      w_.Key("content");
      SpanValue(q.content);
      OptSpan("cue", q.cue);
      if (!q.cue_lemma.empty()) w_.Field("cue_lemma", q.cue_lemma);
      OptSpan("source", q.source);
      EntityRef("speaker", q.speaker);
      EntityRef("addressee", q.addressee);
      if (!q.partials.empty()) {
        w_.Key("partials").BeginArray();
        for (const Span& p : q.partials) SpanValue(p);
        w_.EndArray();
      }
      w_.Field("sentence", q.sentence);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteArgs(std::string_view key, const std::vector<EventArg>& args) {
    w_.Key(key).BeginArray();
    for (const EventArg& a : args) {
      w_.BeginObject();
      EntityRef("entity", a.entity);
      w_.FieldOrNull("code", a.code).FieldOrNull("sector", a.sector);
      if (!a.name.empty()) w_.Field("name", a.name);
      if (a.span) OptSpan("span", a.span);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteEvents() {
    w_.Key("events").BeginArray();
    for (const Event& e : doc_.events) {
      w_.BeginObject().Field("id", e.id).Field("type", e.type).Field("mode", e.mode);
      WriteStrings("context", e.context);
      w_.FieldOrNull("cameo", e.cameo);
      WriteArgs("actor", e.actor);
      WriteArgs("recipient", e.recipient);
      w_.FieldOrNull("date", e.date).FieldOrNull("date_precision", e.date_precision);
      w_.Key("date_text");
      if (e.date_span) {
        w_.String(doc_.Surface(*e.date_span));
      } else {
        w_.Null();
      }
      w_.Field("modality", e.modality);
      w_.Key("location");
      if (e.location) {
        w_.BeginObject().Field("name", e.location->name).FieldOrNull("country", e.location->country);
        if (e.location->has_coords) {
          w_.Key("lat").Double(e.location->lat);
          w_.Key("lon").Double(e.location->lon);
        }
        w_.EndObject();
      } else {
        w_.Null();
      }
      w_.Key("trigger");
      SpanValue(e.trigger);
      w_.Field("sentence", e.sentence);
      w_.Key("quote");
      if (e.quote >= 0 && static_cast<size_t>(e.quote) < doc_.quotes.size()) {
        w_.String(doc_.quotes[e.quote].id);
      } else {
        w_.Null();
      }
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteTimes() {
    w_.Key("times").BeginArray();
    for (const TimeExpr& t : doc_.times) {
      w_.BeginObject().Key("span");
      SpanValue(t.span);
      w_.FieldOrNull("value", t.value).FieldOrNull("precision", t.precision);
      w_.FieldOrNull("direction", t.direction).Field("sentence", t.sentence).EndObject();
    }
    w_.EndArray();
  }

  void WriteSentences() {
    w_.Key("sentences").BeginArray();
    for (const Sentence& s : doc_.sentences) {
      w_.BeginObject().Key("span");
      SpanValue(s.span);
      w_.Field("paragraph", s.paragraph).Key("tokens").BeginArray();
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const Token& tok = doc_.tokens[t];
        w_.BeginObject()
            .Field("start", map_.CodePoint(tok.span.begin))
            .Field("end", map_.CodePoint(tok.span.end))
            .Field("text", doc_.Surface(tok.span));
        if (t < doc_.syntax.size()) {
          const TokenSyntax& x = doc_.syntax[t];
          w_.Field("upos", x.upos).Field("xpos", x.xpos).Field("lemma", x.lemma);
          w_.Field("head", static_cast<int64_t>(x.head)).Field("deprel", x.deprel);
        }
        w_.EndObject();
      }
      w_.EndArray().EndObject();
    }
    w_.EndArray();
  }

  const Document& doc_;
  const OutputOptions& opt_;
  OffsetMap map_;
  JsonWriter w_;
};

}  // namespace

void WriteDocumentJson(const Document& doc, const OutputOptions& options, std::string* out) {
  DocWriter(doc, options, out).Write();
}

void WriteErrorJson(std::string_view id, std::string_view error, std::string* out) {
  JsonWriter w(out);
  w.BeginObject().Field("schema", 1).Field("id", id).Field("error", error).EndObject();
}

}  // namespace newsgraph
