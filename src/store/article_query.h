// One stored article with everything extracted from it, as spans into its
// text: what the web UI shows so that every fact points back to the
// characters it came from. Same rules as query.h: read-only, a Store is
// single-threaded, every list has a row limit.
#ifndef NEWSGRAPH_STORE_ARTICLE_QUERY_H_
#define NEWSGRAPH_STORE_ARTICLE_QUERY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "newsgraph/store.h"

namespace newsgraph::store {

// Offsets are code points into ArticleView::text (as in the JSON output);
// -1 when the span is absent.
struct ViewSpan {
  int64_t start = -1, end = -1;
  bool present() const { return start >= 0 && end >= start; }
};

struct MentionView {
  ViewSpan span;
  std::string text, kind, type, entity_id, entity_name, code, sector, kb;
};

struct QuoteView {
  std::string quote_id, kind, speaker, speaker_entity_id, cue, cue_lemma, source, addressee;
  ViewSpan content, cue_span, source_span;
};

struct EventView {
  std::string event_id, type, mode, cameo, modality, date, date_text, location, quote_id;
  std::string actors, recipients;  // names (else codes) joined with ", "
  ViewSpan trigger, date_span;
  int64_t merged_id = 0;
};

struct ArticleView {
  int64_t id = 0;
  std::string ext_id, title, url, outlet, published, text;
  std::vector<MentionView> mentions;
  std::vector<QuoteView> quotes;
  std::vector<EventView> events;
};

// NotFound when there is no article with that id. Each list holds at most
// max_rows rows (capped at kMaxRows), in text order.
Result<ArticleView> GetArticle(const Store& store, int64_t article_id, size_t max_rows = 5000);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_ARTICLE_QUERY_H_
