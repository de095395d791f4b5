// The action after a trigger, and the commitments a document's clauses give.
#include <algorithm>

#include "core/english.h"
#include "extract/commitments/analysis.h"

namespace communique {

void CommitmentExtractor::Analysis::FindAction(Clause& c, size_t end) {
  size_t start = c.trigger_end;
  // "to", "in" are skipped, not "in order to" (a keep_clause phrase).
  if (start < end && (Classes(start) & kLinking) && !PhraseAt(start, end, kKeepClause)) ++start;
  // Where a trailing clause cuts an action depends only on the comma, not on
  // the clause: the cuts of a sentence are found once, so a sentence with
  // many clauses stays linear (a hostile 1 MB sentence took seconds).
  if (end != cuts_end_ || start < cuts_from_) {
    cuts_.clear();
    cuts_end_ = end;
    cuts_from_ = start;
    for (auto mark = MarksFrom(start); mark != marks_.end() && *mark < end; ++mark) {
      const size_t t = *mark;
      // An inner sentence's end (InnerStop) ends the action.
      if (IsStop(t)) {
        cuts_.push_back(t);
        continue;
      }
      if (!Comma(t) || t + 1 >= end) continue;
      std::string_view next = Text(t + 1);
      bool keep = (Classes(t + 1) & kKeepClause) || PhraseAt(t + 1, end, kKeepClause);
      if (keep) continue;
      // ", recognizing ...", ", which ...": not part of the action (SPEC 8a).
      // A participle opens a clause only when words follow it: ", financing,
      // manufacturing and delivery" is a list of nouns.
      bool participle = LooksIngForm(next) && t + 2 < end && IsWord(t + 2) &&
                        !(Classes(t + 2) & (kAnd | kOr));
      if (participle || (Classes(t + 1) & kRelative) || OpenerEnd(t + 1, end) != 0) {
        cuts_.push_back(t);
      }
    }
  }
  auto cut = std::lower_bound(cuts_.begin(), cuts_.end(), start);
  size_t t = cut == cuts_.end() ? end : *cut;
  while (t > start) {
    const char w = OneChar(t - 1);
    if (w != '.' && w != ',' && w != ';' && w != ':' && w != '!' && w != '?') break;
    --t;
  }
  c.action_begin = static_cast<uint32_t>(start);
  c.action_end = static_cast<uint32_t>(std::max(start, t));
}

std::vector<std::string> CommitmentExtractor::Analysis::Ids(const std::vector<size_t>& actors) const {
  std::vector<std::string> ids;
  for (size_t a : actors) {
    const std::string& id = IdOf(a);
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

void CommitmentExtractor::Analysis::Run(std::vector<Commitment>* out,
                                        std::vector<TriggerTrace>* traces) {
  std::vector<TriggerTrace> background;
  clauses_.reserve(Sentences().size());  // about one clause per sentence; a Clause is large to move
  for (uint32_t si = 0; si < Sentences().size(); ++si) {
    ReadSentence(si, traces ? &background : nullptr);
  }
  sentence_tokens_ = {0, 0};
  // Second pass: principal parties, "we", plural references, in text order.
  Parties parties;
  FindParties(&parties);
  Assemble(parties, out, traces);
  if (traces) {
    traces->insert(traces->end(), background.begin(), background.end());
    std::stable_sort(traces->begin(), traces->end(), [](const TriggerTrace& l, const TriggerTrace& r) {
      return l.trigger.begin < r.trigger.begin;
    });
  }
}

void CommitmentExtractor::Analysis::Assemble(const Parties& parties, std::vector<Commitment>* out,
                                             std::vector<TriggerTrace>* traces) {
  const std::vector<size_t>& plural_fallback =
      parties.plural_from_first_sentence ? parties.first_sentence : parties.principal;
  // Each clause's actors: a list held elsewhere (its own, "we", the principal
  // parties, an earlier clause's), copied only where "with" adds to it.
  const std::vector<size_t> no_actors;
  std::vector<const std::vector<size_t>*> resolved(clauses_.size(), &no_actors);
  // Each clause's subject before its "with" partners join: what a verb
  // sharing the subject inherits ("met with X, and also visited Y": not X).
  std::vector<const std::vector<size_t>*> subject(clauses_.size(), &no_actors);
  int last_plural = -1;  // the nearest earlier commitment with two or more actors
  // ... with two or more persons: "the Foreign Ministers agreed" after "Japan and
  // Australia would work" are the ministers who held the talk, as "the two
  // countries" after the ministers are their countries.
  int last_plural_persons = -1;
  int accepted = 0;
  if (out) {
    // The output grows once: a Commitment is large to move.
    out->reserve(out->size() + static_cast<size_t>(std::count_if(
                                   clauses_.begin(), clauses_.end(), [](const Clause& c) { return c.accepted; })));
  }
  IndexDatesAndTopics();
  for (size_t i = 0; i < clauses_.size(); ++i) {
    Clause& c = clauses_[i];
    switch (c.subject) {
      case SubjectKind::kExplicit: resolved[i] = &c.actors; break;
      case SubjectKind::kWe:
        resolved[i] = &parties.we;
        // "We" inside a quote is its speaker's (tests/dev/notes.md 38).
        if (c.actors_speaker = QuoteSpeakerParties(c.group_begin); !c.actors_speaker.empty()) {
          resolved[i] = &c.actors_speaker;
        }
        break;
      case SubjectKind::kPlural:
        if (c.persons && last_plural_persons >= 0) {
          resolved[i] = resolved[last_plural_persons];
        } else {
          resolved[i] = last_plural >= 0 ? resolved[last_plural] : &plural_fallback;
        }
        break;
      case SubjectKind::kInherit:
        if (c.plural_of_reporter && clauses_[c.inherit_from].subject == SubjectKind::kPlural &&
            !clauses_[c.inherit_from].persons) {
          // "The sides shared the view that ... they will coordinate": "they"
          // refers back as plural references do (SPEC 7); after a reporter
          // whose head names persons ("the leaders reaffirm they will"), it is
          // the persons the reporter resolved to, as below.
          resolved[i] = last_plural >= 0 ? resolved[last_plural] : &plural_fallback;
          break;
        }
        resolved[i] = subject[c.inherit_from]->empty() ? &clauses_[c.inherit_from].actors
                                                       : subject[c.inherit_from];
        break;
      case SubjectKind::kEvent: resolved[i] = &parties.principal; break;
      default: break;
    }
    // "the two countries", after "the two leaders" or the reporter; "they"
    // after one person's report ("he stated that they would") is his country.
    if (c.states || (c.plural_of_reporter && resolved[i]->size() == 1)) {
      c.actors_states = StatesOf(*resolved[i]);
      resolved[i] = &c.actors_states;
    }
    subject[i] = resolved[i];
    if (!c.with_actors.empty()) {
      c.actors_with = *resolved[i];
      for (size_t a : c.with_actors) {
        if (std::find(c.actors_with.begin(), c.actors_with.end(), a) == c.actors_with.end()) {
          c.actors_with.push_back(a);
        }
      }
      resolved[i] = &c.actors_with;
    }
    // "The Quad will ...", the "we" of a Quad statement: a partnership is
    // no party, its members are (SPEC 8a).
    if (PartnershipMembers(*resolved[i], &c.actors_members)) resolved[i] = &c.actors_members;
    // "we must continue", not "all parties must refrain" (an appeal to others).
    const bool named = c.subject == SubjectKind::kWe || c.subject == SubjectKind::kExplicit ||
                       c.subject == SubjectKind::kInherit;
    if (c.accepted && (c.party_only || c.party_present) &&
        (!IsParty(*resolved[i], parties) || (c.party_modal && !named))) {
      c.accepted = false;
      c.reason = Reason::kNotParty;
    }
    if (!c.accepted || c.lead_only) {
      if (traces && !c.lead_only) traces->push_back(TraceOf(c, -1));
      continue;
    }
    // "(Before the talk, President Trump held a talk with President Moon.)":
    // an aside is no antecedent of "the two leaders".
    if (resolved[i]->size() >= 2 && !c.aside) {
      last_plural = static_cast<int>(i);
      if (std::all_of(resolved[i]->begin(), resolved[i]->end(), [&](size_t a) { return person_[a]; })) {
        last_plural_persons = last_plural;
      }
    }
    Commitment out_c = Output(c, *resolved[i]);
    const int index = accepted++;
    if (out) out->push_back(std::move(out_c));
    if (traces) traces->push_back(TraceOf(c, index));
  }
}

bool CommitmentExtractor::Analysis::IsParty(const std::vector<size_t>& actors, const Parties& parties) const {
  // A person counts through the country the person is affiliated with, on
  // either side ("we" = the two presidents: "Mexico is requiring" is theirs).
  const std::string no_country;
  return std::any_of(actors.begin(), actors.end(), [&](size_t a) {
    const std::string& country = a < doc_.actors.size() && person_[a] ? doc_.actors[a].affiliation : no_country;
    // The statement's own voice: "we" where it speaks so (a G7 statement's
    // first sentence and its explicit subjects name Russia too), else the
    // principal parties and the first sentence's.
    auto in = [&](const std::vector<size_t>& list) {
      return std::any_of(list.begin(), list.end(), [&](size_t p) {
        const bool party_person = p < doc_.actors.size() && person_[p];
        // "Japan will extend" in a Quad statement: a member speaks in its "we".
        return p == a || (!country.empty() && IdOf(p) == country) ||
               (party_person && doc_.actors[p].affiliation == IdOf(a)) ||
               PartnerIn(p, country.empty() ? IdOf(a) : country);
      });
    };
    return parties.we.empty() ? in(parties.principal) || in(parties.first_sentence) : in(parties.we);
  });
}

std::vector<size_t> CommitmentExtractor::Analysis::StatesOf(const std::vector<size_t>& actors) {
  std::vector<size_t> states;
  for (size_t a : actors) {
    const bool person = a < doc_.actors.size() && person_[a] && !doc_.actors[a].affiliation.empty();
    const size_t state = person ? ActorIndex(doc_.actors[a].affiliation) : a;
    if (std::find(states.begin(), states.end(), state) == states.end()) states.push_back(state);
  }
  return states;
}

Commitment CommitmentExtractor::Analysis::Output(const Clause& c, const std::vector<size_t>& actors) {
  Commitment out_c;
  out_c.type = commitments::NameOf(c.type);
  out_c.status = c.status;
  out_c.actors = Ids(actors);
  out_c.trigger = c.trigger;
  if ((c.event_subject || c.action_is_event) && !c.event.empty()) {
    out_c.action = c.event;
  } else if (c.action_end > c.action_begin) {
    out_c.action = TokenSpan(c.action_begin, c.action_end);
  } else {
    out_c.action = {c.trigger.end, c.trigger.end};
  }
  // "the COP26 summit that the UK is hosting in Glasgow next year": the
  // present progressive of an arrangement (types.jsonl) is planned; "are
  // working towards a launch by 2028" stays ongoing.
  if (c.in_progress && x_.InfoOf(c.type).arranged && LaterDateIn(out_c.action)) out_c.status = "planned";
  AddTopics(out_c);
  AddDates(Sentences()[c.sentence].span, out_c);
  out_c.negated = c.negated;
  out_c.hedged = c.hedged;
  out_c.rule = RuleId(c);
  return out_c;
}

bool CommitmentExtractor::Analysis::LaterDateIn(const Span& span) const {
  const std::string published = doc_.published.value_or("");
  if (published.size() < 4) return false;
  auto digits = [](std::string_view s, size_t n) {
    return s.size() >= n && std::all_of(s.begin(), s.begin() + n, [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  // The dates from the action's start on (IndexDatesAndTopics sorted them):
  // a walk of every date per clause was quadratic in a long list of them.
  auto from = std::lower_bound(dates_by_start_.begin(), dates_by_start_.end(), span.begin,
                               [this](size_t d, uint32_t value) { return doc_.dates[d].span.begin < value; });
  for (auto it = from; it != dates_by_start_.end() && doc_.dates[*it].span.begin < span.end; ++it) {
    const DateExpr& d = doc_.dates[*it];
    if (d.span.end > span.end || d.type != "DATE" || !digits(d.value, 4)) continue;
    // The calendar part both share: "2020" against "2019-12-21", "2020-03" against "2020-02-14".
    size_t n = 4;
    if (d.value.size() >= 7 && d.value[4] == '-' && digits(d.value.substr(5), 2)) n = 7;
    if (n == 7 && d.value.size() >= 10 && d.value[7] == '-' && digits(d.value.substr(8), 2)) n = 10;
    if (d.value.compare(0, n, published, 0, n) > 0) return true;
  }
  return false;
}

void CommitmentExtractor::Analysis::IndexDatesAndTopics() {
  // Dates by start offset, for "the values of dates in the same sentence".
  dates_by_start_.resize(doc_.dates.size());
  for (size_t d = 0; d < dates_by_start_.size(); ++d) dates_by_start_[d] = d;
  std::stable_sort(dates_by_start_.begin(), dates_by_start_.end(), [this](size_t a, size_t b) {
    return doc_.dates[a].span.begin < doc_.dates[b].span.begin;
  });
  // The topics' mention spans back to back, topic k's from topic_from[k] to
  // topic_from[k + 1]: every commitment visits every topic, and the Topic
  // and Mention objects lie far apart in memory.
  std::vector<Span>& topic_spans = scratch_.topic_spans;
  std::vector<uint32_t>& topic_from = scratch_.topic_from;
  for (const Topic& topic : doc_.topics) {
    topic_from.push_back(static_cast<uint32_t>(topic_spans.size()));
    for (const Mention& m : topic.mentions) topic_spans.push_back(m.span);
  }
  topic_from.push_back(static_cast<uint32_t>(topic_spans.size()));
  scratch_.first_mention.assign(topic_from.begin(), topic_from.end() - 1);
  last_action_begin_ = 0;
}

void CommitmentExtractor::Analysis::AddTopics(Commitment& out_c) {
  const std::vector<Span>& topic_spans = scratch_.topic_spans;
  const std::vector<uint32_t>& topic_from = scratch_.topic_from;
  // Per topic, its first mention at or after the last action's start (into
  // topic_spans): the actions mostly come in text order, so the next answer
  // is a few steps on.
  std::vector<uint32_t>& first_mention = scratch_.first_mention;
  std::vector<std::pair<uint32_t, uint32_t>>& in_action = scratch_.in_action;  // (first mention start, topic)
  // A topic's mentions are sorted and never overlap, so its first mention
  // at or after the action's start decides: a few steps on from the last
  // one, else a binary search (actions that jump back and forth stay
  // logarithmic).
  in_action.clear();
  for (uint32_t k = 0; k < doc_.topics.size(); ++k) {
    const uint32_t end = topic_from[k + 1];
    uint32_t& m = first_mention[k];
    if (out_c.action.begin < last_action_begin_) m = topic_from[k];
    for (int step = 0; m < end && topic_spans[m].begin < out_c.action.begin; ++step) {
      if (step == 4) {
        m = static_cast<uint32_t>(
            std::lower_bound(topic_spans.begin() + m, topic_spans.begin() + end, out_c.action.begin,
                             [](const Span& x, uint32_t v) { return x.begin < v; }) -
            topic_spans.begin());
        break;
      }
      ++m;
    }
    if (m < end && topic_spans[m].end <= out_c.action.end) {
      in_action.emplace_back(topic_spans[m].begin, k);
    }
  }
  last_action_begin_ = out_c.action.begin;
  // Topics in the order the action mentions them.
  std::sort(in_action.begin(), in_action.end(),
            [](const auto& l, const auto& r) { return l.first < r.first; });
  out_c.topics.reserve(in_action.size());
  for (const auto& [at, topic] : in_action) out_c.topics.push_back(doc_.topics[topic].id);
}

void CommitmentExtractor::Analysis::AddDates(const Span& sentence, Commitment& out_c) {
  auto from = std::lower_bound(dates_by_start_.begin(), dates_by_start_.end(), sentence.begin,
                               [this](size_t d, uint32_t value) { return doc_.dates[d].span.begin < value; });
  std::vector<size_t>& in_sentence = in_sentence_;
  in_sentence.clear();
  for (auto it = from; it != dates_by_start_.end() && doc_.dates[*it].span.begin < sentence.end; ++it) {
    if (doc_.dates[*it].span.end <= sentence.end) in_sentence.push_back(*it);
  }
  std::sort(in_sentence.begin(), in_sentence.end());  // document order
  for (size_t d : in_sentence) {
    const std::string& value = doc_.dates[d].value;
    if (std::find(out_c.dates.begin(), out_c.dates.end(), value) == out_c.dates.end()) {
      out_c.dates.push_back(value);
    }
  }
}

}  // namespace communique
