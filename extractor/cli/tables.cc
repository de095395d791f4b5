#include "tables.h"

#include <map>

#include "records.h"

namespace communique::cli {
namespace {

using nlohmann::json;

Cell Text(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}
Cell Integer(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_number_integer()) return std::nullopt;
  return std::to_string(it->get<long long>());
}
Cell Count(const json& object, const char* key) {
  auto it = object.find(key);
  return std::to_string(it != object.end() && it->is_array() ? it->size() : 0);
}
// A list of strings as one cell, ";"-separated (ids and date values hold no ";").
Cell Joined(const json& object, const char* key) {
  std::string out;
  auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return out;
  for (const json& value : *it) {
    if (!value.is_string()) continue;
    if (!out.empty()) out += ';';
    out += value.get<std::string>();
  }
  return out;
}
const json& Member(const json& object, const char* key) {
  static const json kEmpty = json::object();
  auto it = object.find(key);
  return it != object.end() && it->is_object() ? *it : kEmpty;
}
const json& List(const json& object, const char* key) {
  static const json kEmpty = json::array();
  auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : kEmpty;
}

Table* Find(std::vector<Table>& tables, const std::string& name) {
  for (Table& table : tables) {
    if (table.name == name) return &table;
  }
  return nullptr;
}

}  // namespace

std::vector<Table> MakeTables() {
  const bool kInt = true;
  return {
      {"documents",
       {{"doc_id"}, {"title"}, {"url"}, {"published"}, {"published_source"}, {"length", kInt},
        {"source_path"}, {"generator_version"}, {"rules_id"}, {"rules_hash"}},
       {"doc_id"},
       {"published"},
       {}},
      {"commitments",
       {{"doc_id"}, {"doc_title"}, {"doc_url"}, {"doc_published"}, {"commitment", kInt}, {"type"},
        {"status"}, {"negated", kInt}, {"hedged", kInt}, {"trigger_start", kInt}, {"trigger_end", kInt},
        {"trigger"}, {"action_start", kInt}, {"action_end", kInt}, {"action"}, {"topics"}, {"dates"},
        {"rule"}, {"actor_id"}, {"actor_name"}, {"actor_type"}, {"actor_kb"}},
       {},
       {"doc_id, commitment", "actor_kb", "actor_id", "type"},
       {}},
      {"actors",
       {{"doc_id"}, {"actor_id"}, {"type"}, {"name"}, {"role"}, {"affiliation"}, {"kb"}, {"mentions", kInt}},
       {"doc_id", "actor_id"},
       {"kb", "type"},
       {}},
      {"mentions",
       {{"doc_id"}, {"actor_id"}, {"start", kInt}, {"end", kInt}, {"text"}, {"rule"}},
       {},
       {"doc_id, actor_id"},
       {}},
      {"dates",
       {{"doc_id"}, {"start", kInt}, {"end", kInt}, {"text"}, {"type"}, {"value"}, {"mod"}, {"rule"}},
       {},
       {"doc_id", "value"},
       {}},
      {"topics",
       {{"doc_id"}, {"topic_id"}, {"label"}, {"mentions", kInt}, {"first_start", kInt}, {"first_text"}},
       {"doc_id", "topic_id"},
       {"topic_id"},
       {}},
  };
}

