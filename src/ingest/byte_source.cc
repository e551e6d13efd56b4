#include "ingest/byte_source.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

namespace newsgraph::ingest {
namespace {

// zlib's gz* functions read gzip and plain files alike.
class GzSource final : public ByteSource {
 public:
  GzSource(gzFile f, std::string name) : f_(f), name_(std::move(name)) {
    gzbuffer(f_, 128 << 10);
  }
  ~GzSource() override { gzclose(f_); }

  Result<size_t> Read(char* buf, size_t n) override {
    unsigned want = static_cast<unsigned>(std::min<size_t>(n, INT_MAX / 2));
    int got = gzread(f_, buf, want);
    int err = Z_OK;
    const char* msg = gzerror(f_, &err);
    if (got < 0 || (err != Z_OK && err != Z_BUF_ERROR)) {
      return Status::IoError(name_ + ": " + (err == Z_ERRNO ? std::strerror(errno) : msg));
    }
    if (got == 0 && err == Z_BUF_ERROR) {
      return Status::IoError(name_ + ": truncated gzip (unexpected end of file)");
    }
    return static_cast<size_t>(got);
  }

 private:
  gzFile f_;
  std::string name_;
};

class StreamSource final : public ByteSource {
 public:
  explicit StreamSource(std::istream* in) : in_(in) {}
  Result<size_t> Read(char* buf, size_t n) override {
    if (!in_->good()) {
      if (in_->bad()) return Status::IoError("stream read failed");
      return size_t{0};
    }
    in_->read(buf, static_cast<std::streamsize>(n));
    if (in_->bad()) return Status::IoError("stream read failed");
    return static_cast<size_t>(in_->gcount());
  }

 private:
  std::istream* in_;
};

class StringSource final : public ByteSource {
 public:
  explicit StringSource(std::string data) : data_(std::move(data)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    size_t k = std::min(n, data_.size() - pos_);
    std::memcpy(buf, data_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string data_;
  size_t pos_ = 0;
};

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) {
    return Status::IoError(path + ": " + (errno ? std::strerror(errno) : "cannot open"));
  }
  return std::unique_ptr<ByteSource>(std::make_unique<GzSource>(f, path));
}

Result<std::unique_ptr<ByteSource>> OpenStdinSource() {
  int fd = dup(STDIN_FILENO);
  gzFile f = fd < 0 ? nullptr : gzdopen(fd, "rb");
  if (f == nullptr) {
    if (fd >= 0) close(fd);
    return Status::IoError("cannot read standard input");
  }
  return std::unique_ptr<ByteSource>(std::make_unique<GzSource>(f, "<stdin>"));
}

std::unique_ptr<ByteSource> MakeStreamSource(std::istream* in) {
  return std::make_unique<StreamSource>(in);
}

std::unique_ptr<ByteSource> MakeStringSource(std::string data) {
  return std::make_unique<StringSource>(std::move(data));
}

LineReader::LineReader(std::unique_ptr<ByteSource> source, size_t buffer_bytes)
    : source_(std::move(source)), buf_(std::max<size_t>(buffer_bytes, 16)) {}

bool LineReader::Fill() {
  if (eof_ || !error_.ok()) return false;
  Result<size_t> got = source_->Read(buf_.data(), buf_.size());
  if (!got.ok()) {
    error_ = got.status();
    return false;
  }
  pos_ = 0;
  len_ = *got;
  if (len_ == 0) eof_ = true;
  return len_ > 0;
}

LineReader::Got LineReader::NextLine(std::string* line, size_t max_bytes, bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  for (;;) {
    if (pos_ == len_ && !Fill()) {
      if (!error_.ok()) return Got::kError;
      if (!any) return Got::kEnd;
      break;  // last line without a terminator
    }
    any = true;
    const char* start = buf_.data() + pos_;
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', len_ - pos_));
    size_t n = nl ? static_cast<size_t>(nl - start) : len_ - pos_;
    if (!*too_long) {
      size_t room = max_bytes - line->size();
      if (n > room) {
        line->append(start, room);
        *too_long = true;
      } else {
        line->append(start, n);
      }
    }
    pos_ += n;
    if (nl) {
      ++pos_;
      break;
    }
  }
  ++line_number_;
  if (!*too_long && !line->empty() && line->back() == '\r') line->pop_back();
  return Got::kLine;
}

LineReader::Got LineReader::ReadRest(std::string* out, size_t max_bytes, bool* too_long) {
  *too_long = false;
  for (;;) {
    if (pos_ == len_ && !Fill()) return error_.ok() ? Got::kEnd : Got::kError;
    size_t n = len_ - pos_;
    size_t room = max_bytes > out->size() ? max_bytes - out->size() : 0;
    if (n > room) {
      out->append(buf_.data() + pos_, room);
      pos_ += room;
      *too_long = true;
      return Got::kEnd;
    }
    out->append(buf_.data() + pos_, n);
    pos_ += n;
  }
}

}  // namespace newsgraph::ingest
