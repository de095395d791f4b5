// The gold/prediction reader and the scorer on arbitrary JSON: the input is
// split at its first NUL byte (or in half) into a gold and a prediction.
#include <cstdint>
#include <string_view>

#include "communique/score.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t split = input.find('\0');
  if (split == std::string_view::npos) split = size / 2;
  std::string_view gold_text = input.substr(0, split);
  std::string_view pred_text = input.substr(std::min(split + 1, size));
  auto gold = communique::ParseAnnotations(gold_text);
  auto pred = communique::ParseAnnotations(pred_text);
  if (!gold.ok()) return 0;
  communique::ScoreReport report;
  report.Add(communique::ScoreDocument("fuzz", *gold, pred.ok() ? *pred : *gold, true));
  (void)communique::FormatTable(report, true);
  (void)communique::FormatJson(report, true);
  (void)communique::FormatErrors(report, false);
  return 0;
}
