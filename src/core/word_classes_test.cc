#include "core/word_classes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph {
namespace {

std::string Table(const std::vector<std::string>& words, const std::vector<WordClassPath>& paths) {
  ModelWriter w;
  WriteWordClassTable(words, paths, &w);
  return w.Serialize(kWordClassesComponent, kWordClassesVersion);
}

Result<std::shared_ptr<const WordClasses>> ReadBytes(std::string bytes) {
  ModelReader r;
  NG_RETURN_IF_ERROR(r.OpenBytes(std::move(bytes), kWordClassesComponent, kWordClassesVersion));
  return WordClasses::Read(&r);
}

TEST(WordClassesTest, KeyFoldsCaseDigitsAndApostrophe) {
  EXPECT_EQ(WordClassKey("Obama"), "obama");
  EXPECT_EQ(WordClassKey("1,987"), "0,000");
  EXPECT_EQ(WordClassKey("don\xe2\x80\x99t"), "don't");
  EXPECT_EQ(WordClassKey("\xc3\x89LYS\xc3\x89"
                         "E"),
            "\xc3\xa9lys\xc3\xa9"
            "e");
  EXPECT_EQ(WordClassKey(""), "");
  EXPECT_EQ(WordClassKey("\xe2\x80"), "\xe2\x80");  // truncated UTF-8 kept as is
}

TEST(WordClassesTest, RoundTripAndFind) {
  auto c = ReadBytes(Table({"said", "tuesday"}, {{1, 33, 530}, {2, 70, 1120}}));
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  ASSERT_EQ((*c)->size(), 2u);
  const WordClassPath* p = (*c)->Find("tuesday");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ((*p)[1], 70);
  EXPECT_EQ((*c)->Find("Tuesday"), nullptr);  // callers pass keys
  EXPECT_EQ((*c)->Find(""), nullptr);
  ModelWriter w;
  (*c)->Write(&w);
  ModelReader r;
  ASSERT_TRUE(r.OpenBytes(w.Serialize(kWordClassesComponent, 1), kWordClassesComponent, 1).ok());
  auto back = WordClasses::Read(&r);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ((*back)->size(), 2u);
}

TEST(WordClassesTest, RejectsHostileTables) {
  // Truncated payloads at every length fail cleanly.
  std::string good = Table({"a", "bb", "ccc"}, {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
  for (size_t n = 0; n < good.size(); ++n) {
    ModelReader r;
    if (!r.OpenBytes(good.substr(0, n), kWordClassesComponent, 1).ok()) continue;
    EXPECT_FALSE(WordClasses::Read(&r).ok()) << n;
  }
  // Duplicate word, empty word, over-long word.
  EXPECT_FALSE(ReadBytes(Table({"a", "a"}, {{1, 1, 1}, {2, 2, 2}})).ok());
  EXPECT_FALSE(ReadBytes(Table({""}, {{1, 1, 1}})).ok());
  EXPECT_FALSE(ReadBytes(Table({std::string(65, 'x')}, {{1, 1, 1}})).ok());
  // Wrong level count; huge word count; class id above 16 bits.
  {
    ModelWriter w;
    w.PutU32(4);
    w.PutU64(0);
    EXPECT_FALSE(ReadBytes(w.Serialize(kWordClassesComponent, 1)).ok());
  }
  {
    ModelWriter w;
    w.PutU32(kWordClassLevels);
    w.PutU64(~0ull);
    EXPECT_FALSE(ReadBytes(w.Serialize(kWordClassesComponent, 1)).ok());
  }
  {
    ModelWriter w;
    w.PutU32(kWordClassLevels);
    w.PutU64(1);
    w.PutString("x");
    w.PutU32(1);
    w.PutU32(0x10000);
    w.PutU32(1);
    EXPECT_FALSE(ReadBytes(w.Serialize(kWordClassesComponent, 1)).ok());
  }
  // Binary garbage is not a model file.
  EXPECT_FALSE(ReadBytes(std::string(4096, '\xff')).ok());
  // Missing file: NotFound.
  EXPECT_EQ(WordClasses::Load("/nonexistent/clusters.ngm").status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace newsgraph
