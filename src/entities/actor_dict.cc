#include "entities/actor_dict.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "core/dict_text.h"

namespace newsgraph::entities {
namespace {

using dict_text::CutComment;
using dict_text::Trim;
using dict_text::Upper;

std::string StripXmlComments(std::string_view text) {
  return dict_text::StripXmlComments(text, /*declarations=*/true);
}

int32_t ParseDictDate(std::string_view s) {
  s = Trim(s);
  if (s.size() != 6 && s.size() != 8) return -1;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
  int32_t v = std::stoi(std::string(s));
  if (s.size() == 6) {
    int32_t yy = v / 10000;
    v += (yy < 30 ? 20000000 : 19000000);
  }
  return v;
}

// "[HOBGOV 19950601 - 19990815]" contents -> codes (split on '/').
bool ParseCodeBlock(std::string_view block, std::vector<DatedCode>* out) {
  block = Trim(block);
  size_t sp = 0;
  while (sp < block.size() && !std::isspace(static_cast<unsigned char>(block[sp])) &&
         block[sp] != '<' && block[sp] != '>')
    ++sp;
  std::string code = Upper(Trim(block.substr(0, sp)));
  std::string_view rest = Trim(block.substr(sp));
  DatedCode proto;
  if (!rest.empty()) {
    proto.dated = true;
    if (rest.front() == '<') {
      int32_t d = ParseDictDate(rest.substr(1));
      if (d < 0) return false;
      proto.to = d - 1;
    } else if (rest.front() == '>') {
      int32_t d = ParseDictDate(rest.substr(1));
      if (d < 0) return false;
      proto.from = d;
    } else {
      size_t dash = rest.find('-');
      if (dash == std::string_view::npos) return false;
      int32_t a = ParseDictDate(rest.substr(0, dash)), b = ParseDictDate(rest.substr(dash + 1));
      if (a < 0 || b < 0) return false;
      proto.from = a;
      proto.to = b;
    }
  }
  if (code.empty()) return false;
  size_t start = 0;
  while (start <= code.size()) {
    size_t slash = code.find('/', start);
    if (slash == std::string::npos) slash = code.size();
    DatedCode c = proto;
    c.code = code.substr(start, slash - start);
    if (!c.code.empty()) out->push_back(std::move(c));
    start = slash + 1;
  }
  return true;
}

std::vector<std::string> SplitWords(std::string_view phrase, std::vector<bool>* exact) {
  std::vector<std::string> words;
  std::string cur;
  exact->clear();
  auto flush = [&](bool connector) {
    if (!cur.empty()) {
      words.push_back(Upper(cur));
      exact->push_back(connector);
      cur.clear();
    } else if (connector && !exact->empty()) {
      exact->back() = true;
    }
  };
  for (char c : phrase) {
    if (c == '_') {
      flush(true);
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      flush(false);
    } else {
      cur.push_back(c);
    }
  }
  flush(false);
  // Inner words always match exactly; only the last may be a stem.
  for (size_t k = 0; k + 1 < exact->size(); ++k) (*exact)[k] = true;
  return words;
}

std::vector<std::string> AutoPlurals(const std::string& phrase) {
  std::vector<std::string> out;
  if (phrase.empty()) return out;
  auto ends = [&](std::string_view suf) {
    return phrase.size() >= suf.size() &&
           phrase.compare(phrase.size() - suf.size(), suf.size(), suf) == 0;
  };
  std::string base = phrase;
  bool stopped = false;
  if (base.back() == '_') {
    base.pop_back();
    stopped = true;
  }
  std::string tail = stopped ? "_" : "";
  auto endsb = [&](std::string_view suf) {
    return base.size() >= suf.size() &&
           base.compare(base.size() - suf.size(), suf.size(), suf) == 0;
  };
  (void)ends;
  if (endsb("MAN")) {
    out.push_back(base.substr(0, base.size() - 3) + "MEN" + tail);
  } else if (endsb("Y") && base.size() > 1 &&
             std::string_view("AEIOU").find(base[base.size() - 2]) == std::string_view::npos) {
    out.push_back(base.substr(0, base.size() - 1) + "IES" + tail);
  } else if (endsb("S") || endsb("X") || endsb("Z") || endsb("CH") || endsb("SH")) {
    out.push_back(base + "ES" + tail);
  } else {
    out.push_back(base + "S" + tail);
  }
  return out;
}

}  // namespace

int32_t ActorDictionary::ParseIsoDate(std::string_view s) {
  std::string digits;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits.push_back(c);
    } else if (c != '-') {
      break;
    }
    if (digits.size() == 8) break;
  }
  if (digits.size() != 8) return 0;
  int32_t v = std::stoi(digits);
  int32_t m = v / 100 % 100, d = v % 100;
  if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
  return v;
}

