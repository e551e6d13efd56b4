// HugePageAllocator: a std::allocator for the large, randomly probed model
// tables (parser moves, perceptron rows). Blocks of at least kHugePageBytes
// are 2 MiB-aligned and marked MADV_HUGEPAGE (Linux transparent huge pages,
// "madvise" mode), so one TLB entry covers 2 MiB instead of 4 KiB: a random
// probe into a 32 MB table no longer costs a page walk (very dear under a
// hypervisor). Smaller blocks, and other systems, use plain operator new.
// Stateless; safe from any thread.
#ifndef NEWSGRAPH_SYNTAX_HUGE_PAGES_H_
#define NEWSGRAPH_SYNTAX_HUGE_PAGES_H_

#include <cstddef>
#include <new>
#include <vector>

namespace newsgraph::syntax {

inline constexpr size_t kHugePageBytes = size_t{2} << 20;

// Raw blocks (huge_pages.cc). bytes > 0; free with the same byte count.
void* AllocateHuge(size_t bytes, size_t align);
void FreeHuge(void* p, size_t bytes, size_t align);

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: allocator rebinding
  T* allocate(size_t n) {
    if (n > static_cast<size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
    return static_cast<T*>(AllocateHuge(n * sizeof(T), alignof(T)));
  }
  void deallocate(T* p, size_t n) { FreeHuge(p, n * sizeof(T), alignof(T)); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

template <typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_HUGE_PAGES_H_
