// The subject before a verb group, and the actors a span of tokens names.
#include <algorithm>

#include "core/english.h"
#include "extract/commitments/analysis.h"

namespace communique {

std::vector<size_t> CommitmentExtractor::Analysis::ActorsIn(size_t begin, size_t end,
                                                            bool parties) const {
  // Each actor once, as its first mention in the range reads.
  struct Found {
    size_t actor;
    bool principal;  // not a possessive ("Singapore's National Research Foundation")
    bool titled;     // the institution in a title ("Secretary of the X"), with `parties`
    bool place;      // "in Sweden", "in Lulea, Sweden", with `parties`
  };
  std::vector<Found> found;
  std::vector<size_t> out;
  if (begin >= end) return out;
  uint32_t from = doc_.tokens[begin].span.begin, to = doc_.tokens[end - 1].span.end;
  // The mentions come by start, so their first tokens are found walking
  // forward through [begin, end) (a mention's tokens lie inside it).
  size_t first = begin;
  for (auto it = FirstMentionAtOrAfter(from); it != mentions_.end() && it->span.begin < to; ++it) {
    if (it->span.end > to) continue;
    size_t actor = it->actor;
    if (std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.actor == actor; })) {
      continue;
    }
    while (first < doc_.tokens.size() && doc_.tokens[first].span.begin < it->span.begin) ++first;
    size_t t = first;
    while (t < end && doc_.tokens[t].span.begin < it->span.end) ++t;
    bool possessive = t + 1 < end && Char(t, '\'') && (Classes(t + 1) & kPossessive);
    bool titled = false, place = false;
    if (parties) {
      size_t k = first;
      if (k > begin && (Classes(k - 1) & kArticle)) --k;
      titled = k > begin && (Classes(k - 1) & kOf);
      // A city and a comma before the country ("in Lulea, Sweden").
      size_t p = k;
      if (p > begin + 1 && Comma(p - 1) && Capitalized(p - 2)) {
        for (--p; p > begin && Capitalized(p - 1);) --p;
      }
      place = !person_[actor] && p > begin && (Classes(p - 1) & kPlace);
    }
    found.push_back({actor, !possessive, titled, place});
  }
  // Where the statement was made is no party of it.
  std::erase_if(found, [](const Found& f) { return f.place; });
  for (const Found& f : found) {
    if (person_[f.actor]) out.push_back(f.actor);
  }
  if (!out.empty() && parties) {
    // "The European Council was joined by President Biden of the United States":
    // the Council and Biden.
    for (const Found& f : found) {
      if (!f.principal || person_[f.actor] || f.titled) continue;
      bool affiliation = std::any_of(out.begin(), out.end(), [&](size_t p) {
        return doc_.actors[p].affiliation == doc_.actors[f.actor].id;
      });
      if (!affiliation) out.push_back(f.actor);
    }
    return out;
  }
  // Persons stay persons (SPEC 7): the demonym in "Japanese Minister X" is not a party.
  if (!out.empty()) return out;
  for (const Found& f : found) {
    if (f.principal) out.push_back(f.actor);
  }
  if (!out.empty()) return out;
  for (const Found& f : found) out.push_back(f.actor);
  return out;
}

// The actor stage never sees the title, so the title's actors are the
// document's actors whose name or a mention text occurs in it as whole words;
// parties as in ActorsIn: persons, plus the other actors that are neither a
// listed person's affiliation nor the institution in a title ("Secretary

bool CommitmentExtractor::Analysis::NounBefore(size_t g, size_t floor) const {
  size_t p = g;
  // "the two co-hosts": a prefix joined by a hyphen is part of the word, and
  // the word before the compound decides.
  if (p >= floor + 2 && Char(p - 1, '-') && Joined(p - 2) && Joined(p - 1) && IsWord(p - 2)) p -= 2;
  while (p > floor && (Classes(p - 1) & kAdverb)) --p;
  if (p == floor) return true;  // nothing before: an imperative or a heading
  size_t q = p - 1;
  // "In support of": a base form after a preposition is a noun, capitalized or not.
  if (Classes(q) & (kLinking | kPreposition)) return false;
  // "Our work on", "Its work is": a possessive determiner opens a noun
  // phrase, capitalized or not.
  if (Classes(q) & kDeterminer) return false;
  if (Capitalized(q) || !IsWord(q)) return true;
  // A plural noun ("the partners", "both countries"), not an adjective ("courageous").
  std::string_view w = Text(q);
  if (LooksPlural(w)) return true;
  return w.size() <= 4 && IsPronoun(q);  // "they", "we", "he", "she", "it"
}

