// Invented articles for the store's tests (no text from real news). They
// exercise what real news makes hard: non-ASCII before spans (code points !=
// bytes), a quote whose source is a title ("the Ruritanian foreign
// minister") resolved to a named entity, scare quotes, an unlinked entity,
// an article with empty layers. Test-only; not thread-safe (plain builders).
#ifndef NEWSGRAPH_STORE_TEST_FIXTURES_H_
#define NEWSGRAPH_STORE_TEST_FIXTURES_H_

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph::store::testing {

// Code points [start, end) of UTF-8 text: what a code-point span of the output covers.
inline std::string CodePoints(const std::string& s, int64_t start, int64_t end) {
  std::string out;
  int64_t cp = -1;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++cp;
    if (cp >= start && cp < end) out.push_back(static_cast<char>(c));
  }
  return out;
}

// Byte span of the n-th (0-based) occurrence of needle; aborts if absent, so
// a typo in a fixture fails loudly.
inline Span SpanOf(const std::string& text, std::string_view needle, int nth = 0) {
  size_t pos = text.find(needle);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = text.find(needle, pos + 1);
  if (pos == std::string::npos) std::abort();
  return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())};
}

inline uint32_t AddMention(Document* d, int entity, std::string_view surface, MentionKind kind,
                           int nth = 0) {
  Mention m;
  m.span = SpanOf(d->text(), surface, nth);
  m.kind = kind;
  m.entity = entity;
  m.type = d->entities[entity].type;
  d->mentions.push_back(m);
  d->entities[entity].mentions.push_back(static_cast<uint32_t>(d->mentions.size() - 1));
  return static_cast<uint32_t>(d->mentions.size() - 1);
}

inline void AddEntity(Document* d, std::string type, std::string name, std::string code,
                      std::string sector, std::string kb) {
  Entity e;
  e.id = "e" + std::to_string(d->entities.size() + 1);
  e.type = std::move(type);
  e.name = std::move(name);
  if (!code.empty() || !kb.empty()) e.actor = ActorRef{code, sector, kb, ""};
  d->entities.push_back(std::move(e));
}

// An article from Zürich: Valko accuses the Northland Union; a direct quote
// attributed to "the Ruritanian foreign minister"; Brandt's indirect quote
// about Valko. `variant` makes the text (and so the content hash) unique.
inline Document AccusationArticle(int variant = 0) {
  std::string text =
      "Café talk in Zürich: Ruritanian Foreign Minister Boris Valko accused the Northland Union "
      "on Tuesday of \"wrecking\" the talks. \"We will not wait forever,\" the Ruritanian "
      "foreign minister said. Chancellor Anna Brandt told reporters that Valko had been "
      "unhelpful. Story " +
      std::to_string(variant) + ".";
  ArticleMeta meta;
  meta.id = "acc-" + std::to_string(variant);
  meta.url = "https://example-news.test/acc/" + std::to_string(variant);
  meta.outlet = "example-news.test";
  meta.title = "Valko accuses the Northland Union";
  meta.published = "2022-01-20";
  meta.authors = {"A. Writer"};
  meta.captions = {{"A café in Zürich.", "Jo Snap / Wire"}};
  meta.credits = {"Wire contributed reporting."};
  Document d(text, meta);
  AddEntity(&d, "PERSON", "Boris Valko", "RUR", "GOV", "boris-valko");
  AddEntity(&d, "ORG", "Northland Union", "NOR", "", "");
  AddEntity(&d, "PERSON", "Anna Brandt", "", "", "");
  AddEntity(&d, "GPE", "Zürich", "", "", "");
  AddMention(&d, 0, "Boris Valko", MentionKind::kName);
  d.mentions.back().role = SpanOf(text, "Ruritanian Foreign Minister");
  AddMention(&d, 0, "the Ruritanian foreign minister", MentionKind::kTitle);
  AddMention(&d, 0, "Valko", MentionKind::kName, 1);
  AddMention(&d, 1, "Northland Union", MentionKind::kName);
  AddMention(&d, 2, "Anna Brandt", MentionKind::kName);
  AddMention(&d, 3, "Zürich", MentionKind::kName);

  Quote q1;
  q1.id = "q1";
  q1.kind = "direct";
  q1.content = SpanOf(text, "We will not wait forever,");
  q1.cue = SpanOf(text, "said");
  q1.cue_lemma = "say";
  q1.source = SpanOf(text, "the Ruritanian foreign minister");
  q1.speaker = 0;
  d.quotes.push_back(q1);
  Quote q2;
  q2.id = "q2";
  q2.kind = "indirect";
  q2.content = SpanOf(text, "Valko had been unhelpful");
  q2.cue = SpanOf(text, "told");
  q2.cue_lemma = "tell";
  q2.source = SpanOf(text, "Anna Brandt");
  q2.speaker = 2;
  d.quotes.push_back(q2);

  TimeExpr t;
  t.span = SpanOf(text, "on Tuesday");
  t.value = "2022-01-18";
  t.precision = "day";
  t.direction = "past";
  d.times.push_back(t);

  Event v;
  v.id = "v1";
  v.type = "ACCUSE";
  v.cameo = "112";
  v.context = {"diplomatic"};
  v.actor.push_back({0, "RUR", "GOV", "", std::nullopt});
  v.recipient.push_back({1, "NOR", "", "", std::nullopt});
  v.date = "2022-01-18";
  v.date_precision = "day";
  v.date_span = t.span;
  v.modality = "asserted";
  v.location = Location{"Zürich", "CHE", 47.37, 8.54, true};
  v.trigger = SpanOf(text, "accused");
  d.events.push_back(v);
  return d;
}

