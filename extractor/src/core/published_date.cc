#include <optional>
#include <string>
#include <string_view>

#include "communique/document.h"

namespace communique {
namespace {

int Digits(std::string_view value, size_t begin, size_t count) {
  int n = 0;
  for (size_t i = begin; i < begin + count; ++i) n = n * 10 + (value[i] - '0');
  return n;
}

bool IsCalendarDate(std::string_view value) {
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (value[i] < '0' || value[i] > '9') return false;
  }
  const int year = Digits(value, 0, 4);
  const int month = Digits(value, 5, 2);
  const int day = Digits(value, 8, 2);
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

}  // namespace

std::optional<std::string> PublishedDateProblem(std::string_view value) {
  if (!IsCalendarDate(value)) return "must be a date YYYY-MM-DD";
  const int year = Digits(value, 0, 4);
  if (year < 1000 || year > 8999) return "must be between 1000-01-01 and 8999-12-31";
  return std::nullopt;
}

}  // namespace communique
