// Actor extraction (SPEC section 6; rule files in rules/actors/, format in
// rules/actors/README.md).
//
// Produces doc.actors: countries (ISO 3166-1 alpha-2 ids), blocs ("EU",
// "asean"), organizations (lowercase slugs) and persons (slug of the fullest
// name in the text), each with every mention span, sorted by position.
// Actors are ordered by their first mention. Later stages (commitments) read
// doc.actors; ActorAt() answers "which actor is mentioned here".
#ifndef COMMUNIQUE_EXTRACT_ACTORS_H_
#define COMMUNIQUE_EXTRACT_ACTORS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "communique/document.h"
#include "core/hash_filter.h"
#include "core/stage.h"
#include "core/string_map.h"
#include "match/phrase_matcher.h"
#include "rules/actor_rules.h"

namespace communique {

// Index of the actor in doc.actors with a mention overlapping `span`, or -1.
// When several overlap, the one whose mention starts first wins (ties: the
// longer mention). REQUIRES: the actors stage has run on `doc`.
int ActorAt(const Document& doc, Span span);

// The id of a person named `text`: lower case, ASCII-folded, runs of other
// characters as one '-' ("Maroš Šefčovič" -> "maros-sefcovic",
// "Joseph R. Biden, Jr." -> "joseph-r-biden-jr").
std::string ActorSlug(std::string_view text);

class ActorExtractor final : public Stage {
 public:
  // Compiles the rules under "actors/". Problems are reported to `context`
  // (file:line: reason); the result is null only when nothing could be built.
  static std::unique_ptr<const ActorExtractor> Compile(rules::CompileContext& context);

  std::string_view Name() const override { return "actors"; }
  // The publication date picks the office holder of the day.
  Fields Requires() const override { return kText | kSentences | kTokens | kPublished; }
  Fields Provides() const override { return kActors; }
  // Fills doc.actors and doc.title_authors.
  void Run(Document& doc) const override;

  // The actor record of `id` for a party a later stage names that the text
  // does not (a group's member, a publisher's country, a title's author):
  // the title author, else the lexicon's entity, without mentions; nullopt
  // when neither knows it.
  std::optional<Actor> Unmentioned(const Document& doc, std::string_view id) const;

  // The rules as parsed, with their examples.
  const rules::ActorRules& rules() const { return rules_; }

  // Compiled lexicon entries; public only so that actors.cc's helpers can
  // name them.
  struct Entity {
    std::string id, type, name, speaks_for, rule;
    // type == "country", asked of every lexicon hit: a flag, not a string compare.
    bool country = false;
    // An institution of a bloc (speaks_for names a bloc: EU, african-union):
    // it stays in an official's role ("European Commission President"),
    // where a national body is only the affiliation.
    bool bloc_institution = false;
    // organizations.jsonl "prefix_of_names": its name begins its bodies'
    // names ("United Nations Office on Drugs and Crime").
    bool prefix_of_names = false;
    // The bloc's index in entities_ when bloc_institution, else UINT32_MAX: a
    // document naming the European Commission names the EU's weak aliases' owner.
    uint32_t bloc = UINT32_MAX;
    // The name is also a US state's (Georgia), and the country's own places
    // before which a comma keeps it the country's ("Tbilisi, Georgia").
    bool us_state_homonym = false;
    std::vector<std::string> own_places;
  };
  struct Office {
    std::string role, affiliation, from, to;  // dates "YYYY-MM-DD"; empty `to`: in office
  };
  struct Holder {
    std::string kb, name, rule;
    std::vector<std::string> surnames;
    std::vector<Office> offices;
  };
  struct Title {
    std::string singular, default_affiliation, rule;
  };

 private:
  // The authors a "Joint Statement by ..." title names (SPEC 8a), into
  // doc.title_authors.
  void ReadTitleAuthors(Document& doc) const;
  // Compile's steps, in the order they fill the lexicon (the non-actor
  // phrases go in after the entities): the entities with their aliases and
  // demonyms (and what each speaks for), the office holders' names and the
  // titles, the word lists (role words, common nouns, title authors, given
  // names), then each pattern kind's rule id.
  void AddEntities(const rules::ActorRules& parsed, rules::CompileContext& context);
  void AddHoldersAndTitles(const rules::ActorRules& parsed);
  void AddWordLists(const rules::ActorRules& parsed);
  void SetPatternRules(const rules::ActorRules& parsed, rules::CompileContext& context);

  // Payload kinds of the lexicon matcher (high byte of the payload).
  enum Kind : uint32_t {
    kAlias = 1, kWeakAlias, kDemonym, kNonActor, kKnownName, kTitle, kSurname,
    // Single words whose places the walk notes for later passes: an
    // organization's head noun, a given name, an honorific, a delegation.
    kOrganizationHead, kGivenName, kHonorific, kDelegation
  };

