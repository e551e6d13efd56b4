// Expression patterns. Each matcher looks at a few words from a start index
// (bounded look-ahead, so matching a sentence is linear in its length).
#include "time/expressions.h"

#include <array>
#include <string_view>

#include "time/date_math.h"

namespace newsgraph::time {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

// Words after a weekday that make it part of a name ("Sunday Times").
constexpr std::array<std::string_view, 24> kWeekdayNameAfter = {
    "times",   "telegraph",   "express",  "mirror",  "post",     "herald", "mail",     "star",
    "tribune", "independent", "observer", "night",   "morning",  "school", "football", "live",
    "review",  "people",      "sport",    "edition", "magazine", "club",   "service",  "massacre"};
// Words before a weekday that make it a name ("Black Friday", "Super Tuesday").
constexpr std::array<std::string_view, 16> kWeekdayNameBefore = {
    "black",  "good",   "bloody", "ash", "super",  "cyber", "holy", "palm",
    "easter", "maundy", "giving", "fat", "freaky", "manic", "blue", "small"};
// Prepositions that make a bare month or year a date ("in May", "since 2017").
constexpr std::array<std::string_view, 16> kDatePreps = {
    "in",     "since", "by",   "until", "till", "from",  "during", "through",
    "before", "after", "last", "next",  "this", "early", "late",   "mid"};
// Nouns before "of <year>" ("the end of 2017", "the summer of 2017").
constexpr std::array<std::string_view, 16> kOfYearHeads = {
    "end",    "start", "beginning", "middle", "summer", "spring", "fall",   "autumn",
    "winter", "half",  "quarter",   "part",   "rest",   "course", "months", "close"};
// Nouns after "the <year>" that make it a year ("the 2016 election").
constexpr std::array<std::string_view, 20> kYearNouns = {
    "election", "elections", "campaign", "race",     "olympics",   "midterms", "midterm",
    "primary",  "primaries", "census",   "season",   "referendum", "vote",     "invasion",
    "war",      "attack",    "attacks",  "protests", "uprising",   "summit"};
constexpr std::array<std::string_view, 4> kDayParts = {"morning", "afternoon", "evening", "night"};
constexpr std::array<std::string_view, 5> kVagueCounts = {"few", "several", "many", "couple",
                                                          "some"};

class Matcher {
 public:
  explicit Matcher(const std::vector<Word>& w) : w_(w) {}

  std::optional<Match> At(size_t i) const {
    if (IsAny(i, {"on", "in", "during", "within", "over"})) {
      if (auto m = Offset(i)) return m;
      if (auto m = Core(i + 1)) {
        if (m->kind == ExprKind::kOffset) return std::nullopt;
        // "during last week's talks": the preposition stays out of
        // determiner-led expressions; it joins dates ("on Friday", "in 2017").
        if (m->kind == ExprKind::kRelative || m->kind == ExprKind::kDeictic) return m;
        m->begin = i;
        return m;
      }
      return std::nullopt;
    }
    return Core(i);
  }

