// Topic extraction (SPEC section 8; rules/topics/).
//
// Mention-driven: every term of the taxonomy found in the text is a mention
// of its topic, the longest term winning where terms overlap. Words inside a
// name (a person's role, an organization, a forum: see rules/topics/names.jsonl
// and doc.actors) are not mentions. An acronym defined right after a mention
// ("Partnership for Global Infrastructure and Investment (PGII)") becomes a
// term of the same topic for the rest of the document.
#ifndef COMMUNIQUE_EXTRACT_TOPICS_H_
#define COMMUNIQUE_EXTRACT_TOPICS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "communique/document.h"
#include "core/stage.h"
#include "match/phrase_matcher.h"
#include "rules/topic_rules.h"

namespace communique {

class English;

class TopicExtractor final : public Stage {
 public:
  using TopicRule = rules::TopicRule;

  // Compiles the rules under "topics/", each term with its plural as
  // `english` forms it. Problems are reported to `context` (file:line:
  // reason); the result is null only when nothing could be built.
  static std::unique_ptr<const TopicExtractor> Compile(rules::CompileContext& context, const English& english);

  std::string_view Name() const override { return "topics"; }
  // Actors: words inside an organization's name or a person's role are no mentions.
  Fields Requires() const override { return kText | kSegments | kTokens | kActors; }
  Fields Provides() const override { return kTopics; }
  // Fills doc.topics, ordered by id.
  void Run(Document& doc) const override;

  // The taxonomy as parsed, with its examples (indexed by the lexicon's payloads).
  const std::vector<TopicRule>& rules() const { return rules_; }
  const std::vector<rules::NameHeadRule>& name_rules() const { return names_; }

  // The names (roles, organizations, forums, texts) in a document: runs of
  // tokens [begin, end), and per token the number + 1 of its run, or 0.
  struct NameRuns {
    std::vector<std::pair<uint32_t, uint32_t>> runs;
    std::vector<uint32_t> run_of;
  };

 private:
  // Finds the names, given the matches of the name heads; `names` is
  // refilled (the caller's, so that its capacity is reused).
  void NameTokens(const Document& doc, const std::vector<match::PhraseMatch>& heads, NameRuns* names) const;
  void CollectMentions(const Document& doc, const std::vector<match::PhraseMatch>& kept, const NameRuns& names,
                       const std::vector<Span>& shielded, std::vector<std::vector<Span>>* mentions,
                       std::vector<std::pair<std::string, uint32_t>>* acronyms) const;

  std::vector<TopicRule> rules_;
  std::vector<rules::NameHeadRule> names_;
  std::vector<uint32_t> by_topic_id_;  // indices into rules_, ordered by topic id
  // Terms and name heads in one trie, so that one walk over the tokens finds
  // both. Payload: index into rules_; kBlocked with the index of its rule
  // for a phrase that only shields that topic's words ("security
  // environment" is no environment topic); kHead for a name head ("Council",
  // "Minister", "Working Group", ...), which is never a term's.
  static constexpr uint32_t kBlocked = 0x40000000u;
  static constexpr uint32_t kHead = 0xFFFFFFFEu;
  match::PhraseMatcher lexicon_;
};

}  // namespace communique

#endif  // COMMUNIQUE_EXTRACT_TOPICS_H_
