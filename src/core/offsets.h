// OffsetMap: byte offset -> Unicode code-point offset, for output (SCHEMA.md
// spans are code points). Built once per document in O(n); lookups O(1)
// amortised via a sampled table.
#ifndef NEWSGRAPH_CORE_OFFSETS_H_
#define NEWSGRAPH_CORE_OFFSETS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph {

class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  // Code-point offset of byte offset b (b must be a boundary, b <= size).
  uint32_t CodePoint(uint32_t b) const;

 private:
  static constexpr uint32_t kStride = 64;
  std::string_view text_;
  std::vector<uint32_t> sampled_;  // code points before byte i*kStride
  bool ascii_ = true;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_OFFSETS_H_
