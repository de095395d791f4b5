// brat standoff (https://brat.nlplab.org/standoff.html) for communique records.
#include <map>
#include <sstream>

#include "standoff.h"

namespace communique::cli {
namespace {

// brat keeps one annotation per line: tabs and line breaks inside a value
// would end the line.
std::string OneLine(std::string_view value) {
  std::string out(value);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// "start end" fragments that never cross a line break (brat draws one line
// at a time and wants a fragment per line), and their texts joined by a space.
std::string Fragments(const OriginalText& text, uint32_t start, uint32_t end, std::string* joined) {
  std::string offsets;
  uint32_t begin = start;
  auto flush = [&](uint32_t stop) {
    if (stop > begin) {
      offsets += (offsets.empty() ? "" : ";") + std::to_string(begin) + " " + std::to_string(stop);
      *joined += (joined->empty() ? "" : " ") + std::string(text.Slice(begin, stop));
    }
  };
  for (uint32_t cp = start; cp < end; ++cp) {
    std::string_view c = text.Slice(cp, cp + 1);
    if (c == "\n" || c == "\r") {
      flush(cp);
      begin = cp + 1;
    }
  }
  flush(end);
  if (offsets.empty()) offsets = std::to_string(start) + " " + std::to_string(start);  // an empty span
  return offsets;
}

}  // namespace

BratFiles ToBrat(const nlohmann::json& record, const OriginalText& text) {
  Standoff standoff = FromRecord(record);
  BratFiles files{text.bytes(), ""};
  std::ostringstream ann;
  int normalizations = 0, attributes = 0, notes = 0, events = 0;
  auto reference = [&](const std::string& target, const std::string& db, const std::string& id,
                       const std::string& shown) {
    ann << "N" << ++normalizations << "\tReference " << target << " " << db << ":" << OneLine(id) << "\t"
        << OneLine(shown) << "\n";
  };
  auto note = [&](const std::string& target, const std::string& value) {
    ann << "#" << ++notes << "\tAnnotatorNotes " << target << "\t" << OneLine(value) << "\n";
  };
  std::map<size_t, std::string> event_of;  // trigger span -> E id
  for (const StandoffLink& link : standoff.links) {
    if (!event_of.count(link.from)) event_of[link.from] = "E" + std::to_string(++events);
  }
  for (size_t i = 0; i < standoff.spans.size(); ++i) {
    const StandoffSpan& span = standoff.spans[i];
    const std::string t = "T" + std::to_string(i + 1);
    std::string joined;
    std::string offsets = Fragments(text, span.start, span.end, &joined);
    ann << t << "\t" << span.label << " " << offsets << "\t" << OneLine(joined) << "\n";
    auto field = [&](const char* key) -> const std::string* {
      auto it = span.fields.find(key);
      return it == span.fields.end() ? nullptr : &it->second;
    };
    if (const std::string* actor = field("actor")) reference(t, "actor", *actor, field("name") ? *field("name") : "");
    if (const std::string* kb = field("kb")) reference(t, "kb", *kb, *kb);
    if (const std::string* affiliation = field("affiliation")) reference(t, "affiliation", *affiliation, *affiliation);
    if (const std::string* value = field("value")) reference(t, "value", *value, *value);
    if (const std::string* topic = field("topic")) {
      reference(t, "topic", *topic, field("topic_label") ? *field("topic_label") : "");
    }
    if (const std::string* mod = field("mod")) ann << "A" << ++attributes << "\tMod " << t << " " << *mod << "\n";
    if (const std::string* role = field("role")) note(t, *role);
    if (const std::string* label = field("label")) note(t, *label);
  }
  for (const auto& [trigger, e] : event_of) {
    const StandoffSpan& span = standoff.spans[trigger];
    ann << e << "\t" << span.label << ":T" << trigger + 1;
    std::map<std::string, int> seen;
    for (const StandoffLink& link : standoff.links) {
      if (link.from != trigger) continue;
      int n = ++seen[link.role];
      ann << " " << link.role << (n > 1 ? std::to_string(n) : "") << ":T" << link.to + 1;
    }
    ann << "\n";
    auto it = span.fields.find("status");
    if (it != span.fields.end() && !it->second.empty()) {
      ann << "A" << ++attributes << "\tStatus " << e << " " << it->second << "\n";
    }
    if (span.fields.count("negated")) ann << "A" << ++attributes << "\tNegated " << e << "\n";
    if (span.fields.count("hedged")) ann << "A" << ++attributes << "\tHedged " << e << "\n";
    if (auto unlinked = span.fields.find("unlinked"); unlinked != span.fields.end()) note(e, unlinked->second);
  }
  files.ann = ann.str();
  return files;
}

std::string BratAnnotationConf() {
  return "# brat configuration for communique's labels (communique export --format brat).\n"
         "[entities]\n"
         "Heading\nParagraph\nListItem\nSentence\n"
         "Country\nBloc\nOrganization\nPerson\n"
         "Date\nTime\nDuration\nSet\n"
         "Topic\nAction\n"
         "[relations]\n"
         "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
         "[events]\n"
         "Agree|Pledge|Intend|Launch|Sign|Cooperate|Review|Meet|Schedule\t"
         "Action?:Action, Actor*:Country|Bloc|Organization|Person, Topic*:Topic, Date*:Date|Time|Duration|Set\n"
         "[attributes]\n"
         "Status\tArg:<EVENT>, Value:planned|ongoing|done\n"
         "Negated\tArg:<EVENT>\n"
         "Hedged\tArg:<EVENT>\n"
         "Mod\tArg:Date|Time|Duration|Set, "
         "Value:BEFORE|AFTER|ON_OR_BEFORE|ON_OR_AFTER|LESS_THAN|MORE_THAN|EQUAL_OR_LESS|EQUAL_OR_MORE|START|MID|END|APPROX\n";
}

std::string BratVisualConf() {
  return "[labels]\n"
         "ListItem | List item\n"
         "[drawing]\n"
         "Heading\tbgColor:#eeeeee\nParagraph\tbgColor:#f7f7f7\nListItem\tbgColor:#f0f0f0\nSentence\tbgColor:#fafafa\n"
         "Country\tbgColor:#8fb2ff\nBloc\tbgColor:#7fa2ef\nOrganization\tbgColor:#a8c8ff\nPerson\tbgColor:#ffccaa\n"
         "Date\tbgColor:#9affe6\nTime\tbgColor:#9affe6\nDuration\tbgColor:#9affe6\nSet\tbgColor:#9affe6\n"
         "Topic\tbgColor:#e0ff9a\nAction\tbgColor:#ffe08a\n"
         "Agree\tbgColor:#ff8a8a\nPledge\tbgColor:#ff8a8a\nIntend\tbgColor:#ff8a8a\nLaunch\tbgColor:#ff8a8a\n"
         "Sign\tbgColor:#ff8a8a\nCooperate\tbgColor:#ff8a8a\nReview\tbgColor:#ff8a8a\nMeet\tbgColor:#ff8a8a\n"
         "Schedule\tbgColor:#ff8a8a\n";
}

namespace {

// ParseBrat's state: the spans read so far and the ids that name them.
struct BratReader {
  Standoff out;
  std::map<std::string, size_t> spans;   // T id -> span
  std::map<std::string, size_t> events;  // E id -> its trigger span
  std::vector<std::string>* problems;

