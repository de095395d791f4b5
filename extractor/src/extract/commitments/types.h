// Commitment types (SPEC 7) and the other outcomes of a trigger rule.
//
// A trigger rule's "type" (rules/commitments/triggers.jsonl) is one of the
// nine commitment types, or a non-commitment reading of its clause: a stance
// ("recognize"), an appeal ("call on X to") or a report ("announced that"),
// whose clause after "that" is read on its own.
#ifndef COMMUNIQUE_EXTRACT_COMMITMENTS_TYPES_H_
#define COMMUNIQUE_EXTRACT_COMMITMENTS_TYPES_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace communique::commitments {

// The commitment types first, so that IsCommitment() is one comparison.
enum class Type : uint8_t {
  kAgree, kPledge, kIntend, kLaunch, kSign, kCooperate, kReview, kMeet, kSchedule,
  kStance, kAppeal, kReport
};

inline constexpr std::string_view kTypeNames[] = {
    "agree", "pledge", "intend", "launch", "sign", "cooperate", "review", "meet", "schedule",
    "stance", "appeal", "report"};

inline std::string_view NameOf(Type type) { return kTypeNames[static_cast<size_t>(type)]; }
inline bool IsCommitment(Type type) { return type <= Type::kSchedule; }

// What a commitment type does (rules/commitments/types.jsonl).
struct TypeInfo {
  // Where the parties after "with" join the actors.
  enum class Partners : uint8_t { kNone, kAfterTrigger, kInAction };
  bool planned = false;  // planned whatever the tense ("agreed" is an undertaking)
  Partners partners = Partners::kNone;
  bool event_subject = false;  // a subject naming an event is the event
  // "is hosting the summit next year": a present progressive with a date
  // after the publication in its action is planned (an arrangement).
  bool arranged = false;
  // An act done at once (launch, sign, meet): a gerund item under a lead-in
  // in the past ("launched ..., including: - Launching X") is done as its
  // lead-in is; a gerund item of another type is ongoing ("- Expanding X").
  bool completed = false;
  // A lead-in of this type makes the items of its list undertakings
  // ("decided on the following steps:", "will:"); the list after one of
  // another type gives topics ("discussed the following:").
  bool leads_items = false;
  bool loaded = false;         // a record of types.jsonl described it
};

// The type spelled `name`, or nullopt.
std::optional<Type> TypeNamed(std::string_view name);

}  // namespace communique::commitments

#endif  // COMMUNIQUE_EXTRACT_COMMITMENTS_TYPES_H_
