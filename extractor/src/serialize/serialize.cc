#include "communique/serialize.h"

#include "communique/explain.h"

#include "serialize/json_writer.h"

namespace communique {
namespace {

using serialize::JsonWriter;

// "source", "title" and "url": what the input said of itself, the record's
// last members, present only when known.
void WriteProvenance(const std::string& source_path, size_t source_line, const std::string& title,
                     const std::string& url, JsonWriter& json) {
  if (!source_path.empty() || source_line > 0) {
    json.Key("source");
    json.BeginObject();
    if (source_path.empty()) {
      json.Key("stdin_line");
      json.Int(static_cast<int64_t>(source_line));
    } else {
      json.Key("path");
      json.String(source_path);
      if (source_line > 0) {  // a line of a JSON Lines file
        json.Key("line");
        json.Int(static_cast<int64_t>(source_line));
      }
    }
    json.EndObject();
  }
  if (!title.empty()) {
    json.Key("title");
    json.String(title);
  }
  if (!url.empty()) {
    json.Key("url");
    json.String(url);
  }
}

const char* SegmentKindName(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::kHeading: return "heading";
    case SegmentKind::kListItem: return "list_item";
    case SegmentKind::kParagraph: break;
  }
  return "paragraph";
}

// "generator", shared by document and error records.
void WriteGenerator(JsonWriter& json, const Generator* generator) {
  if (generator == nullptr) return;
  json.Key("generator");
  json.BeginObject();
  json.Key("program");
  json.String("communique");
  json.Key("version");
  json.String(generator->version);
  json.Key("rules");
  json.BeginObject();
  json.Key("id");
  json.String(generator->rules_id);
  json.Key("hash");
  json.String(generator->rules_hash);
  json.EndObject();
  json.EndObject();
}

const char* PublishedSourceName(PublishedSource source) {
  switch (source) {
    case PublishedSource::kCli: return "cli";
    case PublishedSource::kMeta: return "meta";
    case PublishedSource::kDateline: return "dateline";
    case PublishedSource::kNone: break;
  }
  return "none";
}

class DocumentWriter {
 public:
  DocumentWriter(const Document& doc, const JsonOptions& options, const Explanation* why = nullptr)
      : doc_(doc), options_(options), why_(why), json_(options.pretty) {}

  std::string Write() {
    // The JSON of a release is two to four times its size (spans and their
    // texts; 2.6 times over the White House releases, three for half of
    // them); reserving three times up front saves most documents the
    // reallocation and copy of growth, where twice left it to half of them.
    json_.Reserve(3 * doc_.original.size() + 4096);
    json_.BeginObject();
    json_.Key("schema");
    json_.String("communique/1");
    json_.Key("id");
    json_.String(doc_.id);
    json_.Key("published");
    if (doc_.published) {
      json_.String(*doc_.published);
    } else {
      json_.Null();
    }
    json_.Key("published_source");
    json_.String(PublishedSourceName(doc_.published_source));
    json_.Key("length");
    json_.Int(doc_.original_length);
    WriteGenerator(json_, doc_.generator.get());
    WriteSegments();
    WriteSentences();
    WriteActors();
    WriteDates();
    WriteTopics();
    WriteCommitments();
    WriteDiagnostics();
    WriteProvenance(doc_.source_path, doc_.source_line, doc_.title, doc_.url, json_);
    if (why_) WriteExplanation();
    json_.EndObject();
    return json_.Take();
  }

 private:
  // "start", "end" and (when with_text) "text" of a span, as members of the current object.
  void SpanMembers(Span span, bool with_text) {
    uint32_t start = doc_.offsets.OriginalBegin(span.begin);
    uint32_t end = span.empty() ? start : doc_.offsets.OriginalEnd(span.end);
    json_.Key("start");
    json_.Int(start);
    json_.Key("end");
    json_.Int(end);
    if (with_text) {
      json_.Key("text");
      json_.String(doc_.OriginalSlice(start, end));
    }
  }
  void SpanObject(Span span) {
    json_.BeginObject();
    SpanMembers(span, true);
    json_.EndObject();
  }
  void Rule(const std::string& rule) {
    if (!options_.include_rules || rule.empty()) return;
    json_.Key("rule");
    json_.String(rule);
  }
  void OptionalString(const char* key, const std::string& value) {
    if (value.empty()) return;
    json_.Key(key);
    json_.String(value);
  }
  void MentionList(const std::vector<Mention>& mentions) {
    json_.Key("mentions");
    json_.BeginArray();
    for (const Mention& mention : mentions) {
      json_.BeginObject();
      SpanMembers(mention.span, true);
      Rule(mention.rule);
      json_.EndObject();
    }
    json_.EndArray();
  }
  void StringList(const char* key, const std::vector<std::string>& values) {
    json_.Key(key);
    json_.BeginArray();
    for (const std::string& value : values) json_.String(value);
    json_.EndArray();
  }

