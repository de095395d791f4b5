// The scorer (SPEC section 9): matching primitives, parsing robustness,
// self-scoring, and hand-computed effects of single perturbations.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "communique/score.h"
#include "score/match.h"
#include "testing/test_engine.h"

namespace communique {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// ---------------------------------------------------------------- matching

struct MatchCase {
  const char* name;
  std::vector<score::Interval> gold, pred;
  std::vector<score::SpanPair> expected;
};

TEST(ScoreMatch, PairsExactFirstThenLargestOverlap) {
  const MatchCase kCases[] = {
      {"identical", {{0, 5}}, {{0, 5}}, {{0, 0, true}}},
      {"overlap", {{0, 5}}, {{3, 9}}, {{0, 0, false}}},
      {"touching is no overlap", {{0, 5}}, {{5, 9}}, {}},
      // The exact pair must win although gold 0 would also overlap pred 0.
      {"exact before overlap", {{0, 10}, {10, 20}}, {{5, 15}, {0, 10}}, {{0, 1, true}, {1, 0, false}}},
      // Gold 0 takes the pred it overlaps most (4 > 1), leaving the other to gold 1.
      {"largest overlap", {{0, 10}, {9, 12}}, {{9, 12}, {4, 9}}, {{0, 1, false}, {1, 0, true}}},
      {"one to one", {{0, 10}}, {{1, 3}, {4, 6}}, {{0, 0, false}}},
      {"empty spans pair only exactly", {{4, 4}, {6, 6}}, {{4, 4}, {5, 7}}, {{0, 0, true}}},
      // The scan window must reach back to a long span that starts far earlier.
      {"long pred far before", {{100, 105}}, {{0, 104}, {101, 103}}, {{0, 0, false}}},
      {"tie goes to the earlier", {{100, 105}}, {{101, 103}, {0, 102}}, {{0, 1, false}}},
  };
  for (const MatchCase& c : kCases) {
    std::vector<score::SpanPair> pairs = score::MatchSpans(c.gold, c.pred);
    ASSERT_EQ(pairs.size(), c.expected.size()) << c.name;
    for (size_t i = 0; i < pairs.size(); ++i) {
      EXPECT_EQ(pairs[i].gold, c.expected[i].gold) << c.name << " pair " << i;
      EXPECT_EQ(pairs[i].pred, c.expected[i].pred) << c.name << " pair " << i;
      EXPECT_EQ(pairs[i].exact, c.expected[i].exact) << c.name << " pair " << i;
    }
  }
}

TEST(ScoreMatch, TokenF1) {
  struct Case {
    const char* gold;
    const char* pred;
    double f1;
  };
  const Case kCases[] = {
      {"deepen cooperation on AI", "Deepen cooperation on AI.", 1.0},
      // 2 common of 4 gold, 2 pred: P 1, R 0.5, F1 2*0.5/1.5.
      {"deepen cooperation on AI", "deepen cooperation", 2.0 / 3},
      {"data flows", "semiconductors", 0.0},
      {"", "", 1.0},
      {"x", "", 0.0},
      // Bags: "the the" vs "the": 1 common; P 1, R 0.5.
      {"the the", "the", 2.0 / 3},
      {"beyond 5G/6G research", "beyond 5g 6g research", 1.0},
  };
  for (const Case& c : kCases) {
    EXPECT_NEAR(score::TokenF1(c.gold, c.pred), c.f1, 1e-9) << c.gold << " | " << c.pred;
  }
}

// ---------------------------------------------------------------- parsing

TEST(ScoreParse, BadInputIsReportedNeverFatal) {
  struct Case {
    const char* name;
    std::string text;
    bool ok;
    size_t problems;  // skipped items, when ok
  };
  const Case kCases[] = {
      {"not json", "{\"dates\": [", false, 0},
      {"not an object", "[1, 2]", false, 0},
      {"deep nesting", std::string(100000, '[') + std::string(100000, ']'), false, 0},
      {"field not a list", R"({"dates": 5})", false, 0},
      {"error record", R"({"id": "x", "error": {"message": "unreadable"}})", false, 0},
      {"empty object", "{}", true, 0},
      {"missing value", R"({"dates": [{"start": 1, "end": 3, "type": "DATE"}]})", true, 1},
      {"negative offset",
       R"({"dates": [{"start": -1, "end": 3, "type": "DATE", "value": "2025"}]})", true, 1},
      {"end before start",
       R"({"dates": [{"start": 5, "end": 3, "type": "DATE", "value": "2025"}]})", true, 1},
      {"string offset",
       R"({"sentences": [{"start": "0", "end": 3}, {"start": 4, "end": 9}]})", true, 1},
      {"mention not a span", R"({"actors": [{"id": "EU", "type": "bloc", "mentions": [3]}]})", true, 1},
      {"actors not strings",
       R"({"commitments": [{"type": "agree", "status": "done", "actors": [1],
           "trigger": {"start": 0, "end": 1}, "action": {"start": 2, "end": 3}}]})", true, 1},
      {"role null is absent",
       R"({"actors": [{"id": "x", "type": "person", "role": null, "mentions": []}]})", true, 0},
  };
  for (const Case& c : kCases) {
    Result<Annotations> parsed = ParseAnnotations(c.text);
    ASSERT_EQ(parsed.ok(), c.ok) << c.name << ": " << parsed.status().ToString();
    if (parsed.ok()) {
      EXPECT_EQ(parsed->problems.size(), c.problems) << c.name;
    } else {
      EXPECT_FALSE(parsed.status().message().empty()) << c.name;
    }
  }
}

TEST(ScoreParse, AnnotatedMeansANonEmptyList) {
  Result<Annotations> parsed =
      ParseAnnotations(R"({"sentences": [], "dates": [{"start": 0, "end": 4, "type": "DATE",
                           "value": "2024"}], "topics": null})");
  ASSERT_TRUE(parsed.ok());
  EXPECT_FALSE(parsed->Annotates(Field::kSentences));
  EXPECT_TRUE(parsed->Annotates(Field::kDates));
  EXPECT_FALSE(parsed->Annotates(Field::kTopics));
  EXPECT_FALSE(parsed->Annotates(Field::kActors));
}

// ---------------------------------------------------------------- scoring

