// SetRegex: a pattern's distinctive part, for the dates stage's RE2::Set.
//
// A pattern is read as a sequence of atoms (a character, an escape, a class
// or a group, each with its quantifier); groups without a quantifier or a
// '|' of their own are read as the atoms they hold. A pattern that opens on
// \b may leave out what follows it up to its distinctive part: leading
// optional atoms, and, before a digit, words followed by white space
// ("at 15:00"). Any piece of a sequence matches wherever the whole does, so
// the shortened pattern matches less only by its \b, which it keeps only
// where it still holds: what was left out is empty or ends in a non-word
// character, and the rest opens on a word character. Anything this reading
// does not know (alternatives at the top, flags, non-ASCII bytes) leaves
// the pattern as it is.
#include "extract/dates/set_regex.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "core/ascii.h"

namespace communique::dates {
namespace {

struct Atom {
  std::string_view text;   // "\\d", "[0-3]", "(?:...)", "a"
  std::string_view quant;  // "", "?", "+", "*", "{0,3}?"
};

using Atoms = std::vector<Atom>;

// RE2's \w, the word characters of \b: ASCII letters and digits and '_'
// (no byte >= 0x80, which the rest of the engine reads as a letter).
bool IsRegexWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c) || c == '_';
}

// The end of the class opening at s[i] == '[', or npos.
size_t ClassEnd(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '^') ++j;
  if (j < s.size() && s[j] == ']') ++j;
  while (j < s.size() && s[j] != ']') {
    if (s[j] == '[') return std::string_view::npos;  // [:alpha:] and the like
    j += s[j] == '\\' ? 2 : 1;
  }
  return j < s.size() ? j + 1 : std::string_view::npos;
}

// The end of the atom starting at s[i] (without its quantifier), or npos.
size_t AtomEnd(std::string_view s, size_t i) {
  char c = s[i];
  if (static_cast<unsigned char>(c) >= 0x80) return std::string_view::npos;
  if (c == '\\') {
    if (i + 1 >= s.size()) return std::string_view::npos;
    char e = s[i + 1];
    // \pN, \p{Greek}, \x41, \Q..\E, octal: not read here.
    if (e == 'p' || e == 'P' || e == 'x' || e == 'Q' || e == 'C' || IsAsciiDigit(e)) {
      return std::string_view::npos;
    }
    return i + 2;
  }
  if (c == '[') return ClassEnd(s, i);
  if (c == '(') {
    int depth = 0;
    for (size_t j = i; j < s.size();) {
      if (s[j] == '\\') {
        j += 2;
      } else if (s[j] == '[') {
        j = ClassEnd(s, j);
        if (j == std::string_view::npos) return j;
      } else {
        if (s[j] == '(') ++depth;
        if (s[j] == ')' && --depth == 0) return j + 1;
        ++j;
      }
    }
    return std::string_view::npos;
  }
  if (c == ')' || c == '|' || c == '?' || c == '*' || c == '+') return std::string_view::npos;
  return i + 1;
}

// The quantifier at s[i] ("" when none).
std::string_view QuantAt(std::string_view s, size_t i) {
  size_t j = i;
  if (j < s.size() && (s[j] == '?' || s[j] == '*' || s[j] == '+')) {
    ++j;
  } else if (j < s.size() && s[j] == '{') {
    size_t k = j + 1;
    while (k < s.size() && (IsAsciiDigit(s[k]) || s[k] == ',')) ++k;
    if (k == j + 1 || k >= s.size() || s[k] != '}' || !IsAsciiDigit(s[j + 1])) return {};
    j = k + 1;
  } else {
    return {};
  }
  if (j < s.size() && s[j] == '?') ++j;  // non-greedy
  return s.substr(i, j - i);
}

// The alternatives of `s` at its top level (one when it has no '|').
std::optional<std::vector<std::string_view>> Alternatives(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '|') {
      out.push_back(s.substr(start, i - start));
      start = ++i;
      continue;
    }
    size_t end = AtomEnd(s, i);
    if (end == std::string_view::npos) return std::nullopt;
    i = end + QuantAt(s, end).size();
  }
  out.push_back(s.substr(start));
  return out;
}

// The atoms of a sequence without a top-level '|'.
std::optional<Atoms> Sequence(std::string_view s) {
  Atoms out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '|') return std::nullopt;
    size_t end = AtomEnd(s, i);
    if (end == std::string_view::npos) return std::nullopt;
    std::string_view quant = QuantAt(s, end);
    out.push_back({s.substr(i, end - i), quant});
    i = end + quant.size();
  }
  return out;
}

