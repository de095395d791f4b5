#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "communique/score.h"
#include "communique/serialize.h"
#include "extract/commitments.h"
#include "testing/gold_score.h"
#include "testing/test_engine.h"

namespace communique {
namespace {

using testing::DefaultEngine;
using testing::DefaultStages;
using testing::RunPipeline;

bool IsCommitmentType(const std::string& type) {
  return type != "stance" && type != "appeal" && type != "report";
}

TEST(Commitments, EveryTriggerExampleFires) {
  const CommitmentExtractor& extractor = DefaultStages().commitments();
  ASSERT_GE(extractor.rules().size(), 20u);
  for (const auto& rule : extractor.rules()) {
    EXPECT_FALSE(rule.examples.empty()) << rule.rule_id << " has no example";
    for (const std::string& example : rule.examples) {
      Document doc = RunPipeline(example);
      std::vector<Commitment> found;
      auto traces = extractor.Trace(doc, &found);
      bool fired = std::any_of(traces.begin(), traces.end(),
                               [&](const auto& t) { return t.rule == rule.rule_id; });
      EXPECT_TRUE(fired) << rule.rule_id << " does not fire on \"" << example << "\"";
      if (IsCommitmentType(rule.type)) {
        bool made = std::any_of(found.begin(), found.end(), [&](const Commitment& c) {
          return c.rule == rule.rule_id && c.type == rule.type;
        });
        EXPECT_TRUE(made) << rule.rule_id << " gives no " << rule.type << " commitment on \"" << example << "\"";
      } else {
        bool made = std::any_of(found.begin(), found.end(),
                                [&](const Commitment& c) { return c.rule == rule.rule_id; });
        EXPECT_FALSE(made) << rule.rule_id << " (" << rule.type << ") made a commitment on \"" << example << "\"";
      }
    }
    for (const std::string& counter : rule.counter_examples) {
      Document doc = RunPipeline(counter);
      bool made = std::any_of(doc.commitments.begin(), doc.commitments.end(),
                              [&](const Commitment& c) { return c.rule == rule.rule_id; });
      EXPECT_FALSE(made) << rule.rule_id << " fires on its counter-example \"" << counter << "\"";
    }
  }
}

struct Expected {
  std::string type, status, trigger, action;
  bool negated = false, hedged = false;
};

struct Case {
  const char* text;
  std::vector<Expected> commitments;
};

TEST(Commitments, ClauseTable) {
  const std::vector<Case> cases = {
      {"The EU and Japan agreed to further cooperate on AI.",
       {{"agree", "planned", "agreed", "further cooperate on AI"}}},
      // A bare adverb before the main verb stays out; inside the group it stays in.
      {"The EU and Japan also agreed to act. They will also enhance collaboration on data.",
       {{"agree", "planned", "agreed", "act"}, {"intend", "planned", "will also enhance", "collaboration on data"}}},
      // Two clauses, two triggers.
      {"The EU and Japan agreed to open an office and will review it in 2026.",
       {{"agree", "planned", "agreed", "open an office"}, {"review", "planned", "will review", "it in 2026"}}},
      // Status from tense and aspect.
      {"The EU and Japan are working towards interoperability.",
       {{"intend", "ongoing", "are working", "interoperability"}}},
      {"The EU and Japan have started work on a group.", {{"launch", "ongoing", "have started", "work on a group"}}},
      {"The EU and Japan have reinforced cooperation on cables, recognizing the need for more.",
       {{"cooperate", "done", "have reinforced", "cooperation on cables"}}},
      {"The EU and Japan launched a call, which aims to help.", {{"launch", "done", "launched", "a call"}}},
      // A prepositional participle stays in the action (tests/dev/notes.md 42); "in order to"
      // is not skipped as a linking word.
      {"The EU and Japan held talks, concerning the crash of the airplane.",
       {{"meet", "done", "held", "talks, concerning the crash of the airplane"}}},
      {"The EU and Japan will cooperate in order to strengthen the pressure.",
       {{"cooperate", "planned", "will cooperate", "in order to strengthen the pressure"}}},
      {"The EU and Japan reiterated their commitment to AI, including the Hiroshima process.",
       {{"pledge", "planned", "reiterated their commitment", "AI, including the Hiroshima process"}}},
      {"The fourth Council is planned for 2026 in Brussels.",
       {{"schedule", "planned", "is planned", "The fourth Council"}}},
      // Negation and hedging.
      {"The EU and Japan will not impose tariffs.", {{"intend", "planned", "will not impose", "tariffs", true}}},
      {"Members did not agree on language on data flows.",
       {{"agree", "planned", "did not agree", "language on data flows", true}}},
      {"The EU and Japan may consider cooperation on space.",
       {{"intend", "planned", "may consider", "cooperation on space", false, true}}},
      // Verbs sharing a modal: one trigger when they share the object, two
      // commitments when each has its own.
      {"The EU and Japan will expand and deepen ties.",
       {{"cooperate", "planned", "will expand and deepen", "ties"}}},
      {"The EU and Japan will combine their capabilities and establish a working group.",
       {{"intend", "planned", "will combine", "their capabilities"},
        {"launch", "planned", "establish", "a working group"}}},
      // "and V" inside an infinitive of the first action stays in it.
      {"The EU and Japan will join forces to expand production and benefit health.",
       {{"intend", "planned", "will join", "forces to expand production and benefit health"}}},
      // A series of past verbs shares the subject; stances in it are no commitments.
      {"The EU and Japan discussed the crisis, committed to providing aid, and underscored the need for access.",
       {{"cooperate", "done", "discussed", "the crisis"}, {"pledge", "planned", "committed", "providing aid"}}},
      // A commitment head a few words after the verb joins the trigger.
      {"The EU reaffirmed to Japan its commitment to provide support.",
       {{"pledge", "planned", "reaffirmed to Japan its commitment", "provide support"}}},
      // Passive with an agent: the agents did it, the action is what was signed.
      {"The agreement was signed by Japan and the EU.",
       {{"sign", "done", "was signed", "The agreement"}}},
      // "will be" + an unlisted participle + "by" + parties: theirs, as "will implement" would be;
      // an agent that is no party of the statement undertakes nothing, nor does a date.
      {"Japan and the EU met in Tokyo. The roadmap will be implemented by Japan and the EU.",
       {{"meet", "done", "met", "Tokyo"}, {"intend", "planned", "will be implemented", "The roadmap"}}},
      {"Japan and the EU met in Tokyo. Grain prices will be affected by Russia.",
       {{"meet", "done", "met", "Tokyo"}}},
      {"The roadmap will be finished by 2027.", {}},
      // ", as well as" does not end an action.
      {"The EU and Japan reviewed their efforts, as well as their readiness to act.",
       {{"review", "done", "reviewed", "their efforts, as well as their readiness to act"}}},
      // Not commitments.
      {"They discussed the challenges that Japan and the EU will face together.",
       {{"cooperate", "done", "discussed", "the challenges that Japan and the EU will face together"}}},
      {"He commended Japan and the EU on their courageous work to improve ties.", {}},
      {"The Corridor will enhance export possibilities for Zambia.", {}},
      {"The EU and Japan recognize the need to act.", {}},
      {"The EU and Japan welcomed the launch of the call.", {}},
      {"The leaders called on Russia to withdraw its troops.", {}},
      {"This will enhance cooperation in quantum science.", {}},
      {"More information will be available here tomorrow.", {}},
      {"Background\nThe EU and Japan launched a partnership in 2022.", {}},
      // Review 6: be + an -ing form is an undertaking for the progressive class only; "must"
      // for the verb class only; "took place" for a meeting's head only; "announced" + a
      // name launches no country, person or role.
      {"Japan and Australia held talks. Japan is facing a shrinking population. The United States "
       "will be closely watching the election. Japan is providing $52 million in aid.",
       {{"meet", "done", "held", "talks"}, {"intend", "ongoing", "is providing", "$52 million in aid"}}},
      {"Japan and India held talks. Japan must face the reality of an aging society. We must "
       "continue to support Ukraine.",
       {{"meet", "done", "held", "talks"}, {"intend", "planned", "must continue", "support Ukraine"}}},
      {"Japan and India held talks. The earthquake took place on May 3. The talks took place in Delhi.",
       {{"meet", "done", "held", "talks"}, {"meet", "done", "took place", "The talks"}}},
      {"Japan and India held talks. They announced Tokyo as the host city. They announced Ukraine "
       "would receive aid. They announced the Quad Fellowship.",
       {{"meet", "done", "held", "talks"}, {"intend", "planned", "would receive", "aid"},
        {"launch", "done", "announced", "the Quad Fellowship"}}},
      // A name's joined hyphens and periods are the name's: its head is "Hub", no country.
      {"The United States unveiled the U.S.-ASEAN Climate Solutions Hub.",
       {{"launch", "done", "unveiled", "the U.S.-ASEAN Climate Solutions Hub"}}},
      // An adverb after the modal belongs to the verb group, it is no verb.
      {"The EU and Japan will therefore work closely on AI.",
       {{"intend", "planned", "will therefore work closely", "AI"}}},
      {"The EU and Japan will significantly deepen cooperation on AI.",
       {{"cooperate", "planned", "will significantly deepen", "cooperation on AI"}}},
      {"The EU and Japan concurred to further strengthen ties.",
       {{"agree", "planned", "concurred", "further strengthen ties"}}},
      // Agreeing on the importance of something is a view (stance).
      {"The EU and Japan agreed on the importance of open markets.", {}},
      // "The endeavor we launch today": a reduced relative, not "we launch".
      {"The EU and Japan held talks. The endeavor we launch today will help peace.",
       {{"meet", "done", "held", "talks"}}},
  };
  for (const Case& c : cases) {
    Document doc = RunPipeline(c.text, "2025-05-12");
    std::vector<Expected> got;
    for (const Commitment& m : doc.commitments) {
      got.push_back({m.type, m.status, std::string(doc.OriginalText(m.trigger)),
                     std::string(doc.OriginalText(m.action)), m.negated, m.hedged});
    }
    ASSERT_EQ(got.size(), c.commitments.size()) << c.text;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].type, c.commitments[i].type) << c.text;
      EXPECT_EQ(got[i].status, c.commitments[i].status) << c.text;
      EXPECT_EQ(got[i].trigger, c.commitments[i].trigger) << c.text;
      EXPECT_EQ(got[i].action, c.commitments[i].action) << c.text;
      EXPECT_EQ(got[i].negated, c.commitments[i].negated) << c.text;
      EXPECT_EQ(got[i].hedged, c.commitments[i].hedged) << c.text;
    }
  }
}

