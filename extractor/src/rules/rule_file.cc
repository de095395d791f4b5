#include "rules/rule_file.h"

#include <algorithm>
#include <set>

namespace communique::rules {

std::string Record::Where() const {
  return (file ? file->display : std::string("<rules>")) + ":" + std::to_string(line);
}

std::string Record::GetString(const char* name) const {
  auto it = json.find(name);
  if (it == json.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

std::vector<std::string> Record::GetStrings(const char* name) const {
  std::vector<std::string> out;
  auto it = json.find(name);
  if (it == json.end()) return out;
  if (it->is_string()) {
    out.push_back(it->get<std::string>());
  } else if (it->is_array()) {
    for (const auto& item : *it) {
      if (item.is_string()) out.push_back(item.get<std::string>());
    }
  }
  return out;
}

std::vector<Record> CompileContext::Records(std::string_view prefix, bool required) {
  std::vector<Record> out;
  std::vector<const RuleFile*> files = pack_.FilesUnder(prefix);
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

void CompileContext::Error(const Record& record, const std::string& reason) {
  errors_.push_back(record.Where() + ": " + reason);
}

void CompileContext::Error(const std::string& where, const std::string& reason) {
  errors_.push_back(where + ": " + reason);
}

bool CompileContext::CheckFields(const Record& record,
                                 std::initializer_list<const char*> required,
                                 std::initializer_list<const char*> optional) {
  bool good = true;
  for (const char* name : required) {
    if (!record.json.contains(name)) {
      Error(record, std::string("missing field \"") + name + "\"");
      good = false;
    }
  }
  for (const auto& item : record.json.items()) {
    const std::string& key = item.key();
    auto is_key = [&key](const char* name) { return key == name; };
    if (std::none_of(required.begin(), required.end(), is_key) &&
        std::none_of(optional.begin(), optional.end(), is_key)) {
      Error(record, "unknown field \"" + key + "\"");
      good = false;
    }
  }
  return good;
}

bool CompileContext::RegisterId(const Record& record, const std::string& id) {
  if (id.empty()) {
    Error(record, "empty rule id");
    return false;
  }
  auto [it, inserted] = ids_.emplace(id, record.Where());
  if (!inserted) {
    Error(record, "duplicate rule id \"" + id + "\" (first defined at " + it->second + ")");
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
