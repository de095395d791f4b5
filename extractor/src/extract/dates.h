// Date extraction (see SPEC.md and rules/dates/).
#ifndef COMMUNIQUE_EXTRACT_DATES_H_
#define COMMUNIQUE_EXTRACT_DATES_H_

#include <memory>
#include <optional>
#include <string>

#include "communique/document.h"
#include "core/stage.h"
#include "rules/date_rules.h"

namespace communique {

class DateExtractor final : public Stage {
 public:
  // Compiles the rules under "dates/". Problems are reported to `context`
  // (file:line: reason); the result is null only when nothing could be built.
  static std::unique_ptr<const DateExtractor> Compile(rules::CompileContext& context);

  std::string_view Name() const override { return "dates"; }
  Fields Requires() const override { return kText | kSentences | kTokens | kPublished; }
  Fields Provides() const override { return kDates; }
  // Fills doc.dates, in text order.
  void Run(Document& doc) const override;

  // The date of a dateline at the start of the document ("BRUSSELS, 3 March
  // 2026 -", "Tokyo, 12 May 2025 -") as "YYYY-MM-DD", or nullopt.
  // REQUIRES: doc has been normalized and tokenized.
  std::optional<std::string> FindDateline(const Document& doc) const;

  ~DateExtractor();
  struct Compiled;  // the immutable rule set (dates/compiled.h)

 private:
  explicit DateExtractor(std::unique_ptr<const Compiled> compiled);
  std::unique_ptr<const Compiled> compiled_;
};

}  // namespace communique

#endif  // COMMUNIQUE_EXTRACT_DATES_H_
