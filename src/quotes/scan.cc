#include "quotes/scan.h"

#include <algorithm>
#include <array>

#include "core/utf8.h"

namespace newsgraph::quotes {
namespace {

enum class CharClass : uint8_t { kSpace, kNewline, kWord, kJoiner, kQuote, kPunct };

struct CharInfo {
  CharClass cls = CharClass::kPunct;
  size_t len = 1;
  char32_t cp = 0;
};

bool IsUnicodeSpace(char32_t c) {
  return c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

bool IsQuoteMark(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB ||
         c == 0x2018 || c == 0x2019;
}

bool IsUnicodePunct(char32_t c) {
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || c == 0xA1 ||
         c == 0xBF || c == 0xB7 || c == 0xFFFD;
}

CharInfo Classify(std::string_view s, size_t i) {
  CharInfo ci;
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ci.cp = b;
    if (b == '\n') ci.cls = CharClass::kNewline;
    else if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') ci.cls = CharClass::kSpace;
    else if ((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
      ci.cls = CharClass::kWord;
    else if (b == '"') ci.cls = CharClass::kQuote;
    else if (b == '\'' || b == '.' || b == '-' || b == '&') ci.cls = CharClass::kJoiner;
    else ci.cls = CharClass::kPunct;
    return ci;
  }
  size_t n = utf8::ValidSequenceLength(s, i);
  if (n == 0) return ci;  // invalid byte: one-byte punctuation
  ci.len = n;
  ci.cp = utf8::Decode(s, i, &n);
  if (ci.cp == 0x2028 || ci.cp == 0x2029 || ci.cp == 0x85) ci.cls = CharClass::kNewline;
  else if (IsUnicodeSpace(ci.cp)) ci.cls = CharClass::kSpace;
  else if (ci.cp == 0x2019) ci.cls = CharClass::kQuote;  // apostrophe or closing single
  else if (IsQuoteMark(ci.cp)) ci.cls = CharClass::kQuote;
  else if (IsUnicodePunct(ci.cp)) ci.cls = CharClass::kPunct;
  else ci.cls = CharClass::kWord;  // letters of any script, symbols we do not care about
  return ci;
}

bool IsWordStart(std::string_view s, size_t i) {
  return i < s.size() && Classify(s, i).cls == CharClass::kWord;
}

// A straight " opens when nothing word-like stands before it.
bool StraightOpens(std::string_view s, size_t i) {
  if (i == 0) return true;
  size_t j = i - 1;
  while (j > 0 && !utf8::IsBoundaryByte(static_cast<unsigned char>(s[j]))) --j;
  CharInfo prev = Classify(s, j);
  if (prev.cls == CharClass::kSpace || prev.cls == CharClass::kNewline) return true;
  if (prev.cp == '(' || prev.cp == '[' || prev.cp == 0x2014 || prev.cp == 0x2013 ||
      prev.cp == 0x201C || prev.cp == 0x2018 || prev.cp == '\'')
    return true;
  return false;
}

// A ” written where an opening mark belongs (”Fear. I am afraid …” ― Name):
// nothing word-like before it, as for a straight ", and a word right after.
// A closing ” is followed by a space or punctuation.
bool ReversedOpener(std::string_view s, size_t i, size_t len) {
  return StraightOpens(s, i) && IsWordStart(s, i + len);
}

// And the mirror: a “ written where the closing mark belongs ("… is 51
// percent.“"): something word-like or punctuation before it, no word after.
bool ReversedCloser(std::string_view s, size_t i, size_t len) {
  return !StraightOpens(s, i) && !IsWordStart(s, i + len);
}

void AppendLower(std::string_view s, std::string* out) {
  out->reserve(s.size());
  for (char c : s) out->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
}

// Scans a word from i: word characters, with joiners (' ’ . - &) kept when a
// word character follows them.
size_t ScanWordEnd(std::string_view s, size_t i) {
  size_t n = s.size();
  while (i < n) {
    CharInfo c = Classify(s, i);
    if (c.cls == CharClass::kWord) {
      i += c.len;
      continue;
    }
    bool joiner = c.cls == CharClass::kJoiner || c.cp == 0x2019;
    if (joiner && c.cp != '"' && IsWordStart(s, i + c.len)) {
      i += c.len;
      continue;
    }
    break;
  }
  return i;
}

QTok QuoteTok(std::string_view s, size_t i, const CharInfo& c) {
  QTok t;
  t.b = static_cast<uint32_t>(i);
  t.e = static_cast<uint32_t>(i + c.len);
  switch (c.cp) {
    case '"':
      t.straight = true;
      t.kind = StraightOpens(s, i) ? TokKind::kOpenQ : TokKind::kCloseQ;
      break;
    case 0x201C:
      t.kind = ReversedCloser(s, i, c.len) ? TokKind::kCloseQ : TokKind::kOpenQ;
      break;
    case 0xAB: case 0x201E:
      t.kind = TokKind::kOpenQ;
      break;
    case 0x2018:
      t.kind = TokKind::kOpenQ;
      t.single = true;
      break;
    case 0x2019:
      t.kind = TokKind::kCloseQ;
      t.single = true;
      break;
    case 0x201D:
      t.kind = ReversedOpener(s, i, c.len) ? TokKind::kOpenQ : TokKind::kCloseQ;
      break;
    default:
      t.kind = TokKind::kCloseQ;
  }
  t.low = std::string(s.substr(i, c.len));
  return t;
}

}  // namespace

std::vector<QTok> Scan(std::string_view s, const ScanOptions& options) {
  std::vector<QTok> out;
  size_t i = 0, n = s.size();
  uint32_t para = 0;
  while (i < n && out.size() < options.max_tokens) {
    CharInfo c = Classify(s, i);
    if (c.cls == CharClass::kSpace) {
      i += c.len;
      continue;
    }
    if (c.cls == CharClass::kNewline) {
      size_t b = i;
      while (i < n) {
        CharInfo d = Classify(s, i);
        if (d.cls != CharClass::kNewline && d.cls != CharClass::kSpace) break;
        i += d.len;
      }
      if (!out.empty() && out.back().kind != TokKind::kBreak) {
        QTok t;
        t.b = static_cast<uint32_t>(b);
        t.e = static_cast<uint32_t>(b + 1);
        t.kind = TokKind::kBreak;
        t.para = para++;
        out.push_back(std::move(t));
      }
      continue;
    }
    QTok t;
    if (c.cls == CharClass::kWord) {
      size_t e = ScanWordEnd(s, i);
      t.b = static_cast<uint32_t>(i);
      t.e = static_cast<uint32_t>(e);
      t.kind = TokKind::kWord;
      t.cap = s[i] >= 'A' && s[i] <= 'Z';
      AppendLower(s.substr(i, e - i), &t.low);
      i = e;
    } else if (c.cp == '\'' && i + 1 < n && s[i + 1] == '\'') {
      // '' ... '': a double quote written as two apostrophes (NYT style)
      CharInfo dq = c;
      dq.cp = '"';
      dq.len = 2;
      t = QuoteTok(s, i, dq);
      i += 2;
    } else if (c.cls == CharClass::kQuote) {
      t = QuoteTok(s, i, c);
      i += c.len;
    } else {
      t.b = static_cast<uint32_t>(i);
      t.e = static_cast<uint32_t>(i + c.len);
      t.kind = TokKind::kPunct;
      t.low = std::string(s.substr(i, c.len));
      i += c.len;
    }
    t.para = para;
    out.push_back(std::move(t));
  }
  return out;
}

namespace {

bool IsAbbreviation(const std::string& w) {
  static constexpr std::array<std::string_view, 40> kAbbrev = {
      "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "col", "lt", "sgt", "st",
      "jr", "sr", "vs", "v", "no", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "prof",
      "rev", "hon", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "adm", "capt", "maj",
      "e.g", "i.e"};
  if (w.size() == 1 && w[0] >= 'a' && w[0] <= 'z') return true;  // initials
  return std::find(kAbbrev.begin(), kAbbrev.end(), w) != kAbbrev.end();
}

bool StartsSentence(const QTok& t) {
  if (t.kind == TokKind::kBreak || t.kind == TokKind::kOpenQ) return true;
  if (t.kind == TokKind::kWord) return t.cap || (t.low[0] >= '0' && t.low[0] <= '9');
  return t.low == "(" || t.low == "[" || t.low == "\xE2\x80\x94";
}

}  // namespace

void MarkSentenceEnds(std::vector<QTok>* toks) {
  std::vector<QTok>& t = *toks;
  size_t n = t.size();
  for (size_t i = 0; i < n; ++i) {
    if (t[i].kind == TokKind::kBreak) {
      t[i].sent_end = true;
      if (i > 0) t[i - 1].sent_end = true;
      continue;
    }
    if (t[i].kind != TokKind::kPunct) continue;
    const std::string& p = t[i].low;
    if (p != "." && p != "!" && p != "?" && p != "\xE2\x80\xA6") continue;
    if (p == "." && i > 0 && t[i - 1].kind == TokKind::kWord && IsAbbreviation(t[i - 1].low))
      continue;
    size_t j = i;
    while (j + 1 < n && (t[j + 1].kind == TokKind::kCloseQ || t[j + 1].low == ")")) ++j;
    if (j + 1 >= n || StartsSentence(t[j + 1])) t[j].sent_end = true;
  }
  if (n > 0) t[n - 1].sent_end = true;
}

}  // namespace newsgraph::quotes
