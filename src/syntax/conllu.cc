#include "syntax/conllu.h"

#include <charconv>
#include <fstream>
#include <string_view>

namespace newsgraph::syntax {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t b = 0;
  while (cols.size() < 12) {
    size_t e = line.find('\t', b);
    if (e == std::string_view::npos) {
      cols.push_back(line.substr(b));
      break;
    }
    cols.push_back(line.substr(b, e - b));
    b = e + 1;
  }
  return cols;
}

bool ParseInt(std::string_view s, int* v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool IsPlainId(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id)
    if (c < '0' || c > '9') return false;
  return true;
}

Status ParseWordLine(std::string_view line, size_t lineno, ConlluSentence* s) {
  auto cols = SplitTabs(line);
  auto bad = [&](const std::string& why) {
    return Status::InvalidArgument("CoNLL-U line " + std::to_string(lineno) + ": " + why);
  };
  if (cols.size() != 10) return bad("expected 10 tab-separated columns");
  if (!IsPlainId(cols[0])) return Status::Ok();  // multiword token or empty node
  int id = 0;
  if (!ParseInt(cols[0], &id) || id != static_cast<int>(s->words.size()) + 1)
    return bad("word ids must be 1, 2, 3, ...");
  ConlluWord w;
  w.form = cols[1];
  w.lemma = cols[2];
  w.upos = cols[3];
  w.xpos = cols[4];
  if (cols[6] == "_") {
    w.head = -1;
  } else if (!ParseInt(cols[6], &w.head) || w.head < 0) {
    return bad("bad HEAD");
  }
  w.deprel = cols[7];
  s->word_line.push_back(static_cast<int>(s->lines.size()) - 1);
  s->words.push_back(std::move(w));
  return Status::Ok();
}

Status FinishSentence(ConlluSentence* s, size_t lineno) {
  int n = static_cast<int>(s->words.size());
  for (auto& w : s->words)
    if (w.head > n)
      return Status::InvalidArgument("CoNLL-U sentence ending at line " + std::to_string(lineno) +
                                     ": HEAD beyond the sentence");
  return Status::Ok();
}

}  // namespace

Result<std::vector<ConlluSentence>> ReadConllu(std::istream& in, const ConlluOptions& options) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  std::string line;
  size_t lineno = 0;
  auto flush = [&]() -> Status {
    if (cur.lines.empty()) return Status::Ok();
    NG_RETURN_IF_ERROR(FinishSentence(&cur, lineno));
    if (out.size() >= options.max_sentences)
      return Status::ResourceExhausted("CoNLL-U input has too many sentences");
    out.push_back(std::move(cur));
    cur = ConlluSentence();
    return Status::Ok();
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.size() > options.max_line_bytes)
      return Status::InvalidArgument("CoNLL-U line " + std::to_string(lineno) + " is too long");
    if (line.empty()) {
      NG_RETURN_IF_ERROR(flush());
      continue;
    }
    cur.lines.push_back(line);
    if (line[0] == '#') {
      if (line.rfind("# text = ", 0) == 0) cur.text = line.substr(9);
      continue;
    }
    if (cur.words.size() >= options.max_words_per_sentence)
      return Status::ResourceExhausted("CoNLL-U sentence at line " + std::to_string(lineno) +
                                       " is too long");
    NG_RETURN_IF_ERROR(ParseWordLine(line, lineno, &cur));
  }
  NG_RETURN_IF_ERROR(flush());
  return out;
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path,
                                                   const ConlluOptions& options) {
  std::ifstream f(path);
  if (!f) return Status::NotFound("cannot open " + path);
  auto r = ReadConllu(f, options);
  if (!r.ok()) return Status(r.status().code(), path + ": " + r.status().message());
  return r;
}

std::string WriteConllu(const ConlluSentence& s, const std::vector<ConlluWord>& pred) {
  std::string out;
  size_t next = 0;
  for (size_t li = 0; li < s.lines.size(); ++li) {
    if (next < s.word_line.size() && s.word_line[next] == static_cast<int>(li) &&
        next < pred.size()) {
      auto cols = SplitTabs(s.lines[li]);
      const ConlluWord& p = pred[next];
      out.append(cols[0]).append("\t").append(cols[1]).append("\t");
      out.append(p.lemma.empty() ? "_" : p.lemma).append("\t");
      out.append(p.upos.empty() ? "_" : p.upos).append("\t");
      out.append(p.xpos.empty() ? "_" : p.xpos).append("\t");
      out.append(cols[5]).append("\t").append(std::to_string(p.head)).append("\t");
      out.append(p.deprel.empty() ? "_" : p.deprel).append("\t_\t").append(cols[9]);
      out.push_back('\n');
      ++next;
    } else {
      out.append(s.lines[li]).push_back('\n');
    }
  }
  out.push_back('\n');
  return out;
}

}  // namespace newsgraph::syntax
