// communique explain: which rule produced each extraction, and (with
// --near-miss) which triggers matched without giving a commitment and why.
#include <cstdio>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "common.h"
#include "inputs.h"
#include "io.h"
#include "communique/explain.h"

namespace communique::cli {
namespace {

constexpr const char* kHelp =
    "usage: communique explain [--json] [options] FILE...\n"
    "\n"
    "For every commitment, date, actor mention and topic mention of each document, prints\n"
    "the rule that fired and the text it fired on (offsets are code points of the original).\n"
    "\n"
    "options:\n"
    "  --json                 one JSON record per document: the record of extract with an\n"
    "                         \"explain\" member listing every trigger that matched, its\n"
    "                         sentence and what became of it (near misses included)\n"
    "  --near-miss            also list the triggers that matched without giving a\n"
    "                         commitment, with the reason (stance verb, no actor subject,\n"
    "                         background section, appeal, relative clause, ...)\n"
    "  --published YYYY-MM-DD reference date for relative dates (overrides sidecars)\n"
    "  --format text|markdown input format (overrides sidecars and file extensions)\n"
    "  --rules DIR            lay the rule files of DIR over the embedded pack (rules/README.md)\n"
    "  --profile NAME         default | timeml\n"
    "  --max-bytes N          the largest document read (K, M, G suffixes; default 256M)\n";

// One line of text for the terminal: newlines shown as spaces, long texts cut.
std::string Quote(std::string_view text, size_t limit = 160) {
  std::string body;
  // A cut inside a UTF-8 sequence would make the output invalid UTF-8.
  if (text.size() > limit) {
    while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  }
  for (char c : text.substr(0, limit)) body += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  // Other control characters (ESC) are shown escaped, never sent to the terminal.
  std::string out = "\"";  // appended: GCC 12's -Wrestrict false positive on "\"" + ...
  out += Printable(body);
  out += text.size() > limit ? "...\"" : "\"";
  return out;
}

std::string At(const Document& doc, Span span) {
  // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive of
  // its string inlining) on "@" + std::to_string(...).
  std::string out = "@";
  out += std::to_string(doc.offsets.OriginalBegin(span.begin));
  out += '-';
  out += std::to_string(doc.offsets.OriginalEnd(span.end));
  return out;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
  return out.empty() ? "-" : out;
}

void Explain(const Document& doc, const Explanation& why, bool near_miss, std::ostream& out) {
  const char* sources[] = {"none", "cli", "meta", "dateline"};
  out << "== " << Printable(doc.id) << "  (published " << doc.published.value_or("unknown") << ", from "
      << sources[static_cast<int>(doc.published_source)] << ")\n";
  for (const Diagnostic& d : doc.diagnostics) {
    out << "  " << (d.level == Diagnostic::Level::kError ? "error" : "warning") << ": "
        << Printable(d.message) << "\n";
  }
  const std::vector<TriggerTrace>& traces = why.triggers;
  std::vector<Span> sentence_of(doc.commitments.size());
  for (size_t i = 0; i < sentence_of.size(); ++i) sentence_of[i] = doc.commitments[i].trigger;
  for (const TriggerTrace& t : traces) {
    if (t.commitment >= 0 && static_cast<size_t>(t.commitment) < sentence_of.size()) {
      sentence_of[t.commitment] = t.sentence;
    }
  }
  out << "\nCommitments (" << doc.commitments.size() << ")\n";
  for (size_t i = 0; i < doc.commitments.size(); ++i) {
    const Commitment& c = doc.commitments[i];
    out << "  [" << i + 1 << "] " << c.type << "/" << c.status << "  actors=" << Join(c.actors)
        << (c.negated ? "  negated" : "") << (c.hedged ? "  hedged" : "") << "  rule=" << c.rule
        << "\n";
    out << "      trigger " << At(doc, c.trigger) << " " << Quote(doc.OriginalText(c.trigger)) << "\n";
    out << "      action  " << At(doc, c.action) << " " << Quote(doc.OriginalText(c.action)) << "\n";
    out << "      topics=" << Join(c.topics) << "  dates=" << Join(c.dates) << "\n";
    out << "      in " << Quote(doc.OriginalText(sentence_of[i]), 240) << "\n";
  }
  out << "\nDates (" << doc.dates.size() << ")\n";
  for (const DateExpr& d : doc.dates) {
    out << "  " << At(doc, d.span) << " " << Quote(doc.OriginalText(d.span)) << " -> " << d.type
        << " " << d.value << (d.mod.empty() ? "" : " mod=" + d.mod) << "  rule=" << d.rule << "\n";
  }
  out << "\nActors (" << doc.actors.size() << ")\n";
  for (const Actor& a : doc.actors) {
    out << "  " << a.id << " (" << a.type << ") " << Quote(a.name);
    if (!a.role.empty()) out << " role=" << Quote(a.role);
    if (!a.affiliation.empty()) out << " affiliation=" << a.affiliation;
    out << "\n";
    for (const Mention& m : a.mentions) {
      out << "      " << At(doc, m.span) << " " << Quote(doc.OriginalText(m.span)) << "  rule=" << m.rule
          << "\n";
    }
  }
  out << "\nTopics (" << doc.topics.size() << ")\n";
  for (const Topic& t : doc.topics) {
    out << "  " << t.id << " (" << t.label << ")\n";
    for (const Mention& m : t.mentions) {
      out << "      " << At(doc, m.span) << " " << Quote(doc.OriginalText(m.span)) << "  rule=" << m.rule
          << "\n";
    }
  }
  if (near_miss) {
    size_t count = 0;
    for (const auto& t : traces) count += t.commitment < 0;
    out << "\nNear misses (" << count << "): triggers that matched but gave no commitment\n";
    for (const auto& t : traces) {
      if (t.commitment >= 0) continue;
      out << "  " << At(doc, t.trigger) << " " << Quote(doc.OriginalText(t.trigger)) << " ("
          << t.type << ", rule=" << t.rule << "): " << t.reason << "\n";
      out << "      in " << Quote(doc.OriginalText(t.sentence), 240) << "\n";
    }
  }
  out << "\n";
}

}  // namespace

int RunExplain(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  RunFlags flags;
  bool near_miss = false;
  bool json = false;
  constexpr unsigned kFlags =
      RunFlags::kRules | RunFlags::kProfile | RunFlags::kOverrides | RunFlags::kReading;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (std::optional<int> taken = TakeRunFlag("explain", args, &i, kFlags, &flags)) {
      if (*taken != kExitOk) return *taken;
    } else if (arg == "--help" || arg == "-h") {
      return PrintHelp("explain", kHelp);
    } else if (arg == "--near-miss") {
      near_miss = true;
    } else if (arg == "--json") {
      json = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return UsageError("explain", "unknown option " + arg);
    } else {
      inputs.push_back(arg);
    }
  }
  if (inputs.empty()) return UsageError("explain", "no FILE given (try --help)");
  std::vector<std::string> paths;
  if (auto problem = InputStream::Expand(inputs, flags.expand, &paths)) {
    return UsageError("explain", Printable(*problem));
  }
  std::shared_ptr<const Engine> engine = LoadEngine(flags.rules_dir, flags.profile);
  if (!engine) return kExitUsage;
  InputStream stream(std::move(paths), flags.overrides, flags.max_bytes);
  int status = kExitOk;
  while (std::optional<InputItem> item = stream.Next()) {
    if (item->error) {
      std::cerr << "communique explain: " << Printable(*item->error) << "\n";
      status = kExitSomeFailed;
      continue;
    }
    const std::string id = item->document.id;
    std::ostringstream out;
    try {
      Document doc = engine->Process(std::move(item->document));
      Explanation why = engine->Explain(doc);
      if (json) {
        out << ExplainToJson(doc, why) << '\n';
      } else {
        Explain(doc, why, near_miss, out);
      }
    } catch (const std::exception& e) {  // this document's failure, not the run's
      std::cerr << "communique explain: " << Printable(id) << ": " << e.what() << "\n";
      status = kExitSomeFailed;
      continue;
    }
    if (!PrintChecked("explain", out.str())) return kExitSomeFailed;
  }
  return status;
}

}  // namespace communique::cli
