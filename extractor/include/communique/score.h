// Scoring extractions against gold annotations (SPEC section 9).
//
// Gold files and predictions share the output shape of SPEC section 3, so
// both are parsed into the same Annotations and compared field by field:
//
//   communique::Result<communique::Annotations> gold = communique::ParseAnnotations(gold_text);
//   communique::Result<communique::Annotations> pred = communique::ParseAnnotations(pred_text);
//   if (!gold.ok()) { std::cerr << "x.gold.json: " << gold.status().message() << "\n"; ... }
//   communique::ScoreReport report;
//   report.Add(communique::ScoreDocument("x", *gold, *pred));
//   std::cout << communique::FormatTable(report, /*per_doc=*/false);
//   double f1 = report.Value(communique::Metric::kDatesValueF1).value_or(0);
//
// Only the fields a gold file annotates (a non-empty list) are scored for
// that document; an absent prediction is scored as an empty Annotations.
// Counts are summed over documents before P, R and F1 are computed.
//
// Partial gold (ParseAnnotations(text, /*partial=*/true)): an annotator may
// leave attributes out (a commitment with only its trigger, a date without
// a value). What a gold item does not hold is not scored: a pair mean counts
// only the pairs whose gold item holds the attribute; an F1 that needs an
// attribute (dates.value_f1, commitments.full_f1, the per-type breakdowns,
// mention F1s) counts a document only when every gold item of the field
// holds it. DocumentsScoring(Metric) says how many documents each metric saw.
//
// Matching decisions beyond the SPEC (see extractor/src/score/README.md):
// - Spans pair one to one, identical spans first, then overlapping ones (for
//   each gold span in text order, the free predicted span with the largest
//   overlap). "strict" counts the identical pairs, "relaxed" all pairs.
// - Actor mentions pair only with mentions of the SAME actor id (a mention of
//   the wrong actor is a wrong mention); topic mentions likewise per topic id.
// - role/affiliation accuracy: over person pairs (same id, type "person" on
//   both sides); values are compared after trimming; absent on both sides is
//   agreement (the gold says the text names no role, and so does the engine).
// - commitments.action_f1 is the mean, over detected pairs, of the token F1 of
//   the two actions (tokens: lowercase runs of letters and digits, as a bag).
// - A metric with an empty denominator (no matched pairs, field never
//   annotated) has no value: JSON null, "-" in the table, and it fails any
//   --min bound above zero.
#ifndef COMMUNIQUE_SCORE_H_
#define COMMUNIQUE_SCORE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "communique/status.h"

namespace communique {

// The fields of SPEC section 3 that are scored.
enum class Field { kSentences, kDates, kActors, kTopics, kCommitments };
inline constexpr size_t kFieldCount = 5;
// "sentences", "dates", ...
const char* FieldName(Field field);

// A span as written in the JSON: code point offsets of the original text.
struct AnnotatedSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
  std::string rule;  // the "rule" field of a prediction, when present
};

// The scored content of one gold file or one prediction.
struct Annotations {
  // The has_* flags say whether a gold item holds an attribute. They are
  // false only in partial gold that leaves the attribute out; such an
  // attribute is not scored.
  struct Date {
    AnnotatedSpan span;
    std::string type;
    std::string value;
    bool has_type = true;
    bool has_value = true;
  };
  struct Actor {
    std::string id;
    std::string type;
    std::optional<std::string> role;
    std::optional<std::string> affiliation;
    std::vector<AnnotatedSpan> mentions;
    // Complete gold reads an absent role as "no role" (held, nullopt);
    // partial gold reads it as "not annotated" (null is still "no role").
    bool has_role = true;
    bool has_affiliation = true;
    bool has_mentions = true;
  };
  struct Topic {
    std::string id;
    std::vector<AnnotatedSpan> mentions;
    bool has_mentions = true;
  };
  struct Commitment {
    std::string type;
    std::string status;
    std::vector<std::string> actors;
    AnnotatedSpan trigger;
    AnnotatedSpan action;
    std::string rule;
    bool has_type = true;
    bool has_status = true;
    bool has_actors = true;
    bool has_action = true;
  };

  std::string id;  // the record's "id", when it has one (JSON Lines are matched by it)