void CommitmentExtractor::Analysis::SplitPieces(Clause& c, size_t begin, size_t end) {
  // The pieces of the text before the verb group between commas and spaced
  // dashes, quotes and dashes around them dropped.
  std::vector<std::pair<size_t, size_t>>& pieces = pieces_;
  pieces.clear();
  auto push = [&](size_t b, size_t e) {
    while (b < e && !IsWord(b)) ++b;
    while (e > b && !IsWord(e - 1) && !Char(e - 1, ')') && !Char(e - 1, '.')) --e;
    if (b < e) pieces.emplace_back(b, e);
  };
  size_t start = begin;
  for (auto mark = MarksFrom(begin); mark != marks_.end() && *mark < end; ++mark) {
    if (Comma(*mark) && InMention(*mark)) continue;  // "Joseph R. Biden, Jr."
    push(start, *mark);
    start = *mark + 1;
    // What an inner sentence said before is no part of this subject.
    if (IsStop(*mark)) pieces.clear();
  }
  push(start, end);
  auto is_filler = [&](size_t b, size_t e) {
    // "today", "also", "On 13 May": adverbials between subject and verb.
    for (size_t t = b; t < e; ++t) {
      if (!(Classes(t) & (kInDate | kAdverb | kLinking))) return false;
    }
    return true;
  };
  while (!pieces.empty() && is_filler(pieces.back().first, pieces.back().second)) pieces.pop_back();
  // "Mr. X, Minister of Y, prior to attending Z, held": an aside between the
  // subject and its verb.
  // "..., as we continue to": a pronoun after the aside word is its verb's
  // subject ("as like-minded partners" stays an aside).
  auto as_pronoun = [&](size_t b, size_t e) { return e == b + 2 && IsPronoun(b + 1); };
  // "Together with our G7 partners, the United States is resolved to": a
  // fronted aside whose link names partners joins them as one after the
  // subject does ("With support from the EU, ..." is no partner's).
  for (size_t p = 0; p + 1 < pieces.size(); ++p) {
    const auto [fb, fe] = pieces[p];
    if (fb + 2 < fe && (Classes(fb) & kAside) && (Classes(fb + 1) & kPartnerLink)) {
      for (size_t a : ActorsIn(fb + 2, fe)) {
        c.with_actors.push_back(a);
        c.aside_partners.push_back(a);
      }
    }
  }
  while (pieces.size() > 1 && !Capitalized(pieces.back().first) &&
         (Classes(pieces.back().first) & kAside) && !as_pronoun(pieces.back().first, pieces.back().second)) {
    // "X, together with Y, announced", "A and B, as well as C, agreed": the
    // parties after the link join.
    const auto [ab, ae] = pieces.back();
    for (size_t t = ab; t < ae; ++t) {
      if (!(Classes(t) & kPartnerLink) && !PhraseAt(t, ae, kPartnerLink)) continue;
      for (size_t a : ActorsIn(t + 1, ae)) {
        c.with_actors.push_back(a);
        c.aside_partners.push_back(a);
      }
      // "together with the Foreign Minister": the title's holder.
      if (const size_t holder = TitleHolderAt(t + 1, ae); holder != SIZE_MAX && c.with_actors.empty()) {
        c.with_actors.push_back(holder);
      }
      break;
    }
    pieces.pop_back();
  }
  // "The United States and the European Union, home to 780 million people
  // who ..., will advance", "Japan and India, both members of the Quad,
  // will": a phrase opening with a lowercase word after a list of names is
  // an apposition to them, not the subject; so is a relative clause between
  // commas ("Prime Minister X, who chaired the meeting, pledged"). It is
  // closed by a comma or a dash before the verb ("Canada - a close partner
  // of the EU - will"): "AUKUS – a new security partnership that will
  // promote" runs into its verb, a relative clause.
  size_t closed = end;
  while (closed > begin && (Classes(closed - 1) & kAdverb)) --closed;
  if (pieces.size() > 1 && closed > begin && (Comma(closed - 1) || SpacedDash(closed - 1)) &&
      pieces.back().second < closed &&
      (Apposition(pieces.back().first, pieces.back().second) ||
       (Classes(pieces.back().first) & kRelativePronoun)) &&
      NameListSubject(pieces[pieces.size() - 2].first, pieces[pieces.size() - 2].second)) {
    pieces.pop_back();
  }
}

bool CommitmentExtractor::Analysis::OwnRelativeSubject(const Clause& c, size_t b, size_t e) const {
  // A listed trigger with names of its own after the relative pronoun is
  // their undertaking ("the summit that the UK is hosting", "the agreement
  // that Japan and India signed"); "will" + an unlisted verb there is a
  // description ("challenges that Japan and the United States will face").
  return c.rule && IsCommitment(c.type) && SubjectBefore(b, e);
}

