// English morphology, in one place: the lexicons list base forms (singular
// nouns, verbs' base forms), and the stages that compile them add the forms
// the text also uses.
#ifndef COMMUNIQUE_CORE_ENGLISH_H_
#define COMMUNIQUE_CORE_ENGLISH_H_

#include <string>
#include <string_view>

namespace communique {

// The -s form of a regular English noun or verb, for a noun's plural and a
// verb's 3rd person singular alike: "policy" -> "policies", "reach" ->
// "reaches", "fix" -> "fixes", "say" -> "says", "agree" -> "agrees".
// Irregular forms ("has", "children") are not made: no lexicon needs one yet.
// REQUIRES: `word` is not empty.
inline std::string SForm(std::string_view word) {
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

}  // namespace communique

#endif  // COMMUNIQUE_CORE_ENGLISH_H_
