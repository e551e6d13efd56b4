// Dates: publication-date normalisation and temporal expressions in the body.
//
// NormalizeDate turns a publication date string into "YYYY-MM-DD".
// ResolveTimes finds temporal expressions ("on Wednesday", "last week",
// "in 2017", "Jan. 10", "two days ago") in each sentence, decides their
// direction from the tense of the clause, and resolves them against
// doc->meta.published into Document::times. TimeForSentence helps later stages
// (events) pick the expression that dates a trigger. All functions are pure
// and thread-safe. See docs/time.md for the rules and their limits.
#ifndef NEWSGRAPH_TIME_TIME_H_
#define NEWSGRAPH_TIME_TIME_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph::time {

// Parses a publication date in any common format ("2022-01-20T10:00:00Z",
// "January 20, 2022", "20 Jan 2022", "1/20/22", RFC 2822, ...) and returns it
// as "YYYY-MM-DD", or nullopt when it is not a date. Impossible dates (Feb 30),
// years outside 1800–2100 and inputs over 256 bytes give nullopt. A zone never
// shifts the date (the outlet's local date is kept).
std::optional<std::string> NormalizeDate(std::string_view raw);

// Budgets for ResolveTimes.
struct TimeOptions {
  size_t max_times = 2000;         // per document; later expressions are dropped
  size_t max_chunk_bytes = 16384;  // longer sentences are scanned in chunks this big
  size_t max_chunk_words = 4096;   // words per chunk
};

// Finds temporal expressions in doc and resolves them against
// doc->meta.published (a "YYYY-MM-DD" date, or empty: then relative
// expressions keep an empty value = null). Fills doc->times, in text order.
// Reads doc->sentences when present (else the whole text is one sentence);
// does not need doc->tokens or doc->syntax.
Status ResolveTimes(Document* doc);
Status ResolveTimes(const TimeOptions& options, Document* doc);

// For event dating: the time expression of `sentence` closest to `near` (the
// trigger span): an expression overlapping `near` first, else the one with
// the smallest byte gap (ties: the one before `near`). Expressions with a
// null value are skipped when `resolved_only`. Returns nullptr when the
// sentence has none. Requires doc.times in text order (as ResolveTimes
// leaves them).
const TimeExpr* TimeForSentence(const Document& doc, uint32_t sentence, Span near,
                                bool resolved_only = true);

}  // namespace newsgraph::time

#endif  // NEWSGRAPH_TIME_TIME_H_
