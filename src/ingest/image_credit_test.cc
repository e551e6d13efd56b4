#include "ingest/image_credit.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::ingest {
namespace {

// The cut texts of FindImageCredits.
std::vector<std::string> Cuts(std::string_view text) {
  std::vector<std::string> out;
  for (const Cut& c : FindImageCredits(text))
    out.emplace_back(text.substr(c.begin, c.end - c.begin));
  return out;
}

TEST(ImageCredit, CreditAndCaptionLabelsAreCutTheCaptionStays) {
  EXPECT_EQ(Cuts("Image copyright Getty Images Image caption Ann Roe spoke in Lyon\n\nBody."),
            (std::vector<std::string>{"Image copyright Getty Images Image caption"}));
  EXPECT_EQ(Cuts("Image copyright AFP/Getty Images Image caption Mourners lined the route"),
            (std::vector<std::string>{"Image copyright AFP/Getty Images Image caption"}));
}

TEST(ImageCredit, ACreditAloneRunsToTheEndOfItsLine) {
  EXPECT_EQ(Cuts("Image copyright Reuters\n\nAnn Roe said on Monday."),
            (std::vector<std::string>{"Image copyright Reuters"}));
  EXPECT_EQ(Cuts("Text.\nImage copyright EPA"), (std::vector<std::string>{"Image copyright EPA"}));
}

TEST(ImageCredit, VideoFurniture) {
  EXPECT_EQ(
      Cuts("Media playback is unsupported on your device Media caption Ann Roe rejects "
           "more votes"),
      (std::vector<std::string>{"Media playback is unsupported on your device", "Media caption"}));
}

TEST(ImageCredit, OnlyWholeCapitalisedPhrases) {
  EXPECT_TRUE(Cuts("The image copyright belongs to the agency. An Image captioning tool.").empty());
  EXPECT_TRUE(Cuts("XImage caption").empty());
  EXPECT_TRUE(Cuts("").empty());
  // A long run after "Image copyright" is no credit: only the phrase goes.
  const std::string long_run = "Image copyright " + std::string(200, 'x') + " and more";
  EXPECT_EQ(Cuts(long_run), (std::vector<std::string>{"Image copyright"}));
}

TEST(ImageCredit, HostileInputIsLinearAndCutsAreDisjoint) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += i % 3 ? "Image caption " : "Image copyright X ";
  text += std::string(100000, 'I');
  const std::vector<Cut> cuts = FindImageCredits(text);
  EXPECT_GT(cuts.size(), 13000u);
  for (size_t i = 1; i < cuts.size(); ++i) EXPECT_LE(cuts[i - 1].end, cuts[i].begin);
  for (const Cut& c : cuts) EXPECT_LE(c.end, text.size());
}

TEST(ImageCredit, MaskRecordsRangesAndAWarning) {
  ArticleMeta meta;
  EXPECT_EQ(MaskImageCredits("Image copyright AP Image caption Ann Roe", &meta), 1u);
  ASSERT_EQ(meta.masked.size(), 1u);
  EXPECT_EQ(meta.masked[0].begin, 0u);
  EXPECT_EQ(meta.masked[0].end, 32u);
  EXPECT_EQ(meta.warnings.size(), 1u);
  ArticleMeta none;
  EXPECT_EQ(MaskImageCredits("Nothing here.", &none), 0u);
  EXPECT_TRUE(none.masked.empty());
  EXPECT_TRUE(none.warnings.empty());
}

}  // namespace
}  // namespace newsgraph::ingest
