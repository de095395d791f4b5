// Trigger candidates of a sentence, the verb group before each, and the rule
// each reads as.
#include <algorithm>

#include "extract/commitments/analysis.h"
#include "match/tokenizer.h"

namespace communique {

bool CommitmentExtractor::Analysis::SequenceAt(const std::vector<std::string>& seq,
                                                const std::vector<uint64_t>& hashes, size_t at,
                                                size_t end) const {
  if (at + seq.size() > end) return false;
  for (size_t k = 0; k < seq.size(); ++k) {
    if (doc_.tokens[at + k].folded_hash != hashes[k]) return false;
  }
  for (size_t k = 0; k < seq.size(); ++k) {
    if (!Is(at + k, seq[k])) return false;
  }
  return true;
}

bool CommitmentExtractor::Analysis::NextMatches(const std::vector<std::vector<std::string>>& seqs,
                                                const Sequences& compiled, size_t at, size_t end) const {
  if (at < end && !compiled.MayStartWith(doc_.tokens[at].folded_hash)) return false;
  for (size_t i = 0; i < seqs.size(); ++i) {
    if (SequenceAt(seqs[i], compiled.hashes[i], at, end)) return true;
  }
  return false;
}

size_t CommitmentExtractor::Analysis::ObjectHead(const Rule& rule, const CompiledRule& compiled,
                                                 size_t at, size_t end) const {
  // A few words of a noun phrase may stand between the verb and the head
  // ("reaffirmed to the Prime Minister his commitment to"); a comma, "of",
  // "and" or "that" means the head belongs to something else ("the
  // importance of their commitment").
  constexpr size_t kMaxGap = 8;
  for (size_t t = at; t < end && t <= at + kMaxGap; ++t) {
    const bool may_start = compiled.object_head.MayStartWith(doc_.tokens[t].folded_hash);
    for (size_t i = 0; may_start && i < rule.object_head.size(); ++i) {
      if (SequenceAt(rule.object_head[i], compiled.object_head.hashes[i], t, end)) {
        size_t after = t + rule.object_head[i].size();
        if ((after < end && (Classes(after) & kLinking)) || rule.head_alone) return after;
      }
    }
    if (!IsWord(t) && !Char(t, '\'') && !Char(t, '.') && !Char(t, '-')) return 0;
    // "reiterated Canada's and the EU's shared commitment to": "and" between possessives.
    const bool possessives = (Classes(t) & kAnd) && t > at + 1 && (Classes(t - 1) & kPossessive) && Char(t - 2, '\'');
    if ((Classes(t) & (kOf | kAnd | kOr | kRelativePronoun)) && !possessives) return 0;
    // "will intensify efforts to promote dialogue": a head with no linking
    // word after it must stand in the verb's own object, not an infinitive's.
    // ("people-to-people exchanges": a "to" inside a compound is none).
    if (rule.head_alone && (Classes(t) & kInfinitive) && !(t > at && Char(t - 1, '-') && Joined(t - 1))) return 0;
  }
  return 0;
}

void CommitmentExtractor::Analysis::FindCandidates(const SentenceState& s, const Bound& first,
                                                   const Bound& last) {
  // Lexicon verbs and "will" + a verb the lexicon does not list. The
  // lexicon's are the leftmost-longest of the document's trigger matches
  // inside the sentence (those a FindAll over tokens [floor, b) finds); the
  // trigger payloads of one span are adjacent in matches_ (kTrigger is the
  // lowest kind, so they come first among the span's payloads).
  const size_t floor = s.floor, b = s.b;
  candidates_.clear();
  uint32_t covered_until = 0;
  const auto next_match = matches_.cbegin() + last.match;
  auto from = matches_.cbegin() + first.match;
  while (from != next_match && from->first_token < floor) ++from;
  for (auto it = from; it != next_match; ++it) {
    if (it->end_token > b || KindOf(*it) != kTrigger) continue;
    if (!candidates_.empty() && candidates_.back().m0 == it->first_token &&
        candidates_.back().m1 == it->end_token) {
      ++candidates_.back().payload_count;
      continue;
    }
    if (it->first_token < covered_until) continue;
    candidates_.push_back({it->first_token, it->end_token,
                          static_cast<uint32_t>(it - matches_.begin()), 1});
    covered_until = it->end_token;
  }
  auto listed = [&](size_t t) { return ListedAt(t) != nullptr; };
  if (GerundItem(s)) AddItemCandidates(s);
  for (uint32_t cue = first.cue; cue < last.cue; ++cue) {
    const size_t t = cues_[cue];
    if (t < floor) continue;
    const uint64_t cls = Classes(t);
    if ((cls & kVerb) && t > floor && (Classes(SkipAdverbsBack(t - 1, floor)) & kAnd)) {
      // "will combine X and establish Y": a base verb after "and" that only
      // counts when it shares the modal of the clause before it.
      if (!listed(t)) {
        candidates_.push_back({static_cast<uint32_t>(t), static_cast<uint32_t>(t + 1), 0, 0, true});
      }
      continue;
    }
    if ((cls & kVerb) && t > floor && (Comma(t - 1) || Char(t - 1, ';')) && !Capitalized(t) &&
        SeriesClosedAfter(t, b)) {
      // "will build X, accelerate Y, and advance Z", "will seek to: promote
      // X; strengthen Y; and enhance Z": a base verb after a comma or a
      // semicolon in a series that "and" closes counts as one after "and".
      CandidateAt(t, /*coordinated_only=*/true).series = true;
      continue;
    }
    if ((cls & kVerb) && t == floor && lead_in_ >= 0) {
      // "The leaders committed to:" then "Strengthen supply chains;": a
      // bare-verb item under a lead-in, as "will" + the verb (its subject
      // is the lead-in's, ReadCandidate).
      if (!listed(t)) candidates_.push_back({static_cast<uint32_t>(t), static_cast<uint32_t>(t + 1), 0, 0});
      continue;
    }
    if ((cls & kBe) && !(cls & (kModal | kHedge))) {
      AddBeCandidate(t, floor, b);
      continue;
    }
    if (!(cls & (kModal | kHedge))) continue;
    size_t v = VerbAfterModal(t, b);
    if (v + 1 == b && Char(v, ':')) {
      // "Together, the United States and Japan will:" leads in the items
      // after it ("Provide grants ..."); the modal stands for their verbs.
      candidates_.push_back({static_cast<uint32_t>(t), static_cast<uint32_t>(t + 1), 0, 0, false, false, true});
      continue;
    }
    // "will re-affirm", "will co-host": a hyphenated verb is one word ("re"
    // is `be` too, the tokenizer's part of "we're").
    const bool hyphenated = v + 3 < b && Char(v + 1, '-') && Joined(v) && Joined(v + 1) &&
                            doc_.tokens[v + 2].kind == Token::Kind::kWord;
    if (v < b && (Classes(v) & kBe) && !hyphenated) {
      // "will be closely monitoring": the -ing form after "be" is the verb,
      // one of the `progressive` class ("will be closely watching the
      // election" is none). A passive ("will be announced", "will be lifted")
      // names what is done, mostly things, and a listed one ("will be held")
      // is its rule's.
      const size_t p = SkipAdverbs(v + 1, b);
      if (p + 2 < b && !(Classes(p) & kProgressive) && (Classes(p + 1) & kAgent) && IsWord(p) &&
          commitments::IsLower(Text(p)[0]) && !(Classes(p) & (kBe | kHave | kModal | kHedge | kLinking)) &&
          !listed(p) && HasActorIn(p + 2, NameListEnd(p + 2, b, /*stop_at_comma=*/true))) {
        // "The roadmap will be implemented by Japan and India": the agents.
        // undertaking, as "will implement" would be theirs.
        Candidate passive{static_cast<uint32_t>(p), static_cast<uint32_t>(p + 1), 0, 0};
        passive.passive_by = true;
        candidates_.push_back(passive);
        continue;
      }
      if (p >= b || !(Classes(p) & kProgressive)) continue;
      v = p;
    }
    if (v >= b || doc_.tokens[v].kind != Token::Kind::kWord || !commitments::IsLower(Text(v)[0])) continue;
    // "will do as much as it can": "do" is the main verb here.
    if ((Classes(v) & (kBe | kHave | kModal | kHedge | kLinking)) && !hyphenated) continue;
    const size_t v_end = hyphenated ? v + 3 : v + 1;
    if (!listed(v)) candidates_.push_back({static_cast<uint32_t>(v), static_cast<uint32_t>(v_end), 0, 0});
  }
  AddSharedBeCandidates(s);
  std::sort(candidates_.begin(), candidates_.end(),
            [](const Candidate& l, const Candidate& r) { return l.m0 < r.m0; });
}

void CommitmentExtractor::Analysis::AddBeCandidate(size_t t, size_t floor, size_t b) {
  const size_t p = SkipAdverbs(t + 1, b);
  if (BeTo(t, floor) && p + 1 < b && doc_.tokens[p + 1].kind == Token::Kind::kWord &&
      commitments::IsLower(Text(p + 1)[0]) &&
      !(Classes(p + 1) & (kBe | kHave | kModal | kHedge | kLinking | kAdverb)) && !ListedAt(p + 1)) {
    // "Japan and India are to strengthen": be + "to" is a modal (BeTo).
    candidates_.push_back({static_cast<uint32_t>(p + 1), static_cast<uint32_t>(p + 2), 0, 0});
    return;
  }
  // "The United States is providing $52 million", "Mexico is requiring
  // importers to": be + an -ing form of the `progressive` class is an
  // undertaking in progress, as "will" + a verb is a planned one, where a
  // party of the statement is its subject ("Russia is attacking" is none:
  // Assemble). Other -ing forms state what happens to the party ("Japan
  // is facing a shrinking population").
  if (p < b && doc_.tokens[p].kind == Token::Kind::kWord && commitments::IsLower(Text(p)[0]) &&
      !(Classes(p) & (kBe | kAdverb)) && (Classes(p) & kProgressive)) {
    if (Candidate* at = ListedAt(p); !at) {
      candidates_.push_back({static_cast<uint32_t>(p), static_cast<uint32_t>(p + 1), 0, 0, false, true});
    } else {
      // "USAID is expanding its programmes": a listed verb whose rules
      // read other words after it ("expanding cooperation") is still an
      // action in progress.
      at->progressive_fallback = true;
    }
  }
}

void CommitmentExtractor::Analysis::AddItemCandidates(const SentenceState& s) {
  // "- Launching a fund", "- Exchanging information ..., and developing a
  // common understanding": the lead-in's undertakings, one per -ing form
  // (Coordinate joins "Identifying and addressing X" into one trigger).
  if (!IngForm(s.floor)) return;
  for (size_t t = s.floor; t < s.b; ++t) {
    if (t > s.floor) {
      if (!(Classes(t) & kAnd)) continue;
      t = SkipAdverbs(t + 1, s.b);
      if (t >= s.b || Capitalized(t)) continue;
    }
    if (!IngForm(t)) continue;
    CandidateAt(t, /*coordinated_only=*/false).item = true;
  }
}

void CommitmentExtractor::Analysis::AddSharedBeCandidates(const SentenceState& s) {
  size_t from = s.b;
  for (const Candidate& c : candidates_) {
    size_t k = c.m0;
    while (k > s.floor && (Classes(k - 1) & kAdverb)) --k;
    if (k > s.floor && (Classes(k - 1) & kBe) && IngForm(c.m0)) from = std::min<size_t>(from, c.m1);
  }
  for (size_t t = from; t < s.b; ++t) {
    if (!(Classes(t) & kAnd)) continue;
    const size_t u = SkipAdverbs(t + 1, s.b);
    if (u >= s.b || Capitalized(u) || !IngForm(u)) continue;
    CandidateAt(u, /*coordinated_only=*/false).shares_be = true;
  }
}

bool CommitmentExtractor::Analysis::Participle(size_t t, const VerbGroup& group) const {
  return group.bits == 0 && t > sentence_tokens_.first && Comma(t - 1);
}

bool CommitmentExtractor::Analysis::SeriesClosedAfter(size_t t, size_t end) {
  for (size_t k = t + 1; k + 1 < end; ++k) {
    if (!(Classes(k) & kAnd)) continue;
    const size_t v = SkipAdverbs(k + 1, end);
    if (v < end && ((Classes(v) & kVerb) || ListedAt(v)) && !Capitalized(v)) return true;
  }
  return false;
}

bool CommitmentExtractor::Analysis::IngForm(size_t t) {
  if (doc_.tokens[t].kind != Token::Kind::kWord) return false;
  if (Classes(t) & kProgressive) return true;
  const Candidate* at = ListedAt(t);
  for (uint32_t i = 0; at && i < at->payload_count; ++i) {
    if (ValueOf(matches_[at->payload_begin + i]) % 4 == kIng) return true;
  }
  return false;
}

CommitmentExtractor::Analysis::Candidate& CommitmentExtractor::Analysis::CandidateAt(size_t t,
                                                                                   bool coordinated_only) {
  if (Candidate* at = ListedAt(t)) return *at;
  candidates_.push_back({static_cast<uint32_t>(t), static_cast<uint32_t>(t + 1), 0, 0, coordinated_only});
  return candidates_.back();
}

CommitmentExtractor::Analysis::Candidate* CommitmentExtractor::Analysis::ListedAt(size_t t) {
  auto at = std::find_if(candidates_.begin(), candidates_.end(), [&](const Candidate& c) { return c.m0 == t; });
  return at == candidates_.end() ? nullptr : &*at;
}

size_t CommitmentExtractor::Analysis::VerbAfterModal(size_t modal, size_t end) const {
  size_t v = SkipGroupWords(modal + 1, end);
  if (v < end && Comma(v)) {  // "will, subject to final approvals, provide"
    size_t close = v + 1;
    while (close < end && close < v + 12 && !Comma(close)) ++close;
    if (close < end && Comma(close)) v = close + 1;
    v = SkipGroupWords(v, end);
  }
  return v;
}

CommitmentExtractor::Analysis::VerbGroup CommitmentExtractor::Analysis::ReadVerbGroup(
    size_t verb, size_t floor) const {
  // Auxiliaries, negation and adverbs before the main verb.
  VerbGroup group{verb, 0, false};
  constexpr uint64_t kAuxiliary = kModal | kHedge | kHave | kBe | kDo | kNegation;
  for (size_t k = verb; k > floor;) {
    --k;
    const uint64_t cls = Classes(k);
    // Nothing before a modal is its group's: "his remains could not be located".
    if ((group.bits & (kModal | kHedge)) && (cls & (kModal | kHedge | kHave | kBe | kDo))) break;
    if (cls & kAuxiliary) {
      group.bits |= cls & (kAuxiliary | kPastBe | kPartyModal);
      group.begin = k;
      continue;
    }
    if (cls & kAdverb) continue;
    uint64_t phrase = 0;
    if (const size_t j = PhraseEndingAt(k + 1, floor, kAdverb | kNegation, &phrase); j != SIZE_MAX) {
      group.bits |= phrase & kNegation;  // "will no longer provide"
      k = j;
      continue;
    }
    if (Comma(k) && !(group.bits & (kModal | kHedge))) {
      // "will, subject to final approvals, provide": the modal before the parenthesis.
      size_t j = k;
      while (j > floor + 1 && j + 12 > k && !Comma(j - 1)) --j;
      if (j > floor + 1 && Comma(j - 1) && (Classes(j - 2) & (kModal | kHedge))) {
        group.begin = j - 2;
        group.bits |= Classes(j - 2) & (kModal | kHedge);
        k = j - 2;
        continue;
      }
      break;
    }
    if ((cls & kInfinitive) && k > floor && BeTo(k - 1, floor) &&
        !(group.bits & (kModal | kHedge | kHave | kDo))) {
      // "are to sign", "is to be held": an arrangement, planned as "will" is.
      group.bits |= kModal;
      group.begin = k - 1;
      break;
    }
    if ((cls & kInfinitive) && k > floor + 1 && (Classes(k - 1) & kPleased)) {
      // "is pleased to announce", "are also proud to host": the verb is the
      // clause's own, with be and what stands before it in its group.
      size_t be = k - 1;
      while (be > floor && (Classes(be - 1) & kAdverb)) --be;
      if (be > floor && (Classes(be - 1) & kBe)) {
        group.begin = be - 1;
        group.bits |= Classes(be - 1) & (kAuxiliary | kPastBe);
        k = be - 1;
        continue;
      }
    }
    if ((cls & kInfinitive) && !(group.bits & (kModal | kHedge | kHave | kDo))) group.infinitive = true;
    break;
  }
  // "we're committed", "they'll hold": the apostrophe of a contraction joins the group.
  const size_t g = group.begin;
  if (g < verb && g > floor + 1 && Char(g - 1, '\'') && IsWord(g - 2) &&
      doc_.tokens[g - 1].span.end == doc_.tokens[g].span.begin) {
    group.begin = g - 1;
  }
  return group;
}

bool CommitmentExtractor::Analysis::ChooseRule(const Candidate& cand, const VerbGroup& group,
                                               size_t end, Reading* r) const {
  const bool has_be = group.bits & kBe;
  const std::span<const match::PhraseMatch> payloads(matches_.data() + cand.payload_begin,
                                                     cand.payload_count);
  auto has_payload = [&](uint32_t value) {
    return std::any_of(payloads.begin(), payloads.end(), [&](const match::PhraseMatch& m) { return ValueOf(m) == value; });
  };
  const bool past_alike = group.bits == 0 && cand.m0 > 0 && !Capitalized(cand.m0) && !(Classes(cand.m0 - 1) & kAnd);
  // Rules with a "next" condition are the more specific reading.
  for (int pass = 0; pass < 2; ++pass) {
    for (const match::PhraseMatch& m : payloads) {
      const uint32_t payload = ValueOf(m);
      const Rule& rule = x_.rules_[payload / 4];
      const CompiledRule& compiled = x_.compiled_[payload / 4];
      const Form f = static_cast<Form>(payload % 4);
      const bool specific = !rule.next.empty() || !rule.object_head.empty() || rule.next_name ||
                            rule.next_amount || rule.next_person;
      if ((pass == 0) != specific) continue;
      // "Japan set up a task force": a form that is base and past alike is
      // the past without an auxiliary (a release reports what was done),
      // but for an item ("Set up a task force.") or a verb after "and" that
      // may share a modal ("will launch X and set up Y").
      if (f == kBase && past_alike && has_payload(payload - kBase + kPast)) continue;
      // A report's participle reports too ("..., stating that they would"),
      // and one whose object a record reads is a clause of its own ("...,
      // reaffirming their commitment to X": Coordinate). A gerund item ("-
      // Launching a fund") reads as "are launching".
      if (f == kIng && !has_be && !cand.item && !cand.shares_be && compiled.type != Type::kReport &&
          (rule.object_head.empty() || !Participle(cand.m0, group))) {
        continue;
      }
      if (f == kPast && rule.passive == Rule::Passive::kForbidden && has_be) continue;
      if (rule.passive == Rule::Passive::kRequired && !(f == kPast && has_be)) continue;
      if (rule.past_be && !(group.bits & kPastBe)) continue;
      if (rule.modal && !(group.bits & (kModal | kHedge))) continue;
      // "spoke today with": adverbs and "today" may stand between.
      // With an object_head, next_amount reads the amount after the head
      // ("announced complementary funding of up to $5 million").
      const bool amount_after_head = rule.next_amount && !rule.object_head.empty();
      if (!rule.next.empty() || (rule.next_amount && !amount_after_head) || rule.next_person) {
        const size_t after = SkipAdverbials(cand.m1, end);
        const bool next = !rule.next.empty() && (NextMatches(rule.next, compiled.next, cand.m1, end) ||
                                                 NextMatches(rule.next, compiled.next, after, end) ||
                                                 (compiled.type == Type::kReport && ZeroThat(cand.m1, end)));
        // "announced today $5 million", "announced more than $5 million" ("more" is an adverb too).
        if (!next && !(rule.next_amount && (AmountAt(cand.m1, end) || AmountAt(after, end))) &&
            !(rule.next_person && PersonAt(after, end))) {
          continue;
        }
      }
      if (NextMatches(rule.next_not, compiled.next_not, cand.m1, end)) continue;
      if (rule.next_name && NameAt(rule, compiled, cand.m1, end) == 0) continue;
      size_t head_end = 0;  // end of an object_head phrase that joins the trigger
      if (!rule.object_head.empty()) {
        head_end = ObjectHead(rule, compiled, cand.m1, end);
        if (head_end == 0 || (amount_after_head && !AmountAt(head_end + 1, end))) continue;
      }
      r->rule = &rule;
      r->form = f;
      // "..., and stands ready to", "and hopes to": a verb, as its context says.
      r->finite_third = f == kThird && specific;
      r->third = f == kThird;
      if (head_end > 0 && !rule.head_in_action) r->end = head_end;
      return true;
    }
  }
  return false;
}

size_t CommitmentExtractor::Analysis::NameAt(const Rule& rule, const CompiledRule& compiled, size_t t,
                                            size_t end) const {
  // "announced AUKUS", "announced the AUKUS partnership": a capitalized word,
  // after an article or a determiner; not a number, a date or a possessive
  // ("announced Japan's contribution").
  if (t < end && (Classes(t) & kDeterminer)) ++t;
  if (t >= end || doc_.tokens[t].kind != Token::Kind::kWord || !Capitalized(t) || (Classes(t) & kInDate)) {
    return 0;
  }
  // "the Japan-India Clean Energy Partnership", "the U.S.-ASEAN Climate
  // Solutions Hub": joined hyphens and periods stay inside the name.
  size_t u = t;
  while (u < end) {
    if (Capitalized(u)) {
      ++u;
      continue;
    }
    size_t k = u;
    while (k < end && (Char(k, '-') || Char(k, '.')) && Joined(k - 1)) ++k;
    if (k == u || k >= end || !Joined(k - 1) || !Capitalized(k)) break;
    u = k;
  }
  if (u < end && Char(u, '\'')) return 0;
  // "announced Ukraine would receive aid", "announced President Smith as the
  // new envoy": a country or a person heads no partnership or body; "announced
  // Tokyo as the host city" names a role (name_not_before); names before a
  // modal are a reported clause's subject.
  const size_t head = ActorAt(u - 1);
  if (head < doc_.actors.size() && (person_[head] || doc_.actors[head].type == "country")) return 0;
  if (NextMatches(rule.name_not_before, compiled.name_not_before, u, end) || ZeroThat(t, end)) return 0;
  if (u < end && (Classes(u) & (kModal | kHedge))) return 0;
  return u;
}

size_t CommitmentExtractor::Analysis::SkipAdverbials(size_t t, size_t end) const {
  // "spoke today with", "announced in April 2024 an additional framework":
  // adverbs, and dates with the preposition before them.
  while (t < end) {
    if (Classes(t) & (kAdverb | kInDate)) {
      ++t;
    } else if ((Classes(t) & (kLinking | kPreposition)) && t + 1 < end && (Classes(t + 1) & kInDate)) {
      t += 2;
    } else {
      break;
    }
  }
  return t;
}

bool CommitmentExtractor::Analysis::AmountAt(size_t t, size_t end) const {
  // "nearly $150 million", "an additional EUR 20 million", "a new $10 million
  // programme": determiners and `amount_lead` words and phrases first.
  for (size_t n = 0; t < end && n < 6; ++n) {
    if (Classes(t) & (kDeterminer | kAmountLead)) {
      ++t;
      continue;
    }
    size_t lead_end = t;
    for (const match::PhraseMatch& m : MatchesAt(t)) {
      if (m.end_token <= end && KindOf(m) == kGrammarPhrase && (PhraseClass(m) & kAmountLead)) {
        lead_end = std::max<size_t>(lead_end, m.end_token);
      }
    }
    if (lead_end == t) break;
    t = lead_end;
  }
  if (t >= end || (Classes(t) & kInDate)) return false;
  if (Classes(t) & kCurrency) return true;
  if (doc_.tokens[t].kind == Token::Kind::kNumber || (Classes(t) & kAmount)) return CountsMoneyOrMaterial(t, end);
  if (doc_.tokens[t].kind != Token::Kind::kWord) return false;
  // "US$50", "A$20": a short code joined to a currency sign.
  if (t + 1 < end && Joined(t) && (Classes(t + 1) & kCurrency) && Text(t).size() <= 3) return true;
  // "€50", "USD50": a currency joined to its digits.
  const std::string_view text = Text(t);
  for (const std::string& prefix : x_.currency_prefixes_) {
    if (text.size() > prefix.size() && text[prefix.size()] >= '0' && text[prefix.size()] <= '9' &&
        match::EqualsFolded(text.substr(0, prefix.size()), prefix)) {
      return true;
    }
  }
  return false;
}

bool CommitmentExtractor::Analysis::PersonAt(size_t t, size_t end) const {
  // "welcomed Philippine President X to": the list of names from `t`
  // names a person first; "welcomed President X's initiative" is about
  // the initiative.
  const size_t names = NameListEnd(t, end, /*stop_at_comma=*/true);
  if (names == t) return false;
  for (size_t k = t; k < names; ++k) {
    if (Char(k, '\'')) return false;
  }
  const std::vector<size_t> named = ActorsIn(t, names);
  return !named.empty() && person_[named[0]];
}

bool CommitmentExtractor::Analysis::CountsMoneyOrMaterial(size_t t, size_t end) const {
  // A count alone is no pledge ("announced 3 new nominees", "delivered two
  // speeches"): the number must count money or material, an `amount_unit`
  // ("2 billion yen", "two million vaccine doses", "500,000 doses"), across
  // the digits and number words of the same number.
  for (size_t u = t; u < end && u < t + 4; ++u) {
    if (Classes(u) & kAmountUnit) return true;
    const bool same_number = doc_.tokens[u].kind == Token::Kind::kNumber || (Classes(u) & kAmount) ||
                             (u > t && Comma(u) && Joined(u - 1) && Joined(u));
    if (!same_number) return false;
  }
  return false;
}

size_t CommitmentExtractor::Analysis::ActorAt(size_t t) const {
  const MentionAt* mention = MentionOver(t, /*starting_at_t=*/true);
  return mention ? mention->actor : SIZE_MAX;
}

const CommitmentExtractor::Analysis::MentionAt* CommitmentExtractor::Analysis::MentionOver(size_t t,
                                                                                          bool starting_at_t) const {
  const uint32_t at = doc_.tokens[t].span.begin;
  auto it = std::upper_bound(mentions_.begin(), mentions_.end(), at,
                             [](uint32_t v, const MentionAt& m) { return v < m.span.begin; });
  // Mentions do not nest deeply: the few starting at or before `at` are checked.
  for (int n = 0; n < 4 && it != mentions_.begin(); ++n) {
    --it;
    const bool starts_in_reach = it->span.begin < at || (starting_at_t && it->span.begin == at);
    if (starts_in_reach && at < it->span.end) return &*it;
  }
  return nullptr;
}

bool CommitmentExtractor::Analysis::ZeroThat(size_t t, size_t end) const {
  // "agreed we must continue": a pronoun before the modal.
  if (t + 1 < end && IsPronoun(t) && (Classes(t + 1) & (kModal | kHedge))) return true;
  const size_t names = NameListEnd(t, end, /*stop_at_comma=*/true);
  return names > t && names < end && (Classes(names) & (kModal | kHedge)) && HasActorIn(t, names);
}

bool CommitmentExtractor::Analysis::ReducedRelative(size_t t, size_t end) const {
  // "the Summit held on April 27 was a positive development": a phrase
  // (a preposition first, no object) and then the clause's own "was".
  // "committed to remain": an infinitive, not a phrase.
  if (t >= end || !(Classes(t) & kLinking) || (Classes(t) & kInfinitive)) return false;
  constexpr size_t kMaxPhrase = 8;
  for (size_t u = t + 1; u < end && u <= t + kMaxPhrase; ++u) {
    const uint64_t cls = Classes(u);
    if (Comma(u) || (cls & (kAnd | kOr | kBut | kRelativePronoun | kRelative))) return false;
    // "the talks held in May will help": a modal is the clause's own too.
    if (cls & (kBe | kHave | kModal | kHedge)) return u + 1 < end && IsWord(u + 1);
  }
  return false;
}

bool CommitmentExtractor::Analysis::BareParticiple(size_t g, size_t t, Type type, size_t floor,
                                                   size_t end) const {
  if (g <= floor) return false;
  const size_t prev = g - 1;
  // "the U.S.-hosted Summit", "EU-funded projects": an adjective joined to a
  // party's name, before its noun ("the United States—met for the summit",
  // a dash, has a phrase or an object after it).
  if (Char(prev, '-') && prev > floor && Joined(prev - 1) && Joined(prev) && InMention(prev - 1)) {
    return t < end && IsWord(t) && !(Classes(t) & (kLinking | kPreposition | kInDate | kDeterminer));
  }
  const size_t k = SkipAdverbsBack(prev, floor);
  if (Classes(k) & kAnd) {
    // "are aligned and funded to meet": the participle shares the be.
    if (k < floor + 2 || !IsWord(k - 1)) return false;
    return Classes(SkipAdverbsBack(k - 2, floor)) & kBe;
  }
  const commitments::TypeInfo& info = x_.InfoOf(type);
  if (!info.completed || info.partners != commitments::TypeInfo::Partners::kNone || t >= end) return false;
  // No object: a preposition or a date follows, not an agent or an infinitive.
  if (!(Classes(t) & (kLinking | kPreposition | kInDate)) || (Classes(t) & (kAgent | kInfinitive))) return false;
  if (Comma(k)) return true;
  if (!IsWord(k) || IsPronoun(k) || HasActorIn(k, k + 1)) return false;
  if (Classes(k) & (kPluralHead | kOr | kBut | kRelativePronoun | kWeWord)) return false;
  for (size_t b = k > floor + 3 ? k - 3 : floor; b <= k; ++b) {
    if (Covers(kPluralRef, b, k + 1) || Covers(kWeRef, b, k + 1)) return false;
  }
  return true;
}

bool CommitmentExtractor::Analysis::ReadRule(const Candidate& cand, const VerbGroup& group,
                                             const SentenceState& s, Reading* r) const {
  r->end = cand.m1;
  r->coordinated_only = cand.coordinated_only;
  // "International Monetary Fund", "Development Finance Corporation": a
  // capitalized verb form after a word is part of a name.
  if (cand.m0 > s.clause_floor && Capitalized(cand.m0) && IsWord(cand.m0 - 1)) return false;
  r->item = cand.item;
  r->shares_be = cand.shares_be;
  r->series = cand.series;
  if (cand.payload_count == 0) {  // "will" + an unlisted verb, or be + its -ing form: intend
    if (cand.progressive || cand.item || cand.shares_be) r->form = kIng;
    r->passive_by = cand.passive_by;
    return true;
  }
  const bool modal = group.bits & (kModal | kHedge);
  bool chosen = ChooseRule(cand, group, s.b, r);
  // "will expand and deepen ties": a verb after "and" may share the modal.
  const bool after_and = cand.m0 > s.floor && (Classes(cand.m0 - 1) & kAnd);
  // "committed to:" then "- expand people-to-people exchanges;": the lead-in
  // stands for the item's modal (ReadCandidate gives it the lead-in's parties).
  // A base form only: "Beginning in 2023, ..." after a lead-in is no item.
  // "- Launching a fund": a gerund item (AddItemCandidates) as "are" + it,
  // and so an -ing form sharing a be before it ("and working with X").
  const bool gerund = cand.item || cand.shares_be;
  bool item = gerund;
  for (uint32_t i = 0; lead_in_ >= 0 && cand.m0 == s.floor && group.bits == 0 && i < cand.payload_count; ++i) {
    item |= ValueOf(matches_[cand.payload_begin + i]) % 4 == kBase;
  }
  if (!chosen && (modal || after_and || item || cand.series)) {
    // "will share Earth observation data": the modal makes it an
    // undertaking even where the object is not one the rule lists.
    for (uint32_t i = 0; i < cand.payload_count && !chosen; ++i) {
      const uint32_t payload = ValueOf(matches_[cand.payload_begin + i]);
      const Rule& rule = x_.rules_[payload / 4];
      if (IsCommitment(x_.compiled_[payload / 4].type) && payload % 4 != kPast &&
          (payload % 4 == kIng) == gerund &&
          rule.passive != Rule::Passive::kRequired && !rule.strict_next) {
        r->rule = &rule;
        chosen = true;
        r->coordinated_only = !modal && !item;
        r->third = payload % 4 == kThird;
        if (gerund) r->form = kIng;
      }
    }
  }
  if (!chosen && after_and && !modal && !item &&
      ((Classes(cand.m0) & kVerb) || PhraseAt(cand.m0, cand.m1, kVerb))) {
    // "will maintain X and expand Y", whose records read other words after
    // "expand" ("expand cooperation", strict_next): a `verb` word that may
    // share the modal, as an unlisted one after "and" (intend).
    r->type = Type::kIntend;
    r->rule = nullptr;
    r->coordinated_only = true;
    return true;
  }
  if (!chosen && cand.progressive_fallback && !modal) {
    r->type = Type::kIntend;
    r->rule = nullptr;
    r->form = kIng;
    r->progressive = true;
    return true;
  }
  if (!chosen && (modal || item) && !(Classes(cand.m0) & (kBe | kHave)) && !(group.bits & kBe)) {
    // "will issue licences", "will come to Tokyo", "will respond to X":
    // "will" + a verb its rules do not read here, as an unlisted one ("will
    // have", "will remain open" and a passive, "will be met", are no
    // undertakings).
    r->type = Type::kIntend;
    r->rule = nullptr;
    return true;
  }
  if (!chosen) return false;
  // "G7 partners on the following", "The co-chairs of the Forum": a 3rd
  // person form that is a plural head is the noun.
  if (r->third && group.bits == 0 &&
      ((Classes(cand.m0) & kPluralHead) || PhraseAt(cand.m0, cand.m1, kPluralHead))) {
    return false;
  }
  r->type = x_.compiled_[r->rule - x_.rules_.data()].type;
  r->passive_by = r->rule->passive == Rule::Passive::kRequired &&
                  !x_.InfoOf(r->type).event_subject && !r->rule->event_subject && cand.m1 < s.b &&
                  (Classes(cand.m1) & kAgent);
  // "- Support for Ukraine;" under a lead-in: a stance verb right before a
  // linking word ("for", "to") opens a noun phrase, no item.
  const bool item_noun = item && !modal && cand.m1 < s.b && (Classes(cand.m1) & kLinking);
  // "- Welcoming the report", "- Noting progress": a stance, as "are
  // welcoming" is; "- Supporting X" is an undertaking (`progressive`).
  const bool item_stance = gerund && !(Classes(cand.m0) & kProgressive);
  if ((modal || item) && !IsCommitment(r->type) && !item_noun && !item_stance && !r->rule->modal_keeps) {
    // "will support", "may consider": an undertaking, not a stance.
    r->type = Type::kIntend;
    r->rule = nullptr;
  }
  const size_t g = group.begin;
  if (r->form == kPast && group.bits == 0 && ReducedRelative(cand.m1, s.b)) return false;
  // (A record that reads the words after the verb has found its object:
  // "X, together with Y, announced the creation of".)
  if (r->form == kPast && group.bits == 0 && r->rule && r->rule->passive == Rule::Passive::kForbidden &&
      r->rule->next.empty() && r->rule->object_head.empty() && !r->rule->next_name &&
      BareParticiple(group.begin, cand.m1, r->type, s.a, s.b)) {
    return false;
  }
  if (r->form == kPast && group.bits == 0 && g > s.a) {
    // "the agreed plan", "a newly launched call", "the recently concluded
    // arrangement": an adjective.
    size_t prev = g - 1;
    while (prev > s.a && (Classes(prev) & kAdverb)) --prev;
    if (Classes(prev) & kDeterminer) return false;
    // "the importance of continued engagement", "for expanded cooperation":
    // after a preposition.
    if (Classes(prev) & (kLinking | kPreposition)) return false;
    // "Russia's stated intention": after a possessive.
    if ((Classes(prev) & kPossessive) && prev > s.a && Char(prev - 1, '\'')) return false;
  }
  if (r->form == kThird) r->form = r->finite_third && after_and ? kThird : kBase;
  if (r->form == kBase && group.bits == 0 && !r->coordinated_only && !NounBefore(g, s.clause_floor)) {
    // "their courageous work", "a free and open region": a noun or an
    // adjective, not a present-tense verb; after "and" or in a series it
    // may still share a modal ("will combine X and establish Y").
    if (!after_and && !cand.series) return false;
    r->coordinated_only = true;
  }
  return true;
}


}  // namespace communique
