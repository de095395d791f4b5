// Status and Result<T>: how every public communique function reports failure.
//
// The library never throws across its public API. A function that can fail
// returns a Status (for actions) or a Result<T> (for values); both are
// [[nodiscard]], so a caller cannot silently drop an error.
//
//   communique::Result<communique::RulePack> pack = communique::RulePack::LoadDirectory("rules");
//   if (!pack.ok()) {
//     std::cerr << pack.status().ToString() << "\n";   // "rules/dates/months.jsonl:12: unknown field"
//     return 2;
//   }
//
// A successful Status holds nothing and costs one pointer.
#ifndef COMMUNIQUE_STATUS_H_
#define COMMUNIQUE_STATUS_H_

#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace communique {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad usage or a malformed value supplied by the caller
  kNotFound,         // a file or entry that does not exist
  kParseError,       // malformed input data (JSON, rule files); message names file:line
  kIoError,          // reading or writing failed
  kInternal,         // a broken invariant inside communique (a bug)
};

class [[nodiscard]] Status {
 public:
  // An OK status.
  Status() = default;
  Status(StatusCode code, std::string message);

  Status(const Status& other);
  Status& operator=(const Status& other);
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string message) {
    return Status(StatusCode::kInvalidArgument, std::move(message));
  }
  static Status NotFound(std::string message) {
    return Status(StatusCode::kNotFound, std::move(message));
  }
  static Status ParseError(std::string message) {
    return Status(StatusCode::kParseError, std::move(message));
  }
  static Status IoError(std::string message) {
    return Status(StatusCode::kIoError, std::move(message));
  }
  static Status Internal(std::string message) {
    return Status(StatusCode::kInternal, std::move(message));
  }

  // Returns true iff the status reports success.
  bool ok() const { return state_ == nullptr; }
  StatusCode code() const { return state_ ? state_->code : StatusCode::kOk; }
  // The message without the code name; empty for an OK status.
  const std::string& message() const;
  // "OK", or "<code name>: <message>".
  std::string ToString() const;

 private:
  struct State {
    StatusCode code;
    std::string message;
  };
  std::unique_ptr<State> state_;
};

// Either a value or a non-OK Status. REQUIRES: value() only when ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }
  const T& operator*() const& { return *value_; }
  T& operator*() & { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace communique

#endif  // COMMUNIQUE_STATUS_H_