// A small hand-made gold document: 4 sentences, 4 dates, 4 actors (2 persons)
// with 5 mentions, 2 topics with 3 mentions, 4 commitments. Offsets need not
// fit a real text: the scorer never reads one.
json SmallGold() {
  auto span = [](int start, int end, const char* text) {
    return json{{"start", start}, {"end", end}, {"text", text}};
  };
  auto date = [](int start, int end, const char* text, const char* type, const char* value) {
    return json{{"start", start}, {"end", end}, {"text", text}, {"type", type}, {"value", value}};
  };
  auto commitment = [&](const char* type, const char* status, std::vector<std::string> actors,
                        json trigger, json action) {
    return json{{"type", type},       {"status", status}, {"actors", actors},
                {"trigger", trigger}, {"action", action}, {"topics", json::array()},
                {"dates", json::array()}};
  };
  json gold = {{"schema", "communique/1"}, {"id", "small"}, {"published", "2025-05-12"}};
  gold["sentences"] = {{{"start", 0}, {"end", 20}, {"segment", 0}},
                       {{"start", 21}, {"end", 45}, {"segment", 0}},
                       {{"start", 46}, {"end", 80}, {"segment", 1}},
                       {{"start", 81}, {"end", 120}, {"segment", 1}}};
  gold["dates"] = {date(10, 16, "13 May", "DATE", "2025-05-13"),
                   date(30, 34, "2026", "DATE", "2026"),
                   date(50, 61, "three years", "DURATION", "P3Y"),
                   date(90, 95, "today", "DATE", "2025-05-12")};
  gold["actors"] = {
      {{"id", "EU"}, {"type", "bloc"}, {"name", "European Union"},
       {"mentions", {span(0, 2, "EU"), span(40, 42, "EU")}}},
      {{"id", "JP"}, {"type", "country"}, {"name", "Japan"}, {"mentions", {span(5, 10, "Japan")}}},
      {{"id", "henna-virkkunen"}, {"type", "person"}, {"name", "Henna Virkkunen"},
       {"role", "Executive Vice-President"}, {"affiliation", "EU"},
       {"mentions", {span(62, 77, "Henna Virkkunen")}}},
      {{"id", "masaaki-taira"}, {"type", "person"}, {"name", "Masaaki Taira"},
       {"affiliation", "JP"}, {"mentions", {span(100, 113, "Masaaki Taira")}}}};
  gold["topics"] = {
      {{"id", "ai"}, {"label", "AI"}, {"mentions", {span(70, 72, "AI"), span(114, 116, "AI")}}},
      {{"id", "quantum"}, {"label", "Quantum"}, {"mentions", {span(82, 89, "quantum")}}}};
  gold["commitments"] = {
      commitment("agree", "done", {"EU", "JP"}, span(21, 27, "agreed"),
                 span(31, 44, "deepen cooperation on artificial intelligence")),
      commitment("pledge", "planned", {"EU"}, span(46, 53, "pledged"),
                 span(54, 60, "support quantum research")),
      commitment("meet", "done", {"EU", "JP"}, span(81, 85, "held"),
                 span(86, 99, "their third Digital Partnership Council")),
      commitment("intend", "planned", {"JP", "EU"}, span(101, 108, "will enhance"),
                 span(109, 119, "connectivity in the Arctic"))};
  return gold;
}

Annotations Parse(const json& document) {
  Result<Annotations> parsed = ParseAnnotations(document.dump());
  EXPECT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_TRUE(parsed->problems.empty());
  return parsed.ok() ? *parsed : Annotations{};
}

ScoreReport ScoreOne(const json& gold, const json& pred) {
  ScoreReport report;
  report.Add(ScoreDocument("doc", Parse(gold), Parse(pred), /*collect_errors=*/true));
  return report;
}

void ExpectPerfect(const ScoreReport& report, const std::string& context) {
  for (size_t m = 0; m < kMetricCount; ++m) {
    const MetricInfo& info = Info(static_cast<Metric>(m));
    if (report.DocumentsScoring(info.field) == 0) continue;
    std::optional<MetricValue> value = report.Value(info.metric);
    // A field whose gold has no person pair leaves role_acc unmeasured.
    if (!value) continue;
    EXPECT_DOUBLE_EQ(value->value, 1.0) << context << ": " << info.name;
  }
}

TEST(ScoreDocument, SmallGoldAgainstItselfIsPerfect) {
  ScoreReport report = ScoreOne(SmallGold(), SmallGold());
  for (size_t f = 0; f < kFieldCount; ++f) EXPECT_EQ(report.DocumentsScoring(static_cast<Field>(f)), 1u);
  for (size_t m = 0; m < kMetricCount; ++m) {
    EXPECT_TRUE(report.Value(static_cast<Metric>(m)).has_value()) << Info(static_cast<Metric>(m)).name;
  }
  ExpectPerfect(report, "small");
  EXPECT_TRUE(report.documents()[0].errors.empty());
}

TEST(ScoreDocument, SeedGoldAgainstItselfIsPerfect) {
  std::optional<fs::path> shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent";
  fs::path path = *shared / "gold" / "eu-japan-dpc3-2025.gold.json";
  if (!fs::exists(path)) GTEST_SKIP() << path << " is absent";
  Result<Annotations> gold = ParseAnnotations(testing::ReadFile(path));
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  EXPECT_TRUE(gold->problems.empty());
  for (size_t f = 0; f < kFieldCount; ++f) EXPECT_TRUE(gold->annotated[f]) << f;
  ScoreReport report;
  report.Add(ScoreDocument("seed", *gold, *gold, true));
  ExpectPerfect(report, "seed");
  EXPECT_TRUE(report.documents()[0].errors.empty());
}

// One change to a copy of the gold, and the metrics it must move. Every
// metric not listed must stay at 1.0.
struct Perturbation {
  const char* name;
  std::function<void(json&)> change;
  std::map<std::string, double> expected;
};

