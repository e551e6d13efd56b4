// CAMEO -> PLOVER: event type, mode and context from a CAMEO code, and
// PLOVER's modality rules. Written from the PLOVER manual's definitions (our
// own compact table by CAMEO root, with the few sub-codes that change type).
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_EVENTS_PLOVER_H_
#define NEWSGRAPH_EVENTS_PLOVER_H_

#include <string>
#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph::events {

struct PloverType {
  std::string type;     // "" when the code has no PLOVER type (statements)
  std::string mode;
  std::string context;  // "" or one context
};

PloverType PloverFromCameo(std::string_view cameo);

// Sets e->type, mode and context from e->cameo and applies PLOVER's rule that
// future or intended cooperation is AGREE. Returns false when the event has no
// PLOVER type and keep_untyped is false.
bool ApplyPlover(Event* e, bool keep_untyped);

}  // namespace newsgraph::events

#endif  // NEWSGRAPH_EVENTS_PLOVER_H_
