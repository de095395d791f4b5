#include "extract/topics.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#include "core/capitalization.h"
#include "core/english.h"
#include "core/thread_scratch.h"
#include "match/token_index.h"
#include "match/tokenizer.h"

namespace communique {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// "WTO", "G20", "5G": what a term's definition in parentheses may introduce.
bool IsAcronym(std::string_view word) {
  return word.size() >= 2 && word.size() <= 8 &&
         std::all_of(word.begin(), word.end(), [](char c) { return IsUpper(c) || (c >= '0' && c <= '9'); });
}

// The plural of a term's final word: lexicons list singular nouns. An
// irregular plural is listed ("crisis" -> "crises"); else none for a term
// that ends in s, x or z ("sanctions") or in no lowercase letter ("G7").
std::string Pluralize(const English& english, const std::string& term) {
  if (std::optional<std::string> irregular = english.IrregularSForm(term)) return *irregular;
  if (term.empty() || !IsLower(term.back())) return "";
  const char last = term.back();
  if (last == 's' || last == 'x' || last == 'z') return "";
  return RegularSForm(term);
}

// A compound is written spaced or hyphenated ("supply chain", "resilient
// supply-chain networks"; "dual-use items", "dual use technology"): the
// other spellings of a term, each word break a space or a hyphen. None for
// a term of one word or with other punctuation ("illegal, unreported and
// unregulated fishing"), which is matched as written, nor for one of more
// than four word breaks (a name: "Comprehensive and Progressive Agreement
// for Trans-Pacific Partnership").
std::vector<std::string> OtherSpellings(std::string_view term) {
  auto plain = [](char c) { return c == ' ' || c == '-' || IsUpper(c) || IsLower(c) || (c >= '0' && c <= '9'); };
  if (!std::all_of(term.begin(), term.end(), plain)) return {};
  std::vector<size_t> breaks;
  for (size_t i = 0; i < term.size(); ++i) {
    if (term[i] == ' ' || term[i] == '-') breaks.push_back(i);
  }
  if (breaks.empty() || breaks.size() > 4) return {};
  std::vector<std::string> out;
  for (uint32_t mask = 0; mask < (1u << breaks.size()); ++mask) {
    std::string spelling(term);
    for (size_t b = 0; b < breaks.size(); ++b) spelling[breaks[b]] = (mask >> b) & 1 ? '-' : ' ';
    if (spelling != term) out.push_back(std::move(spelling));
  }
  return out;
}

// Words that may sit between the capitalized words of one name.
bool IsNameConnector(std::string_view word) {
  // Views, not C strings: a comparison checks the length before any byte.
  static constexpr std::string_view kConnectors[] = {"of", "and", "for", "the", "on", "in", "&",
                                                     "-",  "/",   ",",   "to",  "de", "'"};
  return std::find(std::begin(kConnectors), std::end(kConnectors), word) != std::end(kConnectors);
}

// Whether `span` lies inside a web address written out
// ("https://www.state.gov/energy-security/", "www.defense.gov/News", a
// Markdown link target in a plain-text release): the run of bytes without
// white space that holds it has "://" or "www." before it. Its words name
// pages, not topics (SPEC 8). Asked only of the few term matches.
bool InWebAddress(std::string_view text, Span span) {
  constexpr size_t kLongest = 2048;  // no address is longer; a longer run is no address
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  size_t begin = span.begin;
  while (begin > 0 && span.begin - begin < kLongest && !space(text[begin - 1])) --begin;
  std::string_view before = text.substr(begin, span.begin - begin);
  return before.find("://") != std::string_view::npos || before.find("www.") != std::string_view::npos;
}

}  // namespace

