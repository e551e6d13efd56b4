// PLACEHOLDER: the SQLite store (see issue: Foundation, item 7).
#ifndef NEWSGRAPH_STORE_STORE_H_
#define NEWSGRAPH_STORE_STORE_H_
namespace newsgraph::store {}
#endif