TEST(Commitments, SubjectsResolveToActors) {
  struct ActorCase {
    const char* text;
    std::vector<std::vector<std::string>> actors;  // per commitment
  };
  const std::vector<ActorCase> cases = {
      {"The EU and Japan held talks. They agreed to act.", {{"EU", "JP"}, {"EU", "JP"}}},
      {"The EU and Japan held talks. Both partners exchanged information.", {{"EU", "JP"}, {"EU", "JP"}}},
      {"The EU and Japan held talks. The next summit will take place in Tokyo.", {{"EU", "JP"}, {"EU", "JP"}}},
      // A verb after "and" shares the subject that opens the sentence.
      {"The EU and Japan are united in this goal and will work to strengthen ties.", {{"EU", "JP"}}},
      // "Our countries" is "we"; the first sentence names the parties.
      {"The EU and Japan issued this statement. Our countries will work together.", {{"EU", "JP"}}},
      // Passive agents; "met today with" adds the partner.
      {"The agreement was signed by Japan and the EU.", {{"EU", "JP"}}},
      {"Japan met today with the EU in Tokyo.", {{"EU", "JP"}}},
      // The parties of a first sentence: an institution and a person, not the
      // person's affiliation.
      {"Today, the European Council was joined by President Joseph R. Biden, Jr. of the United States. "
       "The leaders discussed Ukraine.",
       {{"european-council", "joseph-r-biden-jr"}}},
      // An adverbial before "we" ("Together we", "To this end we").
      {"The EU and Japan issued this statement. Together we will deepen ties. To this end we "
       "will hold talks.",
       {{"EU", "JP"}, {"EU", "JP"}}},
      // A determiner, modifiers and a plural head refer back to the parties.
      {"The EU and Japan held talks. The three National Security Advisors discussed AI. "
       "The countries will review the plan.",
       {{"EU", "JP"}, {"EU", "JP"}, {"EU", "JP"}}},
      // "The leaders" with one principal party: the first sentence's persons.
      {"President Joseph R. Biden, Jr. spoke with Prime Minister Yoshihide Suga of Japan. "
       "The President discussed trade. The leaders agreed to act.",
       {{"joseph-r-biden-jr", "yoshihide-suga"}, {"joseph-r-biden-jr"},
        {"joseph-r-biden-jr", "yoshihide-suga"}}},
      // "We, A and B," names "we" wherever it stands; a lowercase "we" before
      // it does not.
      {"Japan issued this statement, as we know. We, Japan and the European Union, share "
       "values. We will deepen ties.",
       {{"EU", "JP"}}},
      // "Allies" is NATO where the document names it.
      {"NATO leaders met in Madrid. Allies will endorse a new Strategic Concept.",
       {{"nato"}, {"nato"}}},
  };
  for (const ActorCase& c : cases) {
    Document doc = RunPipeline(c.text, "2025-05-12");
    std::vector<std::vector<std::string>> got;
    for (const Commitment& m : doc.commitments) {
      std::vector<std::string> ids = m.actors;
      std::sort(ids.begin(), ids.end());
      got.push_back(ids);
    }
    EXPECT_EQ(got, c.actors) << c.text;
  }
}

