#include "core/model_file.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace newsgraph {
namespace {
constexpr char kMagic[8] = {'N', 'G', 'M', 'O', 'D', 'E', 'L', '\0'};
}

uint64_t Fnv1a64(std::string_view data) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string ModelWriter::Serialize(std::string_view component, uint32_t component_version) const {
  ModelWriter head;
  head.PutRaw(kMagic, 8);
  head.PutU32(kContainerVersion);
  head.PutString(component);
  head.PutU32(component_version);
  head.PutU64(buf_.size());
  std::string out = head.buf_;
  out += buf_;
  uint64_t sum = Fnv1a64(buf_);
  out.append(reinterpret_cast<const char*>(&sum), 8);
  return out;
}

Status ModelWriter::WriteFile(const std::string& path, std::string_view component,
                              uint32_t component_version) const {
  std::string bytes = Serialize(component, component_version);
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return Status::IoError("cannot write " + tmp);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) return Status::IoError("cannot write " + tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return Status::IoError("cannot rename to " + path);
  return Status::Ok();
}

// No model we ship comes near this; a larger file is not one of ours.
constexpr uint64_t kMaxModelFileBytes = uint64_t{1} << 30;

Status ModelReader::Open(const std::string& path, std::string_view component,
                         uint32_t max_component_version) {
  // One sized read: a stringstream copy of a 15 MB model cost ~0.1 s at start-up.
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return Status::NotFound("model file not found (or not a regular file): " + path);
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  if (!f) return Status::NotFound("model file not found: " + path);
  std::streamoff size = f.tellg();
  if (size < 0) return Status::IoError("cannot size model file: " + path);
  if (static_cast<uint64_t>(size) > kMaxModelFileBytes)
    return Status::ResourceExhausted("model file larger than 1 GiB: " + path);
  std::string bytes(static_cast<size_t>(size), '\0');
  f.seekg(0);
  if (size > 0 && !f.read(bytes.data(), size))
    return Status::IoError("cannot read model file: " + path);
  Status s = OpenBytes(std::move(bytes), component, max_component_version);
  if (!s.ok()) return Status(s.code(), path + ": " + s.message());
  return s;
}

Status ModelReader::OpenBytes(std::string bytes, std::string_view component,
                              uint32_t max_component_version) {
  bytes_ = std::move(bytes);
  pos_ = 0;
  end_ = bytes_.size();
  char magic[8];
  if (!GetRaw(magic, 8).ok() || std::memcmp(magic, kMagic, 8) != 0)
    return Status::Corruption("not a newsgraph model file (bad magic)");
  uint32_t version = 0;
  NG_RETURN_IF_ERROR(GetU32(&version));
  if (version > kContainerVersion)
    return Status::Corruption("model container version " + std::to_string(version) +
                              " is newer than this newsgraph reads (" +
                              std::to_string(kContainerVersion) + ")");
  std::string comp;
  NG_RETURN_IF_ERROR(GetString(&comp));
  if (comp != component)
    return Status::Corruption("model is a '" + comp + "' model, expected '" +
                              std::string(component) + "'");
  NG_RETURN_IF_ERROR(GetU32(&component_version_));
  if (component_version_ > max_component_version)
    return Status::Corruption(std::string(component) + " model version " +
                              std::to_string(component_version_) + " is newer than supported (" +
                              std::to_string(max_component_version) + ")");
  uint64_t size = 0;
  NG_RETURN_IF_ERROR(GetU64(&size));
  if (size > bytes_.size() - pos_ || bytes_.size() - pos_ - size < 8)
    return Status::Corruption("model file truncated");
  if (bytes_.size() - pos_ - size != 8) return Status::Corruption("trailing bytes after model");
  uint64_t sum = 0;
  std::memcpy(&sum, bytes_.data() + pos_ + size, 8);
  if (sum != Fnv1a64(std::string_view(bytes_).substr(pos_, size)))
    return Status::Corruption("model checksum mismatch");
  end_ = pos_ + size;
  return Status::Ok();
}

Status ModelReader::GetRaw(void* p, size_t n) {
  if (n > end_ - pos_) return Status::Corruption("model payload truncated");
  std::memcpy(p, bytes_.data() + pos_, n);
  pos_ += n;
  return Status::Ok();
}

Status ModelReader::GetString(std::string* s) {
  uint32_t n = 0;
  NG_RETURN_IF_ERROR(GetU32(&n));
  if (n > end_ - pos_) return Status::Corruption("model string past end of payload");
  s->assign(bytes_.data() + pos_, n);
  pos_ += n;
  return Status::Ok();
}

Status ModelReader::Finish() const {
  if (pos_ != end_) return Status::Corruption("model payload has unread bytes");
  return Status::Ok();
}

}  // namespace newsgraph
