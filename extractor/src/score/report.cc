// The scorer's three outputs: the table, the flat JSON object(s) and the
// error listing. Their formats are documented in communique/score.h and
// score/README.md.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

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

constexpr const char* kLegend =
    "tp, fp, fn: true positives, false positives, false negatives. For an accuracy or mean\n"
    "(no P and R), tp is the agreeing pairs (for action_f1, the summed token F1) of `pairs`\n"
    "matched pairs. docs: the documents whose gold holds what the metric needs. by type: an\n"
    "item counts for type T when it is paired and both sides say T (dates: overlapping spans;\n"
    "actors: the same id; commitments: overlapping triggers).\n";

// `text` right-aligned in `width` columns.
std::string Column(const std::string& text, size_t width) {
  return std::string(text.size() < width ? width - text.size() : 0, ' ') + text;
}

// The first column: the metric's name, left-aligned.
std::string NameCell(const std::string& name) {
  return "  " + name + std::string(name.size() < 30 ? 30 - name.size() : 0, ' ') + " ";
}

// The headings: the name, P, R, F1 (or the accuracy or mean), then counts,
// each under its own heading so that nobody has to guess what a number is.
std::string Header(const char* first, const std::vector<const char*>& columns) {
  std::string header = NameCell(first);
  for (const char* column : columns) header += Column(column, 7) + " ";
  header.back() = '\n';
  return header;
}

// One row: name, P, R, F1 (each "-" when not measured), tp, fp, fn.
std::string F1Row(const std::string& name, const MetricCount& count) {
  std::optional<MetricValue> value = ComputeF1(count);
  std::string row = NameCell(name);
  row += value ? Cell(value->precision) + " " + Cell(value->recall) + " " + Cell(value->value)
               : "      -       -       -";
  row += " " + Column(FormatCount(count.correct), 7) + " " +
         Column(FormatCount(count.predicted - count.correct), 7) + " " +
         Column(FormatCount(count.gold - count.correct), 7);
  return row;
}

