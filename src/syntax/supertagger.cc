#include "syntax/supertagger.h"

#include <algorithm>
#include <random>
#include <utility>

#include "syntax/hashing.h"

namespace newsgraph::syntax {
namespace {

constexpr int kMaxFeats = 32;  // 30 used

// Distance from each word to the nearest verb or auxiliary on its left and on
// its right, bucketed (0: none): where a head is likely to be.
struct VerbDistances {
  std::vector<uint8_t> left, right;
  void Compute(const ParserInput& in) {
    static const uint64_t kVerb = HashBytes("VERB"), kAux = HashBytes("AUX");
    const size_t n = in.word.size();
    left.assign(n, 0);
    right.assign(n, 0);
    auto bucket = [](size_t d) -> uint8_t { return d <= 3 ? d : d <= 6 ? 4 : 5; };
    auto is_verb = [&](size_t j) {
      return j < in.upos.size() && (in.upos[j] == kVerb || in.upos[j] == kAux);
    };
    size_t last = SIZE_MAX;
    for (size_t i = 0; i < n; ++i) {
      if (last != SIZE_MAX) left[i] = bucket(i - last);
      if (is_verb(i)) last = i;
    }
    last = SIZE_MAX;
    for (size_t i = n; i-- > 0;) {
      if (last != SIZE_MAX) right[i] = bucket(last - i);
      if (is_verb(i)) last = i;
    }
  }
};

// Features of word i given the supertags p1, p2 of words i-1, i-2.
int Features(const ParserInput& in, const VerbDistances& vd, int i, uint64_t p1, uint64_t p2,
             uint64_t* f) {
  const int n = static_cast<int>(in.word.size());
  auto W = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : in.word[j]; };
  auto P = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : in.tag[j]; };
  auto C1 = [&](int j) -> uint64_t {
    return j < 0 ? 1 : j >= n ? 2 : static_cast<size_t>(j) < in.cls1.size() ? in.cls1[j] : 3;
  };
  auto C2 = [&](int j) -> uint64_t {
    return j < 0 ? 1 : j >= n ? 2 : static_cast<size_t>(j) < in.cls2.size() ? in.cls2[j] : 3;
  };
  uint64_t w0 = W(i), p0 = P(i), pm1 = P(i - 1), pp1 = P(i + 1), pm2 = P(i - 2), pp2 = P(i + 2);
  uint64_t verbs = vd.left[i] * 8 + vd.right[i];
  uint64_t edge = (i == 0 ? 1 : 0) + (i == n - 1 ? 2 : 0);
  int k = 0;
  f[k++] = QuickFeat(500);
  f[k++] = QuickFeat(501, w0);
  f[k++] = QuickFeat(502, p0);
  f[k++] = QuickFeat(503, W(i - 1));
  f[k++] = QuickFeat(504, pm1);
  f[k++] = QuickFeat(505, W(i + 1));
  f[k++] = QuickFeat(506, pp1);
  f[k++] = QuickFeat(507, W(i - 2));
  f[k++] = QuickFeat(508, pm2);
  f[k++] = QuickFeat(509, W(i + 2));
  f[k++] = QuickFeat(510, pp2);
  f[k++] = QuickFeat(511, pm1, p0);
  f[k++] = QuickFeat(512, p0, pp1);
  f[k++] = QuickFeat(513, pm1, p0, pp1);
  f[k++] = QuickFeat(514, pm2, pm1, p0);
  f[k++] = QuickFeat(515, p0, pp1, pp2);
  f[k++] = QuickFeat(516, w0, pm1);
  f[k++] = QuickFeat(517, w0, pp1);
  f[k++] = QuickFeat(518, w0, p0);
  f[k++] = QuickFeat(519, C2(i));
  f[k++] = QuickFeat(520, C1(i - 1), C1(i));
  f[k++] = QuickFeat(521, p0, C1(i + 1));
  f[k++] = QuickFeat(522, p1);
  f[k++] = QuickFeat(523, p2, p1);
  f[k++] = QuickFeat(524, p1, p0);
  f[k++] = QuickFeat(525, p1, w0);
  f[k++] = QuickFeat(526, p0, verbs);
  f[k++] = QuickFeat(527, w0, verbs);
  f[k++] = QuickFeat(528, p0, edge, pp1);
  f[k++] = QuickFeat(529, p1, p0, pp1);
  return k;
}

