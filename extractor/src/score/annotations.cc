// ParseAnnotations: the JSON boundary of the scorer. Gold and prediction files
// come from outside (hand-written, other tools, older engine versions), so
// every value is type-checked and an unusable item is skipped with a reason
// rather than trusted.
#include <nlohmann/json.hpp>

#include <limits>
#include <string>

#include "communique/score.h"
#include "communique/json_depth.h"

namespace communique {
namespace {

using nlohmann::json;

// Reading one item: the first problem is kept, later reads become no-ops, so
// the per-field code reads straight through and checks once at the end.
class ItemReader {
 public:
  explicit ItemReader(const json& item) : item_(item) {
    if (!item.is_object()) problem_ = "not an object";
  }

  bool ok() const { return problem_.empty(); }
  const std::string& problem() const { return problem_; }

  // Whether the item gives `key` a value (null is no value).
  bool Has(const char* key) const {
    auto it = item_.find(key);
    return it != item_.end() && !it->is_null();
  }
  // Whether the item names `key` at all (a null role says "no role").
  bool Names(const char* key) const { return item_.is_object() && item_.contains(key); }

  std::string String(const char* key) {
    const json* value = Find(key);
    if (value == nullptr) return "";
    if (!value->is_string()) return Fail(key, "must be a string"), "";
    return value->get<std::string>();
  }

  // Absent and null both mean "not given".
  std::optional<std::string> OptionalString(const char* key) {
    if (!ok()) return std::nullopt;
    auto it = item_.find(key);
    if (it == item_.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) return Fail(key, "must be a string"), std::nullopt;
    return it->get<std::string>();
  }

  // "start"/"end"/"text"/"rule" of this object itself.
  AnnotatedSpan OwnSpan() { return ReadSpan(item_, ""); }

  AnnotatedSpan SpanField(const char* key) {
    const json* value = Find(key);
    if (value == nullptr) return {};
    if (!value->is_object()) return Fail(key, "must be a span object"), AnnotatedSpan{};
    return ReadSpan(*value, std::string(key) + ".");
  }

  std::vector<AnnotatedSpan> SpanList(const char* key) {
    std::vector<AnnotatedSpan> spans;
    const json* value = Find(key);
    if (value == nullptr) return spans;
    if (!value->is_array()) return Fail(key, "must be a list"), spans;
    for (size_t i = 0; i < value->size() && ok(); ++i) {
      const json& element = (*value)[i];
      std::string where = std::string(key) + "[" + std::to_string(i) + "]";
      if (!element.is_object()) {
        Fail(where, "must be a span object");
        break;
      }
      spans.push_back(ReadSpan(element, where + "."));
    }
    return spans;
  }

  std::vector<std::string> StringList(const char* key) {
    std::vector<std::string> strings;
    const json* value = Find(key);
    if (value == nullptr) return strings;
    if (!value->is_array()) return Fail(key, "must be a list"), strings;
    for (const json& element : *value) {
      if (!element.is_string()) {
        Fail(key, "must hold only strings");
        break;
      }
      strings.push_back(element.get<std::string>());
    }
    return strings;
  }

 private:
  const json* Find(const char* key) {
    if (!ok()) return nullptr;
    auto it = item_.find(key);
    if (it == item_.end()) {
      problem_ = std::string("missing \"") + key + "\"";
      return nullptr;
    }
    return &*it;
  }

  void Fail(const std::string& key, const char* reason) {
    if (ok()) problem_ = "\"" + key + "\" " + reason;
  }

  AnnotatedSpan ReadSpan(const json& object, const std::string& where) {
    AnnotatedSpan span;
    if (!ok()) return span;
    auto offset = [&](const char* key, uint32_t* out) {
      auto it = object.find(key);
      if (it == object.end()) return Fail(where + key, "is missing");
      if (!it->is_number_unsigned() ||
          it->get<uint64_t>() > std::numeric_limits<uint32_t>::max()) {
        return Fail(where + key, "must be a non-negative integer");
      }
      *out = static_cast<uint32_t>(it->get<uint64_t>());
    };
    offset("start", &span.start);
    offset("end", &span.end);
    if (ok() && span.end < span.start) Fail(where + "end", "is before start");
    // "text" and "rule" are informative (error listings), so a missing one is
    // no reason to drop the span.
    if (auto it = object.find("text"); it != object.end() && it->is_string()) {
      span.text = it->get<std::string>();
    }
    if (auto it = object.find("rule"); it != object.end() && it->is_string()) {
      span.rule = it->get<std::string>();
    }
    return span;
  }

