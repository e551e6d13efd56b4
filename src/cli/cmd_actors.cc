// PLACEHOLDER: `newsgraph actors` is not implemented yet.
#include <cstdio>

#include "cli/commands.h"

namespace newsgraph::cli {

int RunActors(int argc, char** argv) {
  (void)argc;
  std::fprintf(stderr, "%s: not implemented yet\n", argv[0]);
  return 2;
}

}  // namespace newsgraph::cli
