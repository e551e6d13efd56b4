// Entry point of `newsgraph train` for the components of src/syntax.
#ifndef NEWSGRAPH_SYNTAX_TRAIN_MAIN_H_
#define NEWSGRAPH_SYNTAX_TRAIN_MAIN_H_

namespace newsgraph::syntax {

// argv[0] is "newsgraph train <component>"; returns the exit status.
int TrainMain(int argc, char** argv);

}  // namespace newsgraph::syntax

#endif
