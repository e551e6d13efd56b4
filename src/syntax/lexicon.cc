#include "syntax/lexicon.h"

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "syntax/hashing.h"

namespace newsgraph::syntax {
namespace {

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() > suf.size() && s.substr(s.size() - suf.size()) == suf;
}

bool Doubled(std::string_view stem) {
  size_t n = stem.size();
  return n >= 2 && stem[n - 1] == stem[n - 2];
}

bool Vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "hop", "star", "shin": a stem whose "-ed" form would double its consonant
// if the verb were "hop", so "hoped" is "hope".
bool ConsonantVowelConsonant(std::string_view s) {
  size_t n = s.size();
  if (n < 3) return false;
  char last = s[n - 1];
  return !Vowel(last) && last != 'w' && last != 'x' && last != 'y' && Vowel(s[n - 2]) &&
         !Vowel(s[n - 3]);
}

constexpr size_t kMaxEntries = 1u << 22;

}  // namespace

void Lexicon::Add(Pos pos, std::string_view lemma) { lemmas_[pos].push_back(HashBytes(lemma)); }

void Lexicon::AddException(uint32_t bits, std::string_view form) {
  exceptions_.push_back({HashBytes(form), bits});
}

void Lexicon::Finish() {
  for (auto& v : lemmas_) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  std::sort(exceptions_.begin(), exceptions_.end());
  // Merge duplicate forms.
  std::vector<std::pair<uint64_t, uint32_t>> merged;
  for (const auto& e : exceptions_) {
    if (!merged.empty() && merged.back().first == e.first) {
      merged.back().second |= e.second;
    } else {
      merged.push_back(e);
    }
  }
  exceptions_.swap(merged);
  BuildIndex();
}

Status Lexicon::LoadWordNet(const std::string& dir) {
  static const char* kIndex[4] = {"index.noun", "index.verb", "index.adj", "index.adv"};
  for (int p = 0; p < 4; ++p) {
    std::ifstream f(dir + "/" + kIndex[p]);
    if (!f) return Status::NotFound("cannot open " + dir + "/" + kIndex[p]);
    std::string line;
    while (std::getline(f, line)) {
      if (line.empty() || line[0] == ' ') continue;  // licence header
      std::string lemma = line.substr(0, line.find(' '));
      if (lemma.find('_') != std::string::npos) continue;  // multiword entries
      Add(static_cast<Pos>(p), lemma);
    }
  }
  static const std::pair<const char*, uint32_t> kExc[3] = {
      {"noun.exc", kNounPlural}, {"verb.exc", kVerbEd}, {"adj.exc", kAdjCompar}};
  for (const auto& [name, bits] : kExc) {
    std::ifstream f(dir + "/" + name);
    if (!f) continue;
    std::string line;
    while (std::getline(f, line)) {
      std::string form = line.substr(0, line.find(' '));
      if (!form.empty() && form.find('_') == std::string::npos) AddException(bits, form);
    }
  }
  Finish();
  return Status::Ok();
}

void Lexicon::BuildIndex() {
  size_t total = exceptions_.size();
  for (const auto& v : lemmas_) total += v.size();
  size_t size = 16;
  while (size < total * 2) size <<= 1;
  index_.assign(size, Slot());
  const uint64_t mask = size - 1;
  auto slot_of = [&](uint64_t key) -> Slot& {
    uint64_t slot = Mix64(key) & mask;
    while (index_[slot].key != 0 && index_[slot].key != key) slot = (slot + 1) & mask;
    index_[slot].key = key;
    return index_[slot];
  };
  for (int p = 0; p < 4; ++p) {
    for (uint64_t h : lemmas_[p]) slot_of(h ? h : 1).lemma_bits |= static_cast<uint8_t>(1u << p);
  }
  // Hashes 0 and 1 share a slot: ExceptionBits() searches exceptions_ for them.
  // Backwards, so that the first of duplicate hashes wins, as lower_bound would find.
  for (auto it = exceptions_.rbegin(); it != exceptions_.rend(); ++it) {
    if (it->first > 1) slot_of(it->first).exception_bits = it->second;
  }
}

const Lexicon::Slot* Lexicon::Find(uint64_t key) const {
  if (index_.empty()) return nullptr;
  if (key == 0) key = 1;
  const uint64_t mask = index_.size() - 1;
  // At most half full: an empty slot always ends the probe.
  for (uint64_t slot = Mix64(key) & mask;; slot = (slot + 1) & mask) {
    if (index_[slot].key == key) return &index_[slot];
    if (index_[slot].key == 0) return nullptr;
  }
}

uint8_t Lexicon::Lookup(uint64_t key) const {
  const Slot* slot = Find(key);
  return slot ? slot->lemma_bits : 0;
}

uint32_t Lexicon::ExceptionBits(uint64_t key, const Slot* slot) const {
  if (key > 1) return slot ? slot->exception_bits : 0;
  auto it =
      std::lower_bound(exceptions_.begin(), exceptions_.end(), std::make_pair(key, uint32_t{0}));
  return it != exceptions_.end() && it->first == key ? it->second : 0;
}

bool Lexicon::Has(Pos pos, std::string_view s) const {
  return !s.empty() && ((Lookup(HashBytes(s)) >> pos) & 1);
}

bool Lexicon::Has(Pos pos, std::string_view stem, char last) const {
  ByteHasher h;
  h.Add(stem);
  h.Add(static_cast<unsigned char>(last));
  return (Lookup(h.Finish()) >> pos) & 1;
}

