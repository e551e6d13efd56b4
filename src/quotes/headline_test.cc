#include "quotes/headline.h"

#include <gtest/gtest.h>

#include "quotes/test_util.h"

namespace newsgraph::quotes {
namespace {

using testing::Parsed;
using testing::Sub;

TEST(HeadlineTest, NameSaysAfterACommaAttributesTheHeadline) {
  Document d = Parsed(
      "Water/NOUN/1/nsubj Plan/PROPN/3/nsubj Is/AUX/3/cop Late/ADJ/-1/root ,/PUNCT/6/punct "
      "Maria/PROPN/6/nsubj Alvarez/PROPN/5/flat Says/VERB/3/parataxis ./PUNCT/3/punct");
  std::vector<RawQuote> qs;
  AddHeadlineAttribution(d, &qs);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(Sub(d, qs[0].content), "Water Plan Is Late");
  EXPECT_EQ(Sub(d, *qs[0].source), "Maria Alvarez");
  EXPECT_EQ(Sub(d, *qs[0].cue), "Says");
}

TEST(HeadlineTest, OtherShapesAreLeftAlone) {
  // No comma before the name, or a lower-case word in the "name".
  for (const char* spec :
       {"Water/NOUN/1/nsubj Plan/PROPN/3/nsubj Is/AUX/3/cop Late/ADJ/-1/root Alvarez/PROPN/5/nsubj "
        "Says/VERB/3/parataxis",
        "Water/NOUN/1/nsubj Plan/PROPN/3/nsubj Is/AUX/3/cop Late/ADJ/-1/root ,/PUNCT/6/punct "
        "the/DET/6/det mayor/NOUN/7/nsubj Says/VERB/3/parataxis"}) {
    Document d = Parsed(spec);
    std::vector<RawQuote> qs;
    AddHeadlineAttribution(d, &qs);
    EXPECT_TRUE(qs.empty()) << spec;
  }
}

}  // namespace
}  // namespace newsgraph::quotes