bool CommitmentExtractor::Analysis::Apposition(size_t b, size_t e) const {
  if (!IsWord(b) || Capitalized(b) || IsPronoun(b)) return false;
  if (Classes(b) & (kAnd | kOr | kBut | kRelative | kLinking | kPreposition | kAside | kWePossessive)) return false;
  // A lowercase word of its own ("home", "host", "members"), outside the
  // mentions: the names of a list ("Japan, the United States and India",
  // "the Organisation for Economic Co-operation and Development") are no
  // apposition.
  bool own_word = false;
  for (size_t t = b; t < e && !own_word; ++t) {
    own_word = IsWord(t) && !Capitalized(t) && !(Classes(t) & kNameWord) && !InMention(t);
  }
  return own_word && !Covers(kPluralRef, b, e) && !PluralHeadSubject(b, e);
}

bool CommitmentExtractor::Analysis::NameListSubject(size_t b, size_t e) const {
  if (Classes(b) & (kLinking | kPreposition | kAside)) return false;  // "In Japan, ..."
  return NameListEnd(b, e, /*stop_at_comma=*/true) == e && HasActorIn(b, e);
}

void CommitmentExtractor::Analysis::ResolveSubject(Clause& c, size_t begin, size_t end) {
  SplitPieces(c, begin, end);
  const std::vector<std::pair<size_t, size_t>>& pieces = pieces_;
  if (pieces.empty()) {
    c.subject = SubjectKind::kNone;
    c.reason = Reason::kNoSubjectBeforeVerb;
    return;
  }
  auto [b, e] = pieces.back();
  // "They also pledged"; but "and both agreed": "both" is the subject.
  while (e > b + 1 && (Classes(e - 1) & kAdverb) &&
         !((Classes(e - 1) & kPluralDeterminer) && e == b + 2 && (Classes(b) & kAnd))) {
    --e;
  }
  if (e > b + 2 && IsPronoun(e - 1) && (Classes(e - 2) & (kAnd | kBut))) {
    // "X is important and he hopes to": the pronoun is the subject.
    b = e - 1;
  }
  // (", and stands ready to": the piece may be the "and" alone.)
  if ((Classes(e - 1) & kAnd) && (e > b + 1 || pieces.size() > 1) &&
      LeadSubject(c, pieces.front().first, e - 1)) {
    // "We are united in recognizing that ... and will work to": the verb
    // shares the subject that opens the sentence.
    return;
  }
  if (e > b + 1 && (Classes(e - 1) & kRelativePronoun)) {
    // "the Summit which took place in February": the verb is the relative
    // clause's, even after a name.
    c.reason = Reason::kRelativeClause;
    c.reason_text = doc_.tokens[e - 1].span;
    return;
  }
  for (size_t t = b + 1; t < e; ++t) {
    // "challenges that Japan and the United States will face": a relative clause.
    if ((Classes(t) & kRelativePronoun) && IsWord(t - 1) && !Capitalized(t - 1) &&
        !(Classes(t - 1) & (kLinking | kAdverb | kAnd | kOr | kBut))) {
      if (OwnRelativeSubject(c, t + 1, e)) {
        b = t + 1;  // "the COP26 summit that the UK is hosting": the UK's meeting
        break;
      }
      c.reason = Reason::kRelativeClause;
      c.reason_text = doc_.tokens[t].span;
      return;
    }
  }
  bool seen_and = false;
  if (Classes(b) & (kAnd | kBut | kOr)) {
    seen_and = true;
    ++b;
  } else if (const size_t opener_end = OpenerEnd(b, e); opener_end != 0) {
    b = opener_end;  // "..., while the EU will host": the clause's own subject
  } else if ((Classes(b) & kSubordinator) && b + 1 < e) {
    ++b;  // "When we announced the AUKUS partnership in 2021": the clause's own subject
  }
  if (b >= e) {
    c.reason = Reason::kNoSubjectBeforeVerb;
    return;
  }
  if (after_report_ && (Classes(b) & kRelativePronoun) && b + 1 < e) {
    ++b;  // "stated that X, and that Italy intended to": the report's next clause
  } else if ((Classes(b) & (kRelativePronoun | kRelative)) && OwnRelativeSubject(c, b + 1, e)) {
    // "the framework, which they will launch next year": theirs, as without
    // the comma; "the summit, where they launched the fund": theirs too.
    ++b;
  } else if ((Classes(b) & kRelativePronoun) && b + 3 < e && (Classes(b + 1) & kBe) && (Classes(b + 2) & kQuestion) &&
             SubjectBefore(b + 3, e)) {
    b += 3;  // "..., which is why we commit to": a clause of its own after "why"
  } else if (Classes(b) & kRelative) {
    c.reason = Reason::kRelativeClause;
    c.reason_text = doc_.tokens[b].span;
    return;
  }
  if ((Classes(b) & (kLinking | kPreposition)) && !HasActorIn(b, e)) {
    // "In this context both sides remain committed": a fronted phrase with
    // no comma before a plural reference.
    for (size_t k = b + 2; k < e; ++k) {
      if (Covers(kPluralRef, k, e)) {
        b = k;
        break;
      }
    }
  }
  c.event = TokenSpan(b, e);
  if (!c.event_subject && (ThingWithNames(b, e) || PossessiveThing(b, e))) {
    // "a trade deal between Japan and Canada would create jobs": a thing.
    c.reason = Reason::kNotActor;
    c.reason_text = c.event;
    return;
  }
  if (ReferenceSubject(c, b, e)) {
    if (c.subject == SubjectKind::kPlural) GroupAtSummit(c);
    return;
  }
  if (GroupMembers(c, b, e)) return;
  ListSubject(c, b, e, seen_and);
}