 private:
  // ---- word tests ------------------------------------------------------
  const Word* W(size_t i) const { return i < w_.size() ? &w_[i] : nullptr; }
  bool Is(size_t i, std::string_view s) const {
    return i < w_.size() && w_[i].kind == WordKind::kAlpha && w_[i].lower == s;
  }
  bool IsAny(size_t i, std::initializer_list<std::string_view> list) const {
    for (std::string_view s : list)
      if (Is(i, s)) return true;
    return false;
  }
  bool Punct(size_t i, std::string_view s) const {
    return i < w_.size() && w_[i].kind == WordKind::kPunct && w_[i].lower == s;
  }
  bool Adjacent(size_t i) const { return i < w_.size() && !w_[i].space_before; }
  std::string_view Prev(size_t i) const {
    return i > 0 && w_[i - 1].kind == WordKind::kAlpha ? std::string_view(w_[i - 1].lower) : "";
  }
  bool Possessive(size_t i) const {
    return i + 1 < w_.size() && IsApostrophe(w_[i]) && Adjacent(i) && Is(i + 1, "s");
  }
  int Year(size_t i) const {
    const Word* w = W(i);
    if (!w || w->kind != WordKind::kNumber || w->digits != 4 || w->ordinal) return 0;
    if (w->value < kMinYear || w->value > kMaxYear) return 0;
    // "2,017" or "2017.5" are not years.
    if (Punct(i + 1, ",") && Adjacent(i + 1) && W(i + 2) && W(i + 2)->kind == WordKind::kNumber &&
        Adjacent(i + 2))
      return 0;
    if (W(i + 1) && Adjacent(i + 1) && W(i + 1)->kind == WordKind::kAlpha) return 0;  // "1990s"
    if ((Punct(i + 1, ".") || Punct(i + 1, "%")) && Adjacent(i + 1)) {
      if (Punct(i + 1, "%") || (W(i + 2) && W(i + 2)->kind == WordKind::kNumber)) return 0;
    }
    return w->value;
  }
  int Day(size_t i) const {
    const Word* w = W(i);
    if (!w || w->kind != WordKind::kNumber || w->digits > 2 || w->value < 1 || w->value > 31)
      return 0;
    if (Punct(i + 1, ":") || Punct(i + 1, "%")) return 0;  // "May 5:30", "10%"
    return w->value;
  }
  // Month name at i, capitalised; an abbreviation may take a ".". Sets *next.
  int Month(size_t i, size_t* next, bool* abbrev) const {
    const Word* w = W(i);
    if (!w || w->kind != WordKind::kAlpha || !w->cap) return 0;
    MonthName m = LookupMonth(w->lower);
    if (m.month == 0) return 0;
    *abbrev = m.abbrev;
    *next = i + 1;
    if (m.abbrev && Punct(*next, ".") && Adjacent(*next)) ++*next;
    return m.month;
  }
  int Weekday(size_t i) const {
    const Word* w = W(i);
    if (!w || w->kind != WordKind::kAlpha || !w->cap) return -1;
    return LookupWeekday(w->lower);
  }
  // A count: digits, a number word, or -1 for "few"/"several" (vague); 0 if none.
  // *next is set past it ("a couple of" included).
  int Count(size_t i, size_t* next) const {
    const Word* w = W(i);
    if (!w) return 0;
    *next = i + 1;
    if (w->kind == WordKind::kNumber && w->value > 0 && w->value <= 1000 && !w->ordinal)
      return w->value;
    if (w->kind != WordKind::kAlpha) return 0;
    if (Is(i, "a") && Is(i + 1, "few")) {
      *next = i + 2;
      return -1;
    }
    if (Is(i, "a") && Is(i + 1, "couple") && Is(i + 2, "of")) {
      *next = i + 3;
      return 2;
    }
    if (In(kVagueCounts, w->lower)) {
      if (Is(i, "couple") && Is(i + 1, "of")) *next = i + 2;
      return -1;
    }
    int v = LookupNumberWord(w->lower);
    return v > 0 ? v : 0;
  }
  Unit UnitAt(size_t i) const {
    const Word* w = W(i);
    return w && w->kind == WordKind::kAlpha ? LookupUnit(w->lower) : Unit::kNone;
  }

  // Whether any pattern of Core can start at word c: a number, a capitalised
  // month or weekday name, or one of the words the patterns open with (a
  // cheap test that spares the twelve patterns on most words).
  bool MayStart(size_t c) const {
    static constexpr std::array<std::string_view, 23> kOpeners = {
        "the",  "early",     "late",     "mid",   "earlier", "later",     "last",  "next",
        "this", "yesterday", "tomorrow", "today", "tonight", "a",         "few",   "several",
        "many", "couple",    "some",     "past",  "coming",  "following", "recent"};
    const Word& w = w_[c];
    if (w.kind == WordKind::kNumber) return true;
    if (w.kind != WordKind::kAlpha) return false;
    if (w.cap && (LookupMonth(w.lower).month != 0 || LookupWeekday(w.lower) >= 0)) return true;
    return In(kOpeners, w.lower) || LookupNumberWord(w.lower) > 0;
  }

