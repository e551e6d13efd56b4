#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>

#include "syntax/hashing.h"

namespace newsgraph::syntax {

// ---- PerceptronModel ---------------------------------------------------------

void PerceptronModel::BuildTable() {
  size_t size = 16;
  while (size < keys_.size() * 2) size <<= 1;
  table_.assign(size, 0);
  mask_ = size - 1;
  for (size_t i = 0; i < keys_.size(); ++i) {
    uint64_t slot = Mix64(keys_[i]) & mask_;
    while (table_[slot] != 0) slot = (slot + 1) & mask_;
    table_[slot] = static_cast<uint32_t>(i + 1);
  }
}

int64_t PerceptronModel::Find(uint64_t key) const {
  if (table_.empty()) return -1;
  uint64_t slot = Mix64(key) & mask_;
  // The table is at most half full, so an empty slot always ends the probe.
  while (true) {
    uint32_t v = table_[slot];
    if (v == 0) return -1;
    if (keys_[v - 1] == key) return v - 1;
    slot = (slot + 1) & mask_;
  }
}

void PerceptronModel::Score(const uint64_t* feats, size_t n, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    int64_t f = Find(feats[i]);
    if (f < 0) continue;
    uint32_t b = starts_[f], e = b + counts_[f];
    for (uint32_t j = b; j < e; ++j) scores[classes_[j]] += weights_[j];
  }
}

void PerceptronModel::Save(ModelWriter* w) const {
  w->PutU32(static_cast<uint32_t>(num_classes_));
  w->PutPodVector(keys_);
  w->PutPodVector(counts_);
  w->PutPodVector(classes_);
  w->PutPodVector(weights_);
}

Status PerceptronModel::Load(ModelReader* r) {
  uint32_t nc = 0;
  NG_RETURN_IF_ERROR(r->GetU32(&nc));
  if (nc == 0 || nc > 65535) return Status::Corruption("perceptron: bad class count");
  num_classes_ = static_cast<int>(nc);
  NG_RETURN_IF_ERROR(r->GetPodVector(&keys_));
  NG_RETURN_IF_ERROR(r->GetPodVector(&counts_));
  NG_RETURN_IF_ERROR(r->GetPodVector(&classes_));
  NG_RETURN_IF_ERROR(r->GetPodVector(&weights_));
  if (counts_.size() != keys_.size() || weights_.size() != classes_.size() ||
      keys_.size() >= (1u << 31))
    return Status::Corruption("perceptron: inconsistent table sizes");
  starts_.resize(keys_.size());
  uint64_t total = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    starts_[i] = static_cast<uint32_t>(total);
    total += counts_[i];
  }
  if (total != classes_.size()) return Status::Corruption("perceptron: entry count mismatch");
  for (uint16_t c : classes_)
    if (c >= nc) return Status::Corruption("perceptron: class id out of range");
  for (float x : weights_)
    if (!std::isfinite(x)) return Status::Corruption("perceptron: weight is not finite");
  BuildTable();
  return Status::Ok();
}

// ---- PerceptronTrainer -------------------------------------------------------

PerceptronTrainer::PerceptronTrainer(int num_classes) : num_classes_(num_classes) {
  rows_.resize(1 << 16);
}

const PerceptronTrainer::Row* PerceptronTrainer::Find(uint64_t key) const {
  uint64_t mask = rows_.size() - 1;
  uint64_t slot = Mix64(key) & mask;
  while (true) {
    const Row& r = rows_[slot];
    if (r.key == key) return &r;
    if (r.key == 0) return nullptr;
    slot = (slot + 1) & mask;
  }
}

void PerceptronTrainer::Grow() {
  std::vector<Row> old;
  old.swap(rows_);
  rows_.resize(old.size() * 2);
  uint64_t mask = rows_.size() - 1;
  for (Row& r : old) {
    if (r.key == 0) continue;
    uint64_t slot = Mix64(r.key) & mask;
    while (rows_[slot].key != 0) slot = (slot + 1) & mask;
    rows_[slot] = std::move(r);
  }
}

PerceptronTrainer::Row* PerceptronTrainer::FindOrAdd(uint64_t key) {
  if ((used_ + 1) * 2 > rows_.size()) Grow();
  uint64_t mask = rows_.size() - 1;
  uint64_t slot = Mix64(key) & mask;
  while (true) {
    Row& r = rows_[slot];
    if (r.key == key) return &r;
    if (r.key == 0) {
      r.key = key;
      ++used_;
      return &r;
    }
    slot = (slot + 1) & mask;
  }
}

void PerceptronTrainer::Score(const uint64_t* feats, size_t n, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    const Row* r = Find(feats[i]);
    if (!r) continue;
    for (const Entry& e : r->entries) scores[e.cls] += e.w;
  }
}

void PerceptronTrainer::Update(const uint64_t* feats, size_t n, int truth, int guess,
                               float amount) {
  if (truth == guess) return;
  for (size_t i = 0; i < n; ++i) {
    Row* r = FindOrAdd(feats[i]);
    for (int k = 0; k < 2; ++k) {
      uint16_t cls = static_cast<uint16_t>(k == 0 ? truth : guess);
      float d = k == 0 ? amount : -amount;
      Entry* e = nullptr;
      for (Entry& x : r->entries)
        if (x.cls == cls) e = &x;
      if (!e) {
        r->entries.push_back({cls, 0.0f, 0.0});
        e = &r->entries.back();
      }
      e->w += d;
      e->u += clock_ * d;
    }
  }
}

PerceptronModel PerceptronTrainer::Finalize(float prune) const {
  PerceptronModel m;
  m.num_classes_ = num_classes_;
  std::vector<const Row*> order;
  order.reserve(used_);
  for (const Row& r : rows_)
    if (r.key != 0) order.push_back(&r);
  // Deterministic order independent of table history.
  std::sort(order.begin(), order.end(), [](const Row* a, const Row* b) { return a->key < b->key; });
  std::vector<std::pair<uint16_t, float>> kept;
  for (const Row* r : order) {
    kept.clear();
    for (const Entry& e : r->entries) {
      float avg = static_cast<float>(e.w - e.u / clock_);
      if (std::fabs(avg) >= prune) kept.push_back({e.cls, avg});
    }
    if (kept.empty()) continue;
    std::sort(kept.begin(), kept.end());
    m.keys_.push_back(r->key);
    m.starts_.push_back(static_cast<uint32_t>(m.classes_.size()));
    m.counts_.push_back(static_cast<uint16_t>(kept.size()));
    for (auto& [c, w] : kept) {
      m.classes_.push_back(c);
      m.weights_.push_back(w);
    }
  }
  m.BuildTable();
  return m;
}

}  // namespace newsgraph::syntax