  const json& item_;
  std::string problem_;
};

template <typename T, typename ReadItem>
void ReadList(const json& list, const char* field, std::vector<T>* out,
              std::vector<std::string>* problems, ReadItem read_item) {
  for (size_t i = 0; i < list.size(); ++i) {
    ItemReader reader(list[i]);
    T item = read_item(reader);
    if (reader.ok()) {
      out->push_back(std::move(item));
    } else {
      problems->push_back(std::string(field) + "[" + std::to_string(i) +
                          "]: " + reader.problem() + " (item skipped)");
    }
  }
}

// With `partial`, an attribute the gold item leaves out is read as not held
// (has_* = false) rather than as a missing required field.
Annotations ReadAnnotations(const json& root, bool partial, Status* status) {
  Annotations result;
  if (auto it = root.find("id"); it != root.end() && it->is_string()) {
    result.id = it->get<std::string>();
  }
  auto list = [&](Field field) -> const json* {
    auto it = root.find(FieldName(field));
    if (it == root.end() || it->is_null()) return nullptr;
    if (!it->is_array()) {
      if (status->ok()) {
        *status = Status::ParseError(std::string("\"") + FieldName(field) + "\" must be a list");
      }
      return nullptr;
    }
    result.annotated[static_cast<size_t>(field)] = !it->empty();
    return &*it;
  };
  if (const json* l = list(Field::kSentences)) {
    ReadList(*l, "sentences", &result.sentences, &result.problems,
             [](ItemReader& r) { return r.OwnSpan(); });
  }
  if (const json* l = list(Field::kDates)) {
    ReadList(*l, "dates", &result.dates, &result.problems, [partial](ItemReader& r) {
      Annotations::Date date;
      date.span = r.OwnSpan();
      date.has_type = !partial || r.Has("type");
      if (date.has_type) date.type = r.String("type");
      date.has_value = !partial || r.Has("value");
      if (date.has_value) date.value = r.String("value");
      return date;
    });
  }
  if (const json* l = list(Field::kActors)) {
    ReadList(*l, "actors", &result.actors, &result.problems, [partial](ItemReader& r) {
      Annotations::Actor actor;
      actor.id = r.String("id");
      actor.type = r.String("type");
      actor.has_role = !partial || r.Names("role");
      actor.role = r.OptionalString("role");
      actor.has_affiliation = !partial || r.Names("affiliation");
      actor.affiliation = r.OptionalString("affiliation");
      actor.has_mentions = !partial || r.Has("mentions");
      if (actor.has_mentions) actor.mentions = r.SpanList("mentions");
      return actor;
    });
  }
  if (const json* l = list(Field::kTopics)) {
    ReadList(*l, "topics", &result.topics, &result.problems, [partial](ItemReader& r) {
      Annotations::Topic topic;
      topic.id = r.String("id");
      topic.has_mentions = !partial || r.Has("mentions");
      if (topic.has_mentions) topic.mentions = r.SpanList("mentions");
      return topic;
    });
  }
  if (const json* l = list(Field::kCommitments)) {
    ReadList(*l, "commitments", &result.commitments, &result.problems, [partial](ItemReader& r) {
      Annotations::Commitment c;
      c.has_type = !partial || r.Has("type");
      if (c.has_type) c.type = r.String("type");
      c.has_status = !partial || r.Has("status");
      if (c.has_status) c.status = r.String("status");
      c.has_actors = !partial || r.Has("actors");
      if (c.has_actors) c.actors = r.StringList("actors");
      c.trigger = r.SpanField("trigger");
      c.has_action = !partial || r.Has("action");
      if (c.has_action) c.action = r.SpanField("action");
      c.rule = r.OptionalString("rule").value_or("");
      return c;
    });
  }
  return result;
}

}  // namespace

const char* FieldName(Field field) {
  switch (field) {
    case Field::kSentences: return "sentences";
    case Field::kDates: return "dates";
    case Field::kActors: return "actors";
    case Field::kTopics: return "topics";
    case Field::kCommitments: return "commitments";
  }
  return "?";
}

Result<Annotations> ParseAnnotations(std::string_view json_text, bool partial) {
  if (size_t at = FindExcessiveJsonNesting(json_text); at != std::string_view::npos) {
    return Status::ParseError("nested more than " + std::to_string(kMaxJsonDepth) +
                              " levels deep at byte " + std::to_string(at));
  }
  json root;
  try {
    root = json::parse(json_text.begin(), json_text.end());
  } catch (const json::exception& e) {
    // The library quotes the bytes it last read, which may be binary junk.
    std::string reason = e.what();
    reason = reason.substr(0, reason.find("; last read"));
    return Status::ParseError("not valid JSON: " + reason);
  }
  if (!root.is_object()) return Status::ParseError("the top level is not a JSON object");
  if (auto it = root.find("error"); it != root.end() && !root.contains("schema")) {
    return Status::ParseError("an error record, not a document");
  }
  Status status;
  Annotations annotations = ReadAnnotations(root, partial, &status);
  if (!status.ok()) return status;
  return annotations;
}

}  // namespace communique