  // ---- patterns --------------------------------------------------------
  std::optional<Match> Core(size_t c) const {
    if (c >= w_.size() || !MayStart(c)) return std::nullopt;
    if (auto m = IsoDate(c)) return m;
    if (auto m = WeekdayDate(c)) return m;
    if (auto m = MonthDay(c)) return m;
    if (auto m = DayMonth(c)) return m;
    if (auto m = MonthYear(c)) return m;
    if (auto m = Relative(c)) return m;
    if (auto m = Deictic(c)) return m;
    if (auto m = Ago(c)) return m;
    if (auto m = Rolling(c)) return m;
    if (auto m = WeekdayAlone(c)) return m;
    if (auto m = MonthAlone(c)) return m;
    if (auto m = YearAlone(c)) return m;
    return std::nullopt;
  }

  // "2021-01-10" written in the text (no spaces).
  std::optional<Match> IsoDate(size_t c) const {
    int y = Year(c);
    if (!y || !Punct(c + 1, "-") || !Punct(c + 3, "-")) return std::nullopt;
    for (size_t k = c + 1; k <= c + 4; ++k)
      if (!Adjacent(k)) return std::nullopt;
    const Word* m = W(c + 2);
    const Word* d = W(c + 4);
    if (!m || !d || m->kind != WordKind::kNumber || d->kind != WordKind::kNumber ||
        m->digits != 2 || d->digits != 2 || !IsValidDate(y, m->value, d->value))
      return std::nullopt;
    if (W(c + 5) && Adjacent(c + 5) && W(c + 5)->kind == WordKind::kNumber) return std::nullopt;
    Match r{c, c + 5, ExprKind::kDate};
    r.year = y, r.month = m->value, r.day = d->value;
    return r;
  }

  // "Thursday, Jan. 20", "Thursday, January 20, 2022".
  std::optional<Match> WeekdayDate(size_t c) const {
    if (Weekday(c) < 0) return std::nullopt;
    size_t k = c + 1;
    if (Punct(k, ",")) ++k;
    auto m = MonthDay(k);
    if (!m) m = DayMonth(k);
    if (!m || m->kind != ExprKind::kDate) return std::nullopt;
    m->begin = c;
    return m;
  }

  // Optional ", 2021" after a day; returns the year and moves *end.
  int TrailingYear(size_t* end) const {
    size_t k = *end;
    if (Punct(k, ",")) ++k;
    if (Is(k, "of")) ++k;
    int y = Year(k);
    if (y) *end = k + 1;
    return y;
  }

  // "January 10", "Jan. 10, 2021", "Sept. 5-7".
  std::optional<Match> MonthDay(size_t c) const {
    size_t k = 0;
    bool abbrev = false;
    int month = Month(c, &k, &abbrev);
    if (!month) return std::nullopt;
    int day = Day(k);
    if (!day) return std::nullopt;
    // "March 15,000" is a number.
    if (Punct(k + 1, ",") && Adjacent(k + 1) && W(k + 2) && W(k + 2)->kind == WordKind::kNumber &&
        Adjacent(k + 2))
      return std::nullopt;
    size_t end = k + 1;
    int year = TrailingYear(&end);
    Match r{c, end, ExprKind::kDate};
    r.month = month, r.day = day, r.year = year;
    if (year ? !IsValidDate(year, month, day) : day > DaysInMonth(2000, month)) return std::nullopt;
    return r;
  }

