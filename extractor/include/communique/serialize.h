// JSON output of SPEC section 3 ("schema": "communique/1").
#ifndef COMMUNIQUE_SERIALIZE_H_
#define COMMUNIQUE_SERIALIZE_H_

#include <string>

#include "communique/document.h"

namespace communique {

struct JsonOptions {
  bool include_rules = true;  // add "rule": "<id>" to every extracted item
  bool pretty = false;        // indent with two spaces; else one line (JSON Lines)
};

// Serializes `doc`. Deterministic: the same Document gives byte-identical
// JSON. "generator" is written when the Document has one (every Document an
// Engine made). Offsets are code points of the original text; "text" fields are
// slices of the original.
std::string ToJson(const Document& doc, const JsonOptions& options = {});

// {"id": ..., "error": {"message": ...}}: the record for a document that could
// not be processed at all (unreadable file, malformed JSON Lines record).
std::string ErrorRecordJson(const std::string& id, const std::string& message);
// The same, with the input's "source", "title" and "url" after "error", as a
// document record has them after "diagnostics", and "generator" (when given,
// Engine::generator()) after "id", as a document record has it after "length".
std::string ErrorRecordJson(const InputDocument& input, const std::string& message,
                            const Generator* generator = nullptr);

}  // namespace communique

#endif  // COMMUNIQUE_SERIALIZE_H_
