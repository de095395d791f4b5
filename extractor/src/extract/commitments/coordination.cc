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
  if (r.form == kIng && c.rule && !c.rule->object_head.empty() && Participle(g, group)) {
    // ", reaffirming their commitment to X": the subject of the clause it follows.
    if (open < 0 || !clauses_[open].accepted) return false;
    c.subject = SubjectKind::kInherit;
    c.inherit_from = open;
    return true;
  }
  // An -ing form after "and" in a gerund item counts only after the item's
  // own clause, whose action may have stopped at a comma before it
  // ("- Increasing cooperation on X, recycling of Y, and launching Z").
  const bool inside = open >= 0 && (g < clauses_[open].action_end ||
                                    (r.item && clauses_[open].subject == SubjectKind::kInherit));
  if ((r.coordinated_only || r.shares_be || (r.item && g > s.floor)) && !inside) return false;
  if (!inside) return true;
  // Inside the action of an earlier clause: a complement, unless a
  // coordinated clause starts here with its own finite verb.
  Clause& prev = clauses_[open];
  Join j;
  // (A prediction of a thing no actor is, "The Compact will support X;
  // mobilize Y", is not multiplied.)
  if (r.series && prev.modal && prev.subject != SubjectKind::kUnknown && r.form == kBase && !r.third &&
      c.group_begin == g) {
    // "will build X, accelerate Y, and advance Z": the comma joins a base verb.
    j.coordinated = true;
    j.conj = g - 1;
  } else if (!FindJoin(prev, g, &j)) {
    return false;
  }
  if (r.item || r.shares_be) return CoordinateItem(c, open, j, r, s);
  bool finite = j.own_subject || (group.bits & (kModal | kHedge | kHave | kBe | kDo)) || r.form == kPast ||
                r.form == kThird;
  // A bare verb right after the "and": its form alone does not say whether
  // it is finite.
  // ("and significantly increase": adverbs between.)
  const bool bare_after_and =
      j.coordinated && !finite && OnlyAdverbs(j.conj + 1, g) && r.form == kBase && !r.third && group.bits == 0;
  bool shares_modal = false;
  if (bare_after_and && prev.modal) {
    if (!ShareModal(c, prev, j.conj, s)) return false;
    shares_modal = true;
  }
  if (bare_after_and && !shares_modal && SharesPresentSubject(c, prev, j.conj, s)) finite = true;
  if (!j.coordinated && c.bare_past && prev.bare_past && Comma(g - 1) && IsCommitment(c.type) &&
      IsCommitment(prev.type)) {
    // "Leaders discussed X, committed to Y, and underscored Z": a series
    // of finite verbs sharing the subject.
    j.coordinated = true;
    j.conj = g - 1;
    finite = true;
  }
  if (!j.coordinated || (!finite && !shares_modal)) return false;
  if (RelativeBefore(g, prev.trigger_end) && !(j.nested && OwnRelativeSubject(c, j.opener_end, g))) return false;
  if (j.opener_end != 0) {
    *subject_from = j.opener_end;
  } else if (OnlyAdverbs(j.conj + 1, g)) {  // "met X, and also visited Y"
    c.subject = SubjectKind::kInherit;
    c.inherit_from = open;
  } else {
    *subject_from = j.conj;  // "and both agreed": ResolveSubject reads "and" + a plural determiner
  }
  if (j.nested) return true;
  size_t cut = j.conj;
  if (cut > prev.action_begin && Comma(cut - 1)) --cut;
  prev.action_end = static_cast<uint32_t>(std::max<size_t>(cut, prev.action_begin));
  return true;
}

bool CommitmentExtractor::Analysis::FindJoin(const Clause& prev, size_t g, Join* j) const {
  size_t k = g;
  for (size_t back = 0; back < 7 && k > prev.trigger_end; ++back) {
    --k;
    if (Classes(k) & (kAnd | kBut)) {
      j->coordinated = true;
      j->conj = k;
      break;
    }
    if ((Comma(k) || Char(k, ';')) &&
        (SubjectBefore(k + 1, g) ||
         (k + 2 == g && (IsPronoun(k + 1) || (Capitalized(k + 1) && HasActorIn(k + 1, g)))))) {
      // "As we celebrate the anniversary, we commit to", "the Quad looks
      // forward to the future; it seeks to", "Japan pledged $5 million;
      // Australia pledged $3 million": after a comma or a semicolon, a
      // subject of its own starts a clause.
      j->coordinated = true;
      j->conj = k;
      j->opener_end = k + 1;
      j->own_subject = true;
      break;
    }
    j->opener_end = OpenerEnd(k, g);
    if (j->opener_end == 0 && (Classes(k) & kRelativePronoun) && SubjectBefore(k + 1, g)) {
      // "based on the fact that they agreed to raise": "that" and a subject
      // of its own.
      j->opener_end = k + 1;
      j->nested = true;
    }
    if (j->opener_end != 0) {
      // "X will expand trade, while Japan will host ...": a clause with its own subject.
      if (j->opener_end == g) return false;
      j->coordinated = true;
      j->conj = k;
      break;
    }
  }
  if (!j->coordinated || j->opener_end) return true;
  // "an agreement between the UK and Canada would unlock": names joined
  // inside a prepositional phrase; the "and" joins no clauses.
  if ((Classes(j->conj) & kAnd) && j->conj + 1 < g && NamesInPhrase(j->conj, prev.trigger_end)) return false;
  // "... must stop now and we commit to": a subject of its own after "and".
  if (j->conj + 1 < g && SubjectBefore(j->conj + 1, g)) j->own_subject = true;
  return true;
}