TEST(ScoreDocument, PerturbationsMoveExactlyTheirMetrics) {
  const Perturbation kCases[] = {
      // "13 May" [10,16) -> [11,17): still overlaps, no longer identical.
      // strict: 3 exact of 4 predicted, 4 gold: P = R = 3/4, F1 = 0.75.
      {"date span shifted by one",
       [](json& d) { d["dates"][0]["start"] = 11, d["dates"][0]["end"] = 17; },
       {{"dates.strict_f1", 0.75}}},
      // 3 correct values of 4 predicted, 4 gold: P = R = F1 = 0.75.
      {"wrong date value", [](json& d) { d["dates"][1]["value"] = "2025"; },
       {{"dates.value_f1", 0.75}}},
      // Type is judged over the 4 relaxed pairs: 3/4.
      {"wrong date type", [](json& d) { d["dates"][2]["type"] = "DATE"; },
       {{"dates.type_acc", 0.75}}},
      // A fifth, spurious date: P = 4/5, R = 1, F1 = 2*0.8/1.8 = 8/9 for the
      // three F1s; type_acc still 4/4.
      {"extra date",
       [](json& d) {
         d["dates"].push_back({{"start", 117}, {"end", 119}, {"type", "DATE"}, {"value", "2027"}});
       },
       {{"dates.strict_f1", 8.0 / 9}, {"dates.relaxed_f1", 8.0 / 9}, {"dates.value_f1", 8.0 / 9}}},
      // Detection: 3 pairs, 3 predicted, 4 gold: P = 1, R = 3/4,
      // F1 = 2*0.75/1.75 = 6/7; the 3 pairs all agree, so full_f1 = 6/7 too.
      {"missing commitment", [](json& d) { d["commitments"].erase(3); },
       {{"commitments.detection_f1", 6.0 / 7}, {"commitments.full_f1", 6.0 / 7}}},
      // JP -> JA on the actor only: entities {EU, JA, henna, taira} vs gold
      // {EU, JP, henna, taira}: 3 of 4 each side, F1 0.75. Mentions pair per
      // id: 4 of the 5 mentions pair (JA's mention cannot pair with JP's):
      // P = R = 4/5 = 0.8, strict and relaxed. Commitment actors still say JP.
      {"wrong actor id", [](json& d) { d["actors"][1]["id"] = "JA"; },
       {{"actors.entity_f1", 0.75},
        {"actors.mention_strict_f1", 0.8},
        {"actors.mention_relaxed_f1", 0.8}}},
      // Mention [62,77) -> [62,70): relaxed pairs stay 5/5, strict 4/5 = 0.8.
      {"person mention cut short", [](json& d) { d["actors"][2]["mentions"][0]["end"] = 70; },
       {{"actors.mention_strict_f1", 0.8}}},
      // 1 of 2 person pairs agrees on the role; absent on both sides (taira)
      // counts as agreement.
      {"wrong role", [](json& d) { d["actors"][2]["role"] = "Commissioner"; },
       {{"actors.role_acc", 0.5}}},
      {"role added where gold has none", [](json& d) { d["actors"][3]["role"] = "Minister"; },
       {{"actors.role_acc", 0.5}}},
      {"role differs only in white space", [](json& d) { d["actors"][2]["role"] = " Executive Vice-President "; },
       {}},
      {"wrong affiliation", [](json& d) { d["actors"][3]["affiliation"] = "EU"; },
       {{"actors.affiliation_acc", 0.5}}},
      // Doc topics {ai} vs {ai, quantum}: P 1, R 1/2, F1 2/3. Mentions 2 of
      // 3 gold, 2 predicted: P 1, R 2/3, F1 0.8.
      {"topic dropped", [](json& d) { d["topics"].erase(1); },
       {{"topics.doc_f1", 2.0 / 3}, {"topics.mention_relaxed_f1", 0.8}}},
      // Boundaries {45, 80, 120} vs {20, 45, 80, 120}: P 1, R 3/4, F1 6/7.
      {"sentences merged",
       [](json& d) { d["sentences"].erase(0), d["sentences"][0]["start"] = 0; },
       {{"sentences.boundary_f1", 6.0 / 7}}},
      // Over 4 detected pairs, 3 agree: 0.75; full: 3 of 4 and 4, P = R = 0.75.
      {"wrong commitment type", [](json& d) { d["commitments"][1]["type"] = "intend"; },
       {{"commitments.type_acc", 0.75}, {"commitments.full_f1", 0.75}}},
      {"wrong commitment status", [](json& d) { d["commitments"][2]["status"] = "planned"; },
       {{"commitments.status_acc", 0.75}, {"commitments.full_f1", 0.75}}},
      {"wrong commitment actors", [](json& d) { d["commitments"][0]["actors"] = {"EU"}; },
       {{"commitments.actors_acc", 0.75}, {"commitments.full_f1", 0.75}}},
      // Actor order and doubles do not matter: they are sets.
      {"commitment actors reordered", [](json& d) { d["commitments"][3]["actors"] = {"EU", "JP", "EU"}; },
       {}},
      // "deepen cooperation" vs "deepen cooperation on artificial
      // intelligence": 2 common, P 1, R 2/5, token F1 = 0.8/1.4 = 4/7.
      // action_f1 = (1 + 1 + 1 + 4/7) / 4 = 25/28; 4/7 >= 0.5, so still full.
      {"action cut short",
       [](json& d) { d["commitments"][0]["action"]["text"] = "deepen cooperation"; },
       {{"commitments.action_f1", 25.0 / 28}}},
      // "deepen" vs the 5 gold tokens: P 1, R 1/5, token F1 = 0.4/1.2 = 1/3
      // < 0.5: action_f1 = (3 + 1/3)/4 = 5/6; full 3 of 4 and 4: 0.75.
      {"action far too short",
       [](json& d) { d["commitments"][0]["action"]["text"] = "deepen"; },
       {{"commitments.action_f1", 5.0 / 6}, {"commitments.full_f1", 0.75}}},
      // "will enhance" [101,108) -> "enhance" [106,108): overlap is detection.
      {"trigger overlap is enough", [](json& d) { d["commitments"][3]["trigger"]["start"] = 106; },
       {}},
  };
  const json gold = SmallGold();
  for (const Perturbation& c : kCases) {
    json pred = gold;
    c.change(pred);
    ScoreReport report = ScoreOne(gold, pred);
    for (size_t m = 0; m < kMetricCount; ++m) {
      const MetricInfo& info = Info(static_cast<Metric>(m));
      std::optional<MetricValue> value = report.Value(info.metric);
      ASSERT_TRUE(value.has_value()) << c.name << ": " << info.name;
      auto it = c.expected.find(info.name);
      double expected = it == c.expected.end() ? 1.0 : it->second;
      EXPECT_NEAR(value->value, expected, 1e-9) << c.name << ": " << info.name;
    }
    // Each perturbation that moves a metric must also be listed as an error.
    if (!c.expected.empty()) EXPECT_FALSE(report.documents()[0].errors.empty()) << c.name;
  }
}

TEST(ScoreDocument, CountsAreSummedBeforeF1) {
  // Document A: 4 gold dates, all found. Document B: 1 gold date, none found.
  // Micro: 4 correct / 4 predicted / 5 gold: P 1, R 0.8, F1 1.6/1.8 = 8/9
  // (a macro average would be (1 + 0) / 2 = 0.5).
  json gold_b = {{"dates", {{{"start", 0}, {"end", 4}, {"type", "DATE"}, {"value", "2024"}}}}};
  ScoreReport report;
  report.Add(ScoreDocument("a", Parse(SmallGold()), Parse(SmallGold())));
  report.Add(ScoreDocument("b", Parse(gold_b), Annotations{}));
  EXPECT_NEAR(report.Value(Metric::kDatesRelaxedF1)->value, 8.0 / 9, 1e-9);
  EXPECT_NEAR(report.Value(Metric::kDatesRelaxedF1)->recall, 0.8, 1e-9);
  // B annotates only dates: the other fields count document A alone.
  EXPECT_EQ(report.DocumentsScoring(Field::kDates), 2u);
  EXPECT_EQ(report.DocumentsScoring(Field::kActors), 1u);
  EXPECT_DOUBLE_EQ(report.Value(Metric::kActorsEntityF1)->value, 1.0);
}

TEST(ScoreDocument, ErrorsNameTheRule) {
  json gold = SmallGold();
  json pred = gold;
  pred["dates"][1]["value"] = "2025";
  pred["dates"][1]["rule"] = "dates.year";
  pred["dates"].push_back(
      {{"start", 117}, {"end", 119}, {"type", "DATE"}, {"value", "2027"}, {"rule", "dates.spurious"}});
  pred["dates"].erase(0);
  ScoreReport report = ScoreOne(gold, pred);
  std::string listing = FormatErrors(report, /*json=*/false);
  EXPECT_NE(listing.find("dates FN date [10,16) \"13 May\""), std::string::npos) << listing;
  EXPECT_NE(listing.find("dates FP date [117,119) rule=dates.spurious"), std::string::npos) << listing;
  EXPECT_NE(listing.find("rule=dates.year (value gold 2026 pred 2025)"), std::string::npos) << listing;
}

// One change to a copy of the gold, and the per-type counts it must give
// (correct, predicted, gold) for the types listed; every type of the gold
// not listed stays correct = predicted = gold.
struct TypeCase {
  const char* name;
  std::function<void(json&)> change;
  std::map<std::pair<Field, std::string>, std::array<double, 3>> expected;
};