// SPEC 7: "we" with no apposition and a first sentence naming nobody takes
// the parties in the title; the first sentence, when it names parties, wins.
TEST(Commitments, WeFallsBackToTheTitle) {
  struct TitleCase {
    const char* title;
    const char* text;
    std::vector<std::string> we;  // actors of the first commitment, sorted
  };
  const std::vector<TitleCase> cases = {
      {"Joint Statement by Japan and the European Union",
       "We will deepen our cooperation on AI. Japan and the EU also met in Tokyo.", {"EU", "JP"}},
      // Typographic apostrophes and dashes match the normalized names.
      {"United States\u2013Japan Joint Leaders\u2019 Statement",
       "We will work together on space. The United States and Japan held talks.", {"JP", "US"}},
      // What follows "on" is the subject matter, not a party.
      {"G7 Leaders' Statement on Ukraine",
       "We will continue to support the people. The G7 stands with Ukraine.", {"g7"}},
      // With nothing before "on" naming a party, the rest of the title counts.
      {"Joint Statement by the Two Presidents on U.S.-EU Cooperation",
       "We will work together on energy. The U.S. and the EU agree.", {"EU", "US"}},
      // A person's affiliation is no party of its own.
      {"Readout of Prime Minister Yoshihide Suga of Japan's Call",
       "We will meet again. Prime Minister Yoshihide Suga of Japan spoke.", {"yoshihide-suga"}},
      // The first sentence names a party: it wins over the title (SPEC order).
      {"Joint Statement by Japan and the European Union",
       "Japan issued this statement today. We will deepen our cooperation. The EU agreed.", {"JP"}},
      // A title naming its authors gives them, named in the text or not, when the first
      // sentence's subject names no party (SPEC 7, 8a: objects and compounds do not count).
      {"Joint Statement by President Joseph R. Biden Jr. of the United States and President "
       "Iv\u00e1n Duque M\u00e1rquez of the Republic of Colombia",
       "We met today to outline a vision for the U.S.-Colombia relationship. We committed to "
       "expanding cooperation.", {"ivan-duque-marquez", "joseph-r-biden-jr"}},
      // The White House's own style, "Biden, Jr.": the postnominal is the name's, and the
      // first sentence's objects are no authors (review finding 1).
      {"Joint Statement by President Joseph R. Biden, Jr. and Prime Minister Fumio Kishida",
       "We will continue to support Ukraine.", {"fumio-kishida", "joseph-r-biden-jr"}},
      // Only the first sentence's subjects, also where no commitment's verb was read: not its
      // object, nor a relative clause on it, nor the author of a single-author title.
      {"Joint Leaders Statement on AUKUS",
       "In September 2021, Australia, the United Kingdom and the United States announced AUKUS, a "
       "partnership that will promote security. We will deliver the submarine.", {"AU", "GB", "US"}},
      {"Statement by President Joseph R. Biden, Jr. on the Agreement with the European Union",
       "Today, the United States and the European Union made a breakthrough in the dispute. We agreed "
       "to suspend our tariffs.", {"EU", "US"}},
      // A title in title case is no list of names.
      {"Remarks by President Biden Before Working Session I of the NATO Summit",
       "We will continue our work. NATO agreed.", {"nato"}},
      // No title: the principal parties, as before.
      {"", "We will deepen our cooperation on AI. Japan and the EU also met in Tokyo. Japan "
           "will act.", {"JP"}},
  };
  for (const TitleCase& c : cases) {
    InputDocument input;
    input.id = "title-test";
    input.bytes = c.text;
    input.title = nlohmann::json::parse("\"" + std::string(c.title) + "\"").get<std::string>();
    Document doc = DefaultEngine().Process(std::move(input));
    ASSERT_FALSE(doc.commitments.empty()) << c.text;
    std::vector<std::string> ids = doc.commitments[0].actors;
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, c.we) << c.title << " | " << c.text;
  }
}