  // "10 January", "the 10th of January 2021".
  std::optional<Match> DayMonth(size_t c) const {
    size_t k = c;
    if (Is(k, "the")) ++k;
    int day = Day(k);
    if (!day) return std::nullopt;
    ++k;
    if (Is(k, "of")) ++k;
    size_t after = 0;
    bool abbrev = false;
    int month = Month(k, &after, &abbrev);
    if (!month) return std::nullopt;
    if (Is(c, "the") && !W(c + 1)->ordinal) return std::nullopt;
    int year = TrailingYear(&after);
    if (year ? !IsValidDate(year, month, day) : day > DaysInMonth(2000, month)) return std::nullopt;
    Match r{c, after, ExprKind::kDate};
    r.month = month, r.day = day, r.year = year;
    return r;
  }

  // "March 2021", "January of 2022", "mid-March 2021".
  std::optional<Match> MonthYear(size_t c) const {
    size_t k = SkipEarlyLate(c);
    size_t after = 0;
    bool abbrev = false;
    int month = Month(k, &after, &abbrev);
    if (!month) return std::nullopt;
    int year = TrailingYear(&after);
    if (!year) return std::nullopt;
    Match r{c, after, ExprKind::kMonth};
    r.month = month, r.year = year;
    return r;
  }

  // Skips "early", "late", "mid", "mid-" before a month or year.
  size_t SkipEarlyLate(size_t c) const {
    if (IsAny(c, {"early", "late"})) return c + 1;
    if (Is(c, "mid")) return Punct(c + 1, "-") ? c + 2 : c + 1;
    return c;
  }

  // "last week", "this month", "next year", "earlier this week", "this weekend",
  // "late last year", "this past week".
  std::optional<Match> Relative(size_t c) const {
    size_t k = c;
    Forced forced = Forced::kNone;
    if (IsAny(k, {"earlier", "early"}))
      forced = Forced::kPast, ++k;
    else if (IsAny(k, {"later", "late"}))
      forced = Forced::kFuture, ++k;
    int shift = 0;
    if (Is(k, "last"))
      shift = -1;
    else if (Is(k, "next"))
      shift = 1;
    else if (!Is(k, "this"))
      return std::nullopt;
    if (Is(c, "early") || Is(c, "late"))
      forced = shift < 0 ? Forced::kPast : shift > 0 ? Forced::kFuture : forced;
    ++k;
    if (shift == 0 && Is(k, "past")) shift = -1, ++k;
    if (shift == 0 && Is(k, "coming")) shift = 1, ++k;
    Match r{c, k + 1, ExprKind::kRelative};
    r.shift = shift;
    if (Is(k, "weekend")) {
      r.weekend = true;
    } else {
      Unit u = UnitAt(k);
      if (u == Unit::kNone || IsPluralUnit(W(k)->lower)) return std::nullopt;
      r.unit = u;
    }
    if (Is(k + 1, "of")) return std::nullopt;  // "last week of January"
    if (shift < 0) r.forced = Forced::kPast;
    if (shift > 0) r.forced = Forced::kFuture;
    if (forced != Forced::kNone) r.forced = forced;
    return r;
  }

  // "yesterday", "today", "tomorrow", "tonight", "last night", "this morning",
  // "earlier today".
  std::optional<Match> Deictic(size_t c) const {
    size_t k = c;
    Forced forced = Forced::kNone;
    if (Is(k, "earlier") && IsAny(k + 1, {"today", "tonight"})) forced = Forced::kPast, ++k;
    if (Is(k, "later") && IsAny(k + 1, {"today", "tonight"})) forced = Forced::kFuture, ++k;
    Match r{c, k + 1, ExprKind::kDeictic};
    r.forced = forced;
    const Word* w = W(k);
    if (!w || w->kind != WordKind::kAlpha) return std::nullopt;
    if (w->lower == "yesterday") {
      r.shift = -1, r.forced = Forced::kPast;
    } else if (w->lower == "tomorrow") {
      r.shift = 1, r.forced = Forced::kFuture;
    } else if (w->lower == "today" || w->lower == "tonight") {
      if (w->cap && k > 0 && (Prev(k) == "usa" || W(k - 1)->cap)) return std::nullopt;
    } else if (w->lower == "last" && Is(k + 1, "night")) {
      r.end = k + 2, r.shift = -1, r.forced = Forced::kPast;
    } else if (w->lower == "this" && IsAny(k + 1, {"morning", "afternoon", "evening"})) {
      r.end = k + 2;
    } else {
      return std::nullopt;
    }
    return r;
  }

