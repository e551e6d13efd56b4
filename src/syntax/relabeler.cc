#include "syntax/relabeler.h"

#include <algorithm>
#include <random>
#include <string>

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
  f[n++] = QuickFeat(703, lab, dw);
  f[n++] = QuickFeat(704, lab, hw);
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
  f[n++] = QuickFeat(715, lab, dw, hw);
  f[n++] = QuickFeat(716, lab, dp, t.P(d - 1) * 1000 + t.P(d + 1));
  f[n++] = QuickFeat(717, lab, dw, t.W(fk) * 1000 + t.L(fk));
  f[n++] = QuickFeat(718, lab, t.C2(d), t.C2(h));
  f[n++] = QuickFeat(719, lab, du, hw);
  f[n++] = QuickFeat(720, lab, dw, hp);
  f[n++] = QuickFeat(721, lab, hp, t.U(prev) * 1000 + t.U(next));
  f[n++] = QuickFeat(722, lab, t.L(prev), t.W(prev));
  f[n++] = QuickFeat(723, lab, du, t.L(t.Head(h)) * 2 + left);
  return n;
}

}  // namespace

int RelabelFeatures(const ParserInput& in, const uint32_t* st, const std::vector<int>& heads,
                    const std::vector<int>& labels, int d, uint64_t* f) {
  Tree t;
  t.Build(in, st, heads, labels);
  return Features(t, d, f);
}

void Relabeler::Relabel(const ParserInput& in, const uint32_t* st, const std::vector<int>& heads,
                        std::vector<int>* labels, int root_label) const {
  static const uint64_t kPunct = HashBytes("PUNCT");
  if (empty() || heads.size() != labels->size() || in.upos.size() != heads.size()) return;
  thread_local Tree t;
  thread_local std::vector<int> orig;
  orig = *labels;
  t.Build(in, st, heads, orig);
  uint64_t f[kMaxRelabelFeats];
  for (int d = 1; d <= t.n; ++d) {
    if (heads[d - 1] == 0 || in.upos[d - 1] == kPunct) continue;
    (*labels)[d - 1] = model_.Best(f, Features(t, d, f), root_label);
  }
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
      size_t total = 0, before = 0, after = 0;
      std::vector<int> labels;
      for (const RelabelExample& e : dev) {
        labels = e.labels;
        r.Relabel(e.in, e.in.stag.data(), e.heads, &labels, options.root_label);
        for (size_t i = 0; i < labels.size(); ++i, ++total) {
          if (e.heads[i] != e.gold_heads[i] || e.gold_labels[i] < 0) continue;
          before += options.same_relation(e.labels[i], e.gold_labels[i]);
          after += options.same_relation(labels[i], e.gold_labels[i]);
        }
      }
      score = 100.0 * after / std::max<size_t>(total, 1);
      line += "  dev LAS " + std::to_string(100.0 * before / std::max<size_t>(total, 1)) + " -> " +
              std::to_string(score);
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
  if (!empty()) model_.Save(w);
}

Status Relabeler::Load(ModelReader* r, int num_labels) {
  uint8_t present = 0;
  NG_RETURN_IF_ERROR(r->GetU8(&present));
  model_ = PerceptronModel();
  if (present == 0) return Status::Ok();
  if (present != 1) return Status::Corruption("relabeler: bad flag");
  NG_RETURN_IF_ERROR(model_.Load(r, 2));
  if (model_.num_classes() != num_labels)
    return Status::Corruption("relabeler: model does not match the label set");
  return Status::Ok();
}

}  // namespace newsgraph::syntax
