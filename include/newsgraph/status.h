// Status and Result<T>: errors as values (STYLE.md). No exception crosses the
// public API. A Status is cheap to copy when OK (no allocation).
#ifndef NEWSGRAPH_STATUS_H_
#define NEWSGRAPH_STATUS_H_

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace newsgraph {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // bad input: malformed article, bad option
  kNotFound,          // missing file, model or record
  kIoError,           // read/write failure of the outside world
  kCorruption,        // a model or database file is damaged
  kResourceExhausted, // a budget (size, depth, time) was exceeded
  kUnimplemented,
  kInternal,
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message);

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status ResourceExhausted(std::string m) {
    return {StatusCode::kResourceExhausted, std::move(m)};
  }
  static Status Unimplemented(std::string m) { return {StatusCode::kUnimplemented, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const;
  // "invalid argument: <message>".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::shared_ptr<const std::string> message_;  // null when ok
};

// Result<T> holds either a value or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok()) status_ = Status::Internal("Result constructed from OK status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

#define NG_CONCAT_INNER_(a, b) a##b
#define NG_CONCAT_(a, b) NG_CONCAT_INNER_(a, b)

#define NG_RETURN_IF_ERROR(expr)                        \
  do {                                                  \
    ::newsgraph::Status ng_status_ = (expr);            \
    if (!ng_status_.ok()) return ng_status_;            \
  } while (0)

#define NG_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return tmp.status();             \
  lhs = std::move(tmp).value()

#define NG_ASSIGN_OR_RETURN(lhs, expr) \
  NG_ASSIGN_OR_RETURN_IMPL_(NG_CONCAT_(ng_result_, __LINE__), lhs, expr)

}  // namespace newsgraph

#endif  // NEWSGRAPH_STATUS_H_
