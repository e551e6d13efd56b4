// UTF-8 helpers shared by every stage.
#ifndef NEWSGRAPH_CORE_UTF8_H_
#define NEWSGRAPH_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::utf8 {

// Length of the valid UTF-8 sequence starting at s[i] (1..4), or 0 when the
// bytes there are not a valid, shortest-form scalar value.
size_t ValidSequenceLength(std::string_view s, size_t i);

// Decodes the code point at s[i] (which must start a valid sequence).
char32_t Decode(std::string_view s, size_t i, size_t* len);

// Appends the UTF-8 encoding of cp.
void Append(char32_t cp, std::string* out);

// True when s is entirely valid UTF-8.
bool IsValid(std::string_view s);

// Returns s with every invalid byte replaced by U+FFFD (one per byte, so the
// replacement is deterministic). *replaced counts the bytes replaced.
std::string Sanitize(std::string_view s, size_t* replaced);

// A matching key for a word: ASCII and Latin-1 capitals (À..Þ) lower-cased,
// U+2019 as an apostrophe, other bytes kept; with digits_to_zero every ASCII
// digit becomes '0'. Used by the knowledge-base lookups and the word classes.
std::string LowerKey(std::string_view word, bool digits_to_zero = false);

// True if byte b is not a continuation byte (so an offset there is a boundary).
inline bool IsBoundaryByte(unsigned char b) { return (b & 0xC0) != 0x80; }

}  // namespace newsgraph::utf8

#endif  // NEWSGRAPH_CORE_UTF8_H_
