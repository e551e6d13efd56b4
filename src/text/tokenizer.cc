// The tokenizer works one whitespace-delimited chunk at a time. A chunk is
// first checked for a URL or e-mail address (after peeling opening and
// closing punctuation); otherwise it is scanned left to right: a word core
// (letters, digits and the connectors that may sit inside a word), then any
// clitic, then punctuation one mark (or one run of the same mark) at a time.
#include "text/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "text/abbreviations.h"
#include "text/chars.h"

namespace newsgraph::text {
namespace {

inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (Lower(s[i]) != lower[i]) return false;
  return true;
}

bool StartsWithLower(std::string_view s, std::string_view lower_prefix) {
  return s.size() >= lower_prefix.size() &&
         EqualsLower(s.substr(0, lower_prefix.size()), lower_prefix);
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Clitics that UD splits off after an apostrophe: 's 'm 'd 're 've 'll.
bool IsClitic(std::string_view s) {
  return EqualsLower(s, "s") || EqualsLower(s, "m") || EqualsLower(s, "d") ||
         EqualsLower(s, "re") || EqualsLower(s, "ve") || EqualsLower(s, "ll");
}

// Unit suffixes that UD splits from a number written against it ("5pm").
bool IsUnitSuffix(std::string_view s) {
  static constexpr std::string_view kUnits[] = {
      "am",  "pm",  "km",  "kg", "mph", "lb",   "lbs", "mm",  "cm",  "ml", "mg", "gb", "mb", "tb",
      "ghz", "mhz", "hrs", "hr", "min", "mins", "yrs", "kph", "kmh", "k",  "m",  "bn", "p"};
  if (s.size() > 4) return false;
  for (std::string_view u : kUnits)
    if (EqualsLower(s, u)) return true;
  return false;
}

// Words that UD splits although no apostrophe marks it.
struct Split {
  std::string_view word;
  uint8_t at;
};
constexpr Split kFusedWords[] = {
    {"cannot", 3}, {"gonna", 3}, {"wanna", 3}, {"gotta", 3},   {"dont", 2},    {"didnt", 3},
    {"doesnt", 4}, {"isnt", 2},  {"wasnt", 3}, {"arent", 3},   {"werent", 4},  {"havent", 4},
    {"hasnt", 3},  {"wont", 2},  {"cant", 2},  {"couldnt", 5}, {"wouldnt", 5}, {"shouldnt", 6},
};

class ChunkTokenizer {
 public:
  ChunkTokenizer(std::string_view text, size_t range_end, const TokenizerOptions& options,
                 std::vector<Token>* out)
      : text_(text), range_end_(range_end), options_(options), out_(out) {}

  void Chunk(size_t b, size_t e, bool maybe_url);

 private:
  CodePoint At(size_t i) const { return DecodeAt(text_, i); }
  bool IsAlnumAt(size_t i, size_t e) const { return i < e && IsAlnumClass(At(i).cls); }
  bool IsLetterAt(size_t i, size_t e) const {
    if (i >= e) return false;
    CharClass c = At(i).cls;
    return c == CharClass::kLetter || c == CharClass::kMark;
  }
  bool IsDigitAt(size_t i, size_t e) const { return i < e && IsAsciiDigit(text_[i]); }

  void Emit(size_t b, size_t e, TokenKind kind);
  void Scan(size_t b, size_t e);
  size_t Word(size_t b, size_t core_b, size_t e);
  bool EndsSentenceAfter(size_t period) const;
  size_t Punct(size_t b, size_t e);
  bool TrySpecial(size_t b, size_t e);
  size_t UrlEnd(size_t b, size_t e) const;
  bool AttachPeriod(size_t core_b, size_t core_e, size_t e, bool internal_period) const;
  size_t SplitFused(size_t b, size_t core_e);

  std::string_view text_;
  size_t range_end_;
  size_t chunk_b_ = 0;  // start of the current chunk
  const TokenizerOptions& options_;
  std::vector<Token>* out_;
};

void ChunkTokenizer::Emit(size_t b, size_t e, TokenKind kind) {
  size_t cap = std::max<size_t>(options_.max_token_bytes, 4);
  while (b < e) {
    size_t end = e;
    if (end - b > cap) {
      end = b + cap;
      while (end > b && (static_cast<unsigned char>(text_[end]) & 0xC0) == 0x80) --end;
      if (end == b) end = b + 1;  // unreachable for valid UTF-8 (cap >= 4)
    }
    bool space = false;
    if (end < text_.size()) {
      unsigned char c = static_cast<unsigned char>(text_[end]);
      space = c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) : IsSpaceClass(At(end).cls);
    }
    out_->push_back(Token{{static_cast<uint32_t>(b), static_cast<uint32_t>(end)}, kind, space});
    b = end;
  }
}

bool IsLocalPartChar(char c) {
  return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '.' || c == '_' || c == '-' || c == '+' ||
         c == '%';
}
bool IsHostChar(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '.' || c == '-'; }

// "www.example.org..." or "example.com/path".
bool LooksLikeUrl(std::string_view s) {
  if (s.size() < 5) return false;
  if (StartsWithLower(s, "www.") && s.size() > 6 && IsAsciiLetter(s[4])) return true;
  size_t slash = s.find('/');
  if (slash == std::string_view::npos || slash < 4) return false;
  std::string_view host = s.substr(0, slash);
  size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  std::string_view tld = host.substr(dot + 1);
  if (tld.size() < 2 || tld.size() > 6) return false;
  for (char c : tld)
    if (!IsAsciiLetter(c)) return false;
  for (char c : host)
    if (!IsHostChar(c)) return false;
  return true;
}

// The end of a URL that starts at b within [b, e): trailing punctuation is
// not part of it, a closing parenthesis only when it closes one inside.
size_t ChunkTokenizer::UrlEnd(size_t b, size_t e) const {
  std::string_view url = text_.substr(b, e - b);
  // Parentheses before the current end, kept up to date while stripping so
  // the work stays linear.
  ptrdiff_t open = std::count(url.begin(), url.end(), '(');
  ptrdiff_t close = std::count(url.begin(), url.end(), ')');
  size_t ce = e;
  while (ce > b) {
    size_t p = ce - 1;
    while (p > b && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) --p;
    CodePoint c = At(p);
    bool strip = c.cp == '.' || c.cp == ',' || c.cp == ';' || c.cp == ':' || c.cp == '!' ||
                 c.cp == '?' || c.cp == ']' || c.cp == '}' || c.cp == '>' ||
                 c.cls == CharClass::kQuote || c.cls == CharClass::kApostrophe;
    if (c.cp == ')') {
      --close;  // the counts now cover [b, p)
      strip = open <= close;
    }
    if (!strip) break;
    ce = p;
  }
  return ce;
}

// Finds a URL or e-mail address inside the chunk [b, e) and emits it as one
// token, the text around it as usual. Returns false (emitting nothing) when
// there is none.
bool ChunkTokenizer::TrySpecial(size_t b, size_t e) {
  std::string_view chunk = text_.substr(b, e - b);
  size_t sb = 0, se = 0;
  TokenKind kind = TokenKind::kUrl;
  size_t k = chunk.find("://");
  size_t at = chunk.find('@');
  if (k != std::string_view::npos && k > 0) {
    sb = k;
    while (sb > 0 && IsAsciiLetter(chunk[sb - 1])) --sb;
    if (sb == k || k + 4 > chunk.size()) return false;
    se = UrlEnd(b + sb, e) - b;
  } else if (at != std::string_view::npos && at > 0) {
    sb = at;
    while (sb > 0 && IsLocalPartChar(chunk[sb - 1])) --sb;
    se = at + 1;
    while (se < chunk.size() && IsHostChar(chunk[se])) ++se;
    while (se > at + 1 && (chunk[se - 1] == '.' || chunk[se - 1] == '-')) --se;
    std::string_view domain = chunk.substr(at + 1, se - at - 1);
    size_t dot = domain.rfind('.');
    if (sb == at || dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size())
      return false;
    for (char c : domain.substr(dot + 1))
      if (!IsAsciiLetter(c)) return false;
    kind = TokenKind::kEmail;
  } else {
    while (sb < chunk.size()) {  // peel opening quotes and brackets
      CodePoint c = At(b + sb);
      if (!(IsOpeningQuoteOrBracket(c.cp) || c.cp == '<' || c.cls == CharClass::kQuote)) break;
      sb += c.len;
    }
    se = UrlEnd(b + sb, e) - b;
    if (se <= sb || !LooksLikeUrl(chunk.substr(sb, se - sb))) return false;
  }
  if (se <= sb) return false;
  Scan(b, b + sb);
  Emit(b + sb, b + se, kind);
  Scan(b + se, e);
  return true;
}

void ChunkTokenizer::Chunk(size_t b, size_t e, bool maybe_url) {
  chunk_b_ = b;
  if (maybe_url && TrySpecial(b, e)) return;
  Scan(b, e);
}

void ChunkTokenizer::Scan(size_t b, size_t e) {
  size_t p = b;
  while (p < e) {
    size_t next;
    if (IsAlnumClass(At(p).cls)) {
      next = Word(p, p, e);
    } else if (text_[p] == '#' && IsLetterAt(p + 1, e)) {
      next = Word(p, p + 1, e);  // #hashtag, #1
    } else {
      next = Punct(p, e);
    }
    p = std::max(next, p + 1);  // progress guaranteed
  }
}

// Line-art characters whose runs ("*****", "==----", "____") are one token.
bool IsRuleChar(char32_t c) {
  return c == '-' || c == '=' || c == '_' || c == '*' || c == '~' || c == '+' || c == '#';
}

// Length of an emoticon (":)", ":-(", ";P") at s[i], or 0.
size_t EmoticonAt(std::string_view s, size_t i, size_t e) {
  size_t q = i + 1;
  if (q < e && s[q] == '-') ++q;
  if (q >= e) return 0;
  char m = s[q];
  if (!(m == ')' || m == '(' || m == 'P' || m == 'p' || m == 'D')) return 0;
  ++q;
  if (q < e && (IsAsciiLetter(s[q]) || IsAsciiDigit(s[q]))) return 0;
  return q - i;
}

// Length of a simple markup tag ("<u>", "</b>", "<br/>") at s[i], or 0.
size_t TagLength(std::string_view s, size_t i, size_t e) {
  size_t q = i + 1;
  if (q < e && s[q] == '/') ++q;
  size_t name = q;
  while (q < e && q - name < 12 && (IsAsciiLetter(s[q]) || (q > name && IsAsciiDigit(s[q])))) ++q;
  if (q == name) return 0;
  if (q < e && s[q] == '/') ++q;
  return (q < e && s[q] == '>') ? q + 1 - i : 0;
}

// Emits one punctuation or symbol token starting at b; returns its end.
size_t ChunkTokenizer::Punct(size_t b, size_t e) {
  CodePoint c = At(b);
  size_t q = b + c.len;
  TokenKind kind = TokenKind::kPunct;
  auto run_of = [&](auto pred) {
    while (q < e && static_cast<unsigned char>(text_[q]) < 0x80 && pred(text_[q])) ++q;
  };
  auto same_as = [&](char32_t a) {
    while (q < e) {
      CodePoint n = At(q);
      if (n.cp != a) break;
      q += n.len;
    }
  };
  if (c.cp == '.' || c.cp == '!' || c.cp == '?') {
    run_of([](char x) { return x == '.' || x == '!' || x == '?'; });
  } else if (c.cp < 0x80 && IsRuleChar(c.cp) && q < e && IsRuleChar(text_[q])) {
    run_of([](char x) { return IsRuleChar(x); });
  } else if ((c.cp == ':' || c.cp == ';') && EmoticonAt(text_, b, e)) {
    q = b + EmoticonAt(text_, b, e);
    kind = TokenKind::kSymbol;
  } else if (c.cp == '<' && TagLength(text_, b, e)) {
    q = b + TagLength(text_, b, e);  // markup left by a scraper: <u>, </u>, <br/>
    kind = TokenKind::kOther;
  } else if (c.cp == '<' || c.cp == '>' || c.cp == '$' || c.cp == '`' || c.cp == '/' ||
             c.cp == '\\') {
    same_as(c.cp);
  } else if (c.cls == CharClass::kDash) {
    same_as(c.cp);
  } else if (c.cls == CharClass::kApostrophe && b > chunk_b_ && IsLetterAt(q, e)) {
    size_t r = q;  // a clitic after a non-word: "Jr.'s", "U.S.’s"
    while (r < e && r - q < 3 && IsAsciiLetter(text_[r])) ++r;
    if ((r == e || !IsAlnumAt(r, e)) && IsClitic(text_.substr(q, r - q))) {
      q = r;
      kind = TokenKind::kWord;
    }
  } else if (c.cp == '\'' && q < e && text_[q] == '\'') {
    ++q;  // '' as a quote
  } else if ((c.cp == 0x2018 || c.cp == 0x2019) && q < e &&
             (At(q).cp == 0x2018 || At(q).cp == 0x2019)) {
    q += 3;  // ’’ or ‘‘ typed for a double quote
  } else if (c.cls == CharClass::kSymbol) {
    bool joiner = false;
    while (q < e) {  // emoji modifiers, ZWJ sequences, flag pairs
      CodePoint n = At(q);
      if (n.cls == CharClass::kMark) {
        joiner = n.cp == 0x200D;
      } else if (joiner && n.cls == CharClass::kSymbol) {
        joiner = false;
      } else if (!(c.cp >= 0x1F1E6 && c.cp <= 0x1F1FF && n.cp >= 0x1F1E6 && n.cp <= 0x1F1FF &&
                   q == b + c.len)) {
        break;
      }
      q += n.len;
    }
  }
  if (c.cls == CharClass::kSymbol) kind = TokenKind::kSymbol;
  if (c.cls == CharClass::kOther) kind = TokenKind::kOther;
  Emit(b, q, kind);
  return q;
}

// Splits "cannot" → "can" "not" and the like (UD multiword tokens written
// without an apostrophe). Returns the end of the first part, or core_e.
size_t ChunkTokenizer::SplitFused(size_t b, size_t core_e) {
  std::string_view w = text_.substr(b, core_e - b);
  if (w.size() < 4 || w.size() > 8) return core_e;
  for (const Split& s : kFusedWords)
    if (EqualsLower(w, s.word)) return b + s.at;
  return core_e;
}

// True when the period at `period` is followed (after closing quotes and
// brackets) by the end of the range or by a typical sentence opener: then an
// abbreviation gives up its period, as UD does for "in the U.S ." at the end.
bool ChunkTokenizer::EndsSentenceAfter(size_t period) const {
  size_t q = period + 1;
  while (q < range_end_) {
    CodePoint c = At(q);
    if (!IsClosingQuoteOrBracket(c.cp) && c.cls != CharClass::kQuote) break;
    q += c.len;
  }
  size_t gap = q;
  while (q < range_end_) {
    CodePoint c = At(q);
    if (c.cls == CharClass::kNewline) return true;  // end of the paragraph
    if (c.cls != CharClass::kSpace) break;
    q += c.len;
  }
  if (q >= range_end_) return true;
  if (q == gap) return false;  // something other than space follows directly
  size_t r = q;
  while (r < range_end_ && r - q < 10 && IsAsciiLetter(text_[r])) ++r;
  if (r < range_end_ && text_[r] == '.') return false;  // "J. A. Smith": another initial
  return IsSentenceStarter(text_.substr(q, r - q));
}

// Decides whether the period at core_e belongs to the word [core_b, core_e).
bool ChunkTokenizer::AttachPeriod(size_t core_b, size_t core_e, size_t e,
                                  bool internal_period) const {
  std::string_view w = text_.substr(core_b, core_e - core_b);
  if (internal_period) {  // "U.S", "e.g", "a.m", "Ph.D" but not "3.5" or "google.com"
    size_t seg = 0;
    for (char c : w) {
      if (c == '.') {
        seg = 0;
      } else if (!IsAsciiLetter(c) || ++seg > 2) {
        return false;
      }
    }
    return !EndsSentenceAfter(core_e);
  }
  if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') return !EndsSentenceAfter(core_e);  // initial
  switch (LookupAbbreviation(w)) {
    case AbbrevKind::kNone:
      return false;
    case AbbrevKind::kTitle:
      return true;
    case AbbrevKind::kBeforeNumber: {
      size_t q = core_e + 1;
      while (q < text_.size() && (text_[q] == ' ' || text_[q] == '\t')) ++q;
      return q < text_.size() && IsAsciiDigit(text_[q]);
    }
    default:
      return !EndsSentenceAfter(core_e);
  }
}

// Length of the run of ASCII digits at s[i].
size_t DigitRun(std::string_view s, size_t i, size_t e) {
  size_t q = i;
  while (q < e && IsAsciiDigit(s[q])) ++q;
  return q - i;
}

// True for "Americans.He": a word of 3+ letters ending in lower case, a
// period, then a capitalised word — a sentence end whose space the scraper
// lost — but not "U.S.", "Ph.D", "ASP.NET" or "Amazon.com".
bool MissingSpaceAfterPeriod(std::string_view s, size_t seg_b, size_t period, size_t e) {
  if (period - seg_b < 3 || !(s[period - 1] >= 'a' && s[period - 1] <= 'z')) return false;
  for (size_t i = seg_b; i < period; ++i)
    if (!IsAsciiLetter(s[i])) return false;
  size_t q = period + 1;
  if (q >= e || !(s[q] >= 'A' && s[q] <= 'Z')) return false;
  size_t r = q + 1;
  while (r < e && s[r] >= 'a' && s[r] <= 'z') ++r;
  if (r == q + 1) return false;  // "Word.X", "Word.COM"
  std::string_view next = s.substr(q, r - q);
  for (std::string_view tld : {"com", "net", "org", "gov", "edu", "info", "biz", "co", "uk"})
    if (EqualsLower(next, tld)) return false;  // "Newsfeed.Com"
  return r == e || !(IsAsciiLetter(s[r]) || IsAsciiDigit(s[r]) || s[r] == '.' ||
                     static_cast<unsigned char>(s[r]) >= 0x80);
}

// "YYYY-MM-DD" at s[b], not followed by another digit.
bool IsIsoDate(std::string_view s, size_t b, size_t e) {
  if (b + 10 > e || (b + 10 < e && IsAsciiDigit(s[b + 10]))) return false;
  for (size_t i = 0; i < 10; ++i) {
    bool want_dash = i == 4 || i == 7;
    if (want_dash ? s[b + i] != '-' : !IsAsciiDigit(s[b + i])) return false;
  }
  return true;
}

// Scans a word core from core_b and emits it from b (b < core_b for a
// hashtag), plus a clitic or period that belongs to it. Returns the end of
// what was emitted.
size_t ChunkTokenizer::Word(size_t b, size_t core_b, size_t e) {
  size_t q = core_b;
  size_t seg_b = core_b;      // start of the current hyphen segment
  size_t dot_seg_b = core_b;  // start of the current period segment
  bool internal_period = false;
  bool numeric = IsAsciiDigit(text_[core_b]);
  bool any_letter = false;
  while (q < e) {
    unsigned char ch = static_cast<unsigned char>(text_[q]);
    if (IsAsciiDigit(ch)) {  // fast path for ASCII digits and letters
      ++q;
      continue;
    }
    if (IsAsciiLetter(ch) && !numeric) {
      any_letter = true;
      ++q;
      continue;
    }
    CodePoint c = At(q);
    if (IsAlnumClass(c.cls)) {
      if (c.cls == CharClass::kLetter) {
        if (numeric && !any_letter && q > core_b) {  // "5pm" → "5" "pm"
          size_t r = q;
          while (r < e && IsAsciiLetter(text_[r])) ++r;
          if ((r == e || !IsAlnumAt(r, e)) && IsUnitSuffix(text_.substr(q, r - q))) break;
        }
        any_letter = true;
      }
      q += c.len;
      continue;
    }
    size_t n = q + c.len;
    if (c.cls == CharClass::kApostrophe) {
      if (!IsLetterAt(n, e)) break;
      size_t r = n;
      while (r < e && IsLetterAt(r, e)) r += At(r).len;
      bool word_end = r == e || !IsAlnumAt(r, e);
      std::string_view suffix = text_.substr(n, r - n);
      bool decade = numeric && !any_letter && EqualsLower(suffix, "s");  // "80's"
      if (word_end && IsClitic(suffix) && !decade) {
        Emit(b, q, TokenKind::kWord);
        Emit(q, r, TokenKind::kWord);
        return r;
      }
      if (word_end && EqualsLower(suffix, "t") && q > core_b + 1 && Lower(text_[q - 1]) == 'n') {
        Emit(b, q - 1, TokenKind::kWord);
        Emit(q - 1, r, TokenKind::kWord);
        return r;
      }
      q = n;  // O'Brien, rock'n'roll
      continue;
    }
    if (c.cp == '.' && IsAlnumAt(n, e)) {
      if (MissingSpaceAfterPeriod(text_, dot_seg_b, q, e)) break;  // "Americans.He says"
      internal_period = true;
      q = n;
      dot_seg_b = n;
      continue;
    }
    if (c.cp == ',' && numeric && !any_letter && IsDigitAt(n, e)) {  // 1,000 and 3,5
      q = n;
      continue;
    }
    if ((c.cp == ':' || c.cp == '/') && q > core_b && IsAsciiDigit(text_[q - 1]) &&
        IsDigitAt(n, e)) {
      q = n;  // 10:30, 9/11, 11/28/2000
      continue;
    }
    if (c.cp == '/' && q == core_b + 1 && IsAsciiLetter(text_[core_b])) {
      // b/c, w/o, w/ (ASCII only: n + 1 must be a code-point boundary)
      bool bare = n == e || !IsAlnumAt(n, e);
      bool one_letter = n < e && IsAsciiLetter(text_[n]) && !IsAlnumAt(n + 1, e);
      if (bare || one_letter) {
        q = one_letter ? n + 1 : n;
        break;
      }
    }
    if (c.cp == '-' && q == core_b + 4 && numeric && IsIsoDate(text_, core_b, e)) {
      q = core_b + 10;  // 2022-01-20
      break;
    }
    if (c.cls == CharClass::kHyphen && IsAlnumAt(n, e)) {
      std::string_view seg = text_.substr(seg_b, q - seg_b);
      size_t next_digits = DigitRun(text_, n, e);
      bool phone = numeric && !any_letter && DigitRun(text_, seg_b, q) == seg.size() &&
                   (seg.size() == 1 || seg.size() == 3) && (next_digits == 3 || next_digits == 4) &&
                   !IsLetterAt(n + next_digits, e);
      if (phone || (!numeric && IsHyphenPrefix(seg))) {
        q = n;
        seg_b = n;
        continue;
      }
      break;
    }
    if ((c.cp == '&' || c.cp == '@' || c.cp == '_') && IsLetterAt(n, e) && q - core_b <= 24 &&
        (c.cp != '&' || q - core_b <= 4)) {
      q = n;  // AT&T, PG&E, Warner@ENRON, file_name
      continue;
    }
    break;
  }
  size_t core_e = q;
  TokenKind kind = (numeric && !any_letter) ? TokenKind::kNumber : TokenKind::kWord;
  if (q < e && text_[q] == '.' &&
      !(q + 1 < e && text_[q + 1] == '.' && !(q + 2 >= e || text_[q + 2] != '.')) &&
      AttachPeriod(core_b, q, e, internal_period)) {
    core_e = q + 1;
  } else if (q < e && text_[q] == '!' && EqualsLower(text_.substr(core_b, q - core_b), "yahoo")) {
    core_e = q + 1;
  } else if (!internal_period && !numeric && b == core_b) {
    size_t split = SplitFused(b, q);
    if (split != q) {
      Emit(b, split, TokenKind::kWord);
      Emit(split, q, TokenKind::kWord);
      return q;
    }
  }
  Emit(b, core_e, kind);
  return core_e;
}

// Byte kinds for the chunk scan: plain, ASCII space, URL hint, non-ASCII.
enum : uint8_t {
  kPlain = 0,
  kAsciiSpace = 1,
  kUrlHint = 2,
  kDot = 3,
  kMultiByte = 4,
  kAsciiNewline = 5
};
constexpr std::array<uint8_t, 256> MakeByteKinds() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80)
      t[c] = kMultiByte;
    else if (c == ' ' || c == '\t')
      t[c] = kAsciiSpace;
    else if (c >= '\n' && c <= '\r')
      t[c] = kAsciiNewline;
    else if (c == '/' || c == '@')
      t[c] = kUrlHint;
    else if (c == '.')
      t[c] = kDot;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kByteKind = MakeByteKinds();

}  // namespace