TEST(ScoreDocument, PerTypeBreakdowns) {
  const TypeCase kCases[] = {
      {"identical", [](json&) {},
       {{{Field::kCommitments, "agree"}, {1, 1, 1}}, {{Field::kDates, "DATE"}, {3, 3, 3}},
        {{Field::kActors, "person"}, {2, 2, 2}}}},
      // pledge -> intend: the pair is a false negative of pledge and a false
      // positive of intend (which still has its own true pair).
      {"wrong commitment type", [](json& d) { d["commitments"][1]["type"] = "intend"; },
       {{{Field::kCommitments, "pledge"}, {0, 0, 1}}, {{Field::kCommitments, "intend"}, {1, 2, 1}}}},
      {"missing commitment", [](json& d) { d["commitments"].erase(3); },
       {{{Field::kCommitments, "intend"}, {0, 0, 1}}}},
      {"spurious commitment",
       [](json& d) {
         d["commitments"].push_back({{"type", "sign"}, {"status", "done"}, {"actors", {"EU"}},
                                     {"trigger", {{"start", 121}, {"end", 127}}},
                                     {"action", {{"start", 128}, {"end", 130}}}});
       },
       {{{Field::kCommitments, "sign"}, {0, 1, 0}}}},
      {"wrong date type", [](json& d) { d["dates"][2]["type"] = "DATE"; },
       {{{Field::kDates, "DATE"}, {3, 4, 3}}, {{Field::kDates, "DURATION"}, {0, 0, 1}}}},
      // A date found with a wrong span but the right type still counts: the
      // breakdown pairs as dates.relaxed_f1 does.
      {"date span shifted", [](json& d) { d["dates"][0]["start"] = 11, d["dates"][0]["end"] = 17; },
       {}},
      {"wrong actor type", [](json& d) { d["actors"][1]["type"] = "organization"; },
       {{{Field::kActors, "country"}, {0, 0, 1}}, {{Field::kActors, "organization"}, {0, 1, 0}}}},
  };
  const json gold = SmallGold();
  const Annotations parsed_gold = Parse(gold);
  for (const TypeCase& c : kCases) {
    json pred = gold;
    c.change(pred);
    ScoreReport report = ScoreOne(gold, pred);
    // Every gold type not listed is all correct.
    auto expected = c.expected;
    std::map<std::pair<Field, std::string>, double> gold_counts;
    for (const auto& d : parsed_gold.dates) gold_counts[{Field::kDates, d.type}] += 1;
    for (const auto& a : parsed_gold.actors) gold_counts[{Field::kActors, a.type}] += 1;
    for (const auto& m : parsed_gold.commitments) gold_counts[{Field::kCommitments, m.type}] += 1;
    for (const auto& [key, n] : gold_counts) {
      if (!c.expected.count(key)) expected[key] = {n, n, n};
    }
    size_t seen = 0;
    for (Field field : {Field::kDates, Field::kActors, Field::kCommitments}) {
      ASSERT_TRUE(HasTypeBreakdown(field));
      for (const auto& [type, count] : report.TypeTotals(field)) {
        ++seen;
        auto it = expected.find({field, type});
        ASSERT_NE(it, expected.end()) << c.name << ": unexpected type " << type;
        EXPECT_EQ(count.correct, it->second[0]) << c.name << ": " << FieldName(field) << " " << type;
        EXPECT_EQ(count.predicted, it->second[1]) << c.name << ": " << FieldName(field) << " " << type;
        EXPECT_EQ(count.gold, it->second[2]) << c.name << ": " << FieldName(field) << " " << type;
      }
    }
    EXPECT_EQ(seen, expected.size()) << c.name;
    // The breakdown splits the field's own counts: predicted and gold sum to
    // the field's, and the correct ones to the pairs whose types agree.
    auto sum = [&](Field field, double MetricCount::*part) {
      double total = 0;
      for (const auto& [type, count] : report.TypeTotals(field)) total += count.*part;
      return total;
    };
    const MetricCount& detection = report.Total(Metric::kCommitmentsDetectionF1);
    EXPECT_EQ(sum(Field::kCommitments, &MetricCount::predicted), detection.predicted) << c.name;
    EXPECT_EQ(sum(Field::kCommitments, &MetricCount::gold), detection.gold) << c.name;
    EXPECT_EQ(sum(Field::kCommitments, &MetricCount::correct),
              report.Total(Metric::kCommitmentsTypeAcc).correct) << c.name;
    EXPECT_EQ(sum(Field::kDates, &MetricCount::correct), report.Total(Metric::kDatesTypeAcc).correct)
        << c.name;
    const MetricCount& entities = report.Total(Metric::kActorsEntityF1);
    EXPECT_EQ(sum(Field::kActors, &MetricCount::correct), entities.correct) << c.name;
    EXPECT_EQ(sum(Field::kActors, &MetricCount::predicted), entities.predicted) << c.name;
  }
}

// ---------------------------------------------------------------- partial gold

TEST(ScoreParse, PartialGoldNeedsOnlyWhatIdentifiesAnItem) {
  struct Case {
    const char* name;
    const char* text;
    size_t complete_problems;  // skipped items without --partial
    size_t partial_problems;   // with it
  };
  const Case kCases[] = {
      {"trigger only", R"({"commitments": [{"trigger": {"start": 0, "end": 5}}]})", 1, 0},
      {"no trigger", R"({"commitments": [{"type": "agree"}]})", 1, 1},
      {"type and trigger", R"({"commitments": [{"type": "agree", "trigger": {"start": 0, "end": 5}}]})",
       1, 0},
      {"date span only", R"({"dates": [{"start": 0, "end": 4}]})", 1, 0},
      {"date without span", R"({"dates": [{"type": "DATE", "value": "2024"}]})", 1, 1},
      {"actor without mentions", R"({"actors": [{"id": "EU", "type": "bloc"}]})", 1, 0},
      {"actor without type", R"({"actors": [{"id": "EU", "mentions": []}]})", 1, 1},
      {"topic without mentions", R"({"topics": [{"id": "ai"}]})", 1, 0},
      // A held attribute is still checked.
      {"type not a string", R"({"commitments": [{"type": 5, "trigger": {"start": 0, "end": 5}}]})", 1, 1},
  };
  for (const Case& c : kCases) {
    for (bool partial : {false, true}) {
      Result<Annotations> parsed = ParseAnnotations(c.text, partial);
      ASSERT_TRUE(parsed.ok()) << c.name;
      EXPECT_EQ(parsed->problems.size(), partial ? c.partial_problems : c.complete_problems)
          << c.name << (partial ? " (partial)" : "");
    }
  }
  Result<Annotations> parsed = ParseAnnotations(
      R"({"id": "x", "commitments": [{"trigger": {"start": 0, "end": 5}, "status": "done"}],
          "actors": [{"id": "a", "type": "person", "role": null, "mentions": []}]})", true);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->id, "x");
  const Annotations::Commitment& c = parsed->commitments.at(0);
  EXPECT_FALSE(c.has_type);
  EXPECT_TRUE(c.has_status);
  EXPECT_FALSE(c.has_actors);
  EXPECT_FALSE(c.has_action);
  // A null role is a "no role" annotation; an absent affiliation is none.
  EXPECT_TRUE(parsed->actors.at(0).has_role);
  EXPECT_FALSE(parsed->actors.at(0).has_affiliation);
}

