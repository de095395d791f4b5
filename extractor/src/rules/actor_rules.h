// The actors family (rules/actors/, format in rules/actors/README.md).
#ifndef COMMUNIQUE_RULES_ACTOR_RULES_H_
#define COMMUNIQUE_RULES_ACTOR_RULES_H_

#include <string>
#include <vector>

#include "rules/rule_file.h"

namespace communique::rules {

// A country (countries.jsonl), a bloc or an organization (organizations.jsonl).
struct EntityRule : RuleSource {  // id: "country:JP", "org:EU"
  std::string actor_id;  // "JP", "EU"
  std::string type;  // country, bloc or organization
  std::string name;
  std::string speaks_for;
  std::vector<std::string> aliases, weak_aliases, demonyms;
  // A country whose name is also a US state's (Georgia): after a place and a
  // comma ("of Americus, Georgia") it is the state, unless the place is one
  // of the country's own (`own_places`: "Tbilisi, Georgia").
  bool us_state_homonym = false;
  std::vector<std::string> own_places;
  // An organization whose name begins the names of its own bodies: "United
  // Nations Relief and Works Agency" is one body, no mention of the UN.
  bool prefix_of_names = false;
};

struct NonActorRule : RuleSource {
  std::vector<std::string> phrases;
};

struct OfficeRule {
  std::string role, affiliation, from, to;  // dates "YYYY-MM-DD"; empty `to`: in office
};

struct OfficeHolderRule : RuleSource {  // id: "holder:<kb>"
  std::string kb;  // the canonical id of the person
  std::string name;
  std::vector<std::string> names, surnames;
  std::vector<OfficeRule> offices;
};

struct TitleRule : RuleSource {
  std::string title, plural, default_affiliation;
};

// Capitalized words of roles and institutions, never of names.
struct RoleWordRule : RuleSource {
  std::vector<std::string> words;
  bool before_titles = false;  // the words modify a title ("Deputy", "Acting")
  bool before_names = false;   // honorifics between a title and a name
  // Military ranks among them: with no title before it, a rank is the
  // person's role ("Army Corporal Luther H. Story").
  bool ranks = false;
  // Head nouns of organizations' names ("Ministry" in "Ministry of Defence",
  // "Agency" in "National Police Agency"): a name built on one is an
  // organization that no lexicon needs to list.
  bool organization_heads = false;
  // Heads that name a body only after role words ("National Telecommunications
  // and Information Administration", "Internal Revenue Service"), never after
  // a name ("the Biden Administration").
  bool after_role_words = false;
  // Heads that close a company's name ("Limited", "LLC"): no complement after
  // them, and no "and" inside the name ("Ultra Maritime and Bharat Dynamics
  // Limited" are two companies; "Larsen & Toubro Limited" is one).
  bool legal_forms = false;
  // Heads of a country's armed services ("Navy", "Forces"): a body only with
  // its country, which is the name's ("Indian Navy", "Armed Forces of the
  // Philippines"), never "the Task Force" or "our Armed Forces".
  bool services = false;
  // Heads of governments ("Government"): a body only of a subnational place
  // ("Government of Tamil Nadu", "Tokyo Metropolitan Government"); the
  // "Government of Japan" is Japan's mention.
  bool governments = false;
  // The levels of a subnational government before its head ("Metropolitan",
  // "Provincial", "State").
  bool subnational_levels = false;
  // Heads that name a body only after proper names ("Mahindra Group",
  // "Anzana Electric Group"), never after role words, common nouns or a
  // group's acronym ("Working Group", "Nuclear Suppliers Group", "I2U2 Group").
  bool after_names_only = false;
};

// Words that are no part of a person's name (common_nouns.jsonl, optional).
struct CommonNounRule : RuleSource {
  std::vector<std::string> words;
  bool after_names = false;  // right after a name, the name is a place's ("Queen Charlotte Islands")
  bool postnominal = false;  // letters after a name, before its apposition ("Bob Carr MP, Minister")
  bool after_hyphen = false;  // lower-case English words after a name and a hyphen ("Biden-led")
  bool connectors = false;  // lower-case words between the words of a title's complement ("for", "and")
  bool prepositions = false;  // capitalized prepositions inside a body's name ("Commission Against Addictions")
  bool delegations = false;  // nouns of a delegation, whose members speak for its country ("delegation")
  bool delegation_members = false;  // verbs that list a delegation's members ("included", "led")
  bool before_places = false;  // prepositions before a place and its state ("in Americus, Georgia")
};

// A record of one list of words or phrases and nothing else: the given names
// (given_names.jsonl, "names") and the heads of a title that names its
// authors (title_authors.jsonl, "heads"), both optional files.
struct WordListRule : RuleSource {
  std::vector<std::string> words;
};

// The code paths of the extractor that find persons and mentions, one record
// each so that what they find carries a rule id.
enum class ActorPatternKind {
  kTitleBeforeName, kTitleCommaName, kApposition, kKnownName, kShortName, kCompoundPart,
  kLostApostrophe, kOrganizationName, kHonorificName, kGivenName
};
inline constexpr const char* kActorPatternKindNames[] = {
    "title_before_name", "title_comma_name", "apposition",     "known_name",
    "short_name",        "compound_part",    "lost_apostrophe",  "organization_name",
    "honorific_name",    "given_name"};

struct ActorPatternRule : RuleSource {
  ActorPatternKind kind = ActorPatternKind::kTitleBeforeName;
};

struct ActorRules {
  std::vector<EntityRule> entities;  // countries, then organizations
  std::vector<NonActorRule> non_actors;
  std::vector<OfficeHolderRule> holders;
  std::vector<TitleRule> titles;
  std::vector<RoleWordRule> role_words;
  std::vector<CommonNounRule> common_nouns;
  // Given names: a capitalized word of one of them, then a surname, is a
  // person's name wherever it stands ("Alexei Navalny"), and starts the name
  // after a long role ("Senior Director for Counterterrorism and Transnational
  // Crime Tiffany Eppelheimer").
  std::vector<WordListRule> given_names;
  // Heads of a title that name its authors after them (SPEC 8a): "Joint
  // Statement by", matched case-insensitively.
  std::vector<WordListRule> title_authors;
  std::vector<ActorPatternRule> patterns;
};

// Parses the actors family; a record with a problem is reported to
// `context` and left out. Rule ids are registered as the output names them:
// "country:JP", "org:EU", "holder:<kb id>".
ActorRules ParseActorRules(CompileContext& context);

}  // namespace communique::rules

#endif  // COMMUNIQUE_RULES_ACTOR_RULES_H_
