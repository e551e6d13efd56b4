#include "ingest/jsonl.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph::ingest {
namespace {

ReadItem ParseLine(std::string_view line, ReaderOptions options = {}) {
  JsonlParser parser(options);
  ReadItem item;
  parser.Parse(line, &item);
  return item;
}

TEST(JsonlTest, CanonicalFields) {
  ReadItem it = ParseLine(
      R"({"id":"x1","title":"T","published":"2022-01-20","url":"https://www.Example.com:8080/a",)"
      R"("authors":["A B","C D"],"text":"Body \"quoted\" \u00e9."})");
  ASSERT_TRUE(it.doc) << it.error;
  EXPECT_EQ(it.id, "x1");
  EXPECT_EQ(it.doc->text(), "Body \"quoted\" \xC3\xA9.");
  EXPECT_EQ(it.doc->meta.title, "T");
  EXPECT_EQ(it.doc->meta.published, "2022-01-20");
  EXPECT_EQ(it.doc->meta.published_raw, "2022-01-20");
  EXPECT_EQ(it.doc->meta.outlet, "example.com");
  EXPECT_EQ(it.doc->meta.authors, (std::vector<std::string>{"A B", "C D"}));
}

TEST(JsonlTest, Aliases) {
  ReadItem it = ParseLine(
      R"({"ID":42,"headline":"H","date_publish":"2022-01-21T10:00:00Z","link":"http://news.example.org/x",)"
      R"("author":"Solo Writer","content":"C"})");
  ASSERT_TRUE(it.doc) << it.error;
  EXPECT_EQ(it.id, "42");
  EXPECT_EQ(it.doc->meta.id, "42");
  EXPECT_EQ(it.doc->text(), "C");
  EXPECT_EQ(it.doc->meta.title, "H");
  EXPECT_EQ(it.doc->meta.published, "2022-01-21");
  EXPECT_EQ(it.doc->meta.published_raw, "2022-01-21T10:00:00Z");
  EXPECT_EQ(it.doc->meta.url, "http://news.example.org/x");
  EXPECT_EQ(it.doc->meta.outlet, "news.example.org");
  EXPECT_EQ(it.doc->meta.authors, (std::vector<std::string>{"Solo Writer"}));

  for (const char* key : {"text", "content", "body", "maintext", "content_original"}) {
    ReadItem a = ParseLine(std::string(R"({"doc_id":"d","source_url":"u",")") + key +
                           R"(":"via )" + key + R"("})");
    ASSERT_TRUE(a.doc) << key << ": " << a.error;
    EXPECT_EQ(a.doc->text(), std::string("via ") + key);
    EXPECT_EQ(a.id, "d");
  }
  for (const char* key : {"published", "date", "date_publish", "publish_date"}) {
    ReadItem a = ParseLine(std::string(R"({"text":"t",")") + key + R"(":"2020-02-02"})");
    ASSERT_TRUE(a.doc);
    EXPECT_EQ(a.doc->meta.published, "2020-02-02") << key;
  }
}

TEST(JsonlTest, PriorityFollowsAliasOrderNotKeyOrderAndSkipsNull) {
  ReadItem it = ParseLine(R"({"body":"second","text":"first","content":"third"})");
  ASSERT_TRUE(it.doc);
  EXPECT_EQ(it.doc->text(), "first");
  ReadItem n = ParseLine(R"({"text":null,"maintext":"from maintext"})");
  ASSERT_TRUE(n.doc) << n.error;
  EXPECT_EQ(n.doc->text(), "from maintext");
}

TEST(JsonlTest, MissingIdIsStableHashOfText) {
  ReadItem a = ParseLine(R"({"text":"same words"})");
  ReadItem b = ParseLine(R"({"title":"other","text":"same words"})");
  ReadItem c = ParseLine(R"({"text":"different words"})");
  ASSERT_TRUE(a.doc && b.doc && c.doc);
  EXPECT_EQ(a.id.size(), 16u);
  EXPECT_EQ(a.id, b.id);
  EXPECT_NE(a.id, c.id);
  EXPECT_EQ(a.id, StableId("same words"));
  EXPECT_EQ(StableId(""), "cbf29ce484222325");  // FNV-1a 64 offset basis
  EXPECT_EQ(StableId("a"), "af63dc4c8601ec8c");
}

