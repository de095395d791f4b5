// Verbs after "and" (or a comma) inside an earlier clause's action: a
// complement of that clause, a verb sharing its trigger, or a clause of
// their own (rules/commitments/README.md, "Coordination").
#include <algorithm>

#include "extract/commitments/analysis.h"

namespace communique {

bool CommitmentExtractor::Analysis::Coordinate(Clause& c, const VerbGroup& group, const Reading& r,
                                               SentenceState& s, size_t* subject_from) {
  const size_t g = c.group_begin;
  const int open = s.open;
  if (r.coordinated_only && (open < 0 || g >= clauses_[open].action_end)) return false;
  if (open < 0 || g >= clauses_[open].action_end) return true;
  // Inside the action of an earlier clause: a complement, unless a
  // coordinated clause starts here with its own finite verb.
  Clause& prev = clauses_[open];
  size_t k = g;
  bool coordinated = false;
  size_t conj = 0;
  size_t opener_end = 0;  // after "while", "in which": where the clause's own subject starts
  bool nested = false;    // "the fact that they agreed": inside the earlier action, which keeps it
  bool own_subject = false;  // a subject of its own after a comma: the verb is finite
  for (size_t back = 0; back < 7 && k > prev.trigger_end; ++back) {
    --k;
    if (Classes(k) & (kAnd | kBut)) {
      coordinated = true;
      conj = k;
      break;
    }
    if ((Comma(k) || Char(k, ';')) &&
        (SubjectBefore(k + 1, g) ||
         (k + 2 == g && (IsPronoun(k + 1) || (Capitalized(k + 1) && HasActorIn(k + 1, g)))))) {
      // "As we celebrate the anniversary, we commit to", "the Quad looks
      // forward to the future; it seeks to", "Japan pledged $5 million;
      // Australia pledged $3 million": after a comma or a semicolon, a
      // subject of its own starts a clause.
      coordinated = true;
      conj = k;
      opener_end = k + 1;
      own_subject = true;
      break;
    }
    opener_end = OpenerEnd(k, g);
    if (opener_end == 0 && (Classes(k) & kRelativePronoun) && SubjectBefore(k + 1, g)) {
      // "based on the fact that they agreed to raise": "that" and a subject
      // of its own.
      opener_end = k + 1;
      nested = true;
    }
    if (opener_end != 0) {
      // "X will expand trade, while Japan will host ...": a clause with its own subject.
      if (opener_end == g) return false;
      coordinated = true;
      conj = k;
      break;
    }
  }
  // "an agreement between the UK and Canada would unlock": names joined
  // inside a prepositional phrase; the "and" joins no clauses.
  if (coordinated && !opener_end && (Classes(conj) & kAnd) && conj + 1 < g && NamesInPhrase(conj, prev.trigger_end)) {
    return false;
  }
  // "... must stop now and we commit to": a subject of its own after "and".
  if (coordinated && !opener_end && conj + 1 < g && SubjectBefore(conj + 1, g)) own_subject = true;
  bool finite = own_subject || (group.bits & (kModal | kHedge | kHave | kBe | kDo)) || r.form == kPast ||
                r.form == kThird;
  bool shares_modal = false;
  if (coordinated && !finite && conj + 1 == g && r.form == kBase && !r.third && group.bits == 0 && prev.modal) {
    // "will expand and deepen X": one trigger for two verbs sharing an object.
    if (conj == prev.trigger_end) {
      // "will converse often and meet": the listed verb types an unlisted one's trigger.
      if (!prev.rule && c.rule && IsCommitment(c.type)) {
        prev.rule = c.rule;
        prev.type = c.type;
      }
      prev.trigger_end = c.trigger_end;
      prev.trigger.end = doc_.tokens[c.trigger_end - 1].span.end;
      FindAction(prev, s.b);
      return false;
    }
    // "will combine X and establish Y": its own object, so its own
    // commitment under the same modal, unless it may belong to an
    // infinitive inside the first action ("will join forces to expand
    // X and benefit Y").
    if (!prev.accepted) return false;  // "This investment will improve X and deliver Y"
    shares_modal = !InfinitiveBefore(prev.trigger_end, conj);
    if (!shares_modal) return false;
    c.modal = true;
    c.status = "planned";
    if (!IsCommitment(c.type)) {
      c.type = Type::kIntend;
      c.rule = nullptr;
    }
  }
  if (coordinated && !finite && !shares_modal && conj + 1 == g && r.form == kBase && !r.third &&
      group.bits == 0 && prev.bare_present && c.rule && c.trigger_end < s.b &&
      (Classes(c.trigger_end) & (kLinking | kDeterminer)) && !(Classes(c.trigger_end) & kOf) &&
      !InfinitiveBefore(prev.trigger_end, conj)) {
    // "We welcome the report and commit to implement it", "We highlight X
    // and pledge to advance Y": a listed verb with its complement after a
    // present verb shares its subject; "the progress and work of the task
    // force", "a free and open Indo-Pacific" are nouns and adjectives,
    // "seeks to uphold X and strengthen Y" the infinitive's.
    finite = true;
  }
  if (!coordinated && c.bare_past && prev.bare_past && Comma(g - 1) && IsCommitment(c.type) &&
      IsCommitment(prev.type)) {
    // "Leaders discussed X, committed to Y, and underscored Z": a series
    // of finite verbs sharing the subject.
    coordinated = true;
    conj = g - 1;
    finite = true;
  }
  if (!coordinated || (!finite && !shares_modal)) return false;
  if (RelativeBefore(g, prev.trigger_end) && !(nested && OwnRelativeSubject(c, opener_end, g))) return false;
  if (opener_end != 0) {
    *subject_from = opener_end;
  } else if (OnlyAdverbs(conj + 1, g)) {  // "met X, and also visited Y"
    c.subject = SubjectKind::kInherit;
    c.inherit_from = open;
  } else {
    *subject_from = conj;  // "and both agreed": ResolveSubject reads "and" + a plural determiner
  }
  if (nested) return true;
  size_t cut = conj;
  if (cut > prev.action_begin && Comma(cut - 1)) --cut;
  prev.action_end = static_cast<uint32_t>(std::max<size_t>(cut, prev.action_begin));
  return true;
}

bool CommitmentExtractor::Analysis::NamesInPhrase(size_t conj, size_t floor) const {
  size_t k = conj;
  while (k > floor && (Capitalized(k - 1) || (Classes(k - 1) & (kNameWord | kArticle)) || Char(k - 1, '.') ||
                       Char(k - 1, '-') || Char(k - 1, '\''))) {
    --k;
  }
  return k < conj && k > floor && HasActorIn(k, conj) && (Classes(k - 1) & (kLinking | kPreposition | kAgent));
}

bool CommitmentExtractor::Analysis::OnlyAdverbs(size_t b, size_t e) const {
  // "and both agreed": "both" is a subject of its own there.
  for (size_t t = b; t < e; ++t) {
    if (!(Classes(t) & kAdverb) || (Classes(t) & kPluralDeterminer)) return false;
  }
  return true;
}

bool CommitmentExtractor::Analysis::InfinitiveBefore(size_t from, size_t conj) const {
  // "will join forces to expand X and benefit Y": "benefit" may be the
  // infinitive's. A comma before the "and", the only one after the "to",
  // closes the infinitive's phrase: "will implement policies to prevent X,
  // and strengthen Y" is two undertakings under one "will" (a series of
  // the infinitive's verbs, "to expand X, promote Y, and benefit Z", has
  // commas before it).
  size_t to = conj;
  for (size_t t = from; t < conj; ++t) {
    if (Classes(t) & kInfinitive) {
      to = t;
      break;
    }
  }
  if (to == conj) return false;
  // A spaced dash closes an aside as a comma does ("the plan to establish
  // X - the Radar - and commit to working").
  const bool closed = Comma(conj - 1) || (Char(conj - 1, '-') && !Joined(conj - 2) && !Joined(conj - 1));
  if (!closed) return true;
  for (size_t t = to + 1; t + 1 < conj; ++t) {
    if (Comma(t)) return true;
  }
  return false;
}

bool CommitmentExtractor::Analysis::SubjectBefore(size_t b, size_t g) const {
  if (b >= g) return false;
  // "that they agreed", "that we will": the parties, not "that he will not
  // outlast" (a prediction about someone else).
  if (b + 1 == g) return Covers(kPluralRef, b, g) || Covers(kWeRef, b, g);
  // "our Foreign Ministers will", "the two countries will": a reference to the parties.
  if (Covers(kPluralRef, b, g) || PluralHeadSubject(b, g) ||
      ((Classes(b) & kWePossessive) && !HasActorIn(b, g) && NounBefore(g, b + 1))) {
    return true;
  }
  // Names that end with an actor's mention ("that Japan and the United
  // States will"), not a thing named after one ("the Quad Cancer Moonshot").
  if (NameListEnd(b, g, /*stop_at_comma=*/true) != g || !HasActorIn(b, g)) return false;
  const uint32_t end = doc_.tokens[g - 1].span.end;
  for (auto it = FirstMentionAtOrAfter(doc_.tokens[b].span.begin); it != mentions_.end() && it->span.begin < end; ++it) {
    if (it->span.end == end) return true;
  }
  return false;
}

size_t CommitmentExtractor::Analysis::OpenerEnd(size_t t, size_t end) const {
  if (Classes(t) & kClauseOpener) return t + 1;
  for (const match::PhraseMatch& m : MatchesAt(t)) {
    if (m.end_token <= end && KindOf(m) == kGrammarPhrase && (PhraseClass(m) & kClauseOpener)) {
      return m.end_token;
    }
  }
  return 0;
}

}  // namespace communique