bool CommitmentExtractor::Analysis::CommonCapital(size_t t) const {
  if (doc_.tokens[t].kind != Token::Kind::kWord || MentionOver(t, /*starting_at_t=*/true) != nullptr) {
    return false;
  }
  // Only list marks may stand before it in its sentence ("-", "*"): after a
  // comma a capital is a name's or a title's ("..., Minister for X of Japan").
  for (size_t k = SentenceBegin(t); k < t; ++k) {
    if (IsWord(k) || Comma(k) || Char(k, ';') || Char(k, ':')) return false;
  }
  return true;
}

bool CommitmentExtractor::Analysis::ThingWithNames(size_t b, size_t e) const {
  // "a launch of a missile by North Korea", "the partnership with India":
  // a determiner, lowercase words headed by no word of the parties ("the
  // leaders of Japan and Australia", "the government of the DPRK" are
  // theirs), then a preposition and names. "Implementation of the AUKUS
  // partnership", "Key terms of the agreement between A and B": the same
  // without a determiner, the first word capitalized by position alone,
  // then "of" and no person ("Secretary of Energy X" is a title, "Noting
  // the importance of", "Drawn from" open participle phrases).
  if (b + 2 >= e) return false;
  const bool common = !(Classes(b) & kDeterminer) && CommonHead(b, e);
  if (!(Classes(b) & kDeterminer) && !common) return false;
  constexpr uint64_t kNoNoun = kBe | kHave | kModal | kHedge | kAnd | kOr | kRelative;
  size_t t = b + 1;
  while (t < e && t < b + 5 && IsWord(t) && !Capitalized(t) && !InMention(t) && ActorAt(t) == SIZE_MAX &&
         !(Classes(t) & (kOf | kLinking | kPreposition | kAgent)) && !(common && (Classes(t) & kNoNoun))) {
    ++t;
  }
  if (common && (t >= e || !(Classes(t) & kOf))) return false;
  if (common) {
    for (size_t a : ActorsIn(t, e)) {
      if (person_[a]) return false;
    }
  }
  return (t > b + 1 || common) && t < e && (Classes(t) & (kOf | kLinking | kPreposition | kAgent)) &&
         !(Classes(t - 1) & kPartyHead) && HasActorIn(t, e);
}

bool CommitmentExtractor::Analysis::CommonHead(size_t b, size_t e) const {
  if (!Capitalized(b) || !CommonCapital(b) || !IsWord(b + 1) || Capitalized(b + 1)) return false;
  return !LooksIngForm(Text(b)) && !(Classes(b) & kPartyHead) && TitleEnd(b, e) == 0;
}

bool CommitmentExtractor::Analysis::PossessiveThing(size_t b, size_t e) const {
  // "Russia's GDP will contract", "Today's E.O. will ensure", "X's health
  // professionals are prepared to": what the possessive heads names no
  // party; "Japan's leaders", "Japan's Prime Minister", "Japan's Coast
  // Guard" (a name the actor stage does not know) and a mention are parties.
  size_t head = e;
  for (size_t k = e; k-- > b + 1;) {
    if (Char(k, '\'') && k + 1 < e && (Classes(k + 1) & kPossessive)) {
      head = k + 2;
      break;
    }
  }
  if (head >= e || HasActorIn(head, e)) return false;
  size_t names = 0;
  for (size_t t = head; t < e; ++t) {
    // "the Quad's respective heads of agencies": a plural may name persons.
    if ((Classes(t) & kPartyHead) || TitleEnd(t, e) != 0) return false;
    if (IsWord(t) && !Capitalized(t) && LooksPlural(Text(t))) return false;
    names += Capitalized(t) && Text(t).size() >= 3;
  }
  return names < 2;
}

