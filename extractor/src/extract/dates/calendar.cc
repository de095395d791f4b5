#include "extract/dates/calendar.h"

namespace communique::dates {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every
// Gregorian date, no tables, no time zone library.
int64_t DaysFromCivil(CivilDate date) {
  int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (date.month + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

int IsoWeekday(int64_t days) { return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

bool IsValid(CivilDate date) {
  return date.year >= 0 && date.year <= 9999 && date.month >= 1 && date.month <= 12 &&
         date.day >= 1 && date.day <= DaysInMonth(date.year, date.month);
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](size_t pos, size_t len) {
    int n = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      n = n * 10 + (text[i] - '0');
    }
    return n;
  };
  CivilDate date{number(0, 4), number(5, 2), number(8, 2)};
  if (!IsValid(date)) return std::nullopt;
  return date;
}

std::string TwoDigits(int n) {
  std::string out = std::to_string(n);
  return out.size() < 2 ? "0" + out : out;
}

std::string FormatYear(int year) {
  std::string out = std::to_string(year);
  while (out.size() < 4) out.insert(out.begin(), '0');
  return out;
}

std::string FormatMonth(int year, int month) { return FormatYear(year) + "-" + TwoDigits(month); }

std::string FormatDay(CivilDate date) {
  return FormatMonth(date.year, date.month) + "-" + TwoDigits(date.day);
}

std::string FormatIsoWeek(int64_t days) {
  // The ISO week belongs to the year of its Thursday.
  int64_t thursday = days - IsoWeekday(days) + 4;
  int iso_year = CivilFromDays(thursday).year;
  int64_t week = (thursday - DaysFromCivil({iso_year, 1, 1})) / 7 + 1;
  return FormatYear(iso_year) + "-W" + TwoDigits(static_cast<int>(week));
}

CivilDate AddMonths(CivilDate date, int months) {
  int index = date.year * 12 + (date.month - 1) + months;
  CivilDate out{index / 12, index % 12 + 1, date.day};
  if (out.day > DaysInMonth(out.year, out.month)) out.day = DaysInMonth(out.year, out.month);
  return out;
}

}  // namespace communique::dates
