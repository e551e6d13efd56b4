// Entry point of `newsgraph train` for the components of src/syntax.
#ifndef NEWSGRAPH_SYNTAX_TRAIN_MAIN_H_
#define NEWSGRAPH_SYNTAX_TRAIN_MAIN_H_

#include <cstdint>
#include <vector>

#include "syntax/conllu.h"

namespace newsgraph::syntax {

// Bagging (`train parser --bag F`): keeps each sentence with probability
// `fraction`, decided by a hash of (seed, index), so a seed always draws the
// same sample and other seeds draw other ones; the order is kept. Members of a
// weight-averaged ensemble that saw different samples differ more.
void BagSentences(double fraction, uint64_t seed, std::vector<ConlluSentence>* sentences);

// argv[0] is "newsgraph train <component>"; returns the exit status.
int TrainMain(int argc, char** argv);

}  // namespace newsgraph::syntax

#endif