// A partial gold (a copy of SmallGold with attributes taken out), a change to
// the prediction (a full copy of SmallGold), and what must follow: the
// metrics not measured, and the values of the ones listed (every other
// measured metric stays 1.0).
struct PartialCase {
  const char* name;
  std::function<void(json&)> strip;   // applied to the gold
  std::function<void(json&)> change;  // applied to the prediction
  std::set<std::string> unmeasured;
  std::map<std::string, double> expected;
  std::map<std::string, double> pairs;  // pair counts of means
};

TEST(ScoreDocument, PartialGoldScoresOnlyWhatItHolds) {
  auto triggers_only = [](json& d, std::vector<size_t> which) {
    for (size_t i : which) {
      json& c = d["commitments"][i];
      c = {{"trigger", c["trigger"]}};
    }
  };
  const std::set<std::string> kCommitmentAttributes = {
      "commitments.type_acc", "commitments.status_acc", "commitments.actors_acc",
      "commitments.action_f1", "commitments.full_f1"};
  const PartialCase kCases[] = {
      {"complete gold", [](json&) {}, [](json&) {}, {}, {}, {}},
      // Detection only: a wrong type and a missing commitment move nothing
      // but detection (3 of 3 predicted, 4 gold: 6/7).
      {"triggers only", [&](json& d) { triggers_only(d, {0, 1, 2, 3}); },
       [](json& d) { d["commitments"][1]["type"] = "intend", d["commitments"].erase(3); },
       kCommitmentAttributes,
       {{"commitments.detection_f1", 6.0 / 7}},
       {}},
      // Two of four hold their attributes: the means count those two pairs;
      // full_f1 needs every commitment complete.
      {"half triggers only", [&](json& d) { triggers_only(d, {0, 1}); },
       [](json& d) { d["commitments"][1]["type"] = "intend", d["commitments"][2]["status"] = "planned"; },
       {"commitments.full_f1"},
       {{"commitments.status_acc", 0.5}},
       {{"commitments.type_acc", 2}, {"commitments.status_acc", 2}, {"commitments.action_f1", 2}}},
      {"dates without values",
       [](json& d) {
         for (json& date : d["dates"]) date.erase("value");
       },
       [](json& d) { d["dates"][1]["value"] = "2025"; }, {"dates.value_f1"}, {}, {}},
      // One untyped date: type_acc over the other three pairs.
      {"one date without a type", [](json& d) { d["dates"][2].erase("type"); },
       [](json& d) { d["dates"][2]["type"] = "DATE", d["dates"][0]["type"] = "TIME"; }, {},
       {{"dates.type_acc", 2.0 / 3}},
       {{"dates.type_acc", 3}}},
      // henna's role left out, taira's annotated as none: role_acc over taira
      // alone (neither side gives a role).
      {"a role not annotated", [](json& d) { d["actors"][2].erase("role"), d["actors"][3]["role"] = nullptr; },
       [](json& d) { d["actors"][2]["role"] = "Commissioner"; }, {}, {}, {{"actors.role_acc", 1}}},
      {"actors without mentions",
       [](json& d) {
         for (json& actor : d["actors"]) actor.erase("mentions");
       },
       [](json& d) { d["actors"][0]["mentions"].erase(1); },
       {"actors.mention_strict_f1", "actors.mention_relaxed_f1"}, {}, {}},
      {"topics without mentions",
       [](json& d) {
         for (json& topic : d["topics"]) topic.erase("mentions");
       },
       [](json&) {}, {"topics.mention_relaxed_f1"}, {}, {}},
      // A field the gold leaves out is not scored at all.
      {"no topics", [](json& d) { d.erase("topics"); }, [](json& d) { d["topics"].erase(0); },
       {"topics.doc_f1", "topics.mention_relaxed_f1"}, {}, {}},
  };
  for (const PartialCase& c : kCases) {
    json gold = SmallGold(), pred = SmallGold();
    c.strip(gold);
    c.change(pred);
    Result<Annotations> parsed_gold = ParseAnnotations(gold.dump(), /*partial=*/true);
    ASSERT_TRUE(parsed_gold.ok()) << c.name;
    EXPECT_TRUE(parsed_gold->problems.empty()) << c.name << ": " << parsed_gold->problems[0];
    ScoreReport report;
    report.Add(ScoreDocument("doc", *parsed_gold, Parse(pred), /*collect_errors=*/true));
    for (size_t m = 0; m < kMetricCount; ++m) {
      const MetricInfo& info = Info(static_cast<Metric>(m));
      std::optional<MetricValue> value = report.Value(info.metric);
      if (c.unmeasured.count(info.name)) {
        EXPECT_EQ(report.DocumentsScoring(info.metric), 0u) << c.name << ": " << info.name;
        EXPECT_FALSE(value.has_value()) << c.name << ": " << info.name;
        continue;
      }
      EXPECT_EQ(report.DocumentsScoring(info.metric), 1u) << c.name << ": " << info.name;
      ASSERT_TRUE(value.has_value()) << c.name << ": " << info.name;
      auto it = c.expected.find(info.name);
      EXPECT_NEAR(value->value, it == c.expected.end() ? 1.0 : it->second, 1e-9)
          << c.name << ": " << info.name;
      if (auto p = c.pairs.find(info.name); p != c.pairs.end()) {
        EXPECT_EQ(report.Total(info.metric).pairs, p->second) << c.name << ": " << info.name;
      }
    }
    // The per-type breakdown of commitments needs every gold type.
    bool all_typed = std::all_of(gold["commitments"].begin(), gold["commitments"].end(),
                                 [](const json& commitment) { return commitment.contains("type"); });
    EXPECT_EQ(!report.TypeTotals(Field::kCommitments).empty(), all_typed) << c.name;
  }
}

// Without --partial nothing changes: every attribute is required, and an
// absent role is "no role" (a disagreement with a predicted one).
TEST(ScoreDocument, CompleteGoldReadsAnAbsentRoleAsNone) {
  json gold = SmallGold(), pred = SmallGold();
  gold["actors"][2].erase("role");
  ScoreReport report = ScoreOne(gold, pred);
  EXPECT_DOUBLE_EQ(report.Value(Metric::kActorsRoleAcc)->value, 0.5);
  EXPECT_EQ(report.Total(Metric::kActorsRoleAcc).pairs, 2);
}

// ---------------------------------------------------------------- reporting

TEST(ScoreReport, JsonKeysAreTheSpecNames) {
  ScoreReport report = ScoreOne(SmallGold(), SmallGold());
  std::string text = FormatJson(report, /*per_doc=*/true);
  std::vector<json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  ASSERT_EQ(lines.size(), 2u);  // one document, then the overall line
  EXPECT_EQ(lines[0]["document"], "doc");
  const char* kSpecNames[] = {
      "sentences.boundary_f1", "dates.strict_f1", "dates.relaxed_f1", "dates.value_f1",
      "dates.type_acc", "actors.entity_f1", "actors.mention_strict_f1",
      "actors.mention_relaxed_f1", "actors.role_acc", "actors.affiliation_acc", "topics.doc_f1",
      "topics.mention_relaxed_f1", "commitments.detection_f1", "commitments.type_acc",
      "commitments.status_acc", "commitments.actors_acc", "commitments.action_f1",
      "commitments.full_f1"};
  for (const char* name : kSpecNames) {
    ASSERT_TRUE(lines[1].contains(name)) << name;
    EXPECT_EQ(lines[1][name], 1.0) << name;
  }
  EXPECT_EQ(lines[1]["dates.value_f1.gold"], 4);
  EXPECT_EQ(lines[1]["commitments.type_acc.pairs"], 4);
  EXPECT_EQ(lines[1]["documents"], 1);
}