// The CLI reads "title" from the sidecar NAME.meta.json into the document (it
// decides who "we" is), and rejects a title that is not a string.
TEST(Commitments, CliSidecarTitleReachesTheDocument) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("communique-title-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path text = dir / "release.txt", meta = dir / "release.meta.json";
  std::ofstream(text) << "We will deepen our cooperation on AI. Japan and the EU also met in Tokyo. "
                         "Japan will act.\n";
  auto run = [&](const std::string& meta_json, int* status) {
    std::ofstream(meta) << meta_json;
    std::string command = std::string(COMMUNIQUE_BINARY) + " extract " + text.string() + " 2>/dev/null";
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    int raw = pclose(pipe);
    *status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return out;
  };
  auto first_actors = [](const std::string& out) {
    nlohmann::json record = nlohmann::json::parse(out.substr(0, out.find('\n')), nullptr, false);
    std::vector<std::string> ids;
    if (record.is_discarded() || !record.contains("commitments") || record["commitments"].empty()) {
      return ids;
    }
    ids = record["commitments"][0]["actors"].get<std::vector<std::string>>();
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  int status = -1;
  std::string with_title = run(R"({"title": "Joint Statement by Japan and the European Union"})", &status);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(first_actors(with_title), (std::vector<std::string>{"EU", "JP"}));
  std::string without = run(R"({"published": "2025-05-12"})", &status);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(first_actors(without), (std::vector<std::string>{"JP"}));
  run(R"({"title": 42})", &status);
  EXPECT_NE(status, 0);
  fs::remove_all(dir);
}

TEST(Commitments, NearMissesSayWhy) {
  Document doc = RunPipeline("The EU and Japan recognize the need to act. This will enhance cooperation.");
  auto traces = DefaultStages().commitments().Trace(doc, nullptr);
  ASSERT_EQ(traces.size(), 2u);
  EXPECT_NE(traces[0].reason.find("stance"), std::string::npos) << traces[0].reason;
  EXPECT_NE(traces[1].reason.find("not an actor"), std::string::npos) << traces[1].reason;
  EXPECT_EQ(traces[0].commitment, -1);
}

// Scores the engine's output on a gold file with the library scorer (SPEC 9),
// so that these bounds measure what `communique eval` reports.
void ScoreGold(const std::filesystem::path& dir, const std::string& name, Format format,
               ScoreReport* report) {
  Result<Annotations> gold = ParseAnnotations(testing::ReadFile(dir / (name + ".gold.json")));
  ASSERT_TRUE(gold.ok()) << name << ": " << gold.status().ToString();
  Document doc = DefaultEngine().Process(testing::GoldInput(dir, name, format));
  Result<Annotations> pred = ParseAnnotations(ToJson(doc));
  ASSERT_TRUE(pred.ok()) << name << ": " << pred.status().ToString();
  report->Add(ScoreDocument(name, *gold, *pred));
}

// The gold tests read the meta as `communique eval` does: a title naming its
// authors and a publisher's address decide who "we" and "the Prime Minister" are
// (review finding 5: only the published date reached the pipeline).
TEST(Commitments, GoldInputCarriesTheMeta) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("communique-gold-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "pm.txt") << "The Prime Minister spoke with Prime Minister Fumio Kishida of Japan.\n";
  std::ofstream(dir / "pm.meta.json") << R"({"published": "2025-05-12", "title": "PM call with Prime Minister )"
                                         R"(Kishida", "url": "https://www.pm.gc.ca/en/news/readouts/x"})";
  const InputDocument input = testing::GoldInput(dir, "pm");
  EXPECT_EQ(input.published, std::optional<std::string>("2025-05-12"));
  EXPECT_EQ(input.title, "PM call with Prime Minister Kishida");
  EXPECT_EQ(input.url, "https://www.pm.gc.ca/en/news/readouts/x");
  Document doc = DefaultEngine().Process(testing::GoldInput(dir, "pm"));
  ASSERT_EQ(doc.commitments.size(), 1u);
  std::vector<std::string> ids = doc.commitments[0].actors;
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"CA", "fumio-kishida"}));
  fs::remove_all(dir);
}