bool CommitmentExtractor::Analysis::ReferenceSubject(Clause& c, size_t b, size_t e) {
  if (size_t named = NamedRef(b, e); named != SIZE_MAX) {
    c.actors = {named};
    c.subject = SubjectKind::kExplicit;
    return true;
  }
  size_t det = (Classes(b) & kArticle) && b + 1 < e ? b + 1 : b;
  if (Covers(kPluralRef, b, e) ||
      (e - det <= 2 && (Classes(det) & kPluralDeterminer) && !HasActorIn(b, e)) ||
      PluralHeadSubject(b, e)) {
    c.subject = SubjectKind::kPlural;
    c.states = Classes(e - 1) & kStateHead;  // "the two countries"
    c.persons = Classes(e - 1) & kPersonHead;  // "the Foreign Ministers"
    return true;
  }
  if (Covers(kWeRef, b, e) || AdverbialWe(b, e) ||
      ((Classes(b) & kWePossessive) && !HasActorIn(b, e) && ((Classes(e - 1) & kPartyHead) || IsPronoun(e - 1)))) {
    // "We", and "Our countries", "our Foreign Ministers": the signatories
    // (a plural of persons or parties; "our partnership", "Our exchange
    // programs", "Our work under the Dialogue" are things);
    // "our two countries" of signing leaders are their countries.
    c.subject = SubjectKind::kWe;
    c.states = (Classes(b) & kWePossessive) && (Classes(e - 1) & kStateHead);
    return true;
  }
  if (e > b + 1 && (Classes(b) & kArticle) && TitleEnd(b + 1, e) == e) {
    // "The President", "The Prime Minister", "the minister": the publisher's
    // own official, else the one person with that role (TitleHolder).
    const size_t holder = TitleHolder(b + 1, e);
    c.subject = holder == SIZE_MAX ? SubjectKind::kUnknown : SubjectKind::kExplicit;
    if (holder != SIZE_MAX) c.actors = {holder};
    c.title_subject = true;
    return true;
  }
  if (e == b + 1 && (Classes(b) & (kPersonPronoun | kThingPronoun))) {
    c.subject = (Classes(b) & kPersonPronoun) ? SubjectKind::kPersonPronoun : SubjectKind::kPronoun;
    return true;
  }
  return false;
}

bool CommitmentExtractor::Analysis::NameLike(size_t b, size_t e) const {
  for (size_t t = b; t < e; ++t) {
    if (!(Capitalized(t) || !IsWord(t) || (Classes(t) & kNameWord))) {
      return false;
    }
  }
  return true;
}

void CommitmentExtractor::Analysis::ListSubject(Clause& c, size_t b, size_t e, bool seen_and) {
  const std::vector<std::pair<size_t, size_t>>& pieces = pieces_;
  for (size_t t = b; t < e && !seen_and; ++t) seen_and = Classes(t) & kAnd;
  // "A, B, and C agreed", "X, Minister of ..., and Y, Commissioner for ..., held":
  // earlier pieces of the same list join the subject.
  size_t subject_begin = b;
  size_t chain_begin = b;
  bool has_we = false;
  for (size_t p = pieces.size() - 1; p-- > 0;) {
    auto [pb, pe] = pieces[p];
    if (Classes(pb) & kRelative) break;
    // "Ahead of the G7 Summit, Japan and Canada agreed": a fronted phrase,
    // no item of the list ("A, together with B, and C, will sign" is one).
    const bool partner = (Classes(pb) & kPartnerLink) || (pb + 1 < pe && (Classes(pb + 1) & kPartnerLink));
    if ((Classes(pb) & (kAside | kLinking | kPreposition)) && !partner) break;
    bool we = Covers(kWeRef, pb, pe);
    if (!we && !HasActorIn(pb, pe) && !NameLike(pb, pe)) break;
    if (Classes(pb) & kAnd) {
      if (seen_and) break;
      seen_and = true;
    }
    has_we = has_we || we;
    chain_begin = pb;
  }
  if (seen_and) subject_begin = chain_begin;
  c.actors = ActorsIn(subject_begin, e);
  if (seen_and) AddTitleHolders(c, subject_begin, e);
  if (seen_and && !c.actors.empty() && person_[c.actors[0]]) AddGroupConjuncts(c, subject_begin, e);
  if (!seen_and && pieces.size() >= 2 && (c.actors.empty() || !person_[c.actors[0]]) && NameLike(b, e)) {
    // "Mr. KISHIDA Fumio, Prime Minister of Japan, held": a title in
    // apposition to the person before it; the person is the subject.
    const auto [pb, pe] = pieces[pieces.size() - 2];
    std::vector<size_t> named = ActorsIn(pb, pe);
    if (!named.empty() && person_[named[0]]) c.actors = std::move(named);
  }
  c.we_apposition = has_we && seen_and && !c.actors.empty();
  if (!c.actors.empty()) {
    c.subject = SubjectKind::kExplicit;
    return;
  }
  if ((Classes(b) & kNotActor) || PhraseAt(b, e, kNotActor)) {
    c.reason = Reason::kNotActor;
    c.reason_text = c.event;
    c.subject = SubjectKind::kNone;
    if (c.event_subject) EventSubject(c, b, e);
    return;
  }
  if (c.event_subject) {
    EventSubject(c, b, e);
  } else if (NameLike(b, e) && (Classes(e - 1) & kThingHead)) {
    // "the Corridor will enhance ...": a prediction about a thing.
    c.reason = Reason::kNotActor;
    c.reason_text = c.event;
  } else if (doc_.actors.empty() || NameLike(b, e)) {
    // A title the actor stage did not resolve ("The Secretary-General and the
    // Chairperson"), or no actor stage at all: keep the clause, actors unknown.
    c.subject = SubjectKind::kUnknown;
  } else {
    c.reason = Reason::kNoActorInSubject;
    c.reason_text = c.event;
  }
}

