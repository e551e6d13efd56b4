#include "text/ud_eval.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "text/segment.h"
#include "text/tokenizer.h"

namespace newsgraph::text {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t b = 0;
  for (size_t i = 0; i <= line.size() && f.size() < 16; ++i) {
    if (i == line.size() || line[i] == '\t') {
      f.push_back(line.substr(b, i - b));
      b = i + 1;
    }
  }
  return f;
}

struct Row {
  std::string id;
  std::string form;
};

// Aligns the word rows of one sentence to its text. Returns false when a
// form is not found where expected.
bool Align(const std::vector<Row>& rows, UdSentence* s) {
  const std::string& t = s->text;
  size_t cursor = 0;
  auto place = [&](const std::string& form, size_t* at) {
    while (cursor < t.size() && (t[cursor] == ' ' || t[cursor] == '\t')) ++cursor;
    if (t.compare(cursor, form.size(), form) != 0) return false;
    *at = cursor;
    cursor += form.size();
    return true;
  };
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    if (r.id.find('.') != std::string::npos) continue;  // empty node
    size_t dash = r.id.find('-');
    size_t at = 0;
    if (dash == std::string::npos) {
      if (!place(r.form, &at)) return false;
      s->words.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + r.form.size())});
      continue;
    }
    size_t first = std::stoul(r.id.substr(0, dash)), last = std::stoul(r.id.substr(dash + 1));
    std::vector<const Row*> parts;
    for (size_t j = i + 1; j < rows.size() && parts.size() <= last - first; ++j) {
      if (rows[j].id.find('.') != std::string::npos) continue;
      parts.push_back(&rows[j]);
    }
    if (!place(r.form, &at)) return false;
    std::string joined;
    for (const Row* p : parts) joined += p->form;
    if (joined == r.form) {
      size_t b = at;
      for (const Row* p : parts) {
        s->words.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(b + p->form.size())});
        b += p->form.size();
      }
    } else {
      s->words.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + r.form.size())});
    }
    i += parts.size();
  }
  return true;
}

size_t CountMatches(const std::vector<Span>& a, const std::vector<Span>& b) {
  size_t i = 0, j = 0, m = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++m, ++i, ++j;
    } else if (a[i].begin < b[j].begin || (a[i].begin == b[j].begin && a[i].end < b[j].end)) {
      ++i;
    } else {
      ++j;
    }
  }
  return m;
}

std::string Join(std::string_view text, const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) {
    if (!out.empty()) out += ' ';
    out += text.substr(s.begin, s.size());
  }
  return out;
}

}  // namespace

std::vector<UdSentence> ParseConllu(std::string_view conllu, size_t* unaligned) {
  std::vector<UdSentence> out;
  UdSentence cur;
  std::vector<Row> rows;
  bool pending_doc = false, pending_par = false;
  auto finish = [&]() {
    if (!rows.empty()) {
      cur.new_doc = pending_doc;
      cur.new_par = pending_par || pending_doc;
      if (Align(rows, &cur)) {
        out.push_back(std::move(cur));
      } else if (unaligned) {
        ++*unaligned;
      }
      pending_doc = pending_par = false;
    }
    cur = UdSentence();
    rows.clear();
  };
  size_t b = 0;
  while (b < conllu.size()) {
    size_t e = conllu.find('\n', b);
    if (e == std::string_view::npos) e = conllu.size();
    std::string_view line = conllu.substr(b, e - b);
    b = e + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      finish();
    } else if (line[0] == '#') {
      if (line.rfind("# newdoc", 0) == 0) pending_doc = true;
      if (line.rfind("# newpar", 0) == 0) pending_par = true;
      if (line.rfind("# text = ", 0) == 0) cur.text = std::string(line.substr(9));
    } else {
      auto f = SplitTabs(line);
      if (f.size() >= 2) rows.push_back({std::string(f[0]), std::string(f[1])});
    }
  }
  finish();
  return out;
}

Result<std::vector<UdSentence>> ReadConllu(const std::string& path, size_t* unaligned) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ParseConllu(ss.str(), unaligned);
}

Prf EvaluateTokens(const std::vector<UdSentence>& sentences, std::vector<std::string>* errors,
                   size_t max_errors) {
  Prf prf;
  std::vector<Token> tokens;
  std::vector<Span> pred;
  for (const UdSentence& s : sentences) {
    tokens.clear();
    pred.clear();
    Tokenize(s.text, Span{0, static_cast<uint32_t>(s.text.size())}, TokenizerOptions{}, &tokens);
    for (const Token& t : tokens) pred.push_back(t.span);
    size_t m = CountMatches(s.words, pred);
    prf.gold += s.words.size();
    prf.predicted += pred.size();
    prf.matched += m;
    if (errors && errors->size() < max_errors && (m != s.words.size() || m != pred.size()))
      errors->push_back(Join(s.text, s.words) + "\n  ≠ " + Join(s.text, pred));
  }
  return prf;
}

Prf EvaluateSentences(const std::vector<UdSentence>& sentences, bool paragraph_breaks,
                      std::vector<std::string>* errors, size_t max_errors) {
  Prf prf;
  size_t i = 0;
  while (i < sentences.size()) {
    // One document: sentences [i, j).
    size_t j = i + 1;
    while (j < sentences.size() && !sentences[j].new_doc) ++j;
    std::string text;
    std::vector<uint32_t> gold;
    for (size_t k = i; k < j; ++k) {
      if (k > i) text += (paragraph_breaks && sentences[k].new_par) ? '\n' : ' ';
      text += sentences[k].text;
      if (k + 1 < j) gold.push_back(static_cast<uint32_t>(text.size()));
    }
    Document doc(text, ArticleMeta{});
    (void)Segment(SegmentOptions{}, &doc);
    std::vector<uint32_t> pred;
    for (size_t k = 0; k + 1 < doc.sentences.size(); ++k) pred.push_back(doc.sentences[k].span.end);
    size_t m = 0;
    for (uint32_t g : gold) m += std::binary_search(pred.begin(), pred.end(), g);
    prf.gold += gold.size();
    prf.predicted += pred.size();
    prf.matched += m;
    if (errors) {
      for (uint32_t g : gold)
        if (errors->size() < max_errors && !std::binary_search(pred.begin(), pred.end(), g))
          errors->push_back("MISSED: " + text.substr(g > 60 ? g - 60 : 0, std::min<size_t>(g, 60)) +
                            " || " + text.substr(g, 40));
      for (uint32_t p : pred)
        if (errors->size() < max_errors && !std::binary_search(gold.begin(), gold.end(), p))
          errors->push_back("EXTRA:  " + text.substr(p > 60 ? p - 60 : 0, std::min<size_t>(p, 60)) +
                            " || " + text.substr(p, 40));
    }
    i = j;
  }
  return prf;
}

}  // namespace newsgraph::text
