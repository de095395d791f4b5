// A sentence's clauses: each trigger candidate with its verb group, rule,
// coordination, subject and action becomes one Clause (accepted or not).
#include <algorithm>

#include "extract/commitments/analysis.h"
#include "normalize/normalize.h"

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
  // SPEC 8a: the title restated as the text's first line is no second commitment.
  s.heading = (s.segment && s.segment->kind == SegmentKind::kHeading) || (si == 0 && RestatesTitle(sentence.span));
  sentence_tokens_ = {s.a, s.b};
  sentence_matches_ = {matches_.cbegin() + first.match, matches_.cbegin() + last.match};
  sentence_marks_ = marks_.cbegin() + first.mark;
  FindCandidates(s, first, last);
  s.clause_floor = s.floor;
  const size_t clauses_before = clauses_.size();
  for (const Candidate& cand : candidates_) ReadCandidate(cand, s, background);
  UpdateLeadIn(s, clauses_before);
}

void CommitmentExtractor::Analysis::UpdateLeadIn(const SentenceState& s, size_t clauses_before) {
  // "The leaders decided on the following steps:" leads in the bare-verb
  // items after it ("Create a working group.", "Review progress."), and
  // "launched new initiatives, including:" the gerund items of its list
  // ("- Launching a fund"), across the list's headings ("Cooperating on
  // Technology:"), an item's later sentences and the sub-items nested under
  // an item ("  - In Kenya, we will ..."); "measures such as:" lists
  // examples of a noun. The first other entry ends the list.
  const bool colon = Char(s.b - 1, ':');
  if (lead_in_ < 0 && !colon) return;  // most sentences: no list open, none opened
  // A title-case line that ends no sentence ("Cooperating on Technology:").
  auto heading = [&] { return s.heading || (!Char(s.b - 1, '.') && TitleLine(s.floor, s.b)); };
  if (colon) {
    int lead = -1;
    for (size_t i = clauses_before; i < clauses_.size(); ++i) {
      if (clauses_[i].accepted) lead = static_cast<int>(i);
    }
    // "will establish a Working Group, which will:": the items are the group's.
    const bool relative_lead = clauses_.size() > clauses_before && clauses_.back().lead_only &&
                               !clauses_.back().accepted;
    if (lead >= 0 && (relative_lead || !x_.InfoOf(clauses_[lead].type).leads_items ||
                      ExampleLeadIn(s.b - 1, s.floor))) {
      lead = -1;
    }
    if (lead >= 0 || !heading()) {
      lead_in_ = lead;
      lead_item_ = nullptr;
    }
    return;
  }
  if (s.used_lead_in) {
    lead_item_ = s.segment;
    return;
  }
  const bool in_item = lead_item_ && s.segment == lead_item_;
  const bool sub_item = lead_item_ && s.segment && s.segment->kind == SegmentKind::kListItem &&
                        lead_item_->kind == SegmentKind::kListItem && Indent(*s.segment) > Indent(*lead_item_);
  if (!in_item && !sub_item && !heading()) {
    lead_in_ = -1;
    lead_item_ = nullptr;
  }
}

size_t CommitmentExtractor::Analysis::Indent(const Segment& segment) const {
  size_t line = segment.span.begin;
  while (line > 0 && doc_.text[line - 1] != '\n') --line;
  size_t n = 0;
  while (line + n < segment.span.begin && (doc_.text[line + n] == ' ' || doc_.text[line + n] == '\t')) ++n;
  return n;
}

bool CommitmentExtractor::Analysis::TitleLine(size_t b, size_t e) const {
  constexpr uint64_t kTitleWords = kAnd | kArticle | kOf | kLinking | kPreposition | kInfinitive | kNameWord;
  int words = 0;
  for (size_t t = b; t < e; ++t) {
    if (!IsWord(t)) continue;
    if (!Capitalized(t) && !(Classes(t) & kTitleWords)) return false;
    ++words;
  }
  return words >= 2;
}

