// ScoreDocument and ScoreReport: the metrics of SPEC section 9. The matching
// decisions are listed in communique/score.h and score/README.md.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

#include "communique/score.h"
#include "score/match.h"

namespace communique {
namespace {

using score::Interval;
using score::MatchSpans;
using score::SpanPair;

constexpr MetricInfo kMetrics[kMetricCount] = {
    {Metric::kSentencesBoundaryF1, "sentences.boundary_f1", Field::kSentences, true},
    {Metric::kDatesStrictF1, "dates.strict_f1", Field::kDates, true},
    {Metric::kDatesRelaxedF1, "dates.relaxed_f1", Field::kDates, true},
    {Metric::kDatesValueF1, "dates.value_f1", Field::kDates, true},
    {Metric::kDatesTypeAcc, "dates.type_acc", Field::kDates, false},
    {Metric::kActorsEntityF1, "actors.entity_f1", Field::kActors, true},
    {Metric::kActorsMentionStrictF1, "actors.mention_strict_f1", Field::kActors, true},
    {Metric::kActorsMentionRelaxedF1, "actors.mention_relaxed_f1", Field::kActors, true},
    {Metric::kActorsRoleAcc, "actors.role_acc", Field::kActors, false},
    {Metric::kActorsAffiliationAcc, "actors.affiliation_acc", Field::kActors, false},
    {Metric::kTopicsDocF1, "topics.doc_f1", Field::kTopics, true},
    {Metric::kTopicsMentionRelaxedF1, "topics.mention_relaxed_f1", Field::kTopics, true},
    {Metric::kCommitmentsDetectionF1, "commitments.detection_f1", Field::kCommitments, true},
    {Metric::kCommitmentsTypeAcc, "commitments.type_acc", Field::kCommitments, false},
    {Metric::kCommitmentsStatusAcc, "commitments.status_acc", Field::kCommitments, false},
    {Metric::kCommitmentsActorsAcc, "commitments.actors_acc", Field::kCommitments, false},
    {Metric::kCommitmentsActionF1, "commitments.action_f1", Field::kCommitments, false},
    {Metric::kCommitmentsFullF1, "commitments.full_f1", Field::kCommitments, true},
};

// A commitment's action needs at least this token F1 to count as full.
constexpr double kFullActionF1 = 0.5;

std::string Trimmed(const std::optional<std::string>& value) {
  if (!value) return "";
  const char* kSpace = " \t\r\n";
  size_t begin = value->find_first_not_of(kSpace);
  if (begin == std::string::npos) return "";
  size_t end = value->find_last_not_of(kSpace);
  return value->substr(begin, end - begin + 1);
}

std::vector<std::string> AsSet(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
  return "[" + out + "]";
}

// Adds counts and error lines for one document.
class DocumentScorer {
 public:
  DocumentScorer(DocumentScore* score, bool collect_errors)
      : score_(*score), collect_errors_(collect_errors) {}

  void Sentences(const Annotations& gold, const Annotations& pred) {
    // Boundaries are end offsets; a doubled sentence adds no boundary.
    std::map<uint32_t, const AnnotatedSpan*> gold_ends, pred_ends;
    for (const AnnotatedSpan& s : gold.sentences) gold_ends.emplace(s.end, &s);
    for (const AnnotatedSpan& s : pred.sentences) pred_ends.emplace(s.end, &s);
    size_t correct = 0;
    for (const auto& [end, span] : gold_ends) {
      if (pred_ends.count(end)) {
        ++correct;
      } else {
        Error(Field::kSentences, ScoreError::Kind::kFalseNegative, "boundary", *span, "");
      }
    }
    for (const auto& [end, span] : pred_ends) {
      if (!gold_ends.count(end)) {
        Error(Field::kSentences, ScoreError::Kind::kFalsePositive, "boundary", *span, "");
      }
    }
    AddF1(Metric::kSentencesBoundaryF1, correct, pred_ends.size(), gold_ends.size());
  }

