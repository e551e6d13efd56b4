#include <gtest/gtest.h>

#include <random>
#include <string>

#include "time/date_math.h"
#include "time/time.h"

namespace newsgraph::time {
namespace {

struct DateCase {
  const char* raw;
  const char* want;  // nullptr = rejected
};

const DateCase kDates[] = {
    {"2022-01-20", "2022-01-20"},
    {"2022-01-20T14:03:00Z", "2022-01-20"},
    {"2022-01-20T14:03:00.000Z", "2022-01-20"},
    {"2022-01-20 14:03:00+03:00", "2022-01-20"},
    {"2022-01-20T23:30:00-05:00", "2022-01-20"},
    {"20220120", "2022-01-20"},
    {"20220120T140300Z", "2022-01-20"},
    {"January 20, 2022", "2022-01-20"},
    {"Jan. 20, 2022", "2022-01-20"},
    {"Jan 20 2022", "2022-01-20"},
    {"20 Jan 2022", "2022-01-20"},
    {"20 January 2022", "2022-01-20"},
    {"20th of January, 2022", "2022-01-20"},
    {"January 20th, 2022", "2022-01-20"},
    {"Thursday, January 20, 2022", "2022-01-20"},
    {"1/20/22", "2022-01-20"},
    {"01/20/2022", "2022-01-20"},
    {"20/01/2022", "2022-01-20"},
    {"20.01.2022", "2022-01-20"},
    {"03/04/2022", "2022-03-04"},
    {"Thu, 20 Jan 2022 14:03:00 +0000", "2022-01-20"},
    {"Thu, 20 Jan 2022 14:03:00 GMT", "2022-01-20"},
    {"2022/01/20", "2022-01-20"},
    {"2022.01.20", "2022-01-20"},
    {"January 20, 2022 at 3:04 PM EST", "2022-01-20"},
    {"Updated 3:04 PM EST, Thu January 20, 2022", "2022-01-20"},
    {"Published: 20-Jan-2022", "2022-01-20"},
    {"20-Jan-22", "2022-01-20"},
    {"2022 Jan 20", "2022-01-20"},
    {"  2016-01-11\n", "2016-01-11"},
    {"Sept. 5, 2019", "2019-09-05"},
    {"1642680000", "2022-01-20"},
    {"1642680000000", "2022-01-20"},
    {"February 29, 2020", "2020-02-29"},
    {"1/5/99", "1999-01-05"},
    // Rejected.
    {"February 29, 2021", nullptr},
    {"Feb 30, 2022", nullptr},
    {"2022-13-01", nullptr},
    {"2022-02-30", nullptr},
    {"1750-01-01", nullptr},
    {"2200-01-01", nullptr},
    {"January 2022", nullptr},
    {"yesterday", nullptr},
    {"", nullptr},
    {"null", nullptr},
    {"14:03:00", nullptr},
    {"\xFF\xFE garbage \x01", nullptr},
    {"13/13/2022", nullptr},
};

class NormalizeDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(NormalizeDateTest, Parses) {
  const DateCase& c = GetParam();
  std::optional<std::string> got = NormalizeDate(c.raw);
  if (c.want == nullptr) {
    EXPECT_FALSE(got.has_value()) << c.raw << " → " << got.value_or("");
  } else {
    ASSERT_TRUE(got.has_value()) << c.raw;
    EXPECT_EQ(*got, c.want) << c.raw;
  }
}

INSTANTIATE_TEST_SUITE_P(Shapes, NormalizeDateTest, ::testing::ValuesIn(kDates));

TEST(NormalizeDate, RejectsOverlongInput) {
  std::string s = "January 20, 2022" + std::string(1000, ' ') + "x";
  EXPECT_FALSE(NormalizeDate(s).has_value());
  EXPECT_FALSE(NormalizeDate(std::string(100000, '1')).has_value());
}

TEST(NormalizeDate, RandomBytesAreBoundedAndValid) {
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    int n = static_cast<int>(rng() % 80);
    for (int i = 0; i < n; ++i) s.push_back(static_cast<char>(rng() % 256));
    std::optional<std::string> got = NormalizeDate(s);
    if (got) {
      EXPECT_TRUE(ParseIso(*got).has_value()) << *got;
    }
  }
}

TEST(DateMath, RoundTripsAndWeekdays) {
  for (int64_t d = DaysFromCivil({1800, 1, 1}); d <= DaysFromCivil({2100, 12, 31}); d += 37) {
    CivilDate c = CivilFromDays(d);
    EXPECT_EQ(DaysFromCivil(c), d);
  }
  EXPECT_EQ(WeekdayOf(DaysFromCivil({2022, 1, 20})), 3);  // Thursday
  EXPECT_EQ(WeekdayOf(DaysFromCivil({1900, 1, 1})), 0);   // Monday
  EXPECT_EQ(ToIso(CivilFromDays(WeekStart(DaysFromCivil({2022, 1, 20})))), "2022-01-17");
  CivilDate m = AddMonths({2022, 1, 20}, -1);
  EXPECT_EQ(ToIso(m), "2021-12-01");
  EXPECT_EQ(ToIso(AddMonths({2022, 12, 5}, 1)), "2023-01-01");
  EXPECT_FALSE(IsValidDate(1900, 2, 29));
  EXPECT_TRUE(IsValidDate(2000, 2, 29));
}

}  // namespace
}  // namespace newsgraph::time
