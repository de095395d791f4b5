// The parties "we", plural references and event subjects resolve to (SPEC 7).
#include <algorithm>

#include "extract/commitments/analysis.h"
#include "match/tokenizer.h"
#include "normalize/normalize.h"

namespace communique {

// The actor stage never sees the title, so the title's actors are the
// document's actors whose name or a mention text occurs in it as whole words;
// parties as in ActorsIn: persons, plus the other actors that are neither a
// listed person's affiliation nor the institution in a title ("Secretary
// General Jens Stoltenberg of NATO"). In title order.
std::vector<size_t> CommitmentExtractor::Analysis::TitleParties() const {
  if (doc_.title.empty() || doc_.actors.empty()) return {};
  Document scratch;  // the title normalized like the text ("Leaders’" -> "Leaders'")
  normalize::Normalize(doc_.title, Format::kText, scratch);
  const std::string& title = scratch.text;
  auto is_word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || commitments::IsUpper(c) || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  struct Hit {
    size_t at, end, actor;
  };
  std::vector<Hit> hits;
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    std::vector<std::string_view> names = {doc_.actors[a].name};
    for (const Mention& m : doc_.actors[a].mentions) names.push_back(doc_.View(m.span));
    for (std::string_view name : names) {
      if (name.empty()) continue;
      for (size_t at = title.find(name); at != std::string::npos; at = title.find(name, at + 1)) {
        size_t end = at + name.size();
        if ((at > 0 && is_word_char(title[at - 1])) ||
            (end < title.size() && is_word_char(title[end]))) {
          continue;
        }
        hits.push_back({at, end, a});
      }
    }
  }
  // Longest first at each position, so a name inside a longer one is dropped.
  std::sort(hits.begin(), hits.end(), [](const Hit& l, const Hit& r) {
    return l.at != r.at ? l.at < r.at : l.end > r.end;
  });
  // "G7 Leaders' Statement on Ukraine": what follows "on" is the subject
  // matter, unless nothing before it names a party ("Joint Statement by
  // President Biden and President von der Leyen on U.S.-EU Cooperation",
  // where the text names neither person).
  size_t on = std::string::npos;
  std::vector<Token> tokens;
  match::Tokenize(title, 0, &tokens);
  for (const Token& token : tokens) {
    if ((x_.classes_.ClassesOf(token.folded_hash) & kTitleTopic) && !IsCapitalized(std::string_view(title).substr(token.span.begin))) {
      on = token.span.begin;
      break;
    }
  }
  if (on != std::string::npos && !hits.empty() && hits.front().at < on) {
    hits.erase(std::remove_if(hits.begin(), hits.end(), [on](const Hit& h) { return h.at > on; }),
               hits.end());
  }
  std::vector<size_t> all, persons, titled;
  size_t covered_until = 0;
  for (const Hit& h : hits) {
    if (h.at < covered_until && h.end <= covered_until) continue;
    covered_until = std::max(covered_until, h.end);
    if (std::find(all.begin(), all.end(), h.actor) != all.end()) continue;
    all.push_back(h.actor);
    if (doc_.actors[h.actor].type == "person") persons.push_back(h.actor);
    if (TitledInTitle(title, h.at)) titled.push_back(h.actor);
  }
  if (persons.empty()) return all;
  for (size_t actor : all) {
    if (doc_.actors[actor].type == "person") continue;
    if (std::find(titled.begin(), titled.end(), actor) != titled.end()) continue;
    bool affiliation = std::any_of(persons.begin(), persons.end(), [&](size_t p) {
      return doc_.actors[p].affiliation == doc_.actors[actor].id;
    });
    if (!affiliation) persons.push_back(actor);
  }
  std::sort(persons.begin(), persons.end(), [&](size_t l, size_t r) {
    return std::find(all.begin(), all.end(), l) < std::find(all.begin(), all.end(), r);
  });
  return persons;
}

bool CommitmentExtractor::Analysis::TitleHas(uint64_t word_class) const {
  if (doc_.title.empty()) return false;
  Document title;
  normalize::Normalize(doc_.title, Format::kText, title);
  std::vector<Token> tokens;
  match::Tokenize(title.text, 0, &tokens);
  return std::any_of(tokens.begin(), tokens.end(), [&](const Token& token) {
    return (x_.classes_.ClassesOf(token.folded_hash) & word_class) != 0;
  });
}