  void Dates(const Annotations& gold, const Annotations& pred) {
    auto spans = [](const std::vector<Annotations::Date>& dates) {
      std::vector<Interval> out;
      for (const auto& d : dates) out.push_back({d.span.start, d.span.end});
      return out;
    };
    std::vector<SpanPair> pairs = MatchSpans(spans(gold.dates), spans(pred.dates));
    const bool all_values = AllHold(gold.dates, &Annotations::Date::has_value);
    const bool all_types = AllHold(gold.dates, &Annotations::Date::has_type);
    size_t exact = 0, value = 0, type = 0, typed_pairs = 0;
    TypeCounts by_type;
    for (const SpanPair& pair : pairs) {
      const Annotations::Date& g = gold.dates[pair.gold];
      const Annotations::Date& p = pred.dates[pair.pred];
      const bool same_value = g.has_value && g.value == p.value;
      const bool same_type = g.has_type && g.type == p.type;
      exact += pair.exact;
      value += same_value;
      typed_pairs += g.has_type;
      type += same_type;
      if (same_type) by_type[g.type].correct += 1;
      if (!collect_errors_) continue;
      std::string detail;
      if (!pair.exact) detail += "span gold " + Quote(g.span);
      if (g.has_value && !same_value) {
        detail += Sep(detail) + "value gold " + g.value + " pred " + p.value;
      }
      if (g.has_type && !same_type) detail += Sep(detail) + "type gold " + g.type + " pred " + p.type;
      if (!detail.empty()) Error(Field::kDates, ScoreError::Kind::kMismatch, "date", p.span, detail);
    }
    AddF1(Metric::kDatesStrictF1, exact, pred.dates.size(), gold.dates.size());
    AddF1(Metric::kDatesRelaxedF1, pairs.size(), pred.dates.size(), gold.dates.size());
    if (all_values) AddF1(Metric::kDatesValueF1, value, pred.dates.size(), gold.dates.size());
    if (AnyHolds(gold.dates, &Annotations::Date::has_type)) {
      AddMean(Metric::kDatesTypeAcc, type, typed_pairs);
    }
    if (all_types) {
      for (const auto& d : gold.dates) by_type[d.type].gold += 1;
      for (const auto& d : pred.dates) by_type[d.type].predicted += 1;
      score_.by_type[static_cast<size_t>(Field::kDates)] = std::move(by_type);
    }
    if (!collect_errors_) return;
    Unpaired(pairs, gold.dates, pred.dates, [&](ScoreError::Kind kind, const Annotations::Date& d) {
      std::string detail = d.has_type ? d.type : "";
      if (d.has_value) detail += Sep(detail, " ") + d.value;
      Error(Field::kDates, kind, "date", d.span, detail);
    });
  }

