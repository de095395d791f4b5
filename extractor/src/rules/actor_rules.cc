#include "rules/actor_rules.h"

#include <algorithm>
#include <iterator>

namespace communique::rules {
namespace {

void ParseEntities(CompileContext& context, const char* file, std::vector<EntityRule>* out) {
  for (const Record& record : context.Records(file)) {
    FieldReader r(context, record);
    if (!r.CheckFields({"id", "type", "name", "aliases"},
                       {"demonyms", "weak_aliases", "speaks_for", "examples", "counter_examples",
                        "user_assigned", "us_state_homonym", "own_places", "prefix_of_names", "note"})) {
      continue;
    }
    EntityRule rule;
    rule.type = r.String("type");
    rule.actor_id = r.String("id");
    if (!ReadRuleSource(r, &rule, rule.type == "country" ? "country:" : "org:")) continue;
    rule.name = r.String("name");
    rule.speaks_for = r.String("speaks_for");
    rule.aliases = r.Strings("aliases");
    rule.weak_aliases = r.Strings("weak_aliases");
    rule.demonyms = r.Strings("demonyms");
    r.Bool("user_assigned", false);
    rule.us_state_homonym = r.Bool("us_state_homonym", false);
    rule.own_places = r.Strings("own_places");
    rule.prefix_of_names = r.Bool("prefix_of_names", false);
    if (!r.ok()) continue;
    if (rule.type != "country" && rule.type != "bloc" && rule.type != "organization") {
      r.Error("type must be country, bloc or organization");
      continue;
    }
    out->push_back(std::move(rule));
  }
}

void ParseHolders(CompileContext& context, std::vector<OfficeHolderRule>* out) {
  for (const Record& record : context.Records("actors/office_holders")) {
    FieldReader r(context, record);
    OfficeHolderRule rule;
    if (!r.CheckFields({"id", "name", "names", "surnames", "offices"}, {"examples", "note", "source"}) ||
        !ReadRuleSource(r, &rule, "holder:")) {
      continue;
    }
    rule.kb = r.String("id");
    rule.name = r.String("name");
    rule.names = r.Strings("names");
    rule.surnames = r.Strings("surnames");
    r.String("source");
    bool offices_ok = true;
    for (FieldReader& office : r.Objects("offices")) {
      offices_ok = office.CheckFields({"role", "affiliation", "from"}, {"to"}) && offices_ok;
      rule.offices.push_back(
          {office.String("role"), office.String("affiliation"), office.String("from"), office.String("to")});
      offices_ok = office.ok() && offices_ok;
    }
    if (!offices_ok || !r.ok()) continue;
    if (rule.offices.empty()) {
      r.Error("offices must be a non-empty list of {role, affiliation, from, to?}");
      continue;
    }
    out->push_back(std::move(rule));
  }
}

// An optional file whose records hold one list, `field`, beside the id.
void ParseWordLists(CompileContext& context, const char* file, const char* field, std::vector<WordListRule>* out) {
  for (const Record& record : context.Records(file, /*required=*/false)) {
    FieldReader r(context, record);
    WordListRule rule;
    if (!r.CheckFields({"id", field}, {"note"}) || !ReadRuleSource(r, &rule)) continue;
    rule.words = r.Strings(field);
    if (r.ok()) out->push_back(std::move(rule));
  }
}

}  // namespace

ActorRules ParseActorRules(CompileContext& context) {
  ActorRules out;
  ParseEntities(context, "actors/countries", &out.entities);
  ParseEntities(context, "actors/organizations", &out.entities);
  for (const Record& record : context.Records("actors/non_actors")) {
    FieldReader r(context, record);
    NonActorRule rule;
    if (!r.CheckFields({"id", "phrases"}, {"examples", "note"}) || !ReadRuleSource(r, &rule)) continue;
    rule.phrases = r.Strings("phrases");
    if (r.ok()) out.non_actors.push_back(std::move(rule));
  }
  ParseHolders(context, &out.holders);
  for (const Record& record : context.Records("actors/titles")) {
    FieldReader r(context, record);
    TitleRule rule;
    if (!r.CheckFields({"id", "title"}, {"plural", "default_affiliation", "examples", "note"}) ||
        !ReadRuleSource(r, &rule)) {
      continue;
    }
    rule.title = r.String("title");
    rule.plural = r.String("plural");
    rule.default_affiliation = r.String("default_affiliation");
    if (r.ok()) out.titles.push_back(std::move(rule));
  }
  for (const Record& record : context.Records("actors/role_words")) {
    FieldReader r(context, record);
    RoleWordRule rule;
    if (!r.CheckFields({"id", "words"}, {"before_titles", "before_names", "ranks", "organization_heads", "after_role_words", "legal_forms",
                                         "services", "governments", "subnational_levels", "after_names_only",
                                         "note"}) || !ReadRuleSource(r, &rule)) {
      continue;
    }
    rule.words = r.Strings("words");
    rule.before_titles = r.Bool("before_titles", false);
    rule.before_names = r.Bool("before_names", false);
    rule.organization_heads = r.Bool("organization_heads", false);
    rule.ranks = r.Bool("ranks", false);
    rule.after_role_words = r.Bool("after_role_words", false);
    rule.legal_forms = r.Bool("legal_forms", false);
    rule.services = r.Bool("services", false);
    rule.governments = r.Bool("governments", false);
    rule.subnational_levels = r.Bool("subnational_levels", false);
    rule.after_names_only = r.Bool("after_names_only", false);
    if (r.ok()) out.role_words.push_back(std::move(rule));
  }
  for (const Record& record : context.Records("actors/common_nouns", /*required=*/false)) {
    FieldReader r(context, record);
    CommonNounRule rule;
    if (!r.CheckFields({"id", "words"}, {"after_names", "postnominal", "after_hyphen", "connectors", "prepositions", "delegations",
                                       "delegation_members", "before_places", "note"}) || !ReadRuleSource(r, &rule)) {
      continue;
    }
    rule.words = r.Strings("words");
    rule.after_names = r.Bool("after_names", false);
    rule.postnominal = r.Bool("postnominal", false);
    rule.after_hyphen = r.Bool("after_hyphen", false);
    rule.connectors = r.Bool("connectors", false);
    rule.prepositions = r.Bool("prepositions", false);
    rule.delegations = r.Bool("delegations", false);
    rule.delegation_members = r.Bool("delegation_members", false);
    rule.before_places = r.Bool("before_places", false);
    if (r.ok()) out.common_nouns.push_back(std::move(rule));
  }
  ParseWordLists(context, "actors/given_names", "names", &out.given_names);
  ParseWordLists(context, "actors/title_authors", "heads", &out.title_authors);
  for (const Record& record : context.Records("actors/patterns")) {
    FieldReader r(context, record);
    ActorPatternRule rule;
    if (!r.CheckFields({"id", "kind"}, {"examples", "counter_examples", "note"}) || !ReadRuleSource(r, &rule)) {
      continue;
    }
    const std::string kind = r.String("kind");
    if (!r.ok()) continue;
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
