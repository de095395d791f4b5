// Compile(): rules/dates/ -> DateExtractor::Compiled: the lexicon's words
// and flags, the {KIND} macros, the patterns (one RE2::Set over all of
// them) and their value templates, parsed once into pieces.
#include <algorithm>
#include <string>

#include "extract/dates/compiled.h"
#include "extract/dates/set_regex.h"
#include "match/tokenizer.h"

namespace communique {

using dates::Arg;
using dates::Fn;
using dates::LexEntry;
using dates::LexKey;
using dates::Output;
using dates::Pattern;
using dates::Piece;
using dates::Template;
using dates::WordFlags;

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return out;
}

// Names the capture kind after the group name without trailing digits
// ("day2" is a day).
std::string KindOf(const std::string& group) {
  size_t end = group.size();
  while (end > 0 && group[end - 1] >= '0' && group[end - 1] <= '9') --end;
  return group.substr(0, end);
}

constexpr std::pair<std::string_view, Fn> kFunctions[] = {
    {"date", Fn::kDate},
    {"numdate", Fn::kNumdate},
    {"month", Fn::kMonth},
    {"relmonth", Fn::kRelmonth},
    {"ref", Fn::kRef},
    {"weekday", Fn::kWeekday},
    {"season", Fn::kSeason},
    {"quarter", Fn::kQuarter},
    {"dur", Fn::kDur},
    {"refyear", Fn::kRefyear},
    {"clock", Fn::kClock},
    {"mentioned", Fn::kMentioned},
    {"quarterof", Fn::kQuarterof},
    {"weekend", Fn::kWeekend},
    {"nthweekday", Fn::kNthweekday},
    {"easter", Fn::kEaster},
    {"then", Fn::kThen},
    {"weekof", Fn::kWeekof},
};

// Parses "{date(day,month,year)}-{part}" against the pattern's named groups.
bool ParseTemplate(const std::string& text, const std::map<std::string, int>& groups,
                   Template* out, std::string* error) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t open = text.find('{', pos);
    if (open == std::string::npos) {
      out->pieces.push_back({text.substr(pos), Fn::kLiteral, {}});
      break;
    }
    if (open > pos) out->pieces.push_back({text.substr(pos, open - pos), Fn::kLiteral, {}});
    size_t close = text.find('}', open);
    if (close == std::string::npos) {
      *error = "unclosed '{' in template \"" + text + "\"";
      return false;
    }
    std::string inner = text.substr(open + 1, close - open - 1);
    pos = close + 1;
    Piece piece;
    std::vector<std::string> names;
    size_t paren = inner.find('(');
    if (paren == std::string::npos) {
      piece.fn = Fn::kCapture;
      names.push_back(inner);
    } else {
      if (inner.back() != ')') {
        *error = "bad call \"" + inner + "\" in template";
        return false;
      }
      std::string_view name = std::string_view(inner).substr(0, paren);
      auto known = std::find_if(std::begin(kFunctions), std::end(kFunctions),
                                [&](const auto& entry) { return entry.first == name; });
      if (known == std::end(kFunctions)) {
        *error = "unknown template function \"" + std::string(name) + "\"";
        return false;
      }
      piece.fn = known->second;
      std::string list = inner.substr(paren + 1, inner.size() - paren - 2);
      size_t p = 0;
      while (p <= list.size() && !list.empty()) {
        size_t comma = list.find(',', p);
        if (comma == std::string::npos) comma = list.size();
        std::string name = list.substr(p, comma - p);
        name.erase(0, name.find_first_not_of(' '));
        name.erase(name.find_last_not_of(' ') + 1);
        names.push_back(name);
        p = comma + 1;
      }
    }
    for (const std::string& name : names) {
      Arg arg;
      std::string bare = !name.empty() && name[0] == '-' ? name.substr(1) : name;
      auto it = groups.find(bare);
      if (it != groups.end()) {
        arg.group = it->second;
        arg.kind = KindOf(bare);
        arg.negate = bare != name;
      } else if (piece.fn == Fn::kCapture) {
        *error = "template names a capture group the pattern does not have: \"" + name + "\"";
        return false;
      } else if (!name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) ||
                                   std::isalpha(static_cast<unsigned char>(bare[0]))) &&
                 name != "tense" && name != "X" && Upper(name) != name) {
        *error = "template names a capture group the pattern does not have: \"" + name + "\"";
        return false;
      } else {
        arg.literal = name;
      }
      piece.args.push_back(arg);
    }
    out->pieces.push_back(std::move(piece));
  }
  return true;
}

bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

struct MacroWords {
  std::vector<std::string> all;         // names and abbreviations (regex)
  std::vector<std::string> names_only;  // names (regex)
};

std::string AlternationOf(std::vector<std::string> alternatives) {
  std::sort(alternatives.begin(), alternatives.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  alternatives.erase(std::unique(alternatives.begin(), alternatives.end()), alternatives.end());
  std::string out = "(?:";
  for (size_t i = 0; i < alternatives.size(); ++i) {
    if (i) out += "|";
    out += alternatives[i];
  }
  return out + ")";
}

// A lexicon word as a regex: spaces match any white space (hard-wrapped
// text), case-sensitive words also match in capitals ("MAY 12, 2025").
std::vector<std::string> WordRegexes(const std::string& word, bool case_sensitive, bool abbreviation) {
  auto quote = [&](const std::string& w) {
    std::string q;
    for (char c : w) {
      if (c == ' ') {
        q += "\\s+";
      } else if (c == '-') {
        q += "[- ]?";
      } else {
        q += RE2::QuoteMeta(std::string(1, c));
      }
    }
    if (abbreviation) q += "\\.?";
    return q;
  };
  if (case_sensitive) return {quote(word), quote(Upper(word))};
  return {"(?i:" + quote(word) + ")"};
}

}  // namespace

DateExtractor::DateExtractor(std::unique_ptr<const Compiled> compiled)
    : compiled_(std::move(compiled)) {}
DateExtractor::~DateExtractor() = default;

namespace {

using Macros = std::map<std::string, MacroWords>;  // "MONTH" -> words

// The lexicon's words: their numbers and codes, the regexes of the {KIND}
// macros, and the word flags (anchors, future-tense and reporting verbs).
void CompileLexicon(const std::vector<rules::DateLexiconRule>& lexicon, DateExtractor::Compiled* compiled,
                    Macros* macros) {
  for (const rules::DateLexiconRule& rule : lexicon) {
    LexEntry entry;
    if (rule.value) entry.value = *rule.value;
    entry.code = rule.code;
    const std::string& kind = rule.kind;
    MacroWords& macro = (*macros)[Upper(kind)];
    auto add = [&](const std::string& word, bool abbreviation) {
      compiled->lexicon[kind][LexKey(word)] = entry;
      for (std::string& re : WordRegexes(word, rule.case_sensitive, abbreviation)) {
        if (!abbreviation) macro.names_only.push_back(re);
        macro.all.push_back(std::move(re));
      }
      std::vector<Token> tokens;
      match::Tokenize(word, 0, &tokens);
      if (tokens.empty()) return;
      if (kind == "future" || kind == "report") {
        compiled->words.Add(tokens.back().folded_hash, kind == "future" ? WordFlags::kFuture : WordFlags::kReport);
      } else if (rule.anchor) {
        compiled->words.Add(tokens[0].folded_hash, WordFlags::kAnchor);
      }
    };
    for (const std::string& word : rule.words) add(word, false);
    for (const std::string& word : rule.abbreviations) add(word, true);
  }
}

// `source` with its {MACRO}s expanded; a brace not followed by an upper-case
// name is regex syntax. Nullopt (and `error`) for an unknown macro.
std::optional<std::string> ExpandMacros(const std::string& source, const Macros& macros, std::string* error) {
  std::string expanded;
  for (size_t i = 0; i < source.size();) {
    if (source[i] == '{' && i + 1 < source.size() && source[i + 1] >= 'A' && source[i + 1] <= 'Z') {
      size_t close = source.find('}', i);
      std::string name = close == std::string::npos ? "" : source.substr(i + 1, close - i - 1);
      bool names_only = name.size() > 5 && name.substr(name.size() - 5) == "_NAME";
      std::string kind = names_only ? name.substr(0, name.size() - 5) : name;
      auto it = macros.find(kind);
      if (it == macros.end()) {
        *error = "unknown macro {" + name + "} (no lexicon kind \"" + Lower(kind) + "\")";
        return std::nullopt;
      }
      expanded += AlternationOf(names_only ? it->second.names_only : it->second.all);
      i = close + 1;
    } else {
      expanded.push_back(source[i++]);
    }
  }
  return expanded;
}

// A pattern's examples must match it and hold an anchor word (text is only
// searched around anchors); its counter-examples must not match in full.
void CheckPatternExamples(const rules::DatePatternRule& rule, const RE2& re, const WordFlags& words,
                          rules::CompileContext& context) {
  for (const std::string& example : rule.examples) {
    if (!RE2::PartialMatch(example, re)) {
      context.Error(rule.where, "example \"" + example + "\" does not match the pattern");
    }
    std::vector<Token> tokens;
    match::Tokenize(example, 0, &tokens);
    bool anchored = false;
    for (const Token& t : tokens) {
      std::string_view word = std::string_view(example).substr(t.span.begin, t.span.size());
      anchored = anchored || t.kind == Token::Kind::kNumber || HasDigit(word) ||
                 (t.kind == Token::Kind::kWord && (words.Get(t.folded_hash) & WordFlags::kAnchor));
    }
    if (!anchored) {
      context.Error(rule.where, "example \"" + example +
                                    "\" holds no anchor word (add one to the lexicon, kind anchor)");
    }
  }
  for (const std::string& example : rule.counter_examples) {
    if (!rule.counter && RE2::FullMatch(example, re)) {
      context.Error(rule.where, "counter-example \"" + example + "\" matches the pattern in full");
    }
  }
}

// The outputs of a date pattern: their templates parsed against the
// pattern's capture groups, and what the templates ask of the document.
bool CompileOutputs(const rules::DatePatternRule& rule, Pattern* pattern, rules::CompileContext& context) {
  const std::map<std::string, int>& groups = pattern->re->NamedCapturingGroups();
  pattern->priority = rule.priority;
  pattern->style = rule.style;
  for (const rules::DateOutputRule& output : rule.outputs) {
    Output& out = pattern->outputs.emplace_back();
    out.type = output.type;
    std::string error;
    if (!ParseTemplate(output.value, groups, &out.value, &error) ||
        !ParseTemplate(output.mod, groups, &out.mod, &error)) {
      context.Error(rule.where, error);
      return false;
    }
    if (!output.span.empty()) {
      auto it = groups.find(output.span);
      if (it == groups.end()) {
        context.Error(rule.where, "\"span\" names no capture group of the pattern: " + output.span);
        return false;
      }
      out.span_group = it->second;
    }
  }
  for (const Output& out : pattern->outputs) {
    for (const Piece& piece : out.value.pieces) {
      for (const Arg& arg : piece.args) {
        if (arg.literal == "tense" || piece.fn == Fn::kDate || piece.fn == Fn::kMonth) {
          pattern->uses_tense = true;
        }
        if (piece.fn == Fn::kMentioned || piece.fn == Fn::kQuarterof) pattern->anaphoric = true;
        if (piece.fn == Fn::kWeekend || piece.fn == Fn::kNthweekday || piece.fn == Fn::kEaster) {
          pattern->uses_tense = true;
        }
      }
    }
  }
  return true;
}

}  // namespace