std::unique_ptr<const TopicExtractor> TopicExtractor::Compile(rules::CompileContext& context,
                                                              const English& english) {
  auto extractor = std::make_unique<TopicExtractor>();
  rules::TopicRules parsed = rules::ParseTopicRules(context);
  for (const rules::NameHeadRule& rule : parsed.names) {
    for (const std::string& head : rule.heads) {
      if (!extractor->lexicon_.Add(head, kHead, /*case_sensitive=*/true)) {
        context.Error(rule.where, "empty head \"" + head + "\"");
      }
    }
  }
  for (rules::TopicRule& rule : parsed.topics) {
    uint32_t payload = static_cast<uint32_t>(extractor->rules_.size());
    auto listed = [&](const std::string& phrase) {
      return std::find(rule.terms.begin(), rule.terms.end(), phrase) != rule.terms.end();
    };
    for (const std::string& term : rule.terms) {
      if (!extractor->lexicon_.Add(term, payload, false)) {
        context.Error(rule.where, "term \"" + term + "\" has no word");
        continue;
      }
      const bool no_plural =
          std::find(rule.no_plural.begin(), rule.no_plural.end(), term) != rule.no_plural.end();
      // Its other spellings, but those the rule lists as terms of their own.
      std::vector<std::string> spellings = OtherSpellings(term);
      spellings.erase(std::remove_if(spellings.begin(), spellings.end(), listed), spellings.end());
      for (const std::string& spelling : spellings) extractor->lexicon_.Add(spelling, payload, false);
      if (no_plural) continue;
      spellings.push_back(term);
      for (const std::string& spelling : spellings) {
        std::string plural = Pluralize(english, spelling);
        if (!plural.empty() && !listed(plural)) extractor->lexicon_.Add(plural, payload, false);
      }
    }
    for (const std::string& term : rule.cased) {
      if (!extractor->lexicon_.Add(term, payload, true)) {
        context.Error(rule.where, "term \"" + term + "\" has no word");
      }
    }
    for (const std::string& term : rule.blocking) {
      if (!extractor->lexicon_.Add(term, kBlocked | payload, false)) {
        context.Error(rule.where, "blocking phrase \"" + term + "\" has no word");
      }
      // A phrase that shields one spelling shields the others too.
      for (const std::string& spelling : OtherSpellings(term)) {
        extractor->lexicon_.Add(spelling, kBlocked | payload, false);
      }
    }
    extractor->rules_.push_back(std::move(rule));
  }
  extractor->names_ = std::move(parsed.names);
  extractor->by_topic_id_.resize(extractor->rules_.size());
  for (uint32_t i = 0; i < extractor->rules_.size(); ++i) extractor->by_topic_id_[i] = i;
  std::sort(extractor->by_topic_id_.begin(), extractor->by_topic_id_.end(),
            [&](uint32_t a, uint32_t b) {
              return extractor->rules_[a].topic < extractor->rules_[b].topic;
            });
  return extractor;
}

void TopicExtractor::NameTokens(const Document& doc, const std::vector<match::PhraseMatch>& heads,
                                NameRuns* names) const {
  const std::vector<Token>& tokens = doc.tokens;
  names->run_of.assign(tokens.size(), 0);
  names->runs.clear();
  if (heads.empty()) return;
  auto capitalized = [&](size_t t) {
    std::string_view text = doc.View(tokens[t].span);
    return tokens[t].kind != Token::Kind::kPunct && (IsCapitalized(text) || tokens[t].kind == Token::Kind::kNumber);
  };
  // Whether token j, after the first word of a name, keeps the name going.
  auto continues = [&](size_t j) {
    if (capitalized(j)) return true;
    std::string_view word = doc.View(tokens[j].span);
    // initials: "U.S. National Security Council"
    if (word == "." && j > 0 && tokens[j - 1].span.size() == 1 && capitalized(j - 1)) return true;
    // A comma goes on with a name's list ("Economy, Trade and Industry"), not
    // into the clause after it ("by Cyclone Harold, the Ministers confirmed").
    if (word == "," && j + 1 < tokens.size() && !capitalized(j + 1)) return false;
    return IsNameConnector(word);
  };
  // Headings are Title Case throughout: a heading's words are not a name.
  std::vector<Span> headings;
  for (const Segment& segment : doc.segments) {
    if (segment.kind == SegmentKind::kHeading) headings.push_back(segment.span);
  }
  auto in_heading = [&](uint32_t offset) {
    auto it = std::upper_bound(headings.begin(), headings.end(), offset,
                               [](uint32_t value, const Span& h) { return value < h.end; });
    return it != headings.end() && it->begin <= offset;
  };
  // A name is a run of capitalized words and connectors that holds a head
  // word. Only the runs around the heads are walked, each once: most of a
  // document's tokens are never looked at.
  size_t done = 0;  // tokens before this belong to runs already walked
  for (const match::PhraseMatch& head : heads) {
    for (size_t t = std::max<size_t>(head.first_token, done); t < head.end_token; ++t) {
      if (!capitalized(t)) continue;  // connectors inside a head phrase do not make a name
      size_t begin = t;  // back to the first capitalized word of the run
      for (size_t k = t; k > 0 && continues(k - 1);) {
        --k;
        if (capitalized(k)) begin = k;
      }
      size_t last = t;
      size_t j = t + 1;
      for (; j < tokens.size() && continues(j); ++j) {
        if (capitalized(j)) last = j;
      }
      if (!in_heading(tokens[begin].span.begin)) {
        names->runs.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(last + 1)});
        for (size_t k = begin; k <= last; ++k) names->run_of[k] = static_cast<uint32_t>(names->runs.size());
      }
      done = j;
      t = j - 1;  // a head phrase that a bracket cuts in two heads two runs
    }
  }
}

