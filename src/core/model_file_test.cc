#include "core/model_file.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace newsgraph {
namespace {

TEST(ModelFile, RoundTrip) {
  ModelWriter w;
  w.PutU32(7);
  w.PutString("hello");
  w.PutPodVector(std::vector<float>{1.5f, -2.f});
  ModelReader r;
  ASSERT_TRUE(r.OpenBytes(w.Serialize("tagger", 2), "tagger", 2).ok());
  uint32_t a;
  std::string s;
  std::vector<float> v;
  ASSERT_TRUE(r.GetU32(&a).ok());
  ASSERT_TRUE(r.GetString(&s).ok());
  ASSERT_TRUE(r.GetPodVector(&v).ok());
  EXPECT_TRUE(r.Finish().ok());
  EXPECT_EQ(a, 7u);
  EXPECT_EQ(s, "hello");
  EXPECT_EQ(v, (std::vector<float>{1.5f, -2.f}));
}

TEST(ModelFile, RejectsDamage) {
  ModelWriter w;
  w.PutU32(7);
  std::string bytes = w.Serialize("ner", 1);
  ModelReader r;
  EXPECT_FALSE(r.OpenBytes(bytes, "tagger", 1).ok());          // wrong component
  EXPECT_FALSE(r.OpenBytes(w.Serialize("ner", 3), "ner", 2).ok());  // newer
  EXPECT_FALSE(r.OpenBytes(bytes + "x", "ner", 1).ok());       // trailing
  EXPECT_FALSE(r.OpenBytes(bytes.substr(0, bytes.size() - 1), "ner", 1).ok());
  std::string flipped = bytes;
  flipped[flipped.size() - 9] ^= 1;  // payload byte
  EXPECT_FALSE(r.OpenBytes(flipped, "ner", 1).ok());
  EXPECT_FALSE(r.OpenBytes("garbage", "ner", 1).ok());
  EXPECT_TRUE(r.OpenBytes(bytes, "ner", 1).ok());
  uint32_t a, b;
  EXPECT_TRUE(r.GetU32(&a).ok());
  EXPECT_FALSE(r.GetU32(&b).ok());  // past payload
}

TEST(ModelFile, OpensFilesAndRefusesWhatIsNotOne) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("ng_model_file_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  ModelWriter w;
  w.PutString("payload");
  ASSERT_TRUE(w.WriteFile((dir / "m.ngm").string(), "ner", 1).ok());
  ModelReader r;
  ASSERT_TRUE(r.Open((dir / "m.ngm").string(), "ner", 1).ok());
  std::string s;
  ASSERT_TRUE(r.GetString(&s).ok());
  EXPECT_EQ(s, "payload");
  EXPECT_TRUE(r.Finish().ok());
  EXPECT_FALSE(r.Open((dir / "absent.ngm").string(), "ner", 1).ok());
  EXPECT_FALSE(r.Open(dir.string(), "ner", 1).ok());  // a directory
  { std::ofstream((dir / "empty.ngm").string()); }
  EXPECT_FALSE(r.Open((dir / "empty.ngm").string(), "ner", 1).ok());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace newsgraph