  void Bad(size_t number, const std::string& why) {
    problems->push_back("line " + std::to_string(number) + ": " + why);
  }
  // A text-bound annotation ("T1\tLabel 0 5;7 9\ttext"); false when its
  // offsets cannot be read, which refuses the file.
  bool TextBound(size_t number, const std::string& line, const OriginalText& text);
  // An event ("E1\tAgree:T2 Agent:T3"): its trigger and argument links.
  void Event(size_t number, const std::string& line);
  // An attribute, a normalization or a note on a span or an event.
  void Annotation(size_t number, const std::string& line);
  StandoffSpan* Target(const std::string& id) {
    if (auto it = spans.find(id); it != spans.end()) return &out.spans[it->second];
    if (auto it = events.find(id); it != events.end()) return &out.spans[it->second];
    return nullptr;
  }
};

bool BratReader::TextBound(size_t number, const std::string& line, const OriginalText& text) {
  size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 == std::string::npos ? 0 : tab1 + 1);
  if (tab1 == std::string::npos) {
    Bad(number, "a text-bound annotation without a tab");
    return false;
  }
  std::string middle = line.substr(tab1 + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab1 - 1);
  std::istringstream fields(middle);
  StandoffSpan span;
  fields >> span.label;
  std::string rest;
  std::getline(fields, rest);
  long start = -1, end = -1;
  std::istringstream fragments(rest);
  for (std::string fragment; std::getline(fragments, fragment, ';');) {
    long s = -1, e = -1;
    if (!(std::istringstream(fragment) >> s >> e) || s < 0 || e < s) {
      Bad(number, "bad offsets \"" + fragment + "\"");
      return false;
    }
    if (start < 0) start = s;
    end = e;
  }
  if (start < 0 || static_cast<size_t>(end) > text.length()) {
    Bad(number, "offsets outside the text");
    return false;
  }
  span.start = static_cast<uint32_t>(start);
  span.end = static_cast<uint32_t>(end);
  spans[line.substr(0, tab1)] = out.spans.size();
  out.spans.push_back(std::move(span));
  return true;
}

void BratReader::Event(size_t number, const std::string& line) {
  size_t tab = line.find('\t');
  std::istringstream args(tab == std::string::npos ? "" : line.substr(tab + 1));
  std::string head;
  args >> head;
  size_t colon = head.find(':');
  auto trigger = colon == std::string::npos ? spans.end() : spans.find(head.substr(colon + 1));
  if (trigger == spans.end()) {
    Bad(number, "an event without a known trigger");
    return;
  }
  events[line.substr(0, tab)] = trigger->second;
  for (std::string arg; args >> arg;) {
    size_t c = arg.find(':');
    auto target = c == std::string::npos ? spans.end() : spans.find(arg.substr(c + 1));
    if (target == spans.end()) {
      Bad(number, "argument " + arg + " names no text-bound annotation");
      continue;
    }
    std::string role = arg.substr(0, c);
    while (!role.empty() && std::isdigit(static_cast<unsigned char>(role.back()))) role.pop_back();
    out.links.push_back({trigger->second, target->second, role});
  }
}

void BratReader::Annotation(size_t number, const std::string& line) {
  const char kind = line[0];
  size_t tab1 = line.find('\t');
  size_t tab2 = tab1 == std::string::npos ? std::string::npos : line.find('\t', tab1 + 1);
  std::istringstream head(tab1 == std::string::npos ? "" : line.substr(tab1 + 1, tab2 - tab1 - 1));
  const std::string tail = tab2 == std::string::npos ? "" : line.substr(tab2 + 1);
  std::string name, target, value;
  head >> name >> target >> value;
  StandoffSpan* span = Target(target);
  if (kind == 'A' || kind == 'M') {
    if (!span) {
      Bad(number, "attribute on unknown " + target);
    } else if (name == "Mod") {
      span->fields["mod"] = value;
    } else if (name == "Status") {
      span->fields["status"] = value;
    } else if (name == "Negated" || name == "Hedged") {
      span->fields[name == "Negated" ? "negated" : "hedged"] = "true";
    } else {
      Bad(number, "attribute " + name + " is not one communique holds");
    }
  } else if (kind == 'N') {
    size_t colon = value.find(':');
    if (!span || colon == std::string::npos) {
      Bad(number, "a normalization communique cannot read");
      return;
    }
    std::string db = value.substr(0, colon), id = value.substr(colon + 1);
    if (db == "actor") {
      span->fields["actor"] = id;
      span->fields["name"] = tail;
    } else if (db == "topic") {
      span->fields["topic"] = id;
      span->fields["topic_label"] = tail;
    } else if (db == "kb" || db == "affiliation" || db == "value") {
      span->fields[db] = id;
    } else {
      Bad(number, "normalization to " + db + " is not one communique holds");
    }
  } else if (kind == '#') {
    if (!span) {
      Bad(number, "a note on unknown " + target);
    } else if (events.count(target)) {
      span->fields["unlinked"] = tail;
    } else if (span->label == "Person") {
      span->fields["role"] = tail;
    } else if (span->label == "ListItem") {
      span->fields["label"] = tail;
    }
  } else {
    Bad(number, "a relation or equivalence: communique holds none, ignored");
  }
}

}  // namespace

std::optional<Standoff> ParseBrat(const std::string& ann, const OriginalText& text,
                                  std::vector<std::string>* problems) {
  BratReader reader;
  reader.problems = problems;
  struct Pending {
    size_t line;
    std::string text;
  };
  std::vector<Pending> later;  // everything but T lines, once every span is known
  std::istringstream in(ann);
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (line[0] != 'T') {
      later.push_back({number, line});
    } else if (!reader.TextBound(number, line, text)) {
      return std::nullopt;
    }
  }
  // Events first: attributes and notes may name them.
  for (const Pending& p : later) {
    if (p.text[0] == 'E') reader.Event(p.line, p.text);
  }
  for (const Pending& p : later) {
    if (p.text[0] != 'E') reader.Annotation(p.line, p.text);
  }
  return std::move(reader.out);
}

}  // namespace communique::cli
