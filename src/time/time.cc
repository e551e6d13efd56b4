// ResolveTimes: the driver. Each sentence is scanned into Words (in bounded
// chunks), expressions are matched left to right without overlap, the clause
// tense is read around each one, and the calendar resolution is done in
// resolve.cc.
#include "time/time.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "time/date_math.h"
#include "time/expressions.h"
#include "time/resolve.h"
#include "time/tense.h"
#include "time/words.h"

namespace newsgraph::time {
namespace {

std::optional<int64_t> PublicationDay(const ArticleMeta& meta) {
  std::optional<CivilDate> d = ParseIso(meta.published);
  if (!d && !meta.published.empty()) {
    if (auto n = NormalizeDate(meta.published)) d = ParseIso(*n);
  }
  if (!d && meta.published.empty() && !meta.published_raw.empty()) {
    if (auto n = NormalizeDate(meta.published_raw)) d = ParseIso(*n);
  }
  if (!d) return std::nullopt;
  return DaysFromCivil(*d);
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// End of the chunk starting at pos: at most max bytes, cut at a space (or at
// least at a UTF-8 boundary) so no word is split.
uint32_t ChunkEnd(const std::string& text, uint32_t pos, uint32_t end, size_t max) {
  if (end - pos <= max) return end;
  uint32_t cut = pos + static_cast<uint32_t>(max);
  uint32_t c = cut;
  while (c > pos + max / 2 && !IsSpaceByte(text[c])) --c;
  if (IsSpaceByte(text[c])) return c;
  while (cut > pos && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut > pos ? cut : end;
}

// "in two weeks" in a past clause is a duration ("was built in two weeks",
// "had not spoken in several weeks").
bool IsDuration(const Match& m, Tense t) { return m.offset_in && t == Tense::kPast; }

class Resolver {
 public:
  Resolver(const TimeOptions& options, Document* doc)
      : options_(options), doc_(doc), pub_(PublicationDay(doc->meta)) {}

  void Sentence(uint32_t index, Span span) {
    const std::string& text = doc_->text();
    uint32_t end = std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()));
    uint32_t pos = span.begin;
    while (pos < end && !Full()) {
      uint32_t chunk_end = ChunkEnd(text, pos, end, options_.max_chunk_bytes);
      words_.clear();
      uint32_t stop = ScanWords(text, pos, chunk_end, options_.max_chunk_words, &words_);
      TagWords();
      Match(index);
      pos = stop > pos ? stop : chunk_end;
    }
  }

  bool Full() const { return doc_->times.size() >= options_.max_times; }

 private:
  // Verb tags from the syntax layer for words that are exactly one token.
  void TagWords() {
    tags_.clear();
    const std::vector<Token>& tokens = doc_->tokens;
    if (doc_->syntax.empty() || doc_->syntax.size() != tokens.size()) return;
    tags_.assign(words_.size(), VerbTag::kNone);
    for (size_t k = 0; k < words_.size(); ++k) {
      if (words_[k].kind != WordKind::kAlpha) continue;
      auto it = std::lower_bound(tokens.begin(), tokens.end(), words_[k].span.begin,
                                 [](const Token& t, uint32_t b) { return t.span.begin < b; });
      if (it == tokens.end() || !(it->span == words_[k].span)) continue;
      tags_[k] = VerbTagFromXpos(doc_->syntax[it - tokens.begin()].xpos);
    }
  }

  void Match(uint32_t sentence) {
    size_t i = 0;
    while (i < words_.size() && !Full()) {
      std::optional<time::Match> m = MatchAt(words_, i);
      if (!m || m->end <= i || m->end > words_.size()) {
        ++i;
        continue;
      }
      Tense tense = ParseTense(sentence, words_[m->end - 1].span);
      if (tense == Tense::kUnknown)
        tense =
            ClauseTense(words_, m->begin, m->end, TenseOptions{}, tags_.empty() ? nullptr : &tags_);
      if (!IsDuration(*m, tense)) Add(*m, tense, sentence);
      i = m->end;
    }
    NoteYears();
  }

  // A four-digit year written in the text ("The 2009 outbreak", "by summer 2015").
  bool IsYearWord(const Word& w) const {
    return w.kind == WordKind::kNumber && w.digits == 4 && w.value >= 1900 && w.value <= 2100 &&
           !(w.span.begin > 0 && doc_->text()[w.span.begin - 1] == '$');
  }

  // The last year written in the text so far, the narrative year of a story told back in time.
  void NoteYears() {
    for (const Word& w : words_)
      if (IsYearWord(w)) year_ = w.value, year_at_ = w.span.begin;
  }

  // A month (and day) "of that year" without a year of its own takes the year written last
  // before it, in its sentence, its paragraph or the one before: "In 2008 Clinton ... But that
  // didn't happen until June of that year" is June 2008, not the June before publication.
  // (Taking that year for every date far before publication, "On April 30" after "The 2009
  // outbreak", was right for 4 of 8 dates read on 2,500 articles, and was not kept.)
  int NarrativeYear(const time::Match& m) const {
    if (m.year || (m.kind != ExprKind::kDate && m.kind != ExprKind::kMonth)) return 0;
    if (!(m.end + 2 < words_.size() && words_[m.end].lower == "of" &&
          words_[m.end + 1].lower == "that" && words_[m.end + 2].lower == "year"))
      return 0;
    int year = year_;
    uint32_t year_at = year_at_;
    for (size_t k = 0; k < m.begin; ++k)
      if (IsYearWord(words_[k])) year = words_[k].value, year_at = words_[k].span.begin;
    if (!year) return 0;
    const std::string& text = doc_->text();
    const uint32_t at = words_[m.begin].span.begin;
    int breaks = 0;
    for (uint32_t k = year_at; k < at && breaks <= 1; ++k)
      if (text[k] == '\n' && (k + 1 >= at || text[k + 1] != '\n')) ++breaks;
    return breaks > 1 ? 0 : year;
  }

  // Past or future as the dependency parse tells it, else unknown (then the
  // word-window cues decide): the verb the expression modifies ("said on
  // Wednesday"), its auxiliary ("will meet on Friday"), or, for a
  // to-infinitive, the verb that governs it ("urged the EU to forge a pact on
  // Wednesday": urged, past; a wrongly tagged "calls" further right does not
  // count).
  Tense ParseTense(uint32_t sentence, Span word) const {
    const std::vector<Token>& tokens = doc_->tokens;
    if (doc_->syntax.size() != tokens.size() || sentence >= doc_->sentences.size()) return {};
    auto it = std::lower_bound(tokens.begin(), tokens.end(), word.begin,
                               [](const Token& t, uint32_t b) { return t.span.begin < b; });
    if (it == tokens.end() || !(it->span == word)) return Tense::kUnknown;
    const TokenSyntax& w = doc_->syntax[it - tokens.begin()];
    if (w.deprel != "obl" && w.deprel != "obl:tmod" && w.deprel != "nmod:tmod" &&
        w.deprel != "obl:npmod")
      return Tense::kUnknown;
    const newsgraph::Sentence& s = doc_->sentences[sentence];
    int32_t h = w.head;
    for (int hops = 0; hops < 2 && h >= static_cast<int32_t>(s.token_begin) &&
                       h < static_cast<int32_t>(s.token_end);
         ++hops) {
      Tense t = VerbTense(s, static_cast<uint32_t>(h));
      if (t != Tense::kUnknown) return t;
      const TokenSyntax& v = doc_->syntax[h];
      bool infinitive = v.xpos == "VB" && (v.deprel == "advcl" || v.deprel == "xcomp") &&
                        HasChild(s, static_cast<uint32_t>(h), "mark", "to");
      if (!infinitive) break;
      h = v.head;
      if (h < 0) break;
      // "plans to meet on Friday": the governing verb looks ahead.
      if (IsFutureVerbTo(Lower(doc_->Surface(tokens[h].span)))) return Tense::kFuture;
    }
    return Tense::kUnknown;
  }

  // Tense of verb token v from its auxiliaries and its own tag: only the
  // definite cases (will/shall; has/had/was/were/did; a VBD).
  Tense VerbTense(const newsgraph::Sentence& s, uint32_t v) const {
    for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
      const TokenSyntax& c = doc_->syntax[k];
      if (c.head != static_cast<int32_t>(v) || (c.deprel != "aux" && c.deprel != "aux:pass"))
        continue;
      std::string a = Lower(doc_->Surface(doc_->tokens[k].span));
      if (a == "will" || a == "shall" || a == "'ll" || a == "wo") return Tense::kFuture;
      if (a == "has" || a == "have" || a == "had" || a == "was" || a == "were" || a == "did")
        return Tense::kPast;
      return Tense::kUnknown;  // would, could, is, ... : the window decides
    }
    return doc_->syntax[v].xpos == "VBD" ? Tense::kPast : Tense::kUnknown;
  }

