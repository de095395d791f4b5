// Compile(): rules/commitments/*.jsonl -> the trigger trie, the word class
// table and the rules' compiled sequences.
#include <algorithm>
#include <bit>
#include <optional>


#include "core/english.h"
#include "extract/commitments.h"
#include "match/tokenizer.h"

namespace communique {
namespace {

using Rule = CommitmentExtractor::TriggerRule;

// The 3rd person singular of a base form's first word ("set up" -> "sets up").
std::string ThirdPerson(const English& english, const std::string& base) {
  const size_t space = base.find(' ');
  const std::string_view word = std::string_view(base).substr(0, space);
  if (word.empty()) return "";
  return english.SForm(word) + (space == std::string::npos ? "" : base.substr(space));
}

std::vector<std::string> Words(std::string_view phrase) {
  std::vector<Token> tokens;
  match::Tokenize(phrase, 0, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(phrase.substr(t.span.begin, t.span.size()));
  return out;
}

}  // namespace

bool CommitmentExtractor::AddPhrase(std::string_view phrase, uint32_t payload) {
  if (!lexicon_.Add(phrase, payload, false)) return false;
  std::vector<Token> tokens;
  match::Tokenize(phrase, 0, &tokens);
  classes_.Add(tokens[0].folded_hash, kLookCloser);
  return true;
}

std::unique_ptr<const CommitmentExtractor> CommitmentExtractor::Compile(
    rules::CompileContext& context, const English& english) {
  auto extractor = std::make_unique<CommitmentExtractor>();
  for (const char* word : {",", ";", ":", "-", ".", "?", "!", "\""}) {
    extractor->classes_.Add(match::FoldedHash(word), kLookCloser);
  }
  extractor->CompileTypes(context);
  extractor->CompileGrammar(context);
  extractor->CompileTriggers(context, english);
  extractor->CompileMemberships(context);
  extractor->CompilePublishers(context);
  return extractor;
}

void CommitmentExtractor::CompileTypes(rules::CompileContext& context) {
  using commitments::TypeInfo;
  for (const rules::CommitmentTypeRule& record : rules::ParseCommitmentTypes(context)) {
    const std::optional<Type> type = commitments::TypeNamed(record.type);
    if (!type || !commitments::IsCommitment(*type)) {
      context.Error(record.where, "\"type\" must be a commitment type (agree ... schedule)");
      continue;
    }
    TypeInfo& info = types_[static_cast<size_t>(*type)];
    if (info.loaded) {
      context.Error(record.where, "a second record for type \"" + record.type + "\"");
      continue;
    }
    info.loaded = true;
    info.planned = record.planned;
    if (record.partners == "after_trigger") {
      info.partners = TypeInfo::Partners::kAfterTrigger;
    } else if (record.partners == "in_action") {
      info.partners = TypeInfo::Partners::kInAction;
    }
    info.event_subject = record.event_subject;
    info.arranged = record.arranged;
    info.completed = record.completed;
    info.leads_items = record.leads_items;
  }
  for (size_t t = 0; t < types_.size(); ++t) {
    if (commitments::IsCommitment(static_cast<Type>(t)) && !types_[t].loaded) {
      context.Error("commitments/types",
                    "no record for type \"" + std::string(commitments::kTypeNames[t]) + "\"");
    }
  }
}

void CommitmentExtractor::CompileMemberships(rules::CompileContext& context) {
  for (const rules::MembershipRule& record : rules::ParseMemberships(context)) {
    Membership membership;
    membership.group = record.group;
    membership.partnership = record.partnership;
    for (const rules::MemberRule& m : record.members) membership.members.push_back({m.id, m.from, m.to});
    memberships_.push_back(std::move(membership));
  }
  for (size_t i = 0; i < memberships_.size(); ++i) {
    if (memberships_[i].partnership && MembershipOf(memberships_[i].group) == &memberships_[i]) {
      partnerships_.push_back(i);
    }
  }
}

void CommitmentExtractor::CompilePublishers(rules::CompileContext& context) {
  for (rules::PublisherRule& record : rules::ParsePublishers(context)) {
    Publisher publisher{std::move(record.hosts), std::move(record.party), {}, commitments::FoldedTitle(record.head)};
    for (std::string& host : publisher.hosts) host = commitments::FoldedTitle(host);
    for (const std::string& title : record.titles) publisher.titles.push_back(commitments::FoldedTitle(title));
    publishers_.push_back(std::move(publisher));
  }
}

const CommitmentExtractor::Publisher* CommitmentExtractor::PublisherOf(std::string_view url) const {
  // "https://www.gov.uk/government/news/...": the host, lowercase.
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/:?#"));
  const std::string host = commitments::FoldedTitle(url);
  for (const Publisher& p : publishers_) {
    for (const std::string& h : p.hosts) {
      if (host == h || (host.size() > h.size() && host.ends_with(h) && host[host.size() - h.size() - 1] == '.')) {
        return &p;
      }
    }
  }
  return nullptr;
}

void CommitmentExtractor::CompileGrammar(rules::CompileContext& context) {
  parsed_.grammar = rules::ParseGrammarRules(context);
  for (const rules::GrammarRule& record : parsed_.grammar) {
    const std::string& id = record.id;
    const std::string& word_class = record.word_class;
    const std::vector<std::string>& words = record.words;
    const std::string& actor = record.actor;
    if (!actor.empty() && word_class == "title_reference") {
      for (const std::string& w : words) title_affiliation_[commitments::FoldedTitle(w)] = actor;
    } else if (!actor.empty()) {
      // Named references fall back to plural references where the document
      // does not have the actor.
      for (const std::string& w : words) {
        AddPhrase(w, Payload(kNamedRef, static_cast<uint32_t>(named_ref_ids_.size())));
        AddPhrase(w, Payload(kPluralRef, 0));
      }
      named_ref_ids_.push_back(actor);
      continue;
    }
    if (word_class == "plural_ref" || word_class == "we") {
      const PhraseKind kind = word_class == "we" ? kWeRef : kPluralRef;
      for (const std::string& w : words) AddPhrase(w, Payload(kind, 0));
      continue;
    }
    const std::optional<uint64_t> bit = commitments::WordClassNamed(word_class);
    if (!bit) {
      context.Error(record.where, "unknown class \"" + word_class + "\"");
      continue;
    }
    if (*bit == kModal && modal_rule_.empty()) modal_rule_ = id;
    if (*bit == kTitleReference) {
      for (const std::string& w : words) {
        for (const std::string& word : Words(w)) title_words_.push_back(match::FoldedHash(word));
      }
    }
    if (*bit == kCurrency) {
      for (const std::string& w : words) currency_prefixes_.push_back(commitments::FoldedTitle(w));
    }
    for (const std::string& w : words) {
      std::vector<std::string> tokens = Words(w);
      if (tokens.empty()) {
        context.Error(record.where, "empty word");
      } else if (tokens.size() == 1) {
        classes_.Add(match::FoldedHash(tokens[0]), *bit);
      } else {
        AddPhrase(w, Payload(kGrammarPhrase, static_cast<uint32_t>(std::countr_zero(*bit))));
      }
    }
  }
  if (modal_rule_.empty()) {
    context.Error("commitments/grammar", "no word of class \"modal\" (will, shall)");
  }
}

void CommitmentExtractor::CompileTriggers(rules::CompileContext& context, const English& english) {
  parsed_.triggers = rules::ParseTriggerRules(context);
  for (const rules::TriggerRuleSpec& record : parsed_.triggers) {
    Rule rule;
    rule.rule_id = record.id;
    rule.type = record.type;
    const std::optional<Type> type = commitments::TypeNamed(rule.type);
    if (!type) {
      context.Error(record.where, "unknown type \"" + rule.type + "\"");
      continue;
    }
    CompiledRule compiled;
    compiled.type = *type;
    auto add_sequences = [&](const std::vector<std::string>& field,
                             std::vector<std::vector<std::string>>* sequences, Sequences* compiled_sequences) {
      for (const std::string& n : field) {
        sequences->push_back(Words(n));
        std::vector<uint64_t>& hashes = compiled_sequences->hashes.emplace_back();
        for (const std::string& word : sequences->back()) hashes.push_back(match::FoldedHash(word));
        compiled_sequences->first_words |= hashes.empty() ? ~uint64_t{0} : uint64_t{1} << (hashes[0] & 63);
      }
    };
    add_sequences(record.next, &rule.next, &compiled.next);
    add_sequences(record.next_not, &rule.next_not, &compiled.next_not);
    add_sequences(record.object_head, &rule.object_head, &compiled.object_head);
    add_sequences(record.event_head, &rule.event_head, &compiled.event_head);
    add_sequences(record.name_not_before, &rule.name_not_before, &compiled.name_not_before);
    if (record.passive == "required") {
      rule.passive = Rule::Passive::kRequired;
    } else if (record.passive == "allowed") {
      rule.passive = Rule::Passive::kAllowed;
    }
    rule.perfect = record.perfect;
    rule.present = record.present;
    rule.partner_object = record.partner_object;
    rule.event_subject = record.event_subject;
    rule.past_be = record.past_be;
    rule.modal = record.modal;
    rule.strict_next = record.strict_next;
    rule.next_name = record.next_name;
    rule.next_amount = record.next_amount;
    rule.modal_keeps = record.modal_keeps;
    rule.next_person = record.next_person;
    rule.head_in_action = record.head_in_action;
    rule.head_alone = record.head_alone;
    rule.examples = record.examples;
    rule.counter_examples = record.counter_examples;
    const std::vector<std::string>& objects = record.object;
    uint32_t index = static_cast<uint32_t>(rules_.size());
    size_t forms = 0;
    auto add = [&](const std::string& verb, Form form) {
      if (objects.empty()) {
        forms += AddPhrase(verb, Payload(kTrigger, index * 4 + form));
      } else {
        for (const std::string& object : objects) {
          forms += AddPhrase(verb + " " + object, Payload(kTrigger, index * 4 + form));
        }
      }
    };
    for (const std::string& base : record.base) {
      add(base, kBase);
      add(ThirdPerson(english, base), kThird);
    }
    for (const std::string& past : record.past) add(past, kPast);
    for (const std::string& ing : record.ing) add(ing, kIng);
    if (forms == 0) context.Error(record.where, "a trigger needs a verb form (base, past or ing)");
    rules_.push_back(std::move(rule));
    compiled_.push_back(std::move(compiled));
  }
}


}  // namespace communique