void AddRecord(const json& record, std::vector<Table>& tables) {
  if (record.contains("error") || !record.contains("id")) return;
  const Cell doc_id = Text(record, "id");
  const json& generator = Member(record, "generator");
  const json& rules = Member(generator, "rules");
  if (Table* t = Find(tables, "documents")) {
    t->rows.push_back({doc_id, Text(record, "title"), Text(record, "url"), Text(record, "published"),
                       Text(record, "published_source"), Integer(record, "length"), Text(Member(record, "source"), "path"),
                       Text(generator, "version"), Text(rules, "id"), Text(rules, "hash")});
  }
  std::map<std::string, const json*> actors;
  for (const json& actor : List(record, "actors")) {
    if (actor.is_object()) actors.emplace(StringField(actor, "id"), &actor);
  }
  if (Table* t = Find(tables, "commitments")) {
    size_t index = 0;
    for (const json& c : List(record, "commitments")) {
      if (!c.is_object()) continue;
      const json& trigger = Member(c, "trigger");
      const json& action = Member(c, "action");
      auto flag = [&](const char* key) -> Cell { return c.value(key, false) == true ? "1" : "0"; };
      std::vector<Cell> row = {doc_id, Text(record, "title"), Text(record, "url"), Text(record, "published"),
                               std::to_string(index++), Text(c, "type"), Text(c, "status"), flag("negated"),
                               flag("hedged"), Integer(trigger, "start"), Integer(trigger, "end"),
                               Text(trigger, "text"), Integer(action, "start"), Integer(action, "end"),
                               Text(action, "text"), Joined(c, "topics"), Joined(c, "dates"), Text(c, "rule")};
      std::vector<std::string> ids;
      for (const json& id : List(c, "actors")) {
        if (id.is_string()) ids.push_back(id.get<std::string>());
      }
      if (ids.empty()) {
        // The commitment still gets its row; the actor columns are NULL.
        row.resize(t->columns.size());
        t->rows.push_back(std::move(row));
        continue;
      }
      for (const std::string& id : ids) {
        std::vector<Cell> with_actor = row;
        auto it = actors.find(id);
        with_actor.push_back(id);
        if (it != actors.end()) {
          with_actor.push_back(Text(*it->second, "name"));
          with_actor.push_back(Text(*it->second, "type"));
          with_actor.push_back(Text(*it->second, "kb"));
        }
        with_actor.resize(t->columns.size());
        t->rows.push_back(std::move(with_actor));
      }
    }
  }
  for (const json& actor : List(record, "actors")) {
    if (!actor.is_object()) continue;
    const Cell actor_id = Text(actor, "id");
    if (Table* t = Find(tables, "actors")) {
      t->rows.push_back({doc_id, actor_id, Text(actor, "type"), Text(actor, "name"), Text(actor, "role"),
                         Text(actor, "affiliation"), Text(actor, "kb"), Count(actor, "mentions")});
    }
    if (Table* t = Find(tables, "mentions")) {
      for (const json& m : List(actor, "mentions")) {
        if (!m.is_object()) continue;
        t->rows.push_back({doc_id, actor_id, Integer(m, "start"), Integer(m, "end"), Text(m, "text"), Text(m, "rule")});
      }
    }
  }
  if (Table* t = Find(tables, "dates")) {
    for (const json& d : List(record, "dates")) {
      if (!d.is_object()) continue;
      t->rows.push_back({doc_id, Integer(d, "start"), Integer(d, "end"), Text(d, "text"), Text(d, "type"),
                         Text(d, "value"), Text(d, "mod"), Text(d, "rule")});
    }
  }
  if (Table* t = Find(tables, "topics")) {
    for (const json& topic : List(record, "topics")) {
      if (!topic.is_object()) continue;
      const json& mentions = List(topic, "mentions");
      const json& first = mentions.empty() || !mentions[0].is_object() ? Member(topic, "") : mentions[0];
      t->rows.push_back({doc_id, Text(topic, "id"), Text(topic, "label"), Count(topic, "mentions"),
                         Integer(first, "start"), Text(first, "text")});
    }
  }
}

std::string ToCsv(const Table& table) {
  std::string out;
  auto field = [&out](std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
      out += value;
      return;
    }
    out += '"';
    for (char c : value) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  };
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i > 0) out += ',';
    field(table.columns[i].name);
  }
  out += "\r\n";
  for (const std::vector<Cell>& row : table.rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      if (row[i]) field(*row[i]);
    }
    out += "\r\n";
  }
  return out;
}

std::string ToTsv(const Table& table) {
  std::string out;
  auto field = [&out](std::string_view value) {
    for (char c : value) {
      switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
      }
    }
  };
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i > 0) out += '\t';
    field(table.columns[i].name);
  }
  out += '\n';
  for (const std::vector<Cell>& row : table.rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += '\t';
      if (row[i]) field(*row[i]);
    }
    out += '\n';
  }
  return out;
}

}  // namespace communique::cli
