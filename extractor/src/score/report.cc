// The scorer's three outputs: the table, the flat JSON object(s) and the
// error listing. Their formats are documented in communique/score.h and
// score/README.md.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <string>

#include "communique/score.h"

namespace communique {
namespace {

using OrderedJson = nlohmann::ordered_json;

std::string FormatCount(double count) {
  char buffer[32];
  if (count == std::floor(count)) {
    std::snprintf(buffer, sizeof buffer, "%.0f", count);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.2f", count);
  }
  return buffer;
}

std::string Cell(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%7.3f", value);
  return buffer;
}

// Rows for every metric of the fields `scored` marks.
void AppendRows(const std::array<bool, kFieldCount>& scored,
                const std::array<MetricCount, kMetricCount>& counts, std::string* out) {
  char line[200];
  for (size_t m = 0; m < kMetricCount; ++m) {
    const MetricInfo& info = Info(static_cast<Metric>(m));
    if (!scored[static_cast<size_t>(info.field)]) continue;
    const MetricCount& count = counts[m];
    std::optional<MetricValue> value = Compute(info, count);
    std::string p = "      -", r = "      -", v = "      -";
    std::string tally;
    if (info.is_f1) {
      if (value) p = Cell(value->precision), r = Cell(value->recall), v = Cell(value->value);
      tally = FormatCount(count.correct) + " / " + FormatCount(count.predicted) + " pred / " +
              FormatCount(count.gold) + " gold";
    } else {
      if (value) v = Cell(value->value);
      tally = FormatCount(count.correct) + " / " + FormatCount(count.pairs) + " pairs";
    }
    std::snprintf(line, sizeof line, "  %-28s %s %s %s   %s\n", info.name, p.c_str(), r.c_str(),
                  v.c_str(), tally.c_str());
    *out += line;
  }
}

double Rounded(double value) { return std::round(value * 1e6) / 1e6; }

// Counts are whole numbers except summed token F1s; print them as such.
OrderedJson CountJson(double count) {
  if (count == std::floor(count) && count >= 0 && count < 1e15) {
    return OrderedJson(static_cast<uint64_t>(count));
  }
  return OrderedJson(Rounded(count));
}

OrderedJson FlatJson(const std::array<bool, kFieldCount>& scored,
                     const std::array<MetricCount, kMetricCount>& counts) {
  OrderedJson out = OrderedJson::object();
  // The SPEC names first, so that a reader sees them together.
  for (size_t m = 0; m < kMetricCount; ++m) {
    const MetricInfo& info = Info(static_cast<Metric>(m));
    std::optional<MetricValue> value;
    if (scored[static_cast<size_t>(info.field)]) value = Compute(info, counts[m]);
    out[info.name] = value ? OrderedJson(Rounded(value->value)) : OrderedJson(nullptr);
  }
  for (size_t m = 0; m < kMetricCount; ++m) {
    const MetricInfo& info = Info(static_cast<Metric>(m));
    if (!scored[static_cast<size_t>(info.field)]) continue;
    const std::string name = info.name;
    const MetricCount& count = counts[m];
    std::optional<MetricValue> value = Compute(info, count);
    out[name + ".correct"] = CountJson(count.correct);
    if (info.is_f1) {
      out[name + ".p"] = value ? OrderedJson(Rounded(value->precision)) : OrderedJson(nullptr);
      out[name + ".r"] = value ? OrderedJson(Rounded(value->recall)) : OrderedJson(nullptr);
      out[name + ".pred"] = CountJson(count.predicted);
      out[name + ".gold"] = CountJson(count.gold);
    } else {
      out[name + ".pairs"] = CountJson(count.pairs);
    }
  }
  return out;
}

const char* KindName(ScoreError::Kind kind) {
  switch (kind) {
    case ScoreError::Kind::kFalsePositive: return "FP";
    case ScoreError::Kind::kFalseNegative: return "FN";
    case ScoreError::Kind::kMismatch: return "MISMATCH";
  }
  return "?";
}

}  // namespace

std::string FormatTable(const ScoreReport& report, bool per_doc) {
  std::string out;
  const char* kHeader = "  metric                             P       R  F1/acc   counts\n";
  if (per_doc) {
    for (const DocumentScore& doc : report.documents()) {
      out += doc.name + "\n" + kHeader;
      AppendRows(doc.scored, doc.counts, &out);
      out += "\n";
    }
  }
  out += "overall: " + std::to_string(report.documents().size()) + " documents (";
  std::array<bool, kFieldCount> scored{};
  std::array<MetricCount, kMetricCount> totals{};
  for (size_t f = 0; f < kFieldCount; ++f) {
    scored[f] = report.DocumentsScoring(static_cast<Field>(f)) > 0;
    out += (f ? ", " : "") + std::string(FieldName(static_cast<Field>(f))) + " " +
           std::to_string(report.DocumentsScoring(static_cast<Field>(f)));
  }
  out += "), micro-averaged\n";
  out += kHeader;
  for (size_t m = 0; m < kMetricCount; ++m) totals[m] = report.Total(static_cast<Metric>(m));
  AppendRows(scored, totals, &out);
  return out;
}

std::string FormatJson(const ScoreReport& report, bool per_doc) {
  std::string out;
  if (per_doc) {
    for (const DocumentScore& doc : report.documents()) {
      OrderedJson line = {{"document", doc.name}};
      line.update(FlatJson(doc.scored, doc.counts));
      out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
  }
  std::array<bool, kFieldCount> scored{};
  std::array<MetricCount, kMetricCount> totals{};
  for (size_t f = 0; f < kFieldCount; ++f) {
    scored[f] = report.DocumentsScoring(static_cast<Field>(f)) > 0;
  }
  for (size_t m = 0; m < kMetricCount; ++m) totals[m] = report.Total(static_cast<Metric>(m));
  OrderedJson overall = FlatJson(scored, totals);
  overall["documents"] = report.documents().size();
  for (size_t f = 0; f < kFieldCount; ++f) {
    overall[std::string(FieldName(static_cast<Field>(f))) + ".documents"] =
        report.DocumentsScoring(static_cast<Field>(f));
  }
  out += overall.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  return out;
}

std::string FormatErrors(const ScoreReport& report, bool json) {
  std::string out;
  for (const DocumentScore& doc : report.documents()) {
    for (const ScoreError& e : doc.errors) {
      if (json) {
        OrderedJson line = {{"document", e.document}, {"field", FieldName(e.field)},
                            {"kind", KindName(e.kind)}, {"what", e.what},
                            {"start", e.start},         {"end", e.end},
                            {"text", e.text}};
        if (!e.rule.empty()) line["rule"] = e.rule;
        if (!e.detail.empty()) line["detail"] = e.detail;
        out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        continue;
      }
      out += e.document + ": " + FieldName(e.field) + " " + KindName(e.kind) + " " + e.what + " [" +
             std::to_string(e.start) + "," + std::to_string(e.end) + ")";
      if (!e.text.empty()) out += " \"" + e.text + "\"";
      if (!e.rule.empty()) out += " rule=" + e.rule;
      if (!e.detail.empty()) out += " (" + e.detail + ")";
      out += "\n";
    }
  }
  return out;
}

}  // namespace communique
