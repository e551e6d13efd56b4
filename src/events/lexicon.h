// Lexicon: everything the event coder knows, loaded once at EventCoder::Load().
//
//  - verbs: our own verb and noun patterns (data/events/verbs.txt), or the
//    user's PETRARCH verb dictionaries (--verbs), which then replace ours;
//  - actors: the user's PETRARCH/Phoenix actor and agent dictionaries
//    (--actors), searched first;
//  - builtin: our agents (data/events/agents.txt), actors (data/events/
//    actors.txt: organisations, demonyms) and the countries of ISO 3166
//    (iso-codes) with their capitals as metonyms (GeoNames cities15000);
//  - places: GeoNames cities15000, for event locations.
//
// Data directory: $NEWSGRAPH_DATA, else <model_dir>/../data, else the source
// tree's data/ (NEWSGRAPH_SOURCE_DIR at build time). See docs/events.md.
//
// Immutable after Load(); shared by all threads.
#ifndef NEWSGRAPH_EVENTS_LEXICON_H_
#define NEWSGRAPH_EVENTS_LEXICON_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/actor_dict.h"
#include "events/verb_dict.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/status.h"

namespace newsgraph::events {

struct Place {
  std::string name;
  std::string country;  // ISO alpha-3
  double lat = 0, lon = 0;
  bool has_coords = false;
  long population = 0;
};

struct Lexicon {
  VerbDictionary verbs;
  entities::ActorDictionary actors;   // user dictionaries (--actors)
  entities::ActorDictionary builtin;  // ours
  std::unordered_map<std::string, Place> places;  // upper-case name -> place
  std::unordered_map<std::string, std::string> alpha2_to_3;
  // Discard phrases (data/events/discards.txt), as upper-case word lists.
  std::vector<std::vector<std::string>> discards;
  bool user_verbs = false;
  bool user_actors = false;

  static Result<std::shared_ptr<const Lexicon>> Load(const PipelineOptions& options);
};

// The data directory used for our lexicon files (documented above).
std::string EventsDataDir(const PipelineOptions& options);

}  // namespace newsgraph::events

#endif  // NEWSGRAPH_EVENTS_LEXICON_H_