  void Actors(const Annotations& gold, const Annotations& pred) {
    // Entities: (id, type) sets; the first entry of a doubled id speaks for it.
    using Key = std::pair<std::string, std::string>;
    std::map<Key, const Annotations::Actor*> gold_entities, pred_entities;
    for (const auto& a : gold.actors) gold_entities.emplace(Key(a.id, a.type), &a);
    for (const auto& a : pred.actors) pred_entities.emplace(Key(a.id, a.type), &a);
    size_t entities = 0, roles = 0, role_pairs = 0, affiliations = 0, affiliation_pairs = 0;
    TypeCounts by_type;
    for (const auto& [key, g] : gold_entities) {
      by_type[key.second].gold += 1;
      auto it = pred_entities.find(key);
      if (it == pred_entities.end()) {
        EntityError(Field::kActors, ScoreError::Kind::kFalseNegative, *g);
        continue;
      }
      ++entities;
      by_type[key.second].correct += 1;
      if (key.second != "person") continue;
      const Annotations::Actor& p = *it->second;
      std::string detail;
      if (g->has_role) {
        ++role_pairs;
        if (Trimmed(g->role) == Trimmed(p.role)) {
          ++roles;
        } else {
          detail = "role gold \"" + Trimmed(g->role) + "\" pred \"" + Trimmed(p.role) + "\"";
        }
      }
      if (g->has_affiliation) {
        ++affiliation_pairs;
        if (Trimmed(g->affiliation) == Trimmed(p.affiliation)) {
          ++affiliations;
        } else {
          detail += Sep(detail) + "affiliation gold " + Trimmed(g->affiliation) + " pred " +
                    Trimmed(p.affiliation);
        }
      }
      if (!detail.empty()) {
        Error(Field::kActors, ScoreError::Kind::kMismatch, "person " + p.id, FirstMention(p.mentions),
              detail);
      }
    }
    for (const auto& [key, p] : pred_entities) {
      by_type[key.second].predicted += 1;
      if (!gold_entities.count(key)) EntityError(Field::kActors, ScoreError::Kind::kFalsePositive, *p);
    }
    AddF1(Metric::kActorsEntityF1, entities, pred_entities.size(), gold_entities.size());
    score_.by_type[static_cast<size_t>(Field::kActors)] = std::move(by_type);
    if (AnyHolds(gold.actors, &Annotations::Actor::has_role)) {
      AddMean(Metric::kActorsRoleAcc, roles, role_pairs);
    }
    if (AnyHolds(gold.actors, &Annotations::Actor::has_affiliation)) {
      AddMean(Metric::kActorsAffiliationAcc, affiliations, affiliation_pairs);
    }

    if (!AllHold(gold.actors, &Annotations::Actor::has_mentions)) return;
    MentionCounts mentions = MatchMentions(Field::kActors, "mention of ", gold.actors, pred.actors);
    AddF1(Metric::kActorsMentionStrictF1, mentions.exact, mentions.pred, mentions.gold);
    AddF1(Metric::kActorsMentionRelaxedF1, mentions.pairs, mentions.pred, mentions.gold);
  }

  void Topics(const Annotations& gold, const Annotations& pred) {
    std::map<std::string, const Annotations::Topic*> gold_ids, pred_ids;
    for (const auto& t : gold.topics) gold_ids.emplace(t.id, &t);
    for (const auto& t : pred.topics) pred_ids.emplace(t.id, &t);
    size_t correct = 0;
    for (const auto& [id, g] : gold_ids) {
      if (pred_ids.count(id)) {
        ++correct;
      } else {
        EntityError(Field::kTopics, ScoreError::Kind::kFalseNegative, *g);
      }
    }
    for (const auto& [id, p] : pred_ids) {
      if (!gold_ids.count(id)) EntityError(Field::kTopics, ScoreError::Kind::kFalsePositive, *p);
    }
    AddF1(Metric::kTopicsDocF1, correct, pred_ids.size(), gold_ids.size());
    if (!AllHold(gold.topics, &Annotations::Topic::has_mentions)) return;
    MentionCounts mentions = MatchMentions(Field::kTopics, "mention of ", gold.topics, pred.topics);
    AddF1(Metric::kTopicsMentionRelaxedF1, mentions.pairs, mentions.pred, mentions.gold);
  }

