// PLACEHOLDER reader: plain JSONL on stdin only, "text" field, no aliases.
#include "ingest/reader.h"

#include <iostream>

namespace newsgraph::ingest {
namespace {

class StdinLines final : public Reader {
 public:
  bool Next(ReadItem* item) override {
    std::string line;
    if (!std::getline(std::cin, line)) return false;
    *item = ReadItem();
    ++n_;
    item->id = std::to_string(n_);
    ArticleMeta meta;
    meta.id = item->id;
    item->doc.emplace(line, std::move(meta));
    return true;
  }
  Status status() const override { return Status::Ok(); }

 private:
  size_t n_ = 0;
};

}  // namespace

Result<std::unique_ptr<Reader>> OpenReader(const std::vector<std::string>& paths,
                                           const ReaderOptions& options) {
  (void)paths;
  (void)options;
  return std::unique_ptr<Reader>(std::make_unique<StdinLines>());
}

}  // namespace newsgraph::ingest
