#include "core/string_index.h"

namespace newsgraph {

bool StringIndex::Add(std::string_view key, uint32_t value) {
  if (value == kNone || keys_.size() >= kNone - 1 || arena_.size() + key.size() > 0xFFFFFFFFull)
    return false;
  if (!slots_.empty()) *this = StringIndex();  // Add after Build: a new table
  keys_.push_back({static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size())});
  values_.push_back(value);
  arena_.append(key);
  return true;
}

void StringIndex::Build() {
  size_t cap = 16;
  while (cap < 2 * keys_.size()) cap *= 2;
  slots_.assign(cap, Slot{});
  size_ = 0;
  const size_t mask = cap - 1;
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    std::string_view key = KeyAt(k);
    uint64_t h = HashKey(key);
    size_t i = static_cast<size_t>(h) & mask;
    bool duplicate = false;
    for (; slots_[i].value != kNone; i = (i + 1) & mask) {
      if (slots_[i].hash == h && KeyAt(slots_[i].key) == key) {
        duplicate = true;
        break;
      }
    }
    if (duplicate) continue;
    slots_[i] = Slot{h, values_[k], k};
    ++size_;
  }
  values_.clear();
  values_.shrink_to_fit();
}

}  // namespace newsgraph