// Rows for every metric `scored` marks (measured in `documents` documents),
// then the per-type rows.
void AppendRows(const std::array<bool, kMetricCount>& scored,
                const std::array<MetricCount, kMetricCount>& counts,
                const std::array<size_t, kMetricCount>& documents,
                const std::array<TypeCounts, kFieldCount>& by_type, std::string* out) {
  *out += Header("metric", {"P", "R", "F1/acc", "tp", "fp", "fn", "pairs", "docs"});
  for (size_t m = 0; m < kMetricCount; ++m) {
    const MetricInfo& info = Info(static_cast<Metric>(m));
    if (!scored[m]) continue;
    const MetricCount& count = counts[m];
    std::string row;
    if (info.is_f1) {
      row = F1Row(info.name, count) + "       -";
    } else {
      std::optional<MetricValue> value = Compute(info, count);
      row = NameCell(info.name) + "      -       - " + (value ? Cell(value->value) : "      -") + " " +
            Column(FormatCount(count.correct), 7) + "       -       - " +
            Column(FormatCount(count.pairs), 7);
    }
    *out += row + " " + Column(std::to_string(documents[m]), 7) + "\n";
  }
  bool header = false;
  for (size_t f = 0; f < kFieldCount; ++f) {
    for (const auto& [type, count] : by_type[f]) {
      if (!header) *out += Header("by type", {"P", "R", "F1", "tp", "fp", "fn"}), header = true;
      *out += F1Row(std::string(FieldName(static_cast<Field>(f))) + ".by_type." + type, count) + "\n";
    }
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

OrderedJson OrNull(const std::optional<MetricValue>& value, double MetricValue::*part) {
  return value ? OrderedJson(Rounded((*value).*part)) : OrderedJson(nullptr);
}

// P, R, F1 and the labelled counts of `count` as "<prefix>.p", ...
void AddF1Keys(const std::string& prefix, const MetricCount& count, OrderedJson* out) {
  std::optional<MetricValue> value = ComputeF1(count);
  (*out)[prefix + ".p"] = OrNull(value, &MetricValue::precision);
  (*out)[prefix + ".r"] = OrNull(value, &MetricValue::recall);
  (*out)[prefix + ".f1"] = OrNull(value, &MetricValue::value);
  (*out)[prefix + ".tp"] = CountJson(count.correct);
  (*out)[prefix + ".fp"] = CountJson(count.predicted - count.correct);
  (*out)[prefix + ".fn"] = CountJson(count.gold - count.correct);
}

OrderedJson FlatJson(const std::array<bool, kMetricCount>& scored,
                     const std::array<MetricCount, kMetricCount>& counts,
                     const std::array<size_t, kMetricCount>& documents,
                     const std::array<TypeCounts, kFieldCount>& by_type) {
  OrderedJson out = OrderedJson::object();
  // The SPEC names first, so that a reader sees them together.
  for (size_t m = 0; m < kMetricCount; ++m) {
    const MetricInfo& info = Info(static_cast<Metric>(m));
    std::optional<MetricValue> value;
    if (scored[m]) value = Compute(info, counts[m]);
    out[info.name] = OrNull(value, &MetricValue::value);
  }
  OrderedJson measured = OrderedJson::array();
  for (size_t m = 0; m < kMetricCount; ++m) {
    const MetricInfo& info = Info(static_cast<Metric>(m));
    if (!scored[m]) continue;
    measured.push_back(info.name);
    const std::string name = info.name;
    const MetricCount& count = counts[m];
    std::optional<MetricValue> value = Compute(info, count);
    out[name + ".correct"] = CountJson(count.correct);
    if (info.is_f1) {
      out[name + ".p"] = OrNull(value, &MetricValue::precision);
      out[name + ".r"] = OrNull(value, &MetricValue::recall);
      out[name + ".pred"] = CountJson(count.predicted);
      out[name + ".gold"] = CountJson(count.gold);
      out[name + ".tp"] = CountJson(count.correct);
      out[name + ".fp"] = CountJson(count.predicted - count.correct);
      out[name + ".fn"] = CountJson(count.gold - count.correct);
    } else {
      out[name + ".pairs"] = CountJson(count.pairs);
    }
    out[name + ".documents"] = documents[m];
  }
  // The metrics measured, so that a reader of partial gold sees what was scored.
  out["scored"] = std::move(measured);
  for (size_t f = 0; f < kFieldCount; ++f) {
    for (const auto& [type, count] : by_type[f]) {
      AddF1Keys(std::string(FieldName(static_cast<Field>(f))) + ".by_type." + type, count, &out);
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

// The overall figures of `report` in the shape of one document's.
struct Totals {
  std::array<bool, kMetricCount> scored{};
  std::array<MetricCount, kMetricCount> counts{};
  std::array<size_t, kMetricCount> documents{};
  std::array<TypeCounts, kFieldCount> by_type;
};

Totals TotalsOf(const ScoreReport& report) {
  Totals totals;
  for (size_t m = 0; m < kMetricCount; ++m) {
    totals.documents[m] = report.DocumentsScoring(static_cast<Metric>(m));
    totals.scored[m] = totals.documents[m] > 0;
    totals.counts[m] = report.Total(static_cast<Metric>(m));
  }
  for (size_t f = 0; f < kFieldCount; ++f) totals.by_type[f] = report.TypeTotals(static_cast<Field>(f));
  return totals;
}

// A document's metrics were measured in it alone.
std::array<size_t, kMetricCount> OneDocument(const std::array<bool, kMetricCount>& scored) {
  std::array<size_t, kMetricCount> documents{};
  for (size_t m = 0; m < kMetricCount; ++m) documents[m] = scored[m];
  return documents;
}

}  // namespace

std::string FormatTable(const ScoreReport& report, bool per_doc) {
  std::string out;
  if (per_doc) {
    for (const DocumentScore& doc : report.documents()) {
      out += doc.name + "\n";
      AppendRows(doc.metric_scored, doc.counts, OneDocument(doc.metric_scored), doc.by_type, &out);
      out += "\n";
    }
  }
  out += "overall: " + std::to_string(report.documents().size()) + " documents (";
  for (size_t f = 0; f < kFieldCount; ++f) {
    out += (f ? ", " : "") + std::string(FieldName(static_cast<Field>(f))) + " " +
           std::to_string(report.DocumentsScoring(static_cast<Field>(f)));
  }
  out += "), micro-averaged\n";
  Totals totals = TotalsOf(report);
  AppendRows(totals.scored, totals.counts, totals.documents, totals.by_type, &out);
  // A field scored without some of its metrics: partial gold left them out.
  std::string unscored;
  for (size_t m = 0; m < kMetricCount; ++m) {
    const MetricInfo& info = Info(static_cast<Metric>(m));
    if (!totals.scored[m] && report.DocumentsScoring(info.field) > 0) {
      unscored += (unscored.empty() ? "" : ", ") + std::string(info.name);
    }
  }
  if (!unscored.empty()) out += "not scored (no gold file holds what they need): " + unscored + "\n";
  out += kLegend;
  return out;
}

std::string FormatJson(const ScoreReport& report, bool per_doc) {
  std::string out;
  if (per_doc) {
    for (const DocumentScore& doc : report.documents()) {
      OrderedJson line = {{"document", doc.name}};
      line.update(FlatJson(doc.metric_scored, doc.counts, OneDocument(doc.metric_scored), doc.by_type));
      out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
  }
  Totals totals = TotalsOf(report);
  OrderedJson overall = FlatJson(totals.scored, totals.counts, totals.documents, totals.by_type);
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
