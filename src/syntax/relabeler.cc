#include "syntax/relabeler.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <utility>

#include "syntax/hashing.h"

namespace newsgraph::syntax {
namespace {

// The tree of a parsed sentence: the children of every word in order.
struct Tree {
  int n = 0;
  const ParserInput* in = nullptr;
  const uint32_t* st = nullptr;
  const std::vector<int>* heads = nullptr;
  const std::vector<int>* labels = nullptr;
  ArcScores arc;
  std::vector<int> start;          // children of t (0..n) are kids[start[t] .. start[t + 1])
  std::vector<int> kids;           // 1-based, in word order
  std::vector<int> pos;            // pos[d]: index of d in kids
  std::vector<uint64_t> kid_bits;  // bit (label & 63) per child, per word
  std::vector<uint8_t> nominal;    // per word 1..n: upos NOUN / PROPN / PRON

  void Build(const ParserInput& input, const uint32_t* supertags, const std::vector<int>& h,
             const std::vector<int>& l) {
    static const uint64_t kNoun = HashBytes("NOUN"), kPropn = HashBytes("PROPN"),
                          kPron = HashBytes("PRON");
    in = &input;
    st = supertags;
    heads = &h;
    labels = &l;
    n = static_cast<int>(h.size());
    start.assign(n + 2, 0);
    kid_bits.assign(n + 1, 0);
    nominal.assign(n + 1, 0);
    for (int d = 1; d <= n; ++d) {
      ++start[h[d - 1] + 1];
      kid_bits[h[d - 1]] |= uint64_t{1} << (l[d - 1] & 63);
      uint64_t u = input.upos[d - 1];
      nominal[d] = u == kNoun || u == kPropn || u == kPron;
    }
    for (int t = 1; t <= n + 1; ++t) start[t] += start[t - 1];
    kids.resize(n);
    pos.resize(n + 1);
    std::vector<int>& fill = scratch;
    fill.assign(start.begin(), start.end() - 1);
    for (int d = 1; d <= n; ++d) {
      int i = fill[h[d - 1]]++;
      kids[i] = d;
      pos[d] = i;
    }
  }
  std::vector<int> scratch;