  void WriteSegments() {
    json_.Key("segments");
    json_.BeginArray();
    for (const Segment& segment : doc_.segments) {
      json_.BeginObject();
      json_.Key("kind");
      json_.String(SegmentKindName(segment.kind));
      SpanMembers(segment.span, false);
      OptionalString("label", segment.label);
      json_.EndObject();
    }
    json_.EndArray();
  }
  void WriteSentences() {
    json_.Key("sentences");
    json_.BeginArray();
    for (const Sentence& sentence : doc_.sentences) {
      json_.BeginObject();
      SpanMembers(sentence.span, false);
      json_.Key("segment");
      json_.Int(sentence.segment);
      json_.EndObject();
    }
    json_.EndArray();
  }
  void WriteActors() {
    json_.Key("actors");
    json_.BeginArray();
    for (const Actor& actor : doc_.actors) {
      if (actor.partnership) continue;  // no actor (Actor::partnership)
      json_.BeginObject();
      json_.Key("id");
      json_.String(actor.id);
      json_.Key("type");
      json_.String(actor.type);
      json_.Key("name");
      json_.String(actor.name);
      OptionalString("role", actor.role);
      OptionalString("affiliation", actor.affiliation);
      OptionalString("kb", actor.kb);
      MentionList(actor.mentions);
      json_.EndObject();
    }
    json_.EndArray();
  }
  void WriteDates() {
    json_.Key("dates");
    json_.BeginArray();
    for (const DateExpr& date : doc_.dates) {
      json_.BeginObject();
      SpanMembers(date.span, true);
      json_.Key("type");
      json_.String(date.type);
      json_.Key("value");
      json_.String(date.value);
      OptionalString("mod", date.mod);
      Rule(date.rule);
      json_.EndObject();
    }
    json_.EndArray();
  }
  void WriteTopics() {
    json_.Key("topics");
    json_.BeginArray();
    for (const Topic& topic : doc_.topics) {
      json_.BeginObject();
      json_.Key("id");
      json_.String(topic.id);
      json_.Key("label");
      json_.String(topic.label);
      MentionList(topic.mentions);
      json_.EndObject();
    }
    json_.EndArray();
  }
  void WriteCommitments() {
    json_.Key("commitments");
    json_.BeginArray();
    for (const Commitment& c : doc_.commitments) {
      json_.BeginObject();
      json_.Key("type");
      json_.String(c.type);
      json_.Key("status");
      json_.String(c.status);
      StringList("actors", c.actors);
      json_.Key("trigger");
      SpanObject(c.trigger);
      json_.Key("action");
      SpanObject(c.action);
      StringList("topics", c.topics);
      StringList("dates", c.dates);
      if (c.negated) {
        json_.Key("negated");
        json_.Bool(true);
      }
      if (c.hedged) {
        json_.Key("hedged");
        json_.Bool(true);
      }
      Rule(c.rule);
      json_.EndObject();
    }
    json_.EndArray();
  }
  void WriteDiagnostics() {
    json_.Key("diagnostics");
    json_.BeginArray();
    for (const Diagnostic& d : doc_.diagnostics) {
      json_.BeginObject();
      json_.Key("level");
      json_.String(d.level == Diagnostic::Level::kError ? "error" : "warning");
      json_.Key("message");
      json_.String(d.message);
      if (d.original_offset) {
        json_.Key("start");
        json_.Int(*d.original_offset);
      }
      json_.EndObject();
    }
    json_.EndArray();
  }

  void WriteExplanation() {
    json_.Key("explain");
    json_.BeginObject();
    json_.Key("triggers");
    json_.BeginArray();
    for (const TriggerTrace& t : why_->triggers) {
      json_.BeginObject();
      json_.Key("trigger");
      SpanObject(t.trigger);
      json_.Key("sentence");
      SpanObject(t.sentence);
      json_.Key("rule");
      json_.String(t.rule);
      json_.Key("type");
      json_.String(t.type);
      json_.Key("commitment");
      if (t.commitment >= 0) {
        json_.Int(t.commitment);
      } else {
        json_.Null();
      }
      OptionalString("reason", t.reason);
      json_.EndObject();
    }
    json_.EndArray();
    json_.EndObject();
  }

  const Document& doc_;
  const JsonOptions& options_;
  const Explanation* why_;  // null: the plain record
  JsonWriter json_;
};

}  // namespace

std::string ToJson(const Document& doc, const JsonOptions& options) {
  return DocumentWriter(doc, options).Write();
}

std::string ExplainToJson(const Document& doc, const Explanation& why, const JsonOptions& options) {
  return DocumentWriter(doc, options, &why).Write();
}

namespace {

std::string ErrorRecord(const std::string& id, const std::string& message,
                        const InputDocument* input, const Generator* generator) {
  JsonWriter json(false);
  json.BeginObject();
  json.Key("schema");
  json.String("communique/1");
  json.Key("id");
  json.String(id);
  WriteGenerator(json, generator);
  json.Key("error");
  json.BeginObject();
  json.Key("message");
  json.String(message);
  json.EndObject();
  if (input != nullptr) {
    WriteProvenance(input->source_path, input->source_line, input->title, input->url, json);
  }
  json.EndObject();
  return json.Take();
}

}  // namespace

std::string ErrorRecordJson(const std::string& id, const std::string& message) {
  return ErrorRecord(id, message, nullptr, nullptr);
}

std::string ErrorRecordJson(const InputDocument& input, const std::string& message,
                            const Generator* generator) {
  return ErrorRecord(input.id, message, &input, generator);
}

}  // namespace communique
