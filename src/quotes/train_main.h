// Entry point of `newsgraph train` for the components of src/quotes.
#ifndef NEWSGRAPH_QUOTES_TRAIN_MAIN_H_
#define NEWSGRAPH_QUOTES_TRAIN_MAIN_H_

#include <functional>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph::quotes {

// Adds the layers the quote stage reads (sentences, tokens, syntax,
// entities) to a document holding only text.
using Annotator = std::function<Status(Document*)>;

// argv[0] is "newsgraph train <component>"; returns the exit status. Without
// an annotator only the cue statistics are trained (no span models).
int TrainMain(int argc, char** argv, const Annotator& annotate);

}  // namespace newsgraph::quotes

#endif
