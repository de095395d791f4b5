// Calendar arithmetic and TIMEX3 value formatting for the dates extractor.
// Proleptic Gregorian calendar, days counted from 1970-01-01; ISO 8601 weeks.
#ifndef COMMUNIQUE_EXTRACT_DATES_CALENDAR_H_
#define COMMUNIQUE_EXTRACT_DATES_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace communique::dates {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

int64_t DaysFromCivil(CivilDate date);
CivilDate CivilFromDays(int64_t days);
// ISO weekday: 1 = Monday ... 7 = Sunday.
int IsoWeekday(int64_t days);
int DaysInMonth(int year, int month);
bool IsValid(CivilDate date);

// Parses "YYYY-MM-DD"; nullopt unless it is a valid date.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

// "2025-05-12", "2025-05", "2025-W20" (ISO week-year and week).
std::string FormatDay(CivilDate date);
std::string FormatMonth(int year, int month);
std::string FormatIsoWeek(int64_t days);
// Four digits with leading zeros (years 0..9999).
std::string FormatYear(int year);
std::string TwoDigits(int n);

// Adds `months` calendar months, clamping the day to the target month.
CivilDate AddMonths(CivilDate date, int months);

}  // namespace communique::dates

#endif  // COMMUNIQUE_EXTRACT_DATES_CALENDAR_H_