std::unique_ptr<const DateExtractor> DateExtractor::Compile(rules::CompileContext& context) {
  auto compiled = std::make_unique<Compiled>();
  compiled->timeml = context.timeml();
  rules::DateRules parsed = rules::ParseDateRules(context);
  Macros macros;
  CompileLexicon(parsed.lexicon, compiled.get(), &macros);

  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(true);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const rules::DatePatternRule& rule : parsed.patterns) {
    std::string error;
    std::optional<std::string> expanded = ExpandMacros(rule.pattern, macros, &error);
    if (!expanded) {
      context.Error(rule.where, error);
      continue;
    }
    Pattern pattern;
    pattern.id = rule.id;
    pattern.counter = rule.counter;
    pattern.re = std::make_unique<RE2>(*expanded, options);
    if (!pattern.re->ok()) {
      context.Error(rule.where, "bad pattern: " + pattern.re->error());
      continue;
    }
    CheckPatternExamples(rule, *pattern.re, compiled->words, context);
    if (!rule.counter && !CompileOutputs(rule, &pattern, context)) continue;
    // Profile-specific rules are validated in every profile but used in one.
    if (!rule.profile.empty() && (rule.profile == "timeml") != compiled->timeml) continue;
    pattern.veto_by_group = pattern.outputs.size() == 1 && pattern.outputs[0].span_group >= 0;
    if (set->Add(dates::SetRegex(*expanded), &error) < 0) {
      context.Error(rule.where, "bad pattern: " + error);
      continue;
    }
    compiled->patterns.push_back(std::move(pattern));
  }
  if (!set->Compile()) context.Error("rules/dates", "the date patterns do not compile as a set");
  compiled->set = std::move(set);
  return std::unique_ptr<const DateExtractor>(new DateExtractor(std::move(compiled)));
}

}  // namespace communique