// A later article: Valko meets Brandt; a direct quote with source "Valko".
inline Document MeetingArticle(int variant = 0) {
  std::string text =
      "Boris Valko met Anna Brandt in Zürich. \"Our doors are open,\" Valko said. (" +
      std::to_string(variant) + ")";
  ArticleMeta meta;
  meta.id = "meet-" + std::to_string(variant);
  meta.url = "https://other-paper.test/meet/" + std::to_string(variant);
  meta.outlet = "other-paper.test";
  meta.title = "Valko and Brandt meet";
  meta.published = "2022-02-03";
  Document d(text, meta);
  AddEntity(&d, "PERSON", "Boris Valko", "RUR", "GOV", "boris-valko");
  AddEntity(&d, "PERSON", "Anna Brandt", "", "", "");
  AddMention(&d, 0, "Boris Valko", MentionKind::kName);
  AddMention(&d, 0, "Valko", MentionKind::kName, 1);
  AddMention(&d, 1, "Anna Brandt", MentionKind::kName);
  Quote q;
  q.id = "q1";
  q.kind = "direct";
  q.content = SpanOf(text, "Our doors are open,");
  q.cue = SpanOf(text, "said");
  q.source = SpanOf(text, "Valko", 1);
  q.speaker = 0;
  q.addressee = 1;
  d.quotes.push_back(q);
  return d;
}

// Only text and metadata: what real runs give until the later stages land.
inline Document PlainArticle(int variant = 0) {
  ArticleMeta meta;
  meta.id = "plain-" + std::to_string(variant);
  meta.title = "Markets quiet";
  Document d("A quiet day in the markets, number " + std::to_string(variant) + ".", meta);
  return d;
}

// A fresh empty directory under the test temp dir, removed by the caller.
inline std::string TempDir(const std::string& name) {
  const char* base = std::getenv("TEST_TMPDIR");
  std::filesystem::path p = std::filesystem::path(base ? base : "/tmp") /
                            ("ng_store_" + name + "_" + std::to_string(getpid()));
  std::filesystem::remove_all(p);
  std::filesystem::create_directories(p);
  return p.string();
}

}  // namespace newsgraph::store::testing

#endif  // NEWSGRAPH_STORE_TEST_FIXTURES_H_
