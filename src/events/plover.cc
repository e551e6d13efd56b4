#include "events/plover.h"

#include <cctype>

namespace newsgraph::events {
namespace {

struct Row {
  const char* prefix;  // CAMEO code prefix; longest prefix wins
  const char* type;
  const char* mode;
  const char* context;
};

// CAMEO roots: 01 statement, 02 appeal, 03 intent to cooperate, 04 consult,
// 05 diplomatic cooperation, 06 material cooperation, 07 aid, 08 yield,
// 09 investigate, 10 demand, 11 disapprove, 12 reject, 13 threaten,
// 14 protest, 15 force posture, 16 reduce relations, 17 coerce, 18 assault,
// 19 fight, 20 mass violence.
constexpr Row kRows[] = {
    {"02", "REQUEST", "", "diplomatic"},
    {"03", "AGREE", "", "diplomatic"},
    {"04", "CONSULT", "", "diplomatic"},
    {"041", "CONSULT", "phone", "diplomatic"},
    {"042", "CONSULT", "visit", "diplomatic"},
    {"043", "CONSULT", "visit", "diplomatic"},
    {"044", "CONSULT", "third-party", "diplomatic"},
    {"05", "SUPPORT", "", "diplomatic"},
    {"057", "AGREE", "", "diplomatic"},
    {"06", "COOPERATE", "", ""},
    {"061", "COOPERATE", "", "economic"},
    {"062", "COOPERATE", "", "military"},
    {"07", "AID", "", ""},
    {"071", "AID", "", "economic"},
    {"072", "AID", "", "military"},
    {"073", "AID", "", "humanitarian"},
    {"08", "CONCEDE", "", ""},
    {"084", "RETREAT", "release", ""},
    {"085", "RETREAT", "ease", "economic"},
    {"086", "RETREAT", "access", "diplomatic"},
    {"087", "RETREAT", "disarm", "military"},
    {"09", "ACCUSE", "investigate", ""},
    {"10", "REQUEST", "", ""},
    {"11", "ACCUSE", "disapprove", ""},
    {"112", "ACCUSE", "allege", ""},
    {"12", "REJECT", "", ""},
    {"13", "THREATEN", "", ""},
    {"138", "THREATEN", "violence", "military"},
    {"14", "PROTEST", "", ""},
    {"141", "PROTEST", "demo", ""},
    {"15", "MOBILIZE", "", "military"},
    {"16", "SANCTION", "", ""},
    {"161", "SANCTION", "withdraw", "diplomatic"},
    {"163", "SANCTION", "restrict", "economic"},
    {"17", "COERCE", "", ""},
    {"173", "COERCE", "arrest", "legal"},
    {"174", "COERCE", "deport", "legal"},
    {"18", "ASSAULT", "", ""},
    {"19", "ASSAULT", "", "military"},
    {"20", "ASSAULT", "massacre", "military"},
};

bool IsCooperative(const std::string& t) {
  return t == "CONSULT" || t == "SUPPORT" || t == "COOPERATE" || t == "AID" ||
         t == "CONCEDE" || t == "RETREAT";
}

}  // namespace

PloverType PloverFromCameo(std::string_view cameo) {
  PloverType out;
  size_t best = 0;
  for (const Row& r : kRows) {
    std::string_view p(r.prefix);
    if (cameo.size() >= p.size() && cameo.substr(0, p.size()) == p && p.size() > best) {
      best = p.size();
      out = {r.type, r.mode, r.context};
    }
  }
  return out;
}

bool ApplyPlover(Event* e, bool keep_untyped) {
  PloverType p = PloverFromCameo(e->cameo);
  if (p.type.empty() && !keep_untyped) return false;
  e->type = p.type;
  e->mode = p.mode;
  e->context.clear();
  if (!p.context.empty()) e->context.push_back(p.context);
  // PLOVER: future (intended) cooperation is coded AGREE; CAMEO 03x is the
  // matching "express intent" family.
  if (e->modality == "future" && IsCooperative(e->type)) {
    std::string root = e->cameo.substr(0, 2);
    e->type = "AGREE";
    if (!keep_untyped && e->cameo.size() >= 3) {
      if (root == "04") e->cameo = "036";       // intent to meet or negotiate
      else if (root == "05") e->cameo = "032";  // intent to cooperate diplomatically
      else if (root == "06") e->cameo = "031";  // intent to cooperate materially
      else if (root == "07") e->cameo = "033";  // intent to provide aid
      else if (root == "08") e->cameo = "035";  // intent to yield
    }
  }
  return true;
}

}  // namespace newsgraph::events
