// StringIndex: an immutable map from strings to uint32_t values, built once (at model or
// knowledge-base load) and then only read. It replaces std::unordered_map<std::string, ...>
// on hot lookup paths: keys are found by std::string_view (no scratch std::string), the hash
// of a key is computed once (HashKey) and can be reused, and a lookup reads one slot of a flat
// open-addressing table (16 bytes: the full 64-bit hash, the value and the key's offset in one
// contiguous arena), then compares bytes only when the 64-bit hashes are equal. A miss, the
// common case for n-gram lookups, usually touches one cache line.
//
// Thread safety: a built StringIndex is immutable and safe to share across threads.
// Budgets: at most 2^32 - 1 keys and 4 GiB of key bytes (Add refuses more).
#ifndef NEWSGRAPH_CORE_STRING_INDEX_H_
#define NEWSGRAPH_CORE_STRING_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// A 64-bit hash of a byte string (8 bytes per step, then a strong final mix). The same bytes
// always give the same hash on every machine of the same endianness.
inline uint64_t HashKey(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0x2545F4914F6CDD1Dull ^ (s.size() * kMul);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * kMul;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ v) * kMul;
    h ^= h >> 32;
  }
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 33;
  return h;
}

class StringIndex {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;

  // ---- building ----
  // Adds key -> value. Returns false (and adds nothing) when the budgets above would be
  // exceeded or value is kNone.
  bool Add(std::string_view key, uint32_t value);
  // Prepares the table for lookups; a key added more than once keeps its first value. Add
  // after Build starts a new table that needs Build again.
  void Build();

  // ---- lookups (after Build) ----
  // The value of key, or kNone. hash must be HashKey(key).
  uint32_t Find(std::string_view key, uint64_t hash) const {
    if (slots_.empty()) return kNone;
    size_t mask = slots_.size() - 1;
    for (size_t i = static_cast<size_t>(hash) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.value == kNone) return kNone;
      if (s.hash == hash && KeyAt(s.key) == key) return s.value;
    }
  }
  uint32_t Find(std::string_view key) const { return Find(key, HashKey(key)); }
  bool Contains(std::string_view key) const { return Find(key) != kNone; }

  // Distinct keys (after Build).
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t value = kNone;  // kNone: empty
    uint32_t key = 0;        // index into keys_
  };
  std::string_view KeyAt(uint32_t k) const {
    return std::string_view(arena_.data() + keys_[k].offset, keys_[k].size);
  }
  struct KeyRef {
    uint32_t offset, size;
  };

  std::string arena_;             // all key bytes
  std::vector<KeyRef> keys_;      // in order of Add
  std::vector<uint32_t> values_;  // of keys_, until Build
  std::vector<Slot> slots_;       // power-of-2 size, load factor <= 1/2
  size_t size_ = 0;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_STRING_INDEX_H_