void CommitmentExtractor::Analysis::FindParties(Parties* p) {
  // Principal parties: the actors that are explicit subjects of commitments
  // most often (SPEC 7); a stance's subjects ("Mr. Akiba and Mr. Año
  // welcomed ...") are no party to the document's commitments, nor are the
  // subjects of clauses kept only for a party ("Russia must comply").
  std::vector<int> subject_count(person_.size());
  std::vector<size_t> order;
  for (const Clause& c : clauses_) {
    if (c.subject != SubjectKind::kExplicit || !c.accepted || c.party_only || c.party_present) continue;
    for (size_t a : c.actors) {
      if (subject_count[a]++ == 0) order.push_back(a);
    }
    // "X met with Y. The talks took place ...": a meeting's "with" partners
    // are its actors too (SPEC 7), and the event's parties.
    for (size_t a : c.with_actors) {
      if (subject_count[a]++ == 0) order.push_back(a);
    }
  }
  // "Canada continues to invest": a bare "continues" counts where its
  // subjects are already subjects of other commitments ("Russia continues
  // its war" does not make Russia a party of the statement).
  std::vector<int> present_count(person_.size());
  for (const Clause& c : clauses_) {
    if (c.subject != SubjectKind::kExplicit || !c.accepted || !c.party_present) continue;
    if (std::all_of(c.actors.begin(), c.actors.end(), [&](size_t a) { return subject_count[a] > 0; })) {
      for (size_t a : c.actors) ++present_count[a];
    }
  }
  for (size_t a : order) subject_count[a] += present_count[a];
  int best = 0;
  for (size_t a : order) best = std::max(best, subject_count[a]);
  for (size_t a : order) {
    if (subject_count[a] == best) p->principal.push_back(a);
  }
  if (!Sentences().empty()) {
    first_sentence_ = FirstTextSentence();
    p->first_sentence = ActorsIn(bounds_[2 * first_sentence_].token, bounds_[2 * first_sentence_ + 1].token,
                                 /*parties=*/true);
  }
  if (p->principal.empty()) p->principal = p->first_sentence;
  // "The two leaders" with no earlier plural commitment: a single person
  // cannot be them, the first sentence's parties can; a single group ("G7")
  // can ("Leaders reaffirmed").
  // "Both countries will implement" with the United States the only
  // frequent subject: a person or a country cannot be "both countries".
  const bool lone_party = p->principal.size() == 1 &&
                          (person_[p->principal[0]] || p->principal[0] >= doc_.actors.size() ||
                           !x_.MembershipOf(doc_.actors[p->principal[0]].id));
  p->plural_from_first_sentence =
      (p->principal.empty() || lone_party) && p->first_sentence.size() >= 2;
  // "We" reads the title (normalized and tokenized) when the text names no
  // party for it: only where a clause needs it.
  if (std::any_of(clauses_.begin(), clauses_.end(), [](const Clause& c) { return c.subject == SubjectKind::kWe; })) {
    p->we = WeParties(*p);
    FindQuotes();
  }
}

std::vector<size_t> CommitmentExtractor::Analysis::WeParties(const Parties& p) {
  // "We, President Biden, Prime Minister Albanese, and Prime Minister Kishida, ..."
  for (const Clause& c : clauses_) {
    if (c.we_apposition) return c.actors;
  }
  std::vector<size_t> we;
  const std::vector<Token>& tokens = doc_.tokens;
  for (size_t t : we_tokens_) {
    if (t + 2 >= tokens.size() || !we.empty()) break;
    // "We, A, B and C, ...", "We — A, B and C – met".
    if (!(Capitalized(t) && (Comma(t + 1) || Char(t + 1, '-')))) continue;
    size_t u = t + 2;
    while (u < tokens.size() && (Capitalized(u) || !IsWord(u) || (Classes(u) & kNameWord))) ++u;
    we = ActorsIn(t + 2, u);
  }
  if (!we.empty()) return we;
  // "Statement by the Spokesperson": the publisher's voice, whoever the
  // first sentence is about ("The government of the DPRK has notified ...").
  if (publisher_ && TitleHas(kSpokesperson)) return {ActorIndex(publisher_->party)};
  // SPEC 7's order: the first sentence's subjects, else the title's
  // authors. A first sentence naming one person ("President Biden hosted
  // ...") keeps "we" that person's (rules/commitments/README.md, "we" and
  // the title), unless the title names two or more authors, or is a joint
  // statement's naming two or more parties without "by" ("Canada-Japan
  // Joint Statement"): one official is not the "we" of a joint statement
  // ("Joint Statement from Mexico, Canada, and the United States" opening
  // with the minister who hosted), nor is one party that is none of its
  // authors ("Joint Statement between Japan and the Philippines" opening
  // with what China did). One of its authors keeps it ("Japan issued this
  // statement").
  const std::vector<size_t> authors = TitleAuthors();
  we = FirstSentenceSubjects();
  if (we.size() == 1) {
    const std::vector<size_t> title =
        authors.size() >= 2 ? authors : TitleHas(kJoint) ? TitleParties() : std::vector<size_t>{};
    const bool author = std::find(title.begin(), title.end(), we[0]) != title.end();
    if (title.size() >= 2 && (person_[we[0]] || !author)) return title;
  }
  if (!we.empty()) return we;
  // Then the parties the first sentence names elsewhere ("We have convened
  // to reaffirm our commitment to cooperation between Australia, India,
  // Japan, and the United States"), then those the title names.
  we = authors;
  if (we.empty()) we = p.first_sentence;
  if (we.empty()) we = TitleParties();
  if (we.empty()) we = p.principal;
  return we;
}

