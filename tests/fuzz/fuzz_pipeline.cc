// The whole pipeline on arbitrary bytes: never crash, never hang, and every
// span of the JSON stays inside the document.
#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "communique/pipeline.h"
#include "communique/serialize.h"

namespace {

const communique::Engine& FuzzEngine() {
  static std::shared_ptr<const communique::Engine> engine = [] {
    auto created = communique::Engine::Create(communique::RulePack::Embedded(), {});
    if (!created.ok()) std::abort();
    return *created;
  }();
  return *engine;
}

void CheckSpans(const nlohmann::json& value, int64_t length) {
  if (value.is_object()) {
    if (value.contains("start") && value.contains("end")) {
      int64_t start = value["start"], end = value["end"];
      if (start < 0 || end < start || end > length) std::abort();
    }
    for (const auto& [key, item] : value.items()) CheckSpans(item, length);
  } else if (value.is_array()) {
    for (const auto& item : value) CheckSpans(item, length);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  communique::InputDocument input;
  input.id = "fuzz";
  // The first byte picks the format and whether a publication date is known.
  input.format = (data[0] & 1) ? communique::Format::kMarkdown : communique::Format::kText;
  if (data[0] & 2) input.published = "2025-05-12";
  input.bytes.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  communique::Document doc = FuzzEngine().Process(std::move(input));
  std::string json = communique::ToJson(doc);
  nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
  if (parsed.is_discarded()) std::abort();  // the writer must always produce valid JSON
  CheckSpans(parsed, parsed["length"].get<int64_t>());
  return 0;
}
