#include "extract/actors.h"

#include <algorithm>
#include <array>
#include <optional>

#include "core/capitalization.h"
#include "core/thread_scratch.h"
#include "normalize/normalize.h"
#include "match/token_index.h"
#include "match/tokenizer.h"

namespace communique {
namespace {

using match::PhraseMatch;

constexpr uint32_t kIndexMask = 0x00FFFFFF;
uint32_t Payload(uint32_t kind, size_t index) { return (kind << 24) | static_cast<uint32_t>(index); }

// Line breaks and runs of spaces as one space: a hard-wrapped role or name
// ("European\nCommission Director-General", "Rafael Mariano   Grossi").
std::string OneLine(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\t') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

// "MOTEGI": a family name written in capitals, as Japanese readouts do
// (three letters at least: "MP" and "QC" are postnominals).
bool IsAllCapsWord(std::string_view s) {
  return s.size() >= 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The last space-separated word of a name: "Sherwood-Randall" of "Elizabeth
// Sherwood-Randall" (a surname's short form keeps its hyphenated parts).
std::string LastWord(std::string_view name) {
  const size_t space = name.find_last_of(" \n\xA0");
  return std::string(space == std::string_view::npos ? name : name.substr(space + 1));
}

// "MOTEGI" -> "Motegi".
std::string TitleCased(std::string_view s) {
  std::string out(s);
  for (size_t i = 1; i < out.size(); ++i) out[i] = static_cast<char>(out[i] - 'A' + 'a');
  return out;
}

// Name words compare equal across a family name's capitals: "Motegi" is
// "MOTEGI Toshimitsu"'s.
bool SameNameWord(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() != b.size() || !(IsAllCapsWord(a) || IsAllCapsWord(b))) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

// "ATF", "DPAA", "G7": an acronym a name defines in parentheses (two to
// eight capitals and digits, two capitals at least).
bool IsAcronym(std::string_view s) {
  const auto capitals = std::count_if(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return s.size() <= 8 && capitals >= 2 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

// The full name without its middle initials: "Luther Story" is "Luther H.
// Story"'s (the initials are tokens of one letter; punctuation is gone).
bool SameBesideInitials(const std::vector<std::string_view>& full, const std::vector<std::string_view>& name) {
  if (name.size() < 2 || name.size() >= full.size()) return false;
  size_t n = 0;
  for (std::string_view word : full) {
    if (n < name.size() && SameNameWord(word, name[n])) ++n;
    else if (word.size() != 1) return false;
  }
  return n == name.size();
}

bool IsCompassWord(std::string_view s) {
  return s == "East" || s == "West" || s == "North" || s == "South";
}

// ASCII folding for slugs ("Šefčovič" -> "sefcovic", "Nguyễn" -> "nguyen").
// Views into static tables: a slug is built without a string per letter.
std::string_view FoldCodePoint(uint32_t cp) {
  static constexpr std::string_view kLatin1 = "aaaaaaeceeeeiiiidnooooo ouuuuyts";  // U+00C0..U+00DF
  static constexpr std::string_view kExtA =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiijjjkkklllllllllln"
      "nnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";  // U+0100..U+017F
  static constexpr auto kAscii = [] {
    std::array<char, 0x80> lower{};
    for (int c = 0; c < 0x80; ++c) lower[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return lower;
  }();
  if (cp < 0x80) return {&kAscii[cp], 1};
  if (cp == 0xC6 || cp == 0xE6) return "ae";
  if (cp == 0xDE || cp == 0xFE) return "th";
  if (cp == 0xDF) return "ss";
  if (cp == 0x152 || cp == 0x153) return "oe";
  if (cp == 0x132 || cp == 0x133) return "ij";
  if (cp >= 0xC0 && cp <= 0xFF) {
    const size_t at = (cp - 0xC0) % 32;
    return kLatin1[at] == ' ' ? "" : kLatin1.substr(at, 1);
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    const size_t at = cp - 0x100;
    return kExtA[at] == '.' ? "" : kExtA.substr(at, 1);
  }
  if (cp >= 0x1EA0 && cp <= 0x1EF9) {
    if (cp <= 0x1EB7) return "a";
    if (cp <= 0x1EC7) return "e";
    if (cp <= 0x1ECB) return "i";
    if (cp <= 0x1EE3) return "o";
    if (cp <= 0x1EF1) return "u";
    return "y";
  }
  if (cp == 0x1A1 || cp == 0x1A0) return "o";
  if (cp == 0x1B0 || cp == 0x1AF) return "u";
  return "";
}

}  // namespace

// "Henna Virkkunen" -> "henna-virkkunen"; "Joseph R. Biden, Jr." -> "joseph-r-biden-jr".
std::string ActorSlug(std::string_view text) {
  std::string out;
  bool dash = false;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    uint32_t cp = FirstCodePoint(text.substr(i, len));
    i += len;
    std::string_view folded = FoldCodePoint(cp);
    bool alnum = !folded.empty() && std::isalnum(static_cast<unsigned char>(folded[0]));
    if (!alnum) {
      if (cp == '\'' || (cp >= 0x300 && cp < 0x370)) continue;  // "d'études", combining marks
      dash = !out.empty();
      continue;
    }
    if (dash) out += '-';
    dash = false;
    out += folded;
  }
  return out;
}

int ActorAt(const Document& doc, Span span) {
  int best = -1;
  Span best_span;
  for (size_t a = 0; a < doc.actors.size(); ++a) {
    for (const Mention& m : doc.actors[a].mentions) {
      if (m.span.begin >= span.end || span.begin >= m.span.end) continue;
      if (best < 0 || m.span.begin < best_span.begin ||
          (m.span.begin == best_span.begin && m.span.size() > best_span.size())) {
        best = static_cast<int>(a);
        best_span = m.span;
      }
    }
  }
  return best;
}

std::unique_ptr<const ActorExtractor> ActorExtractor::Compile(rules::CompileContext& context) {
  auto out = std::make_unique<ActorExtractor>();
  rules::ActorRules parsed = rules::ParseActorRules(context);
  // The lexicon's entries go in the order of these steps.
  out->AddEntities(parsed, context);
  for (const rules::NonActorRule& rule : parsed.non_actors) {
    for (const std::string& phrase : rule.phrases) out->lexicon_.Add(phrase, Payload(kNonActor, 0), true);
  }
  out->AddHoldersAndTitles(parsed);
  out->AddWordLists(parsed);
  out->SetPatternRules(parsed, context);
  out->rules_ = std::move(parsed);
  return out;
}

void ActorExtractor::AddEntities(const rules::ActorRules& parsed, rules::CompileContext& context) {
  std::vector<std::pair<std::string, uint32_t>> single;
  for (const rules::EntityRule& rule : parsed.entities) {
    Entity entity{rule.actor_id, rule.type, rule.name, rule.speaks_for, rule.id};
    entity.country = entity.type == "country";
    entity.us_state_homonym = rule.us_state_homonym;
    entity.own_places = rule.own_places;
    entity.prefix_of_names = rule.prefix_of_names;
    size_t index = entities_.size();
    auto add = [&](const std::string& phrase, uint32_t kind) {
      if (!lexicon_.Add(phrase, Payload(kind, index), true)) {
        context.Error(rule.where, "phrase without a token: \"" + phrase + "\"");
        return;
      }
      std::vector<Token> tokens;
      match::Tokenize(phrase, 0, &tokens);
      if (tokens.size() == 1 && kind == kAlias) single.emplace_back(phrase, Payload(kind, index));
    };
    for (const std::string& alias : rule.aliases) add(alias, kAlias);
    for (const std::string& alias : rule.weak_aliases) add(alias, kWeakAlias);
    for (const std::string& demonym : rule.demonyms) add(demonym, kDemonym);
    entities_.push_back(std::move(entity));
  }
  for (size_t index = 0; index < entities_.size(); ++index) {
    Entity& e = entities_[index];
    for (size_t other = 0; other < entities_.size(); ++other) {
      if (e.speaks_for.empty() || entities_[other].id != e.speaks_for) continue;
      if (entities_[other].type == "bloc") {
        e.bloc_institution = true;
        e.bloc = static_cast<uint32_t>(other);
      }
      // Not a country: a text about the United States names no DOE, MCC or ICE.
      if (!parsed.entities[index].weak_aliases.empty() && !entities_[other].country) {
        weak_speaks_for_.emplace_back(static_cast<uint32_t>(index), static_cast<uint32_t>(other));
      }
    }
  }
  for (size_t index = 0; index < entities_.size(); ++index) {
    entity_by_id_.emplace(entities_[index].id, static_cast<uint32_t>(index));
  }
  for (auto& [text, payload] : single) {
    single_token_alias_.emplace(text, payload);
    possessive_filter_.Add(match::FoldedHash(text + "s"));
  }
}

void ActorExtractor::AddHoldersAndTitles(const rules::ActorRules& parsed) {
  for (const rules::OfficeHolderRule& rule : parsed.holders) {
    Holder holder{rule.kb, rule.name, rule.id, rule.surnames, {}};
    for (const rules::OfficeRule& office : rule.offices) {
      holder.offices.push_back({office.role, office.affiliation, office.from, office.to});
    }
    size_t index = holders_.size();
    for (const std::string& name : rule.names) lexicon_.Add(name, Payload(kKnownName, index), true);
    for (const std::string& surname : holder.surnames) {
      surname_to_holder_[surname].push_back(static_cast<uint32_t>(index));
      lexicon_.Add(surname, Payload(kSurname, index), true);
    }
    holders_.push_back(std::move(holder));
  }
  for (const rules::TitleRule& rule : parsed.titles) {
    size_t index = titles_.size();
    lexicon_.Add(rule.title, Payload(kTitle, index), true);
    if (!rule.plural.empty()) lexicon_.Add(rule.plural, Payload(kTitle, index), true);
    titles_.push_back({rule.title, rule.default_affiliation, rule.id});
  }
}

void ActorExtractor::AddWordLists(const rules::ActorRules& parsed) {
  for (const rules::RoleWordRule& rule : parsed.role_words) {
    for (const std::string& word : rule.words) {
      // A service's or a company group's head is no role word by its own
      // record ("Joint Task Force of the Association of American
      // Universities" names the association; "Navy" and "Army" are role
      // words by the first record).
      if (!rule.services && !rule.after_names_only) role_words_.insert(word);
      if (rule.before_titles) title_modifiers_.insert(word);
      if (rule.ranks) ranks_.insert(word);
      if (rule.subnational_levels) subnational_levels_.insert(word);
      if (rule.before_names) {
        honorifics_.insert(word);
        lexicon_.Add(word, Payload(kHonorific, 0), true);
      }
      if (rule.organization_heads) {
        organization_heads_.insert(word);
        if (rule.after_role_words) role_word_heads_.insert(word);
        if (rule.legal_forms) legal_forms_.insert(word);
        if (rule.services) service_heads_.insert(word);
        if (rule.governments) government_heads_.insert(word);
        if (rule.after_names_only) name_heads_.insert(word);
        lexicon_.Add(word, Payload(kOrganizationHead, 0), true);
      }
    }
  }
  for (const rules::CommonNounRule& rule : parsed.common_nouns) {
    for (const std::string& word : rule.words) {
      if (rule.prepositions) prepositions_.insert(word);
      if (rule.after_hyphen || rule.connectors) {  // lower case: no capitalized noun
        (rule.after_hyphen ? hyphen_words_ : connectors_).insert(word);
        continue;
      }
      if (rule.delegation_members || rule.before_places) {  // lower case too
        (rule.delegation_members ? delegation_verbs_ : place_prepositions_).insert(word);
        continue;
      }
      if (rule.delegations) {
        lexicon_.Add(word, Payload(kDelegation, 0), true);
        continue;
      }
      common_nouns_.insert(word);
      if (rule.after_names) place_nouns_.insert(word);
      if (rule.postnominal) postnominals_.insert(word);
    }
  }
  for (const rules::WordListRule& rule : parsed.title_authors) {
    for (const std::string& head : rule.words) {
      std::string lower = AsciiLower(head) + " ";
      std::string first = lower.substr(0, lower.find(' '));
      title_author_heads_.push_back(std::move(lower));
      if (std::find(title_author_first_words_.begin(), title_author_first_words_.end(), first) ==
          title_author_first_words_.end()) {
        title_author_first_words_.push_back(std::move(first));
      }
    }
  }
  for (const rules::WordListRule& rule : parsed.given_names) {
    for (const std::string& name : rule.words) {
      given_names_.insert(name);
      lexicon_.Add(name, Payload(kGivenName, 0), true);
    }
  }
}

void ActorExtractor::SetPatternRules(const rules::ActorRules& parsed, rules::CompileContext& context) {
  using Rules = PatternRules;
  // Indexed by rules::ActorPatternKind.
  static constexpr std::string Rules::*kMembers[] = {
      &Rules::title_before_name, &Rules::title_comma_name, &Rules::apposition, &Rules::known_name,
      &Rules::short_name,        &Rules::compound_part,    &Rules::lost_apostrophe,
      &Rules::organization_name, &Rules::honorific_name, &Rules::given_name};
  for (const rules::ActorPatternRule& rule : parsed.patterns) {
    pattern_rules_.*kMembers[static_cast<int>(rule.kind)] = rule.id;
  }
  for (size_t kind = 0; kind < std::size(kMembers); ++kind) {
    if ((pattern_rules_.*kMembers[kind]).empty()) {
      context.Error("rules/actors/patterns.jsonl",
                    std::string("no rule of kind ") + rules::kActorPatternKindNames[kind]);
      pattern_rules_.*kMembers[kind] = rules::kActorPatternKindNames[kind];
    }
  }
}

// One run over one document: the working state of ActorExtractor::Run.
class ActorRun {
 public:
  ActorRun(const ActorExtractor& x, Document& doc)
      : x_(x), doc_(doc), tokens_(doc.tokens), scratch_(ThreadScratch<Scratch>()) {}
  void Execute();

 private:
  using Entity = ActorExtractor::Entity;
  struct EntityHit {
    uint32_t first, end;      // tokens
    uint32_t entity;          // index into entities_ (holders_ when `known`), UINT32_MAX: a non-actor
    const std::string* rule;  // the rule's id, owned by the extractor
    uint32_t cut = 0;         // bytes cut off the end of the last token (the "s" of "EUs")
    bool known = false;       // an office holder's full name, not an entity
  };
  struct PersonHit {
    uint32_t first, end;  // tokens of the name
    std::string role;
    std::string affiliation;  // explicit in the text
    std::string default_affiliation;
    std::string rule;
    bool bare_surname = false;  // found by PersonsBySurname: no title near it
  };

  // The most frequent call of the stage.
  std::string_view Tok(size_t i) const { return i < tokens_.size() ? doc_.View(tokens_[i].span) : std::string_view(); }
  bool Adjacent(size_t i) const {  // token i and i+1 touch (no space between)
    return i + 1 < tokens_.size() && tokens_[i].span.end == tokens_[i + 1].span.begin;
  }
  bool IsRoleWord(std::string_view t) const { return x_.role_words_.contains(t); }
  bool IsParticle(std::string_view t) const {
    // Views, not C strings: a comparison checks the length before any byte.
    static constexpr std::string_view kParticles[] = {"von", "der", "van", "de",  "da", "di",
                                                      "bin", "al",  "del", "dos", "la", "le"};
    return std::find(std::begin(kParticles), std::end(kParticles), t) != std::end(kParticles);
  }
  bool IsNameWord(size_t i) const;
  bool IsNameSyllable(size_t i) const;
  bool IsPersonName(size_t first, size_t end) const;
  std::optional<uint32_t> ScanName(size_t i) const;
  bool EntityCovers(size_t i) const { return entity_at_[i] >= 0; }
  size_t ScanComplement(size_t i) const;
  bool ParagraphBreakBefore(size_t i) const;
  struct CountryCut {
    size_t begin, end;    // tokens of "of [the] <country>" in a role
    std::string country;  // its id; empty: none
  };
  CountryCut CountryInRole(size_t from, size_t end) const;
  std::string RoleText(size_t title_end, size_t end, uint32_t title, const CountryCut& cut) const;
  // An entity of the lexicon, or one named in this document (FindOrganizations):
  // those are numbered after the lexicon's.
  const Entity& EntityOf(uint32_t entity) const {
    return entity < x_.entities_.size() ? x_.entities_[entity] : named_[entity - x_.entities_.size()];
  }
  std::string AffiliationOfEntity(uint32_t entity) const {
    const Entity& e = EntityOf(entity);
    return e.speaks_for.empty() ? e.id : e.speaks_for;
  }
  std::string PrefixAffiliation(size_t title_first, size_t* role_start) const;
  std::string FollowingAffiliation(size_t i) const;
  // A title match read in its context: the role with its modifiers,
  // institution and complement, and the affiliation it states.
  struct TitleAt {
    PhraseMatch match;
    const ActorExtractor::Title* title = nullptr;
    size_t first = 0;       // the first token of the title with its modifiers
    size_t role_start = 0;  // where the role starts (an institution before the title)
    size_t comp_end = 0;    // the token after the title's complement
    bool prefixed = false;  // a country or body before the title ("NATO Secretary General")
    std::string role, aff;
  };
  void FindEntities();
  void FindOrganizations();
  size_t OrganizationName(size_t head, size_t floor, size_t* first, std::string* speaks_for) const;
  size_t ServiceName(size_t head, size_t f, size_t floor, size_t end, std::string country, size_t* first,
                     std::string* speaks_for) const;
  bool SubnationalGovernment(size_t head, size_t f, size_t end, const std::string& country) const;
  void MergeHits(size_t sorted);
  void FindLostApostrophes();
  void MarkCompoundParts();
  void FindPersons();
  TitleAt ReadTitle(const PhraseMatch& m, bool joined, uint32_t joined_first) const;
  bool PersonAfterTitle(const TitleAt& at);
  bool PersonInApposition(const TitleAt& at);
  bool PersonAfterLongRole(const TitleAt& at);
  bool OverlapsPerson(size_t first, size_t end) const;
  void PersonsByHonorific();
  void PersonsByGivenName();
  std::string AffiliationAfterRole(size_t comp_end) const;
  bool AddPerson(uint32_t first, uint32_t end, std::string role, std::string aff, std::string def,
                 const std::string& rule);
  void PersonsBySurname();
  void DelegationAffiliations();
  std::string DelegationCountry(size_t d) const;
  bool HeldOn(const ActorExtractor::Office& o) const;
  bool AfterPlace(size_t first, const ActorExtractor::Entity& country) const;
  // True iff the name ending before token `end` ends its phrase: a
  // punctuation mark or the sentence's end follows.
  bool EndsPlace(size_t end) const;
  // True iff the body the weak alias `m` names is a country's own, by its
  // possessive before or "of" + its name after ("Russia's Security
  // Council", "the Security Council of Ukraine"), not the UN's.
  bool CountrysOwn(const PhraseMatch& m, const std::vector<PhraseMatch>& kept) const;
  std::string InnerTitle(const TitleAt& at) const;
  const ActorExtractor::Office* HolderOffice(const ActorExtractor::Holder& h) const;
  // A person as Assemble builds it from the hits.
  struct PersonDraft {
    std::vector<std::string_view> name_tokens;  // views into the document
    std::string display;
    std::string role, affiliation, default_affiliation, kb;
    std::vector<Mention> mentions;
    std::vector<std::string> short_forms;
    bool titled = false;  // named once otherwise than by a bare surname: the lexicon's role applies
  };
  int FindHolder(uint32_t f, uint32_t e, const std::vector<std::string_view>& toks, const std::string& role) const;
  void MergePersons();
  void BuildEntityActors(std::vector<Actor>* actors) const;
  static std::string MainCountry(const std::vector<Actor>& actors);
  void BuildPersonActors(const std::string& main_country, std::vector<Actor>* actors);
  static void DistinctIds(std::vector<Actor>& actors);
  void Assemble();

  // The per-document vectors whose size follows the tokens (see
  // core/thread_scratch.h).
  struct Scratch {
    std::vector<PhraseMatch> lexicon_hits;
    std::vector<int> entity_at;
    std::vector<uint32_t> possessive_maybe;
    void Clear() {
      lexicon_hits.clear();
      possessive_maybe.clear();
    }
    size_t TokenCapacity() const { return entity_at.capacity(); }
  };

  const ActorExtractor& x_;
  Document& doc_;
  const std::vector<Token>& tokens_;
  Scratch& scratch_;
  std::vector<EntityHit> entities_;
  // Organizations no lexicon lists, named here by a head noun ("the Philippine
  // Department of National Defense"): entity numbers from x_.entities_.size().
  std::vector<Entity> named_;
  std::vector<int>& entity_at_ = scratch_.entity_at;  // token -> index into entities_, or -1
  std::vector<PersonHit> persons_;
  std::vector<PersonDraft> people_;
  std::vector<bool> in_name_;
  size_t last_added_ = SIZE_MAX;  // the person AddPerson added or named again last
  std::vector<PhraseMatch> titles_found_;  // leftmost-longest, payload: index into titles_
  std::vector<PhraseMatch> surnames_found_;  // office holders' surnames, payload: kind and holder
  // Tokens of organizations' head nouns, given names, honorifics and delegations, in text
  // order: the lexicon walk notes them, later passes visit only them.
  std::vector<uint32_t> organization_heads_at_, given_names_at_, honorifics_at_, delegations_at_;
  // Per token: whether a title found starts or ends there.
  static constexpr uint8_t kTitleStart = 1, kTitleEnd = 2;
  std::vector<uint8_t> title_edge_;
  // Tokens that pass the lost-apostrophe filter.
  std::vector<uint32_t>& possessive_maybe_ = scratch_.possessive_maybe;
  // Tokens between two sentences (bullets) share a number of their own, as
  // do the tokens after the last sentence. Asked for a few title contexts
  // per document: a search, not a number stored for every token.
  uint32_t SentenceOf(size_t t) const {
    const std::vector<Sentence>& sentences = doc_.sentences;
    const uint32_t begin = tokens_[t].span.begin;
    auto it =
        std::upper_bound(sentences.begin(), sentences.end(), begin,
                         [](uint32_t value, const Sentence& s) { return value < s.span.end; });
    if (it == sentences.end()) return UINT32_MAX - 1;
    if (it != sentences.begin() && begin < it->span.begin) return UINT32_MAX;
    return static_cast<uint32_t>(it - sentences.begin());
  }
  bool SameSentence(size_t a, size_t b) const {
    return a < tokens_.size() && b < tokens_.size() && SentenceOf(a) == SentenceOf(b);
  }
};

// The lower-case syllable after a hyphen in a Korean given name: "Cho
// Tae-yong", "Ban Ki-moon" (short, and no English word that follows a name
// with a hyphen, common_nouns.jsonl after_hyphen: "Biden-led").
bool ActorRun::IsNameSyllable(size_t i) const {
  if (i == 0 || i >= tokens_.size() || tokens_[i].kind != Token::Kind::kWord || !Adjacent(i - 1)) return false;
  std::string_view t = Tok(i);
  return t.size() >= 2 && t.size() <= 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
         !x_.hyphen_words_.contains(t);
}

bool ActorRun::IsNameWord(size_t i) const {
  if (i >= tokens_.size() || tokens_[i].kind != Token::Kind::kWord) return false;
  std::string_view t = Tok(i);
  if (!IsCapitalized(t) || IsRoleWord(t)) return false;
  if (entity_at_[i] >= 0 && !entities_[entity_at_[i]].known) return false;
  // A title is no name: "Economic Advisor of the Federal Chancellor".
  if (!title_edge_.empty() && (title_edge_[i] & kTitleStart)) return false;
  static constexpr std::string_view kStop[] = {"The", "This", "These", "Those", "We", "Our", "Today", "They",
                                "It", "In", "On", "At", "As", "And", "For", "With", "By", "A", "An",
                                "Both", "Following", "Under", "Next", "Ministers", "Leaders", "Allies",
                                "Members", "Council", "I", "He", "She", "His", "Her", "Their", "Also"};
  return std::find(std::begin(kStop), std::end(kStop), t) == std::end(kStop);
}

// Whether tokens [first, end) can be a person's name: an office holder the
// lexicon knows, or a word that is neither a role word nor a common noun
// ("Quad Leaders Summit", "the Leaders Initiative" name no one).
bool ActorRun::IsPersonName(size_t first, size_t end) const {
  if (entity_at_[first] >= 0 && entities_[entity_at_[first]].known) return true;
  // A common noun before a name makes it a thing's: "Cyclone Harold", "Camp David".
  for (size_t t = first; t + 1 < end; ++t) {
    if (tokens_[t].kind == Token::Kind::kWord && x_.common_nouns_.contains(Tok(t))) return false;
  }
  for (size_t t = first; t < end; ++t) {
    std::string_view word = Tok(t);
    if (tokens_[t].kind != Token::Kind::kWord || IsParticle(word) || word.size() == 1) continue;
    if (!IsRoleWord(word) && !x_.common_nouns_.contains(word)) return true;
  }
  return false;
}

// A person's name starting at token i: capitalized words, initials ("R."),
// particles inside ("von der"), hyphenated parts, a ", Jr." suffix.
// Returns the end token, or nullopt.
std::optional<uint32_t> ActorRun::ScanName(size_t i) const {
  size_t j = i;
  size_t words = 0;
  while (j < tokens_.size()) {
    std::string_view t = Tok(j);
    if (entity_at_[j] >= 0 && !entities_[entity_at_[j]].known) {
      // A one-word country right after a given name, ending the name, is
      // its surname: "Deputy Attorney General Lisa Monaco spoke".
      const EntityHit& hit = entities_[entity_at_[j]];
      const bool surname = words == 1 && j == i + 1 && hit.first == j && hit.end == j + 1 &&
                           hit.entity != UINT32_MAX && EntityOf(hit.entity).country &&
                           !IsCapitalized(Tok(j + 1)) && !x_.surname_to_holder_.contains(Tok(i));
      if (!surname) break;
      ++j;
      ++words;
      break;
    }
    if (IsParticle(t)) {
      size_t k = j;
      while (k < tokens_.size() && IsParticle(Tok(k))) ++k;
      if (!IsNameWord(k)) break;
      j = k;
      continue;
    }
    if (t == "Jr") break;  // the suffix, below
    // A capitalized word right before "Jr." is a surname even when it is a
    // role word: "Martin Luther King Jr.".
    const bool before_suffix = Tok(j + 1) == "Jr" || (Tok(j + 1) == "," && Tok(j + 2) == "Jr");
    // A middle initial is the name's even where its letter is a stop word
    // ("Rep. Carlos A. Gimenez": "A" opens no name).
    const bool initial = words > 0 && t.size() == 1 && IsCapitalized(t) && Tok(j + 1) == "." && Adjacent(j);
    if (!initial && !IsNameWord(j) &&
        !(words > 0 && before_suffix && tokens_[j].kind == Token::Kind::kWord && IsCapitalized(t))) {
      break;
    }
    // An initial "R." stays in the name.
    if (t.size() == 1 && Tok(j + 1) == "." && Adjacent(j)) {
      j += 2;
      ++words;
      continue;
    }
    ++j;
    ++words;
    while (Tok(j) == "-" && Adjacent(j - 1) && Adjacent(j) && (IsCapitalized(Tok(j + 1)) || IsNameSyllable(j + 1))) {
      j += 2;
    }
    // An office holder's surname, then a given name and a surname, is two
    // people: "Chief of Staff to President Biden Jeff Zients" (not "Kishida
    // Fumio of Japan", a family name written first).
    if (words == 1 && j == i + 1 && x_.surname_to_holder_.contains(t) && x_.given_names_.contains(Tok(j)) &&
        IsNameWord(j + 1)) {
      break;
    }
  }
  // A name never ends on a common noun or a headline's verb: "Secretary
  // Clinton Visits Japan".
  while (words > 1 && tokens_[j - 1].kind == Token::Kind::kWord && x_.common_nouns_.contains(Tok(j - 1))) {
    --j;
    --words;
  }
  if (words == 0) return std::nullopt;
  if (Tok(j) == "," && Tok(j + 1) == "Jr" && Tok(j + 2) == ".") j += 3;
  else if (Tok(j) == "Jr") j += Tok(j + 1) == "." ? 2 : 1;
  // A place's or an institution's noun right after it makes the name the
  // place's or the body's, named after a person: "the Queen Charlotte
  // Islands", "the John F. Kennedy Center", "Martin Luther King Jr.
  // Memorial", "George Washington University", also over the role words and
  // common nouns before it ("Benjamin Franklin High School").
  for (size_t k = j; k < tokens_.size() && tokens_[k].kind == Token::Kind::kWord && IsCapitalized(Tok(k)); ++k) {
    if (x_.place_nouns_.contains(Tok(k)) || x_.organization_heads_.contains(Tok(k))) return std::nullopt;
    if (!IsRoleWord(Tok(k)) && !x_.common_nouns_.contains(Tok(k))) break;
  }
  if (Tok(j - 1) == ".") {
    // "R." alone is not a name.
    if (words == 1 && Tok(i).size() == 1) return std::nullopt;
  }
  return static_cast<uint32_t>(j);
}

// Whether a blank line separates token i from the one before it: a role
// never runs from a headline into the dateline below it ("Ambassador of the
// Kingdom of Spain to Japan" / "December 10, 2025"), though it may wrap.
bool ActorRun::ParagraphBreakBefore(size_t i) const {
  if (i == 0 || i >= tokens_.size()) return false;
  // A view of the text, not a substr() copy that dies at the semicolon.
  std::string_view gap =
      std::string_view(doc_.text).substr(tokens_[i - 1].span.end, tokens_[i].span.begin - tokens_[i - 1].span.end);
  const size_t first = gap.find('\n');
  return first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos;
}

// The complement of a title: "for Tech Sovereignty, Security and Democracy",
// "of State for Science and Technology Policy", "to the President for
// Economic Security". Returns the token after it (== i when there is none).
size_t ActorRun::ScanComplement(size_t i) const {
  size_t j = i;
  size_t last_content = i;  // end of the last capitalized word taken
  auto connector = [&](std::string_view t) { return x_.connectors_.contains(t); };
  // Role words right after the title continue it: "Deputy Secretary Cyber
  // and Infrastructure Security Hamish Hansford".
  // (None when the title ends the text: j is then past the last token.)
  const bool role_words_follow = j < tokens_.size() && tokens_[j].kind == Token::Kind::kWord &&
                                 IsCapitalized(Tok(j)) && IsRoleWord(Tok(j)) &&
                                 !x_.honorifics_.contains(Tok(j)) && entity_at_[j] < 0 &&
                                 !(title_edge_[j] & kTitleStart);  // "Co-Chairs Secretary of State Blinken"
  if (!(Tok(j) == "of" || Tok(j) == "for" || Tok(j) == "to" || role_words_follow)) return i;
  while (j < tokens_.size() && !ParagraphBreakBefore(j)) {
    std::string_view t = Tok(j);
    if (connector(t)) {
      ++j;
      continue;
    }
    if (entity_at_[j] >= 0) {
      const EntityHit& hit = entities_[entity_at_[j]];
      if (hit.known) break;
      j = hit.end;
      last_content = j;
      continue;
    }
    const bool word = tokens_[j].kind == Token::Kind::kWord;
    // The person a title's "to" serves, named by a title and an office
    // holder's surname, is the role's when a given name follows: "Chief of
    // Staff to President Biden Jeff Zients".
    if (word && j > i && (title_edge_[j - 1] & kTitleEnd) && x_.surname_to_holder_.contains(t) &&
        x_.given_names_.contains(Tok(j + 1)) && IsNameWord(j + 2)) {
      ++j;
      last_content = j;
      continue;
    }
    // A rank before the name ends the role: "Secretary of National Defense
    // General Luis Cresencio Sandoval".
    const size_t after = Tok(j + 1) == "." ? j + 2 : j + 1;  // "Dr." or "General"
    if (word && x_.honorifics_.contains(t) && IsNameWord(after) && !x_.common_nouns_.contains(Tok(after))) break;
    // A capitalized preposition inside a body's name takes the capitalized
    // words after it up to an honorific, a given name or an actor: "Head of
    // National Commission Against Addictions" (its object named a person,
    // "Addictions Gady Zabicky Sirot"), "Commission for the Protection Against
    // Sanitary Risks Dr. Alejandro Svarch".
    if (word && x_.prepositions_.contains(t)) {
      ++j;
      while (j < tokens_.size() && tokens_[j].kind == Token::Kind::kWord && IsCapitalized(Tok(j)) &&
             entity_at_[j] < 0 && !x_.honorifics_.contains(Tok(j)) && !x_.given_names_.contains(Tok(j)) &&
             !ParagraphBreakBefore(j)) {
        ++j;
      }
      last_content = j;
      continue;
    }
    // A common noun in a title's complement is the role's: "Envoy for Climate
    // Change", "Secretary of Finance and Public Credit"; so is a body's
    // acronym after "of": "Deputy Assistant Secretary of INL Charisse Phillips".
    if (word && IsCapitalized(t) &&
        (IsRoleWord(t) || x_.common_nouns_.contains(t) || (IsAllCapsWord(t) && (Tok(j - 1) == "of" || Tok(j - 1) == "for")))) {
      ++j;
      last_content = j;
      continue;
    }
    if (word && IsCapitalized(t)) {
      // Words of no list inside a run of capitalized words, up to its last
      // role word, are the role's: "of National Drug Control Policy", "for
      // International Narcotics and Law Enforcement Affairs Charisse Phillips".
      size_t k = j, last_role = j;
      while (k < tokens_.size() && tokens_[k].kind == Token::Kind::kWord && IsCapitalized(Tok(k)) &&
             entity_at_[k] < 0 && !ParagraphBreakBefore(k)) {
        if (IsRoleWord(Tok(k))) last_role = k + 1;
        ++k;
      }
      if (last_role > j + 1) {
        j = last_role;
        last_content = last_role;
        continue;
      }
    }
    if (t == "-" && Adjacent(j - 1) && Adjacent(j)) {
      ++j;
      continue;
    }
    if (t == "," && last_content == j) {
      // A list inside the role: ", Security and Democracy", ", Trade and Industry".
      size_t k = j + 1;
      bool saw_and = false;
      while (k < tokens_.size() && ((IsCapitalized(Tok(k)) && IsRoleWord(Tok(k))) || Tok(k) == "and")) {
        if (Tok(k) == "and") saw_and = true;
        ++k;
      }
      if (saw_and && k > j + 2 && Tok(k - 1) != "and") {
        j = k;
        last_content = k;
        continue;
      }
    }
    break;
  }
  return last_content;
}

// "of Japan", "of the Republic of Korea (ROK)" in a role: the country or
// bloc is the affiliation, not part of the role, at its end or before the
// post's place ("Ambassador Extraordinary and Plenipotentiary of the Kingdom
// of Spain to Japan" -> "... Plenipotentiary to Japan", ES).
ActorRun::CountryCut ActorRun::CountryInRole(size_t from, size_t end) const {
  for (size_t k = from; k < end; ++k) {
    if (Tok(k) != "of") continue;
    size_t m = k + 1;
    if (Tok(m) == "the") ++m;
    if (m < end && entity_at_[m] >= 0) {
      const EntityHit& hit = entities_[entity_at_[m]];
      if (hit.known || hit.entity == UINT32_MAX) continue;
      const Entity& e = EntityOf(hit.entity);
      const bool closes = hit.end == end || Tok(hit.end) == "to" || Tok(hit.end) == "in";
      if (closes && hit.first == m && (e.type == "country" || e.type == "bloc")) return {k, hit.end, e.id};
    }
  }
  return {end, end, ""};
}

// The title's words, then its complement up to `end` without `cut`.
std::string ActorRun::RoleText(size_t title_end, size_t end, uint32_t title, const CountryCut& cut) const {
  std::string role = x_.titles_[title].singular;
  auto add = [&](size_t after, size_t last) {  // the text from token `after`'s end to token `last`'s
    role += doc_.text.substr(tokens_[after].span.end, tokens_[last].span.end - tokens_[after].span.end);
  };
  if (cut.begin > title_end) add(title_end - 1, cut.begin - 1);
  if (cut.end < end) add(cut.end - 1, end - 1);
  return OneLine(role);
}

// "Japanese Minister", "Japan's Minister", "the UK's Minister", "U.S. Trade
// Representative", "African Union Commissioner": the entity before a title.
// Countries and blocs leave the role; institutions stay in it.
std::string ActorRun::PrefixAffiliation(size_t title_first, size_t* role_start) const {
  *role_start = title_first;
  if (title_first == 0) return "";
  size_t k = title_first;
  if (k >= 2 && Tok(k - 1) == "s" && Tok(k - 2) == "'") k -= 2;
  if (k == 0 || entity_at_[k - 1] < 0 || !SameSentence(k - 1, title_first)) return "";
  const EntityHit& hit = entities_[entity_at_[k - 1]];
  if (hit.known || hit.entity == UINT32_MAX) return "";
  const Entity& e = EntityOf(hit.entity);
  // An institution that speaks for another stays in the role ("European
  // Commission President"); a body that speaks for itself is the
  // affiliation, as a country is ("NATO Secretary General" -> "Secretary
  // General", nato).
  if (e.bloc_institution) *role_start = hit.first;
  return AffiliationOfEntity(hit.entity);
}

// After a name: "of Japan", "of the ROK", "from the U.S. National Security
// Council", "from National Security Secretariat of Japan".
std::string ActorRun::FollowingAffiliation(size_t i) const {
  std::string_view t = Tok(i);
  if (t != "of" && t != "from") return "";
  size_t k = i + 1;
  if (Tok(k) == "the") ++k;
  std::string found;
  while (k < tokens_.size() && entity_at_[k] >= 0) {
    const EntityHit& hit = entities_[entity_at_[k]];
    if (hit.known || hit.entity == UINT32_MAX) break;
    const Entity& e = EntityOf(hit.entity);
    // A country or bloc decides; an organization only when nothing else does.
    if (e.type != "organization") return e.id;
    if (found.empty()) found = AffiliationOfEntity(hit.entity);
    k = hit.end;
    if (Tok(k) == "of") {
      ++k;
      if (Tok(k) == "the") ++k;
    }
  }
  return found;
}

// Whether the name at token `first` closes a place's address, "of Buena
// Vista, Georgia", "in Americus, Georgia": a comma before it, at most three
// capitalized words of no actor before that, and a preposition before them
// ("Moreover, Georgia" is the country). The country's own places keep it
// ("in Tbilisi, Georgia"). The dev annotators give such a US state no
// actor (tests/dev/notes-whitehouse-3.md 22).
bool ActorRun::CountrysOwn(const PhraseMatch& m, const std::vector<PhraseMatch>& kept) const {
  // "Russia's Security Council": the country before its possessive, whose
  // entity the walk in text order has already placed.
  const size_t f = m.first_token;
  if (f >= 3 && Tok(f - 1) == "s" && Tok(f - 2) == "'" && entity_at_[f - 3] >= 0) {
    const EntityHit& before = entities_[entity_at_[f - 3]];
    if (!before.known && before.entity != UINT32_MAX && x_.entities_[before.entity].country) return true;
  }
  // "the Security Council of Ukraine": a country's name after "of" ("the").
  size_t k = m.end_token;
  if (k >= tokens_.size() || Tok(k) != "of") return false;
  if (++k < tokens_.size() && Tok(k) == "the") ++k;
  return std::any_of(kept.begin(), kept.end(), [&](const PhraseMatch& after) {
    const uint32_t kind = after.payload >> 24;
    return after.first_token == k && (kind == ActorExtractor::kAlias || kind == ActorExtractor::kWeakAlias) &&
           x_.entities_[after.payload & kIndexMask].country;
  });
}

bool ActorRun::EndsPlace(size_t end) const {
  // A state closes its address ("of Americus, Georgia, whose mother");
  // a country that goes on speaks or owns ("in Brussels, Georgia
  // reaffirmed", "in Vilnius, Georgia's Prime Minister").
  if (end >= tokens_.size() || !SameSentence(end - 1, end)) return true;
  const std::string_view next = Tok(end);
  return next == "," || next == "." || next == ";" || next == ":" || next == ")";
}

bool ActorRun::AfterPlace(size_t first, const ActorExtractor::Entity& country) const {
  if (first < 3 || Tok(first - 1) != ",") return false;
  size_t k = first - 1;
  size_t words = 0;
  while (k > 0 && words < 3 && tokens_[k - 1].kind == Token::Kind::kWord && IsCapitalized(Tok(k - 1)) &&
         entity_at_[k - 1] < 0 && SameSentence(k - 1, first)) {
    if (std::find(country.own_places.begin(), country.own_places.end(), Tok(k - 1)) != country.own_places.end()) {
      return false;
    }
    --k;
    ++words;
  }
  if (words == 0 || k == 0) return false;
  return x_.place_prepositions_.contains(Tok(k - 1));
}

void ActorRun::FindEntities() {
  // The only walk over every token: lexicon phrases, and the candidates for
  // a lost apostrophe (checked below, once the entities are known).
  std::vector<PhraseMatch>& all = scratch_.lexicon_hits;
  std::vector<PhraseMatch> titles;
  // Read through locals, which stay in registers across the calls: the
  // members behind x_ and tokens_ were loaded again for every token.
  const size_t n = tokens_.size();
  const Token* const token_at = tokens_.data();
  const match::PhraseMatcher& lexicon = x_.lexicon_;
  const auto& possessive_filter = x_.possessive_filter_;
  for (size_t i = 0; i < n; ++i) {
    match::PhraseMatcher::PrefetchText(doc_, i, n);
    lexicon.FindAt(doc_, i, n, &all);
    if (possessive_filter.MayContain(token_at[i].folded_hash)) {
      possessive_maybe_.push_back(static_cast<uint32_t>(i));
    }
  }
  // Titles and entities overlap each other freely: each kind keeps its own
  // leftmost-longest matches. The split keeps FindAll's order within each.
  auto is_title = [](const PhraseMatch& m) { return (m.payload >> 24) == ActorExtractor::kTitle; };
  auto is_surname = [](const PhraseMatch& m) { return (m.payload >> 24) == ActorExtractor::kSurname; };
  auto is_word = [](const PhraseMatch& m) { return (m.payload >> 24) >= ActorExtractor::kOrganizationHead; };
  for (const PhraseMatch& m : all) {
    if (is_title(m)) titles.push_back({m.first_token, m.end_token, m.payload & kIndexMask});
    if (is_surname(m)) surnames_found_.push_back(m);
    switch (m.payload >> 24) {
      case ActorExtractor::kOrganizationHead: organization_heads_at_.push_back(m.first_token); break;
      case ActorExtractor::kGivenName: given_names_at_.push_back(m.first_token); break;
      case ActorExtractor::kHonorific: honorifics_at_.push_back(m.first_token); break;
      case ActorExtractor::kDelegation: delegations_at_.push_back(m.first_token); break;
      default: break;
    }
  }
  all.erase(std::remove_if(all.begin(), all.end(),
                           [&](const PhraseMatch& m) { return is_title(m) || is_surname(m) || is_word(m); }),
            all.end());
  titles_found_ = match::PhraseMatcher::LeftmostLongest(titles);
  title_edge_.assign(tokens_.size() + 1, 0);
  for (const PhraseMatch& m : titles_found_) {
    title_edge_[m.first_token] |= kTitleStart;
    title_edge_[m.end_token - 1] |= kTitleEnd;
  }
  std::vector<PhraseMatch> kept = match::PhraseMatcher::LeftmostLongest(all);
  entity_at_.assign(tokens_.size() + 1, -1);
  // Weak aliases ("AU") count only where a strong alias of the same entity
  // occurs, of one of its institutions ("the Union" where the European
  // Commission is named), or of the body it speaks for ("the Security
  // Council" where the UN is named; not Russia's, in a text without it).
  std::vector<bool> strong(x_.entities_.size(), false);
  for (const PhraseMatch& m : kept) {
    if ((m.payload >> 24) != ActorExtractor::kAlias) continue;
    const uint32_t index = m.payload & kIndexMask;
    strong[index] = true;
    if (x_.entities_[index].bloc != UINT32_MAX) strong[x_.entities_[index].bloc] = true;
  }
  for (const auto& [entity, body] : x_.weak_speaks_for_) {
    if (strong[body]) strong[entity] = true;
  }
  entities_.reserve(kept.size() + possessive_maybe_.size());
  uint32_t last_end = 0;
  for (const PhraseMatch& m : kept) {
    if (m.first_token < last_end) continue;  // ties on a span: first payload wins
    uint32_t kind = m.payload >> 24, index = m.payload & kIndexMask;
    last_end = m.end_token;
    EntityHit hit{m.first_token, m.end_token, index, nullptr};
    if (kind == ActorExtractor::kNonActor) {
      hit.entity = UINT32_MAX;
      hit.rule = &x_.non_actor_rule_;
    } else if (kind == ActorExtractor::kKnownName) {
      hit.rule = &x_.holders_[index].rule;
      hit.known = true;
    } else if (kind == ActorExtractor::kWeakAlias && (!strong[index] || CountrysOwn(m, kept))) {
      continue;
    } else if (m.first_token > 0 && x_.entities_[index].country &&
               IsCompassWord(Tok(m.first_token - 1))) {
      // "East Micronesia Cable", "North Macedonia" aside (an alias of its own):
      // a compass word before a country names a region of it or a thing.
      continue;
    } else if (x_.entities_[index].us_state_homonym && AfterPlace(m.first_token, x_.entities_[index]) &&
               EndsPlace(m.end_token)) {
      continue;
    } else {
      hit.rule = &x_.entities_[index].rule;
    }
    // "U.S" inside "U.S.-Japan" is matched as "U.S."; a word glued to a
    // longer word ("EUJapanDigital" never tokenizes apart) cannot occur.
    for (uint32_t t = hit.first; t < hit.end; ++t) entity_at_[t] = static_cast<int>(entities_.size());
    entities_.push_back(std::move(hit));
  }
  FindOrganizations();
  FindLostApostrophes();
  MarkCompoundParts();
}

// The name built on an organization's head noun at token `head`: capitalized
// words before it ("National Police Agency", "Federal Foreign Office") and a
// complement after it ("Ministry of Economy, Trade and Industry", "Embassy of
// New Zealand in Japan"). A demonym or a possessive before it is no part of
// the name but whom the body speaks for ("the Philippine Department of
// National Defense", "Australia's Department of Home Affairs"), as is a
// country in the complement; a country's name written out right before the
// words is the name's ("Tuvalu Telecommunications Corporation", "Japan Agency
// for Marine-Earth Science and Technology", as "Japan Bank for International
// Cooperation" is, SPEC 6). Returns the token after the name, or `head` when
// there is none ("the Ministry"; "Central Bank Governors", where the head
// only modifies); *first is the name's first token, never before `floor`.
size_t ActorRun::OrganizationName(size_t head, size_t floor, size_t* first, std::string* speaks_for) const {
  auto country_at = [&](size_t k) -> const EntityHit* {  // a country's or bloc's hit at token k
    if (k >= tokens_.size() || entity_at_[k] < 0) return nullptr;
    const EntityHit& hit = entities_[entity_at_[k]];
    if (hit.known || hit.entity == UINT32_MAX || EntityOf(hit.entity).type == "organization") return nullptr;
    return &hit;
  };
  auto plain_word = [&](size_t k) {  // a capitalized word of no lexicon entry and no title
    return k < tokens_.size() && tokens_[k].kind == Token::Kind::kWord && IsCapitalized(Tok(k)) &&
           entity_at_[k] < 0 && !(title_edge_[k] & (kTitleStart | kTitleEnd)) &&
           (IsRoleWord(Tok(k)) || IsNameWord(k));
  };
  auto joins = [&](size_t k) { return Tok(k) == "and" || Tok(k) == "&"; };
  auto hyphen = [&](size_t k) { return Tok(k) == "-" && Adjacent(k - 1) && Adjacent(k); };
  // A company's legal form closes its name, which "and" never joins: "Ultra
  // Maritime and Bharat Dynamics Limited" are two companies, "Larsen &
  // Toubro Limited" one (role_words.jsonl "legal_forms").
  const bool legal_form = x_.legal_forms_.contains(Tok(head));
  auto joins_before = [&](size_t k) { return legal_form ? Tok(k) == "&" : joins(k); };
  // Words before the head, "and" or a hyphen between them: "Cybersecurity
  // and Infrastructure Security Agency", "National Anti-Corruption Bureau".
  // A head before "and" ends another body's name: "George Washington
  // University and Johns Hopkins University".
  size_t f = head;
  while (f > floor && !ParagraphBreakBefore(f)) {
    if (plain_word(f - 1) && SameSentence(f - 1, head)) {
      --f;
    } else if (f >= floor + 2 && f < head && plain_word(f - 2) &&
               (hyphen(f - 1) || (joins_before(f - 1) && !x_.organization_heads_.contains(Tok(f - 2))))) {
      f -= 2;
    } else {
      break;
    }
  }
  // "Administration" names a body only after role words: "National
  // Telecommunications and Information Administration", not "the Biden
  // Administration" (role_words.jsonl "after_role_words").
  if (x_.role_word_heads_.contains(Tok(head))) {
    if (f == head) return head;
    for (size_t k = f; k < head; ++k) {
      if (tokens_[k].kind == Token::Kind::kWord && IsCapitalized(Tok(k)) && !IsRoleWord(Tok(k))) return head;
    }
  }
  // "Group" names a company only after proper names: "Mahindra Group", not
  // "Working Group", "Nuclear Suppliers Group" or "I2U2 Group"
  // (role_words.jsonl "after_names_only").
  if (x_.name_heads_.contains(Tok(head))) {
    if (f == head) return head;
    for (size_t k = f; k < head; ++k) {
      if (tokens_[k].kind != Token::Kind::kWord) continue;
      const std::string_view w = Tok(k);
      if (IsRoleWord(w) || x_.common_nouns_.contains(w) ||
          std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return head;
      }
    }
  }
  std::string country;
  // A head that modifies the words after it names no body ("Central Bank
  // Governors", "Institute Director"); before a title the words are the
  // role's ("ROK National Security Office Director Cho Tae-yong": the dev
  // annotators give the ROK's office no actor, tests/dev/notes-whitehouse.md 24).
  if (head + 1 < tokens_.size() && tokens_[head + 1].kind == Token::Kind::kWord && IsCapitalized(Tok(head + 1)) &&
      !ParagraphBreakBefore(head + 1)) {
    return head;
  }
  // The complement: capitalized words and countries joined by "of", "for",
  // "and", "the", "&", hyphens and a list's commas ("of Land, Infrastructure,
  // Transport and Tourism"), then the post's place of an embassy ("in Japan").
  size_t end = head + 1;
  size_t country_from = 0;  // where a closing "of <country>" starts, 0: none
  if (!legal_form && (Tok(end) == "of" || Tok(end) == "for")) {
    size_t k = end;
    while (k < tokens_.size() && !ParagraphBreakBefore(k)) {
      std::string_view t = Tok(k);
      if (joins(k)) {
        // "and the Ministry of Defense", "and Purdue University", "and
        // Mexico": another name.
        size_t m = k + 1;
        while (plain_word(m) && !x_.organization_heads_.contains(Tok(m))) ++m;
        if (m == k + 1 || x_.organization_heads_.contains(Tok(m))) break;
      }
      if (t == "of" || t == "for" || t == "the" || joins(k) || (hyphen(k) && k == end)) {
        ++k;
        continue;
      }
      if (t == "," && k == end && plain_word(k + 1)) {  // a list goes on only to "and"
        size_t m = k + 1;
        while (plain_word(m) || Tok(m) == ",") ++m;
        if (!joins(m) || !plain_word(m + 1)) break;
        k = m;
        continue;
      }
      if (const EntityHit* hit = country_at(k); hit && hit->first == k) {
        country = EntityOf(hit->entity).id;
        size_t of = k;  // "of [the]" before the country
        if (of > end && Tok(of - 1) == "the") --of;
        country_from = of > end && Tok(of - 1) == "of" ? of - 1 : 0;
        end = k = hit->end;
        continue;
      }
      if (!plain_word(k)) break;
      end = ++k;
      country_from = 0;
    }
    if (!country.empty() && Tok(end) == "in") {
      if (const EntityHit* hit = country_at(end + 1); hit && hit->first == end + 1) end = hit->end;
      else if (plain_word(end + 1)) end += 2;
      country_from = 0;
    }
  }
  if (x_.service_heads_.contains(Tok(head))) return ServiceName(head, f, floor, end, country, first, speaks_for);
  if (x_.government_heads_.contains(Tok(head)) && !SubnationalGovernment(head, f, end, country)) return head;
  // "of <country>" closing a name that says more than its head is whom the
  // body speaks for, and a mention of the country ("National Security Council
  // Secretariat of the Philippines", tests/dev/notes-whitehouse-3.md 30); an
  // embassy's "of New Zealand in Japan", or "Embassy of France", is its name.
  if (country_from > head + 1 || (country_from == head + 1 && f < head)) end = country_from;
  if (f == head && end == head + 1) return head;
  // "United Nations Relief and Works Agency", "UN Office for Disaster Risk
  // Reduction": an organization whose name begins its own bodies' names
  // (organizations.jsonl "prefix_of_names") is the name's, no mention.
  if (f > floor && entity_at_[f - 1] >= 0) {
    const EntityHit& hit = entities_[entity_at_[f - 1]];
    if (!hit.known && hit.entity != UINT32_MAX && hit.end == f && hit.first >= floor &&
        EntityOf(hit.entity).prefix_of_names) {
      f = hit.first;
    }
  }
  // A country before the words: its name joins them, its demonym or
  // possessive says whom the body speaks for.
  size_t before = f;
  const bool possessive = before >= 2 && Tok(before - 1) == "s" && Tok(before - 2) == "'";
  if (possessive) before -= 2;
  if (const EntityHit* hit = before > floor ? country_at(before - 1) : nullptr; hit && hit->end == before) {
    const ActorExtractor::Entity& e = EntityOf(hit->entity);
    const bool written_out = !possessive && hit->rule == &e.rule && hit->end - hit->first == 1 &&
                             x_.single_token_alias_.contains(Tok(hit->first)) &&
                             std::any_of(Tok(hit->first).begin(), Tok(hit->first).end(),
                                         [](char c) { return c >= 'a' && c <= 'z'; });  // not "UK"
    if (written_out && hit->first >= floor) f = hit->first;
    else if (country.empty()) country = e.id;
  }
  *first = f;
  *speaks_for = country;
  return end;
}

// A country's armed service, named by its head (role_words.jsonl
// "services") with its country, which is the name's as "Royal Australian
// Navy" is in tests/dev/world: "Indian Navy", "Israel Defense Forces",
// "Japan Maritime Self-Defense Force", "Armed Forces of the Philippines".
// Without a country ("the Task Force", "our Armed Forces") or with a common
// noun among its words ("U.S.-Mexico Joint Task Force") it names no body.
size_t ActorRun::ServiceName(size_t head, size_t f, size_t floor, size_t end, std::string country, size_t* first,
                             std::string* speaks_for) const {
  for (size_t k = f; k < head; ++k) {
    if (tokens_[k].kind == Token::Kind::kWord && x_.common_nouns_.contains(Tok(k))) return head;
  }
  // The country before it: written out ("Indian", "Israel") it is the
  // name's, as an acronym ("U.S. Armed Forces") whom the body speaks for.
  if (f > floor && entity_at_[f - 1] >= 0) {
    const EntityHit& hit = entities_[entity_at_[f - 1]];
    if (!hit.known && hit.entity != UINT32_MAX && hit.end == f && hit.first >= floor &&
        EntityOf(hit.entity).type != "organization") {
      if (std::any_of(Tok(hit.first).begin(), Tok(hit.first).end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        f = hit.first;
      }
      country = EntityOf(hit.entity).id;
    }
  }
  if (country.empty() || f == head) return head;
  *first = f;
  *speaks_for = std::move(country);
  return end;
}

// Whether a government's head names a body: one of a subnational place, in
// its complement ("Government of Tamil Nadu") or before it with its level
// ("Tokyo Metropolitan Government", "Ontario Provincial Government"; levels
// in role_words.jsonl "subnational_levels"). A country's government is the
// country's mention ("Government of Japan"), and a level alone names none
// ("the State Government").
bool ActorRun::SubnationalGovernment(size_t head, size_t f, size_t end, const std::string& country) const {
  if (!country.empty()) return false;
  if (end > head + 1) return true;
  bool level = false, place = false;
  for (size_t k = f; k < head; ++k) {
    if (tokens_[k].kind != Token::Kind::kWord || !IsCapitalized(Tok(k))) continue;
    if (x_.subnational_levels_.contains(Tok(k))) level = true;
    else if (!IsRoleWord(Tok(k))) place = true;
  }
  return level && place;
}

// Organizations that no lexicon lists, found by their head noun
// (role_words.jsonl "organization_heads"; SPEC 6: institutions, agencies,
// companies): "the Japanese Ministry of Defense" is `ministry-of-defense`,
// speaking for JP. A country inside the name is no mention of it ("Embassy of
// New Zealand in Japan", as the dev gold has it); a name in the complement of
// a title ("Director of the National Security Office") is the role's.
void ActorRun::FindOrganizations() {
  struct Found {
    uint32_t first, end, entity;  // entity: index into x_.entities_, then named_ after them
  };
  const uint32_t lexicon_size = static_cast<uint32_t>(x_.entities_.size());
  std::vector<Found> found;
  std::vector<std::string> acronyms;  // per named_ entry: the acronym its name defines, or ""
  for (const uint32_t i : organization_heads_at_) {
    if (entity_at_[i] >= 0 || (!found.empty() && i < found.back().end)) continue;
    size_t first = i;
    std::string speaks_for;
    const size_t end = OrganizationName(i, found.empty() ? 0 : found.back().end, &first, &speaks_for);
    if (end == i) continue;
    size_t b = first;
    if (b > 0 && Tok(b - 1) == "the") --b;
    if (b >= 2 && (Tok(b - 1) == "of" || Tok(b - 1) == "for") &&
        ((title_edge_[b - 2] & kTitleEnd) || IsRoleWord(Tok(b - 2)))) {
      continue;
    }
    const std::string text = OneLine(doc_.text.substr(tokens_[first].span.begin,
                                                      tokens_[end - 1].span.end - tokens_[first].span.begin));
    // A body known by the acronym its name defines has that acronym as id
    // (rules/actors/README.md: "atf" for "Bureau of Alcohol, Tobacco,
    // Firearms and Explosives’ (ATF)"), and the acronym is its mention.
    size_t k = end;
    if (Tok(k) == "'") k += Tok(k + 1) == "s" ? 2 : 1;  // "Explosives' (ATF)"
    std::string acronym;
    if (Tok(k) == "(" && Tok(k + 2) == ")" && IsAcronym(Tok(k + 1))) acronym = std::string(Tok(k + 1));
    // A company is known without its closing legal form: "Fortune Minerals Limited" is
    // `fortune-minerals` (rules/actors/README.md, as tests/dev-3 annotates it); the name keeps it.
    size_t slug_end = end;
    while (slug_end - first >= 2 && x_.legal_forms_.contains(Tok(slug_end - 1))) {  // "Pty Ltd"
      --slug_end;
      if (Tok(slug_end - 1) == ",") --slug_end;
    }
    const std::string id = !acronym.empty() ? ActorSlug(acronym)
                           : slug_end == end
                               ? ActorSlug(text)
                               : ActorSlug(doc_.text.substr(tokens_[first].span.begin,
                                                            tokens_[slug_end - 1].span.end - tokens_[first].span.begin));
    // A body the lexicon knows under another spelling is that body: the
    // "Association of South East Asian Nations (ASEAN)" is `asean`, not a
    // second "asean-2".
    if (auto known = x_.entity_by_id_.find(id); known != x_.entity_by_id_.end()) {
      found.push_back({static_cast<uint32_t>(first), static_cast<uint32_t>(end), known->second});
      continue;
    }
    // One body per name and country: "the Japanese Ministry of Defense and
    // the Philippine Ministry of Defense" are two; a name without its country
    // is the first body of that name.
    uint32_t entity = 0;
    while (entity < named_.size() &&
           (named_[entity].id != id ||
            (!speaks_for.empty() && !named_[entity].speaks_for.empty() && named_[entity].speaks_for != speaks_for))) {
      ++entity;
    }
    if (entity == named_.size()) {
      named_.push_back({id, "organization", text, speaks_for, x_.pattern_rules_.organization_name});
      acronyms.push_back(acronym);
    } else if (named_[entity].speaks_for.empty()) {
      named_[entity].speaks_for = speaks_for;
    }
    found.push_back({static_cast<uint32_t>(first), static_cast<uint32_t>(end), lexicon_size + entity});
  }
  // Bodies that share a name carry their country in their ids
  // (rules/actors/README.md): "jp-ministry-of-defense", "ph-ministry-of-defense".
  std::vector<std::string> shared;
  for (size_t a = 0; a < named_.size(); ++a) {
    for (size_t b = a + 1; b < named_.size(); ++b) {
      if (named_[a].id == named_[b].id) shared.push_back(named_[a].id);
    }
  }
  for (auto& body : named_) {
    if (!body.speaks_for.empty() && std::find(shared.begin(), shared.end(), body.id) != shared.end()) {
      body.id = AsciiLower(body.speaks_for) + "-" + body.id;
    }
  }
  if (found.empty()) return;
  for (uint32_t entity = 0; entity < acronyms.size(); ++entity) {
    if (acronyms[entity].empty()) continue;
    const size_t names = found.size();
    // Equal texts have equal folded hashes: the text is compared only there.
    const uint64_t hash = match::FoldedHash(acronyms[entity]);
    for (size_t t = 0; t < tokens_.size(); ++t) {
      if (tokens_[t].folded_hash != hash || entity_at_[t] >= 0 || Tok(t) != acronyms[entity]) continue;
      const bool in_name = std::any_of(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(names),
                                       [&](const Found& n) { return n.first <= t && t < n.end; });
      if (!in_name) found.push_back({static_cast<uint32_t>(t), static_cast<uint32_t>(t + 1), lexicon_size + entity});
    }
  }
  std::sort(found.begin(), found.end(), [](const Found& x, const Found& y) { return x.first < y.first; });
  // The hits inside a name leave ("New Zealand" in its embassy's name).
  size_t kept = 0, f = 0;
  for (size_t h = 0; h < entities_.size(); ++h) {
    while (f < found.size() && found[f].end <= entities_[h].first) ++f;
    if (f < found.size() && entities_[h].first >= found[f].first && entities_[h].end <= found[f].end) {
      for (uint32_t t = entities_[h].first; t < entities_[h].end; ++t) entity_at_[t] = -1;
      continue;
    }
    entities_[kept++] = entities_[h];
  }
  entities_.resize(kept);
  for (const Found& n : found) {
    entities_.push_back({n.first, n.end, n.entity,
                         &x_.pattern_rules_.organization_name});
  }
  MergeHits(kept);
}

// Possessives whose apostrophe was lost: "EUs strategy" -> "EU".
void ActorRun::FindLostApostrophes() {
  const size_t lexicon_hits = entities_.size();
  for (size_t i : possessive_maybe_) {
    if (entity_at_[i] >= 0 || tokens_[i].kind != Token::Kind::kWord) continue;
    std::string_view t = Tok(i);
    if (t.size() < 3 || t.back() != 's') continue;
    // Only before a lower-case word ("EUs strategy"), not a plural ("the two Koreas met").
    if (i + 1 >= tokens_.size() || IsCapitalized(Tok(i + 1)) ||
        tokens_[i + 1].kind != Token::Kind::kWord) {
      continue;
    }
    auto it = x_.single_token_alias_.find(t.substr(0, t.size() - 1));
    if (it == x_.single_token_alias_.end()) continue;
    entity_at_[i] = static_cast<int>(entities_.size());
    entities_.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1),
                         it->second & kIndexMask, &x_.pattern_rules_.lost_apostrophe, 1});
  }
  MergeHits(lexicon_hits);
}

// The hits from `sorted` on were appended in text order after hits in text
// order, none overlapping another: one merge (the starts are distinct), not a
// sort, and none at all in most documents, which append nothing.
void ActorRun::MergeHits(size_t sorted) {
  if (entities_.size() == sorted) return;
  std::inplace_merge(entities_.begin(), entities_.begin() + static_cast<std::ptrdiff_t>(sorted), entities_.end(),
                     [](const EntityHit& a, const EntityHit& b) { return a.first < b.first; });
  // The merge moved hits to new indices: entity_at_ is rewritten for them
  // (the same tokens, so no reset to -1 first).
  for (size_t h = 0; h < entities_.size(); ++h) {
    for (uint32_t t = entities_[h].first; t < entities_[h].end; ++t) entity_at_[t] = static_cast<int>(h);
  }
}

// Parts of a compound ("EU-Japan", "U.S.-Japan-ROK") carry the compound rule.
void ActorRun::MarkCompoundParts() {
  for (size_t h = 0; h + 1 < entities_.size(); ++h) {
    EntityHit& a = entities_[h];
    EntityHit& b = entities_[h + 1];
    if (a.known || b.known || a.entity == UINT32_MAX || b.entity == UINT32_MAX) continue;
    if (b.first == a.end + 1 && Tok(a.end) == "-") {
      if (a.rule->starts_with("country:") || a.rule->starts_with("org:")) a.rule = &x_.pattern_rules_.compound_part;
      b.rule = &x_.pattern_rules_.compound_part;
    }
  }
}

// Adds a person, or gives a person found at the same tokens the fuller role.
// Returns false when the tokens cannot be a name (IsPersonName).
bool ActorRun::AddPerson(uint32_t first, uint32_t end, std::string role, std::string aff, std::string def,
                         const std::string& rule) {
  for (PersonHit& p : persons_) {
    if (p.first != first || p.end != end) continue;
    last_added_ = static_cast<size_t>(&p - persons_.data());
    // Named twice over ("Senator the Hon. Marise Payne, Minister for Foreign
    // Affairs"): the fuller role.
    if (role.size() > p.role.size()) p.role = std::move(role);
    if (p.affiliation.empty()) p.affiliation = std::move(aff);
    return true;
  }
  if (!IsPersonName(first, end)) return false;
  for (uint32_t t = first; t < end; ++t) in_name_[t] = true;
  last_added_ = persons_.size();
  persons_.push_back({first, end, std::move(role), std::move(aff), std::move(def), rule});
  return true;
}

// The role and affiliation a title match gives, wherever the name stands.
ActorRun::TitleAt ActorRun::ReadTitle(const PhraseMatch& m, bool joined, uint32_t joined_first) const {
  TitleAt at;
  at.match = m;
  at.title = &x_.titles_[m.payload];
  // "Deputy" in "Deputy Attorney General" joins the title, as do the role
  // words before it: "Homeland Security Advisor", "Deputy Clerk and National
  // Security and Intelligence Advisor" (an "and" between role words only:
  // "Secretary of Commerce and Secretary Blinken" stays two).
  at.first = m.first_token;
  // Not over another title ("U.S. Trade Representative Ambassador Tai" holds
  // two), an honorific ("The Honorable Secretary Scott Bessent") or the
  // preposition among the role words ("Under President Biden's leadership";
  // "Under Secretary" is a title of its own).
  auto role_word_at = [&](size_t k) {
    return tokens_[k].kind == Token::Kind::kWord && IsCapitalized(Tok(k)) && entity_at_[k] < 0 &&
           !(title_edge_[k] & kTitleEnd) && !x_.honorifics_.contains(Tok(k)) && Tok(k) != "Under" &&
           (IsRoleWord(Tok(k)) || x_.title_modifiers_.contains(Tok(k))) && SameSentence(k, m.first_token) &&
           !ParagraphBreakBefore(k + 1);
  };
  while (at.first > 0) {
    if (role_word_at(at.first - 1)) {
      --at.first;
    } else if (at.first >= 2 && at.first < m.first_token && Tok(at.first - 1) == "and" && role_word_at(at.first - 2)) {
      at.first -= 2;
    } else {
      break;
    }
  }
  // Role words after "to the", "of" belong to another title: "Deputy
  // Assistant to the President and Deputy National Security Advisor" gives
  // the Advisor no "President and".
  if (at.first > 0 && at.first < m.first_token &&
      (Tok(at.first - 1) == "the" || Tok(at.first - 1) == "to" || Tok(at.first - 1) == "of")) {
    for (size_t k = m.first_token; k > at.first; --k) {
      if (Tok(k - 1) == "and") {
        at.first = k;
        break;
      }
    }
  }
  std::string prefix_aff = PrefixAffiliation(at.first, &at.role_start);
  at.prefixed = !prefix_aff.empty();
  at.comp_end = ScanComplement(m.end_token);
  const CountryCut cut = CountryInRole(m.end_token, at.comp_end);
  if (joined) at.role_start = joined_first;
  if (at.role_start < m.first_token) {
    at.role = OneLine(doc_.View({tokens_[at.role_start].span.begin, tokens_[m.first_token - 1].span.end}));
    if (!joined) at.role += ' ';
  }
  at.role += RoleText(m.end_token, at.comp_end, m.payload, cut);
  at.aff = !prefix_aff.empty() ? prefix_aff : cut.country;
  // "Chairperson of the African Union Commission": the body in the role; not
  // the host of a post after "to" ("Ambassador to Germany Amy Gutmann" is
  // the United States' ambassador, tests/dev/whitehouse).
  for (size_t k = m.end_token; at.aff.empty() && k < cut.begin; ++k) {
    if (entity_at_[k] < 0) continue;
    const EntityHit& hit = entities_[entity_at_[k]];
    if (hit.known || hit.entity == UINT32_MAX) continue;
    size_t before = hit.first;
    if (before > 0 && Tok(before - 1) == "the") --before;
    if (before > 0 && Tok(before - 1) == "to") continue;
    at.aff = AffiliationOfEntity(hit.entity);
  }
  if (at.aff.empty() && at.role_start < at.first && entity_at_[at.role_start] >= 0) {
    at.aff = AffiliationOfEntity(entities_[entity_at_[at.role_start]].entity);
  }
  return at;
}

// Title before the name: "Prime Minister Kishida Fumio of Japan", "the
// President of Kenya, William Ruto", "NATO Secretary General, Jaap de Hoop
// Scheffer", "Senior Directors Tarun Chhabra and Nora Todd". Returns whether
// it found a person.
bool ActorRun::PersonAfterTitle(const TitleAt& at) {
  const PhraseMatch& m = at.match;
  // Honorifics are not the name: "Ambassador the Honorable George Glass",
  // "Senator the Hon. Marise Payne", "the Secretary of Health, Dr. Jorge
  // Alcocer".
  auto past_honorifics = [&](size_t name_at) {
    for (size_t k = name_at + (Tok(name_at) == "the"); x_.honorifics_.contains(Tok(k));) {
      k += Tok(k + 1) == "." ? 2 : 1;
      name_at = k;
    }
    return name_at;
  };
  size_t name_at = past_honorifics(at.comp_end);
  // An acronym in parentheses after the role, a country's or the office's:
  // "of the Republic of Korea (ROK) Kim Sung-han", "Assistant Secretary of
  // State for ... Law Enforcement Affairs (INL) Todd Robinson".
  if (Tok(name_at) == "(" && Tok(name_at + 2) == ")" &&
      (entity_at_[name_at + 1] >= 0 || IsAcronym(Tok(name_at + 1)))) {
    name_at += 3;
  }
  const std::string* rule = &x_.pattern_rules_.title_before_name;
  bool comma = false;
  if (Tok(name_at) == ",") {
    // A comma after a definite or a country's title: "the President of Kenya,
    // William Ruto", "NATO Secretary General, Jaap de Hoop Scheffer"; or
    // after a title that opens an item of a list: "...; Secretary of Health,
    // Dr. Jorge Alcocer Varela; ...", "..., and Chief Officer for North
    // America, Roberto Velasco.".
    const std::string_view before = at.first > 0 ? Tok(at.first - 1) : "";
    const bool definite = m.first_token > 0 && (Tok(m.first_token - 1) == "the" || Tok(m.first_token - 1) == "The");
    const bool list_item = before == ";" || before == ":" ||
                           (before == "and" && at.first >= 2 && (Tok(at.first - 2) == "," || Tok(at.first - 2) == ";"));
    if (definite || at.prefixed || list_item) {
      comma = true;
      name_at = past_honorifics(name_at + 1);
      rule = &x_.pattern_rules_.title_comma_name;
    }
  }
  if (name_at >= tokens_.size()) return false;
  const bool known = entity_at_[name_at] >= 0 && entities_[entity_at_[name_at]].known;
  std::optional<uint32_t> name_end;
  if (known) {
    name_end = entities_[entity_at_[name_at]].end;
  } else if (IsNameWord(name_at) || IsParticle(Tok(name_at))) {
    name_end = ScanName(name_at);
  }
  if (!name_end || (comma && *name_end - name_at < 2)) return false;
  std::vector<std::pair<uint32_t, uint32_t>> names = {{static_cast<uint32_t>(name_at), *name_end}};
  // "Senior Directors Tarun Chhabra and Nora Todd".
  size_t k = *name_end;
  while ((Tok(k) == "and" || Tok(k) == ",") && k + 1 < tokens_.size() && IsNameWord(k + 1)) {
    std::optional<uint32_t> e = ScanName(k + 1);
    if (!e || *e - (k + 1) < 2) break;
    names.push_back({static_cast<uint32_t>(k + 1), *e});
    k = *e;
  }
  if (names.size() > 1 && Tok(m.end_token - 1).back() != 's') names.resize(1);
  std::string after = Tok(names.back().second) == "(" ? "" : FollowingAffiliation(names.back().second);
  const std::string inner = InnerTitle(at);
  const std::string& role = inner.empty() ? at.role : inner;
  bool found = false;
  for (auto [f, e] : names) {
    found |= AddPerson(f, e, role, !at.aff.empty() ? at.aff : after, at.title->default_affiliation, *rule);
  }
  return found;
}

// A title that ends a title's complement after "of" or "to" without "the",
// right before the name, is the named person's own: "Head of Cabinet of
// European Commission President Ursula von der Leyen" names von der Leyen
// "European Commission President" (the Head of Cabinet is someone else);
// "Special Assistant to the President Jake Sullivan" is the Assistant. ""
// when there is none.
std::string ActorRun::InnerTitle(const TitleAt& at) const {
  const size_t end = at.comp_end;
  if (end <= at.match.end_token || !(title_edge_[end - 1] & kTitleEnd)) return "";
  size_t t = end - 1;
  while (t > at.match.end_token && !(title_edge_[t] & kTitleStart)) --t;
  if (!(title_edge_[t] & kTitleStart)) return "";
  // Back over the body or the role words before the inner title.
  size_t p = t;
  while (p > at.match.end_token &&
         (entity_at_[p - 1] >= 0 || (tokens_[p - 1].kind == Token::Kind::kWord && IsCapitalized(Tok(p - 1)) &&
                                     IsRoleWord(Tok(p - 1))))) {
    --p;
  }
  if (p == 0 || (Tok(p - 1) != "of" && Tok(p - 1) != "to")) return "";
  return OneLine(doc_.View({tokens_[p].span.begin, tokens_[end - 1].span.end}));
}

// A role whose complement runs on in capitalized words that no list knows,
// up to a name that a given name opens, before the end of a list item:
// "Senior Director for Counterterrorism and Transnational Crime Tiffany
// Eppelheimer,", "Attorney General of the Republic Alejandro Gertz Manero;".
// The words up to the given name are the role's.
bool ActorRun::PersonAfterLongRole(const TitleAt& at) {
  const size_t limit = std::min(tokens_.size(), at.comp_end + 16);
  for (size_t k = at.comp_end; k < limit && !ParagraphBreakBefore(k) && SameSentence(k, at.comp_end); ++k) {
    std::string_view t = Tok(k);
    if (entity_at_[k] >= 0) {
      if (entities_[entity_at_[k]].known) return false;
      k = entities_[entity_at_[k]].end - 1;
      continue;
    }
    // The run up to a given name may also hold a place after "in", or a body
    // after "at" ("Chief Officer for North America at the Foreign Ministry
    // Roberto Velasco"), where a title's complement stops before them
    // (tests/dev/whitehouse: with "in" a connector there, entities 228 -> 227;
    // without it here, roles 98 -> 97).
    if (x_.connectors_.contains(t) || t == "in" || t == "at" || t == "," ||
        (t == "-" && Adjacent(k - 1) && Adjacent(k))) {
      continue;
    }
    if (tokens_[k].kind != Token::Kind::kWord || !IsCapitalized(t)) return false;
    // Another title on the way names the person itself: "the Secretary of
    // the Navy, and Chief Officer for North America, Roberto Velasco".
    if (title_edge_[k] & kTitleStart) return false;
    if (k == at.comp_end || !x_.given_names_.contains(t) || !IsNameWord(k)) continue;
    std::optional<uint32_t> end = ScanName(k);
    if (!end || *end - k < 2) return false;
    std::string_view next = Tok(*end);
    if (!(next == ";" || next == "," || next == "." || next == ":" || next.empty() || ParagraphBreakBefore(*end))) {
      return false;
    }
    // The run ends before the commas that close it: "the fiscal Attorney
    // General, Arturo Medina Padilla" is the "Attorney General".
    size_t run_end = k;
    while (run_end > at.comp_end && Tok(run_end - 1) == ",") --run_end;
    std::string role = at.role;
    if (run_end > at.comp_end) {
      role += OneLine(doc_.text.substr(tokens_[at.comp_end - 1].span.end,
                                       tokens_[run_end - 1].span.end - tokens_[at.comp_end - 1].span.end));
    }
    return AddPerson(static_cast<uint32_t>(k), *end, std::move(role), at.aff, at.title->default_affiliation,
                     x_.pattern_rules_.title_before_name);
  }
  return false;
}

// Apposition: "Henna Virkkunen, Executive Vice-President for ...",
// "Kristalina Georgieva, Managing Director, IMF", "Mr. Seiji Maehara, former
// Minister for Foreign Affairs", "Hon. Bob Carr MP, Minister for ...".
bool ActorRun::PersonInApposition(const TitleAt& at) {
  size_t k = at.role_start;
  if (k >= 2 && Tok(k - 1) == "s" && Tok(k - 2) == "'") k -= 2;
  if (k > 0 && entity_at_[k - 1] >= 0 && k == at.role_start) {
    // PrefixAffiliation already looked at a country prefix before the title.
    const EntityHit& hit = entities_[entity_at_[k - 1]];
    if (!hit.known && hit.entity != UINT32_MAX && EntityOf(hit.entity).type != "organization") {
      k = hit.first;
    }
  }
  if (k > 0 && entity_at_[k - 1] >= 0 && !entities_[entity_at_[k - 1]].known && entities_[entity_at_[k - 1]].end == k) {
    k = entities_[entity_at_[k - 1]].first;
  }
  // Only "the newly elected Chairperson", "former Minister", "then Minister"
  // stand between the comma and the title.
  size_t lower = 0;
  while (k > 0 && lower < 3 && tokens_[k - 1].kind == Token::Kind::kWord && !IsCapitalized(Tok(k - 1)) &&
         Tok(k - 1) != "and") {
    --k;
    ++lower;
  }
  if (lower > 0 && Tok(k) != "the" && Tok(k) != "former" && Tok(k) != "then") return false;
  if (k < 2 || Tok(k - 1) != "," || !SameSentence(k - 2, at.match.first_token)) return false;
  // A past office stays past: "Mr. Seiji Maehara, former Minister for Foreign
  // Affairs" has the role "former Minister for Foreign Affairs", as
  // tests/dev/world annotates it.
  const bool former = lower > 0 && Tok(k) == "former";
  size_t name_last = k - 1;  // the comma
  // Postnominal letters before the comma: "Bob Carr MP,", "Julie Bishop, MP,".
  while (name_last >= 2 && x_.postnominals_.contains(Tok(name_last - 1))) {
    name_last -= Tok(name_last - 2) == "," ? 2 : 1;
  }
  // Walk back over the name.
  size_t start = name_last;
  if (start >= 3 && Tok(start - 1) == "." && Tok(start - 2) == "Jr" && Tok(start - 3) == ",") start -= 3;
  while (start > 0) {
    size_t p = start - 1;
    if (IsNameWord(p) || (IsParticle(Tok(p)) && start < name_last) || (IsNameSyllable(p) && Tok(p - 1) == "-") ||
        (Tok(p) == "." && p > 0 && Tok(p - 1).size() == 1) ||
        (Tok(p) == "-" && Adjacent(p) && p > 0 && Adjacent(p - 1))) {
      start = p;
      continue;
    }
    break;
  }
  std::optional<uint32_t> end = start < name_last ? ScanName(start) : std::nullopt;
  const bool known = start < name_last && entity_at_[name_last - 1] >= 0 && entities_[entity_at_[name_last - 1]].known;
  if (known) {
    start = entities_[entity_at_[name_last - 1]].first;
    end = entities_[entity_at_[name_last - 1]].end;
  }
  if (!end || *end != name_last || (*end - start < 2 && !known)) return false;
  std::string role = former ? "former " + at.role : at.role;
  // An institution after the role's comma stays in it as it does before the
  // title ("Director General of External Relations, European Commission");
  // a body that speaks for itself is only the affiliation ("Managing
  // Director, IMF").
  if (Tok(at.comp_end) == "," && entity_at_[at.comp_end + 1] >= 0) {
    const EntityHit& hit = entities_[entity_at_[at.comp_end + 1]];
    if (!hit.known && hit.entity != UINT32_MAX && EntityOf(hit.entity).bloc_institution) {
      role += ", " + OneLine(doc_.View({tokens_[hit.first].span.begin, tokens_[hit.end - 1].span.end}));
    }
  }
  return AddPerson(static_cast<uint32_t>(start), *end, std::move(role),
            at.aff.empty() ? AffiliationAfterRole(at.comp_end) : at.aff, at.title->default_affiliation,
            x_.pattern_rules_.apposition);
}

// After an apposition's role, the body it serves: "Managing Director, IMF",
// "Chargé d'Affaires, Embassy of New Zealand in Japan".
std::string ActorRun::AffiliationAfterRole(size_t comp_end) const {
  // Lower-case words that end the role: "Chargé d'Affaires ad interim,".
  // (Every read stops at the text's end: a role may close the document.)
  for (size_t words = 0; words < 2 && comp_end < tokens_.size() && tokens_[comp_end].kind == Token::Kind::kWord &&
                         !IsCapitalized(Tok(comp_end));
       ++words) {
    ++comp_end;
  }
  if (Tok(comp_end) != ",") return "";
  size_t k = comp_end + 1;
  if (entity_at_[k] >= 0) {
    const EntityHit& hit = entities_[entity_at_[k]];
    return hit.known || hit.entity == UINT32_MAX ? "" : AffiliationOfEntity(hit.entity);
  }
  // At most three capitalized words of a body before "of": "Embassy of ...".
  for (size_t words = 0; words < 3 && k < tokens_.size() && tokens_[k].kind == Token::Kind::kWord &&
                         IsCapitalized(Tok(k)) && entity_at_[k] < 0;
       ++words) {
    ++k;
  }
  return k > comp_end + 1 ? FollowingAffiliation(k) : "";
}

void ActorRun::FindPersons() {
  in_name_.assign(tokens_.size() + 1, false);
  uint32_t prev_end = 0, prev_first = 0;
  size_t covered_end = 0;  // a title inside the one before's complement is its ("Advisor to the President")
  std::string unnamed_role, unnamed_aff;  // of the title before, when it named no one
  bool named_before = false;              // the title before named someone (persons_[last_added_])
  for (const PhraseMatch& m : titles_found_) {
    if (m.first_token < prev_end || m.first_token < covered_end) continue;
    // Two titles joined by a slash are one: "High Representative/Vice-President".
    const bool joined = prev_end > 0 && m.first_token == prev_end + 1 && Tok(prev_end) == "/" &&
                        Adjacent(prev_end - 1) && Adjacent(prev_end);
    const uint32_t joined_first = prev_first;
    prev_end = m.end_token;
    prev_first = m.first_token;
    // A title inside an organization's name ("Office of the Trade Representative").
    if (entity_at_[m.first_token] >= 0 && !entities_[entity_at_[m.first_token]].known) continue;
    TitleAt at = ReadTitle(m, joined, joined_first);
    // Two offices of one person: "Deputy National Security Advisor and
    // Assistant Chief Cabinet Secretary Keiichi Ichikawa" (the first title
    // found no name); "U.S. Trade Representative Ambassador Tai" (the office,
    // then the form of address).
    const bool and_joined = Tok(covered_end) == "and" && covered_end + 1 == at.first;
    const bool comma_joined = Tok(covered_end) == "," && covered_end + 1 == at.first;
    if (!unnamed_role.empty() && unnamed_role != at.role && (and_joined || covered_end == at.first)) {
      at.role = and_joined ? unnamed_role + " and " + at.role : unnamed_role;
      if (at.aff.empty()) at.aff = unnamed_aff;
    }
    const size_t previous = last_added_;
    covered_end = at.comp_end;
    const bool named = PersonAfterTitle(at) || PersonInApposition(at) || PersonAfterLongRole(at);
    // "Stephanie Epner, Special Advisor and Acting Senior Director for
    // Climate and Energy": a second office after the apposition's.
    if (!named && and_joined && named_before && previous < persons_.size()) {
      persons_[previous].role += " and " + at.role;
    }
    // "Ms. Federica Mogherini, High Representative of the European Union for
    // Foreign Affairs and Security Policy, Vice-President of the European
    // Commission": a second office after a comma, naming no one, is the
    // apposition's too (tests/dev/world gives the role both).
    if (!named && comma_joined && named_before && previous < persons_.size() &&
        persons_[previous].rule == x_.pattern_rules_.apposition) {
      persons_[previous].role += ", " + at.role;
    }
    // "The Prime Minister and Prime Minister Suga" are two persons.
    const bool definite = at.first > 0 && (Tok(at.first - 1) == "the" || Tok(at.first - 1) == "The");
    // A plural title describes a list ("U.S. Co-Chairs Secretary of State
    // Antony J. Blinken, Secretary of Commerce ..."): no office of the next.
    const bool plural = !x_.titles_[m.payload].singular.ends_with(Tok(m.end_token - 1));
    unnamed_role = named || definite || plural ? "" : at.role;
    unnamed_aff = named ? "" : at.aff;
    named_before = named;
  }
  // Known office holders named in full anywhere.
  for (const EntityHit& hit : entities_) {
    if (!hit.known || in_name_[hit.first]) continue;
    AddPerson(hit.first, hit.end, "", "", "", x_.pattern_rules_.known_name);
  }
  PersonsByHonorific();
  PersonsByGivenName();
  PersonsBySurname();
}

bool ActorRun::OverlapsPerson(size_t first, size_t end) const {
  return std::any_of(persons_.begin(), persons_.end(),
                     [&](const PersonHit& p) { return p.first < end && first < p.end; });
}

// A name after an honorific, with no title before it: "his niece, Mrs. Judy
// Wade", "Mr. Shotaro Oshima", "Army Corporal Luther H. Story". The
// honorific is no part of the name or of a role (tests/dev/notes-whitehouse-3.md
// 37). A surname alone follows only an abbreviation ("Mr. Akiba"): after a
// word ("General Atomics", "General Matters") it is as often a thing's name,
// so there two name words are needed, in lower case after their capital.
void ActorRun::PersonsByHonorific() {
  for (const uint32_t i : honorifics_at_) {
    const bool abbreviation = Tok(i + 1) == "." && Adjacent(i);
    size_t name_at = i + (abbreviation ? 2 : 1);
    // A rank with no title before it is the role, with the service before it
    // and its complement after it: "Army Corporal", "General of the Army"
    // (tests/dev/whitehouse, the Korean War statement).
    // (Abbreviated, "Gen.", "Adm.", a rank is only a form of address: the
    // office is the title before it, "the Secretary of National Defense,
    // Gen. Luis Cresencio Sandoval", when there is one.)
    std::string role;
    if (x_.ranks_.contains(Tok(i)) && !abbreviation) {
      size_t from = i;
      while (from > 0 && from + 2 > i && tokens_[from - 1].kind == Token::Kind::kWord && IsCapitalized(Tok(from - 1)) &&
             (IsRoleWord(Tok(from - 1)) || x_.ranks_.contains(Tok(from - 1))) && SameSentence(from - 1, i) &&
             !(title_edge_[from - 1] & kTitleEnd)) {
        --from;
      }
      if (Tok(name_at) == "of" && Tok(name_at + 1) == "the" && IsRoleWord(Tok(name_at + 2))) name_at += 3;
      role = OneLine(doc_.text.substr(tokens_[from].span.begin, tokens_[name_at - 1].span.end - tokens_[from].span.begin));
    }
    if (!IsNameWord(name_at) || x_.honorifics_.contains(Tok(name_at))) continue;
    std::optional<uint32_t> end = ScanName(name_at);
    if (!end || OverlapsPerson(name_at, *end)) continue;
    if (!abbreviation) {
      size_t words = 0;
      bool capitals = false;
      for (size_t t = name_at; t < *end; ++t) {
        if (tokens_[t].kind != Token::Kind::kWord || Tok(t).size() < 2) continue;
        ++words;
        capitals |= IsAllCapsWord(Tok(t)) || std::none_of(Tok(t).begin(), Tok(t).end(), [](char c) { return c >= 'a' && c <= 'z'; });
      }
      if (words < 2 || capitals) continue;
    }
    AddPerson(static_cast<uint32_t>(name_at), *end, std::move(role), "", "", x_.pattern_rules_.honorific_name);
  }
}

// A given name and a surname, with no title or honorific before them:
// "the poisoning of Alexei Navalny". Two name words at least, so that a
// family name written first ("KISHIDA Fumio") or a given name alone names no
// one here.
void ActorRun::PersonsByGivenName() {
  uint32_t after = 0;  // the end of the last name found: a given name inside it starts none
  for (const uint32_t i : given_names_at_) {
    if (i < after || !IsNameWord(i)) continue;
    std::optional<uint32_t> end = ScanName(i);
    if (!end) continue;
    size_t words = 0;
    for (size_t t = i; t < *end; ++t) words += tokens_[t].kind == Token::Kind::kWord && Tok(t).size() > 1;
    if (words < 2 || OverlapsPerson(i, *end)) continue;
    if (AddPerson(i, *end, "", "", "", x_.pattern_rules_.given_name)) after = *end;
  }
}

// A bare surname of the one office holder of that name in office on the
// publication date, standing alone: "respond swiftly to Putin's war", the
// "Harris" of "Biden-Harris Administration". Without a date no one is in
// office, and a surname next to other name words is some other person's.
// Only a possessive, the second name of a hyphen compound or a name listed
// after a titled one makes a bare surname a person's: elsewhere the capitalized word is as often a place's or
// a thing's ("Austin, Texas", "return astronauts to the Moon", "Bush",
// "Bishop"). A holder named in full is found by that name, and the bare
// surname joins it (BuildPersonActors).
void ActorRun::PersonsBySurname() {
  if (!doc_.published) return;
  for (const PhraseMatch& m : surnames_found_) {
    if (in_name_[m.first_token] || entity_at_[m.first_token] >= 0) continue;
    const bool possessive = Tok(m.end_token) == "'" && Tok(m.end_token + 1) == "s" && Adjacent(m.end_token - 1) &&
                            Adjacent(m.end_token);
    const bool compound = m.first_token >= 2 && Tok(m.first_token - 1) == "-" && Adjacent(m.first_token - 2) &&
                          Adjacent(m.first_token - 1) && IsCapitalized(Tok(m.first_token - 2));
    // "Presidents Biden and von der Leyen": the second of two names under one title.
    const bool listed = m.first_token >= 2 && Tok(m.first_token - 1) == "and" &&
                        std::any_of(persons_.begin(), persons_.end(),
                                    [&](const PersonHit& p) { return p.end == m.first_token - 1 && !p.bare_surname; });
    if (!possessive && !compound && !listed) continue;
    // A person found by a title or a full name with this surname is the one
    // meant ("Under Secretary Lee ... Lee said").
    const std::string_view word = Tok(m.end_token - 1);
    if (std::any_of(persons_.begin(), persons_.end(), [&](const PersonHit& p) { return Tok(p.end - 1) == word; })) {
      continue;
    }
    if (m.first_token > 0 && tokens_[m.first_token - 1].kind == Token::Kind::kWord &&
        (IsCapitalized(Tok(m.first_token - 1)) || IsParticle(Tok(m.first_token - 1)))) {
      continue;
    }
    if (IsNameWord(m.end_token) || (Tok(m.end_token) == "-" && Adjacent(m.end_token - 1) && IsCapitalized(Tok(m.end_token + 1)) &&
                                    !IsRoleWord(Tok(m.end_token + 1)))) {
      continue;
    }
    const std::string_view surname = doc_.View({tokens_[m.first_token].span.begin, tokens_[m.end_token - 1].span.end});
    auto it = x_.surname_to_holder_.find(surname);
    if (it == x_.surname_to_holder_.end()) continue;
    size_t in_office = 0;
    for (uint32_t h : it->second) in_office += HolderOffice(x_.holders_[h]) != nullptr;
    const size_t before = persons_.size();
    if (in_office == 1 && AddPerson(m.first_token, m.end_token, "", "", "", x_.pattern_rules_.known_name) &&
        persons_.size() > before) {
      persons_.back().bare_surname = true;
    }
  }
}

// Whether office `o` was held on the publication date (any office without a date).
bool ActorRun::HeldOn(const ActorExtractor::Office& o) const {
  const std::string_view date = doc_.published ? std::string_view(*doc_.published) : "";
  return date.empty() || (o.from <= date && (o.to.empty() || date < o.to));
}

// The office `h` held on the publication date, the first listed of several.
const ActorExtractor::Office* ActorRun::HolderOffice(const ActorExtractor::Holder& h) const {
  for (const ActorExtractor::Office& o : h.offices) {
    if (HeldOn(o)) return &o;
  }
  return nullptr;
}

// The office holder a person's name names: the lexicon's full name, or a
// surname. Of the holders who share a surname ("Clinton"), the one in office
// on the publication date; else the only one there is. A role in the text
// that shares no word with the office names someone else ("Under Secretary
// Lee" is not President Lee). -1: none.
int ActorRun::FindHolder(uint32_t f, uint32_t e, const std::vector<std::string_view>& toks,
                         const std::string& role) const {
  if (entity_at_[f] >= 0 && entities_[entity_at_[f]].known && entities_[entity_at_[f]].end == e) {
    return static_cast<int>(entities_[entity_at_[f]].entity);
  }
  std::string joined;
  for (std::string_view t : toks) {
    if (!joined.empty()) joined += ' ';
    joined += t;
  }
  auto it = x_.surname_to_holder_.find(joined);
  if (it == x_.surname_to_holder_.end()) return -1;
  // Every office held that day counts: the Trade Representative is also
  // addressed as "Ambassador Tai" (an ambassador's rank, office_holders.jsonl).
  auto fits = [&](uint32_t h) {
    if (role.empty()) return true;
    const bool any_today = HolderOffice(x_.holders_[h]) != nullptr;
    for (size_t at = 0; at < role.size();) {
      const size_t space = role.find(' ', at);
      const std::string_view word = std::string_view(role).substr(at, space == std::string::npos ? std::string::npos : space - at);
      for (const ActorExtractor::Office& office : x_.holders_[h].offices) {
        if ((!any_today || HeldOn(office)) && word.size() > 2 && office.role.find(word) != std::string::npos) return true;
      }
      if (space == std::string::npos) break;
      at = space + 1;
    }
    return false;
  };
  for (uint32_t h : it->second) {
    if (doc_.published && HolderOffice(x_.holders_[h]) != nullptr) return fits(h) ? static_cast<int>(h) : -1;
  }
  return it->second.size() == 1 && fits(it->second.front()) ? static_cast<int>(it->second.front()) : -1;
}

// The person hits as persons: full names first, so that short forms
// ("Virkkunen", "von der Leyen") and holders named twice join them.
void ActorRun::MergePersons() {
  people_.clear();
  people_.reserve(persons_.size());
  auto name_tokens = [&](uint32_t f, uint32_t e) {
    std::vector<std::string_view> out;
    for (uint32_t t = f; t < e; ++t) {
      std::string_view s = Tok(t);
      if (tokens_[t].kind == Token::Kind::kPunct || s == "Jr") continue;
      out.emplace_back(s);
    }
    return out;
  };
  // Full names first, so that short forms can join them.
  std::vector<size_t> order(persons_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::vector<std::string_view>> names(persons_.size());
  for (size_t i = 0; i < names.size(); ++i) names[i] = name_tokens(persons_[i].first, persons_[i].end);
  // Ties keep the order found (an index tie-break: no merge buffer to allocate).
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return names[a].size() != names[b].size() ? names[a].size() > names[b].size() : a < b;
  });
  for (size_t i : order) {
    const PersonHit& hit = persons_[i];
    std::vector<std::string_view>& toks = names[i];
    if (toks.empty()) continue;
    int holder = FindHolder(hit.first, hit.end, toks, hit.role);
    PersonDraft* target = nullptr;
    for (PersonDraft& p : people_) {
      if (!p.kb.empty() && holder >= 0 && p.kb == x_.holders_[holder].kb) {
        target = &p;
        break;
      }
      // A contiguous run of the full name's tokens: "Virkkunen", "von der Leyen", "Sheinbaum";
      // not an office holder's ("President Biden") inside someone else's name ("Jill Biden").
      if (holder >= 0 && p.kb != x_.holders_[holder].kb) continue;
      auto it = std::search(p.name_tokens.begin(), p.name_tokens.end(), toks.begin(), toks.end(), SameNameWord);
      if (it != p.name_tokens.end() || SameBesideInitials(p.name_tokens, toks)) {
        target = &p;
        break;
      }
    }
    Mention mention{{tokens_[hit.first].span.begin, tokens_[hit.end - 1].span.end}, hit.rule};
    if (!target) {
      people_.push_back({});
      target = &people_.back();
      target->name_tokens = std::move(toks);  // not read again
      target->display.clear();
      // Title-cased family names: "MOTEGI Toshimitsu" is "Motegi Toshimitsu".
      for (uint32_t t = hit.first; t < hit.end; ++t) {
        if (t > hit.first) target->display += doc_.text.substr(tokens_[t - 1].span.end, tokens_[t].span.begin - tokens_[t - 1].span.end);
        target->display += IsAllCapsWord(Tok(t)) ? TitleCased(Tok(t)) : std::string(Tok(t));
      }
      target->display = OneLine(target->display);
      if (holder >= 0) target->kb = x_.holders_[holder].kb;
    } else if (target->mentions.size() && toks.size() < target->name_tokens.size()) {
      target->short_forms.emplace_back(doc_.View(mention.span));
    }
    if (target->kb.empty() && holder >= 0) target->kb = x_.holders_[holder].kb;
    target->mentions.push_back(std::move(mention));
    if (hit.role.size() > target->role.size()) target->role = hit.role;
    if (target->affiliation.empty()) target->affiliation = hit.affiliation;
    if (target->default_affiliation.empty()) target->default_affiliation = hit.default_affiliation;
    target->titled |= !hit.bare_surname;
  }
}

// Entity actors, in lexicon order (which decides ties below), each built in
// place with its mentions reserved: one pass counts the hits of each entity,
// the few entities found are sorted, a second pass adds the mentions in text
// order.
void ActorRun::BuildEntityActors(std::vector<Actor>* actors) const {
  auto makes_actor = [&](const EntityHit& hit) {
    // Not "Chad" or "Jordan" inside a person's name.
    return !hit.known && hit.entity != UINT32_MAX && !in_name_[hit.first];
  };
  std::vector<uint32_t> actor_of_entity(x_.entities_.size() + named_.size(), UINT32_MAX);
  std::vector<std::pair<uint32_t, uint32_t>> found;  // entity, mentions
  for (const EntityHit& hit : entities_) {
    if (!makes_actor(hit)) continue;
    uint32_t& slot = actor_of_entity[hit.entity];
    if (slot == UINT32_MAX) {
      slot = static_cast<uint32_t>(found.size());
      found.emplace_back(hit.entity, 0);
    }
    ++found[slot].second;
  }
  std::sort(found.begin(), found.end());
  actors->reserve(found.size() + people_.size());
  for (const auto& [entity, mentions] : found) {
    const Entity& e = EntityOf(entity);
    actor_of_entity[entity] = static_cast<uint32_t>(actors->size());
    Actor& actor = actors->emplace_back();
    actor.id = e.id;
    actor.type = e.type;
    actor.name = e.name;
    if (entity < x_.entities_.size()) actor.kb = e.id;  // a lexicon's id is the key across documents
    actor.mentions.reserve(mentions);
  }
  for (const EntityHit& hit : entities_) {
    if (!makes_actor(hit)) continue;
    (*actors)[actor_of_entity[hit.entity]].mentions.push_back(
        {{tokens_[hit.first].span.begin, tokens_[hit.end - 1].span.end - hit.cut}, *hit.rule});
  }
}

// The country the document is mostly about: where a person's affiliation is
// nowhere in the text ("Piyush Goyal, Minister of Commerce and Industry" in
// an EU-India release), it is the other party's. "" when none dominates.
std::string ActorRun::MainCountry(const std::vector<Actor>& actors) {
  std::string main_country;
  size_t best = 0, second = 0;
  for (const Actor& actor : actors) {
    if (actor.type != "country") continue;
    size_t n = actor.mentions.size();
    if (n > best) {
      second = best;
      best = n;
      main_country = actor.id;
    } else if (n > second) {
      second = n;
    }
  }
  return best < 2 * second ? "" : main_country;
}

// The persons as actors, each with its short mentions: bare later (or
// earlier) mentions of the surname, "Virkkunen said". Their first tokens
// are found in one pass over the document for all persons together.
void ActorRun::BuildPersonActors(const std::string& main_country, std::vector<Actor>* actors) {
  std::vector<const ActorExtractor::Holder*> holders(people_.size(), nullptr);
  std::vector<std::vector<std::string>> forms_of(people_.size());
  match::TokenIndex starts;
  for (size_t i = 0; i < people_.size(); ++i) {
    const PersonDraft& p = people_[i];
    for (const ActorExtractor::Holder& h : x_.holders_) {
      if (h.kb == p.kb) holders[i] = &h;
    }
    std::vector<std::string>& forms = forms_of[i];
    forms = p.short_forms;
    if (holders[i]) forms.insert(forms.end(), holders[i]->surnames.begin(), holders[i]->surnames.end());
    else if (p.name_tokens.size() >= 2) forms.emplace_back(LastWord(p.display));
    for (std::string_view t : p.name_tokens) {
      if (IsAllCapsWord(t)) forms.push_back(TitleCased(t));  // "MOTEGI Toshimitsu" ... "Motegi"
    }
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    for (const std::string& form : forms) {
      std::vector<Token> form_tokens;
      match::Tokenize(form, 0, &form_tokens);
      if (!form_tokens.empty()) starts.Want(form_tokens[0].folded_hash);
    }
  }
  starts.Build(tokens_);

  std::vector<Token> ft;  // a short form's tokens
  // Token -> the number + 1 of the person whose short mention took it, or 0.
  std::vector<uint32_t> taken_by(people_.empty() ? 0 : tokens_.size(), 0);
  for (size_t person = 0; person < people_.size(); ++person) {
    PersonDraft& p = people_[person];
    Actor actor;
    actor.type = "person";
    const ActorExtractor::Holder* holder = holders[person];
    actor.id = ActorSlug(p.display);
    actor.name = p.name_tokens.size() < 2 && holder ? holder->name : std::move(p.display);
    actor.role = std::move(p.role);
    actor.kb = std::move(p.kb);
    actor.affiliation = std::move(p.affiliation);
    const ActorExtractor::Office* office = holder ? HolderOffice(*holder) : nullptr;
    if (actor.affiliation.empty() && office) actor.affiliation = office->affiliation;
    // The role the office held that day where the text gives it in no form
    // read here ("PM Boris Johnson", a signature block's "John Kerry /
    // Secretary of State"); a bare surname ("Putin's war") has none.
    if (actor.role.empty() && office && p.titled) actor.role = office->role;
    if (actor.affiliation.empty() && !p.default_affiliation.empty()) {
      for (const Actor& a : *actors) {
        if (a.id == p.default_affiliation) actor.affiliation = a.id;
      }
    }
    if (actor.affiliation.empty()) actor.affiliation = main_country;
    // Each short mention adds its form: a form is searched once, and the
    // tokens taken so far are stamped with the person's number, so that a
    // person named 100,000 times stays linear (a 100 MB release took
    // minutes). Mentions are whole tokens: two overlap exactly when they
    // share one. The person's own mentions need no stamp, as a short form
    // is never taken inside a name.
    const uint32_t stamp = static_cast<uint32_t>(person) + 1;
    for (const std::string& form : forms_of[person]) {
      ft.clear();
      match::Tokenize(form, 0, &ft);
      if (ft.empty()) continue;
      for (uint32_t t : starts.At(ft[0].folded_hash)) {
        if (t + ft.size() > tokens_.size() || in_name_[t] || entity_at_[t] >= 0) continue;
        bool same = true;
        for (size_t q = 0; q < ft.size() && same; ++q) {
          same = !in_name_[t + q] && Tok(t + q) == std::string_view(form).substr(ft[q].span.begin, ft[q].span.size());
        }
        if (!same) continue;
        const auto taken = taken_by.begin() + t;
        const auto taken_end = taken + static_cast<std::ptrdiff_t>(ft.size());
        if (std::find(taken, taken_end, stamp) != taken_end) continue;
        std::fill(taken, taken_end, stamp);
        p.mentions.push_back({{tokens_[t].span.begin, tokens_[t + ft.size() - 1].span.end},
                              x_.pattern_rules_.short_name});
      }
    }
    // An entity's mentions were added in text order; a person's were not.
    std::sort(p.mentions.begin(), p.mentions.end(),
              [](const Mention& x, const Mention& y) { return x.span.begin < y.span.begin; });
    actor.mentions = std::move(p.mentions);
    actors->push_back(std::move(actor));
  }
}

// Two different people whose names slug alike keep distinct ids: the second
// in actor order gets "-2", the third "-3". Found through indices sorted by
// the id's hash, then the id (equal ids are rare: the text is compared only
// on equal hashes), then the actor order.
void ActorRun::DistinctIds(std::vector<Actor>& actors) {
  std::vector<uint32_t> by_id(actors.size());
  std::vector<size_t> id_hash(actors.size());
  for (uint32_t i = 0; i < by_id.size(); ++i) {
    by_id[i] = i;
    id_hash[i] = std::hash<std::string>()(actors[i].id);
  }
  std::sort(by_id.begin(), by_id.end(), [&](uint32_t x, uint32_t y) {
    if (id_hash[x] != id_hash[y]) return id_hash[x] < id_hash[y];
    const int order = actors[x].id.compare(actors[y].id);
    return order != 0 ? order < 0 : x < y;
  });
  for (size_t k = 0; k < by_id.size();) {
    const std::string& id = actors[by_id[k]].id;  // the run's first keeps its id
    size_t n = 1;
    for (; k + n < by_id.size() && actors[by_id[k + n]].id == id; ++n) {
      std::string& twin = actors[by_id[k + n]].id;
      twin += '-';
      twin += std::to_string(n + 1);
    }
    k += n;
  }
}

void ActorRun::Assemble() {
  MergePersons();
  std::vector<Actor> actors;
  BuildEntityActors(&actors);
  BuildPersonActors(MainCountry(actors), &actors);
  DistinctIds(actors);
  // Sorted through indices: an Actor is a dozen strings and vectors to move.
  std::vector<uint32_t> by_first_mention(actors.size());
  for (uint32_t i = 0; i < by_first_mention.size(); ++i) by_first_mention[i] = i;
  std::sort(by_first_mention.begin(), by_first_mention.end(), [&](uint32_t x, uint32_t y) {
    const uint32_t bx = actors[x].mentions.front().span.begin;
    const uint32_t by = actors[y].mentions.front().span.begin;
    return bx != by ? bx < by : x < y;
  });
  // Moved into doc.actors itself, whose capacity a caller that reuses the
  // document keeps.
  doc_.actors.clear();
  doc_.actors.reserve(actors.size());
  for (uint32_t i : by_first_mention) doc_.actors.push_back(std::move(actors[i]));
}

// A delegation's members speak for its country where their titles name no
// other: "The German delegation also included State Secretary Udo Philipp,
// Federal Ministry of Economic Affairs and Climate Action; ...", "Mexico's
// delegation was led by ... and included ..." (tests/dev/whitehouse annotates
// them so). The country is a possessive or a demonym before the noun, or
// "of"/"from" and its name after it; the members are the persons after a
// verb that lists them, in the noun's sentence. A national body with no
// country of its own in the lexicon ("National Security Council Senior
// Directors Tarun Chhabra and Sarah Ladislaw") gives way to the delegation's.
void ActorRun::DelegationAffiliations() {
  if (persons_.empty()) return;
  for (const uint32_t d : delegations_at_) {
    const std::string country = DelegationCountry(d);
    if (country.empty()) continue;
    size_t v = d + 1;
    while (v < tokens_.size() && SameSentence(d, v) && !x_.delegation_verbs_.contains(Tok(v))) ++v;
    if (v == tokens_.size() || !SameSentence(d, v)) continue;
    for (PersonHit& p : persons_) {
      if (p.first <= v || !SameSentence(v, p.first)) continue;
      if (p.affiliation.empty()) {
        p.affiliation = country;
      } else if (auto body = x_.entity_by_id_.find(p.affiliation);
                 body != x_.entity_by_id_.end() && x_.entities_[body->second].type == "organization" &&
                 x_.entities_[body->second].speaks_for.empty()) {
        p.affiliation = country;
      }
    }
  }
}

// The country of the delegation noun at token `d`, or "": "Mexico's
// delegation", "The United States' delegation", "the German delegation",
// "the delegation of Japan".
std::string ActorRun::DelegationCountry(size_t d) const {
  auto country_of = [&](size_t k) -> std::string {  // a country's or bloc's hit at token k
    if (k >= tokens_.size() || entity_at_[k] < 0) return "";
    const EntityHit& hit = entities_[entity_at_[k]];
    if (hit.known || hit.entity == UINT32_MAX) return "";
    const Entity& e = EntityOf(hit.entity);
    return e.type == "country" || e.type == "bloc" ? e.id : "";
  };
  size_t k = d;
  if (k >= 2 && Tok(k - 1) == "s" && Tok(k - 2) == "'") k -= 2;
  else if (k >= 1 && Tok(k - 1) == "'") k -= 1;
  if (k >= 1) {
    if (std::string c = country_of(k - 1); !c.empty()) return c;
  }
  k = d + 1;
  if (Tok(k) != "of" && Tok(k) != "from") return "";
  if (Tok(++k) == "the") ++k;
  return country_of(k);
}

void ActorRun::Execute() {
  FindEntities();
  FindPersons();
  DelegationAffiliations();
  Assemble();
}

void ActorExtractor::Run(Document& doc) const {
  ActorRun run(*this, doc);
  run.Execute();
  ReadTitleAuthors(doc);
}

// SPEC 8a: a title that names its authors ("Joint Statement by President
// Joseph R. Biden Jr. of the United States and President Iván Duque Márquez
// of Colombia", "Joint statement by Prime Minister Fumio Kishida and Prime
// Minister Justin Trudeau", "Joint Statement from the Governments of
// Australia, ..., and the United States") gives them, as the one reading the
// commitments stage resolves "we" with. The heads are rules data
// (title_authors.jsonl), matched case-insensitively; the authors run from the
// head to " on " or the end; they are read as a text of their own, persons
// where it names persons (their countries are their affiliations), else its
// other actors.
void ActorExtractor::ReadTitleAuthors(Document& doc) const {
  doc.title_authors.clear();
  // Most titles name no authors: no normalization for them.
  const std::string raw = AsciiLower(doc.title);
  if (std::none_of(title_author_first_words_.begin(), title_author_first_words_.end(),
                   [&](const std::string& w) { return raw.find(w) != std::string::npos; })) {
    return;
  }
  Document title;
  normalize::Normalize(doc.title, Format::kText, title);
  const std::string lower = AsciiLower(title.text);  // ASCII folding keeps the offsets
  size_t from = std::string::npos;
  for (const std::string& head : title_author_heads_) {
    const size_t at = lower.find(head);
    if (at != std::string::npos && at < from) from = at + head.size();
  }
  if (from == std::string::npos) return;
  const size_t on = title.text.find(" on ", from);
  const Span cut{static_cast<uint32_t>(from), static_cast<uint32_t>(on == std::string::npos ? title.text.size() : on)};
  // The authors' part as written, normalized on its own: a cut of the
  // normalized text would keep the whole title's offsets.
  Document authors;
  normalize::Normalize(title.OriginalText(cut), Format::kText, authors);
  authors.published = doc.published;
  match::TokenizeDocument(authors);
  ActorRun(*this, authors).Execute();
  const bool persons = std::any_of(authors.actors.begin(), authors.actors.end(),
                                   [](const Actor& a) { return a.type == "person"; });
  for (Actor& author : authors.actors) {
    if ((author.type == "person") != persons) continue;
    // The text's own record where it names the author ("President Biden" is
    // "Joseph R. Biden, Jr." by the office holders' lexicon).
    const auto known = std::find_if(doc.actors.begin(), doc.actors.end(), [&](const Actor& a) {
      return a.id == author.id || (!author.kb.empty() && a.kb == author.kb);
    });
    if (known != doc.actors.end()) author = *known;
    author.mentions.clear();
    doc.title_authors.push_back(std::move(author));
  }
}

std::optional<Actor> ActorExtractor::Unmentioned(const Document& doc, std::string_view id) const {
  for (const Actor& author : doc.title_authors) {
    if (author.id == id) return author;
  }
  for (const Entity& entity : entities_) {
    if (entity.id != id) continue;
    Actor actor;
    actor.id = entity.id;
    actor.type = entity.type;
    actor.name = entity.name;
    return actor;
  }
  return std::nullopt;
}

}  // namespace communique
