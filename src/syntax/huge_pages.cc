#include "syntax/huge_pages.h"

#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace newsgraph::syntax {
namespace {

bool UseHuge(size_t bytes) { return bytes >= kHugePageBytes; }

size_t RoundUp(size_t bytes) {
  return (bytes + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
}

}  // namespace

void* AllocateHuge(size_t bytes, size_t align) {
  if (!UseHuge(bytes)) return ::operator new(bytes, std::align_val_t(align));
  void* p = std::aligned_alloc(kHugePageBytes, RoundUp(bytes));
  if (!p) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  madvise(p, RoundUp(bytes), MADV_HUGEPAGE);  // a hint: failure only costs speed
#endif
  return p;
}

void FreeHuge(void* p, size_t bytes, size_t align) {
  if (!UseHuge(bytes)) {
    ::operator delete(p, std::align_val_t(align));
    return;
  }
  std::free(p);
}

}  // namespace newsgraph::syntax
