// The rule loader on arbitrary rule files: the embedded pack with one file
// replaced by the input. Errors are fine; crashes and hangs are not.
#include <cstdint>
#include <string>
#include <vector>

#include "communique/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::vector<communique::RuleFile> files = communique::RulePack::Embedded().files();
  if (files.empty()) return 0;
  // The first byte picks which file the rest of the input replaces.
  communique::RuleFile& target = files[data[0] % files.size()];
  target.content.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  auto engine = communique::Engine::Create(communique::RulePack::FromFiles(std::move(files)), {});
  if (engine.ok()) {
    communique::InputDocument input;
    input.bytes = "The EU and Japan agreed on 13 May 2025 to cooperate on AI.";
    (void)(*engine)->Process(std::move(input));
  }
  return 0;
}
