// The default rule pack, compiled in by cmake/embed_rules.cmake.
#ifndef COMMUNIQUE_RULES_EMBEDDED_H_
#define COMMUNIQUE_RULES_EMBEDDED_H_

#include <cstddef>

namespace communique::rules {

struct EmbeddedFile {
  const char* path;  // relative to rules/; nullptr ends the table
  const char* data;
  size_t size;
};

extern const EmbeddedFile kEmbeddedRuleFiles[];

}  // namespace communique::rules

#endif  // COMMUNIQUE_RULES_EMBEDDED_H_