Status ActorDictionary::AddFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open actor dictionary " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (text.size() > options_.max_file_bytes)
    return Status::ResourceExhausted("actor dictionary " + path + " is larger than the budget");
  return AddText(text, path);
}

void ActorDictionary::AddPhrase(std::string_view raw, uint32_t entry, bool plurals, int depth) {
  if (depth > 4 || ++expansions_ > 4 * options_.max_entries ||
      phrases_.size() >= options_.max_entries)
    return;
  std::string phrase = Upper(Trim(raw));
  if (phrase.empty()) return;
  // Substitution sets: !PERSON! -> each member.
  size_t a = phrase.find('!');
  if (a != std::string::npos) {
    size_t b = phrase.find('!', a + 1);
    if (b != std::string::npos) {
      auto it = substitutions_.find(phrase.substr(a, b - a + 1));
      if (it == substitutions_.end()) return;
      for (const std::string& m : it->second)
        AddPhrase(phrase.substr(0, a) + m + phrase.substr(b + 1), entry, plurals, depth + 1);
      return;
    }
  }
  std::vector<std::string> forms = {phrase};
  if (plurals) {
    for (std::string& p : AutoPlurals(phrase)) forms.push_back(std::move(p));
  }
  for (const std::string& form : forms) {
    Phrase p;
    p.words = SplitWords(form, &p.exact);
    if (p.words.empty() || p.words.size() > options_.max_phrase_words) continue;
    p.entry = entry;
    uint32_t idx = static_cast<uint32_t>(phrases_.size());
    // Agents get explicit plurals instead of stems ("polices" is no police).
    bool stem = p.words.size() == 1 && !p.exact[0] && !entries_[entry]->agent &&
                p.words[0].size() >= options_.min_stem_letters;
    if (stem) {
      by_stem_[p.words[0].substr(0, options_.min_stem_letters)].push_back(idx);
    } else {
      by_first_[p.words[0]].push_back(idx);
    }
    phrases_.push_back(std::move(p));
  }
}

