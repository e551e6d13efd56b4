// Byte sources and a bounded line reader: the streaming layer under every
// reader. A ByteSource yields raw bytes (a file or stdin, gzip-decompressed
// transparently, a std::istream, or an in-memory string); a LineReader cuts
// them into lines without ever holding more than one line's budget in memory.
//
// Thread safety: none; each object belongs to one reader.
#ifndef NEWSGRAPH_INGEST_BYTE_SOURCE_H_
#define NEWSGRAPH_INGEST_BYTE_SOURCE_H_

#include <cstddef>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::ingest {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes into buf. Returns the number read (0 only at the end),
  // or an error (I/O failure, corrupt or truncated gzip).
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
};

// Opens a file; gzip content (any name) is decompressed transparently.
Result<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path);
// Standard input, gzip-decompressed transparently.
Result<std::unique_ptr<ByteSource>> OpenStdinSource();
// A stream the caller keeps alive while the source is used.
std::unique_ptr<ByteSource> MakeStreamSource(std::istream* in);
std::unique_ptr<ByteSource> MakeStringSource(std::string data);

// Cuts a ByteSource into lines ("\n" or "\r\n" terminated; the last line may
// lack its terminator).
class LineReader {
 public:
  enum class Got { kLine, kEnd, kError };

  explicit LineReader(std::unique_ptr<ByteSource> source, size_t buffer_bytes = 64 << 10);

  // Reads the next line, without its terminator, into *line. A line longer
  // than max_bytes sets *too_long, keeps only its first max_bytes bytes in
  // *line, and the rest is read and dropped (memory stays bounded).
  // kError: the source failed (see error()); a partial last line is dropped.
  Got NextLine(std::string* line, size_t max_bytes, bool* too_long);

  // Appends everything left to *out, up to max_bytes in total size of *out.
  // Sets *too_long (and stops reading) when there is more.
  Got ReadRest(std::string* out, size_t max_bytes, bool* too_long);

  const Status& error() const { return error_; }
  size_t line_number() const { return line_number_; }  // of the last line read

 private:
  bool Fill();  // false at end or on error

  std::unique_ptr<ByteSource> source_;
  std::vector<char> buf_;
  size_t pos_ = 0;
  size_t len_ = 0;
  size_t line_number_ = 0;
  bool eof_ = false;
  Status error_;
};

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_BYTE_SOURCE_H_