// The inside of a group atom, when its opening changes no flags: "(?:x)",
// "(?P<name>x)", "(x)" -> "x"; "(?i:x)" with `flags_too`.
std::optional<std::string_view> GroupBody(const Atom& a, bool flags_too) {
  std::string_view t = a.text;
  if (t.size() < 2 || t.front() != '(') return std::nullopt;
  std::string_view body = t.substr(1, t.size() - 2);
  if (body.starts_with("?:")) return body.substr(2);
  if (body.starts_with("?P<")) {
    size_t close = body.find('>');
    if (close == std::string_view::npos) return std::nullopt;
    return body.substr(close + 1);
  }
  if (body.starts_with("?")) {
    size_t colon = body.find(':');
    if (!flags_too || colon == std::string_view::npos) return std::nullopt;
    for (size_t i = 1; i < colon; ++i) {
      if (body[i] != 'i' && body[i] != 's' && body[i] != 'U' && body[i] != 'm') return std::nullopt;
    }
    return body.substr(colon + 1);
  }
  return body;
}

// Reads the groups that neither repeat nor hold a '|' as their atoms.
Atoms Flatten(const Atoms& atoms) {
  Atoms out;
  for (const Atom& a : atoms) {
    auto body = a.quant.empty() ? GroupBody(a, false) : std::nullopt;
    auto inner = body ? Sequence(*body) : std::nullopt;
    if (inner) {
      Atoms flat = Flatten(*inner);
      out.insert(out.end(), flat.begin(), flat.end());
    } else {
      out.push_back(a);
    }
  }
  return out;
}

bool Optional(const Atom& a) {
  return a.quant.starts_with("?") || a.quant.starts_with("*") || a.quant.starts_with("{0");
}

// A class whose every member `pred` accepts ("[0-3]", "[- ]").
template <typename Pred>
bool ClassAll(std::string_view t, Pred pred) {
  std::string_view body = t.substr(1, t.size() - 2);
  if (body.empty() || body[0] == '^') return false;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\\') {
      if (i + 1 >= body.size()) return false;
      char e = body[i + 1];
      bool ok = e == 'd' ? pred('0') : e == 's' ? pred(' ') : !IsRegexWordChar(e) && pred(e);
      if (!ok) return false;
      ++i;
    } else if (body[i] == '-' && i > 0 && i + 1 < body.size()) {
      // A range: its ends are checked as members; between them, only ranges
      // of digits or of letters of one case hold nothing else ("A-z" holds
      // '[' and '_').
      char lo = body[i - 1], hi = body[i + 1];
      bool same_kind = (IsAsciiDigit(lo) && IsAsciiDigit(hi)) || (lo >= 'a' && hi <= 'z' && lo <= hi) ||
                       (lo >= 'A' && hi <= 'Z' && lo <= hi);
      if (!same_kind) return false;
    } else if (static_cast<unsigned char>(body[i]) >= 0x80 || !pred(body[i])) {
      return false;
    }
  }
  return true;
}

// True when every non-empty text `atoms` match opens on a character `pred`
// accepts (`pred` is IsRegexWordChar or IsAsciiDigit).
bool OpensOn(const Atoms& atoms, bool (*pred)(char));

bool AtomOpensOn(const Atom& a, bool (*pred)(char)) {
  std::string_view t = a.text;
  if (t == "\\d") return pred('0');
  if (t == "\\w") return pred == IsRegexWordChar;
  if (t.size() == 1) return pred(t[0]);
  if (t.front() == '[') return ClassAll(t, pred);
  auto body = GroupBody(a, true);
  if (!body) return false;
  auto alternatives = Alternatives(*body);
  if (!alternatives) return false;
  for (std::string_view alt : *alternatives) {
    auto seq = Sequence(alt);
    if (!seq || seq->empty() || !OpensOn(*seq, pred)) return false;
  }
  return true;
}

bool OpensOn(const Atoms& atoms, bool (*pred)(char)) {
  if (atoms.empty()) return false;
  if (!AtomOpensOn(atoms[0], pred)) return false;
  // An optional first atom may be absent: the next one opens the text.
  return !Optional(atoms[0]) || OpensOn(Atoms(atoms.begin() + 1, atoms.end()), pred);
}

bool NonWord(char c) { return !IsRegexWordChar(c); }