std::string Lexicon::CheckedVerbLemma(std::string_view s, std::string guess) const {
  const size_t cut = EndsWith(s, "ed") ? 2 : EndsWith(s, "ing") ? 3 : 0;
  if (empty() || cut == 0 || s.size() > 64) return guess;
  const std::string_view stem = s.substr(0, s.size() - cut);
  // Most forms: the rules' guess is the plain stem, a listed verb with no rival "e" form.
  const bool cvc = ConsonantVowelConsonant(stem);
  if (guess == stem && Has(kVerb, stem) && !(cvc && Has(kVerb, stem, 'e'))) return guess;
  const std::string_view short_stem = stem.substr(0, stem.size() - 1);
  std::vector<std::string> listed;  // the stems the verb list knows, best first
  auto consider = [&](std::string_view head, std::string_view tail) {
    std::string c(head);
    c.append(tail);
    if (Has(kVerb, c)) listed.push_back(std::move(c));
  };
  if (cut == 2 && EndsWith(stem, "i")) consider(short_stem, "y");   // tried
  if (cut == 3 && EndsWith(stem, "y")) consider(short_stem, "ie");  // dying
  const bool plain = Has(kVerb, stem), with_e = Has(kVerb, stem, 'e');
  const bool prefer_e = plain && with_e && cvc;
  if (Doubled(stem) && !plain) consider(short_stem, "");  // stopped
  if (prefer_e) consider(stem, "e");                      // hoped
  consider(stem, "");
  consider(stem, "e");
  if (Doubled(stem) && plain) consider(short_stem, "");  // putting: "putt" and "put"
  if (listed.empty()) return guess;
  const bool guess_listed = std::find(listed.begin(), listed.end(), guess) != listed.end();
  if (guess_listed && !(prefer_e && guess == stem)) return guess;
  return listed.front();
}

// One hash of the word for the four base-form bits and the exception list;
// inflected stems are hashed without building strings.
uint32_t Lexicon::Classes(std::string_view s) const {
  if (empty() || s.size() > 64) return 0;
  const uint64_t hs = HashBytes(s);
  const Slot* slot = Find(hs);
  uint32_t bits =
      s.empty() || !slot ? 0 : slot->lemma_bits & (kNounBase | kVerbBase | kAdjBase | kAdvBase);
  if (EndsWith(s, "s")) {
    std::string_view a = s.substr(0, s.size() - 1);
    std::string_view b = EndsWith(s, "es") ? s.substr(0, s.size() - 2) : std::string_view();
    bool ies = EndsWith(s, "ies");
    std::string_view c = ies ? s.substr(0, s.size() - 3) : std::string_view();
    if (Has(kNoun, a) || Has(kNoun, b) || (ies && Has(kNoun, c, 'y'))) bits |= kNounPlural;
    if (Has(kVerb, a) || Has(kVerb, b) || (ies && Has(kVerb, c, 'y'))) bits |= kVerbS;
  }
  if (EndsWith(s, "ed")) {
    std::string_view stem = s.substr(0, s.size() - 2);
    if (Has(kVerb, stem) || Has(kVerb, s.substr(0, s.size() - 1)) ||
        (EndsWith(s, "ied") && Has(kVerb, s.substr(0, s.size() - 3), 'y')) ||
        (Doubled(stem) && Has(kVerb, stem.substr(0, stem.size() - 1))))
      bits |= kVerbEd;
  }
  if (EndsWith(s, "ing")) {
    std::string_view stem = s.substr(0, s.size() - 3);
    if (Has(kVerb, stem) || Has(kVerb, stem, 'e') ||
        (Doubled(stem) && Has(kVerb, stem.substr(0, stem.size() - 1))))
      bits |= kVerbIng;
  }
  for (std::string_view suf : {std::string_view("er"), std::string_view("est")}) {
    if (!EndsWith(s, suf)) continue;
    std::string_view stem = s.substr(0, s.size() - suf.size());
    if (Has(kAdj, stem) || Has(kAdj, stem, 'e') ||
        (Doubled(stem) && Has(kAdj, stem.substr(0, stem.size() - 1))))
      bits |= kAdjCompar;
  }
  return bits | ExceptionBits(hs, slot);
}

void Lexicon::Save(ModelWriter* w) const {
  for (const auto& v : lemmas_) w->PutPodVector(v);
  // As PutPodVector(exceptions_) (u64 count, then 16-byte entries) but with each entry's
  // 4 padding bytes zeroed: std::pair's padding is indeterminate, and one model should
  // be the same bytes every time it is saved (Tagger::Average compares tables by bytes).
  static_assert(sizeof(exceptions_[0]) == 16, "(hash, bits) entries of 16 bytes");
  w->PutU64(exceptions_.size());
  for (const auto& [hash, bits] : exceptions_) {
    w->PutU64(hash);
    w->PutU32(bits);
    w->PutU32(0);
  }
}

Status Lexicon::Load(ModelReader* r) {
  for (auto& v : lemmas_) {
    NG_RETURN_IF_ERROR(r->GetPodVector(&v));
    if (v.size() > kMaxEntries || !std::is_sorted(v.begin(), v.end()))
      return Status::Corruption("lexicon: bad lemma table");
  }
  NG_RETURN_IF_ERROR(r->GetPodVector(&exceptions_));
  if (!std::is_sorted(exceptions_.begin(), exceptions_.end()))
    return Status::Corruption("lexicon: bad exception table");
  BuildIndex();
  return Status::Ok();
}

}  // namespace newsgraph::syntax
