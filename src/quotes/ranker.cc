#include "quotes/ranker.h"

#include <cmath>

namespace newsgraph::quotes {
namespace {

constexpr uint32_t kMaxBits = 24;

}  // namespace

uint64_t FeatureKey(std::string_view feature) { return Fnv1a64(feature); }

Ranker::Ranker(std::vector<float> weights) : weights_(std::move(weights)) {
  mask_ = weights_.empty() ? 0 : weights_.size() - 1;
}

float Ranker::Score(const FeatureVec& f) const {
  if (weights_.empty()) return 0;
  float s = 0;
  for (uint64_t k : f) s += weights_[k & mask_];
  return s;
}

int Ranker::Best(const std::vector<FeatureVec>& candidates) const {
  int best = -1;
  float best_score = 0;
  for (size_t i = 0; i < candidates.size(); ++i) {
    float s = Score(candidates[i]);
    if (best < 0 || s > best_score) {
      best = static_cast<int>(i);
      best_score = s;
    }
  }
  return best;
}

Ranker Ranker::Average(const std::vector<Ranker>& rankers) {
  if (rankers.empty()) return Ranker();
  std::vector<double> sum(rankers[0].weights_.size(), 0.0);
  for (const Ranker& r : rankers)
    for (size_t i = 0; i < sum.size() && i < r.weights_.size(); ++i) sum[i] += r.weights_[i];
  std::vector<float> avg(sum.size());
  for (size_t i = 0; i < sum.size(); ++i) avg[i] = static_cast<float>(sum[i] / rankers.size());
  return Ranker(std::move(avg));
}

void Ranker::Save(ModelWriter* w) const { w->PutPodVector(weights_); }

Status Ranker::Load(ModelReader* r) {
  std::vector<float> v;
  NG_RETURN_IF_ERROR(r->GetPodVector(&v));
  if (!v.empty() && ((v.size() & (v.size() - 1)) != 0 || v.size() > (size_t{1} << kMaxBits)))
    return Status::Corruption("quotes model: ranker table size is not a power of two");
  for (float x : v)
    if (!std::isfinite(x)) return Status::Corruption("quotes model: ranker weight not finite");
  *this = Ranker(std::move(v));
  return Status::Ok();
}

RankerTrainer::RankerTrainer(int bits)
    : w_(size_t{1} << bits, 0.0f), u_(size_t{1} << bits, 0.0), mask_((uint64_t{1} << bits) - 1) {}

float RankerTrainer::Raw(const FeatureVec& f) const {
  float s = 0;
  for (uint64_t k : f) s += w_[k & mask_];
  return s;
}

void RankerTrainer::Add(const FeatureVec& f, float delta) {
  for (uint64_t k : f) {
    w_[k & mask_] += delta;
    u_[k & mask_] += clock_ * delta;
  }
}

bool RankerTrainer::Train(const std::vector<FeatureVec>& candidates, int truth) {
  int guess = -1;
  float best = 0;
  for (size_t i = 0; i < candidates.size(); ++i) {
    float s = Raw(candidates[i]);
    // Ties go against the truth so that a fresh model still learns.
    if (guess < 0 || s > best || (s == best && guess == truth)) {
      guess = static_cast<int>(i);
      best = s;
    }
  }
  bool right = guess == truth;
  if (!right) {
    Add(candidates[truth], 1.0f);
    Add(candidates[guess], -1.0f);
  }
  clock_ += 1;
  return right;
}

Ranker RankerTrainer::Finalize() const {
  std::vector<float> avg(w_.size());
  for (size_t i = 0; i < w_.size(); ++i) avg[i] = static_cast<float>(w_[i] - u_[i] / clock_);
  return Ranker(std::move(avg));
}

}  // namespace newsgraph::quotes