bool CommitmentExtractor::Analysis::EventOfRule(const Clause& c, size_t b, size_t e) const {
  if (!c.rule || c.rule->event_head.empty()) return true;
  // The head is the word before "of" ("the first meeting of the Dialogue"),
  // else the last word.
  size_t head = e - 1;
  for (size_t k = b + 1; k < e; ++k) {
    if (Classes(k) & kOf) {
      head = k - 1;
      break;
    }
  }
  const CompiledRule& compiled = x_.compiled_[c.rule - x_.rules_.data()];
  return NextMatches(c.rule->event_head, compiled.event_head, head, head + 1);
}

void CommitmentExtractor::Analysis::EventSubject(Clause& c, size_t b, size_t e) const {
  if (EventOfRule(c, b, e)) {
    c.subject = SubjectKind::kEvent;
  } else {
    c.subject = SubjectKind::kNone;
    c.reason = Reason::kNotEvent;
    c.reason_text = c.event;
  }
}

void CommitmentExtractor::Analysis::AddGroupConjuncts(Clause& c, size_t b, size_t e) {
  // Persons stay persons inside their own conjunct ("Japanese Minister X"
  // names no JP party); a conjunct naming no person and headed by a plural
  // ("President Biden and G7 leaders", "Minister Hayashi and the ambassadors
  // of EU Member States", "ASEAN Digital Ministers and Minister Murakami") is
  // a party of its own, where it is no listed person's affiliation. Its head
  // is the word before "of", else its last word; an apposition ("Minister
  // of Y", "the Prime Minister of Japan") has a singular one.
  size_t from = b;
  for (size_t t = b; t <= e; ++t) {
    if (t < e && !((Classes(t) & kAnd) || Comma(t))) continue;
    if (t < e && InMention(t)) continue;  // "Joseph R. Biden, Jr."
    const size_t cb = from, ce = t;
    from = t + 1;
    if (cb >= ce) continue;
    size_t head = ce - 1;
    for (size_t k = cb + 1; k < ce; ++k) {
      if (Classes(k) & kOf) {
        head = k - 1;
        break;
      }
    }
    if (!IsWord(head) || !LooksPlural(Text(head))) continue;
    const std::vector<size_t> named = ActorsIn(cb, ce);
    if (named.empty() || person_[named[0]]) continue;
    for (size_t a : named) {
      const bool affiliation = std::any_of(c.actors.begin(), c.actors.end(), [&](size_t p) {
        return p < doc_.actors.size() && a < doc_.actors.size() && person_[p] &&
               doc_.actors[p].affiliation == doc_.actors[a].id;
      });
      if (!affiliation && std::find(c.actors.begin(), c.actors.end(), a) == c.actors.end()) c.actors.push_back(a);
    }
  }
}