Status ActorDictionary::AddText(std::string_view text_in, std::string_view source) {
  std::string text = StripXmlComments(text_in);
  std::istringstream in(text);
  std::string line_buf;
  size_t line_no = 0;
  ActorEntry* cur = nullptr;
  uint32_t cur_idx = 0;
  // Phrases of the current entry wait until its codes are known (agents get
  // plurals). Each: (phrase, explicit plurals or null, has braces).
  struct Pending {
    std::string phrase;
    std::vector<std::string> plurals;
    bool braces = false;
  };
  std::vector<Pending> pending;
  auto finish = [&]() {
    if (!cur) return;
    cur->agent = false;
    for (const DatedCode& c : cur->codes)
      if (c.code.find('~') != std::string::npos) cur->agent = true;
    for (const Pending& p : pending) {
      AddPhrase(p.phrase, cur_idx, cur->agent && !p.braces);
      for (const std::string& pl : p.plurals) AddPhrase(pl, cur_idx, false);
    }
    pending.clear();
    cur = nullptr;
  };
  while (std::getline(in, line_buf)) {
    ++line_no;
    std::string_view line = Trim(CutComment(line_buf));
    if (line.empty()) continue;
    if (entries_.size() >= options_.max_entries)
      return Status::ResourceExhausted(std::string(source) + ": too many entries");
    if (line.front() == '!' && line.find('=') != std::string_view::npos) {
      size_t eq = line.find('=');
      std::string name = Upper(Trim(line.substr(0, eq)));
      std::vector<std::string> members;
      std::string_view rest = line.substr(eq + 1);
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string m = Upper(Trim(rest.substr(0, comma)));
        if (!m.empty()) members.push_back(m);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
      substitutions_[name] = std::move(members);
      continue;
    }
    // Split: phrase part, {plurals}, [codes]...
    std::string_view phrase_part = line;
    size_t cut = line.find_first_of("[{");
    if (cut != std::string_view::npos) phrase_part = line.substr(0, cut);
    Pending p;
    size_t lb = line.find('{');
    if (lb != std::string_view::npos) {
      size_t rb = line.find('}', lb);
      if (rb == std::string_view::npos)
        return Status::Corruption(std::string(source) + ":" + std::to_string(line_no) +
                                  ": unclosed '{'");
      p.braces = true;
      std::istringstream pl{std::string(line.substr(lb + 1, rb - lb - 1))};
      std::string w;
      while (pl >> w) {
        if (w.front() == '+') w.erase(0, 1);
        if (!w.empty()) p.plurals.push_back(w);
      }
    }
    std::vector<DatedCode> codes;
    size_t pos = 0;
    while ((pos = line.find('[', pos)) != std::string_view::npos) {
      size_t end = line.find(']', pos);
      if (end == std::string_view::npos)
        return Status::Corruption(std::string(source) + ":" + std::to_string(line_no) +
                                  ": unclosed '['");
      if (!ParseCodeBlock(line.substr(pos + 1, end - pos - 1), &codes))
        return Status::Corruption(std::string(source) + ":" + std::to_string(line_no) +
                                  ": bad code block");
      pos = end + 1;
    }
    phrase_part = Trim(phrase_part);
    bool synonym = !phrase_part.empty() && phrase_part.front() == '+';
    if (synonym) phrase_part.remove_prefix(1);
    if (!phrase_part.empty() && !synonym) {
      finish();
      entries_.push_back(std::make_unique<ActorEntry>());
      cur = entries_.back().get();
      cur_idx = static_cast<uint32_t>(entries_.size() - 1);
      cur->phrase = Upper(phrase_part);
    }
    if (!cur) continue;  // codes or synonyms with no entry: ignore
    if (!phrase_part.empty()) {
      p.phrase = std::string(phrase_part);
      pending.push_back(std::move(p));
    }
    for (DatedCode& c : codes) cur->codes.push_back(std::move(c));
  }
  finish();
  return Status::Ok();
}

bool ActorDictionary::WordMatches(const Phrase& p, size_t k, const std::string& w) const {
  const std::string& d = p.words[k];
  if (d == w) return true;
  if (p.exact[k] || d.size() < options_.min_stem_letters || entries_[p.entry]->agent) return false;
  return w.size() > d.size() && w.compare(0, d.size(), d) == 0;
}

ActorDictionary::Match ActorDictionary::LongestMatch(const std::vector<std::string>& words,
                                                     size_t i) const {
  Match best;
  if (i >= words.size()) return best;
  auto consider = [&](const std::vector<uint32_t>& cands) {
    for (uint32_t idx : cands) {
      const Phrase& p = phrases_[idx];
      if (i + p.words.size() > words.size() || p.words.size() <= best.length) continue;
      bool ok = true;
      for (size_t k = 0; k < p.words.size() && ok; ++k) ok = WordMatches(p, k, words[i + k]);
      if (ok) {
        best.length = p.words.size();
        best.entry = entries_[p.entry].get();
      }
    }
  };
  if (auto it = by_first_.find(words[i]); it != by_first_.end()) consider(it->second);
  if (words[i].size() >= options_.min_stem_letters) {
    if (auto it = by_stem_.find(std::string_view(words[i]).substr(0, options_.min_stem_letters));
        it != by_stem_.end())
      consider(it->second);
  }
  return best;
}

std::vector<std::string> ActorDictionary::CodesOn(const ActorEntry& entry, int32_t date) {
  std::vector<std::string> out;
  if (date > 0) {
    // The first dated line that holds wins (with its '/' alternatives).
    const DatedCode* first = nullptr;
    for (const DatedCode& c : entry.codes) {
      if (!c.dated || date < c.from || date > c.to) continue;
      if (first && (c.from != first->from || c.to != first->to)) break;
      if (!first) first = &c;
      out.push_back(c.code);
    }
    if (!out.empty()) return out;
  }
  for (const DatedCode& c : entry.codes)
    if (!c.dated) out.push_back(c.code);
  if (out.empty() && !entry.codes.empty()) out.push_back(entry.codes.back().code);
  return out;
}

}  // namespace newsgraph::entities
