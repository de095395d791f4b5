#include "standoff.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <set>
#include <sstream>

namespace communique::cli {
namespace {

using nlohmann::json;

const json& List(const json& object, const char* key) {
  static const json kEmpty = json::array();
  auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : kEmpty;
}
uint32_t Offset(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_number_unsigned() ? it->get<uint32_t>() : 0;
}

// "agree" -> "Agree", "list_item" -> "ListItem".
std::string Label(const std::string& value) {
  std::string out;
  bool upper = true;
  for (char c : value) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}
// "ListItem" -> "list_item", "Agree" -> "agree", "DATE" stays for dates (callers upper-case).
std::string Unlabel(const std::string& label) {
  std::string out;
  for (size_t i = 0; i < label.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(label[i]);
    if (std::isupper(c) && i > 0) out += '_';
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}
std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

const std::set<std::string>& CommitmentLabels() {
  static const std::set<std::string> kLabels = {"Agree", "Pledge", "Intend", "Launch", "Sign",
                                                "Cooperate", "Review", "Meet", "Schedule"};
  return kLabels;
}
const std::set<std::string>& ActorLabels() {
  static const std::set<std::string> kLabels = {"Country", "Bloc", "Organization", "Person"};
  return kLabels;
}
const std::set<std::string>& DateLabels() {
  static const std::set<std::string> kLabels = {"Date", "Time", "Duration", "Set"};
  return kLabels;
}
const std::set<std::string>& SegmentLabels() {
  static const std::set<std::string> kLabels = {"Heading", "Paragraph", "ListItem"};
  return kLabels;
}

std::string Join(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ",") + v;
  return out;
}
std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) out.push_back(item);
  }
  return out;
}
std::vector<std::string> Strings(const json& list) {
  std::vector<std::string> out;
  for (const json& v : list) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

// The "unlinked" note of a trigger: "actors=EU,JP; dates=2025" for every
// field whose values could not all be linked to a span.
std::map<std::string, std::vector<std::string>> ParseUnlinked(const std::string& note) {
  std::map<std::string, std::vector<std::string>> out;
  std::stringstream in(note);
  for (std::string part; std::getline(in, part, ';');) {
    size_t eq = part.find('=');
    if (eq == std::string::npos) continue;
    std::string key = part.substr(0, eq);
    key.erase(0, key.find_first_not_of(' '));
    key.erase(key.find_last_not_of(' ') + 1);
    out[key] = Split(part.substr(eq + 1));
  }
  return out;
}

// Index of the span among `candidates` closest to `near` (inside `within`
// first), or nullopt.
std::optional<size_t> Nearest(const std::vector<StandoffSpan>& spans, const std::vector<size_t>& candidates,
                              uint32_t near, uint32_t within_start, uint32_t within_end) {
  std::optional<size_t> best;
  long best_score = std::numeric_limits<long>::max();
  for (size_t index : candidates) {
    const StandoffSpan& s = spans[index];
    long distance = s.start >= near ? s.start - near : near - s.start;
    bool inside = s.start >= within_start && s.end <= within_end;
    long score = distance + (inside ? 0 : (1L << 40));
    if (score < best_score) {
      best_score = score;
      best = index;
    }
  }
  return best;
}

std::string Field(const StandoffSpan& span, const char* key) {
  auto it = span.fields.find(key);
  return it == span.fields.end() ? std::string() : it->second;
}

json SpanJson(const StandoffSpan& s, const OriginalText& text) {
  return json{{"start", s.start}, {"end", s.end}, {"text", std::string(text.Slice(s.start, s.end))}};
}

// The gold record's own fields: id, length, and what the sidecar `meta`
// gives (published, title, url).
json GoldHeader(const std::string& id, const OriginalText& text, const json& meta) {
  json gold = json::object();
  gold["schema"] = "communique/1";
  gold["id"] = id;
  std::string published = meta.is_object() ? StringField(meta, "published") : "";
  gold["published"] = published.empty() ? json(nullptr) : json(published);
  gold["published_source"] = published.empty() ? "none" : "meta";
  gold["length"] = text.length();
  for (const char* key : {"title", "url"}) {
    if (meta.is_object() && !StringField(meta, key).empty()) gold[key] = StringField(meta, key);
  }
  return gold;
}

// The gold fields the spans make, read in text order: each label's span
// goes to its field; an actor's (or topic's) mentions gather under its id,
// in the order the ids first occur.
class GoldFields {
 public:
  explicit GoldFields(const OriginalText& text) : text_(text) {}

  // Adds the span (index `i` in the standoff) to its field.
  void Add(size_t i, const StandoffSpan& s) {
    if (SegmentLabels().count(s.label)) {
      json segment = {{"kind", Unlabel(s.label)}, {"start", s.start}, {"end", s.end}};
      if (!Field(s, "label").empty()) segment["label"] = Field(s, "label");
      segments_.push_back(segment);
      segment_starts_.push_back(s.start);
    } else if (s.label == "Sentence") {
      sentences_.push_back(json{{"start", s.start}, {"end", s.end}});
    } else if (ActorLabels().count(s.label)) {
      AddActorMention(s);
    } else if (DateLabels().count(s.label)) {
      json date = SpanJson(s, text_);
      date["type"] = Upper(s.label);
      date["value"] = Field(s, "value");
      if (!Field(s, "mod").empty()) date["mod"] = Field(s, "mod");
      dates_.push_back(date);
    } else if (s.label == "Topic") {
      std::string topic_id = Field(s, "topic");
      if (topic_id.empty()) return;
      auto [it, added] = topics_.emplace(topic_id, json{{"id", topic_id}, {"label", Field(s, "topic_label")}});
      if (added) topic_order_.push_back(topic_id);
      it->second["mentions"].push_back(SpanJson(s, text_));
    } else if (CommitmentLabels().count(s.label)) {
      triggers_.push_back(i);
    }
  }

  // The commitment triggers' indexes in the standoff, in text order.
  const std::vector<size_t>& triggers() const { return triggers_; }

  // Puts the fields into `gold`; each sentence gets the last segment that
  // starts at or before it.
  void MoveTo(json& gold) {
    for (json& sentence : sentences_) {
      size_t segment = 0;
      for (size_t k = 0; k < segment_starts_.size(); ++k) {
        if (segment_starts_[k] <= sentence["start"].get<uint32_t>()) segment = k;
      }
      sentence["segment"] = segment;
    }
    gold["segments"] = std::move(segments_);
    gold["sentences"] = std::move(sentences_);
    gold["actors"] = json::array();
    for (const std::string& a : actor_order_) gold["actors"].push_back(actors_[a]);
    gold["dates"] = std::move(dates_);
    gold["topics"] = json::array();
    for (const std::string& t : topic_order_) gold["topics"].push_back(topics_[t]);
  }

 private:
  void AddActorMention(const StandoffSpan& s) {
    std::string actor_id = Field(s, "actor");
    if (actor_id.empty()) actor_id = "mention-" + std::to_string(s.start);  // a new, unlinked mention
    auto [it, added] = actors_.emplace(actor_id, json{{"id", actor_id}, {"type", Unlabel(s.label)}, {"name", ""}});
    if (added) actor_order_.push_back(actor_id);
    json& actor = it->second;
    if (actor["name"] == "" && !Field(s, "name").empty()) actor["name"] = Field(s, "name");
    for (const char* key : {"role", "affiliation", "kb"}) {
      if (!Field(s, key).empty()) actor[key] = Field(s, key);
    }
    actor["mentions"].push_back(SpanJson(s, text_));
  }

  const OriginalText& text_;
  json segments_ = json::array(), sentences_ = json::array(), dates_ = json::array();
  std::vector<uint32_t> segment_starts_;
  std::vector<std::string> actor_order_, topic_order_;
  std::map<std::string, json> actors_, topics_;
  std::vector<size_t> triggers_;
};

// The gold commitment of the trigger at index `t`: its arguments are the
// spans its links reach, or the values its "unlinked" note lists.
json GoldCommitment(const Standoff& standoff, size_t t, const OriginalText& text) {
  const StandoffSpan& trigger = standoff.spans[t];
  auto unlinked = ParseUnlinked(Field(trigger, "unlinked"));
  // What the annotator did not give (no Status, no Action or Actor
  // argument) stays out of the gold file, so that `score --partial` does
  // not score it and `score` reports it instead of comparing "".
  json c = {{"type", Unlabel(trigger.label)}};
  if (!Field(trigger, "status").empty()) c["status"] = Field(trigger, "status");
  std::vector<std::string> actor_ids, topic_ids, date_values;
  json action;
  for (const StandoffLink& link : standoff.links) {
    if (link.from != t || link.to >= standoff.spans.size()) continue;
    const StandoffSpan& arg = standoff.spans[link.to];
    if (link.role == "Action") {
      action = SpanJson(arg, text);
    } else if (link.role == "Actor" && !Field(arg, "actor").empty()) {
      actor_ids.push_back(Field(arg, "actor"));
    } else if (link.role == "Topic" && !Field(arg, "topic").empty()) {
      topic_ids.push_back(Field(arg, "topic"));
    } else if (link.role == "Date") {
      date_values.push_back(Field(arg, "value"));
    }
  }
  if (unlinked.count("actors")) actor_ids = unlinked["actors"];
  if (unlinked.count("topics")) topic_ids = unlinked["topics"];
  if (unlinked.count("dates")) date_values = unlinked["dates"];
  if (!actor_ids.empty()) c["actors"] = actor_ids;
  c["trigger"] = SpanJson(trigger, text);
  if (!action.is_null()) c["action"] = action;
  c["topics"] = topic_ids;
  c["dates"] = date_values;
  if (Field(trigger, "negated") == "true") c["negated"] = true;
  if (Field(trigger, "hedged") == "true") c["hedged"] = true;
  return c;
}

}  // namespace