  void Commitments(const Annotations& gold, const Annotations& pred) {
    auto triggers = [](const std::vector<Annotations::Commitment>& list) {
      std::vector<Interval> out;
      for (const auto& c : list) out.push_back({c.trigger.start, c.trigger.end});
      return out;
    };
    std::vector<SpanPair> pairs = MatchSpans(triggers(gold.commitments), triggers(pred.commitments));
    using C = Annotations::Commitment;
    const std::vector<C>& list = gold.commitments;
    const bool all_types = AllHold(list, &C::has_type);
    // A full match needs every attribute, so full_f1 only where all are annotated.
    const bool complete = all_types && AllHold(list, &C::has_status) &&
                          AllHold(list, &C::has_actors) && AllHold(list, &C::has_action);
    size_t type = 0, status = 0, actors = 0, full = 0;
    size_t typed = 0, with_status = 0, with_actors = 0, with_action = 0;
    double action = 0;
    TypeCounts by_type;
    for (const SpanPair& pair : pairs) {
      const C& g = gold.commitments[pair.gold];
      const C& p = pred.commitments[pair.pred];
      bool same_type = g.has_type && g.type == p.type;
      bool same_status = g.has_status && g.status == p.status;
      bool same_actors = g.has_actors && AsSet(g.actors) == AsSet(p.actors);
      double action_f1 = g.has_action ? score::TokenF1(g.action.text, p.action.text) : 0;
      typed += g.has_type;
      with_status += g.has_status;
      with_actors += g.has_actors;
      with_action += g.has_action;
      type += same_type;
      status += same_status;
      actors += same_actors;
      action += action_f1;
      full += same_type && same_status && same_actors && action_f1 >= kFullActionF1;
      if (same_type) by_type[g.type].correct += 1;
      if (!collect_errors_) continue;
      std::string detail;
      if (g.has_type && !same_type) detail += "type gold " + g.type + " pred " + p.type;
      if (g.has_status && !same_status) {
        detail += Sep(detail) + "status gold " + g.status + " pred " + p.status;
      }
      if (g.has_actors && !same_actors) {
        detail += Sep(detail) + "actors gold " + Join(AsSet(g.actors)) + " pred " +
                  Join(AsSet(p.actors));
      }
      if (g.has_action && action_f1 < 1.0) {
        char f1[16];
        std::snprintf(f1, sizeof f1, "%.2f", action_f1);
        detail += Sep(detail) + "action (token F1 " + f1 + ") gold " + Quote(g.action) + " pred " +
                  Quote(p.action);
      }
      if (!detail.empty()) {
        Error(Field::kCommitments, ScoreError::Kind::kMismatch, "commitment", p.trigger, detail,
              p.rule);
      }
    }
    const size_t predicted = pred.commitments.size(), expected = gold.commitments.size();
    AddF1(Metric::kCommitmentsDetectionF1, pairs.size(), predicted, expected);
    if (AnyHolds(list, &C::has_type)) AddMean(Metric::kCommitmentsTypeAcc, type, typed);
    if (AnyHolds(list, &C::has_status)) AddMean(Metric::kCommitmentsStatusAcc, status, with_status);
    if (AnyHolds(list, &C::has_actors)) AddMean(Metric::kCommitmentsActorsAcc, actors, with_actors);
    if (AnyHolds(list, &C::has_action)) AddMean(Metric::kCommitmentsActionF1, action, with_action);
    if (complete) AddF1(Metric::kCommitmentsFullF1, full, predicted, expected);
    if (all_types) {
      for (const C& c : gold.commitments) by_type[c.type].gold += 1;
      for (const C& c : pred.commitments) by_type[c.type].predicted += 1;
      score_.by_type[static_cast<size_t>(Field::kCommitments)] = std::move(by_type);
    }
    if (!collect_errors_) return;
    Unpaired(pairs, gold.commitments, pred.commitments, [&](ScoreError::Kind kind, const C& c) {
      // A trigger-only gold commitment (partial gold) has nothing more to show.
      std::string detail;
      if (c.has_type) detail += c.type;
      if (c.has_status) detail += Sep(detail, " ") + c.status;
      if (c.has_actors) detail += Sep(detail, " ") + Join(c.actors);
      if (c.has_action) detail += (detail.empty() ? "" : ": ") + Quote(c.action);
      Error(Field::kCommitments, kind, "commitment", c.trigger, detail, c.rule);
    });
  }

 private:
  struct MentionCounts {
    size_t exact = 0, pairs = 0, pred = 0, gold = 0;
  };

