#include "core/offsets.h"

namespace newsgraph {

OffsetMap::OffsetMap(std::string_view text) : text_(text) {
  for (unsigned char c : text) {
    if (c >= 0x80) {
      ascii_ = false;
      break;
    }
  }
  if (ascii_) return;
  sampled_.reserve(text.size() / kStride + 2);
  uint32_t cps = 0;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) sampled_.push_back(cps);
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++cps;
  }
  if (text.size() % kStride == 0) sampled_.push_back(cps);
}

uint32_t OffsetMap::CodePoint(uint32_t b) const {
  if (ascii_) return b;
  uint32_t block = b / kStride;
  uint32_t cps = sampled_[block];
  for (uint32_t i = block * kStride; i < b; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++cps;
  }
  return cps;
}

}  // namespace newsgraph