int Argmax(const float* scores, int n) {
  int best = 0;
  for (int c = 1; c < n; ++c)
    if (scores[c] > scores[best]) best = c;
  return best;
}

}  // namespace

Supertagger Supertagger::Train(std::vector<uint16_t> codes,
                               const std::vector<const ParserInput*>& inputs,
                               const std::vector<std::vector<int>>& gold,
                               const SupertaggerTrainOptions& options) {
  Supertagger st;
  st.codes_ = std::move(codes);
  const int nc = st.num_classes();
  if (nc == 0) return st;
  PerceptronTrainer trainer(nc);
  std::mt19937_64 rng(options.seed * 0x2545f4914f6cdd1dull + 17);
  std::vector<size_t> order(inputs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> scores(nc);
  uint64_t f[kMaxFeats];
  VerbDistances vd;
  for (int it = 0; it < options.iterations; ++it) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (size_t idx : order) {
      const ParserInput& in = *inputs[idx];
      vd.Compute(in);
      uint64_t p1 = 1, p2 = 1;
      for (int i = 0; i < static_cast<int>(in.word.size()); ++i) {
        int k = Features(in, vd, i, p1, p2, f);
        trainer.Score(f, k, scores.data());
        int guess = Argmax(scores.data(), nc);
        int truth = gold[idx][i];
        if (guess != truth) trainer.Update(f, k, truth, guess);
        trainer.Tick();
        p2 = p1;
        p1 = guess + kOffset;
      }
    }
  }
  st.model_ = trainer.Finalize();
  st.model_.Prune(options.max_weights);
  return st;
}

void Supertagger::Tag(const ParserInput& in, std::vector<uint32_t>* out) const {
  const int n = static_cast<int>(in.word.size());
  out->assign(n, kOffset - 1);
  if (empty()) return;
  thread_local VerbDistances vd;
  vd.Compute(in);
  uint64_t f[kMaxFeats];
  uint64_t p1 = 1, p2 = 1;
  for (int i = 0; i < n; ++i) {
    int k = Features(in, vd, i, p1, p2, f);
    uint32_t v = model_.Best(f, k) + kOffset;
    (*out)[i] = v;
    p2 = p1;
    p1 = v;
  }
}

Status Supertagger::Average(const std::vector<const Supertagger*>& members, size_t max_weights,
                            Supertagger* out) {
  Supertagger st;
  if (members.empty()) return Status::InvalidArgument("supertagger: no models to average");
  st.codes_ = members.front()->codes_;
  std::vector<const PerceptronModel*> models;
  for (const Supertagger* m : members) {
    if (m->codes_ != st.codes_)
      return Status::InvalidArgument("supertagger: models to average have different supertags");
    if (!m->empty()) models.push_back(&m->model_);
  }
  if (!models.empty()) {
    st.model_ = PerceptronModel::Average(models);
    st.model_.Prune(max_weights);
  }
  *out = std::move(st);
  return Status::Ok();
}

void Supertagger::Save(ModelWriter* w) const {
  w->PutPodVector(codes_);
  if (!empty()) model_.Save(w);
}

Status Supertagger::Load(ModelReader* r) {
  NG_RETURN_IF_ERROR(r->GetPodVector(&codes_));
  if (codes_.size() > 255) return Status::Corruption("supertagger: too many supertags");
  if (empty()) {
    model_ = PerceptronModel();
    return Status::Ok();
  }
  NG_RETURN_IF_ERROR(model_.Load(r, 2));
  if (model_.num_classes() != num_classes())
    return Status::Corruption("supertagger: model does not match the supertag set");
  return Status::Ok();
}

}  // namespace newsgraph::syntax
