#include "rules/actor_rules.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace communique::rules {
namespace {

std::optional<EntityRule> ParseEntity(CompileContext& context, FieldReader& r) {
  if (!r.CheckFields({"id", "type", "name", "aliases"},
                     {"demonyms", "weak_aliases", "speaks_for", "examples", "counter_examples",
                      "user_assigned", "note"})) {
    return std::nullopt;
  }
  EntityRule rule;
  rule.where = r.where();
  rule.type = r.String("type");
  rule.actor_id = r.String("id");
  rule.id = (rule.type == "country" ? "country:" : "org:") + rule.actor_id;
  rule.name = r.String("name");
  rule.speaks_for = r.String("speaks_for");
  rule.aliases = r.Strings("aliases");
  rule.weak_aliases = r.Strings("weak_aliases");
  rule.demonyms = r.Strings("demonyms");
  rule.examples = r.Strings("examples");
  rule.counter_examples = r.Strings("counter_examples");
  r.Bool("user_assigned", false);
  if (!r.ok() || !context.RegisterId(rule.where, rule.id)) return std::nullopt;
  if (rule.type != "country" && rule.type != "bloc" && rule.type != "organization") {
    r.Error("type must be country, bloc or organization");
    return std::nullopt;
  }
  return rule;
}

std::optional<OfficeHolderRule> ParseHolder(CompileContext& context, FieldReader& r) {
  if (!r.CheckFields({"id", "name", "names", "surnames", "offices"}, {"examples", "note", "source"})) {
    return std::nullopt;
  }
  OfficeHolderRule rule;
  rule.where = r.where();
  rule.kb = r.String("id");
  rule.id = "holder:" + rule.kb;
  rule.name = r.String("name");
  rule.names = r.Strings("names");
  rule.surnames = r.Strings("surnames");
  rule.examples = r.Strings("examples");
  r.String("source");
  if (!r.ok() || !context.RegisterId(rule.where, rule.id)) return std::nullopt;
  bool offices_ok = true;
  for (FieldReader& office : r.Objects("offices")) {
    offices_ok = office.CheckFields({"role", "affiliation", "from"}, {"to"}) && offices_ok;
    rule.offices.push_back(
        {office.String("role"), office.String("affiliation"), office.String("from"), office.String("to")});
    offices_ok = office.ok() && offices_ok;
  }
  if (!offices_ok || !r.ok()) return std::nullopt;
  if (rule.offices.empty()) {
    r.Error("offices must be a non-empty list of {role, affiliation, from, to?}");
    return std::nullopt;
  }
  return rule;
}

}  // namespace

ActorRules ParseActorRules(CompileContext& context) {
  ActorRules out;
  for (const char* file : {"actors/countries", "actors/organizations"}) {
    for (const Record& record : context.Records(file)) {
      FieldReader r(context, record);
      if (std::optional<EntityRule> rule = ParseEntity(context, r)) out.entities.push_back(std::move(*rule));
    }
  }
  for (const Record& record : context.Records("actors/non_actors")) {
    FieldReader r(context, record);
    if (!r.CheckFields({"id", "phrases"}, {"examples", "note"})) continue;
    NonActorRule rule;
    rule.where = r.where();
    rule.id = r.String("id");
    rule.phrases = r.Strings("phrases");
    rule.examples = r.Strings("examples");
    if (r.ok() && context.RegisterId(rule.where, rule.id)) out.non_actors.push_back(std::move(rule));
  }
  for (const Record& record : context.Records("actors/office_holders")) {
    FieldReader r(context, record);
    if (std::optional<OfficeHolderRule> rule = ParseHolder(context, r)) out.holders.push_back(std::move(*rule));
  }
  for (const Record& record : context.Records("actors/titles")) {
    FieldReader r(context, record);
    if (!r.CheckFields({"id", "title"}, {"plural", "default_affiliation", "examples", "note"})) continue;
    TitleRule rule;
    rule.where = r.where();
    rule.id = r.String("id");
    rule.title = r.String("title");
    rule.plural = r.String("plural");
    rule.default_affiliation = r.String("default_affiliation");
    rule.examples = r.Strings("examples");
    if (r.ok() && context.RegisterId(rule.where, rule.id)) out.titles.push_back(std::move(rule));
  }
  for (const Record& record : context.Records("actors/role_words")) {
    FieldReader r(context, record);
    if (!r.CheckFields({"id", "words"}, {"before_titles", "before_names", "note"})) continue;
    RoleWordRule rule;
    rule.where = r.where();
    rule.id = r.String("id");
    rule.words = r.Strings("words");
    rule.before_titles = r.Bool("before_titles", false);
    rule.before_names = r.Bool("before_names", false);
    if (r.ok() && context.RegisterId(rule.where, rule.id)) out.role_words.push_back(std::move(rule));
  }
  for (const Record& record : context.Records("actors/common_nouns", /*required=*/false)) {
    FieldReader r(context, record);
    if (!r.CheckFields({"id", "words"}, {"note"})) continue;
    CommonNounRule rule;
    rule.where = r.where();
    rule.id = r.String("id");
    rule.words = r.Strings("words");
    if (r.ok() && context.RegisterId(rule.where, rule.id)) out.common_nouns.push_back(std::move(rule));
  }
  for (const Record& record : context.Records("actors/patterns")) {
    FieldReader r(context, record);
    if (!r.CheckFields({"id", "kind"}, {"examples", "counter_examples", "note"})) continue;
    ActorPatternRule rule;
    rule.where = r.where();
    rule.id = r.String("id");
    std::string kind = r.String("kind");
    rule.examples = r.Strings("examples");
    rule.counter_examples = r.Strings("counter_examples");
    if (!r.ok() || !context.RegisterId(rule.where, rule.id)) continue;
    auto known = std::find(std::begin(kActorPatternKindNames), std::end(kActorPatternKindNames), kind);
    if (known == std::end(kActorPatternKindNames)) {
      r.Error("unknown kind \"" + kind + "\"");
      continue;
    }
    rule.kind = static_cast<ActorPatternKind>(known - std::begin(kActorPatternKindNames));
    out.patterns.push_back(std::move(rule));
  }
  return out;
}

}  // namespace communique::rules