// True when every text `atoms` match is empty or ends in a non-word character.
bool EmptyOrEndsNonWord(const Atoms& atoms) {
  if (atoms.empty()) return true;
  const Atom& last = atoms.back();
  Atoms before(atoms.begin(), atoms.end() - 1);
  bool last_ends_non_word = false;
  if (last.text == "\\s" || (last.text.size() == 1 && NonWord(last.text[0]) && last.text[0] != '.' &&
                             last.text[0] != '^' && last.text[0] != '$')) {
    last_ends_non_word = true;
  } else if (last.text.size() == 2 && last.text[0] == '\\' && NonWord(last.text[1])) {
    last_ends_non_word = true;  // an escaped punctuation mark
  } else if (last.text.front() == '[') {
    last_ends_non_word = ClassAll(last.text, NonWord);
  } else if (auto body = GroupBody(last, true)) {
    auto alternatives = Alternatives(*body);
    last_ends_non_word = alternatives.has_value();
    for (std::string_view alt : alternatives.value_or(std::vector<std::string_view>{})) {
      auto seq = Sequence(alt);
      // An alternative that may match nothing leaves the end to `before`.
      last_ends_non_word = last_ends_non_word && seq && EmptyOrEndsNonWord(*seq);
    }
    return last_ends_non_word && EmptyOrEndsNonWord(before);
  }
  if (!last_ends_non_word) return false;
  return !Optional(last) || EmptyOrEndsNonWord(before);
}

// A group of plain words in any case: "(?i:at|from|until)" (the rules write
// function words so; a lexicon macro is a list in given cases).
bool IsWordGroup(const Atom& a) {
  if (!a.quant.empty() || !a.text.starts_with("(?i:")) return false;
  std::string_view body = a.text.substr(4, a.text.size() - 5);
  if (body.empty()) return false;
  for (char c : body) {
    if (c != '|' && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

// A repeated group that may read words of any letters: "(?:[A-Za-z-]+\s+){0,3}?".
bool ReadsAnyWords(const Atom& a) {
  bool repeated = a.quant.starts_with("*") || a.quant.starts_with("+") || a.quant.starts_with("{");
  return repeated && a.text.starts_with("(") && a.text.find("[A-Za-z") != std::string_view::npos;
}

bool IsSpaces(const Atom& a) { return a.text == "\\s" && (a.quant == "+" || a.quant.empty()); }

std::string Join(Atoms::const_iterator begin, Atoms::const_iterator end) {
  std::string out;
  for (auto it = begin; it != end; ++it) {
    out += it->text;
    out += it->quant;
  }
  return out;
}

}  // namespace

std::string SetRegex(std::string_view pattern) {
  std::string original(pattern);
  auto seq = Sequence(pattern);
  if (!seq) return original;
  Atoms atoms = Flatten(*seq);
  // After context that reads any words ("$2 million [of interest] a year":
  // "(?:[A-Za-z-]+\s+){0,3}"), whose partial matches live for words after
  // every number, with every other pattern's.
  size_t after_words = 0;
  for (size_t i = atoms.size(); i > 1; --i) {
    if (ReadsAnyWords(atoms[i - 2])) {
      after_words = i - 1;
      while (after_words < atoms.size() && Optional(atoms[after_words])) ++after_words;
      break;
    }
  }
  if (atoms.size() >= 2 && atoms[0].text == "\\b" && atoms[0].quant.empty()) {
    // Leading optional atoms.
    size_t start = 1;
    while (start < atoms.size() && Optional(atoms[start])) ++start;
    // Then words and white space ("at 15:00"), if a digit comes after them:
    // before a word, they would leave a word just as common.
    size_t further = start;
    while (further + 1 < atoms.size() && IsWordGroup(atoms[further]) && IsSpaces(atoms[further + 1])) {
      further += 2;
      while (further < atoms.size() && Optional(atoms[further])) ++further;
    }
    Atoms rest_further(atoms.begin() + static_cast<long>(further), atoms.end());
    if (further > start && OpensOn(rest_further, IsAsciiDigit)) start = further;
    start = std::max(start, after_words);
    // The latest start that keeps the \b true ("\b(?:Monday,?\s+)?[0-3]?\d"
    // starts at "[0-3]?", not at "\d").
    for (; start > 1; --start) {
      if (start >= atoms.size()) continue;
      Atoms left_out(atoms.begin() + 1, atoms.begin() + static_cast<long>(start));
      Atoms rest(atoms.begin() + static_cast<long>(start), atoms.end());
      if (EmptyOrEndsNonWord(left_out) && OpensOn(rest, IsRegexWordChar)) {
        return "\\b" + Join(rest.begin(), rest.end());
      }
    }
  }
  // Without a \b that still holds, the part after such context, bare.
  if (after_words > 0 && after_words < atoms.size()) return Join(atoms.begin() + static_cast<long>(after_words), atoms.end());
  return original;
}

}  // namespace communique::dates