  bool Word(int t) const { return t >= 1 && t <= n; }
  uint64_t W(int t) const { return Word(t) ? in->word[t - 1] : t == 0 ? 2 : 1; }
  uint64_t P(int t) const { return Word(t) ? in->tag[t - 1] : t == 0 ? 2 : 1; }
  uint64_t U(int t) const { return Word(t) ? in->upos[t - 1] : t == 0 ? 2 : 1; }
  uint64_t L(int t) const { return Word(t) ? static_cast<uint64_t>((*labels)[t - 1]) : 1000; }
  uint64_t St(int t) const { return Word(t) ? st[t - 1] : t == 0 ? 2 : 1; }
  uint64_t C2(int t) const {
    return !Word(t) ? 1 : static_cast<size_t>(t - 1) < in->cls2.size() ? in->cls2[t - 1] : 3;
  }
  int Head(int t) const { return Word(t) ? (*heads)[t - 1] : -1; }
  int FirstKid(int t) const { return start[t] < start[t + 1] ? kids[start[t]] : -1; }
  // The sibling before / after d among its head's children (-1: none).
  int PrevSib(int d) const { return pos[d] > start[Head(d)] ? kids[pos[d] - 1] : -1; }
  int NextSib(int d) const { return pos[d] + 1 < start[Head(d) + 1] ? kids[pos[d] + 1] : -1; }
};

uint64_t Dist(int a, int b) {
  int d = std::abs(a - b);
  return d <= 3 ? d : d <= 6 ? 4 : 5;
}

// Margin of the arc-time label in 8 log-spaced buckets (9: unknown).
uint64_t MarginBucket(float m) {
  if (!(m >= 0)) return 9;
  uint64_t b = 0;
  for (float x = 1.0f; m >= x && b < 7; x *= 2) ++b;
  return b;
}

static const bool kLex = !getenv("NG_NOLEX");  // EXPERIMENT
static const bool kTop2 = getenv("NG_TOP2");  // EXPERIMENT
int Features(const Tree& t, int d, uint64_t* f) {
  const int h = t.Head(d);
  const uint64_t lab = t.L(d), left = d < h;
  const uint64_t dw = t.W(d), dp = t.P(d), du = t.U(d), hw = t.W(h), hp = t.P(h), hu = t.U(h);
  const int prev = t.PrevSib(d), next = t.NextSib(d);
  // Nominal children of h on d's side before d (nearer h) and after it, up to 2.
  uint64_t before = 0, after = 0;
  for (int i = t.start[h]; i < t.start[h + 1]; ++i) {
    int k = t.kids[i];
    if (k == d || !t.nominal[k] || (k < h) != (d < h)) continue;
    if (std::abs(k - h) < std::abs(d - h)) {
      before += before < 2;
    } else {
      after += after < 2;
    }
  }
  const uint64_t others = t.kid_bits[h] & ~(uint64_t{1} << (lab & 63));
  const int fk = t.FirstKid(d);
  int n = 0;
  f[n++] = QuickFeat(700, lab);
  f[n++] = QuickFeat(701, lab, dp);
  f[n++] = QuickFeat(702, lab, hp);
  if (kLex) f[n++] = QuickFeat(703, lab, dw);
  if (kLex) f[n++] = QuickFeat(704, lab, hw);
  f[n++] = QuickFeat(705, lab, dp * 2 + left, hp);
  f[n++] = QuickFeat(706, lab, du * 8 + Dist(h, d) * 2 + left, hu);
  f[n++] = QuickFeat(707, lab, du, t.kid_bits[d]);
  f[n++] = QuickFeat(708, lab, du, others);
  f[n++] = QuickFeat(709, lab, t.L(prev), t.L(next));
  f[n++] = QuickFeat(710, lab, t.L(h), hu);
  f[n++] = QuickFeat(711, lab, du * 4 + left, hu * 1000 + t.U(t.Head(h)));
  f[n++] = QuickFeat(712, lab, du * 16 + before * 4 + after, hu * 2 + left);
  f[n++] = QuickFeat(713, lab, t.St(d));
  f[n++] = QuickFeat(714, lab, t.St(d), t.St(h));
  if (kLex) f[n++] = QuickFeat(715, lab, dw, hw);
  f[n++] = QuickFeat(716, lab, dp, t.P(d - 1) * 1000 + t.P(d + 1));
  if (kLex) f[n++] = QuickFeat(717, lab, dw, t.W(fk) * 1000 + t.L(fk));
  f[n++] = QuickFeat(718, lab, t.C2(d), t.C2(h));
  if (kLex) f[n++] = QuickFeat(719, lab, du, hw);
  if (kLex) f[n++] = QuickFeat(720, lab, dw, hp);
  f[n++] = QuickFeat(721, lab, hp, t.U(prev) * 1000 + t.U(next));
  if (kLex) f[n++] = QuickFeat(722, lab, t.L(prev), t.W(prev));
  f[n++] = QuickFeat(723, lab, du, t.L(t.Head(h)) * 2 + left);
  const uint64_t second = t.arc.second ? t.arc.second[d - 1] : 1000;
  const uint64_t mb = t.arc.margin ? MarginBucket(t.arc.margin[d - 1]) : 9;
  f[n++] = QuickFeat(724, lab, mb);
  f[n++] = QuickFeat(725, lab, second, mb);
  f[n++] = QuickFeat(726, lab, second, du);
  f[n++] = QuickFeat(727, lab, second, mb * 16 + before * 4 + after);
  return n;
}

ArcScores Scores(const RelabelExample& e) {
  ArcScores a;
  if (e.second.size() == e.heads.size()) a.second = e.second.data();
  if (e.margin.size() == e.heads.size()) a.margin = e.margin.data();
  return a;
}

}  // namespace

int RelabelFeatures(const ParserInput& in, const uint32_t* st, const std::vector<int>& heads,
                    const std::vector<int>& labels, int d, uint64_t* f, ArcScores arc) {
  Tree t;
  t.Build(in, st, heads, labels);
  t.arc = arc;
  return Features(t, d, f);
}

// Calls visit(d, best, gain) for every word d to relabel: best = the
// relabeler's label, gain = its score minus that of the arc-time label.
template <typename Visit>
void Proposals(const PerceptronModel& model, const ParserInput& in, const uint32_t* st,
               const std::vector<int>& heads, const std::vector<int>& labels, int root_label,
               ArcScores arc, Visit visit) {
  static const uint64_t kPunct = HashBytes("PUNCT");
  thread_local Tree t;
  t.Build(in, st, heads, labels);
  t.arc = arc;
  uint64_t f[kMaxRelabelFeats];
  float scores[256];
  const int nc = model.num_classes();
  for (int d = 1; d <= t.n; ++d) {
    if (heads[d - 1] == 0 || in.upos[d - 1] == kPunct) continue;
    model.Score(f, Features(t, d, f), scores);
    int best = -1;
    for (int l = 0; l < nc; ++l)
      if (l != root_label && (best < 0 || scores[l] > scores[best])) best = l;
    const int old = labels[d - 1];
    if (kTop2 && arc.second) {  // EXPERIMENT
      int sec = arc.second[d - 1];
      best = sec >= 0 && sec < nc && sec != root_label && old >= 0 && old < nc && scores[sec] > scores[old] ? sec : old;
    }
    if (best >= 0 && best != old && old >= 0 && old < nc)
      visit(d, best, scores[best] - scores[old]);
  }
}

void Relabeler::Relabel(const ParserInput& in, const uint32_t* st, const std::vector<int>& heads,
                        std::vector<int>* labels, int root_label, ArcScores arc) const {
  if (empty() || heads.size() != labels->size() || in.upos.size() != heads.size()) return;
  thread_local std::vector<int> orig;
  orig = *labels;
  Proposals(model_, in, st, heads, orig, root_label, arc, [&](int d, int best, float gain) {
    if (gain > threshold_) (*labels)[d - 1] = best;
  });
}

Relabeler Relabeler::Train(int num_labels, const std::vector<RelabelExample>& train,
                           const std::vector<RelabelExample>& dev,
                           const RelabelerTrainOptions& options) {
  static const uint64_t kPunct = HashBytes("PUNCT");
  PerceptronTrainer trainer(num_labels);
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> scores(num_labels);
  uint64_t f[kMaxRelabelFeats];
  Relabeler best, r;
  double best_score = -1;
  Tree t;
  for (int it = 1; it <= options.iterations; ++it) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t words = 0, errors = 0;
    for (size_t idx : order) {
      const RelabelExample& e = train[idx];
      t.Build(e.in, e.in.stag.data(), e.heads, e.labels);
      t.arc = Scores(e);
      for (int d = 1; d <= t.n; ++d) {
        int gold = e.gold_labels[d - 1];
        if (gold < 0 || e.heads[d - 1] != e.gold_heads[d - 1] || e.heads[d - 1] == 0 ||
            e.in.upos[d - 1] == kPunct)
          continue;
        int nf = Features(t, d, f);
        trainer.Score(f, nf, scores.data());
        int guess = -1;
        for (int l = 0; l < num_labels; ++l)
          if (l != options.root_label && (guess < 0 || scores[l] > scores[guess])) guess = l;
        if (kTop2 && !e.second.empty()) {  // EXPERIMENT
          int lab = e.labels[d - 1], sec = e.second[d - 1];
          if (gold != lab && gold != sec) continue;
          guess = scores[sec] > scores[lab] ? sec : lab;
        }
        ++words;
        if (guess != gold) {
          ++errors;
          trainer.Update(f, nf, gold, guess);
        }
        trainer.Tick();
      }
    }
    r.model_ = trainer.Finalize();
    r.model_.Prune(options.max_weights);
    std::string line = "relabeler iteration " + std::to_string(it) + ": train errors " +
                       std::to_string(100.0 * errors / std::max<size_t>(words, 1)) + "%";
    double score = it;
    if (!dev.empty() && options.same_relation) {
      // Every change the relabeler proposes on dev with its gain and its
      // effect on LAS; the threshold keeps the changes above the best cut.
      size_t total = 0, before = 0;
      std::vector<std::pair<float, int>> changes;
      for (const RelabelExample& e : dev) {
        for (size_t i = 0; i < e.heads.size(); ++i, ++total)
          before += e.heads[i] == e.gold_heads[i] && e.gold_labels[i] >= 0 &&
                    options.same_relation(e.labels[i], e.gold_labels[i]);
        Proposals(r.model_, e.in, e.in.stag.data(), e.heads, e.labels, options.root_label,
                  Scores(e), [&](int d, int best, float gain) {
                    int g = e.gold_labels[d - 1];
                    if (e.heads[d - 1] != e.gold_heads[d - 1] || g < 0) return;
                    int effect =
                        options.same_relation(best, g) - options.same_relation(e.labels[d - 1], g);
                    if (effect != 0) changes.push_back({gain, effect});
                  });
      }
      std::sort(changes.begin(), changes.end(), std::greater<>());
      long sum = 0, best_sum = 0;
      r.threshold_ = changes.empty() ? 0 : changes.front().first + 1;
      float all = changes.empty() ? 0 : changes.back().first - 1;
      long total_effect = 0;
      for (size_t i = 0; i < changes.size(); ++i) {
        sum += changes[i].second;
        total_effect += changes[i].second;
        bool cut = i + 1 == changes.size() || changes[i + 1].first < changes[i].first;
        if (cut && sum > best_sum) {
          best_sum = sum;
          r.threshold_ =
              i + 1 == changes.size() ? all : (changes[i].first + changes[i + 1].first) / 2;
        }
      }
      score = 100.0 * (before + best_sum) / std::max<size_t>(total, 1);
      line += "  dev LAS " + std::to_string(100.0 * before / std::max<size_t>(total, 1)) + " -> " +
              std::to_string(100.0 * (before + total_effect) / std::max<size_t>(total, 1)) +
              " (all changes), " + std::to_string(score) + " (gain > " +
              std::to_string(r.threshold_) + ")";
    }
    line += "  weights " + std::to_string(r.num_weights());
    if (options.log) options.log(line);
    if (score > best_score) {
      best_score = score;
      best = r;
    }
  }
  return best;
}

void Relabeler::Save(ModelWriter* w) const {
  w->PutU8(empty() ? 0 : 1);
  if (empty()) return;
  w->PutF32(threshold_);
  model_.Save(w);
}

Status Relabeler::Load(ModelReader* r, int num_labels) {
  uint8_t present = 0;
  NG_RETURN_IF_ERROR(r->GetU8(&present));
  model_ = PerceptronModel();
  if (present == 0) return Status::Ok();
  if (present != 1) return Status::Corruption("relabeler: bad flag");
  NG_RETURN_IF_ERROR(r->GetF32(&threshold_));
  if (!std::isfinite(threshold_)) return Status::Corruption("relabeler: bad threshold");
  NG_RETURN_IF_ERROR(model_.Load(r, 2));
  if (model_.num_classes() != num_labels)
    return Status::Corruption("relabeler: model does not match the label set");
  return Status::Ok();
}

}  // namespace newsgraph::syntax