TEST(ScoreReport, CountsAreLabelled) {
  json pred = SmallGold();
  pred["commitments"][1]["type"] = "intend";
  pred["commitments"].erase(3);
  pred["dates"].push_back({{"start", 117}, {"end", 119}, {"type", "DATE"}, {"value", "2027"}});
  ScoreReport report = ScoreOne(SmallGold(), pred);
  std::string table = FormatTable(report, /*per_doc=*/false);
  // Headings name every count column.
  std::istringstream in(table);
  std::string line;
  std::getline(in, line);  // "overall: ..."
  std::getline(in, line);
  std::vector<std::string> headings;
  std::istringstream words(line);
  for (std::string word; words >> word;) headings.push_back(word);
  EXPECT_EQ(headings, (std::vector<std::string>{"metric", "P", "R", "F1/acc", "tp", "fp", "fn", "pairs",
                                                "docs"}))
      << table;
  auto row = [&](const std::string& name) {
    std::vector<std::string> cells;
    std::istringstream rows(table);
    for (std::string l; std::getline(rows, l);) {
      std::istringstream cellwise(l);
      std::string first;
      cellwise >> first;
      if (first != name) continue;
      for (std::string cell; cellwise >> cell;) cells.push_back(cell);
    }
    return cells;
  };
  // dates: 4 of 5 predicted, 4 gold: tp 4, fp 1, fn 0, one document.
  EXPECT_EQ(row("dates.strict_f1"),
            (std::vector<std::string>{"0.800", "1.000", "0.889", "4", "1", "0", "-", "1"}))
      << table;
  // type_acc: 2 of 3 pairs agree (no P, R, fp, fn).
  EXPECT_EQ(row("commitments.type_acc"),
            (std::vector<std::string>{"-", "-", "0.667", "2", "-", "-", "3", "1"}))
      << table;
  // pledge was found as intend: tp 0, fp 0, fn 1; intend: tp 0 (its own is
  // missing), fp 1, fn 1.
  EXPECT_EQ(row("commitments.by_type.pledge"),
            (std::vector<std::string>{"0.000", "0.000", "0.000", "0", "0", "1"}))
      << table;
  EXPECT_EQ(row("commitments.by_type.intend"),
            (std::vector<std::string>{"0.000", "0.000", "0.000", "0", "1", "1"}))
      << table;
  EXPECT_EQ(row("commitments.by_type.agree"),
            (std::vector<std::string>{"1.000", "1.000", "1.000", "1", "0", "0"}))
      << table;
  EXPECT_NE(table.find("tp, fp, fn: true positives"), std::string::npos) << table;

  json overall = json::parse(FormatJson(report, false));
  EXPECT_EQ(overall["dates.strict_f1.tp"], 4);
  EXPECT_EQ(overall["dates.strict_f1.fp"], 1);
  EXPECT_EQ(overall["dates.strict_f1.fn"], 0);
  EXPECT_EQ(overall["dates.strict_f1.documents"], 1);
  EXPECT_EQ(overall["commitments.by_type.pledge.fn"], 1);
  EXPECT_EQ(overall["commitments.by_type.intend.fp"], 1);
  EXPECT_EQ(overall["commitments.by_type.agree.f1"], 1.0);
  EXPECT_EQ(overall["dates.by_type.DATE.tp"], 3);
  EXPECT_EQ(overall["dates.by_type.DATE.fp"], 1);
  EXPECT_EQ(overall["actors.by_type.person.p"], 1.0);
  EXPECT_EQ(overall["scored"].size(), kMetricCount);
}

TEST(ScoreReport, PartialReportSaysWhatWasScored) {
  json gold = SmallGold();
  for (json& c : gold["commitments"]) c = {{"trigger", c["trigger"]}};
  gold.erase("topics");
  Result<Annotations> parsed = ParseAnnotations(gold.dump(), /*partial=*/true);
  ASSERT_TRUE(parsed.ok());
  ScoreReport report;
  report.Add(ScoreDocument("doc", *parsed, Parse(SmallGold())));
  std::string table = FormatTable(report, false);
  EXPECT_NE(table.find("not scored (no gold file holds what they need): commitments.type_acc, "
                       "commitments.status_acc, commitments.actors_acc, commitments.action_f1, "
                       "commitments.full_f1\n"),
            std::string::npos)
      << table;
  EXPECT_EQ(table.find("topics."), std::string::npos) << table;
  EXPECT_EQ(table.find("commitments.by_type"), std::string::npos) << table;
  json overall = json::parse(FormatJson(report, false));
  std::set<std::string> scored = overall["scored"];
  EXPECT_TRUE(scored.count("commitments.detection_f1"));
  EXPECT_FALSE(scored.count("commitments.type_acc"));
  EXPECT_FALSE(scored.count("topics.doc_f1"));
  EXPECT_TRUE(overall["commitments.type_acc"].is_null());
  EXPECT_EQ(overall["commitments.detection_f1"], 1.0);
  EXPECT_EQ(overall["commitments.documents"], 1);
  EXPECT_FALSE(overall.contains("commitments.type_acc.documents"));
}

TEST(ScoreReport, UnscoredMetricsAreNull) {
  json gold = {{"dates", {{{"start", 0}, {"end", 4}, {"type", "DATE"}, {"value", "2024"}}}}};
  ScoreReport report = ScoreOne(gold, gold);
  json overall = json::parse(FormatJson(report, false));
  EXPECT_TRUE(overall["actors.entity_f1"].is_null());
  EXPECT_EQ(overall["dates.value_f1"], 1.0);
  EXPECT_EQ(FormatTable(report, false).find("actors."), std::string::npos);
}