  bool HasChild(const newsgraph::Sentence& s, uint32_t v, const char* rel, const char* word) const {
    for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
      const TokenSyntax& c = doc_->syntax[k];
      if (c.head == static_cast<int32_t>(v) && c.deprel == rel &&
          Lower(doc_->Surface(doc_->tokens[k].span)) == word)
        return true;
    }
    return false;
  }

  static std::string Lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }

  void Add(const time::Match& m, Tense tense, uint32_t sentence) {
    time::Match told = m;
    if (int year = NarrativeYear(m)) told.year = year;
    Resolved r = ResolveMatch(told, tense, pub_);
    TimeExpr t;
    t.span = {words_[m.begin].span.begin, words_[m.end - 1].span.end};
    t.value = std::move(r.value);
    t.precision = std::move(r.precision);
    t.direction = std::move(r.direction);
    t.sentence = sentence;
    doc_->times.push_back(std::move(t));
  }

  const TimeOptions& options_;
  Document* doc_;
  std::optional<int64_t> pub_;
  std::vector<Word> words_;
  std::vector<VerbTag> tags_;  // parallel to words_, or empty without syntax
  int year_ = 0;               // NoteYears: the last year written, and where
  uint32_t year_at_ = 0;
};

}  // namespace

Status ResolveTimes(Document* doc) { return ResolveTimes(TimeOptions{}, doc); }

