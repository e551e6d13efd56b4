// Entry point of `newsgraph train` for the components of src/quotes.
#ifndef NEWSGRAPH_QUOTES_TRAIN_MAIN_H_
#define NEWSGRAPH_QUOTES_TRAIN_MAIN_H_

namespace newsgraph::quotes {

// argv[0] is "newsgraph train <component>"; returns the exit status.
int TrainMain(int argc, char** argv);

}  // namespace newsgraph::quotes

#endif
