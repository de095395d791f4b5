// Engine::CheckExamples: every rule's examples through the whole pipeline,
// as the rule family's README describes them.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "communique/pipeline.h"
#include "core/capitalization.h"
#include "engine_stages.h"
#include "extract/actors.h"
#include "extract/commitments.h"
#include "extract/topics.h"
#include "segment/segment.h"

namespace communique {
namespace {

bool HasActor(const Document& doc, const std::function<bool(const Actor&)>& pred) {
  return std::any_of(doc.actors.begin(), doc.actors.end(), pred);
}

bool HasMentionRule(const Document& doc, const std::string& rule) {
  return HasActor(doc, [&](const Actor& a) {
    return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) { return m.rule == rule; });
  });
}

bool HasTopic(const Document& doc, const std::string& topic) {
  return std::any_of(doc.topics.begin(), doc.topics.end(), [&](const Topic& t) { return t.id == topic; });
}

bool HasCommitmentRule(const Document& doc, const std::string& rule) {
  return std::any_of(doc.commitments.begin(), doc.commitments.end(),
                     [&](const Commitment& c) { return c.rule == rule; });
}

// Collects the examples that misbehave.
class ExampleCheck {
 public:
  explicit ExampleCheck(const Engine& engine) : engine_(engine) {}

  Document Run(const std::string& text) const {
    InputDocument input;
    input.id = "example";
    input.bytes = text;
    return engine_.Process(std::move(input));
  }
  // Reports `example` of the rule at `where` unless `good`.
  void Expect(bool good, const std::string& where, const std::string& example, const std::string& what) {
    if (!good) errors_.push_back(where + ": example \"" + example + "\" " + what);
  }
  Status ToStatus() const {
    if (errors_.empty()) return Status::Ok();
    std::string message;
    for (const std::string& error : errors_) message += (message.empty() ? "" : "\n") + error;
    return Status::ParseError(std::move(message));
  }

 private:
  const Engine& engine_;
  std::vector<std::string> errors_;
};

void CheckSegmentExamples(const Segmenter& segmenter, ExampleCheck& check) {
  for (const rules::AbbreviationRule& rule : segmenter.rules().abbreviations) {
    for (const std::string& example : rule.examples) {
      check.Expect(check.Run(example).sentences.size() == 1, rule.where, example, "is not one sentence");
    }
  }
  for (const rules::SectionRule& rule : segmenter.rules().sections) {
    for (const std::string& example : rule.examples) {
      check.Expect(segmenter.IsBackgroundHeading(example), rule.where, example,
                   "opens no background section");
    }
  }
}

// A form's examples are texts that use it: the check catches a form, or an
// example, with a typo (the form is what the stages add to their lexicons).
void CheckEnglishExamples(const rules::EnglishRules& rules, ExampleCheck& check) {
  for (const rules::SFormRule& rule : rules.s_forms) {
    for (const std::string& example : rule.examples) {
      const Document doc = check.Run(example);
      const bool used = std::any_of(doc.tokens.begin(), doc.tokens.end(), [&](const Token& token) {
        return AsciiLower(doc.View(token.span)) == rule.s_form;
      });
      check.Expect(used, rule.where, example, "does not use \"" + rule.s_form + "\"");
    }
  }
}

