#include "rules/commitment_rules.h"

#include <algorithm>
#include <initializer_list>

namespace communique::rules {
namespace {

bool IsStatus(const std::string& value) {
  return value == "planned" || value == "ongoing" || value == "done";
}

// Each record of `family` with the `required` and `optional` fields into a
// Rule, its id and source read first; `read` reads the rest and reports
// problems on the reader. The rules read without a problem, in file order.
template <typename Rule, typename Read>
std::vector<Rule> ParseRecords(CompileContext& context, const char* family, bool file_required,
                               std::initializer_list<const char*> required,
                               std::initializer_list<const char*> optional, Read read) {
  std::vector<Rule> out;
  for (const Record& record : context.Records(family, file_required)) {
    FieldReader r(context, record);
    Rule rule;
    if (!r.CheckFields(required, optional) || !ReadRuleSource(r, &rule)) continue;
    read(r, rule);
    if (r.ok()) out.push_back(std::move(rule));
  }
  return out;
}

}  // namespace

std::vector<CommitmentTypeRule> ParseCommitmentTypes(CompileContext& context) {
  return ParseRecords<CommitmentTypeRule>(
      context, "commitments/types", /*file_required=*/true, {"id", "type"},
      {"status", "partners", "event_subject", "arranged", "completed", "leads_items", "note"}, [](FieldReader& r, CommitmentTypeRule& rule) {
    rule.type = r.String("type");
    const std::string status = r.String("status");
    rule.planned = status == "planned";
    rule.partners = r.String("partners");
    rule.event_subject = r.Bool("event_subject", false);
    rule.arranged = r.Bool("arranged", false);
    rule.completed = r.Bool("completed", false);
    rule.leads_items = r.Bool("leads_items", false);
    if (!r.ok()) return;
    if (!status.empty() && !rule.planned) r.Error("\"status\" must be \"planned\" or absent");
    if (!rule.partners.empty() && rule.partners != "after_trigger" && rule.partners != "in_action") {
      r.Error("\"partners\" must be after_trigger, in_action or absent");
    }
  });
}

std::vector<MembershipRule> ParseMemberships(CompileContext& context) {
  auto is_date = [](const std::string& d) { return d.empty() || (d.size() == 10 && d[4] == '-' && d[7] == '-'); };
  return ParseRecords<MembershipRule>(
      context, "actors/memberships", /*file_required=*/false, {"id", "group", "members", "source"}, {"partnership", "note"},
      [&](FieldReader& r, MembershipRule& rule) {
    rule.group = r.String("group");
    rule.partnership = r.Bool("partnership", false);
    r.String("source");
    for (FieldReader& m : r.Objects("members")) {
      if (!m.CheckFields({"id"}, {"from", "to"})) continue;
      MemberRule member{m.String("id"), m.String("from"), m.String("to")};
      if (m.ok() && (member.id.empty() || !is_date(member.from) || !is_date(member.to))) {
        m.Error("a member is {\"id\", \"from\"?: \"YYYY-MM-DD\", \"to\"?: \"YYYY-MM-DD\"}");
      }
      if (m.ok()) rule.members.push_back(std::move(member));
    }
    if (r.ok() && (rule.group.empty() || rule.members.empty())) {
      r.Error("\"group\" must be an actor id and \"members\" a list of {\"id\", \"from\"?, \"to\"?}");
    }
  });
}

std::vector<PublisherRule> ParsePublishers(CompileContext& context) {
  return ParseRecords<PublisherRule>(
      context, "commitments/publishers", /*file_required=*/false, {"id", "hosts", "party", "source"},
      {"titles", "head", "note"}, [](FieldReader& r, PublisherRule& rule) {
    rule.hosts = r.Strings("hosts");
    rule.party = r.String("party");
    rule.titles = r.Strings("titles");
    rule.head = r.String("head");
    r.String("source");
    if (r.ok() && (rule.hosts.empty() || rule.party.empty() ||
                   (!rule.head.empty() &&
                    std::find(rule.titles.begin(), rule.titles.end(), rule.head) == rule.titles.end()))) {
      r.Error("\"hosts\" must list host names, \"party\" be an actor id and \"head\" one of \"titles\"");
    }
  });
}

std::vector<GrammarRule> ParseGrammarRules(CompileContext& context) {
  return ParseRecords<GrammarRule>(
      context, "commitments/grammar", /*file_required=*/true, {"id", "class", "words"},
      {"examples", "counter_examples", "note", "actor"}, [](FieldReader& r, GrammarRule& rule) {
    rule.word_class = r.String("class");
    rule.words = r.Strings("words");
    rule.actor = r.String("actor");
    if (r.ok() && !rule.actor.empty() && rule.word_class != "plural_ref" &&
        rule.word_class != "title_reference") {
      r.Error("\"actor\" is only for classes \"plural_ref\" and \"title_reference\"");
    }
  });
}

std::vector<TriggerRuleSpec> ParseTriggerRules(CompileContext& context) {
  return ParseRecords<TriggerRuleSpec>(
      context, "commitments/triggers", /*file_required=*/true, {"id", "type"},
      {"base", "past", "ing", "object", "object_head", "next", "next_not", "passive", "perfect", "present",
       "partner_object", "event_subject", "event_head", "past_be", "modal", "strict_next", "next_name", "next_amount", "name_not_before", "modal_keeps", "next_person", "head_in_action", "head_alone", "examples",
       "counter_examples", "note"},
      [](FieldReader& r, TriggerRuleSpec& rule) {
    rule.type = r.String("type");
    rule.base = r.Strings("base");
    rule.past = r.Strings("past");
    rule.ing = r.Strings("ing");
    rule.object = r.Strings("object");
    rule.object_head = r.Strings("object_head");
    rule.next = r.Strings("next");
    rule.next_not = r.Strings("next_not");
    rule.passive = r.String("passive");
    rule.perfect = r.String("perfect");
    rule.present = r.String("present");
    rule.partner_object = r.Bool("partner_object", false);
    rule.event_subject = r.Bool("event_subject", false);
    rule.event_head = r.Strings("event_head");
    const std::string past_be = r.String("past_be");
    rule.past_be = past_be == "required";
    const std::string modal = r.String("modal");
    rule.modal = modal == "required";
    rule.strict_next = r.Bool("strict_next", false);
    rule.next_name = r.Bool("next_name", false);
    rule.next_amount = r.Bool("next_amount", false);
    rule.modal_keeps = r.Bool("modal_keeps", false);
    rule.next_person = r.Bool("next_person", false);
    rule.head_in_action = r.Bool("head_in_action", false);
    rule.head_alone = r.Bool("head_alone", false);
    rule.name_not_before = r.Strings("name_not_before");
    if (!r.ok()) return;
    if (!rule.passive.empty() && rule.passive != "forbidden" && rule.passive != "required" &&
        rule.passive != "allowed") {
      r.Error("\"passive\" must be forbidden, required or allowed");
    }
    if (!rule.perfect.empty() && !IsStatus(rule.perfect)) {
      r.Error("\"perfect\" must be a status (planned, ongoing, done)");
    }
    if (!rule.present.empty() && !IsStatus(rule.present)) {
      r.Error("\"present\" must be a status (planned, ongoing, done)");
    }
    if (!past_be.empty() && !rule.past_be) r.Error("\"past_be\" must be \"required\" or absent");
    if (!modal.empty() && !rule.modal) r.Error("\"modal\" must be \"required\" or absent");
    if (rule.modal_keeps && (rule.type != "stance" && rule.type != "report")) {
      r.Error("\"modal_keeps\" is for stances and reports (a commitment keeps its type anyway)");
    }
    if (rule.strict_next && rule.next.empty() && rule.object_head.empty() && !rule.next_name && !rule.next_amount) {
      r.Error("\"strict_next\" needs \"next\", \"object_head\", \"next_name\" or \"next_amount\"");
    }
    if ((rule.head_in_action || rule.head_alone) && rule.object_head.empty()) {
      r.Error("\"head_in_action\" and \"head_alone\" need \"object_head\"");
    }
    if (!rule.event_head.empty() && !rule.event_subject) r.Error("\"event_head\" needs \"event_subject\"");
    if (!rule.name_not_before.empty() && !rule.next_name) r.Error("\"name_not_before\" needs \"next_name\"");
  });
}

}  // namespace communique::rules