Standoff FromRecord(const json& record) {
  Standoff out;
  auto add = [&out](std::string label, uint32_t start, uint32_t end) -> StandoffSpan& {
    out.spans.push_back({std::move(label), start, end, {}});
    return out.spans.back();
  };
  for (const json& s : List(record, "segments")) {
    StandoffSpan& span = add(Label(s.value("kind", "paragraph")), Offset(s, "start"), Offset(s, "end"));
    if (s.contains("label") && s["label"].is_string()) span.fields["label"] = s["label"];
  }
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  for (const json& s : List(record, "sentences")) {
    add("Sentence", Offset(s, "start"), Offset(s, "end"));
    sentences.push_back({Offset(s, "start"), Offset(s, "end")});
  }
  std::map<std::string, std::vector<size_t>> actor_mentions, topic_mentions, date_spans;
  for (const json& actor : List(record, "actors")) {
    const std::string id = actor.value("id", "");
    bool first = true;
    for (const json& m : List(actor, "mentions")) {
      StandoffSpan& span = add(Label(actor.value("type", "organization")), Offset(m, "start"), Offset(m, "end"));
      span.fields["actor"] = id;
      span.fields["name"] = actor.value("name", "");
      if (first) {
        // Actor-level values go on the first mention only.
        for (const char* key : {"role", "affiliation", "kb"}) {
          if (actor.contains(key) && actor[key].is_string()) span.fields[key] = actor[key];
        }
        first = false;
      }
      actor_mentions[id].push_back(out.spans.size() - 1);
    }
  }
  for (const json& d : List(record, "dates")) {
    // TIMEX3 types are upper case ("DATE"); labels are capitalized ("Date").
    std::string type = Upper(d.value("type", "DATE"));
    for (size_t k = 1; k < type.size(); ++k) type[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(type[k])));
    StandoffSpan& span = add(type, Offset(d, "start"), Offset(d, "end"));
    span.fields["value"] = d.value("value", "");
    if (d.contains("mod") && d["mod"].is_string()) span.fields["mod"] = d["mod"];
    date_spans[span.fields["value"]].push_back(out.spans.size() - 1);
  }
  for (const json& topic : List(record, "topics")) {
    for (const json& m : List(topic, "mentions")) {
      StandoffSpan& span = add("Topic", Offset(m, "start"), Offset(m, "end"));
      span.fields["topic"] = topic.value("id", "");
      span.fields["topic_label"] = topic.value("label", "");
      topic_mentions[span.fields["topic"]].push_back(out.spans.size() - 1);
    }
  }
  for (const json& c : List(record, "commitments")) {
    const json& trigger = c.contains("trigger") ? c["trigger"] : json::object();
    const json& action = c.contains("action") ? c["action"] : json::object();
    add(Label(c.value("type", "agree")), Offset(trigger, "start"), Offset(trigger, "end"));
    const size_t t = out.spans.size() - 1;
    out.spans[t].fields["status"] = c.value("status", "");
    if (c.value("negated", false) == true) out.spans[t].fields["negated"] = "true";
    if (c.value("hedged", false) == true) out.spans[t].fields["hedged"] = "true";
    const uint32_t at = out.spans[t].start;
    uint32_t sentence_start = 0, sentence_end = std::numeric_limits<uint32_t>::max();
    for (const auto& [s, e] : sentences) {
      if (s <= at && at < e) sentence_start = s, sentence_end = e;
    }
    // Partial gold may mark a commitment's trigger alone: no Action then, and
    // its topics are looked for in the sentence.
    uint32_t action_start = sentence_start, action_end = sentence_end;
    if (c.contains("action")) {
      add("Action", Offset(action, "start"), Offset(action, "end"));
      out.links.push_back({t, out.spans.size() - 1, "Action"});
      action_start = out.spans.back().start, action_end = out.spans.back().end;
    }
    std::string unlinked;
    auto link = [&](const char* key, const char* role, std::map<std::string, std::vector<size_t>>& index,
                    uint32_t within_start, uint32_t within_end) {
      std::vector<std::string> values = Strings(List(c, key));
      std::vector<StandoffLink> links;
      std::set<size_t> used;
      for (const std::string& value : values) {
        std::vector<size_t> free;
        for (size_t i : index[value]) {
          if (!used.count(i)) free.push_back(i);
        }
        std::optional<size_t> found = Nearest(out.spans, free, at, within_start, within_end);
        if (!found) {
          // A value no span carries: the whole list goes to the note, in order.
          unlinked += std::string(unlinked.empty() ? "" : "; ") + key + "=" + Join(values);
          return;
        }
        used.insert(*found);
        links.push_back({t, *found, role});
      }
      out.links.insert(out.links.end(), links.begin(), links.end());
    };
    link("actors", "Actor", actor_mentions, sentence_start, sentence_end);
    link("topics", "Topic", topic_mentions, action_start, action_end);
    link("dates", "Date", date_spans, sentence_start, sentence_end);
    if (!unlinked.empty()) out.spans[t].fields["unlinked"] = unlinked;
  }
  return out;
}

json ToGold(const Standoff& standoff, const std::string& id, const OriginalText& text, const json& meta) {
  std::vector<size_t> order(standoff.spans.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const StandoffSpan &x = standoff.spans[a], &y = standoff.spans[b];
    return x.start != y.start ? x.start < y.start : x.end < y.end;
  });
  GoldFields fields(text);
  for (size_t i : order) fields.Add(i, standoff.spans[i]);
  json gold = GoldHeader(id, text, meta);
  fields.MoveTo(gold);
  json commitments = json::array();
  for (size_t t : fields.triggers()) commitments.push_back(GoldCommitment(standoff, t, text));
  gold["commitments"] = commitments;
  gold["diagnostics"] = json::array();
  return gold;
}

}  // namespace communique::cli