namespace {

// The per-document vectors of a run (see core/thread_scratch.h).
struct TopicScratch {
  std::vector<match::PhraseMatch> found, heads;
  TopicExtractor::NameRuns names;
  std::vector<Span> shielded;
  std::vector<std::vector<Span>> mentions;  // spans per topic
  void Clear() {
    found.clear();
    heads.clear();
    shielded.clear();
    // Every list, whichever engine's set of rules ran last.
    for (std::vector<Span>& spans : mentions) spans.clear();
  }
  size_t TokenCapacity() const { return names.run_of.capacity(); }
};

// Spans the actor extractor knows as names: organizations' mentions and the
// persons' roles as written near their names. Sorted by start.
void CollectShields(const Document& doc, std::vector<Span>* shielded) {
  for (const Actor& actor : doc.actors) {
    // The type is compared once per actor, not once per mention.
    if (actor.type == "organization") {
      for (const Mention& mention : actor.mentions) shielded->push_back(mention.span);
      continue;
    }
    if (actor.type != "person" || actor.role.empty()) continue;
    for (const Mention& mention : actor.mentions) {
      uint32_t window = static_cast<uint32_t>(actor.role.size()) + 64;
      uint32_t from = mention.span.begin > window ? mention.span.begin - window : 0;
      std::string_view around = std::string_view(doc.text).substr(from, mention.span.end + window - from);
      if (size_t at = around.find(actor.role); at != std::string_view::npos) {
        uint32_t begin = from + static_cast<uint32_t>(at);
        shielded->push_back({begin, begin + static_cast<uint32_t>(actor.role.size())});
      }
    }
  }
  std::sort(shielded->begin(), shielded->end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
}

// Whether a term's span cuts into a shield. A term that contains a whole
// name ("G20 Principles for Quality Infrastructure Investment" around "G20")
// names the topic itself. Only the shields that can reach the term are
// looked at, and the terms are asked about in text order, so the first
// shield that can reach one only moves forward: a cursor, not a search per
// term (a long release with thousands of names stays linear).
class ShieldTest {
 public:
  explicit ShieldTest(const std::vector<Span>& shields) : shields_(shields), reach_(shields.begin()) {
    for (const Span& s : shields) longest_ = std::max(longest_, s.size());
  }
  bool Cuts(Span span) {
    uint32_t from = span.begin > longest_ ? span.begin - longest_ : 0;
    while (reach_ != shields_.end() && reach_->begin < from) ++reach_;
    for (auto it = reach_; it != shields_.end() && it->begin < span.end; ++it) {
      const bool overlaps = span.begin < it->end && it->begin < span.end;
      const bool contains = span.begin <= it->begin && it->end <= span.end;
      if (overlaps && !contains) return true;
    }
    return false;
  }

 private:
  const std::vector<Span>& shields_;
  std::vector<Span>::const_iterator reach_;
  uint32_t longest_ = 0;
};

// Whether a term's tokens [first, end) touch a name without holding all of
// it: "Trade" in "Minister of Economy, Trade and Industry" is no mention, the
// whole "Comprehensive and Progressive Agreement for Trans-Pacific
// Partnership" or "Carrier Strike Group" is one (8a: a named text or
// programme is one mention of its topic).
bool InsideName(const Document& doc, const TopicExtractor::NameRuns& names, uint32_t first, uint32_t end) {
  for (uint32_t t = first; t < end; ++t) {
    const uint32_t run = names.run_of[t];
    if (run == 0) continue;
    const auto [begin, run_end] = names.runs[run - 1];
    if (begin >= first && run_end <= end) continue;
    // A name term of two capitalized words or more that opens the run names
    // it, whatever the run goes on with ("the Carrier Strike Group to Japan").
    if (begin == first && end - first >= 2 && t == first) {
      bool capitalized = true;
      for (uint32_t k = first; k < end && capitalized; ++k) {
        const std::string_view word = doc.View(doc.tokens[k].span);
        capitalized = doc.tokens[k].kind != Token::Kind::kWord || IsCapitalized(word) || IsNameConnector(word);
      }
      if (capitalized) return false;
    }
    return true;
  }
  return false;
}

// An acronym defined in parentheses right after a mention ("Partnership for
// Global Infrastructure and Investment (PGII)") mentions the same topic
// wherever it is used outside a name. `mentions` holds the term mentions of
// each topic in text order.
void AddAcronymUses(const Document& doc, const std::vector<std::pair<std::string, uint32_t>>& acronyms,
                    const TopicExtractor::NameRuns& names, std::vector<std::vector<Span>>* mentions) {
  // The first definition of an acronym wins; later ones would never be read.
  std::map<std::string, uint32_t, std::less<>> first_topic;
  for (const auto& [acronym, topic] : acronyms) first_topic.emplace(acronym, topic);
  match::TokenIndex uses;
  for (const auto& [acronym, topic] : first_topic) uses.Want(match::FoldedHash(acronym));
  uses.Build(doc.tokens);
  // The term mentions are in text order and never overlap: whether one
  // contains a token is a binary search, not a scan.
  std::vector<size_t> term_mentions(mentions->size());
  for (size_t topic = 0; topic < mentions->size(); ++topic) term_mentions[topic] = (*mentions)[topic].size();
  for (const auto& [acronym, topic] : first_topic) {
    auto& list = (*mentions)[topic];
    for (uint32_t t : uses.At(match::FoldedHash(acronym))) {
      Span span = doc.tokens[t].span;
      if (doc.View(span) != acronym) continue;
      auto terms_end = list.begin() + static_cast<std::ptrdiff_t>(term_mentions[topic]);
      auto after = std::upper_bound(list.begin(), terms_end, span.begin,
                                    [](uint32_t value, const Span& m) { return value < m.begin; });
      bool seen = after != list.begin() && std::prev(after)->end >= span.end;
      if (!seen && names.run_of[t] == 0) list.push_back(span);
    }
  }
}

// A blocking phrase shields its own topic's words only: "security
// environment" is no `environment`, but its "security" is `security_defence`'s;
// "training and development" keeps `education`'s "training". The other
// topics' terms found inside a kept blocking phrase join `kept`, longest
// first, and `kept` stays in text order. Blocking phrases are few: most
// documents keep none and pay one pass over `kept`.
void RestoreTermsInsideBlocks(const std::vector<match::PhraseMatch>& found, uint32_t blocked_bit,
                              std::vector<match::PhraseMatch>* kept) {
  std::vector<match::PhraseMatch> inner;
  for (const match::PhraseMatch& block : *kept) {
    if (!(block.payload & blocked_bit)) continue;
    const uint32_t own = block.payload & ~blocked_bit;
    // `found` is in FindAll's order, by start: only the matches starting
    // inside the block are looked at, not all of them for every block.
    auto m = std::partition_point(found.begin(), found.end(), [&](const match::PhraseMatch& x) {
      return x.first_token < block.first_token;
    });
    for (; m != found.end() && m->first_token < block.end_token; ++m) {
      if (!(m->payload & blocked_bit) && m->payload != own && m->end_token <= block.end_token) {
        inner.push_back(*m);
      }
    }
  }
  if (inner.empty()) return;
  for (const match::PhraseMatch& m : match::PhraseMatcher::LeftmostLongest(inner)) kept->push_back(m);
  std::sort(kept->begin(), kept->end(), [](const match::PhraseMatch& a, const match::PhraseMatch& b) {
    return a.first_token != b.first_token ? a.first_token < b.first_token : a.end_token > b.end_token;
  });
}

// A blocking phrase shields its own topic's words even where it lost the
// overlap to another topic's term that starts before it: in "renewable energy
// development" the energy term wins, and "energy development" still keeps
// "development" from development; in "outer space environment" "space
// environment" keeps "environment" from environment. Such a word is marked
// blocked, which CollectMentions skips. `kept` is in text order.
void BlockTermsInsideLostBlocks(const std::vector<match::PhraseMatch>& found, uint32_t blocked_bit,
                                std::vector<match::PhraseMatch>* kept) {
  for (const match::PhraseMatch& block : found) {
    if (!(block.payload & blocked_bit)) continue;
    const uint32_t own = block.payload & ~blocked_bit;
    auto m = std::partition_point(kept->begin(), kept->end(), [&](const match::PhraseMatch& x) {
      return x.first_token < block.first_token;
    });
    for (; m != kept->end() && m->first_token < block.end_token; ++m) {
      if (m->payload == own && m->end_token <= block.end_token) m->payload |= blocked_bit;
    }
  }
}

}  // namespace

// Keeps the term matches that are mentions (not inside a name, a shield or
// a web address) as spans per topic, and collects the acronyms defined
// right after them.
void TopicExtractor::CollectMentions(const Document& doc, const std::vector<match::PhraseMatch>& kept,
                                     const NameRuns& names, const std::vector<Span>& shielded,
                                     std::vector<std::vector<Span>>* mentions,
                                     std::vector<std::pair<std::string, uint32_t>>* acronyms) const {
  ShieldTest shields(shielded);
  const size_t n = doc.tokens.size();
  for (const match::PhraseMatch& match : kept) {
    if (match.payload & kBlocked) continue;
    std::vector<Span>& spans = (*mentions)[match.payload];
    if (!spans.empty() && spans.back().begin == doc.tokens[match.first_token].span.begin) {
      continue;  // the same term reached through two spellings
    }
    Span span{doc.tokens[match.first_token].span.begin, doc.tokens[match.end_token - 1].span.end};
    if (InsideName(doc, names, match.first_token, match.end_token) || shields.Cuts(span) ||
        InWebAddress(doc.text, span)) {
      continue;
    }
    spans.push_back(span);
    size_t e = match.end_token;
    if (e + 2 < n && doc.View(doc.tokens[e].span) == "(" && doc.View(doc.tokens[e + 2].span) == ")") {
      std::string_view word = doc.View(doc.tokens[e + 1].span);
      if (IsAcronym(word)) acronyms->emplace_back(std::string(word), match.payload);
    }
  }
}

void TopicExtractor::Run(Document& doc) const {
  doc.topics.clear();
  if (doc.tokens.empty() || rules_.empty()) return;
  TopicScratch& scratch = ThreadScratch<TopicScratch>();
  scratch.mentions.resize(rules_.size());
  std::vector<match::PhraseMatch>& found = scratch.found;
  std::vector<match::PhraseMatch>& heads = scratch.heads;
  lexicon_.FindAll(doc, &found);
  // The split keeps FindAll's order within terms and within heads.
  auto is_head = [](const match::PhraseMatch& m) { return m.payload == kHead; };
  std::copy_if(found.begin(), found.end(), std::back_inserter(heads), is_head);
  found.erase(std::remove_if(found.begin(), found.end(), is_head), found.end());
  std::vector<match::PhraseMatch> kept = match::PhraseMatcher::LeftmostLongest(found);
  if (kept.empty()) return;
  RestoreTermsInsideBlocks(found, kBlocked, &kept);
  BlockTermsInsideLostBlocks(found, kBlocked, &kept);

  NameTokens(doc, heads, &scratch.names);
  CollectShields(doc, &scratch.shielded);
  std::vector<std::vector<Span>>& mentions = scratch.mentions;
  std::vector<std::pair<std::string, uint32_t>> acronyms;
  CollectMentions(doc, kept, scratch.names, scratch.shielded, &mentions, &acronyms);
  if (!acronyms.empty()) AddAcronymUses(doc, acronyms, scratch.names, &mentions);
  // Topics in the output's order (by id), so that no Topic is moved by a
  // sort; a topic's spans never share a start, so their order is total.
  for (uint32_t topic : by_topic_id_) {
    std::vector<Span>& spans = mentions[topic];
    if (spans.empty()) continue;
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    Topic& out = doc.topics.emplace_back();
    out.id = rules_[topic].topic;
    out.label = rules_[topic].label;
    out.mentions.reserve(spans.size());
    for (const Span& span : spans) out.mentions.push_back({span, rules_[topic].id});
  }
}

}  // namespace communique
