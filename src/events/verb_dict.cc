#include "events/verb_dict.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "core/dict_text.h"

namespace newsgraph::events {
namespace {

using dict_text::CutComment;
using dict_text::Trim;
using dict_text::Upper;

std::string StripXmlComments(std::string_view text) {
  return dict_text::StripXmlComments(text, /*declarations=*/false);
}

bool EndsWith(const std::string& s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

bool IsVowel(char c) { return std::string_view("AEIOU").find(c) != std::string_view::npos; }

// Splits "WIRE_+TAP" / "+BREAK_DOWN" / "LASH OUT" into words; *head is the
// word marked with '+', else 0.
std::vector<std::string> SplitVerbPhrase(std::string_view phrase, uint32_t* head) {
  std::vector<std::string> words;
  std::string cur;
  bool marked = false;
  *head = 0;
  auto flush = [&]() {
    if (cur.empty()) return;
    if (marked) *head = static_cast<uint32_t>(words.size());
    words.push_back(Upper(cur));
    cur.clear();
    marked = false;
  };
  for (char c : phrase) {
    if (c == '_' || std::isspace(static_cast<unsigned char>(c))) {
      flush();
    } else if (c == '+' && cur.empty()) {
      marked = true;
    } else {
      cur.push_back(c);
    }
  }
  flush();
  return words;
}

}  // namespace

std::vector<std::string> RegularVerbForms(const std::string& base) {
  std::vector<std::string> out = {base};
  if (base.empty()) return out;
  char last = base.back();
  bool cons_y = last == 'Y' && base.size() > 1 && !IsVowel(base[base.size() - 2]);
  if (cons_y) {
    out.push_back(base.substr(0, base.size() - 1) + "IES");
    out.push_back(base.substr(0, base.size() - 1) + "IED");
  } else if (EndsWith(base, "S") || EndsWith(base, "X") || EndsWith(base, "Z") ||
             EndsWith(base, "CH") || EndsWith(base, "SH")) {
    out.push_back(base + "ES");
    out.push_back(base + "ED");
  } else {
    out.push_back(base + "S");
    out.push_back(last == 'E' ? base + "D" : base + "ED");
  }
  if (last == 'E' && !EndsWith(base, "EE") && base.size() > 2) {
    out.push_back(base.substr(0, base.size() - 1) + "ING");
  } else {
    out.push_back(base + "ING");
  }
  return out;
}

bool VerbDictionary::ParseCode(std::string_view raw, std::string* primary, std::string* reverse) {
  raw = Trim(raw);
  std::string_view a = raw, b;
  size_t colon = raw.find(':');
  if (colon != std::string_view::npos) {
    a = Trim(raw.substr(0, colon));
    b = Trim(raw.substr(colon + 1));
  }
  auto clean = [](std::string_view s, std::string* out) {
    while (!s.empty() && s.back() == '?') s.remove_suffix(1);
    if (s.size() < 2 || !std::isdigit(static_cast<unsigned char>(s[0])) ||
        !std::isdigit(static_cast<unsigned char>(s[1])))
      return false;
    *out = Upper(s);
    return true;
  };
  if (!clean(a, primary)) return false;
  reverse->clear();
  if (!b.empty() && !clean(b, reverse)) reverse->clear();
  return true;
}

Status VerbDictionary::AddFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open verb dictionary " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (text.size() > options_.max_file_bytes)
    return Status::ResourceExhausted("verb dictionary " + path + " is larger than the budget");
  return AddText(text, path);
}

void VerbDictionary::AddForm(VerbForm form) {
  if (form.words.empty() || forms_.size() >= options_.max_forms) return;
  uint32_t idx = static_cast<uint32_t>(forms_.size());
  by_first_[form.words[0]].push_back(idx);
  forms_.push_back(std::move(form));
}

Status VerbDictionary::ParseVerbLine(std::string_view line, uint32_t block,
                                     std::string_view where) {
  std::string code;
  size_t lb = line.find('[');
  if (lb != std::string_view::npos) {
    size_t rb = line.find(']', lb);
    if (rb == std::string_view::npos) return Status::Corruption(std::string(where) + ": unclosed '['");
    code = std::string(Trim(line.substr(lb + 1, rb - lb - 1)));
    line = line.substr(0, lb);
  }
  std::vector<std::string> explicit_forms;
  size_t cb = line.find('{');
  if (cb != std::string_view::npos) {
    size_t ce = line.find('}', cb);
    if (ce == std::string_view::npos) return Status::Corruption(std::string(where) + ": unclosed '{'");
    std::istringstream in{std::string(line.substr(cb + 1, ce - cb - 1))};
    std::string f;
    while (in >> f) explicit_forms.push_back(f);
    line = line.substr(0, cb);
  }
  VerbForm base;
  base.words = SplitVerbPhrase(Trim(line), &base.head);
  if (base.words.empty()) return Status::Ok();
  base.block = block;
  base.code = code;
  for (const std::string& f : RegularVerbForms(base.words[base.head])) {
    VerbForm v = base;
    v.words[v.head] = f;
    AddForm(std::move(v));
  }
  for (const std::string& f : explicit_forms) {
    VerbForm v = base;
    v.words = SplitVerbPhrase(f, &v.head);
    AddForm(std::move(v));
  }
  return Status::Ok();
}

Status VerbDictionary::ParsePattern(std::string_view line, VerbBlock* block,
                                    std::string_view where) {
  size_t lb = line.rfind('[');
  size_t rb = line.rfind(']');
  if (lb == std::string_view::npos || rb == std::string_view::npos || rb < lb)
    return Status::Corruption(std::string(where) + ": pattern without [code]");
  VerbPattern p;
  p.code = std::string(Trim(line.substr(lb + 1, rb - lb - 1)));
  p.order = order_++;
  std::string_view body = line.substr(0, lb);
  // Flat list of (element, joined to the previous one by '_').
  struct Flat {
    std::string tok;
    bool joined;
  };
  std::vector<Flat> flat;
  std::istringstream in{std::string(body)};
  std::string chunk;
  while (in >> chunk) {
    std::string cur;
    bool first = true;
    for (size_t k = 0; k <= chunk.size(); ++k) {
      if (k == chunk.size() || chunk[k] == '_') {
        if (!cur.empty()) {
          flat.push_back({Upper(cur), !first});
          first = false;
        }
        cur.clear();
      } else {
        cur.push_back(chunk[k]);
      }
    }
  }
  if (flat.size() > options_.max_pattern_elems) return Status::Ok();
  size_t star = flat.size();
  for (size_t k = 0; k < flat.size(); ++k)
    if (flat[k].tok == "*") star = k;
  if (star == flat.size()) return Status::Ok();  // no verb position: ignore
  auto make = [&](const std::string& t) {
    PatternElem e;
    if (t == "$") {
      e.kind = PatternElem::kSource;
    } else if (t == "+") {
      e.kind = PatternElem::kTarget;
    } else if (t == "%") {
      e.kind = PatternElem::kCompound;
    } else if (t == "^") {
      e.kind = PatternElem::kSkip;
    } else if (t[0] == '&') {
      e.kind = PatternElem::kSynset;
      e.text = t;
      ++p.literal;
    } else {
      e.text = t;
      ++p.literal;
    }
    return e;
  };
  for (size_t k = 0; k < star; ++k) {
    PatternElem e = make(flat[k].tok);
    e.adjacent = flat[k + 1].joined;
    p.pre.push_back(std::move(e));
  }
  for (size_t k = star + 1; k < flat.size(); ++k) {
    PatternElem e = make(flat[k].tok);
    e.adjacent = flat[k].joined;
    p.post.push_back(std::move(e));
  }
  block->patterns.push_back(std::move(p));
  return Status::Ok();
}

Status VerbDictionary::AddText(std::string_view text_in, std::string_view source) {
  std::string text = StripXmlComments(text_in);
  std::istringstream in(text);
  std::string buf;
  size_t line_no = 0;
  int file = ++files_;
  std::string synset;        // current synonym set being read
  int64_t cur_block = -1;    // index into blocks_
  while (std::getline(in, buf)) {
    ++line_no;
    std::string_view line = Trim(CutComment(buf));
    if (line.empty()) continue;
    std::string where = std::string(source) + ":" + std::to_string(line_no);
    if (line.substr(0, 3) == "---") {
      synset.clear();
      std::string_view inner = line.substr(3);
      size_t end = inner.rfind("---");
      size_t close = inner.rfind(']');
      if (end != std::string_view::npos && (close == std::string_view::npos || end > close))
        inner = inner.substr(0, end);
      VerbBlock b;
      size_t lb = inner.find('[');
      b.name = Upper(Trim(inner.substr(0, lb)));
      if (lb != std::string_view::npos) {
        size_t rb = inner.find(']', lb);
        if (rb == std::string_view::npos) return Status::Corruption(where + ": unclosed '['");
        b.code = std::string(Trim(inner.substr(lb + 1, rb - lb - 1)));
      }
      b.source = file;
      blocks_.push_back(std::move(b));
      cur_block = static_cast<int64_t>(blocks_.size()) - 1;
      continue;
    }
    if (line.front() == '&') {
      synset = Upper(Trim(line));
      synset_raw_[synset];
      continue;
    }
    if (line.front() == '+' && !synset.empty()) {
      synset_raw_[synset].push_back(Upper(Trim(line.substr(1))));
      continue;
    }
    synset.clear();
    if (cur_block < 0) continue;  // text before the first block
    if (line.front() == '-') {
      NG_RETURN_IF_ERROR(ParsePattern(line.substr(1), &blocks_[cur_block], where));
      continue;
    }
    NG_RETURN_IF_ERROR(ParseVerbLine(line, static_cast<uint32_t>(cur_block), where));
  }
  ExpandSynsets();
  return Status::Ok();
}

void VerbDictionary::ExpandSynsets() {
  synsets_.clear();
  // Depth-bounded expansion of members that name other sets.
  struct Expander {
    const VerbDictionary* d;
    void Run(const std::string& name, int depth, std::vector<std::vector<std::string>>* out) {
      auto it = d->synset_raw_.find(name);
      if (it == d->synset_raw_.end() || depth > d->options_.max_synset_depth) return;
      for (const std::string& m : it->second) {
        if (!m.empty() && m[0] == '&') {
          Run(m, depth + 1, out);
          continue;
        }
        uint32_t head;
        std::vector<std::string> words = SplitVerbPhrase(m, &head);
        if (!words.empty()) out->push_back(std::move(words));
      }
    }
  };
  Expander ex{this};
  for (const auto& [name, members] : synset_raw_) {
    std::vector<std::vector<std::string>> out;
    ex.Run(name, 0, &out);
    synsets_[name] = std::move(out);
  }
}

const std::vector<std::vector<std::string>>& VerbDictionary::Synset(const std::string& name) const {
  static const std::vector<std::vector<std::string>> kEmpty;
  auto it = synsets_.find(name);
  return it == synsets_.end() ? kEmpty : it->second;
}

std::vector<const VerbForm*> VerbDictionary::Lookup(const std::vector<std::string>& words,
                                                    size_t i) const {
  std::vector<const VerbForm*> out;
  if (i >= words.size()) return out;
  auto it = by_first_.find(words[i]);
  if (it == by_first_.end()) return out;
  for (uint32_t idx : it->second) {
    const VerbForm& f = forms_[idx];
    if (i + f.words.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < f.words.size() && ok; ++k) ok = f.words[k] == words[i + k];
    if (ok) out.push_back(&f);
  }
  std::stable_sort(out.begin(), out.end(), [&](const VerbForm* a, const VerbForm* b) {
    if (a->words.size() != b->words.size()) return a->words.size() > b->words.size();
    return blocks_[a->block].source > blocks_[b->block].source;  // later files first
  });
  return out;
}

}  // namespace newsgraph::events
