// Compile(): rules/commitments/*.jsonl -> the trigger trie, the word class
// table and the rules' compiled sequences.
#include <algorithm>
#include <bit>
#include <optional>

#include <nlohmann/json.hpp>

#include "extract/commitments.h"
#include "match/tokenizer.h"

namespace communique {
namespace {

using Rule = CommitmentExtractor::TriggerRule;

// The 3rd person singular of a base form's first word ("set up" -> "sets up").
std::string ThirdPerson(const std::string& base) {
  size_t space = base.find(' ');
  std::string word = base.substr(0, space);
  std::string rest = space == std::string::npos ? "" : base.substr(space);
  if (word.empty()) return "";
  char last = word.back();
  if (last == 's' || last == 'x' || last == 'z' || word.ends_with("sh") || word.ends_with("ch")) {
    word += "es";
  } else if (last == 'y' && word.size() > 1 &&
             std::string_view("aeiou").find(word[word.size() - 2]) == std::string_view::npos) {
    word = word.substr(0, word.size() - 1) + "ies";
  } else {
    word += "s";
  }
  return word + rest;
}

std::vector<std::string> Words(std::string_view phrase) {
  std::vector<Token> tokens;
  match::Tokenize(phrase, 0, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(phrase.substr(t.span.begin, t.span.size()));
  return out;
}

// A boolean field: false when absent.
bool Flag(const rules::Record& record, const char* name) {
  auto it = record.json.find(name);
  return it != record.json.end() && it->is_boolean() && it->get<bool>();
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
    rules::CompileContext& context) {
  auto extractor = std::make_unique<CommitmentExtractor>();
  for (const char* word : {",", ";", ":"}) {
    extractor->classes_.Add(match::FoldedHash(word), kLookCloser);
  }
  extractor->CompileTypes(context);
  extractor->CompileGrammar(context);
  extractor->CompileTriggers(context);
  extractor->CompileMemberships(context);
  return extractor;
}

void CommitmentExtractor::CompileTypes(rules::CompileContext& context) {
  using commitments::TypeInfo;
  for (const rules::Record& record : context.Records("commitments/types")) {
    if (!context.CheckFields(record, {"id", "type"}, {"status", "partners", "event_subject", "note"})) {
      continue;
    }
    if (!context.RegisterId(record, record.GetString("id"))) continue;
    const std::optional<Type> type = commitments::TypeNamed(record.GetString("type"));
    if (!type || !commitments::IsCommitment(*type)) {
      context.Error(record, "\"type\" must be a commitment type (agree ... schedule)");
      continue;
    }
    TypeInfo& info = types_[static_cast<size_t>(*type)];
    if (info.loaded) {
      context.Error(record, "a second record for type \"" + record.GetString("type") + "\"");
      continue;
    }
    info.loaded = true;
    const std::string status = record.GetString("status");
    info.planned = status == "planned";
    if (!status.empty() && !info.planned) context.Error(record, "\"status\" must be \"planned\" or absent");
    const std::string partners = record.GetString("partners");
    if (partners == "after_trigger") {
      info.partners = TypeInfo::Partners::kAfterTrigger;
    } else if (partners == "in_action") {
      info.partners = TypeInfo::Partners::kInAction;
    } else if (!partners.empty()) {
      context.Error(record, "\"partners\" must be after_trigger, in_action or absent");
    }
    info.event_subject = Flag(record, "event_subject");
  }
  for (size_t t = 0; t < types_.size(); ++t) {
    if (commitments::IsCommitment(static_cast<Type>(t)) && !types_[t].loaded) {
      context.Error("commitments/types",
                    "no record for type \"" + std::string(commitments::kTypeNames[t]) + "\"");
    }
  }
}

void CommitmentExtractor::CompileMemberships(rules::CompileContext& context) {
  auto is_date = [](const std::string& d) {
    return d.empty() || (d.size() == 10 && d[4] == '-' && d[7] == '-');
  };
  for (const rules::Record& record : context.Records("actors/memberships", /*required=*/false)) {
    if (!context.CheckFields(record, {"id", "group", "members", "source"}, {"note"})) continue;
    if (!context.RegisterId(record, record.GetString("id"))) continue;
    Membership membership;
    membership.group = record.GetString("group");
    const nlohmann::json& members = record.json["members"];
    if (membership.group.empty() || !members.is_array() || members.empty()) {
      context.Error(record, "\"group\" must be an actor id and \"members\" a list of {\"id\", \"from\"?, \"to\"?}");
      continue;
    }
    for (const nlohmann::json& m : members) {
      Member member;
      if (m.is_object()) {
        member.id = m.value("id", "");
        member.from = m.value("from", "");
        member.to = m.value("to", "");
      }
      if (member.id.empty() || !is_date(member.from) || !is_date(member.to)) {
        context.Error(record, "a member is {\"id\", \"from\"?: \"YYYY-MM-DD\", \"to\"?: \"YYYY-MM-DD\"}");
        continue;
      }
      membership.members.push_back(std::move(member));
    }
    memberships_.push_back(std::move(membership));
  }
}

void CommitmentExtractor::CompileGrammar(rules::CompileContext& context) {
  for (const rules::Record& record : context.Records("commitments/grammar")) {
    if (!context.CheckFields(record, {"id", "class", "words"}, {"examples", "note", "actor"})) {
      continue;
    }
    std::string id = record.GetString("id");
    if (!context.RegisterId(record, id)) continue;
    std::string word_class = record.GetString("class");
    std::vector<std::string> words = record.GetStrings("words");
    std::string actor = record.GetString("actor");
    if (!actor.empty() && word_class == "title_reference") {
      title_affiliation_ = actor;
    } else if (!actor.empty()) {
      if (word_class != "plural_ref") {
        context.Error(record, "\"actor\" is only for classes \"plural_ref\" and \"title_reference\"");
        continue;
      }
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
      context.Error(record, "unknown class \"" + word_class + "\"");
      continue;
    }
    if (*bit == kModal && modal_rule_.empty()) modal_rule_ = id;
    for (const std::string& w : words) {
      std::vector<std::string> tokens = Words(w);
      if (tokens.empty()) {
        context.Error(record, "empty word");
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

void CommitmentExtractor::CompileTriggers(rules::CompileContext& context) {
  for (const rules::Record& record : context.Records("commitments/triggers")) {
    if (!context.CheckFields(record, {"id", "type"},
                             {"base", "past", "ing", "object", "object_head", "next", "next_not", "passive",
                              "perfect", "present", "partner_object", "event_subject", "past_be", "examples", "counter_examples",
                              "note"})) {
      continue;
    }
    std::string id = record.GetString("id");
    if (!context.RegisterId(record, id)) continue;
    Rule rule;
    rule.rule_id = id;
    rule.type = record.GetString("type");
    const std::optional<Type> type = commitments::TypeNamed(rule.type);
    if (!type) {
      context.Error(record, "unknown type \"" + rule.type + "\"");
      continue;
    }
    CompiledRule compiled;
    compiled.type = *type;
    auto add_sequences = [&](const char* field, std::vector<std::vector<std::string>>* sequences,
                             Sequences* compiled_sequences) {
      for (const std::string& n : record.GetStrings(field)) {
        sequences->push_back(Words(n));
        std::vector<uint64_t>& hashes = compiled_sequences->hashes.emplace_back();
        for (const std::string& word : sequences->back()) hashes.push_back(match::FoldedHash(word));
        compiled_sequences->first_words |= hashes.empty() ? ~uint64_t{0} : uint64_t{1} << (hashes[0] & 63);
      }
    };
    add_sequences("next", &rule.next, &compiled.next);
    add_sequences("next_not", &rule.next_not, &compiled.next_not);
    add_sequences("object_head", &rule.object_head, &compiled.object_head);
    std::string passive = record.GetString("passive");
    if (passive == "required") {
      rule.passive = Rule::Passive::kRequired;
    } else if (passive == "allowed") {
      rule.passive = Rule::Passive::kAllowed;
    } else if (!passive.empty() && passive != "forbidden") {
      context.Error(record, "\"passive\" must be forbidden, required or allowed");
    }
    for (auto [field, status] : {std::pair{"perfect", &rule.perfect}, std::pair{"present", &rule.present}}) {
      *status = record.GetString(field);
      if (!status->empty() && *status != "ongoing" && *status != "done" && *status != "planned") {
        context.Error(record, std::string("\"") + field + "\" must be a status (planned, ongoing, done)");
      }
    }
    rule.partner_object = Flag(record, "partner_object");
    rule.event_subject = Flag(record, "event_subject");
    rule.past_be = record.GetString("past_be") == "required";
    if (!record.GetString("past_be").empty() && !rule.past_be) {
      context.Error(record, "\"past_be\" must be \"required\" or absent");
    }
    rule.examples = record.GetStrings("examples");
    rule.counter_examples = record.GetStrings("counter_examples");
    std::vector<std::string> objects = record.GetStrings("object");
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
    for (const std::string& base : record.GetStrings("base")) {
      add(base, kBase);
      add(ThirdPerson(base), kBase);
    }
    for (const std::string& past : record.GetStrings("past")) add(past, kPast);
    for (const std::string& ing : record.GetStrings("ing")) add(ing, kIng);
    if (forms == 0) context.Error(record, "a trigger needs a verb form (base, past or ing)");
    rules_.push_back(std::move(rule));
    compiled_.push_back(std::move(compiled));
  }
}


}  // namespace communique
