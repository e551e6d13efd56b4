#include "quotes/tweets.h"

#include <algorithm>
#include <array>

#include "quotes/labels.h"
#include "quotes/span_model.h"

namespace newsgraph::quotes {
namespace {

constexpr size_t kMaxAuthorBytes = 60;
constexpr size_t kMinPostWords = 3;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHandleChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '_';
}

// Whether [i, end) is "Month D, YYYY" (white space around it allowed).
bool IsDate(std::string_view t, size_t i, size_t end) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  while (i < end && IsSpace(t[i])) ++i;
  while (end > i && IsSpace(t[end - 1])) --end;
  const std::string_view s = t.substr(i, end - i);
  for (std::string_view m : kMonths) {
    if (!s.starts_with(m) || s.size() < m.size() + 8 || s[m.size()] != ' ') continue;
    size_t k = m.size() + 1, digits = 0;
    while (k < s.size() && IsDigit(s[k]) && digits < 2) ++k, ++digits;
    if (digits == 0 || s.substr(k, 2) != ", ") return false;
    k += 2;
    return s.size() - k == 4 && std::all_of(s.begin() + k, s.end(), IsDigit);
  }
  return false;
}

// The byte where the dash before the author starts and the dash's length, looking back from
// `name_end` over at most kMaxAuthorBytes; {npos, 0} when there is none.
std::pair<size_t, size_t> DashBefore(std::string_view t, size_t line, size_t name_end) {
  static constexpr std::array<std::string_view, 3> kDashes = {"\xE2\x80\x94", "\xE2\x80\x93", "-"};
  const size_t floor =
      name_end > line + kMaxAuthorBytes + 4 ? name_end - kMaxAuthorBytes - 4 : line;
  for (size_t i = name_end; i > floor;) {
    --i;
    for (std::string_view d : kDashes)
      if (t.compare(i, d.size(), d) == 0 && i > line && IsSpace(t[i - 1]) &&
          i + d.size() < name_end && IsSpace(t[i + d.size()]))
        return {i, d.size()};
  }
  return {std::string_view::npos, 0};
}

bool IsLink(std::string_view word) {
  return word.starts_with("http://") || word.starts_with("https://") ||
         word.starts_with("pic.twitter.com/") || word.starts_with("t.co/");
}


}  // namespace

std::optional<TweetLine> ParseTweetLine(std::string_view t, size_t begin, size_t end) {
  end = std::min(end, t.size());
  if (begin >= end) return std::nullopt;
  const std::string_view line = t.substr(begin, end - begin);
  const size_t open = line.rfind(" (@");
  if (open == std::string_view::npos) return std::nullopt;
  size_t h = open + 3;
  while (h < line.size() && IsHandleChar(line[h])) ++h;
  if (h == open + 3 || h >= line.size() || line[h] != ')') return std::nullopt;
  if (!IsDate(t, begin + h + 1, end)) return std::nullopt;
  const size_t name_end = begin + open;
  const auto [dash, dash_len] = DashBefore(t, begin, name_end);
  if (dash == std::string_view::npos) return std::nullopt;
  size_t name_begin = dash + dash_len;
  while (name_begin < name_end && IsSpace(t[name_begin])) ++name_begin;
  if (name_begin >= name_end) return std::nullopt;
  // The post: up to the dash, without trailing links and white space.
  size_t post_end = dash;
  while (true) {
    while (post_end > begin && IsSpace(t[post_end - 1])) --post_end;
    size_t word = post_end;
    while (word > begin && !IsSpace(t[word - 1])) --word;
    if (word == post_end || !IsLink(t.substr(word, post_end - word))) break;
    post_end = word;
  }
  size_t post_begin = begin;
  while (post_begin < post_end && IsSpace(t[post_begin])) ++post_begin;
  if (post_end <= post_begin ||
      CountWords(t.substr(post_begin, post_end - post_begin)) < kMinPostWords)
    return std::nullopt;
  TweetLine l;
  l.content = Span{static_cast<uint32_t>(post_begin), static_cast<uint32_t>(post_end)};
  l.author = Span{static_cast<uint32_t>(name_begin), static_cast<uint32_t>(name_end)};
  l.handle = Span{static_cast<uint32_t>(name_end + 2), static_cast<uint32_t>(begin + h)};
  return l;
}

void AddTweetQuotes(std::string_view text, std::vector<RawQuote>* quotes) {
  for (size_t p = 0; p < text.size();) {
    size_t eol = text.find('\n', p);
    if (eol == std::string_view::npos) eol = text.size();
    if (std::optional<TweetLine> l = ParseTweetLine(text, p, eol)) {
      RawQuote q;
      q.kind = "direct";
      q.content = TrimSpan(text, l->content);
      q.source = l->author;
      const Span post = q.content;
      std::erase_if(*quotes, [&](const RawQuote& r) {
        const bool crosses = r.content.begin < l->author.end && r.content.end > post.end &&
                             r.content.end > p && r.content.begin < eol;
        const bool same = TrimSpan(text, r.content) == post;
        const bool in_signature = r.content.begin >= post.end && r.content.begin < eol;
        return crosses || same || in_signature;
      });
      auto at = std::find_if(quotes->begin(), quotes->end(),
                             [&](const RawQuote& r) { return r.content.begin > q.content.begin; });
      quotes->insert(at, std::move(q));
    }
    p = eol + 1;
  }
}

}  // namespace newsgraph::quotes
