// A sentence's clauses: each trigger candidate with its verb group, rule,
// coordination, subject and action becomes one Clause (accepted or not).
#include "extract/commitments/analysis.h"

namespace communique {

void CommitmentExtractor::Analysis::ReadSentence(uint32_t si, std::vector<TriggerTrace>* background) {
  const Sentence& sentence = Sentences()[si];
  const Bound& first = bounds_[2 * si];
  const Bound& last = bounds_[2 * si + 1];
  SentenceState s;
  s.index = si;
  s.a = first.token;
  s.b = last.token;
  if (s.a >= s.b) return;
  s.segment = sentence.segment < doc_.segments.size() ? &doc_.segments[sentence.segment] : nullptr;
  s.floor = s.a;
  if (s.segment && !s.segment->label.empty() && s.segment->span.begin == sentence.span.begin) {
    // A labelled paragraph ("Cooperation: The partners ..."): its clauses start after the label.
    for (size_t t = s.a; t < s.b && t < s.a + 16; ++t) {
      if (Char(t, ':')) {
        s.floor = t + 1;
        break;
      }
    }
  }
  sentence_tokens_ = {s.a, s.b};
  sentence_matches_ = {matches_.cbegin() + first.match, matches_.cbegin() + last.match};
  sentence_marks_ = marks_.cbegin() + first.mark;
  FindCandidates(s, first, last);
  s.clause_floor = s.floor;
  for (const Candidate& cand : candidates_) ReadCandidate(cand, s, background);
}

CommitmentExtractor::Analysis::Clause CommitmentExtractor::Analysis::NewClause(
    const Candidate& cand, const VerbGroup& group, const Reading& r, const SentenceState& s) const {
  Clause c;
  c.rule = r.rule;
  c.type = r.type;
  size_t e = r.end;
  if (e == cand.m1) {
    while (e < s.b && (Classes(e) & kAdverbAfter)) ++e;
  }
  const bool modal = group.bits & (kModal | kHedge);
  c.group_begin = static_cast<uint32_t>(group.begin);
  c.trigger_end = static_cast<uint32_t>(e);
  c.sentence = s.index;
  c.trigger = TokenSpan(group.begin, e);
  c.sentence_span = Sentences()[s.index].span;
  c.modal = modal;
  c.event_subject = x_.InfoOf(c.type).event_subject || (c.rule && c.rule->event_subject);
  c.bare_past = r.form == kPast && group.bits == 0;
  c.negated = group.bits & kNegation;
  c.hedged = group.bits & kHedge;
  if ((r.form == kIng && (group.bits & kBe)) ||
      (r.form == kPast && (group.bits & kHave) && c.rule && c.rule->perfect == "ongoing")) {
    c.status = "ongoing";
  } else if (r.form == kBase && group.bits == 0 && c.rule && !c.rule->present.empty()) {
    c.status = c.rule->present;
  } else if (x_.InfoOf(c.type).planned || modal || r.form == kBase) {
    c.status = "planned";
  } else {
    c.status = "done";
  }
  return c;
}

void CommitmentExtractor::Analysis::ReadCandidate(const Candidate& cand, SentenceState& s,
                                                  std::vector<TriggerTrace>* background) {
  const VerbGroup group = ReadVerbGroup(cand.m0, s.clause_floor);
  if (group.infinitive) return;  // "agreed to launch": a complement of another verb
  // The rule and type are chosen before a Clause is built: most candidates
  // end here, and a Clause is large to clear.
  Reading r;
  if (!ReadRule(cand, group, s, &r)) return;
  Clause c = NewClause(cand, group, r, s);
  if (s.segment && (s.segment->kind == SegmentKind::kHeading || s.segment->background)) {
    if (IsCommitment(c.type)) {
      c.reason = s.segment->kind == SegmentKind::kHeading ? Reason::kHeading : Reason::kBackground;
      if (background) background->push_back(TraceOf(c, -1));
    }
    return;
  }
  size_t subject_from = s.clause_floor;
  if (!Coordinate(c, group, r, s, &subject_from)) return;
  ReadSubject(c, cand, r, subject_from, s);
  s.report = -1;
  FindAction(c, s.b);
  if (c.type == Type::kReport) {
    // "announced that X will Y": X's own clause follows.
    c.reason = Reason::kReported;
    if (cand.m1 < s.b && Is(cand.m1, "that")) s.clause_floor = cand.m1 + 1;
    c.action_end = c.action_begin;
    clauses_.push_back(std::move(c));
    s.open = -1;
    s.report = static_cast<int>(clauses_.size()) - 1;
    return;
  }
  if (c.type == Type::kStance) {
    c.reason = Reason::kStance;
  } else if (c.type == Type::kAppeal) {
    c.reason = Reason::kAppeal;
  } else if (c.subject == SubjectKind::kNone) {
    if (c.reason == Reason::kNone) c.reason = Reason::kNoSubject;
  } else {
    c.accepted = true;
    c.reason = Reason::kNone;
  }
  c.with_actors = Partners(c, s.b);
  // A relative clause ("As host of the summit, France ...") holds no later verb.
  const bool relative = c.reason == Reason::kRelativeClause;
  clauses_.push_back(std::move(c));
  if (!relative) s.open = static_cast<int>(clauses_.size()) - 1;
}

}  // namespace communique