  std::vector<AnnotatedSpan> sentences;
  std::vector<Date> dates;
  std::vector<Actor> actors;
  std::vector<Topic> topics;
  std::vector<Commitment> commitments;
  // True when the JSON holds a non-empty list for the field (even if some of
  // its items were unusable): for a gold file, the field is annotated.
  std::array<bool, kFieldCount> annotated{};
  // Items that were skipped, one line each ("dates[3]: \"value\" must be a
  // string"). The document itself is usable.
  std::vector<std::string> problems;

  bool Annotates(Field field) const { return annotated[static_cast<size_t>(field)]; }
};

// Parses one JSON document of the SPEC section 3 shape. Fails (kParseError,
// the message says where) when the text is not JSON, nests deeper than any
// real document, its root is not an object, or a scored field is not a list.
// Unusable items are skipped and listed in `problems`. Never throws.
// With `partial` (gold that annotates only some attributes), an item needs
// only what identifies it: a date its span, an actor its id and type, a
// topic its id, a commitment its trigger; the attributes it leaves out get
// has_* = false.
Result<Annotations> ParseAnnotations(std::string_view json_text, bool partial = false);

// The metrics of SPEC section 9, in the order they are reported.
enum class Metric {
  kSentencesBoundaryF1,
  kDatesStrictF1,
  kDatesRelaxedF1,
  kDatesValueF1,
  kDatesTypeAcc,
  kActorsEntityF1,
  kActorsMentionStrictF1,
  kActorsMentionRelaxedF1,
  kActorsRoleAcc,
  kActorsAffiliationAcc,
  kTopicsDocF1,
  kTopicsMentionRelaxedF1,
  kCommitmentsDetectionF1,
  kCommitmentsTypeAcc,
  kCommitmentsStatusAcc,
  kCommitmentsActorsAcc,
  kCommitmentsActionF1,
  kCommitmentsFullF1,
};
inline constexpr size_t kMetricCount = 18;

struct MetricInfo {
  Metric metric;
  const char* name;  // the SPEC name, e.g. "dates.value_f1"
  Field field;
  bool is_f1;  // P/R/F1 over predicted and gold items; else a mean over matched pairs
};
const MetricInfo& Info(Metric metric);
// Finds a metric by its SPEC name. Returns nullopt for an unknown name.
std::optional<Metric> MetricByName(std::string_view name);

// The counts behind one metric. F1 metrics: P = correct / predicted,
// R = correct / gold. Pair means (accuracies, action_f1): correct / pairs,
// where `correct` may be fractional (summed token F1).
struct MetricCount {
  double correct = 0;
  double predicted = 0;
  double gold = 0;   // F1 metrics only
  double pairs = 0;  // pair means only
};

struct MetricValue {
  double precision = 0;  // F1 metrics only
  double recall = 0;     // F1 metrics only
  double value = 0;      // F1, or the mean
};
// Returns nullopt when a denominator is zero (nothing to measure).
std::optional<MetricValue> Compute(const MetricInfo& info, const MetricCount& count);
// P, R and F1 of correct / predicted / gold counts; nullopt when both are 0.
std::optional<MetricValue> ComputeF1(const MetricCount& count);

// Per-type breakdowns of dates, actors and commitments, keyed by type: an
// item counts as correct for type T when it is paired and both sides say T
// (dates: overlapping spans, as dates.relaxed_f1; actors: the same id, as
// actors.entity_f1; commitments: overlapping triggers, as
// commitments.detection_f1). `predicted` and `gold` count the items each
// side gives type T, so a pair whose types differ is a false positive of
// the predicted type and a false negative of the gold one.
using TypeCounts = std::map<std::string, MetricCount>;
// Whether `field` has a per-type breakdown.
bool HasTypeBreakdown(Field field);

// One disagreement between gold and prediction, for --errors.
struct ScoreError {
  enum class Kind { kFalsePositive, kFalseNegative, kMismatch };
  std::string document;
  Field field;
  Kind kind;
  std::string what;     // "date", "mention of JP", "boundary", "commitment", "entity", "topic"
  uint32_t start = 0;   // position of the item (for entities and topics, of their first mention)
  uint32_t end = 0;
  std::string text;
  std::string rule;     // the prediction's rule id, when it has one
  std::string detail;   // "value gold 2025-05 pred 2025", "(id JP, type country)"
};

