// SHA-256 (FIPS 180-4), for content hashes. Stateless functions plus a small
// incremental hasher; a Sha256 object is used by one thread at a time.
#ifndef NEWSGRAPH_STORE_SHA256_H_
#define NEWSGRAPH_STORE_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::store {

class Sha256 {
 public:
  Sha256();
  void Update(std::string_view data);
  // Lowercase hex of the digest. The hasher must not be used afterwards.
  std::string HexDigest();

 private:
  void Block(const uint8_t* p);
  std::array<uint32_t, 8> h_;
  std::array<uint8_t, 64> buf_{};
  size_t buf_len_ = 0;
  uint64_t total_ = 0;
};

std::string Sha256Hex(std::string_view data);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_SHA256_H_