std::vector<size_t> CommitmentExtractor::Analysis::FirstSentenceSubjects() {
  // Only the subjects (SPEC 7), also where no commitment's verb was read:
  // the names before the sentence's first lowercase word outside a name
  // ("In September 2021, Australia, the United Kingdom and the United
  // States announced AUKUS" gives no AUKUS; "We met today to outline a
  // vision for the U.S.-Colombia relationship" names no party; "Recognizing
  // the broad consensus ..., our governments issued" none either).
  const size_t begin = bounds_[2 * first_sentence_].token, end = bounds_[2 * first_sentence_ + 1].token;
  size_t verb = begin;
  while (verb < end && !VerbLike(verb)) ++verb;
  // "the United States, with the G7 and the European Union, will": an
  // aside between commas holds no verb.
  while (verb < end && verb > begin && Comma(verb - 1) && (Classes(verb) & (kAside | kPartnerLink))) {
    size_t close = verb;
    while (close < end && !Comma(close)) ++close;
    if (close >= end) break;
    verb = close + 1;
    while (verb < end && !VerbLike(verb)) ++verb;
  }
  std::vector<size_t> named;
  if (verb < end) {
    Clause lead;
    ResolveSubject(lead, begin, verb);
    if (lead.subject == SubjectKind::kExplicit) named = WithPartners(lead);
  }
  // The first clause's own subject, unless that clause comes after the
  // sentence's verb (a relative clause on its object: "announced AUKUS, a
  // partnership that will promote ...") and the names before it give one.
  for (const Clause& c : clauses_) {
    if (c.sentence < first_sentence_) continue;
    if (c.sentence != first_sentence_) break;
    if (c.subject != SubjectKind::kExplicit) continue;
    // "the United States, with the G7 and the European Union, will": the
    // parties of an aside's "with" are the first sentence's parties too.
    if (c.group_begin <= verb || named.empty()) return WithPartners(c);
    break;
  }
  return named;
}

std::vector<size_t> CommitmentExtractor::Analysis::WithPartners(const Clause& c) const {
  std::vector<size_t> parties = c.actors;
  for (size_t a : c.aside_partners) {
    if (std::find(parties.begin(), parties.end(), a) == parties.end()) parties.push_back(a);
  }
  return parties;
}

bool CommitmentExtractor::Analysis::VerbLike(size_t t) const {
  return IsWord(t) && !Capitalized(t) && !InMention(t) &&
         !(Classes(t) & (kAnd | kArticle | kOf | kNameWord | kPossessive | kInDate));
}

uint32_t CommitmentExtractor::Analysis::FirstTextSentence() const {
  for (uint32_t si = 0; si < Sentences().size(); ++si) {
    for (size_t t = bounds_[2 * si].token; t < bounds_[2 * si + 1].token; ++t) {
      if (VerbLike(t)) return si;
    }
  }
  return 0;
}