struct DocumentScore {
  std::string name;
  std::array<bool, kFieldCount> scored{};  // the fields the gold annotates
  // The metrics measured: those of the scored fields, less (partial gold)
  // the ones whose attribute the gold does not hold.
  std::array<bool, kMetricCount> metric_scored{};
  std::array<MetricCount, kMetricCount> counts{};
  // Per field; empty when the field has no breakdown or it was not measured.
  std::array<TypeCounts, kFieldCount> by_type;
  std::vector<ScoreError> errors;
};

// Scores one document. Deterministic. Errors are collected only when
// `collect_errors` is set.
DocumentScore ScoreDocument(std::string name, const Annotations& gold, const Annotations& pred,
                            bool collect_errors = false);

// Micro-averaged totals over documents.
class ScoreReport {
 public:
  void Add(DocumentScore document);

  const std::vector<DocumentScore>& documents() const { return documents_; }
  // How many documents annotate `field`.
  size_t DocumentsScoring(Field field) const { return scoring_[static_cast<size_t>(field)]; }
  // How many documents measured `metric` (fewer than its field's only with
  // partial gold).
  size_t DocumentsScoring(Metric metric) const { return metric_scoring_[static_cast<size_t>(metric)]; }
  const MetricCount& Total(Metric metric) const { return totals_[static_cast<size_t>(metric)]; }
  // The per-type counts of `field`, summed over documents.
  const TypeCounts& TypeTotals(Field field) const { return by_type_[static_cast<size_t>(field)]; }
  // The micro-averaged value; nullopt when no document measured the metric
  // or a denominator is zero.
  std::optional<MetricValue> Value(Metric metric) const;

 private:
  std::vector<DocumentScore> documents_;
  std::array<size_t, kFieldCount> scoring_{};
  std::array<size_t, kMetricCount> metric_scoring_{};
  std::array<MetricCount, kMetricCount> totals_{};
  std::array<TypeCounts, kFieldCount> by_type_;
};

// A --min METRIC=VALUE bound. `metric` may name the precision or recall of an
// F1 metric too ("dates.value_f1.p", "dates.value_f1.r"), or one type of a
// breakdown ("commitments.by_type.pledge.f1", ".p", ".r"): then `type` is
// set and `field` says whose breakdown, and `metric` is unused.
struct MinBound {
  std::string name;
  Metric metric = Metric::kSentencesBoundaryF1;
  enum class Part { kValue, kPrecision, kRecall } part = Part::kValue;
  double bound = 0;
  std::optional<std::string> type;
  Field field = Field::kSentences;
};
// Parses "dates.value_f1=0.8" or "commitments.by_type.pledge.f1=0.5". Fails
// (kInvalidArgument) on an unknown metric name, a field without a per-type
// breakdown, a per-type name without .f1, .p or .r, or a bound that is not a
// number in [0, 1]. A type no document has is not measured (see CheckBounds).
Result<MinBound> ParseMinBound(std::string_view text);
// One line per bound the report misses ("dates.value_f1 = 0.712 < 0.800").
// A metric or type that was not measured misses any bound above 0.
std::vector<std::string> CheckBounds(const ScoreReport& report, const std::vector<MinBound>& bounds);

// The readable table: one row per measured metric, with P, R, F1 or
// accuracy, and labelled counts (tp, fp, fn; pairs for means; docs), then
// one row per type of the breakdowns ("commitments.by_type.agree"), the
// metrics of a scored field that no document measured, and a legend; with
// `per_doc`, a block per document first.
std::string FormatTable(const ScoreReport& report, bool per_doc);
// One flat JSON object, keys exactly the SPEC metric names (null when not
// measured), plus "documents", "<field>.documents", "scored" (the names of
// the measured metrics) and per measured metric "<name>.p", "<name>.r",
// "<name>.correct", "<name>.pred", "<name>.gold", "<name>.tp", "<name>.fp",
// "<name>.fn" (F1 metrics) or "<name>.correct", "<name>.pairs" (pair means),
// and "<name>.documents"; per type "<field>.by_type.<type>.p", ".r", ".f1",
// ".tp", ".fp", ".fn". With `per_doc`, one such line per document (with
// "document": NAME) precedes the overall line, which is always the last.
std::string FormatJson(const ScoreReport& report, bool per_doc);
// --errors: one line per error, or with `json` one JSON object per line.
std::string FormatErrors(const ScoreReport& report, bool json);

}  // namespace communique

#endif  // COMMUNIQUE_SCORE_H_