TEST(JsonlTest, AuthorsAsPythonReprString) {
  ReadItem it = ParseLine(R"({"text":"t","authors":"['Ann Lee', \"Bo O'Neil\"]"})");
  ASSERT_TRUE(it.doc) << it.error;
  EXPECT_EQ(it.doc->meta.authors, (std::vector<std::string>{"Ann Lee", "Bo O'Neil"}));
  ReadItem empty = ParseLine(R"({"text":"t","authors":"[]"})");
  EXPECT_TRUE(empty.doc->meta.authors.empty());
}

TEST(JsonlTest, OutletFromSourceWhenNoUrl) {
  ReadItem it = ParseLine(R"({"text":"t","source":"Wire Service"})");
  ASSERT_TRUE(it.doc);
  EXPECT_EQ(it.doc->meta.outlet, "Wire Service");
}

TEST(JsonlTest, ErrorsKeepBestId) {
  struct Case {
    std::string line;
    std::string id;
    std::string error_part;
  } cases[] = {
      {R"({"id":"cut","text":"unterminated)", "cut", "invalid JSON"},
      {R"({"id": 17, "text": [1,2)", "17", "invalid JSON"},
      {R"({"id":"nt","title":"no text"})", "nt", "no text field"},
      {R"({"id":"ns","text":{"a":1}})", "ns", "not a string"},
      {R"({"id":"num","text":5})", "num", "not a string"},
      {R"({"id":"empty","text":"  \n "})", "empty", "empty"},
      {R"(["an","array"])", "", "JSON object"},
      {"not json at all", "", "invalid JSON"},
      {"{\"id\":\"u8\",\"text\":\"bad \xC3\x28 byte\"}", "u8", "UTF-8"},
      {R"({"id":"sur","text":"lone \ud800 surrogate"})", "sur", ""},
  };
  for (const Case& c : cases) {
    ReadItem it = ParseLine(c.line);
    EXPECT_FALSE(it.doc) << c.line;
    EXPECT_EQ(it.id, c.id) << c.line;
    EXPECT_NE(it.error.find(c.error_part), std::string::npos) << c.line << " -> " << it.error;
    EXPECT_FALSE(it.error.empty());
  }
}

TEST(JsonlTest, DeepNestingIsAnErrorNotACrash) {
  std::string deep(100000, '[');
  ReadItem it = ParseLine(deep);
  EXPECT_FALSE(it.doc);
  deep = R"({"id":"deep","text":"t","x":)" + std::string(100000, '[') + std::string(100000, ']') +
         "}";
  it = ParseLine(deep);
  EXPECT_FALSE(it.doc);
  EXPECT_EQ(it.id, "deep");
  EXPECT_NE(it.error.find("max_json_depth"), std::string::npos) << it.error;

  ReaderOptions shallow;
  shallow.max_json_depth = 3;
  EXPECT_FALSE(ParseLine(R"({"text":"t","x":[[[1]]]})", shallow).doc);
  EXPECT_TRUE(ParseLine(R"({"text":"t","x":[1]})", shallow).doc);
}

TEST(JsonlTest, TooLongLine) {
  ReaderOptions small;
  small.max_article_bytes = 32;
  ReadItem it = ParseLine(R"({"id":"long","text":"0123456789012345678901234567890123456789"})", small);
  EXPECT_FALSE(it.doc);
  EXPECT_EQ(it.id, "long");
  EXPECT_NE(it.error.find("max_article_bytes"), std::string::npos);
}

TEST(JsonlTest, KeepMeta) {
  std::string line = R"({"id":"m","text":"t","section":"world","tags":["a", "b"],"n":{"k":1}})";
  ReadItem plain = ParseLine(line);
  ASSERT_TRUE(plain.doc);
  EXPECT_EQ(plain.doc->meta.meta_json, "");
  ReaderOptions keep;
  keep.keep_meta = true;
  ReadItem it = ParseLine(line, keep);
  ASSERT_TRUE(it.doc);
  EXPECT_EQ(it.doc->meta.meta_json, R"({"section":"world","tags":["a","b"],"n":{"k":1}})");
  ReadItem none = ParseLine(R"({"id":"m","text":"t","url":"u"})", keep);
  EXPECT_EQ(none.doc->meta.meta_json, "");
}

TEST(JsonlTest, ScanForId) {
  EXPECT_EQ(ScanForId(R"({"x":1,"id" : "abc","text":)"), "abc");
  EXPECT_EQ(ScanForId(R"({"doc_id":123,)"), "123");
  EXPECT_EQ(ScanForId(R"({"text":"no id"})"), "");
  EXPECT_EQ(ScanForId(R"({"id":)"), "");
}

}  // namespace
}  // namespace newsgraph::ingest
