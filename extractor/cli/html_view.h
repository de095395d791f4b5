// One self-contained HTML page per document (communique render): the text
// with its extractions highlighted, the commitments beside it, and with gold
// the scorer's differences. No script, no external asset, no network.
#ifndef COMMUNIQUE_CLI_HTML_VIEW_H_
#define COMMUNIQUE_CLI_HTML_VIEW_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "records.h"
#include "communique/score.h"

namespace communique::cli {

// `record` is a document record over `text`; `differences` (may be null)
// are ScoreDocument's errors against a gold file. Every highlighted span is
// an element <span class="hl k-KIND" data-kind="KIND" ...> with KIND actor,
// date, topic, trigger, action, missed, spurious or mismatch; its title
// (shown on hover) names every item over that piece of text and its rule id.
std::string RenderHtml(const nlohmann::json& record, const OriginalText& text,
                       const std::vector<ScoreError>* differences);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_HTML_VIEW_H_
