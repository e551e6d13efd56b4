// PLACEHOLDER: `newsgraph train` for this stage is not implemented yet.
#include <cstdio>

#include "quotes/train_main.h"

namespace newsgraph::quotes {

int TrainMain(int argc, char** argv) {
  (void)argc;
  std::fprintf(stderr, "%s: not implemented yet\n", argv[0]);
  return 2;
}

}  // namespace newsgraph::quotes