TEST(ScoreReport, MinBounds) {
  struct Case {
    const char* text;
    bool parses;
    bool missed;  // against a report with dates.value_f1 = 0.75 and no actors
  };
  const Case kCases[] = {
      {"dates.value_f1=0.8", true, true},   {"dates.value_f1=0.75", true, false},
      {"dates.value_f1=0.7", true, false},  {"dates.value_f1.p=0.76", true, true},
      {"dates.value_f1.r=0.7", true, false}, {"dates.type_acc=1", true, false},
      {"actors.entity_f1=0.1", true, true},  {"actors.entity_f1=0", true, false},
      {"dates.type_acc.p=0.5", false, false}, {"dates.value=0.5", false, false},
      {"dates.value_f1=1.5", false, false},  {"dates.value_f1=-0.1", false, false},
      {"dates.value_f1=abc", false, false},  {"dates.value_f1", false, false},
      {"dates.value_f1=nan", false, false},
      // Per type: .f1, .p or .r of one type of a breakdown.
      {"commitments.by_type.agree.f1=1", true, false},
      {"commitments.by_type.pledge.p=1", true, false},
      {"dates.by_type.DURATION.r=1", true, false},
      // A type nobody gave, or a field left out (actors), is not measured.
      {"commitments.by_type.review.f1=0.1", true, true},
      {"commitments.by_type.review.f1=0", true, false},
      {"actors.by_type.person.f1=0.5", true, true},
      {"commitments.by_type.agree=0.5", false, false},
      {"commitments.by_type..f1=0.5", false, false},
      {"topics.by_type.ai.f1=0.5", false, false},
      {"commitments.by_type.agree.f1.p=0.5", true, true},  // the type "agree.f1": none
  };
  json gold = SmallGold();
  gold.erase("actors");
  json pred = gold;
  pred["dates"][1]["value"] = "2025";
  ScoreReport report = ScoreOne(gold, pred);
  for (const Case& c : kCases) {
    Result<MinBound> bound = ParseMinBound(c.text);
    ASSERT_EQ(bound.ok(), c.parses) << c.text;
    if (!bound.ok()) continue;
    EXPECT_EQ(CheckBounds(report, {*bound}).size(), c.missed ? 1u : 0u) << c.text;
  }
}

// ---------------------------------------------------------------- CLI

class ScoreCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("communique-score-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "gold");
    fs::create_directories(dir_ / "pred");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const fs::path& path, const std::string& content) {
    std::ofstream(dir_ / path, std::ios::binary) << content;
  }
  // Exit status of the CLI; output goes to dir_/out and dir_/err.
  int Run(const std::string& args) {
    std::string command = std::string(COMMUNIQUE_BINARY) + " " + args + " > " +
                          (dir_ / "out").string() + " 2> " + (dir_ / "err").string();
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  std::string Read(const char* name) { return testing::ReadFile(dir_ / name); }
  // The report on stdout; a discarded value (fails every check) when it is not JSON.
  json Report() { return json::parse(Read("out"), nullptr, false); }
  std::string Dirs() { return "--gold " + (dir_ / "gold").string() + " --pred " + (dir_ / "pred").string(); }
  fs::path dir_;
};

TEST_F(ScoreCliTest, ScoresAndAppliesBounds) {
  json pred = SmallGold();
  pred["dates"][1]["value"] = "2025";
  Write("gold/a.gold.json", SmallGold().dump());
  Write("pred/a.json", pred.dump());
  EXPECT_EQ(Run("score --json " + Dirs()), 0) << Read("err");
  json overall = Report();
  ASSERT_TRUE(overall.is_object()) << Read("out") << Read("err");
  EXPECT_DOUBLE_EQ(overall["dates.value_f1"].get<double>(), 0.75);
  EXPECT_EQ(Run("score " + Dirs() + " --min dates.value_f1=0.7 --min dates.strict_f1=1"), 0);
  EXPECT_EQ(Run("score " + Dirs() + " --min dates.value_f1=0.8"), 1);
  EXPECT_NE(Read("err").find("dates.value_f1"), std::string::npos);
  EXPECT_EQ(Run("score " + Dirs() + " --min dates.bogus_f1=0.8"), 2);
  EXPECT_EQ(Run("score " + Dirs() + " --min dates.by_type.DATE.f1=1 --min=commitments.by_type.meet.r=1"), 0)
      << Read("err");
  EXPECT_EQ(Run("score " + Dirs() + " --min commitments.by_type.review.f1=0.5"), 1);
  EXPECT_NE(Read("err").find("commitments.by_type.review.f1 not measured"), std::string::npos) << Read("err");
  EXPECT_EQ(Run("score " + Dirs() + " --min topics.by_type.ai.f1=0.5"), 2);
  EXPECT_EQ(Run("score --gold " + (dir_ / "gold").string()), 2);
}

TEST_F(ScoreCliTest, BadFilesAreReportedAndSkipped) {
  Write("gold/a.gold.json", SmallGold().dump());
  Write("gold/b.gold.json", SmallGold().dump());
  Write("gold/c.gold.json", "{\"dates\": [oops");
  Write("pred/a.json", std::string(5000, '['));
  // b has no prediction: scored as empty, a warning only.
  EXPECT_EQ(Run("score --json " + Dirs()), 1);
  std::string err = Read("err");
  EXPECT_NE(err.find("a.json"), std::string::npos) << err;
  EXPECT_NE(err.find("b.json: no prediction"), std::string::npos) << err;
  EXPECT_NE(err.find("c.gold.json"), std::string::npos) << err;
  json overall = Report();
  ASSERT_TRUE(overall.is_object()) << Read("out") << Read("err");
  EXPECT_EQ(overall["documents"], 2);  // a and b scored as empty; c skipped
  EXPECT_EQ(overall["dates.value_f1"], 0.0);
}

TEST_F(ScoreCliTest, EvalScoresInMemory) {
  Write("gold/x.txt",
        "The EU and Japan held their third Digital Partnership Council in Tokyo on 12 May 2025.\n");
  Write("gold/x.meta.json", R"({"published": "2025-05-12"})");
  Write("gold/x.gold.json",
        R"({"dates": [{"start": 74, "end": 85, "text": "12 May 2025", "type": "DATE",
            "value": "2025-05-12"}]})");
  EXPECT_EQ(Run("eval --json --min dates.strict_f1=1 --min dates.value_f1=1 " + (dir_ / "gold").string()), 0) << Read("err");
  json overall = Report();
  ASSERT_TRUE(overall.is_object()) << Read("out") << Read("err");
  EXPECT_EQ(overall["dates.documents"], 1);
  EXPECT_EQ(overall["dates.relaxed_f1"], 1.0);
  EXPECT_TRUE(fs::is_empty(dir_ / "pred"));  // nothing written
}

TEST_F(ScoreCliTest, EvalScoresOrphanGoldAsEmptyAndListsErrors) {
  Write("gold/x.txt", "Ministers met in Tokyo on 12 May 2025.\n");
  Write("gold/x.gold.json",
        R"({"dates": [{"start": 26, "end": 37, "text": "12 May 2025", "type": "DATE",
            "value": "2025-05-12"}]})");
  Write("gold/no-gold.txt", "Nothing to score here.\n");
  // y's document is missing: 1 gold date, no prediction.
  Write("gold/y.gold.json",
        R"({"dates": [{"start": 0, "end": 4, "text": "2024", "type": "DATE", "value": "2024"}]})");
  EXPECT_EQ(Run("eval --json --errors " + (dir_ / "gold").string()), 0) << Read("err");
  std::vector<json> lines;
  std::istringstream in(Read("out"));
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line, nullptr, false));
  ASSERT_GE(lines.size(), 2u) << Read("out");
  const json& overall = lines.back();
  ASSERT_TRUE(overall.is_object());
  EXPECT_EQ(overall["documents"], 2);
  // x: 1 of 1; y: 0 of 1. Micro: 1 correct / 1 predicted / 2 gold: P 1, R 0.5, F1 2/3.
  EXPECT_NEAR(overall["dates.relaxed_f1"].get<double>(), 2.0 / 3, 1e-6);
  // The one error is y's date, a false negative.
  ASSERT_EQ(lines.size(), 2u) << Read("out");
  EXPECT_EQ(lines[0]["document"], "y");
  EXPECT_EQ(lines[0]["kind"], "FN");
  EXPECT_EQ(lines[0]["text"], "2024");
  std::string err = Read("err");
  EXPECT_NE(err.find("y.gold.json: no document"), std::string::npos) << err;
  EXPECT_NE(err.find("no-gold.txt: no no-gold.gold.json"), std::string::npos) << err;
}