// Every commitment actor id names an actor of the record (review finding 2), over
// corpus/ and the whole pools of ../shared/press (skipped when absent): a party the
// text does not name (a title's authors, a group's members, the publisher's country
// for "The Prime Minister") is an actor without mentions.
TEST(Commitments, ActorIdsAreTheRecordsActors) {
  namespace fs = std::filesystem;
  std::vector<std::string> dangling, dropped;
  size_t checked = 0;
  auto check = [&](const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".txt") names.push_back(entry.path().stem().string());
    }
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      Document doc = DefaultEngine().Process(testing::GoldInput(dir, name));
      for (const Commitment& c : doc.commitments) {
        ++checked;
        for (const std::string& id : c.actors) {
          const bool known = std::any_of(doc.actors.begin(), doc.actors.end(),
                                         [&](const Actor& a) { return a.id == id; });
          if (!known) dangling.push_back(name + " " + id);
        }
      }
      // The stage drops an id it can make no actor for (so none dangles
      // above) and warns: none may be dropped.
      for (const Diagnostic& d : doc.diagnostics) {
        if (d.message.find("has no actor record") != std::string::npos) dropped.push_back(name + ": " + d.message);
      }
    }
  };
  check(fs::path(COMMUNIQUE_SOURCE_DIR) / "corpus");
  if (auto shared = testing::SharedDir()) {
    for (const auto& pool : fs::directory_iterator(*shared / "press")) {
      if (pool.is_directory()) check(pool.path());
    }
  }
  EXPECT_GT(checked, 80u);
  EXPECT_EQ(dangling, std::vector<std::string>{});
  EXPECT_EQ(dropped, std::vector<std::string>{});
}