void CommitmentExtractor::Analysis::FindQuotes() {
  quotes_.clear();
  size_t open = SIZE_MAX;
  size_t segment = 0;
  const std::vector<Segment>& segments = doc_.segments;
  // A paragraph ends a quote it leaves open (the next one reopens it), at
  // the first token past it. The class pass noted the quotation marks: a
  // walk of every token here cost as much as the clause reader.
  auto close_at_paragraph_end = [&] {
    quotes_.emplace_back(open, segment < segments.size()
                                   ? match::FirstTokenAtOrAfter(doc_.tokens, segments[segment].span.end)
                                   : doc_.tokens.size());
    open = SIZE_MAX;
  };
  for (const uint32_t t : quote_marks_) {
    const uint32_t at = doc_.tokens[t].span.begin;
    while (segment < segments.size() && segments[segment].span.end <= at) {
      if (open != SIZE_MAX) close_at_paragraph_end();
      ++segment;
    }
    if (open == SIZE_MAX) {
      open = t;
    } else {
      quotes_.emplace_back(open, t);
      open = SIZE_MAX;
    }
  }
  if (open != SIZE_MAX) close_at_paragraph_end();
}

// Binary searches: a document of many quotations says "we" in many of them.
size_t CommitmentExtractor::Analysis::SentenceBegin(size_t t) const {
  size_t lo = 0, hi = Sentences().size();  // the first sentence starting after t
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (bounds_[2 * mid].token <= t) lo = mid + 1; else hi = mid;
  }
  return lo == 0 ? 0 : bounds_[2 * (lo - 1)].token;
}

size_t CommitmentExtractor::Analysis::SentenceEnd(size_t t) const {
  size_t lo = 0, hi = Sentences().size();  // the first sentence ending after t
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (bounds_[2 * mid + 1].token <= t) lo = mid + 1; else hi = mid;
  }
  return lo == Sentences().size() ? doc_.tokens.size() : bounds_[2 * lo + 1].token;
}

std::vector<size_t> CommitmentExtractor::Analysis::SpeakersIn(size_t b, size_t e) {
  // The subject reader's own reading: lists, fronted phrases, "the <Title>",
  // over a few dozen words at most: a sentence of many quotations, each
  // saying "we", read from its start every time was quadratic.
  b = std::max(b, e > kSpeakerWindow ? e - kSpeakerWindow : 0);
  Clause speakers;
  ResolveSubject(speakers, b, e);
  if (speakers.subject == SubjectKind::kExplicit) return std::move(speakers.actors);
  return {};
}

std::vector<size_t> CommitmentExtractor::Analysis::QuoteSpeakerParties(size_t t) {
  // The last quote opening before t (quotes do not nest), if it holds t.
  auto quote = std::lower_bound(quotes_.begin(), quotes_.end(), t,
                                [](const auto& q, size_t v) { return q.first < v; });
  if (quote == quotes_.begin() || t >= (--quote)->second) return {};
  const auto [open, close] = *quote;
  // Not before the quote before it ("... ," she said, and he said: "...").
  const size_t floor = quote == quotes_.begin() ? 0 : std::prev(quote)->second + 1;
  std::vector<size_t> speakers;
  // Before it: Secretary Clinton said, "... We pledge ...".
  if (open >= 2 && (Comma(open - 1) || Char(open - 1, ':')) && (Classes(open - 2) & kSpeech)) {
    speakers = SpeakersIn(std::max(floor, SentenceBegin(open - 2)), open - 2);
  }
  // After it: "... we will ...," said Prime Minister X. / "...," the Secretary General said.
  if (speakers.empty() && close + 1 < doc_.tokens.size()) {
    const size_t a = close + 1, end = SentenceEnd(a);
    if (a < end && (Classes(a) & kSpeech)) {
      const size_t e = NameListEnd(a + 1, end, /*stop_at_comma=*/true);
      speakers = ActorsIn(a + 1, e);
      if (const size_t holder = TitleHolderAt(a + 1, e); speakers.empty() && holder != SIZE_MAX) speakers = {holder};
    } else {
      size_t k = a;
      while (k < end && k < a + 8 && !(Classes(k) & kSpeech) && !Comma(k)) ++k;
      if (k < end && (Classes(k) & kSpeech)) speakers = SpeakersIn(a, k);
    }
  }
  return StatesOf(speakers);
}

std::vector<size_t> CommitmentExtractor::Analysis::TitleAuthors() {
  // The actors stage's reading (ActorExtractor::ReadTitleAuthors): one
  // reader, so the parties are the record's actors (an author the text does
  // not name joins them where a commitment names it).
  std::vector<size_t> authors;
  for (const Actor& author : doc_.title_authors) {
    authors.push_back(ActorIndex(author.id, /*person=*/author.type == "person"));
  }
  return authors;
}

