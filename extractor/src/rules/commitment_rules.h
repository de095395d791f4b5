// The commitments family (rules/commitments/, format in
// rules/commitments/README.md): what each commitment type implies, the
// grammar's word classes, and the trigger verbs.
#ifndef COMMUNIQUE_RULES_COMMITMENT_RULES_H_
#define COMMUNIQUE_RULES_COMMITMENT_RULES_H_

#include <string>
#include <vector>

#include "rules/rule_file.h"

namespace communique::rules {

// types.jsonl: one record per commitment type.
struct CommitmentTypeRule : RuleSource {
  std::string type;
  bool planned = false;  // "status": "planned"
  std::string partners;  // "", after_trigger or in_action
  bool event_subject = false;
  bool arranged = false;
  bool completed = false;  // an act done at once: a gerund item under a past lead-in is done
  bool leads_items = false;  // a lead-in of the type makes its list items undertakings
};

// grammar.jsonl
struct GrammarRule : RuleSource {
  std::string word_class;  // "class": modal, hedge, ..., plural_ref, we, title_reference
  std::vector<std::string> words;
  // plural_ref: the actor id the words name ("nato"); title_reference: the
  // actor whose title holder "The President" is.
  std::string actor;
};

// rules/actors/memberships.jsonl (read by the commitments stage): the members
// of a group ("the Quad partners"), each in a period.
struct MemberRule {
  std::string id;        // an actor id
  std::string from, to;  // "YYYY-MM-DD", or "" when open
};
struct MembershipRule : RuleSource {
  std::string group;  // an actor id
  std::vector<MemberRule> members;
  bool partnership = false;  // a format of its members, no party itself
};

// publishers.jsonl: whose release a document is, by its address's host, and
// the titles of the publisher's own officials ("The Prime Minister" in a
// gov.uk readout is the UK's, named or not).
struct PublisherRule : RuleSource {
  std::vector<std::string> hosts;   // "gov.uk": the host or a host ending in "." + it
  std::string party;                // an actor id ("GB")
  std::vector<std::string> titles;  // "Prime Minister"
  std::string head;                 // the head of government's title, one of `titles`, or ""
};

// triggers.jsonl
struct TriggerRuleSpec : RuleSource {
  std::string type;  // a commitment type, or stance / appeal / report
  std::vector<std::string> base, past, ing;  // verb forms
  std::vector<std::string> object;           // words that follow each form in the phrase
  std::vector<std::string> object_head, next, next_not;
  std::vector<std::string> event_head;  // heads a subject naming an event must have
  std::vector<std::string> name_not_before;  // next_name: words after the name that refuse it
  std::string passive;  // "", forbidden, required or allowed
  std::string perfect;  // "", planned, ongoing or done
  std::string present;  // "", planned, ongoing or done
  bool partner_object = false;
  bool event_subject = false;
  bool past_be = false;  // "past_be": "required"
  bool modal = false;    // "modal": "required"
  bool strict_next = false;
  bool next_name = false;
  bool next_amount = false;
  bool modal_keeps = false;  // a stance or report stays one after a modal
  bool next_person = false;  // a person's name follows the verb
  bool head_in_action = false;  // the object_head stays in the action
  bool head_alone = false;      // no linking word needed after the object_head
};

// The rules whose examples Engine::CheckExamples runs.
struct CommitmentRules {
  std::vector<GrammarRule> grammar;
  std::vector<TriggerRuleSpec> triggers;
};

// Each parses one file of the family; a record with a problem is reported to
// `context` and left out. Which classes and types exist is the stage's
// business (extract/commitments/).
std::vector<CommitmentTypeRule> ParseCommitmentTypes(CompileContext& context);
std::vector<MembershipRule> ParseMemberships(CompileContext& context);  // optional file
std::vector<PublisherRule> ParsePublishers(CompileContext& context);    // optional file
std::vector<GrammarRule> ParseGrammarRules(CompileContext& context);
std::vector<TriggerRuleSpec> ParseTriggerRules(CompileContext& context);

}  // namespace communique::rules

#endif  // COMMUNIQUE_RULES_COMMITMENT_RULES_H_
