// `newsgraph train COMPONENT ...`: dispatches to the stage that owns the model.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"
#include "entities/train_main.h"
#include "newsgraph/pipeline.h"
#include "quotes/train_main.h"
#include "syntax/train_main.h"

namespace newsgraph::cli {
namespace {

// `train quotes` needs the layers the quote stage reads: the pipeline up to
// entities (committed models) annotates each training document.
int TrainQuotes(int argc, char** argv) {
  PipelineOptions po;
  po.times = po.quotes = po.events = false;
  auto pipeline = Pipeline::Create(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[0], pipeline.status().ToString().c_str());
    return 1;
  }
  const Pipeline& p = **pipeline;
  return quotes::TrainMain(argc, argv, [&p](Document* doc) { return p.Process(doc); });
}

}  // namespace

int RunTrain(int argc, char** argv) {
  struct Component {
    const char* name;
    int (*main)(int, char**);
  };
  static const Component kComponents[] = {
      {"tagger", syntax::TrainMain}, {"parser", syntax::TrainMain},
      {"ner", entities::TrainMain},  {"clusters", entities::TrainClustersMain},
      {"quotes", TrainQuotes},
  };
  if (argc >= 2) {
    for (const Component& c : kComponents) {
      if (std::strcmp(argv[1], c.name) != 0) continue;
      std::string name = std::string(argv[0]) + " " + c.name;
      argv[1] = name.data();
      return c.main(argc - 1, argv + 1);
    }
  }
  std::fprintf(stderr, "usage: %s tagger|parser|ner|clusters|quotes [OPTIONS]\n", argv[0]);
  return 2;
}

}  // namespace newsgraph::cli