size_t CommitmentExtractor::Analysis::ActorIndex(const std::string& id, bool person) {
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    if (doc_.actors[a].id == id) return a;
  }
  for (size_t k = 0; k < extra_ids_.size(); ++k) {
    if (extra_ids_[k] == id) return doc_.actors.size() + k;
  }
  extra_ids_.push_back(id);
  person_.push_back(person);
  return doc_.actors.size() + extra_ids_.size() - 1;
}

bool CommitmentExtractor::Analysis::GroupMembers(Clause& c, size_t b, size_t e) {
  if (e - b < 2 || !(Classes(e - 1) & kMemberHead)) return false;
  // One group's mention right before the head, a determiner at most before it.
  const uint32_t from = doc_.tokens[b].span.begin, head = doc_.tokens[e - 1].span.begin;
  size_t group = SIZE_MAX;
  Span mention;
  for (auto it = FirstMentionAtOrAfter(from); it != mentions_.end() && it->span.begin < head; ++it) {
    if (group != SIZE_MAX && it->actor != group) return false;
    group = it->actor;
    mention = it->span;
  }
  // "Quad member countries": more member heads between the mention and the head.
  size_t last = e - 2;
  while (last > b && (Classes(last) & kMemberHead)) --last;
  if (group == SIZE_MAX || doc_.tokens[last].span.end != mention.end) return false;
  for (size_t t = b; doc_.tokens[t].span.begin < mention.begin; ++t) {
    if (!(Classes(t) & kDeterminer)) return false;
  }
  const Membership* membership = x_.MembershipOf(doc_.actors[group].id);
  if (!membership) return false;
  std::vector<size_t> members = MembersOn(*membership);
  if (members.empty()) return false;
  c.actors = std::move(members);
  c.subject = SubjectKind::kExplicit;
  return true;
}

bool CommitmentExtractor::Analysis::MemberOn(const Member& m) const {
  // Dates compare as strings: YYYY-MM-DD.
  const std::string published = doc_.published.value_or("");
  if (published.empty()) return m.to.empty();
  return (m.from.empty() || m.from <= published) && (m.to.empty() || m.to >= published);
}

std::vector<size_t> CommitmentExtractor::Analysis::MembersOn(const Membership& membership) {
  std::vector<size_t> members;
  for (const Member& m : membership.members) {
    if (MemberOn(m)) members.push_back(ActorIndex(m.id));
  }
  return members;
}

bool CommitmentExtractor::Analysis::PartnerIn(size_t group, const std::string& id) const {
  const Membership* m = x_.PartnershipOf(IdOf(group));
  return m && std::any_of(m->members.begin(), m->members.end(), [&](const Member& member) {
           return member.id == id && MemberOn(member);
         });
}

bool CommitmentExtractor::Analysis::PartnershipMembers(const std::vector<size_t>& actors, std::vector<size_t>* out) {
  auto partnership = [&](size_t a) { return x_.PartnershipOf(IdOf(a)); };
  if (std::none_of(actors.begin(), actors.end(), partnership)) return false;
  std::vector<size_t> expanded;
  auto add = [&](size_t a) {
    if (std::find(expanded.begin(), expanded.end(), a) == expanded.end()) expanded.push_back(a);
  };
  for (size_t a : actors) {
    const Membership* m = partnership(a);
    if (!m) {
      add(a);
      continue;
    }
    const std::vector<size_t> members = MembersOn(*m);
    // Before its first member's date the group stays what the text says.
    if (members.empty()) add(a);
    for (size_t member : members) add(member);
  }
  *out = std::move(expanded);
  return true;
}

bool CommitmentExtractor::Analysis::GroupAtSummit(Clause& c) {
  // The pieces before the subject: a fronted phrase naming a summit of one
  // group with members ("At the G7 Summit"; "At the EU-Japan Summit" names
  // two parties, whom the plural reference finds anyway).
  for (size_t p = 0; p + 1 < pieces_.size(); ++p) {
    const auto [pb, pe] = pieces_[p];
    if (!(Classes(pb) & kAside)) continue;
    bool summit = false;
    for (size_t t = pb; t < pe && !summit; ++t) summit = Classes(t) & kSummitHead;
    const std::vector<size_t> named = ActorsIn(pb, pe);
    if (summit && named.size() == 1 && x_.MembershipOf(IdOf(named[0]))) {
      c.actors = named;
      c.subject = SubjectKind::kExplicit;
      return true;
    }
  }
  return false;
}

