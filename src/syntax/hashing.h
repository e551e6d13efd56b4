// Deterministic 64-bit hashing for feature ids (the same on every platform
// and run, so trained models stay valid). Header-only, stateless, thread-safe.
#ifndef NEWSGRAPH_SYNTAX_HASHING_H_
#define NEWSGRAPH_SYNTAX_HASHING_H_

#include <cstdint>
#include <string_view>

namespace newsgraph::syntax {

__attribute__((always_inline)) inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

// Incremental form of HashBytes: HashBytes(a + b) without building a + b.
struct ByteHasher {
  uint64_t h = 1469598103934665603ull;
  void Add(unsigned char c) {
    h ^= c;
    h *= 1099511628211ull;
  }
  void Add(std::string_view s) {
    for (unsigned char c : s) Add(c);
  }
  uint64_t Finish() const { return Mix64(h); }
};

inline uint64_t HashBytes(std::string_view s) {
  ByteHasher h;
  h.Add(s);
  return h.Finish();
}

// Feature id of template `t` over values a, b, c. Never 0 (0 marks empty slots).
__attribute__((always_inline)) inline uint64_t Feat(uint32_t t, uint64_t a = 0, uint64_t b = 0,
                                                    uint64_t c = 0) {
  uint64_t h = Mix64(t * 0x9e3779b97f4a7c15ull + a);
  h = Mix64(h ^ (b + 0x632be59bd9b4e019ull));
  h = Mix64(h ^ (c + 0x85ebca6b27d4eb4full));
  return h ? h : 1;
}

// Feature id with one Mix64 instead of three (the parser and its supertagger,
// parser format 6): the values are hashes or small integers, so distinct
// (t, a, b, c) give distinct odd-multiplier sums in all but ~2^-64 of cases, and Mix64
// is a bijection. About 16 instructions cheaper per feature than Feat.
__attribute__((always_inline)) inline uint64_t QuickFeat(uint32_t t, uint64_t a = 0, uint64_t b = 0,
                                                         uint64_t c = 0) {
  uint64_t h = Mix64(t * 0x9e3779b97f4a7c15ull + a * 0xd6e8feb86659fd93ull +
                     b * 0xa0761d6478bd642full + c * 0xe7037ed1a0b428dbull);
  return h ? h : 1;
}

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_HASHING_H_