void CheckActorExamples(const rules::ActorRules& rules, ExampleCheck& check) {
  for (const rules::EntityRule& rule : rules.entities) {
    auto is_entity = [&](const Actor& a) { return a.id == rule.actor_id; };
    for (const std::string& example : rule.examples) {
      check.Expect(HasActor(check.Run("Officials of " + example + " met today."), is_entity), rule.where,
                   example, "does not find " + rule.actor_id);
    }
    for (const std::string& example : rule.counter_examples) {
      check.Expect(!HasActor(check.Run(example), is_entity), rule.where, example, "finds " + rule.actor_id);
    }
  }
  for (const rules::NonActorRule& rule : rules.non_actors) {
    for (const std::string& example : rule.examples) {
      check.Expect(check.Run(example).actors.empty(), rule.where, example, "gives an actor");
    }
  }
  for (const rules::OfficeHolderRule& rule : rules.holders) {
    for (const std::string& example : rule.examples) {
      Document doc = check.Run("Yesterday " + example + " met the press.");
      check.Expect(HasActor(doc, [&](const Actor& a) { return a.kb == rule.kb; }), rule.where, example,
                   "does not find " + rule.kb);
    }
  }
  for (const rules::TitleRule& rule : rules.titles) {
    for (const std::string& example : rule.examples) {
      Document doc = check.Run("Yesterday " + example + " met the press.");
      check.Expect(HasActor(doc, [&](const Actor& a) { return a.type == "person" && a.role == rule.title; }),
                   rule.where, example, "gives no person with the role \"" + rule.title + "\"");
    }
  }
  for (const rules::ActorPatternRule& rule : rules.patterns) {
    for (const std::string& example : rule.examples) {
      check.Expect(HasMentionRule(check.Run(example + " met."), rule.id), rule.where, example,
                   "gives no mention by " + rule.id);
    }
    for (const std::string& example : rule.counter_examples) {
      check.Expect(!HasMentionRule(check.Run(example + " met."), rule.id), rule.where, example,
                   "gives a mention by " + rule.id);
    }
  }
}

void CheckTopicExamples(const TopicExtractor& topics, ExampleCheck& check) {
  for (const rules::TopicRule& rule : topics.rules()) {
    for (const std::string& example : rule.examples) {
      check.Expect(HasTopic(check.Run(example), rule.topic), rule.where, example,
                   "does not give the topic " + rule.topic);
    }
    for (const std::string& example : rule.counter_examples) {
      check.Expect(!HasTopic(check.Run(example), rule.topic), rule.where, example,
                   "gives the topic " + rule.topic);
    }
  }
  for (const rules::NameHeadRule& rule : topics.name_rules()) {
    for (const std::string& example : rule.examples) {
      check.Expect(check.Run(example + " met.").topics.empty(), rule.where, example, "gives a topic");
    }
    for (const std::string& example : rule.counter_examples) {
      check.Expect(!check.Run(example + " met.").topics.empty(), rule.where, example, "gives no topic");
    }
  }
}

void CheckCommitmentExamples(const CommitmentExtractor& commitments, ExampleCheck& check) {
  const rules::CommitmentRules& rules = commitments.parsed_rules();
  for (const rules::TriggerRuleSpec& rule : rules.triggers) {
    const bool stance = rule.type == "stance" || rule.type == "appeal" || rule.type == "report";
    for (const std::string& example : rule.examples) {
      Document doc = check.Run(example);
      std::vector<CommitmentExtractor::TriggerTrace> traces = commitments.Trace(doc, nullptr);
      check.Expect(std::any_of(traces.begin(), traces.end(), [&](const auto& t) { return t.rule == rule.id; }),
                   rule.where, example, "does not fire " + rule.id);
      if (stance) {
        check.Expect(!HasCommitmentRule(doc, rule.id), rule.where, example,
                     "gives a commitment, but " + rule.id + " is a " + rule.type);
      } else {
        bool made = std::any_of(doc.commitments.begin(), doc.commitments.end(), [&](const Commitment& c) {
          return c.rule == rule.id && c.type == rule.type;
        });
        check.Expect(made, rule.where, example, "gives no " + rule.type + " commitment by " + rule.id);
      }
    }
    for (const std::string& example : rule.counter_examples) {
      check.Expect(!HasCommitmentRule(check.Run(example), rule.id), rule.where, example,
                   "gives a commitment by " + rule.id);
    }
  }
  for (const rules::GrammarRule& rule : rules.grammar) {
    for (const std::string& example : rule.examples) {
      check.Expect(!check.Run(example).commitments.empty(), rule.where, example, "gives no commitment");
    }
    for (const std::string& example : rule.counter_examples) {
      check.Expect(check.Run(example).commitments.empty(), rule.where, example, "gives a commitment");
    }
  }
}

}  // namespace

Status Engine::CheckExamples() const {
  ExampleCheck check(*this);
  CheckSegmentExamples(stages_->segmenter(), check);
  CheckEnglishExamples(stages_->english(), check);
  CheckActorExamples(stages_->actors().rules(), check);
  CheckTopicExamples(stages_->topics(), check);
  CheckCommitmentExamples(stages_->commitments(), check);
  return check.ToStatus();
}

}  // namespace communique
