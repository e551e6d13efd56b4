// The `newsgraph` subcommands: one file each (cmd_<name>.cc), all thin
// wrappers over the library. Each takes argv after the subcommand name
// (argv[0] is "newsgraph <name>") and returns the process exit status.
#ifndef NEWSGRAPH_CLI_COMMANDS_H_
#define NEWSGRAPH_CLI_COMMANDS_H_

namespace newsgraph::cli {

int RunExtract(int argc, char** argv);
int RunIngest(int argc, char** argv);
int RunSearch(int argc, char** argv);
int RunQuotes(int argc, char** argv);
int RunStats(int argc, char** argv);
int RunReport(int argc, char** argv);
int RunTrain(int argc, char** argv);
int RunTag(int argc, char** argv);
int RunActors(int argc, char** argv);
int RunActor(int argc, char** argv);
int RunEvents(int argc, char** argv);
int RunExport(int argc, char** argv);
int RunServe(int argc, char** argv);
int RunDelete(int argc, char** argv);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_COMMANDS_H_
