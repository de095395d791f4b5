// A program outside the project that uses the installed library: reads one
// text from stdin and prints its record, as `communique extract -` would for
// {"text": ..., "id": "consumer"}.
#include <iostream>
#include <iterator>
#include <string>

#include "communique/pipeline.h"
#include "communique/serialize.h"

int main() {
  auto engine = communique::Engine::Create(communique::RulePack::Embedded(), {});
  if (!engine.ok()) {
    std::cerr << engine.status().ToString() << "\n";
    return 1;
  }
  communique::InputDocument input;
  input.id = "consumer";
  input.bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  std::cout << communique::ToJson((*engine)->Process(std::move(input))) << "\n";
  return 0;
}
