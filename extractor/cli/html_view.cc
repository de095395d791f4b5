#include "html_view.h"

#include <algorithm>
#include <map>
#include <set>

namespace communique::cli {
namespace {

using nlohmann::json;

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

const json& List(const json& object, const char* key) {
  static const json kEmpty = json::array();
  auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : kEmpty;
}
uint32_t Offset(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_number_unsigned() ? it->get<uint32_t>() : 0;
}

// One highlighted item. Pieces of text covered by several items nest one
// element per item, outermost first in this order, so that each layer keeps
// its own mark (background, underline, outline) and all stay visible.
enum Layer { kAction, kActor, kTopic, kDate, kTrigger, kMissed, kMismatch, kSpurious };
const char* kLayerNames[] = {"action", "actor", "topic", "date", "trigger", "missed", "mismatch", "spurious"};

struct Item {
  uint32_t start, end;
  Layer layer;
  std::string id;     // data-id: actor or topic id, date value, commitment number
  std::string title;  // what hovering says
};

constexpr const char* kStyle = R"CSS(
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fbfbfd}
header{padding:12px 20px;border-bottom:1px solid #ddd;background:#fff}
header h1{font-size:18px;margin:0 0 4px}header p{margin:0;color:#555;font-size:13px}
main{display:flex;gap:20px;padding:16px 20px;align-items:flex-start}
#text{flex:3;white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:14px;border-radius:6px;min-width:0}
aside{flex:2;min-width:0}
table{border-collapse:collapse;width:100%;font-size:13px;background:#fff;margin-bottom:16px}
th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}th{background:#f2f2f5}
.legend span{margin-right:8px;padding:1px 4px}
.k-action{background:#fff1b8}
.k-actor{background:#cfe0ff;border-radius:3px}
.k-topic{text-decoration:underline wavy #4a9a2a;text-underline-offset:3px}
.k-date{border-bottom:3px solid #19a89a}
.k-trigger{font-weight:700;color:#b3261e}
.k-missed{outline:2px dashed #d00;outline-offset:1px}
.k-spurious{outline:2px solid #f08c00;outline-offset:1px}
.k-mismatch{outline:2px dotted #7b2cbf;outline-offset:1px}
tr.missed td{background:#ffecec}tr.spurious td{background:#fff4e0}tr.mismatch td{background:#f3eaff}
code{font-size:12px;color:#555}
)CSS";

std::string RuleOf(const json& item) {
  std::string rule = StringField(item, "rule");
  return rule.empty() ? std::string() : " \u00b7 rule " + rule;
}

// ", negated" and ", hedged" as a commitment has them.
std::string Qualifiers(const json& commitment) {
  std::string out;
  if (commitment.value("negated", false) == true) out += ", negated";
  if (commitment.value("hedged", false) == true) out += ", hedged";
  return out;
}

const json& Member(const json& object, const char* key) {
  static const json kEmpty = json::object();
  return object.contains(key) ? object[key] : kEmpty;
}

// The record's actor, topic and date mentions, commitment triggers and actions.
std::vector<Item> ExtractionItems(const json& record) {
  std::vector<Item> items;
  for (const json& actor : List(record, "actors")) {
    const std::string id = StringField(actor, "id");
    std::string what = "actor " + id + " (" + StringField(actor, "type") + "): " + StringField(actor, "name");
    if (!StringField(actor, "role").empty()) what += ", " + StringField(actor, "role");
    if (!StringField(actor, "kb").empty()) what += " [kb " + StringField(actor, "kb") + "]";
    for (const json& m : List(actor, "mentions")) {
      items.push_back({Offset(m, "start"), Offset(m, "end"), kActor, id, what + RuleOf(m)});
    }
  }
  for (const json& topic : List(record, "topics")) {
    const std::string id = StringField(topic, "id");
    for (const json& m : List(topic, "mentions")) {
      items.push_back({Offset(m, "start"), Offset(m, "end"), kTopic, id,
                       "topic " + id + ": " + StringField(topic, "label") + RuleOf(m)});
    }
  }
  for (const json& d : List(record, "dates")) {
    std::string what = "date " + StringField(d, "type") + " " + StringField(d, "value");
    if (!StringField(d, "mod").empty()) what += " mod " + StringField(d, "mod");
    items.push_back({Offset(d, "start"), Offset(d, "end"), kDate, StringField(d, "value"), what + RuleOf(d)});
  }
  size_t number = 0;
  for (const json& c : List(record, "commitments")) {
    const std::string n = std::to_string(++number);
    const std::string what =
        "commitment " + n + ": " + StringField(c, "type") + ", " + StringField(c, "status") + Qualifiers(c);
    const json& trigger = Member(c, "trigger");
    const json& action = Member(c, "action");
    items.push_back({Offset(trigger, "start"), Offset(trigger, "end"), kTrigger, n, "trigger of " + what + RuleOf(c)});
    items.push_back({Offset(action, "start"), Offset(action, "end"), kAction, n, "action of " + what});
  }
  return items;
}

Layer DifferenceLayer(const ScoreError& e) {
  return e.kind == ScoreError::Kind::kFalseNegative   ? kMissed
         : e.kind == ScoreError::Kind::kFalsePositive ? kSpurious
                                                      : kMismatch;
}

// The scorer's differences as items of their own layers, appended to *items.
void AddDifferenceItems(const std::vector<ScoreError>& differences, std::vector<Item>* items) {
  for (const ScoreError& e : differences) {
    const Layer layer = DifferenceLayer(e);
    std::string what = std::string(kLayerNames[layer]) + " " + FieldName(e.field) + " " + e.what;
    if (!e.detail.empty()) what += ": " + e.detail;
    if (!e.rule.empty()) what += " \u00b7 rule " + e.rule;
    items->push_back({e.start, std::max(e.end, e.start), layer, FieldName(e.field), what});
  }
}

// The text, escaped, cut wherever an item starts or ends; each piece inside
// the elements of the items over it (outermost layer first).
std::string HighlightedText(std::vector<Item> items, const OriginalText& text) {
  const uint32_t length = static_cast<uint32_t>(text.length());
  std::set<uint32_t> cuts = {0, length};
  for (Item& item : items) {
    item.start = std::min(item.start, length);
    item.end = std::min(std::max(item.end, item.start), length);
    cuts.insert(item.start);
    cuts.insert(item.end);
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return a.layer != b.layer ? a.layer < b.layer : a.start < b.start;
  });

  std::string body;
  body.reserve(text.bytes().size() * 3);
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    const uint32_t from = *it, to = *std::next(it);
    std::vector<const Item*> over;
    for (const Item& item : items) {
      if (item.start <= from && to <= item.end && item.start < item.end) over.push_back(&item);
    }
    const std::string piece = Escape(text.Slice(from, to));
    if (over.empty()) {
      body += piece;
      continue;
    }
    // The innermost element's title lists every item over the piece: a
    // browser shows only the title of the element under the pointer.
    std::string title;
    for (const Item* item : over) title += (title.empty() ? "" : "\n") + item->title;
    for (size_t k = 0; k < over.size(); ++k) {
      const Item& item = *over[k];
      body += "<span class=\"hl k-" + std::string(kLayerNames[item.layer]) + "\" data-kind=\"" +
              kLayerNames[item.layer] + "\" data-id=\"" + Escape(item.id) + "\"";
      if (k + 1 == over.size()) body += " title=\"" + Escape(title) + "\"";
      body += ">";
    }
    body += piece;
    for (size_t k = 0; k < over.size(); ++k) body += "</span>";
  }
  return body;
}

// From the doctype to the header's end: title, the record's fields, the legend.
std::string PageHead(const json& record, bool with_differences) {
  const std::string id = StringField(record, "id");
  const std::string title = StringField(record, "title");
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                     "<title>" + Escape(title.empty() ? id : title) + " \u2014 communique</title>\n<style>" +
                     kStyle + "</style></head>\n<body>\n<header><h1>" + Escape(title.empty() ? id : title) + "</h1><p>";
  html += "id <code>" + Escape(id) + "</code>";
  if (!StringField(record, "published").empty()) html += " \u00b7 published " + Escape(StringField(record, "published"));
  if (!StringField(record, "url").empty()) html += " \u00b7 " + Escape(StringField(record, "url"));
  if (auto g = record.find("generator"); g != record.end() && g->is_object()) {
    const json& rules = Member(*g, "rules");
    html += " \u00b7 " + Escape(StringField(*g, "program") + " " + StringField(*g, "version") + ", rules " +
                                 StringField(rules, "id") + " " + StringField(rules, "hash"));
  }
  html += "</p><p class=\"legend\"><span class=\"k-actor\">actor</span><span class=\"k-date\">date</span>"
          "<span class=\"k-topic\">topic</span><span class=\"k-trigger\">trigger</span>"
          "<span class=\"k-action\">action</span>";
  if (with_differences) {
    html += "<span class=\"k-missed\">missed (gold only)</span><span class=\"k-spurious\">spurious</span>"
            "<span class=\"k-mismatch\">mismatched</span>";
  }
  html += "</p></header>\n";
  return html;
}

// The commitments, one row each, with their actors by name.
std::string CommitmentTable(const json& record) {
  std::map<std::string, std::string> actor_names;
  for (const json& actor : List(record, "actors")) actor_names[StringField(actor, "id")] = StringField(actor, "name");
  std::string html =
      "<table id=\"commitments\"><caption>Commitments</caption>\n<tr><th>#</th><th>type</th><th>status</th>"
      "<th>actors</th><th>trigger</th><th>action</th><th>dates</th><th>rule</th></tr>\n";
  size_t number = 0;
  for (const json& c : List(record, "commitments")) {
    std::string actors;
    for (const json& a : List(c, "actors")) {
      if (!a.is_string()) continue;
      const std::string aid = a.get<std::string>();
      auto name = actor_names.find(aid);
      actors += (actors.empty() ? "" : ", ") + Escape(name != actor_names.end() && !name->second.empty() ? name->second : aid);
    }
    std::string dates;
    for (const json& d : List(c, "dates")) {
      if (d.is_string()) dates += (dates.empty() ? "" : ", ") + Escape(d.get<std::string>());
    }
    const std::string status = StringField(c, "status") + Qualifiers(c);
    html += "<tr><td>" + std::to_string(++number) + "</td><td>" + Escape(StringField(c, "type")) + "</td><td>" +
            Escape(status) + "</td><td>" + actors + "</td><td>" + Escape(StringField(Member(c, "trigger"), "text")) +
            "</td><td>" + Escape(StringField(Member(c, "action"), "text")) + "</td><td>" + dates +
            "</td><td><code>" + Escape(StringField(c, "rule")) + "</code></td></tr>\n";
  }
  return html + "</table>\n";
}

std::string DifferenceTable(const std::vector<ScoreError>& differences) {
  std::string html = "<table id=\"differences\"><caption>Against gold (" + std::to_string(differences.size()) +
                     " differences)</caption>\n<tr><th>kind</th><th>field</th><th>item</th><th>text</th><th>detail</th></tr>\n";
  for (const ScoreError& e : differences) {
    const char* kind = kLayerNames[DifferenceLayer(e)];
    html += std::string("<tr class=\"") + kind + "\"><td>" + kind + "</td><td>" + FieldName(e.field) + "</td><td>" +
            Escape(e.what) + "</td><td>" + Escape(e.text) + "</td><td>" + Escape(e.detail) +
            (e.rule.empty() ? "" : " <code>" + Escape(e.rule) + "</code>") + "</td></tr>\n";
  }
  return html + "</table>\n";
}

}  // namespace

std::string RenderHtml(const json& record, const OriginalText& text, const std::vector<ScoreError>* differences) {
  std::vector<Item> items = ExtractionItems(record);
  if (differences) AddDifferenceItems(*differences, &items);
  std::string html = PageHead(record, differences != nullptr);
  html += "<main>\n<div id=\"text\">" + HighlightedText(std::move(items), text) + "</div>\n<aside>\n";
  html += CommitmentTable(record);
  if (differences) html += DifferenceTable(*differences);
  html += "</aside>\n</main>\n</body></html>\n";
  return html;
}

}  // namespace communique::cli
