#include "rules/commitment_rules.h"

namespace communique::rules {
namespace {

bool IsStatus(const std::string& value) {
  return value == "planned" || value == "ongoing" || value == "done";
}

}  // namespace

std::vector<CommitmentTypeRule> ParseCommitmentTypes(CompileContext& context) {
  std::vector<CommitmentTypeRule> out;
  for (const Record& record : context.Records("commitments/types")) {
    FieldReader r(context, record);
    CommitmentTypeRule rule;
    if (!r.CheckFields({"id", "type"}, {"status", "partners", "event_subject", "note"}) ||
        !ReadRuleSource(r, &rule)) {
      continue;
    }
    rule.type = r.String("type");
    const std::string status = r.String("status");
    rule.planned = status == "planned";
    rule.partners = r.String("partners");
    rule.event_subject = r.Bool("event_subject", false);
    if (!r.ok()) continue;
    if (!status.empty() && !rule.planned) r.Error("\"status\" must be \"planned\" or absent");
    if (!rule.partners.empty() && rule.partners != "after_trigger" && rule.partners != "in_action") {
      r.Error("\"partners\" must be after_trigger, in_action or absent");
    }
    out.push_back(std::move(rule));
  }
  return out;
}

std::vector<MembershipRule> ParseMemberships(CompileContext& context) {
  auto is_date = [](const std::string& d) { return d.empty() || (d.size() == 10 && d[4] == '-' && d[7] == '-'); };
  std::vector<MembershipRule> out;
  for (const Record& record : context.Records("actors/memberships", /*required=*/false)) {
    FieldReader r(context, record);
    MembershipRule rule;
    if (!r.CheckFields({"id", "group", "members", "source"}, {"note"}) || !ReadRuleSource(r, &rule)) continue;
    rule.group = r.String("group");
    r.String("source");
    for (FieldReader& m : r.Objects("members")) {
      if (!m.CheckFields({"id"}, {"from", "to"})) continue;
      MemberRule member{m.String("id"), m.String("from"), m.String("to")};
      if (m.ok() && (member.id.empty() || !is_date(member.from) || !is_date(member.to))) {
        m.Error("a member is {\"id\", \"from\"?: \"YYYY-MM-DD\", \"to\"?: \"YYYY-MM-DD\"}");
      }
      if (m.ok()) rule.members.push_back(std::move(member));
    }
    if (!r.ok()) continue;
    if (rule.group.empty() || rule.members.empty()) {
      r.Error("\"group\" must be an actor id and \"members\" a list of {\"id\", \"from\"?, \"to\"?}");
      continue;
    }
    out.push_back(std::move(rule));
  }
  return out;
}

std::vector<PublisherRule> ParsePublishers(CompileContext& context) {
  std::vector<PublisherRule> out;
  for (const Record& record : context.Records("commitments/publishers", /*required=*/false)) {
    FieldReader r(context, record);
    PublisherRule rule;
    if (!r.CheckFields({"id", "hosts", "party", "source"}, {"titles", "head", "note"}) || !ReadRuleSource(r, &rule)) {
      continue;
    }
    rule.hosts = r.Strings("hosts");
    rule.party = r.String("party");
    rule.titles = r.Strings("titles");
    rule.head = r.String("head");
    r.String("source");
    if (!r.ok()) continue;
    if (rule.hosts.empty() || rule.party.empty() ||
        (!rule.head.empty() && std::find(rule.titles.begin(), rule.titles.end(), rule.head) == rule.titles.end())) {
      r.Error("\"hosts\" must list host names, \"party\" be an actor id and \"head\" one of \"titles\"");
      continue;
    }
    out.push_back(std::move(rule));
  }
  return out;
}

std::vector<GrammarRule> ParseGrammarRules(CompileContext& context) {
  std::vector<GrammarRule> out;
  for (const Record& record : context.Records("commitments/grammar")) {
    FieldReader r(context, record);
    GrammarRule rule;
    if (!r.CheckFields({"id", "class", "words"}, {"examples", "note", "actor"}) || !ReadRuleSource(r, &rule)) {
      continue;
    }
    rule.word_class = r.String("class");
    rule.words = r.Strings("words");
    rule.actor = r.String("actor");
    if (!r.ok()) continue;
    if (!rule.actor.empty() && rule.word_class != "plural_ref" && rule.word_class != "title_reference") {
      r.Error("\"actor\" is only for classes \"plural_ref\" and \"title_reference\"");
      continue;
    }
    out.push_back(std::move(rule));
  }
  return out;
}

std::vector<TriggerRuleSpec> ParseTriggerRules(CompileContext& context) {
  std::vector<TriggerRuleSpec> out;
  for (const Record& record : context.Records("commitments/triggers")) {
    FieldReader r(context, record);
    TriggerRuleSpec rule;
    if (!r.CheckFields({"id", "type"},
                       {"base", "past", "ing", "object", "object_head", "next", "next_not", "passive",
                        "perfect", "present", "partner_object", "event_subject", "past_be", "examples",
                        "counter_examples", "note"}) ||
        !ReadRuleSource(r, &rule)) {
      continue;
    }
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
    const std::string past_be = r.String("past_be");
    rule.past_be = past_be == "required";
    if (!r.ok()) continue;
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
    out.push_back(std::move(rule));
  }
  return out;
}

}  // namespace communique::rules