bool CommitmentExtractor::Analysis::TitledInTitle(std::string_view title, size_t at) const {
  // The words before `at`: "of" or "of the" means the institution of a title.
  auto word_before = [&](size_t end) {
    while (end > 0 && title[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && title[begin - 1] != ' ') --begin;
    return std::pair{title.substr(begin, end - begin), begin};
  };
  auto classes = [&](std::string_view word) {
    return word.empty() ? uint64_t{0} : x_.classes_.ClassesOf(match::FoldedHash(word));
  };
  auto [word, begin] = word_before(at);
  if (classes(word) & kArticle) word = word_before(begin).first;
  return (classes(word) & kOf) != 0;
}

size_t CommitmentExtractor::Analysis::TitleEnd(size_t t, size_t end) const {
  size_t best = (Classes(t) & kTitleReference) ? t + 1 : 0;
  for (const match::PhraseMatch& m : MatchesAt(t)) {
    if (m.end_token <= end && m.end_token > best && KindOf(m) == kGrammarPhrase &&
        (PhraseClass(m) & kTitleReference)) {
      best = m.end_token;
    }
  }
  return best;
}

size_t CommitmentExtractor::Analysis::TitleHolder(size_t b, size_t e) {
  const std::string title = commitments::FoldedTitle(doc_.View(TokenSpan(b, e)));
  const bool own = publisher_ && std::find(publisher_->titles.begin(), publisher_->titles.end(), title) !=
                                     publisher_->titles.end();
  std::vector<size_t> holders, headed;
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    if (!person_[a]) continue;
    const std::string role = commitments::FoldedTitle(doc_.actors[a].role);
    // The publisher's own "Secretary" is its "Secretary of State".
    if (role == title || (own && role.starts_with(title + " "))) {
      holders.push_back(a);
    } else if (role.starts_with(title + " ") || role.ends_with(" " + title)) {
      // "the minister" after "Foreign Minister Alexander Downer", "the
      // Chairperson" after "Chairperson of the African Union Commission": a
      // role the bare title heads.
      headed.push_back(a);
    }
  }
  // A role the title only heads is another office where the publisher
  // lists the title ("The Prime Minister" of gov.uk is no "Deputy Prime Minister").
  if (holders.empty() && !own) holders = std::move(headed);
  auto affiliated = [&](const std::string& party) {
    std::vector<size_t> out;
    for (size_t a : holders) {
      if (doc_.actors[a].affiliation == party) out.push_back(a);
    }
    return out;
  };
  if (own) {
    // An unnamed head of government is the publisher's country (tests/dev/notes.md 1);
    // an unnamed minister is no party.
    const std::vector<size_t> named = affiliated(publisher_->party);
    if (named.empty()) return title == publisher_->head ? ActorIndex(publisher_->party) : SIZE_MAX;
    return named.size() == 1 ? named[0] : SIZE_MAX;
  }
  if (holders.size() == 1) return holders[0];
  const auto tie_breaker = x_.title_affiliation_.find(title);
  if (tie_breaker == x_.title_affiliation_.end()) return SIZE_MAX;
  const std::vector<size_t> named = affiliated(tie_breaker->second);
  return named.size() == 1 ? named[0] : SIZE_MAX;
}

void CommitmentExtractor::Analysis::AddTitleHolders(Clause& c, size_t b, size_t e) {
  for (size_t t = b; t + 1 < e; ++t) {
    if (!(Classes(t) & kArticle) || !Capitalized(t + 1)) continue;
    // An item of the list, not a title's complement ("Secretary to the President").
    if (t > b && !Comma(t - 1) && !(Classes(t - 1) & kAnd)) continue;
    const size_t end = TitleEnd(t + 1, e);
    // "the President of the European Commission", "the Prime Minister Kishida": named otherwise.
    if (end == 0 || (end < e && (Capitalized(end) || (Classes(end) & kOf)))) continue;
    const size_t holder = TitleHolder(t + 1, end);
    if (holder != SIZE_MAX && std::find(c.actors.begin(), c.actors.end(), holder) == c.actors.end()) {
      c.actors.push_back(holder);
    }
  }
}

}  // namespace communique
