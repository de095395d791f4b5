// File names for `extract -o DIR`: one per document of a run, never shared.
#ifndef COMMUNIQUE_CLI_OUTPUT_NAMES_H_
#define COMMUNIQUE_CLI_OUTPUT_NAMES_H_

#include <string>
#include <unordered_set>

namespace communique::cli {

// A portable file name stem for document `id`: path separators, the
// characters Windows forbids (<>:"|?*), control characters and invalid
// UTF-8 become '_', so that an id can never escape the output directory;
// an id too long for a file name is cut and keeps a hash of the whole id.
std::string SafeFileName(const std::string& id);

// Hands out "<stem>.json" names in input order. A name already given in
// this run, or one differing from it only in ASCII case (one file on
// case-insensitive file systems), gets the first free suffix "~2", "~3",
// ...: deterministic, and no document overwrites another.
class OutputNames {
 public:
  // The file name for the next document `id`; *warning says why it is not
  // SafeFileName(id) + ".json" (left empty when it is).
  std::string Claim(const std::string& id, std::string* warning);

 private:
  std::unordered_set<std::string> taken_;  // ASCII-lowercased names
};

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_OUTPUT_NAMES_H_
