#include "engine_stages.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/english.h"
#include "extract/actors.h"
#include "extract/commitments.h"
#include "extract/dates.h"
#include "extract/topics.h"
#include "match/tokenizer.h"
#include "segment/segment.h"

namespace communique {
namespace {

// Tokens, and the publication date of a dateline ("BRUSSELS, 3 March 2026 -")
// when the caller gave none: the date stages read it, so it is found first.
class TokenizeStage final : public Stage {
 public:
  explicit TokenizeStage(const DateExtractor& dates) : dates_(dates) {}
  std::string_view Name() const override { return "tokenize"; }
  Fields Requires() const override { return kText; }
  Fields Provides() const override { return kTokens | kPublished; }
  void Run(Document& doc) const override {
    match::TokenizeDocument(doc);
    if (doc.published_source == PublishedSource::kDateline) doc.published.reset();
    if (doc.published) return;  // the caller's date wins (SPEC 1)
    if (std::optional<std::string> dateline = dates_.FindDateline(doc)) {
      doc.published = std::move(dateline);
      doc.published_source = PublishedSource::kDateline;
    } else {
      doc.published_source = PublishedSource::kNone;
    }
  }

 private:
  const DateExtractor& dates_;
};

class CommitmentStage final : public Stage {
 public:
  CommitmentStage(const CommitmentExtractor& commitments, const ActorExtractor& actors)
      : commitments_(commitments), actors_(actors) {}
  std::string_view Name() const override { return "commitments"; }
  // Subjects resolve to actors; actions carry the topics and the dates of their sentence;
  // background segments give none.
  Fields Requires() const override {
    return kText | kSegments | kSentences | kTokens | kDates | kActors | kTopics;
  }
  Fields Provides() const override { return kCommitments; }
  Fields Amends() const override { return kActors; }
  void Run(Document& doc) const override {
    commitments_.Run(doc);
    AddUnmentionedParties(doc);
    MarkPartnerships(doc);
  }

 private:
  // Every party of a commitment is an actor of the record (SPEC 7: actor
  // ids): the parties the text does not name (a title's authors, a group's
  // members, the publisher's country for "The Prime Minister") join
  // doc.actors without mentions; an id no actor record can be made for is
  // dropped from the commitment, with a warning (a rule naming an id the
  // actor lexicon lacks: the record stays valid, the loss is seen).
  void AddUnmentionedParties(Document& doc) const {
    std::vector<std::pair<std::string, uint32_t>> dropped;  // message, original offset
    for (Commitment& c : doc.commitments) {
      std::erase_if(c.actors, [&](const std::string& id) {
        if (std::any_of(doc.actors.begin(), doc.actors.end(), [&](const Actor& a) { return a.id == id; })) {
          return false;
        }
        std::optional<Actor> actor = actors_.Unmentioned(doc, id);
        if (!actor) {
          dropped.emplace_back("commitment party \"" + id + "\" has no actor record; dropped from \"" +
                                   std::string(doc.View(c.trigger)) + "\"",
                               doc.offsets.OriginalBegin(c.trigger.begin));
          return true;
        }
        doc.actors.push_back(std::move(*actor));
        return false;
      });
    }
    // A stage run again on its own output (Stage::Run replaces its field)
    // drops the same id again: the document keeps one warning for it.
    // Named members, not a structured binding: clang 14 (CI's sanitizer build)
    // refuses a lambda that captures a binding.
    for (auto& warning : dropped) {
      const bool warned = std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(), [&](const Diagnostic& d) {
        return d.level == Diagnostic::Level::kWarning && d.original_offset == warning.second &&
               d.message == warning.first;
      });
      if (!warned) doc.Warn(std::move(warning.first), warning.second);
    }
  }

  // A partnership (the Quad, AUKUS: memberships.jsonl "partnership") is a
  // format of its members, no actor: SPEC 6 has no actor in a forum, and no
  // gold file lists one (tests/dev/notes-whitehouse-2.md 3: "the Quad stays
  // a non-actor"). It stays in doc.actors, marked, for this stage run again
  // on its own output ("The Quad will ..." gives its members the
  // undertaking), and the writer leaves it out; one that a commitment still
  // names (before its first member's date) is an actor.
  void MarkPartnerships(Document& doc) const {
    for (Actor& a : doc.actors) {
      a.partnership = commitments_.IsPartnership(a.id) &&
                      std::none_of(doc.commitments.begin(), doc.commitments.end(), [&](const Commitment& c) {
                        return std::find(c.actors.begin(), c.actors.end(), a.id) != c.actors.end();
                      });
    }
  }

  const CommitmentExtractor& commitments_;
  const ActorExtractor& actors_;
};

}  // namespace

EngineStages::~EngineStages() = default;

std::unique_ptr<const EngineStages> EngineStages::Compile(rules::CompileContext& context) {
  std::unique_ptr<EngineStages> stages(new EngineStages());
  // Parsed once for the two stages that add -s forms to their lexicons.
  stages->english_ = rules::ParseEnglishRules(context);
  std::map<std::string, std::string, std::less<>> irregular;
  for (const rules::SFormRule& rule : stages->english_.s_forms) irregular.emplace(rule.base, rule.s_form);
  const English english(std::move(irregular));
  stages->segmenter_ = Segmenter::Compile(context);
  stages->dates_ = DateExtractor::Compile(context);
  stages->actors_ = ActorExtractor::Compile(context);
  stages->topics_ = TopicExtractor::Compile(context, english);
  stages->commitments_ = CommitmentExtractor::Compile(context, english);
  if (!stages->segmenter_ || !stages->dates_ || !stages->actors_ || !stages->topics_ ||
      !stages->commitments_) {
    return nullptr;
  }
  const Stage* tokenize =
      stages->adapters_.emplace_back(std::make_unique<TokenizeStage>(*stages->dates_)).get();
  const Stage* commitments =
      stages->adapters_.emplace_back(std::make_unique<CommitmentStage>(*stages->commitments_, *stages->actors_)).get();
  stages->order_ = {stages->segmenter_.get(), tokenize,           stages->dates_.get(),
                    stages->actors_.get(),    stages->topics_.get(), commitments};
  return stages;
}

}  // namespace communique