namespace {

// Tokenizes text[begin, end). With stop_at_newline, stops at the first line
// break and returns its offset; otherwise line breaks are whitespace.
size_t TokenizeImpl(std::string_view text, size_t begin, size_t end, bool stop_at_newline,
                    const TokenizerOptions& options, std::vector<Token>* out) {
  size_t i = begin;
  ChunkTokenizer tok(text, end, options, out);
  while (i < end) {
    uint8_t k = kByteKind[static_cast<unsigned char>(text[i])];
    if (k == kAsciiSpace) {
      ++i;
      continue;
    }
    if (k == kAsciiNewline) {
      if (stop_at_newline) return i;
      ++i;
      continue;
    }
    if (k == kMultiByte) {
      CodePoint cp = DecodeAt(text, i);
      if (cp.cls == CharClass::kNewline && stop_at_newline) return i;
      if (IsSpaceClass(cp.cls)) {
        i += cp.len;
        continue;
      }
    }
    // A chunk: the run up to the next whitespace.
    size_t b = i;
    bool maybe_url = false;
    while (i < end) {
      k = kByteKind[static_cast<unsigned char>(text[i])];
      if (k == kPlain) {
        ++i;
      } else if (k == kAsciiSpace || k == kAsciiNewline) {
        break;
      } else if (k == kMultiByte) {
        CodePoint cp = DecodeAt(text, i);
        if (IsSpaceClass(cp.cls)) break;
        i += cp.len;
      } else {
        maybe_url |= k == kUrlHint || i == b + 3;  // "a/b", "a@b", "www."
        ++i;
      }
    }
    tok.Chunk(b, std::min(i, end), maybe_url);
  }
  return end;
}

}  // namespace

void Tokenize(std::string_view text, Span range, const TokenizerOptions& options,
              std::vector<Token>* out) {
  size_t end = std::min<size_t>(range.end, text.size());
  TokenizeImpl(text, std::min<size_t>(range.begin, end), end, false, options, out);
}

size_t TokenizeLine(std::string_view text, size_t begin, const TokenizerOptions& options,
                    std::vector<Token>* out) {
  return TokenizeImpl(text, std::min(begin, text.size()), text.size(), true, options, out);
}

std::vector<std::string_view> TokenizeToStrings(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, TokenizerOptions{}, &tokens);
  std::vector<std::string_view> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) out.push_back(text.substr(t.span.begin, t.span.size()));
  return out;
}

}  // namespace newsgraph::text