// The parties the text does not name join the record's actors without mentions, with the
// lexicon's type and name: a group's members, the publisher's country for "The Prime
// Minister", a joint statement's authors.
TEST(Commitments, UnnamedPartiesAreActorsWithoutMentions) {
  struct Case {
    const char* text;
    const char* title;
    const char* url;
    std::vector<std::string> without_mentions;  // "id type name", in the record's order
  };
  const std::vector<Case> cases = {
      {"The AUKUS partners will build submarines.", "", "",
       {"AU country Australia", "GB country United Kingdom", "US country United States"}},
      {"The Prime Minister spoke to Chancellor Olaf Scholz this morning.", "",
       "https://www.gov.uk/government/news/pm-call", {"GB country United Kingdom"}},
      {"We met today. We will deepen our cooperation.",
       "Joint Statement by Prime Minister Fumio Kishida and President Emmanuel Macron", "",
       {"fumio-kishida person Fumio Kishida", "emmanuel-macron person Emmanuel Macron"}},
  };
  for (const Case& c : cases) {
    InputDocument input;
    input.id = "unnamed-parties";
    input.bytes = c.text;
    input.title = c.title;
    input.url = c.url;
    input.published = "2023-03-13";
    input.published_source = PublishedSource::kCli;
    Document doc = DefaultEngine().Process(std::move(input));
    ASSERT_FALSE(doc.commitments.empty()) << c.text;
    std::vector<std::string> without;
    for (const Actor& a : doc.actors) {
      if (a.mentions.empty()) without.push_back(a.id + " " + a.type + " " + a.name);
    }
    EXPECT_EQ(without, c.without_mentions) << c.text;
  }
}

