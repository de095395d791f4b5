// Annotation tools' formats: records to brat standoff, doccano JSON Lines and
// TimeML, and brat and doccano annotations back to gold files.
//
// brat and doccano share one model, Standoff: labelled spans with fields and
// links from a commitment's trigger to its arguments. A record becomes a
// Standoff (FromRecord) which each writer prints; each reader builds a
// Standoff which becomes a gold record (ToGold). What maps to what is in
// docs/annotation-formats.md.
#ifndef COMMUNIQUE_CLI_STANDOFF_H_
#define COMMUNIQUE_CLI_STANDOFF_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "records.h"

namespace communique::cli {

struct StandoffSpan {
  std::string label;  // Heading, Sentence, Country, Date, Topic, Action, Agree, ...
  uint32_t start = 0;  // code points
  uint32_t end = 0;
  // Values that are not spans: "actor", "name", "kb", "affiliation", "role"
  // (actor mentions), "value", "mod" (dates), "topic", "topic_label" (topic
  // mentions), "label" (list items), "status", "negated", "hedged",
  // "unlinked" (commitment triggers).
  std::map<std::string, std::string> fields;
};

struct StandoffLink {
  size_t from = 0;  // index of a commitment trigger in Standoff::spans
  size_t to = 0;    // index of the argument's span
  std::string role;  // Actor, Action, Topic, Date
};

struct Standoff {
  std::vector<StandoffSpan> spans;
  std::vector<StandoffLink> links;
};

// The spans of a record (document or gold): segments, sentences, actor
// mentions, dates, topic mentions, commitment triggers and actions.
Standoff FromRecord(const nlohmann::json& record);

// The gold file for `standoff` over `text`: `meta` (a sidecar, or null)
// gives "published", "title", "url".
nlohmann::json ToGold(const Standoff& standoff, const std::string& id, const OriginalText& text,
                      const nlohmann::json& meta);

struct BratFiles {
  std::string txt;
  std::string ann;
};
BratFiles ToBrat(const nlohmann::json& record, const OriginalText& text);
// brat's configuration for the labels ToBrat writes.
std::string BratAnnotationConf();
std::string BratVisualConf();
// Parses a .ann file (offsets in code points of `text`). Lines brat writes
// that carry nothing communique holds (relations, equivalences) are listed
// in `problems`; a malformed line fails.
std::optional<Standoff> ParseBrat(const std::string& ann, const OriginalText& text,
                                  std::vector<std::string>* problems);

// One doccano JSON Line (relation-extraction format: "entities",
// "relations", and communique's fields under "communique").
std::string ToDoccano(const nlohmann::json& record, const OriginalText& text);
// Parses one doccano line back; its "text" is the document.
std::optional<Standoff> ParseDoccano(const nlohmann::json& line, std::vector<std::string>* problems);

// The text with a TIMEX3 element around every date (TimeML 1.2, as TempEval-3
// distributes it), DCT from "published".
std::string ToTimeMl(const nlohmann::json& record, const OriginalText& text);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_STANDOFF_H_
