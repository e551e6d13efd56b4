// A tiny invented CoNLL-U corpus for unit tests (written for newsgraph; not
// taken from any treebank).
#ifndef NEWSGRAPH_SYNTAX_TEST_CORPUS_H_
#define NEWSGRAPH_SYNTAX_TEST_CORPUS_H_

namespace newsgraph::syntax {

inline constexpr char kTinyCorpus[] =
    "# text = The minister said talks failed .\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ttalks\ttalk\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
    "5\tfailed\tfail\tVERB\tVBD\t_\t3\tccomp\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# text = Officials met the envoy on Friday .\n"
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tenvoy\tenvoy\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tFriday\tFriday\tPROPN\tNNP\t_\t2\tobl:tmod\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = She was elected by voters .\n"
    "1\tShe\tshe\tPRON\tPRP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\telected\telect\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tvoters\tvoter\tNOUN\tNNS\t_\t3\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# text = The envoys visited Kyiv .\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tenvoys\tenvoy\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tKyiv\tKyiv\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n";

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_TEST_CORPUS_H_