// A party no actor record can be made for is dropped with one warning, also when
// the stage runs again on its own output (Stage::Run replaces its field): the
// warning used to be appended a second time.
TEST(Commitments, DroppedPartyWarnsOnceWhenTheStageRunsAgain) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("communique-dropped-" + std::to_string(getpid()));
  fs::create_directories(dir / "actors");
  // A group with a member id the actor lexicon lacks.
  std::ofstream(dir / "actors/memberships.jsonl")
      << R"({"id": "members-aukus", "group": "aukus", "source": "test", "members": [{"id": "AU"}, {"id": "ZZ"}]})"
      << "\n";
  Result<RulePack> pack = RulePack::LoadOverlay(dir.string());
  fs::remove_all(dir);
  ASSERT_TRUE(pack.ok()) << pack.status().message();
  auto engine = Engine::Create(*pack, {});
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  InputDocument input;
  input.bytes = "The AUKUS partners will build submarines.";
  input.published = "2023-03-13";
  input.published_source = PublishedSource::kCli;
  Document doc = (*engine)->Process(std::move(input));
  auto warnings = [&] {
    return std::count_if(doc.diagnostics.begin(), doc.diagnostics.end(), [](const Diagnostic& d) {
      return d.message.find("commitment party \"ZZ\" has no actor record") != std::string::npos;
    });
  };
  ASSERT_EQ(doc.commitments.size(), 1u);
  EXPECT_EQ(doc.commitments[0].actors, std::vector<std::string>{"AU"});
  ASSERT_EQ(warnings(), 1);
  const std::string before = ToJson(doc);
  for (const Stage* stage : EngineStages::Of(**engine).order()) {
    if (stage->Name() == "commitments") stage->Run(doc);
  }
  EXPECT_EQ(warnings(), 1);
  EXPECT_EQ(ToJson(doc), before);
}

double Value(const ScoreReport& report, Metric metric) {
  return report.Value(metric).value_or(MetricValue{}).value;
}