Status ResolveTimes(const TimeOptions& options, Document* doc) {
  if (doc == nullptr) return Status::InvalidArgument("ResolveTimes: null document");
  doc->times.clear();
  if (options.max_chunk_bytes == 0 || options.max_chunk_words == 0)
    return Status::InvalidArgument("ResolveTimes: chunk budgets must be positive");
  Resolver resolver(options, doc);
  if (doc->sentences.empty()) {
    resolver.Sentence(0, {0, static_cast<uint32_t>(doc->text().size())});
    return Status::Ok();
  }
  for (size_t s = 0; s < doc->sentences.size() && !resolver.Full(); ++s)
    resolver.Sentence(static_cast<uint32_t>(s), doc->sentences[s].span);
  return Status::Ok();
}

const TimeExpr* TimeForSentence(const Document& doc, uint32_t sentence, Span near,
                                bool resolved_only) {
  const TimeExpr* best = nullptr;
  uint32_t best_gap = 0;
  for (const TimeExpr& t : doc.times) {
    if (t.sentence != sentence || (resolved_only && t.value.empty())) continue;
    uint32_t gap = 0;
    if (t.span.end <= near.begin)
      gap = near.begin - t.span.end;
    else if (t.span.begin >= near.end)
      gap = t.span.begin - near.end;
    // Strictly smaller gaps win, so on a tie the earlier (before `near`) stays.
    if (!best || gap < best_gap) best = &t, best_gap = gap;
  }
  return best;
}

}  // namespace newsgraph::time