TEST_F(ScoreCliTest, EvalWithGoldDirCountsDocumentsWithoutGold) {
  // Texts in one folder, gold in another (as tests/heldout keeps it): a text
  // without gold there is counted, not named; gold without its text scores
  // as an empty prediction.
  Write("pred/x.txt", "Ministers met in Tokyo on 12 May 2025.\n");
  Write("pred/no-gold-1.txt", "Nothing to score here.\n");
  Write("pred/no-gold-2.txt", "Nor here.\n");
  Write("gold/x.gold.json",
        R"({"dates": [{"start": 26, "end": 37, "text": "12 May 2025", "type": "DATE",
            "value": "2025-05-12"}]})");
  Write("gold/y.gold.json",
        R"({"dates": [{"start": 0, "end": 4, "text": "2024", "type": "DATE", "value": "2024"}]})");
  EXPECT_EQ(Run("eval --json --gold " + (dir_ / "gold").string() + " " + (dir_ / "pred").string()), 0)
      << Read("err");
  json overall = Report();
  ASSERT_TRUE(overall.is_object()) << Read("out") << Read("err");
  EXPECT_EQ(overall["documents"], 2);
  EXPECT_NEAR(overall["dates.relaxed_f1"].get<double>(), 2.0 / 3, 1e-6);
  std::string err = Read("err");
  EXPECT_NE(err.find("2 documents without gold in " + (dir_ / "gold").string()), std::string::npos) << err;
  EXPECT_EQ(err.find("no-gold-1"), std::string::npos) << err;
  EXPECT_NE(err.find("y.gold.json: no document"), std::string::npos) << err;
  EXPECT_EQ(Run("eval --gold " + (dir_ / "gold").string() + " " + (dir_ / "nothing").string()), 2);
}

TEST_F(ScoreCliTest, PredAcceptsJsonLinesMatchedById) {
  json a = SmallGold(), b = SmallGold(), other = SmallGold();
  a["id"] = "a";
  b["id"] = "b";
  b["dates"][1]["value"] = "2025";
  other["id"] = "not-in-gold";
  for (const char* name : {"a", "b", "c"}) Write(std::string("gold/") + name + ".gold.json", SmallGold().dump());
  Write("pred/a.json", a.dump());
  Write("pred/b.json", b.dump());
  // b before a, a blank line and a record without gold: matched by id, not by line.
  Write("pred.jsonl", b.dump() + "\n\n" + other.dump() + "\n" + a.dump() + "\n");
  const std::string gold = "--gold " + (dir_ / "gold").string();
  const std::string lines = (dir_ / "pred.jsonl").string();

  ASSERT_EQ(Run("score --json " + Dirs()), 0) << Read("err");
  json from_folder = Report();
  ASSERT_TRUE(from_folder.is_object()) << Read("out");
  // c has no prediction either way: scored as empty, a warning only.
  EXPECT_EQ(Run("score --json " + gold + " --pred " + lines), 0) << Read("err");
  EXPECT_EQ(Report(), from_folder);
  std::string err = Read("err");
  EXPECT_NE(err.find("no record with id c, scored as empty"), std::string::npos) << err;
  EXPECT_NE(err.find(lines + ": 1 record has no NAME.gold.json for its id"), std::string::npos) << err;
  EXPECT_EQ(Run("score --json " + gold + " --pred - < " + lines), 0) << Read("err");
  EXPECT_EQ(Report(), from_folder);

  // A doubled id is a problem (the first record counts); so is an error
  // record, scored as empty, as an unreadable NAME.json is.
  Write("doubled.jsonl", a.dump() + "\n" + a.dump() + "\n" + b.dump() + "\n");
  EXPECT_EQ(Run("score --json " + gold + " --pred " + (dir_ / "doubled.jsonl").string()), 1);
  EXPECT_NE(Read("err").find("doubled.jsonl:2: a second record with id a"), std::string::npos) << Read("err");
  EXPECT_EQ(Report(), from_folder);
  Write("failed.jsonl", R"({"id": "a", "error": {"message": "unreadable"}})" "\n" + b.dump() + "\n");
  EXPECT_EQ(Run("score --json " + gold + " --pred " + (dir_ / "failed.jsonl").string()), 1);
  EXPECT_NE(Read("err").find("failed.jsonl:1: an error record"), std::string::npos) << Read("err");
  EXPECT_EQ(Report()["documents"], 3);
  EXPECT_EQ(Run("score " + gold + " --pred " + (dir_ / "missing.jsonl").string()), 2);
}

TEST_F(ScoreCliTest, PartialGoldIsScoredOnWhatItHolds) {
  json gold = SmallGold();
  for (json& c : gold["commitments"]) c = {{"trigger", c["trigger"]}};
  json pred = SmallGold();
  pred["commitments"][0]["type"] = "pledge";
  Write("gold/a.gold.json", gold.dump());
  Write("pred/a.json", pred.dump());
  // Without --partial a commitment needs all its attributes.
  EXPECT_EQ(Run("score --json " + Dirs()), 1);
  EXPECT_NE(Read("err").find("commitments[0]: missing \"type\" (item skipped)"), std::string::npos)
      << Read("err");
  ASSERT_EQ(Run("score --json --partial " + Dirs()), 0) << Read("err");
  json overall = Report();
  EXPECT_EQ(overall["commitments.detection_f1"], 1.0);
  EXPECT_TRUE(overall["commitments.type_acc"].is_null());
  EXPECT_TRUE(overall["commitments.full_f1"].is_null());
  EXPECT_EQ(overall["dates.value_f1"], 1.0);
  std::set<std::string> scored = overall["scored"];
  EXPECT_TRUE(scored.count("commitments.detection_f1"));
  EXPECT_FALSE(scored.count("commitments.type_acc"));
  ASSERT_EQ(Run("score --partial " + Dirs()), 0) << Read("err");
  EXPECT_NE(Read("out").find("not scored (no gold file holds what they need): commitments.type_acc"),
            std::string::npos)
      << Read("out");

  // eval reads its gold files the same way.
  Write("gold/x.txt", "Ministers met in Tokyo on 12 May 2025.\n");
  Write("gold/x.gold.json", R"({"dates": [{"start": 26, "end": 37, "text": "12 May 2025"}]})");
  fs::remove(dir_ / "gold" / "a.gold.json");
  fs::remove(dir_ / "gold" / "b.gold.json");
  EXPECT_EQ(Run("eval --json " + (dir_ / "gold").string()), 1);
  ASSERT_EQ(Run("eval --json --partial " + (dir_ / "gold").string()), 0) << Read("err");
  overall = Report();
  EXPECT_EQ(overall["dates.strict_f1"], 1.0);
  EXPECT_TRUE(overall["dates.value_f1"].is_null());
  EXPECT_TRUE(overall["dates.type_acc"].is_null());
  EXPECT_FALSE(overall.contains("dates.by_type.DATE.f1"));
}

}  // namespace
}  // namespace communique