  // Mentions pair only within the same id: `Item` is an actor or a topic.
  template <typename Item>
  MentionCounts MatchMentions(Field field, const char* what, const std::vector<Item>& gold,
                              const std::vector<Item>& pred) {
    struct Group {
      std::vector<const AnnotatedSpan*> gold, pred;
    };
    std::map<std::string, Group> groups;
    for (const Item& item : gold) {
      for (const auto& m : item.mentions) groups[item.id].gold.push_back(&m);
    }
    for (const Item& item : pred) {
      for (const auto& m : item.mentions) groups[item.id].pred.push_back(&m);
    }
    MentionCounts counts;
    auto intervals = [](const std::vector<const AnnotatedSpan*>& spans) {
      std::vector<Interval> out;
      for (const AnnotatedSpan* s : spans) out.push_back({s->start, s->end});
      return out;
    };
    for (const auto& [id, group] : groups) {
      std::vector<SpanPair> pairs = MatchSpans(intervals(group.gold), intervals(group.pred));
      counts.gold += group.gold.size();
      counts.pred += group.pred.size();
      counts.pairs += pairs.size();
      for (const SpanPair& pair : pairs) counts.exact += pair.exact;
      if (!collect_errors_) continue;
      std::string label = what + id;
      for (const SpanPair& pair : pairs) {
        if (pair.exact) continue;
        Error(field, ScoreError::Kind::kMismatch, label, *group.pred[pair.pred],
              "span gold " + Quote(*group.gold[pair.gold]));
      }
      Unpaired(pairs, group.gold, group.pred, [&](ScoreError::Kind kind, const AnnotatedSpan* m) {
        Error(field, kind, label, *m, "");
      });
    }
    return counts;
  }

  // Calls report(kind, item) for every item left out of `pairs`.
  template <typename T, typename Report>
  void Unpaired(const std::vector<SpanPair>& pairs, const std::vector<T>& gold,
                const std::vector<T>& pred, Report report) {
    std::vector<bool> gold_paired(gold.size()), pred_paired(pred.size());
    for (const SpanPair& pair : pairs) {
      gold_paired[pair.gold] = true;
      pred_paired[pair.pred] = true;
    }
    for (size_t i = 0; i < gold.size(); ++i) {
      if (!gold_paired[i]) report(ScoreError::Kind::kFalseNegative, gold[i]);
    }
    for (size_t i = 0; i < pred.size(); ++i) {
      if (!pred_paired[i]) report(ScoreError::Kind::kFalsePositive, pred[i]);
    }
  }

  template <typename Item>
  void EntityError(Field field, ScoreError::Kind kind, const Item& item) {
    std::string detail = "id " + item.id;
    if constexpr (requires { item.type; }) detail += " type " + item.type;
    Error(field, kind, field == Field::kActors ? "entity" : "topic", FirstMention(item.mentions),
          detail);
  }

  static AnnotatedSpan FirstMention(const std::vector<AnnotatedSpan>& mentions) {
    if (mentions.empty()) return {};
    return *std::min_element(mentions.begin(), mentions.end(), [](const auto& a, const auto& b) {
      return std::tie(a.start, a.end) < std::tie(b.start, b.end);
    });
  }

  static std::string Quote(const AnnotatedSpan& span) {
    std::string out = "[";
    out.append(std::to_string(span.start)).append(",").append(std::to_string(span.end));
    return out.append(") \"").append(span.text).append("\"");
  }

  static std::string Sep(const std::string& detail, const char* separator = "; ") {
    return detail.empty() ? "" : separator;
  }

  // Whether every (any) item of a gold list holds an attribute (partial gold).
  template <typename T>
  static bool AllHold(const std::vector<T>& items, bool T::*held) {
    return std::all_of(items.begin(), items.end(), [&](const T& item) { return item.*held; });
  }
  template <typename T>
  static bool AnyHolds(const std::vector<T>& items, bool T::*held) {
    return std::any_of(items.begin(), items.end(), [&](const T& item) { return item.*held; });
  }