// Sentence boundaries are placed in one walk over the tokens; a document whose
// sentences are not in text order (the API does not forbid it) reads each
// sentence as it reads it in order.
TEST(Commitments, SentencesOutOfOrderReadTheSame) {
  const CommitmentExtractor& extractor = DefaultStages().commitments();
  Document doc = RunPipeline(
      "The EU agreed to open an office. Japan will review the plan in 2026. "
      "The EU and Japan signed the agreement.",
      "2025-05-12");
  auto spans = [](const std::vector<Commitment>& commitments) {
    std::vector<std::array<uint32_t, 4>> out;
    for (const Commitment& c : commitments) {
      out.push_back({c.trigger.begin, c.trigger.end, c.action.begin, c.action.end});
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  ASSERT_EQ(doc.sentences.size(), 3u);
  ASSERT_EQ(doc.commitments.size(), 3u);
  for (const std::vector<size_t>& order :
       std::vector<std::vector<size_t>>{{2, 1, 0}, {1, 0, 2}, {0, 2, 1}}) {
    Document shuffled = doc;
    for (size_t i = 0; i < order.size(); ++i) shuffled.sentences[i] = doc.sentences[order[i]];
    std::vector<Commitment> found;
    extractor.Trace(shuffled, &found);
    EXPECT_EQ(spans(found), spans(doc.commitments)) << order[0] << order[1] << order[2];
  }
}

// Run() skips the traces Trace() builds: both must give the same commitments,
// and every accepted trace must name its commitment.
TEST(Commitments, RunAndTraceAgree) {
  std::filesystem::path dir = std::filesystem::path(COMMUNIQUE_SOURCE_DIR) / "corpus";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no corpus";
  const CommitmentExtractor& extractor = DefaultStages().commitments();
  size_t checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    Document doc = RunPipeline(testing::ReadFile(entry.path()));
    std::vector<Commitment> traced;
    auto traces = extractor.Trace(doc, &traced);
    const std::string name = entry.path().filename().string();
    ASSERT_EQ(traced.size(), doc.commitments.size()) << name;
    for (size_t i = 0; i < traced.size(); ++i) {
      const Commitment& r = doc.commitments[i];
      const Commitment& t = traced[i];
      EXPECT_TRUE(r.type == t.type && r.status == t.status && r.actors == t.actors &&
                  r.trigger.begin == t.trigger.begin && r.trigger.end == t.trigger.end &&
                  r.action.begin == t.action.begin && r.action.end == t.action.end &&
                  r.topics == t.topics && r.dates == t.dates && r.negated == t.negated &&
                  r.hedged == t.hedged && r.rule == t.rule)
          << name << " commitment " << i;
    }
    for (const auto& trace : traces) {
      if (trace.commitment < 0) continue;
      ASSERT_LT(static_cast<size_t>(trace.commitment), traced.size()) << name;
      EXPECT_EQ(traced[trace.commitment].trigger.begin, trace.trigger.begin) << name;
      EXPECT_TRUE(trace.reason.empty()) << name << ": " << trace.reason;
    }
    checked += traced.size();
  }
  EXPECT_GT(checked, 0u);
}

TEST(Commitments, SeedGold) {
  auto shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "no shared directory";
  ScoreReport report;
  ScoreGold(*shared / "gold", "eu-japan-dpc3-2025", Format::kText, &report);
  ASSERT_EQ(report.Total(Metric::kCommitmentsDetectionF1).gold, 17);
  EXPECT_GE(Value(report, Metric::kCommitmentsDetectionF1), 0.95);
  ASSERT_GT(report.Total(Metric::kCommitmentsTypeAcc).pairs, 0);
  EXPECT_GE(Value(report, Metric::kCommitmentsTypeAcc), 0.9);
  EXPECT_GE(Value(report, Metric::kCommitmentsStatusAcc), 0.9);
  EXPECT_GE(Value(report, Metric::kCommitmentsActorsAcc), 0.9);
  EXPECT_GE(Value(report, Metric::kCommitmentsFullF1), 0.8);
}

TEST(Commitments, CorpusGold) {
  std::filesystem::path dir = std::filesystem::path(COMMUNIQUE_SOURCE_DIR) / "corpus";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no corpus";
  ScoreReport report;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string file = entry.path().filename().string();
    if (!file.ends_with(".gold.json")) continue;
    std::string name = file.substr(0, file.size() - 10);
    if (!std::filesystem::exists(dir / (name + ".txt"))) continue;
    ScoreGold(dir, name, Format::kText, &report);
  }
  if (report.Total(Metric::kCommitmentsDetectionF1).gold == 0) {
    GTEST_SKIP() << "no corpus gold with commitments";
  }
  EXPECT_GE(Value(report, Metric::kCommitmentsDetectionF1), 0.85);
  EXPECT_GE(Value(report, Metric::kCommitmentsFullF1), 0.7);
}

}  // namespace
}  // namespace communique
