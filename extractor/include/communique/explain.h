// Why the engine extracted what it did: the data behind `communique explain`.
//
//   communique::Document doc = engine->Process(std::move(input));
//   communique::Explanation why = engine->Explain(doc);          // pipeline.h
//   for (const communique::TriggerTrace& t : why.triggers) {
//     if (t.commitment < 0) { /* a near miss: doc.View(t.trigger), t.reason */ }
//   }
//   std::string json = communique::ExplainToJson(doc, why);
//
// Every extracted item of a Document names the rule that produced it; an
// Explanation adds what the Document does not keep: each commitment trigger
// that matched, the sentence it was read in, and why it did or did not
// become a commitment.
#ifndef COMMUNIQUE_EXPLAIN_H_
#define COMMUNIQUE_EXPLAIN_H_

#include <string>
#include <vector>

#include "communique/document.h"
#include "communique/serialize.h"

namespace communique {

struct TriggerTrace {
  Span trigger;         // the verb group
  Span sentence;        // the sentence it was read in
  std::string rule;     // id of the trigger rule
  std::string type;     // the rule's type: a commitment type, or stance / appeal / report
  int commitment = -1;  // index into Document::commitments, or -1: a near miss
  std::string reason;   // why it is not a commitment; "" when it is one
};

struct Explanation {
  std::vector<TriggerTrace> triggers;  // in text order
};

// The document's record as ToJson() writes it, with one more member,
// "explain": {"triggers": [{"trigger": {start, end, text}, "sentence": {...},
// "rule", "type", "commitment": index or null, "reason"?}]}. Offsets are code
// points of the original text, like every offset of the record.
std::string ExplainToJson(const Document& doc, const Explanation& why,
                          const JsonOptions& options = {});

}  // namespace communique

#endif  // COMMUNIQUE_EXPLAIN_H_
