// The rule loader on arbitrary rule files: the embedded pack with one file
// replaced by the input. Errors are fine; crashes and hangs are not.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "communique/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::vector<communique::RuleFile> files = communique::RulePack::Embedded().files();
  if (files.empty()) return 0;
  // The input replaces the file its first line names when that line is a
  // path of the pack (the seeds name theirs, so that they stay aimed when
  // files are added); otherwise its first byte picks the file.
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t newline = input.find('\n');
  communique::RuleFile* target = nullptr;
  std::string_view content;
  for (communique::RuleFile& file : files) {
    if (newline != std::string_view::npos && input.substr(0, newline) == file.path) {
      target = &file;
      content = input.substr(newline + 1);
    }
  }
  if (target == nullptr) {
    target = &files[data[0] % files.size()];
    content = input.substr(1);
  }
  target->content.assign(content);
  auto engine = communique::Engine::Create(communique::RulePack::FromFiles(std::move(files)), {});
  if (engine.ok()) {
    communique::InputDocument input_document;
    input_document.bytes = "The EU and Japan agreed on 13 May 2025 to cooperate on AI.";
    (void)(*engine)->Process(std::move(input_document));
  }
  return 0;
}
