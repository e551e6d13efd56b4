// Entry point of `newsgraph train` for the components of src/entities.
#ifndef NEWSGRAPH_ENTITIES_TRAIN_MAIN_H_
#define NEWSGRAPH_ENTITIES_TRAIN_MAIN_H_

namespace newsgraph::entities {

// argv[0] is "newsgraph train <component>"; returns the exit status.
int TrainMain(int argc, char** argv);

// `newsgraph train clusters ...` (clusters_train.cc).
int TrainClustersMain(int argc, char** argv);

}  // namespace newsgraph::entities

#endif