bool CommitmentExtractor::Analysis::LeadSubject(Clause& c, size_t begin, size_t end) {
  // "Together, Quad leaders are taking X, and will work": adverbs and
  // commas before the subject that opens the sentence.
  size_t b = begin;
  while (b < end && (!IsWord(b) || ((Classes(b) & kAdverb) && !(Classes(b) & kPluralDeterminer)))) ++b;
  if (b < end && (Classes(b) & (kPersonPronoun | kThingPronoun))) {
    // "he attaches great importance to X and hopes to": the pronoun's referent.
    c.subject = (Classes(b) & kPersonPronoun) ? SubjectKind::kPersonPronoun : SubjectKind::kPronoun;
    return true;
  }
  for (size_t len = 1; len <= 3 && b + len <= end; ++len) {
    if (Covers(kWeRef, b, b + len)) {
      c.subject = SubjectKind::kWe;
      return true;
    }
    if (Covers(kPluralRef, b, b + len)) {
      c.subject = SubjectKind::kPlural;
      return true;
    }
  }
  if ((Classes(b) & kArticle) && b + 1 < end) {
    // "The minister briefed the Council and held a meeting": a title that
    // opens the sentence, its holder (TitleHolder), not "The President of
    // the European Commission".
    const size_t title_end = TitleEnd(b + 1, end);
    if (title_end != 0 && title_end < end && IsWord(title_end) && !Capitalized(title_end) &&
        !(Classes(title_end) & kOf)) {
      if (const size_t holder = TitleHolder(b + 1, title_end); holder != SIZE_MAX) {
        c.actors = {holder};
        c.subject = SubjectKind::kExplicit;
        c.title_subject = true;
        c.event = TokenSpan(b, title_end);
        return true;
      }
    }
  }
  // A leading name ("The United States and France are ... and will").
  size_t t = b;
  while (t < end && (Capitalized(t) || (Classes(t) & kNameWord) ||
                     Char(t, '.') || Char(t, '-') || Char(t, '\''))) {
    ++t;
  }
  if (t == b || t >= end) return false;
  // The name opens the run, after an article or a title at most ("The
  // United States", "Minister Koichiro Gemba"), not a phrase before it
  // ("Discussing the UK's accession").
  const auto first = FirstMentionAtOrAfter(doc_.tokens[b].span.begin);
  if (first == mentions_.end()) return false;
  for (size_t k = (Classes(b) & kArticle) ? b + 1 : b; doc_.tokens[k].span.begin < first->span.begin; ++k) {
    if (k >= t || !Capitalized(k)) return false;
  }
  // "Quad countries are among the leaders ... and are undertaking": the members.
  if ((Classes(t) & kMemberHead) && GroupMembers(c, b, t + 1)) {
    c.event = TokenSpan(b, t + 1);
    return true;
  }
  std::vector<size_t> actors = ActorsIn(b, t);
  if (actors.empty()) return false;
  c.actors = std::move(actors);
  c.subject = SubjectKind::kExplicit;
  c.event = TokenSpan(b, t);
  return true;
}

void CommitmentExtractor::Analysis::ReadSubject(Clause& c, const Candidate& cand, const Reading& r,
                                                size_t subject_from, const SentenceState& s) {
  if (c.subject != SubjectKind::kInherit) ResolveSubject(c, subject_from, c.group_begin);
  if (r.type == Type::kReport && r.form == kIng && c.group_begin == cand.m0) {
    ParticipleReportSubject(c);
  }
  if (s.report >= 0 && c.bare_past && c.subject == SubjectKind::kNone && c.group_begin > s.a &&
      (Classes(c.group_begin - 1) & kAnd)) {
    // "agreed that people-to-people ties form the bedrock and resolved to
    // strengthen them": a past form after "and" with no subject of its own
    // in the reported clause continues the reporter's sentence.
    c.subject = SubjectKind::kInherit;
    c.inherit_from = s.report;
    c.reason = Reason::kNone;
  }
  if (r.passive_by) {
    // "The agreement was signed by A and B": A and B did it; the action is
    // what they signed.
    c.actors = ActorsIn(cand.m1 + 1, NameListEnd(cand.m1 + 1, s.b, /*stop_at_comma=*/true));
    c.subject = c.actors.empty() ? SubjectKind::kNone : SubjectKind::kExplicit;
    if (c.actors.empty()) c.reason = Reason::kNoActorAfterBy;
    c.action_is_event = !c.event.empty();
  }
  if (c.subject == SubjectKind::kPersonPronoun && s.report < 0) {
    // "He" / "She": the person who was the subject of the clause before,
    // else the last person named (SPEC 8a).
    const size_t person = PersonBefore(c.group_begin);
    if (person != SIZE_MAX) {
      c.actors = {person};
      c.subject = SubjectKind::kExplicit;
    }
  }
  if (c.subject == SubjectKind::kPronoun && s.report < 0 && !clauses_.empty()) {
    // "the Quad looks forward to the future; it seeks to": "it" is the one
    // non-person subject of the clause before, in the same sentence.
    const Clause& prev = clauses_.back();
    if (prev.sentence == c.sentence && prev.subject == SubjectKind::kExplicit && prev.actors.size() == 1 &&
        !person_[prev.actors[0]]) {
      c.actors = prev.actors;
      c.subject = SubjectKind::kExplicit;
    }
  }
  if (c.subject == SubjectKind::kPronoun || c.subject == SubjectKind::kPersonPronoun ||
      (c.subject == SubjectKind::kPlural && s.report >= 0) ||
      (c.subject == SubjectKind::kWe && s.report >= 0)) {
    // "The Commission announced that it will ...": the reporter.
    if (s.report >= 0) {
      c.plural_of_reporter = c.subject == SubjectKind::kPlural;
      c.subject = SubjectKind::kInherit;
      c.inherit_from = s.report;
    } else {
      c.subject = SubjectKind::kNone;
      c.reason = Reason::kPronoun;
    }
  }
}