  std::vector<Entity> entities_;
  std::vector<Holder> holders_;
  std::vector<Title> titles_;
  // Aliases, demonyms, non-actors, known names and titles in one trie: one
  // walk over the tokens finds them all.
  match::PhraseMatcher lexicon_;
  // (entity, the body it speaks for) for the entities with weak aliases that
  // speak for an organization or a bloc: a document naming the body names
  // the entity's weak aliases' owner ("the Security Council" where the UN is
  // named).
  std::vector<std::pair<uint32_t, uint32_t>> weak_speaks_for_;
  // Actor id -> index in entities_: a body named by its head noun whose id a
  // lexicon entity has is that entity.
  StringMap<uint32_t> entity_by_id_;
  // Single-token aliases, to recover possessives whose apostrophe was lost ("EUs").
  StringMap<uint32_t> single_token_alias_;
  // The folded hashes of the aliases with an "s" glued on ("EUs"), as bits:
  // the lost-apostrophe search reads no text for almost every token. 32K
  // bits (4 KB) for some 270 aliases: one token in 120 passes, where 4K
  // bits let one in 15 through to be listed and checked.
  HashFilter<15> possessive_filter_;
  StringSet role_words_;
  // Role words that, written before a title, belong to it ("Deputy" in
  // "Deputy Attorney General"): rules/actors/role_words.jsonl, "before_titles".
  StringSet title_modifiers_;
  // Role words that, written between a title and a name, belong to neither
  // ("the Honorable", "Hon."): "before_names".
  StringSet honorifics_;
  // Military ranks among the honorifics ("Corporal", "General"): "ranks".
  StringSet ranks_;
  // Head nouns of organizations' names ("Ministry", "Agency", "Embassy"):
  // role_words.jsonl, "organization_heads".
  StringSet organization_heads_;
  // The heads among them that name a body only after role words
  // ("Information Administration"; not "the Biden Administration"):
  // role_words.jsonl, "after_role_words".
  StringSet role_word_heads_;
  // The heads that close a company's name ("Limited", "LLC"):
  // role_words.jsonl, "legal_forms".
  StringSet legal_forms_;
  // Heads of a country's armed services ("Navy", "Forces"), of governments
  // ("Government"), and the levels of a subnational government ("Provincial"):
  // role_words.jsonl, "services", "governments", "subnational_levels".
  StringSet service_heads_, government_heads_, subnational_levels_;
  // Heads that name a body only after proper names ("Mahindra Group"):
  // role_words.jsonl, "after_names_only".
  StringSet name_heads_;
  // Given names (given_names.jsonl): "Alexei" of "Alexei Navalny".
  StringSet given_names_;
  // Capitalized common nouns that are never a name by themselves
  // (rules/actors/common_nouns.jsonl): "Summit", "Initiative", "Drug".
  StringSet common_nouns_;
  // Heads of titles that name their authors after them, lower case
  // ("joint statement by "; title_authors.jsonl), and their first words, on
  // which a title is worth normalizing at all.
  std::vector<std::string> title_author_heads_;
  std::vector<std::string> title_author_first_words_;
  // Lower-case words that join the words of a title's complement ("Senior
  // Director for Counterterrorism and Transnational Crime"): common_nouns.jsonl
  // "connectors".
  StringSet connectors_;
  // Capitalized prepositions inside a body's name ("Commission Against
  // Addictions"): common_nouns.jsonl "prepositions".
  StringSet prepositions_;
  // Common nouns of places: right after a name, the name is the place's
  // ("Queen Charlotte Islands"); common_nouns.jsonl "after_names".
  StringSet place_nouns_;
  // Postnominal letters ("MP", "QC"): common_nouns.jsonl "postnominal".
  StringSet postnominals_;
  // Lower-case English words after a name and a hyphen ("Biden-led"), no
  // Korean given name's syllable: common_nouns.jsonl "after_hyphen".
  StringSet hyphen_words_;
  // Verbs that list a delegation's members ("included", "led"):
  // common_nouns.jsonl "delegation_members" (the nouns, "delegations", are
  // lexicon words of their own kind).
  StringSet delegation_verbs_;
  // Prepositions before a place and its state ("in Americus, Georgia"):
  // common_nouns.jsonl "before_places".
  StringSet place_prepositions_;
  StringMap<std::vector<uint32_t>> surname_to_holder_;  // surname token text -> holders
  // The id of the rule of each pattern kind (rules/actors/patterns.jsonl).
  struct PatternRules {
    std::string title_before_name, title_comma_name, apposition, known_name, short_name,
        compound_part, lost_apostrophe, organization_name, honorific_name, given_name;
  };
  PatternRules pattern_rules_;
  const std::string non_actor_rule_ = "non-actor";
  rules::ActorRules rules_;
  friend class ActorRun;
};

}  // namespace communique

#endif  // COMMUNIQUE_EXTRACT_ACTORS_H_