  void Error(Field field, ScoreError::Kind kind, std::string what, const AnnotatedSpan& span,
             std::string detail, const std::string& rule = "") {
    if (!collect_errors_) return;
    ScoreError error;
    error.document = score_.name;
    error.field = field;
    error.kind = kind;
    error.what = std::move(what);
    error.start = span.start;
    error.end = span.end;
    error.text = span.text;
    // Gold items carry no rule; a prediction's own rule wins over its span's.
    if (kind != ScoreError::Kind::kFalseNegative) error.rule = rule.empty() ? span.rule : rule;
    error.detail = std::move(detail);
    score_.errors.push_back(std::move(error));
  }

  void AddF1(Metric metric, double correct, double predicted, double gold) {
    score_.metric_scored[static_cast<size_t>(metric)] = true;
    MetricCount& count = score_.counts[static_cast<size_t>(metric)];
    count.correct += correct;
    count.predicted += predicted;
    count.gold += gold;
  }

  void AddMean(Metric metric, double correct, double pairs) {
    score_.metric_scored[static_cast<size_t>(metric)] = true;
    MetricCount& count = score_.counts[static_cast<size_t>(metric)];
    count.correct += correct;
    count.pairs += pairs;
  }

  DocumentScore& score_;
  const bool collect_errors_;
};

}  // namespace

const MetricInfo& Info(Metric metric) { return kMetrics[static_cast<size_t>(metric)]; }

std::optional<Metric> MetricByName(std::string_view name) {
  for (const MetricInfo& info : kMetrics) {
    if (name == info.name) return info.metric;
  }
  return std::nullopt;
}

std::optional<MetricValue> Compute(const MetricInfo& info, const MetricCount& count) {
  if (info.is_f1) return ComputeF1(count);
  if (count.pairs <= 0) return std::nullopt;
  MetricValue v;
  v.value = count.correct / count.pairs;
  return v;
}

std::optional<MetricValue> ComputeF1(const MetricCount& count) {
  MetricValue v;
  if (count.predicted <= 0 && count.gold <= 0) return std::nullopt;
  // Nothing predicted: precision is taken as 0, as nothing was found.
  v.precision = count.predicted > 0 ? count.correct / count.predicted : 0;
  v.recall = count.gold > 0 ? count.correct / count.gold : 0;
  v.value = v.precision + v.recall > 0 ? 2 * v.precision * v.recall / (v.precision + v.recall) : 0;
  return v;
}

DocumentScore ScoreDocument(std::string name, const Annotations& gold, const Annotations& pred,
                            bool collect_errors) {
  DocumentScore score;
  score.name = std::move(name);
  DocumentScorer scorer(&score, collect_errors);
  for (size_t f = 0; f < kFieldCount; ++f) score.scored[f] = gold.annotated[f];
  if (gold.Annotates(Field::kSentences)) scorer.Sentences(gold, pred);
  if (gold.Annotates(Field::kDates)) scorer.Dates(gold, pred);
  if (gold.Annotates(Field::kActors)) scorer.Actors(gold, pred);
  if (gold.Annotates(Field::kTopics)) scorer.Topics(gold, pred);
  if (gold.Annotates(Field::kCommitments)) scorer.Commitments(gold, pred);
  return score;
}

bool HasTypeBreakdown(Field field) {
  return field == Field::kDates || field == Field::kActors || field == Field::kCommitments;
}

void ScoreReport::Add(DocumentScore document) {
  for (size_t f = 0; f < kFieldCount; ++f) {
    scoring_[f] += document.scored[f];
    for (const auto& [type, count] : document.by_type[f]) {
      MetricCount& total = by_type_[f][type];
      total.correct += count.correct;
      total.predicted += count.predicted;
      total.gold += count.gold;
    }
  }
  for (size_t m = 0; m < kMetricCount; ++m) {
    metric_scoring_[m] += document.metric_scored[m];
    totals_[m].correct += document.counts[m].correct;
    totals_[m].predicted += document.counts[m].predicted;
    totals_[m].gold += document.counts[m].gold;
    totals_[m].pairs += document.counts[m].pairs;
  }
  documents_.push_back(std::move(document));
}

std::optional<MetricValue> ScoreReport::Value(Metric metric) const {
  if (DocumentsScoring(metric) == 0) return std::nullopt;
  return Compute(Info(metric), Total(metric));
}

Result<MinBound> ParseMinBound(std::string_view text) {
  size_t equals = text.find('=');
  if (equals == std::string_view::npos) {
    return Status::InvalidArgument("--min needs METRIC=VALUE, got \"" + std::string(text) + "\"");
  }
  MinBound bound;
  bound.name = std::string(text.substr(0, equals));
  std::string_view base = bound.name;
  bool stripped = false;
  auto strip = [&](std::string_view suffix, MinBound::Part part) {
    if (!stripped && base.size() > suffix.size() && base.ends_with(suffix)) {
      base.remove_suffix(suffix.size());
      bound.part = part;
      stripped = true;
    }
  };
  strip(".p", MinBound::Part::kPrecision);
  strip(".r", MinBound::Part::kRecall);
  if (size_t by_type = base.find(".by_type."); by_type != std::string_view::npos) {
    // "<field>.by_type.<type>.f1|.p|.r"; the type itself may hold dots.
    strip(".f1", MinBound::Part::kValue);
    std::string_view field = base.substr(0, by_type);
    std::string_view type = base.substr(by_type + std::string_view(".by_type.").size());
    for (size_t f = 0; f < kFieldCount && !bound.type; ++f) {
      if (field == FieldName(static_cast<Field>(f)) && HasTypeBreakdown(static_cast<Field>(f)) &&
          stripped && !type.empty()) {
        bound.field = static_cast<Field>(f);
        bound.type = std::string(type);
      }
    }
    if (!bound.type) {
      return Status::InvalidArgument("unknown metric \"" + bound.name +
                                     "\" (per type: dates, actors or commitments .by_type.TYPE.f1, "
                                     ".p or .r)");
    }
  } else {
    std::optional<Metric> metric = MetricByName(base);
    if (!metric || (bound.part != MinBound::Part::kValue && !Info(*metric).is_f1)) {
      return Status::InvalidArgument("unknown metric \"" + bound.name + "\"");
    }
    bound.metric = *metric;
  }
  std::string_view number = text.substr(equals + 1);
  auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), bound.bound);
  if (error != std::errc() || end != number.data() + number.size() || !(bound.bound >= 0) ||
      bound.bound > 1) {
    return Status::InvalidArgument("the bound of " + bound.name + " must be a number in [0, 1]");
  }
  return bound;
}

std::vector<std::string> CheckBounds(const ScoreReport& report, const std::vector<MinBound>& bounds) {
  std::vector<std::string> failures;
  for (const MinBound& bound : bounds) {
    std::optional<MetricValue> value;
    if (bound.type) {
      const TypeCounts& types = report.TypeTotals(bound.field);
      if (auto it = types.find(*bound.type); it != types.end()) value = ComputeF1(it->second);
    } else {
      value = report.Value(bound.metric);
    }
    char line[160];
    if (!value) {
      // Not measured cannot prove a bound above zero.
      if (bound.bound > 0) {
        std::snprintf(line, sizeof line, "%s not measured (bound %.3f)", bound.name.c_str(),
                      bound.bound);
        failures.push_back(line);
      }
      continue;
    }
    double actual = bound.part == MinBound::Part::kPrecision ? value->precision
                    : bound.part == MinBound::Part::kRecall  ? value->recall
                                                             : value->value;
    if (actual < bound.bound) {
      std::snprintf(line, sizeof line, "%s = %.4f < %.4f", bound.name.c_str(), actual, bound.bound);
      failures.push_back(line);
    }
  }
  return failures;
}

}  // namespace communique