void CommitmentExtractor::Analysis::ParticipleReportSubject(Clause& c) {
  // "Minister Gemba offered his congratulations on Minister Carr's
  // appointment, stating that he would": the reporter is the name that
  // opens its piece, not every name before the participle.
  for (size_t p = pieces_.size(); p-- > 0;) {
    const auto [pb, pe] = pieces_[p];
    Clause lead;
    if (LeadSubject(lead, pb, pe)) {
      c.subject = lead.subject;
      c.actors = std::move(lead.actors);
      c.event = lead.event;
      c.reason = Reason::kNone;
      return;
    }
  }
}

size_t CommitmentExtractor::Analysis::TitleHolderAt(size_t t, size_t end) {
  if (t + 1 >= end || !(Classes(t) & kArticle) || !Capitalized(t + 1)) return SIZE_MAX;
  const size_t title_end = TitleEnd(t + 1, end);
  if (title_end == 0 || (title_end < end && Capitalized(title_end))) return SIZE_MAX;
  return TitleHolder(t + 1, title_end);
}

size_t CommitmentExtractor::Analysis::NameListEnd(size_t t, size_t end, bool stop_at_comma) const {
  // A mention's own lowercase parts ("Moon Jae-in") stay in the list.
  while (t < end && (Capitalized(t) || !IsWord(t) || (Classes(t) & kNameWord) || InMention(t))) {
    if ((stop_at_comma && Comma(t)) || (Char(t, '.') && t + 1 < end && !Capitalized(t + 1) && !InMention(t))) {
      break;
    }
    ++t;
  }
  return t;
}

bool CommitmentExtractor::Analysis::IsPronoun(size_t t) const {
  return (Classes(t) & (kPersonPronoun | kThingPronoun)) || Covers(kWeRef, t, t + 1) ||
         Covers(kPluralRef, t, t + 1);
}

size_t CommitmentExtractor::Analysis::PersonBefore(size_t g) const {
  if (!clauses_.empty()) {
    const Clause& prev = clauses_.back();
    if (prev.subject == SubjectKind::kExplicit && prev.actors.size() == 1 &&
        (person_[prev.actors[0]] || prev.title_subject)) {
      return prev.actors[0];
    }
  }
  const uint32_t at = doc_.tokens[g].span.begin;
  for (auto it = FirstMentionAtOrAfter(at); it != mentions_.begin();) {
    --it;
    if (person_[it->actor] && it->span.end <= at) return it->actor;
  }
  return SIZE_MAX;
}

std::vector<size_t> CommitmentExtractor::Analysis::Partners(const Clause& c, size_t end) {
  using Partners = commitments::TypeInfo::Partners;
  std::vector<size_t> partners;
  if (c.rule && c.rule->partner_object) {
    // "hosted Prime Minister X", "spoke to Prime Minister X": persons only
    // ("held the EU-Japan Summit" names parties inside an event).
    size_t t = c.trigger_end;
    if (t < end && (Classes(t) & kLinking)) ++t;
    std::vector<size_t> named = ActorsIn(t, NameListEnd(t, end, /*stop_at_comma=*/false));
    if (!named.empty() && person_[named[0]]) partners = std::move(named);
  }
  const Partners where = x_.InfoOf(c.type).partners;
  if (where == Partners::kNone) return partners;
  size_t with = SkipAdverbs(c.trigger_end, end);  // "met today with"
  if (with >= end || !(Classes(with) & kPartnerLink)) {
    with = end;
    // "held a telephone talk for 30 minutes ... with X".
    for (size_t t = c.action_begin; where == Partners::kInAction && t < c.action_end; ++t) {
      if (Classes(t) & kPartnerLink) {
        with = t;
        break;
      }
    }
  }
  if (with >= end) return partners;
  std::vector<size_t> named = ActorsIn(with + 1, NameListEnd(with + 1, end, /*stop_at_comma=*/false));
  if (named.empty()) {
    // "held a meeting with the Secretary General": the title's holder.
    if (const size_t holder = TitleHolderAt(with + 1, end); holder != SIZE_MAX) named.push_back(holder);
  }
  for (size_t a : named) {
    if (std::find(partners.begin(), partners.end(), a) == partners.end()) partners.push_back(a);
  }
  return partners;
}

}  // namespace communique