  // "two days ago", "a week ago", "several years ago".
  std::optional<Match> Ago(size_t c) const {
    size_t k = 0;
    int n = Count(c, &k);
    Unit u = UnitAt(k);
    if (!n || u == Unit::kNone || !Is(k + 1, "ago")) return std::nullopt;
    Match r{c, k + 2, n < 0 ? ExprKind::kVague : ExprKind::kOffset};
    r.unit = u, r.n = -n, r.forced = Forced::kPast;
    return r;
  }

  // "in two weeks", "within three days", "in a few weeks" (future offsets).
  std::optional<Match> Offset(size_t i) const {
    if (!IsAny(i, {"in", "within"})) return std::nullopt;
    size_t k = 0;
    int n = Count(i + 1, &k);
    Unit u = UnitAt(k);
    if (!n || u == Unit::kNone) return std::nullopt;
    if (Is(k + 1, "of") || Is(k + 1, "ago") || Is(k + 1, "since")) return std::nullopt;
    size_t end = k + 1;
    if (Possessive(end) && Is(end + 2, "time"))
      end += 3;
    else if (Punct(end, "'") && Is(end + 1, "time"))
      end += 2;
    Match r{i, end, n < 0 ? ExprKind::kVague : ExprKind::kOffset};
    r.unit = u, r.n = n < 0 ? 1 : n, r.forced = Forced::kFuture, r.offset_in = true;
    return r;
  }

  // "the past week", "the last two years", "the next few weeks", "the coming
  // days", "recent weeks", "the past few days".
  std::optional<Match> Rolling(size_t c) const {
    size_t k = c;
    bool the = Is(k, "the");
    if (the) ++k;
    int dir = 0;
    if (IsAny(k, {"past", "last"}))
      dir = -1;
    else if (IsAny(k, {"next", "coming", "following"}))
      dir = 1;
    else if (Is(k, "recent") && !the)
      dir = -2;
    if (!dir) return std::nullopt;
    if (!the && dir != -2) return std::nullopt;  // "last week" is Relative
    ++k;
    size_t after = k;
    int n = Count(k, &after);
    if (!n) {
      n = 1;
      after = k;
    }
    Unit u = UnitAt(after);
    if (u == Unit::kNone) return std::nullopt;
    bool plural = IsPluralUnit(W(after)->lower);
    if (!plural && n != 1) return std::nullopt;
    if (Is(after + 1, "of") || Possessive(after + 1)) return std::nullopt;
    if (dir == 1 && Is(k - 1, "following")) return std::nullopt;  // narrative time
    Match r{c, after + 1, ExprKind::kRolling};
    r.unit = u;
    // "the past days" / "the next weeks" / "recent weeks" are vague.
    if (n < 0 || dir == -2 || (plural && n == 1 && after == k)) r.kind = ExprKind::kVague;
    r.n = (dir > 0 ? 1 : -1) * (n < 0 ? 1 : n);
    r.forced = dir > 0 ? Forced::kFuture : Forced::kPast;
    return r;
  }

  // "on Wednesday", "last Friday", "next Monday", "Thursday night".
  std::optional<Match> WeekdayAlone(size_t c) const {
    size_t k = c;
    int shift = 0;
    bool explicit_shift = true;
    if (Is(k, "last"))
      shift = -1, ++k;
    else if (IsAny(k, {"next", "coming"}))
      shift = 1, ++k;
    else if (Is(k, "this"))
      ++k;
    else
      explicit_shift = false;
    int wd = Weekday(k);
    if (wd < 0) return std::nullopt;
    if (In(kWeekdayNameBefore, Prev(k))) return std::nullopt;
    if (Prev(k) == "news" && k >= 2 && Prev(k - 1) == "fox") return std::nullopt;  // a show
    const Word* next = W(k + 1);
    size_t end = k + 1;
    if (next && next->kind == WordKind::kAlpha) {
      if (next->cap && In(kWeekdayNameAfter, next->lower)) return std::nullopt;
      if (!next->cap && In(kDayParts, next->lower)) end = k + 2;
    }
    Match r{c, end, ExprKind::kWeekday};
    r.weekday = wd, r.shift = shift, r.explicit_shift = explicit_shift;
    if (shift < 0 || Prev(c) == "since") r.forced = Forced::kPast;
    if (shift > 0) r.forced = Forced::kFuture;
    return r;
  }

