#include "core/word_classes.h"

#include "core/utf8.h"

namespace newsgraph {

std::string WordClassKey(std::string_view w) { return utf8::LowerKey(w, true); }

void WriteWordClassTable(const std::vector<std::string>& words,
                         const std::vector<WordClassPath>& paths, ModelWriter* w) {
  w->PutU32(kWordClassLevels);
  w->PutU64(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    w->PutString(words[i]);
    for (uint16_t id : paths[i]) w->PutU32(id);
  }
}

Status ReadWordClassTable(ModelReader* r, std::vector<std::string>* words,
                          std::vector<WordClassPath>* paths) {
  uint32_t levels = 0;
  uint64_t n = 0;
  NG_RETURN_IF_ERROR(r->GetU32(&levels));
  NG_RETURN_IF_ERROR(r->GetU64(&n));
  if (levels != kWordClassLevels) return Status::Corruption("clusters: bad level count");
  if (n > kMaxWordClassWords) return Status::Corruption("clusters: too many words");
  words->clear();
  paths->clear();
  words->reserve(n);
  paths->reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    std::string s;
    NG_RETURN_IF_ERROR(r->GetString(&s));
    if (s.empty() || s.size() > kMaxWordClassWordBytes)
      return Status::Corruption("clusters: bad word");
    WordClassPath p;
    for (uint16_t& id : p) {
      uint32_t v = 0;
      NG_RETURN_IF_ERROR(r->GetU32(&v));
      if (v > 0xFFFF) return Status::Corruption("clusters: bad class id");
      id = static_cast<uint16_t>(v);
    }
    words->push_back(std::move(s));
    paths->push_back(p);
  }
  return Status::Ok();
}

bool WordClasses::Index() {
  index_.clear();
  index_.reserve(words_.size());
  for (size_t i = 0; i < words_.size(); ++i) index_.emplace(words_[i], static_cast<uint32_t>(i));
  return index_.size() == words_.size();
}

const WordClassPath* WordClasses::Find(std::string_view key) const {
  auto it = index_.find(key);
  return it == index_.end() ? nullptr : &paths_[it->second];
}

std::shared_ptr<const WordClasses> WordClasses::FromPairs(std::vector<std::string> words,
                                                          std::vector<WordClassPath> paths) {
  auto c = std::make_shared<WordClasses>();
  c->words_ = std::move(words);
  c->paths_ = std::move(paths);
  c->paths_.resize(c->words_.size());
  c->Index();
  return c;
}

Result<std::shared_ptr<const WordClasses>> WordClasses::Read(ModelReader* r) {
  auto c = std::make_shared<WordClasses>();
  NG_RETURN_IF_ERROR(ReadWordClassTable(r, &c->words_, &c->paths_));
  if (!c->Index()) return Status::Corruption("clusters: duplicate word");
  return std::shared_ptr<const WordClasses>(std::move(c));
}

Result<std::shared_ptr<const WordClasses>> WordClasses::Load(const std::string& path) {
  ModelReader r;
  NG_RETURN_IF_ERROR(r.Open(path, kWordClassesComponent, kWordClassesVersion));
  auto c = Read(&r);
  if (!c.ok()) return Status(c.status().code(), path + ": " + c.status().message());
  NG_RETURN_IF_ERROR(r.Finish());
  return c;
}

}  // namespace newsgraph
