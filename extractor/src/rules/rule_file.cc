#include "rules/rule_file.h"

#include <algorithm>
#include <climits>
#include <set>

namespace communique::rules {

std::string Record::Where() const {
  return (file ? file->display : std::string("<rules>")) + ":" + std::to_string(line);
}

bool FieldReader::CheckFields(std::initializer_list<const char*> required,
                              std::initializer_list<const char*> optional) {
  bool good = true;
  for (const char* name : required) {
    if (!json_.contains(name)) {
      Error("missing field " + Name(name));
      good = false;
    }
  }
  for (const auto& item : json_.items()) {
    const std::string& key = item.key();
    auto is_key = [&key](const char* name) { return key == name; };
    if (std::none_of(required.begin(), required.end(), is_key) &&
        std::none_of(optional.begin(), optional.end(), is_key)) {
      Error("unknown field " + Name(key.c_str()));
      good = false;
    }
  }
  return good;
}

void FieldReader::Error(const std::string& reason) {
  context_->Error(where_, reason);
  ok_ = false;
}

std::string FieldReader::String(const char* name) {
  auto it = json_.find(name);
  if (it == json_.end()) return "";
  if (!it->is_string()) {
    Error(Name(name) + " must be a string");
    return "";
  }
  return it->get<std::string>();
}

std::vector<std::string> FieldReader::Strings(const char* name) {
  std::vector<std::string> out;
  auto it = json_.find(name);
  if (it == json_.end()) return out;
  if (it->is_string()) {
    out.push_back(it->get<std::string>());
    return out;
  }
  bool all_strings = it->is_array();
  if (all_strings) {
    for (const auto& item : *it) all_strings = all_strings && item.is_string();
  }
  if (!all_strings) {
    Error(Name(name) + " must be a string or a list of strings");
    return out;
  }
  for (const auto& item : *it) out.push_back(item.get<std::string>());
  return out;
}

bool FieldReader::Bool(const char* name, bool absent) {
  auto it = json_.find(name);
  if (it == json_.end()) return absent;
  if (!it->is_boolean()) {
    Error(Name(name) + " must be true or false");
    return absent;
  }
  return it->get<bool>();
}

int FieldReader::Int(const char* name, int absent) {
  auto it = json_.find(name);
  if (it == json_.end()) return absent;
  if (!it->is_number_integer() || *it < INT_MIN || *it > INT_MAX) {
    Error(Name(name) + " must be an integer");
    return absent;
  }
  return it->get<int>();
}

std::optional<FieldReader> FieldReader::Object(const char* name) {
  auto it = json_.find(name);
  if (it == json_.end()) return std::nullopt;
  if (!it->is_object()) {
    Error(Name(name) + " must be an object");
    return std::nullopt;
  }
  return FieldReader(*context_, where_, *it, prefix_ + name + ".");
}

std::vector<FieldReader> FieldReader::Objects(const char* name) {
  std::vector<FieldReader> out;
  auto it = json_.find(name);
  if (it == json_.end()) return out;
  bool all_objects = it->is_array();
  if (all_objects) {
    for (const auto& item : *it) all_objects = all_objects && item.is_object();
  }
  if (!all_objects) {
    Error(Name(name) + " must be a list of objects");
    return out;
  }
  for (size_t i = 0; i < it->size(); ++i) {
    out.push_back(FieldReader(*context_, where_, (*it)[i],
                              prefix_ + name + "[" + std::to_string(i) + "]."));
  }
  return out;
}

bool ReadRuleSource(FieldReader& r, RuleSource* source, std::string_view id_prefix) {
  source->where = r.where();
  source->id = std::string(id_prefix) + r.String("id");
  source->examples = r.Strings("examples");
  source->counter_examples = r.Strings("counter_examples");
  return r.context().RegisterId(source->where, source->id);
}

std::vector<Record> CompileContext::Records(std::string_view prefix, bool required) {
  std::vector<Record> out;
  std::vector<const RuleFile*> files = pack_.FilesUnder(prefix);
  prefixes_read_.emplace(prefix);
  files_read_.insert(files.begin(), files.end());
  if (files.empty() && required) {
    Error(std::string(prefix), "missing rule file(s): the pack has no file under this path");
  }
  for (const RuleFile* file : files) {
    std::string_view content = file->content;
    int line_number = 0;
    size_t pos = 0;
    while (pos < content.size()) {
      size_t eol = content.find('\n', pos);
      if (eol == std::string_view::npos) eol = content.size();
      std::string_view line = content.substr(pos, eol - pos);
      pos = eol + 1;
      ++line_number;
      size_t first = line.find_first_not_of(" \t\r");
      if (first == std::string_view::npos || line[first] == '#') continue;
      Record record{file, line_number, nlohmann::json::parse(line, nullptr, false)};
      if (record.json.is_discarded()) {
        Error(record, "not a valid JSON object");
        continue;
      }
      if (!record.json.is_object()) {
        Error(record, "a rule line must be a JSON object");
        continue;
      }
      out.push_back(std::move(record));
    }
  }
  return out;
}

void CompileContext::ReportUnreadFiles() {
  std::string prefixes;
  for (const std::string& prefix : prefixes_read_) {
    prefixes += prefixes.empty() ? "" : ", ";
    prefixes += prefix;
  }
  for (const RuleFile& file : pack_.files()) {
    if (files_read_.contains(&file)) continue;
    Error(file.display, "no rule family reads a file at this path (\"" + file.path +
                            "\"); a family reads the files whose path starts with one of: " + prefixes);
  }
}

void CompileContext::Error(const Record& record, const std::string& reason) {
  errors_.push_back(record.Where() + ": " + reason);
}

void CompileContext::Error(const std::string& where, const std::string& reason) {
  errors_.push_back(where + ": " + reason);
}

bool CompileContext::RegisterId(const std::string& where, const std::string& id) {
  if (id.empty()) {
    Error(where, "empty rule id");
    return false;
  }
  auto [it, inserted] = ids_.emplace(id, where);
  if (!inserted) {
    Error(where, "duplicate rule id \"" + id + "\" (first defined at " + it->second + ")");
    return false;
  }
  return true;
}

Status CompileContext::ToStatus() const {
  if (errors_.empty()) return Status::Ok();
  std::string message;
  for (const std::string& error : errors_) {
    if (!message.empty()) message += '\n';
    message += error;
  }
  return Status::ParseError(std::move(message));
}

}  // namespace communique::rules