  // "a July call", "the November election": a determiner, the month (not "May" or
  // "March", which are also a verb), a lower-case word.
  bool MonthModifiesNoun(size_t c, size_t k, size_t after) const {
    static constexpr std::array<std::string_view, 9> kDeterminers = {
        "a", "an", "the", "its", "his", "her", "their", "this", "that"};
    if (k != c || w_[k].lower == "may" || w_[k].lower == "march" || !w_[k].cap) return false;
    const Word* next = W(after);
    return In(kDeterminers, Prev(c)) && next && next->kind == WordKind::kAlpha && !next->cap;
  }

  // "in January", "since March", "last May", "early February", "mid-June".
  std::optional<Match> MonthAlone(size_t c) const {
    size_t k = SkipEarlyLate(c);
    size_t after = 0;
    bool abbrev = false;
    int month = Month(k, &after, &abbrev);
    if (!month || abbrev) return std::nullopt;
    std::string_view before = k > c ? w_[c].lower : Prev(c);
    if (!In(kDatePreps, before) && before != "of" && !MonthModifiesNoun(c, k, after))
      return std::nullopt;
    if (Possessive(after)) return std::nullopt;  // "in May's government"
    Match r{c, after, ExprKind::kMonth};
    r.month = month;
    if (Is(c, "last")) r.forced = Forced::kPast, r.shift = -1;
    if (Is(c, "next")) r.forced = Forced::kFuture, r.shift = 1;
    if (Prev(c) == "since") r.forced = Forced::kPast;
    return r;
  }

  // "in 2017", "since 2017", "early 2019", "the end of 2017", "the 2016 election".
  std::optional<Match> YearAlone(size_t c) const {
    size_t k = SkipEarlyLate(c);
    int year = Year(k);
    if (!year) return std::nullopt;
    std::string_view before = k > c ? w_[c].lower : Prev(c);
    bool ok = In(kDatePreps, before);
    if (before == "of" && c >= 2 && In(kOfYearHeads, Prev(c - 1))) ok = true;
    if (before == "the" && W(k + 1) && In(kYearNouns, W(k + 1)->lower)) ok = true;
    if (k > c && Prev(c) == "in") ok = true;
    // "from 2015 to 2017", "between 2015 and 2017".
    if ((before == "to" || before == "and") && c >= 2 && Year(c - 2)) ok = true;
    if (!ok) return std::nullopt;
    Match r{c, k + 1, ExprKind::kYear};
    r.year = year;
    if (Prev(c) == "since") r.forced = Forced::kPast;
    return r;
  }

  const std::vector<Word>& w_;
};

}  // namespace

std::optional<Match> MatchAt(const std::vector<Word>& words, size_t i) {
  Matcher m(words);
  std::optional<Match> r = m.At(i);
  // "last May" / "next March": the shift word starts the match.
  if (!r && i + 1 < words.size() && words[i].kind == WordKind::kAlpha &&
      (words[i].lower == "last" || words[i].lower == "next")) {
    std::optional<Match> inner = m.At(i + 1);
    if (inner && inner->kind == ExprKind::kMonth && inner->year == 0 && inner->begin == i + 1) {
      inner->begin = i;
      inner->shift = words[i].lower == "last" ? -1 : 1;
      inner->forced = inner->shift < 0 ? Forced::kPast : Forced::kFuture;
      return inner;
    }
  }
  return r;
}

}  // namespace newsgraph::time