bool CommitmentExtractor::Analysis::ExampleLeadIn(size_t colon, size_t floor) const {
  if (colon <= floor) return false;
  uint64_t cls = 0;
  if ((Classes(colon - 1) & kExampleLead) || PhraseEndingAt(colon, floor, kExampleLead, &cls) != SIZE_MAX) return true;
  // A noun naming subject matter heads the lead-in's last phrase, before a
  // trailing "including" and the complement of its "of" ("the following
  // areas of cooperation, including:"): the items name topics.
  size_t end = colon;
  if (end > floor + 1 && (Classes(end - 1) & kKeepClause)) --end;
  if (end > floor + 1 && Comma(end - 1)) --end;
  size_t head = end - 1;
  for (size_t k = end - 1; k > floor && k + 4 > end; --k) {
    if (Classes(k) & kOf) {
      head = k - 1;
      break;
    }
  }
  return head >= floor && IsWord(head) && (Classes(head) & kExampleLead);
}

bool CommitmentExtractor::Analysis::GerundItem(const SentenceState& s) const {
  if (lead_in_ < 0 || !s.segment || s.segment->kind != SegmentKind::kListItem || s.floor >= s.b) return false;
  // The item's first sentence, opening with a capitalized word, no label
  // ("- Launch X: Building on Y, the group will meet" is none).
  if (doc_.tokens[s.a].span.begin != s.segment->span.begin || s.floor != s.a || !Capitalized(s.floor)) return false;
  if (TitleLine(s.floor, s.b)) return false;
  // "- Strengthening supply chains is our priority": the subject of a verb
  // group before any comma, relative pronoun or "to".
  size_t comma = s.floor;
  for (; comma < s.b && !Comma(comma); ++comma) {
    if (Classes(comma) & (kRelativePronoun | kRelative | kInfinitive)) break;
    if (Classes(comma) & (kModal | kHedge | kHave | kBe)) return false;
  }
  // "- Beginning in 2023, Australian personnel will embed ...": a fronted
  // adverbial, when names and a verb group of their own follow its comma.
  while (comma < s.b && !Comma(comma)) ++comma;
  for (size_t t = comma + 1; t < s.b && !Comma(t); ++t) {
    if (Classes(t) & (kModal | kHedge | kHave | kBe)) return !HasActorIn(comma + 1, t) && !SubjectBefore(comma + 1, t);
  }
  return true;
}

std::string_view CommitmentExtractor::Analysis::ItemStatus(Type type) const {
  const std::string_view lead = clauses_[lead_in_].status;
  if (lead == "done" && !x_.InfoOf(type).completed) return "ongoing";
  return lead;
}

bool CommitmentExtractor::Analysis::RestatesTitle(const Span& sentence) const {
  if (doc_.title.empty()) return false;
  auto trim = [](std::string_view text) {
    while (!text.empty() && (text.back() == '.' || text.back() == ' ' || text.back() == '\n')) {
      text.remove_suffix(1);
    }
    return text;
  };
  const std::string_view text = trim(doc_.View(sentence));
  if (text.size() + 16 < doc_.title.size() || text.size() > doc_.title.size() + 16) return false;
  Document normalized;  // the title normalized like the text ("Leaders’" -> "Leaders'")
  normalize::Normalize(doc_.title, Format::kText, normalized);
  return trim(normalized.text) == text;
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
  c.aside = Char(s.a, '(');
  c.modal = modal;
  c.event_subject = x_.InfoOf(c.type).event_subject || (c.rule && c.rule->event_subject);
  c.party_modal = group.bits & kPartyModal;
  c.lead_only = cand.lead_only;

  // "we must continue", "we must strengthen": "must" undertakes only with a
  // verb of the `verb` class; "Japan must face the reality", "We must
  // remember the victims" state a need (the clause stays, for the clauses
  // after it, but gives no commitment).
  c.need = c.party_modal && !(Classes(cand.m0) & kVerb);
  c.bare_past = r.form == kPast && group.bits == 0;
  c.bare_present = (r.form == kBase || r.form == kThird) && group.bits == 0;
  // "Food prices will be driven up by Russia's war": an agent's passive is
  // an undertaking only of a party of the statement.
  c.party_only = cand.progressive || r.progressive || c.party_modal || cand.passive_by;
  // "Russia continues its assault": a bare present of a record with a
  // `present` status tells what goes on, an undertaking only where a party
  // of the statement does it ("we continue to promote", SPEC 8a).
  c.party_present = c.bare_present && c.rule && !c.rule->present.empty();
  c.negated = group.bits & kNegation;
  c.hedged = group.bits & kHedge;
  // "will be launching" is planned: the modal decides, as for "will launch".
  c.in_progress = r.form == kIng && (group.bits & kBe) && !modal;
  if (c.in_progress || (r.form == kPast && (group.bits & kHave) && c.rule && c.rule->perfect == "ongoing")) {
    c.status = "ongoing";
  } else if ((r.form == kBase || r.form == kThird) && group.bits == 0 && c.rule && !c.rule->present.empty()) {
    c.status = c.rule->present;
  } else if (x_.InfoOf(c.type).planned || modal || r.form == kBase || r.form == kThird) {
    c.status = "planned";
  } else {
    c.status = "done";
  }
  return c;
}

