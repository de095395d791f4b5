// English morphology, in one place: the lexicons list base forms (singular
// nouns, verbs' base forms), and the stages that compile them add the forms
// the text also uses. The regular rules are code; the words they get wrong
// ("crisis" -> "crises") are rule data (rules/english/, parsed by
// rules/english_rules.h), handed to English by the engine.
#ifndef COMMUNIQUE_CORE_ENGLISH_H_
#define COMMUNIQUE_CORE_ENGLISH_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace communique {

// The -s form of a regular English noun or verb, for a noun's plural and a
// verb's 3rd person singular alike: "policy" -> "policies", "reach" ->
// "reaches", "fix" -> "fixes", "say" -> "says", "agree" -> "agrees".
// REQUIRES: `word` is not empty.
inline std::string RegularSForm(std::string_view word) {
  const char last = word.back();
  std::string form(word);
  if (last == 's' || last == 'x' || last == 'z' || word.ends_with("sh") || word.ends_with("ch")) {
    form += "es";
  } else if (last == 'y' && word.size() > 1 && std::string_view("aeiou").find(word[word.size() - 2]) == std::string_view::npos) {
    form.back() = 'i';
    form += "es";
  } else {
    form += 's';
  }
  return form;
}

// Whether `word` (lowercase) has the shape of a regular plural noun: "partners",
// "countries", not an adjective or a singular in -s ("courageous", "class",
// "crisis", "status"). A guess from the ending, for a word no lexicon lists.
inline bool LooksPlural(std::string_view word) {
  return word.size() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("ous") &&
         !word.ends_with("is") && !word.ends_with("us");
}

// Whether `word` has the shape of an -ing form ("recognizing", "financing"),
// not a short word that ends so ("king", "sing").
inline bool LooksIngForm(std::string_view word) { return word.size() > 4 && word.ends_with("ing"); }

// -s forms with their exceptions: a word listed as irregular gets its listed
// form, any other the regular one. Compile-time only (the stages add the
// forms to their lexicons), so a std::map is fast enough.
class English {
 public:
  // `irregular`: base word -> its -s form ("crisis" -> "crises").
  explicit English(std::map<std::string, std::string, std::less<>> irregular = {})
      : irregular_(std::move(irregular)) {}

  // The phrase with its last word (after the last space or hyphen) in its
  // listed -s form ("humanitarian crisis" -> "humanitarian crises"), or
  // nullopt when that word is not listed.
  std::optional<std::string> IrregularSForm(std::string_view phrase) const {
    const size_t cut = phrase.find_last_of(" -");
    const size_t start = cut == std::string_view::npos ? 0 : cut + 1;
    auto it = irregular_.find(phrase.substr(start));
    if (it == irregular_.end()) return std::nullopt;
    return std::string(phrase.substr(0, start)) + it->second;
  }

  // The -s form of a phrase's last word: the listed one, else the regular.
  // REQUIRES: `phrase` is not empty.
  std::string SForm(std::string_view phrase) const {
    std::optional<std::string> irregular = IrregularSForm(phrase);
    return irregular ? std::move(*irregular) : RegularSForm(phrase);
  }

 private:
  std::map<std::string, std::string, std::less<>> irregular_;
};

}  // namespace communique

#endif  // COMMUNIQUE_CORE_ENGLISH_H_
