// doccano JSON Lines (relation-extraction projects) for communique records.
#include <map>

#include "standoff.h"

namespace communique::cli {

using nlohmann::json;

std::string ToDoccano(const json& record, const OriginalText& text) {
  Standoff standoff = FromRecord(record);
  json line = {{"id", StringField(record, "id")}, {"text", text.bytes()}};
  json entities = json::array(), relations = json::array(), fields = json::object();
  for (size_t i = 0; i < standoff.spans.size(); ++i) {
    const StandoffSpan& span = standoff.spans[i];
    entities.push_back({{"id", i + 1}, {"label", span.label}, {"start_offset", span.start}, {"end_offset", span.end}});
    if (!span.fields.empty()) fields[std::to_string(i + 1)] = span.fields;
  }
  for (size_t i = 0; i < standoff.links.size(); ++i) {
    const StandoffLink& link = standoff.links[i];
    relations.push_back({{"id", i + 1}, {"from_id", link.from + 1}, {"to_id", link.to + 1}, {"type", link.role}});
  }
  line["entities"] = entities;
  line["relations"] = relations;
  // doccano keeps a line's other keys as the example's metadata.
  json meta = {{"fields", fields}};
  for (const char* key : {"published", "title", "url"}) {
    if (!StringField(record, key).empty()) meta[key] = StringField(record, key);
  }
  line["communique"] = meta;
  return line.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<Standoff> ParseDoccano(const json& line, std::vector<std::string>* problems) {
  Standoff out;
  std::map<long long, size_t> by_id;
  const json* fields = nullptr;
  if (auto meta = line.find("communique"); meta != line.end() && meta->is_object()) {
    if (auto f = meta->find("fields"); f != meta->end() && f->is_object()) fields = &*f;
  }
  auto add = [&](const std::string& label, long long start, long long end, const std::string& key) {
    if (start < 0 || end < start) {
      problems->push_back("a span with bad offsets skipped");
      return;
    }
    StandoffSpan span{label, static_cast<uint32_t>(start), static_cast<uint32_t>(end), {}};
    if (fields && !key.empty()) {
      if (auto f = fields->find(key); f != fields->end() && f->is_object()) {
        for (const auto& [k, v] : f->items()) {
          if (v.is_string()) span.fields[k] = v.get<std::string>();
        }
      }
    }
    out.spans.push_back(std::move(span));
  };
  if (auto entities = line.find("entities"); entities != line.end() && entities->is_array()) {
    for (const json& e : *entities) {
      if (!e.is_object() || !e.value("id", json()).is_number_integer() || !e.value("label", json()).is_string()) {
        problems->push_back("an entity without integer \"id\" or string \"label\" skipped");
        continue;
      }
      long long id = e["id"].get<long long>();
      by_id[id] = out.spans.size();
      add(e["label"], e.value("start_offset", -1LL), e.value("end_offset", -1LL), std::to_string(id));
    }
  } else if (auto labels = line.find("label"); labels != line.end() && labels->is_array()) {
    // doccano's sequence-labelling format: [[start, end, LABEL], ...].
    for (const json& l : *labels) {
      if (l.is_array() && l.size() == 3 && l[0].is_number_integer() && l[1].is_number_integer() && l[2].is_string()) {
        add(l[2], l[0].get<long long>(), l[1].get<long long>(), "");
      } else {
        problems->push_back("a label that is not [start, end, LABEL] skipped");
      }
    }
  }
  if (auto relations = line.find("relations"); relations != line.end() && relations->is_array()) {
    for (const json& r : *relations) {
      auto from = by_id.find(r.value("from_id", -1LL)), to = by_id.find(r.value("to_id", -1LL));
      if (!r.is_object() || from == by_id.end() || to == by_id.end() || !r.value("type", json()).is_string()) {
        problems->push_back("a relation between unknown entities skipped");
        continue;
      }
      out.links.push_back({from->second, to->second, r["type"].get<std::string>()});
    }
  }
  return out;
}

}  // namespace communique::cli