void CommitmentExtractor::Analysis::ContinueJoinsTrigger(Clause& c, size_t end) {
  // "hopes to continue their coordination", "expressed his intention to
  // continue to work": a `wrapper` word right after an intend trigger's
  // "to" joins the trigger (SPEC 8a: the trigger holds "continue"); the
  // action starts after it.
  const size_t w = c.action_begin;
  if (c.type != Type::kIntend || w <= c.trigger_end || w >= end || !(Classes(w) & kWrapper)) return;
  c.trigger_end = static_cast<uint32_t>(w + 1);
  c.trigger.end = doc_.tokens[w].span.end;
  FindAction(c, end);
}

size_t CommitmentExtractor::Analysis::ReportedClause(size_t t, size_t end) const {
  if (t >= end) return 0;
  if (Classes(t) & kRelativePronoun) return t + 1;
  if (ZeroThat(t, end)) return t;  // "confirmed Japan and Australia would work"
  // "told the President that", "notified several agencies that": an addressee first.
  constexpr size_t kMaxAddressee = 8;
  for (size_t u = t; u < end && u <= t + kMaxAddressee; ++u) {
    if (Comma(u) || (Classes(u) & (kAnd | kModal))) return 0;
    if (Classes(u) & kRelativePronoun) return u + 1;
  }
  return 0;
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
  if (s.heading || (s.segment && s.segment->background)) {
    if (IsCommitment(c.type)) {
      c.reason = s.heading ? Reason::kHeading : Reason::kBackground;
      if (background) background->push_back(TraceOf(c, -1));
    }
    return;
  }
  size_t subject_from = s.clause_floor;
  after_report_ = s.clause_floor != s.floor;
  if (!Coordinate(c, group, r, s, &subject_from)) return;
  ReadSubject(c, cand, r, subject_from, s);
  if (c.reason == Reason::kNoSubjectBeforeVerb && lead_in_ >= 0 && c.group_begin == s.floor &&
      group.bits == 0 && (r.form == kBase || r.item)) {
    // A bare-verb item under a lead-in ("Create a working group."), or a
    // gerund one ("- Launching a fund"): the lead-in's parties.
    c.subject = SubjectKind::kInherit;
    c.inherit_from = lead_in_;
    c.reason = Reason::kNone;
    s.used_lead_in = true;
  }
  if (r.item && c.subject == SubjectKind::kInherit) c.status = ItemStatus(c.type);
  s.report = -1;
  FindAction(c, s.b);
  ContinueJoinsTrigger(c, s.b);
  if (c.type == Type::kReport) {
    // "announced that X will Y": X's own clause follows.
    c.reason = Reason::kReported;
    if (const size_t from = ReportedClause(c.trigger_end, s.b); from != 0) s.clause_floor = from;
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
  } else if (c.need) {
    c.reason = Reason::kNeed;
  } else {
    c.accepted = true;
    c.reason = Reason::kNone;
  }
  for (size_t a : Partners(c, s.b)) {
    if (std::find(c.with_actors.begin(), c.with_actors.end(), a) == c.with_actors.end()) {
      c.with_actors.push_back(a);
    }
  }
  // A relative clause ("As host of the summit, France ...") holds no later verb.
  const bool relative = c.reason == Reason::kRelativeClause;
  clauses_.push_back(std::move(c));
  if (!relative) s.open = static_cast<int>(clauses_.size()) - 1;
}

}  // namespace communique
