// JsonWriter: a small streaming JSON writer (no DOM), used for all output.
// Strings are assumed to be valid UTF-8 and are escaped per RFC 8259.
#ifndef NEWSGRAPH_CORE_JSON_WRITER_H_
#define NEWSGRAPH_CORE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view k);
  JsonWriter& String(std::string_view s);
  JsonWriter& Int(int64_t v);
  JsonWriter& Double(double v);
  JsonWriter& Bool(bool v);
  JsonWriter& Null();
  JsonWriter& Raw(std::string_view json);  // an already-serialised value

  // Key + value shorthands.
  JsonWriter& Field(std::string_view k, std::string_view v) { return Key(k).String(v); }
  JsonWriter& Field(std::string_view k, const char* v) { return Key(k).String(v); }
  JsonWriter& Field(std::string_view k, int64_t v) { return Key(k).Int(v); }
  JsonWriter& Field(std::string_view k, int v) { return Key(k).Int(v); }
  JsonWriter& Field(std::string_view k, uint32_t v) { return Key(k).Int(v); }
  JsonWriter& Field(std::string_view k, bool v) { return Key(k).Bool(v); }
  // Empty string -> null.
  JsonWriter& FieldOrNull(std::string_view k, std::string_view v) {
    Key(k);
    return v.empty() ? Null() : String(v);
  }

  static void Escape(std::string_view s, std::string* out);

 private:
  void Separator();
  std::string* out_;
  bool need_comma_ = false;
  bool after_key_ = false;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_JSON_WRITER_H_