void CommitmentExtractor::Analysis::JoinTrigger(const Clause& c, Clause& prev, const SentenceState& s) {
  // "will converse often and meet": the listed verb types an unlisted one's trigger.
  if (!prev.rule && c.rule && IsCommitment(c.type)) {
    prev.rule = c.rule;
    prev.type = c.type;
  }
  prev.trigger_end = c.trigger_end;
  prev.trigger.end = doc_.tokens[c.trigger_end - 1].span.end;
  FindAction(prev, s.b);
}

bool CommitmentExtractor::Analysis::CoordinateItem(Clause& c, int open, const Join& j, const Reading& r,
                                                   const SentenceState& s) {
  // "- Identifying and addressing X": one trigger for two verbs sharing an
  // object; "- Exchanging X, and developing Y": an undertaking of the
  // lead-in's parties of its own; "are deploying X and working with Y":
  // the subject's, in progress as the first.
  Clause& prev = clauses_[open];
  const bool item = r.item && prev.subject == SubjectKind::kInherit && prev.inherit_from == lead_in_;
  const bool shares_be = r.shares_be && prev.in_progress && !IngGovernedBetween(prev.trigger_end, j.conj);
  if ((!item && !shares_be) || !j.coordinated || j.opener_end != 0 || !(Classes(j.conj) & kAnd) ||
      !OnlyAdverbs(j.conj + 1, c.group_begin)) {
    return false;
  }
  if (j.conj == prev.trigger_end) {
    JoinTrigger(c, prev, s);
    return false;
  }
  // "and strengthening of supply chains": a noun.
  if (c.trigger_end < s.b && (Classes(c.trigger_end) & kOf)) return false;
  c.subject = SubjectKind::kInherit;
  c.inherit_from = item ? lead_in_ : open;
  if (!item) {
    c.in_progress = true;
    c.status = prev.status;
    c.party_only = prev.party_only;
  }
  size_t cut = j.conj;
  if (cut > prev.action_begin && Comma(cut - 1)) --cut;
  prev.action_end = std::min(prev.action_end, static_cast<uint32_t>(std::max<size_t>(cut, prev.action_begin)));
  return true;
}

bool CommitmentExtractor::Analysis::InlineLeadBefore(size_t t) const {
  for (size_t k = t; k > sentence_tokens_.first + 1;) {
    --k;
    if (Char(k, ':')) return (Classes(k - 1) & (kInfinitive | kModal)) != 0;
  }
  return false;
}

bool CommitmentExtractor::Analysis::IngGovernedBetween(size_t from, size_t conj) const {
  // "are taking steps by strengthening X and improving Y", "are working
  // towards advancing X and ensuring Y": the -ing form after "and" is the
  // preposition's, as is one after a colon or a semicolon ("objectives:
  // promoting X, and investing in Y").
  for (size_t t = from; t < conj; ++t) {
    if (Char(t, ':') || Char(t, ';')) return true;
    if (t > from && (Classes(t) & kProgressive) && (Classes(t - 1) & (kLinking | kPreposition | kAgent))) return true;
  }
  return false;
}

bool CommitmentExtractor::Analysis::ShareModal(Clause& c, Clause& prev, size_t conj, const SentenceState& s) {
  // "will expand and deepen X": one trigger for two verbs sharing an object.
  if (conj == prev.trigger_end) {
    JoinTrigger(c, prev, s);
    return false;
  }
  // "will combine X and establish Y": its own object, so its own
  // commitment under the same modal, unless it may belong to an
  // infinitive inside the first action ("will join forces to expand
  // X and benefit Y").
  if (!prev.accepted) return false;  // "This investment will improve X and deliver Y"
  // "will contribute X for Y which will provide Z, and support W": the
  // relative clause's modal is the nearer one.
  for (size_t t = prev.trigger_end; t < conj; ++t) {
    if (Classes(t) & (kModal | kHedge)) return false;
  }
  // "will promote trade and use of hydrogen": a noun before "of".
  if (c.trigger_end < s.b && (Classes(c.trigger_end) & kOf)) return false;
  if (InfinitiveBefore(prev.trigger_end, conj)) return false;
  c.modal = true;
  c.status = "planned";
  if (!IsCommitment(c.type) && !(c.rule && c.rule->modal_keeps)) {
    c.type = Type::kIntend;
    c.rule = nullptr;
  }
  return true;
}

bool CommitmentExtractor::Analysis::SharesPresentSubject(const Clause& c, const Clause& prev, size_t conj,
                                                         const SentenceState& s) const {
  // "We welcome the report and commit to implement it", "We highlight X
  // and pledge to advance Y": a listed verb with its complement after a
  // present verb shares its subject; "the progress and work of the task
  // force", "a free and open Indo-Pacific" are nouns and adjectives,
  // "seeks to uphold X and strengthen Y" the infinitive's.
  return prev.bare_present && c.rule && c.trigger_end < s.b &&
         (Classes(c.trigger_end) & (kLinking | kDeterminer)) && !(Classes(c.trigger_end) & kOf) &&
         !InfinitiveBefore(prev.trigger_end, conj);
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
    // "will agree to a Climate Plan and set the ambition": a "to" before a
    // determiner, a name or a number is a preposition; "will seek to:
    // promote X; strengthen Y" leads in items, each the modal's.
    if ((Classes(t) & kInfinitive) &&
        !(t + 1 < conj && (Capitalized(t + 1) || (Classes(t + 1) & kDeterminer) || Char(t + 1, ':')))) {
      to = t;
      break;
    }
  }
  if (to == conj) return false;
  // "will seek to: promote X; strengthen Y and collaborate to lead Z;
  // enhance W": after an infinitive's colon, a semicolon ends each item.
  if ((Char(conj, ';') || Char(conj - 1, ';')) && InlineLeadBefore(conj)) return false;
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
