#include "extract/commitments/word_classes.h"

#include <string_view>
#include <utility>

namespace communique::commitments {

std::string FoldedTitle(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '-' || c == ' ' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::optional<uint64_t> WordClassNamed(std::string_view name) {
  static constexpr std::pair<std::string_view, uint64_t> kClasses[] = {
      {"modal", kModal},       {"hedge", kHedge},         {"have", kHave},
      {"be", kBe},             {"do", kDo},               {"negation", kNegation},
      {"adverb", kAdverb},     {"adverb_after", kAdverbAfter}, {"linking", kLinking},
      {"relative", kRelative}, {"keep_clause", kKeepClause},   {"not_actor", kNotActor},
      {"plural_determiner", kPluralDeterminer}, {"thing_head", kThingHead},
      {"verb", kVerb},         {"we_possessive", kWePossessive},
      {"plural_head", kPluralHead}, {"person_pronoun", kPersonPronoun},
      {"thing_pronoun", kThingPronoun}, {"aside", kAside}, {"determiner", kDeterminer},
      {"partner_link", kPartnerLink}, {"clause_opener", kClauseOpener}, {"past_be", kPastBe},
      {"member_head", kMemberHead}, {"summit_head", kSummitHead}, {"and", kAnd}, {"or", kOr},
      {"but", kBut}, {"article", kArticle}, {"of", kOf}, {"name_word", kNameWord},
      {"infinitive", kInfinitive}, {"agent", kAgent}, {"preposition", kPreposition},
      {"question", kQuestion}, {"we_word", kWeWord}, {"title_reference", kTitleReference},
      {"possessive", kPossessive}, {"relative_pronoun", kRelativePronoun},
      {"state_head", kStateHead}, {"person_head", kPersonHead}, {"spokesperson", kSpokesperson},
      {"wrapper", kWrapper}, {"title_topic", kTitleTopic}, {"party_modal", kPartyModal}, {"be_to", kBeTo},
      {"progressive", kProgressive}, {"amount_lead", kAmountLead}, {"currency", kCurrency},
      {"amount", kAmount}, {"pleased", kPleased}, {"subordinator", kSubordinator}, {"body_head", kBodyHead},
      {"amount_unit", kAmountUnit},
      {"place", kPlace}, {"joint", kJoint}, {"speech", kSpeech}, {"example_lead", kExampleLead}};
  for (const auto& [class_name, bit] : kClasses) {
    if (class_name == name) return bit;
  }
  return std::nullopt;
}

}  // namespace communique::commitments
