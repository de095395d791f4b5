// Why a trigger is or is not a commitment (communique explain --near-miss),
// and the stage's entry points.
#include "extract/commitments/analysis.h"

namespace communique {

CommitmentExtractor::TriggerTrace CommitmentExtractor::Analysis::TraceOf(const Clause& c,
                                                                        int commitment) const {
  TriggerTrace trace;
  trace.trigger = c.trigger;
  trace.sentence = c.sentence_span;
  trace.rule = RuleId(c);
  trace.type = commitments::NameOf(c.type);
  trace.commitment = commitment;
  const std::string quoted(doc_.View(c.reason_text));
  switch (c.reason) {
    case Reason::kNone: break;
    case Reason::kHeading: trace.reason = "heading (a title, not a statement)"; break;
    case Reason::kBackground:
      trace.reason = "background section (SPEC 7: not extracted there)";
      break;
    case Reason::kNoSubjectBeforeVerb: trace.reason = "no subject before the verb"; break;
    case Reason::kRelativeClause:
      trace.reason = "relative clause (\"" + quoted + " ...\"), not a main clause";
      break;
    case Reason::kNotActor: trace.reason = "the subject (\"" + quoted + "\") is not an actor"; break;
    case Reason::kNoActorInSubject:
      trace.reason = "no actor in the subject (\"" + quoted + "\")";
      break;
    case Reason::kNoActorAfterBy: trace.reason = "no actor after \"by\""; break;
    case Reason::kPronoun: trace.reason = "pronoun subject with nothing to refer to"; break;
    case Reason::kReported:
      trace.reason = "reported speech: the clause after \"that\" is read on its own";
      break;
    case Reason::kStance: trace.reason = "stance verb, not a commitment (SPEC 7)"; break;
    case Reason::kAppeal:
      trace.reason = "appeal to others (\"call on X to\"), not a commitment";
      break;
    case Reason::kNoSubject: trace.reason = "no subject"; break;
    case Reason::kNotParty:
      trace.reason = "an action in progress of no party of the statement (\"be\" + an unlisted -ing form)";
      break;
    case Reason::kNeed:
      trace.reason = "\"must\" + a verb of no undertaking (grammar.jsonl class verb): a need, not a commitment";
      break;
    case Reason::kNotEvent:
      trace.reason = "the subject (\"" + quoted + "\") is no event of the rule's kind (event_head)";
      break;
  }
  return trace;
}

std::vector<CommitmentExtractor::TriggerTrace> CommitmentExtractor::Trace(
    const Document& doc, std::vector<Commitment>* commitments) const {
  std::vector<TriggerTrace> traces;
  if (!doc.tokens.empty()) Analysis(*this, doc).Run(commitments, &traces);
  return traces;
}

void CommitmentExtractor::Run(Document& doc) const {
  std::vector<Commitment> found;
  if (!doc.tokens.empty()) Analysis(*this, doc).Run(&found, nullptr);
  doc.commitments = std::move(found);
}

}  // namespace communique
