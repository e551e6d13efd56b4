// Model files: self-describing, versioned binary containers (STYLE.md).
//
// Layout (little-endian):
//   "NGMODEL\0"            8 bytes magic
//   u32 format_version     the container version (kContainerVersion)
//   string component       e.g. "tagger", "parser", "ner", "quotes"
//   u32 component_version  the component's own payload version
//   u64 payload_size
//   payload bytes
//   u64 FNV-1a 64 checksum of the payload
// Nothing may follow the checksum. Readers refuse newer versions than they
// know, a wrong component, a bad checksum, truncation and trailing bytes.
//
// ModelWriter and ModelReader are single-threaded helpers; the models built
// from them are immutable and shared.
#ifndef NEWSGRAPH_CORE_MODEL_FILE_H_
#define NEWSGRAPH_CORE_MODEL_FILE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph {

inline constexpr uint32_t kContainerVersion = 1;

class ModelWriter {
 public:
  void PutU8(uint8_t v) { buf_.push_back(static_cast<char>(v)); }
  void PutU32(uint32_t v) { PutRaw(&v, 4); }
  void PutI32(int32_t v) { PutRaw(&v, 4); }
  void PutU64(uint64_t v) { PutRaw(&v, 8); }
  void PutF32(float v) { PutRaw(&v, 4); }
  void PutF64(double v) { PutRaw(&v, 8); }
  void PutString(std::string_view s) {
    PutU32(static_cast<uint32_t>(s.size()));
    buf_.append(s);
  }
  template <typename T>
  void PutPodVector(const std::vector<T>& v) {
    PutU64(v.size());
    if (!v.empty()) PutRaw(v.data(), v.size() * sizeof(T));
  }
  void PutRaw(const void* p, size_t n) { buf_.append(static_cast<const char*>(p), n); }

  // Writes the container atomically (temp file + rename).
  Status WriteFile(const std::string& path, std::string_view component,
                   uint32_t component_version) const;
  // The container bytes (for tests).
  std::string Serialize(std::string_view component, uint32_t component_version) const;

 private:
  std::string buf_;
};

class ModelReader {
 public:
  // Reads and validates the container; on success the reader is positioned at
  // the start of the payload.
  Status Open(const std::string& path, std::string_view component, uint32_t max_component_version);
  Status OpenBytes(std::string bytes, std::string_view component, uint32_t max_component_version);

  uint32_t component_version() const { return component_version_; }

  Status GetU8(uint8_t* v) { return GetRaw(v, 1); }
  Status GetU32(uint32_t* v) { return GetRaw(v, 4); }
  Status GetI32(int32_t* v) { return GetRaw(v, 4); }
  Status GetU64(uint64_t* v) { return GetRaw(v, 8); }
  Status GetF32(float* v) { return GetRaw(v, 4); }
  Status GetF64(double* v) { return GetRaw(v, 8); }
  Status GetString(std::string* s);
  template <typename T>
  Status GetPodVector(std::vector<T>* v) {
    uint64_t n = 0;
    NG_RETURN_IF_ERROR(GetU64(&n));
    if (n > (end_ - pos_) / sizeof(T)) return Status::Corruption("model vector past end of payload");
    v->resize(n);
    return n ? GetRaw(v->data(), n * sizeof(T)) : Status::Ok();
  }
  Status GetRaw(void* p, size_t n);
  // Call after reading everything: fails when payload bytes are left over.
  Status Finish() const;

 private:
  std::string bytes_;
  size_t pos_ = 0;
  size_t end_ = 0;  // end of payload
  uint32_t component_version_ = 0;
};

uint64_t Fnv1a64(std::string_view data);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_MODEL_FILE_H_
