// Table-driven tests of the commitments stage's parts (extract/commitments/):
// verb groups and types (candidates.cc, types.jsonl), subjects and asides
// (subjects.cc), partners, pronouns and reported undertakings
// (references.cc, clauses.cc). Each row is a text and every commitment it
// must give, in order.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "testing/test_engine.h"

namespace communique {
namespace {

struct Want {
  std::string type, status, trigger;
  std::vector<std::string> actors;  // sorted; empty: not checked
};

struct Row {
  const char* text;
  std::vector<Want> want;
};

void CheckRows(const std::vector<Row>& rows, const std::string& title = "", const std::string& url = "") {
  for (const Row& row : rows) {
    InputDocument input;
    input.id = "reading-test";
    input.bytes = row.text;
    input.published = "2022-06-01";
    input.published_source = PublishedSource::kCli;
    input.title = title;
    input.url = url;
    Document doc = testing::DefaultEngine().Process(std::move(input));
    std::string got;
    for (const Commitment& c : doc.commitments) {
      std::vector<std::string> ids = c.actors;
      std::sort(ids.begin(), ids.end());
      got += c.type + "/" + c.status + " \"" + std::string(doc.View(c.trigger)) + "\" [";
      for (const std::string& id : ids) got += id + " ";
      got += "]\n";
    }
    ASSERT_EQ(doc.commitments.size(), row.want.size()) << row.text << "\ngot:\n" << got;
    for (size_t i = 0; i < row.want.size(); ++i) {
      const Commitment& c = doc.commitments[i];
      const Want& w = row.want[i];
      EXPECT_EQ(c.type, w.type) << row.text << "\ngot:\n" << got;
      EXPECT_EQ(c.status, w.status) << row.text << "\ngot:\n" << got;
      EXPECT_EQ(doc.View(c.trigger), w.trigger) << row.text << "\ngot:\n" << got;
      if (!w.actors.empty()) {
        std::vector<std::string> ids = c.actors;
        std::sort(ids.begin(), ids.end());
        EXPECT_EQ(ids, w.actors) << row.text << "\ngot:\n" << got;
      }
    }
  }
}

// SPEC 8a: wrappers and light verbs, and "would" as reported "will".
TEST(CommitmentReading, VerbGroupsAndTypes) {
  CheckRows({
      {"Japan and Australia would continue to cooperate closely.",
       {{"intend", "planned", "would continue", {"AU", "JP"}}}},
      {"Japan and France will continue their close coordination.",
       {{"intend", "planned", "will continue", {"FR", "JP"}}}},
      {"Japan and France continue to promote free trade.",
       {{"intend", "ongoing", "continue", {"FR", "JP"}}}},
      {"The EU stands ready to provide any assistance.", {{"intend", "planned", "stands ready", {"EU"}}}},
      {"Japan and India reached an agreement to extend the programme.",
       {{"agree", "planned", "reached an agreement", {"IN", "JP"}}}},
      {"Japan and Italy shared the view to strengthen cooperation.",
       {{"agree", "planned", "shared the view", {"IT", "JP"}}}},
      {"Japan and Australia are steadfast in our commitment to a free and open Indo-Pacific.",
       {{"pledge", "planned", "are steadfast in our commitment", {"AU", "JP"}}}},
      {"Canada and Germany also spoke about global issues.",
       {{"cooperate", "done", "spoke", {"CA", "DE"}}}},
      {"Canada hopes to deepen cooperation with Japan.", {{"intend", "planned", "hopes", {"CA"}}}},
      // An intention stated with its verb; "the intention that" stays a report; a participle
      // after a possessive is an adjective.
      {"Minister Horii Iwao expressed her intention to further strengthen cooperation with Spain.",
       {{"intend", "planned", "expressed her intention", {"horii-iwao"}}}},
      {"Japan expressed desire to work further towards stronger relations.",
       {{"intend", "planned", "expressed desire", {"JP"}}}},
      {"The G7 condemns Russia's stated intention to hold votes in Ukraine.", {}},
      // Announced money and an announced commitment are pledges (SPEC 7, 8a).
      {"The United States announced the donation of two million vaccine doses to Colombia.",
       {{"pledge", "planned", "announced", {"US"}}}},
      {"The United States and the European Union announced their commitment to negotiate an arrangement.",
       {{"pledge", "planned", "announced", {"EU", "US"}}}},
      // Undertakings in progress: "are taking measures to", "are undertaking efforts to".
      {"Mexico and the United States are taking key measures today to protect the steel markets.",
       {{"intend", "ongoing", "are taking", {"MX", "US"}}}},
      {"The leaders took note of the report.", {}},
      // Courtesy calls, and a call in the perfect.
      {"State Minister Kunimitsu Ayano received a courtesy call from H.E. Mr. Inigo de Palacio, "
       "Ambassador of Spain.",
       {{"meet", "done", "received a courtesy call from", {"inigo-de-palacio", "kunimitsu-ayano"}}}},
      {"High Representative Federica Mogherini has spoken on the phone with President Sergio Mattarella.",
       {{"meet", "done", "has spoken", {"federica-mogherini", "sergio-mattarella"}}}},
      // A passive meeting in the past is a meet with the principal parties; in the future a schedule.
      {"Japan and the EU issued a statement. The Dialogue was held by video conference on 19 May.",
       {{"meet", "done", "was held", {"EU", "JP"}}}},
      {"Japan and the EU issued a statement. The next Dialogue will be held in Tokyo.",
       {{"schedule", "planned", "will be held", {"EU", "JP"}}}},
      // The perfect passive of a meeting is one that happened.
      {"Japan and the EU issued a statement. Consultations between the two sides have been held every "
       "year since 2001.",
       {{"meet", "done", "have been held", {"EU", "JP"}}}},
      // The present progressive of an arrangement (types.jsonl `arranged`) with a later date in
      // its action is planned; without one, or of another type, it is ongoing.
      {"Japan and Canada met. The United Kingdom is hosting the climate summit in Glasgow next year.",
       {{"meet", "done", "met", {"CA", "JP"}}, {"meet", "planned", "is hosting", {"GB"}}}},
      {"Japan and Canada met. Japan is hosting the ministerial meeting this week.",
       {{"meet", "done", "met", {"CA", "JP"}}, {"meet", "ongoing", "is hosting", {"JP"}}}},
      {"Japan and Canada met. Japan and Canada are working towards a launch of the satellite by 2028.",
       {{"meet", "done", "met", {"CA", "JP"}}, {"intend", "ongoing", "are working", {"CA", "JP"}}}},
      // Contractions.
      {"Japan and the EU issued a statement. We're committed to an open Indo-Pacific.",
       {{"pledge", "planned", "'re committed", {"EU", "JP"}}}},
      // The second of two coordinated verb groups shares the subject.
      {"Japan is funding a new port, and is preparing a feasibility study.",
       {{"pledge", "ongoing", "is funding", {"JP"}}, {"intend", "ongoing", "is preparing", {"JP"}}}},
      // A capitalized verb form inside a name is no verb.
      {"The International Monetary Fund and the World Trade Organization met in Washington.",
       {{"meet", "done", "met", {"imf", "wto"}}}},
      // Light verbs and nominal undertakings (issue 14): a joint statement and a resolution are
      // texts adopted (sign); coming to an arrangement, making a decision and instructing
      // ministers are agree; where the words after the verb decide ("strict_next"), "will" +
      // the verb with other words is an unlisted verb's intend.
      {"Japan and Australia issued a joint statement on the Red Sea.",
       {{"sign", "done", "issued", {"AU", "JP"}}}},
      {"Norway will not issue new licences for seabed exploration.",
       {{"intend", "planned", "will not issue", {"NO"}}}},
      {"The UN Security Council passed UNSCR 2722 on January 10, 2024.",
       {{"sign", "done", "passed", {"un-security-council"}}}},
      {"The vessels passed through the Strait of Hormuz.", {}},
      {"The United States and the European Union came to an interim arrangement for trade in steel.",
       {{"agree", "planned", "came", {"EU", "US"}}}},
      {"Japan and India will come to Tokyo.", {{"intend", "planned", "will come", {"IN", "JP"}}}},
      {"The Government of Japan made a decision to sign the Agreement.",
       {{"agree", "planned", "made a decision", {"JP"}}}},
      {"Japan and India instructed their ministers to take further steps.",
       {{"agree", "planned", "instructed", {"IN", "JP"}}}},
      // "wishes to" is an intention; courtesies and wishes about others are none.
      {"Japan wishes to deepen its cooperation with Australia.", {{"intend", "planned", "wishes", {"JP"}}}},
      {"Japan wishes to express its gratitude to Australia.", {}},
      {"The United Kingdom hoped to see a new pledge from Japan.", {}},
      // An announced reaffirmation is a pledge; a past one a stance.
      {"Japan and India will reaffirm the alliance.", {{"pledge", "planned", "will reaffirm", {"IN", "JP"}}}},
      {"Japan and India reaffirmed the alliance.", {}},
      // A visit is a meeting; a second verb after "and" and an adverb shares the subject, not
      // the first verb's "with" partner.
      {"Secretary of State Hillary Clinton met with Prime Minister Naoto Kan, and also visited the Emperor.",
       {{"meet", "done", "met", {"hillary-clinton", "naoto-kan"}}, {"meet", "done", "visited", {"hillary-clinton"}}}},
      // A comma before "and", the only one after the "to", closes the infinitive: the verb
      // after it shares the modal; without it the verb may be the infinitive's.
      {"Mexico and the United States will implement policies to prevent tariff evasion, and strengthen "
       "supply chains.",
       {{"intend", "planned", "will implement", {"MX", "US"}}, {"intend", "planned", "strengthen", {"MX", "US"}}}},
      {"Japan and India will join forces to expand trade and benefit the region.",
       {{"intend", "planned", "will join", {"IN", "JP"}}}},
      {"Japan and India will work to expand trade, promote investment, and strengthen ties.",
       {{"intend", "planned", "will work", {"IN", "JP"}}}},
      // More light verbs: agreement a few words after "reached", "had a conversation", plans
      // confirmed, a meeting that took place, staying in contact, coming together, a draft.
      {"The G7 also reached historic agreement on a plan to replace digital service taxes.",
       {{"agree", "planned", "reached historic agreement", {"g7"}}}},
      {"Mr. Seiji Maehara had a telephone conversation with Mr. Murray McCully.", {{"meet", "done", "had", {}}}},
      {"Japan had a strong economy.", {}},
      {"Japan and India confirmed plans to enhance cooperation.",
       {{"intend", "planned", "confirmed plans", {"IN", "JP"}}}},
      {"Japan and India met today. The talks took place under the aegis of the Dialogue.",
       {{"meet", "done", "met", {"IN", "JP"}}, {"meet", "done", "took place", {"IN", "JP"}}}},
      {"Japan and India will remain in close contact.", {{"intend", "planned", "will remain", {"IN", "JP"}}}},
      {"Russia's sovereign assets will remain immobilized.", {}},
      {"Canada and the United States have come together to trade.",
       {{"cooperate", "done", "have come together", {"CA", "US"}}}},
      {"Ukraine and the United States drafted a peace framework.", {{"launch", "done", "drafted", {"UA", "US"}}}},
      {"Minister Bob Carr responded that Australia would continue its cooperation.",
       {{"intend", "planned", "would continue", {"AU"}}}},
      // "will" + a verb its rules do not read here is "will" + an unlisted verb; "will be" +
      // an -ing form is one too; a passive and "will have" are not; "do" is a main verb.
      {"Japan and India will respond to violations.", {{"intend", "planned", "will respond", {"IN", "JP"}}}},
      {"Japan and India will be closely monitoring developments.",
       {{"intend", "planned", "will be closely monitoring", {"IN", "JP"}}}},
      {"Japan and India will be met with a response.", {}},
      {"Japan and India will have different orientations.", {}},
      {"The Government of New Zealand will do as much as it can.", {{"intend", "planned", "will do", {"NZ"}}}},
      // Be + an unlisted -ing form: a party's action in progress; not another's; a view.
      {"The United States and Mexico met today. The United States is providing a loan guarantee. "
       "Russia is attacking Ukraine.",
       {{"meet", "done", "met", {"MX", "US"}}, {"intend", "ongoing", "is providing", {"US"}}}},
      {"The EU is placing importance on exchanging information.", {}},
      // Progressive forms of listed verbs; a named partnership announced is launched.
      {"Japan and India met today. Today we are announcing $60 million in new programs.",
       {{"meet", "done", "met", {"IN", "JP"}}, {"pledge", "ongoing", "are announcing", {"IN", "JP"}}}},
      {"In September 2021, Australia, the United Kingdom and the United States announced AUKUS, a new "
       "security partnership.",
       {{"launch", "done", "announced", {"AU", "GB", "US"}}}},
      {"Japan announced Japan's contribution to the fund.", {}},
      // A participle after a determiner and adverbs is an adjective.
      {"Canada and New Zealand are co-signatories of the recently concluded Global Trade and Gender Arrangement.",
       {}},
  });
}

// Light verbs and adjectives of resolve (SPEC 7, 8a: as "committed to", "stand
// ready to"), partnering, chairing and engaging with partners; nouns that look
// like their 3rd person forms are no verbs.
TEST(CommitmentReading, LightVerbsAndResolve) {
  CheckRows({
      {"Norway and Chile are resolved to negotiate a fisheries arrangement.",
       {{"pledge", "planned", "are resolved", {"CL", "NO"}}}},
      {"Norway remains determined to support the coastal states.",
       {{"pledge", "planned", "remains determined", {"NO"}}}},
      {"Norway and Chile resolved to open a joint office.", {{"agree", "planned", "resolved", {"CL", "NO"}}}},
      {"The quarrel was resolved to the satisfaction of Norway and Chile.", {}},
      {"Norway and Chile are ready to expand their fisheries research.",
       {{"intend", "planned", "are ready", {"CL", "NO"}}}},
      {"Norway is prepared to provide more vessels.", {{"intend", "planned", "is prepared", {"NO"}}}},
      {"Norway and Chile recommit to protecting the oceans.", {{"pledge", "planned", "recommit", {"CL", "NO"}}}},
      {"Norway and Chile expressed their determination to protect the oceans.",
       {{"pledge", "planned", "expressed their determination", {"CL", "NO"}}}},
      {"Norway and Chile will partner on ocean observation.",
       {{"cooperate", "planned", "will partner", {"CL", "NO"}}}},
      {"Norway is partnering with Chile to map the seabed.", {{"cooperate", "ongoing", "is partnering", {"CL", "NO"}}}},
      {"Norway and Chile engaged with Peru on fisheries.", {{"cooperate", "done", "engaged", {"CL", "NO", "PE"}}}},
      {"Prime Minister Jonas Gahr Store co-chaired the session with President Gabriel Boric.",
       {{"meet", "done", "co-chaired", {}}}},
      {"Norway is taking initial steps to open an office in Santiago.",
       {{"intend", "ongoing", "is taking", {"NO"}}}},
      {"President Gabriel Boric accepted an invitation from Prime Minister Jonas Gahr Store for a visit to Oslo.",
       {{"meet", "done", "accepted an invitation", {}}}},
      {"Chile will accept imports of Norwegian salmon.", {{"intend", "planned", "will accept", {"CL"}}}},
      {"Norway and Chile met virtually to review progress.", {{"meet", "done", "met virtually", {"CL", "NO"}}}},
      // SPEC 7 cooperate is expanded cooperation, not any expansion; announcing
      // is a pledge or a launch only with money or a name after it.
      {"Norway will expand school connectivity in Chile.", {{"intend", "planned", "will expand", {"NO"}}}},
      {"Norway and Chile will deepen practical cooperation and launch two projects.",
       {{"cooperate", "planned", "will deepen", {"CL", "NO"}}, {"launch", "planned", "launch", {"CL", "NO"}}}},
      {"Norway will step up its efforts to protect the coast.", {{"intend", "planned", "will step up", {"NO"}}}},
      {"Norway will announce the new measures tomorrow.", {{"intend", "planned", "will announce", {"NO"}}}},
      {"Norway and Chile are making significant investments to decarbonize their fleets.",
       {{"pledge", "ongoing", "are making", {"CL", "NO"}}}},
      {"Norway will maintain these measures and expand them.",
       {{"intend", "planned", "will maintain", {"NO"}}, {"intend", "planned", "expand", {"NO"}}}},
      // A plural noun is no 3rd person verb ("partners on", "co-chairs of").
      {"Norway and Chile stand together as ocean partners on the following goals.", {}},
      {"The co-chairs of the dialogue thanked Peru.", {}},
  });
}

// SPEC 7 stances stay stances after a modal (modal_keeps), but for the verbs
// whose modal makes an act ("will support", "will recognize the standards");
// a visitor welcomed is a meeting, a thing welcomed a stance.
TEST(CommitmentReading, StancesAfterModalsAndWelcomes) {
  CheckRows({
      {"Norway and Chile will also affirm the importance of open sea lanes.", {}},
      {"Norway and Chile will affirm that fisheries data are essential.", {}},
      {"Norway will condemn every attack on shipping.", {}},
      {"Norway will reaffirm its support for Chile and underscore the importance of the treaty.",
       {{"pledge", "planned", "will reaffirm its support", {"NO"}}}},
      {"Norway will support the coastal states.", {{"intend", "planned", "will support", {"NO"}}}},
      {"Chile will recognize Norwegian safety certificates.", {{"intend", "planned", "will recognize", {"CL"}}}},
      {"Prime Minister Jonas Gahr Store welcomed President Gabriel Boric to Oslo.",
       {{"meet", "done", "welcomed", {"gabriel-boric", "jonas-gahr-store"}}}},
      {"Prime Minister Jonas Gahr Store welcomed President Gabriel Boric's proposal.", {}},
      {"Norway welcomed a delegation led by the Chilean fisheries minister.", {{"meet", "done", "welcomed", {"NO"}}}},
  });
}

// SPEC 7: predictions whose subject is no actor are no commitments: a thing
// after a possessive, a noun phrase capitalized only by its place at the
// start ("Key terms of the agreement between A and B"), "Our work"; a bare
// "continues" is an undertaking only of a party of the statement.
TEST(CommitmentReading, SubjectsThatAreNoActors) {
#define NO_CL "Norway and Chile issued a joint statement. "
  const Want issued{"sign", "done", "issued", {"CL", "NO"}};
  CheckRows({
      {NO_CL "Norway's GDP will grow by two percent.", {issued}},
      {NO_CL "Implementation of the Norway-Chile partnership has begun.", {issued}},
      {NO_CL "Key terms of the agreement between Norway and Chile will include tariff cuts.", {issued}},
      {NO_CL "Our work on oceans is guided by science.", {issued}},
      {NO_CL "Our fisheries agencies will exchange data.",
       {issued, {"cooperate", "planned", "will exchange", {"CL", "NO"}}}},
      {NO_CL "Russia continues its war of aggression.", {issued}},
      {NO_CL "We continue to promote free trade.", {issued, {"intend", "ongoing", "continue", {"CL", "NO"}}}},
      {NO_CL "Secretary of Fisheries Marta Larsen plans to visit Chile.",
       {issued, {"intend", "planned", "plans", {"marta-larsen"}}}},
  });
#undef NO_CL
}

// An aside's "with" names partners wherever it stands ("X, with Y, will",
// "Together with Y, X will"), and they are among the first sentence's
// parties, the "we" after it; "With support from Y" names none.
TEST(CommitmentReading, AsidePartners) {
  CheckRows({
      {"Together with Chile, Norway will open a research station.",
       {{"launch", "planned", "will open", {"CL", "NO"}}}},
      {"With support from Chile, Norway will open a research station.",
       {{"launch", "planned", "will open", {"NO"}}}},
      {"Norway, with Chile and Peru, will set new fishing quotas. We will share data on fish stocks.",
       {{"intend", "planned", "will set", {"CL", "NO", "PE"}}, {"cooperate", "planned", "will share", {"CL", "NO", "PE"}}}},
  });
}

// SPEC 8a: a reported undertaking is the undertaker's; a reported view stays a stance.
TEST(CommitmentReading, ReportedUndertakings) {
  CheckRows({
      {"The Ministers confirmed that Japan and Australia would work to provide support.",
       {{"intend", "planned", "would work", {"AU", "JP"}}}},
      {"Japan and Australia shared the intention that the two countries would cooperate closely.",
       {{"cooperate", "planned", "would cooperate closely", {"AU", "JP"}}}},
      {"Japan and Australia shared the view that the rule of law is important.", {}},
      // Each "that" clause of a report reads its own subject.
      {"Foreign Minister Paolo Gentiloni stated that the resolution is important, and that Italy "
       "intended to cooperate on this issue.",
       {{"intend", "planned", "intended", {"IT"}}}},
      // "the two countries" after persons: their countries.
      {"Prime Minister Fumio Kishida of Japan held a talk with Prime Minister Anthony Albanese of "
       "Australia. The two leaders confirmed that the two countries would continue to cooperate.",
       {{"meet", "done", "held", {"anthony-albanese", "fumio-kishida"}},
        {"intend", "planned", "would continue", {"AU", "JP"}}}},
      // "confident that", "while", "in which": clauses with their own subjects.
      {"We are confident that Japan will expand cooperation, while the EU will host the next meeting.",
       {{"cooperate", "planned", "will expand", {"JP"}}, {"meet", "planned", "will host", {"EU"}}}},
      {"Japan and the EU agreed on a framework in which Japan will provide funding.",
       {{"agree", "planned", "agreed", {"EU", "JP"}}, {"intend", "planned", "will provide", {"JP"}}}},
      // "agreed that" reports (tests/dev/notes.md 21); a reported view is none.
      {"The two leaders agreed that Japan and the United States will continue to work together.",
       {{"intend", "planned", "will continue", {"JP", "US"}}}},
      {"Japan and Canada agreed that the partnership is vital.", {}},
      // A past form after "and" with no subject in the reported clause is the reporter's.
      {"Japan and India agreed that people-to-people ties form the bedrock of the friendship and "
       "resolved to strengthen these bonds.",
       {{"agree", "planned", "resolved", {"IN", "JP"}}}},
      // No "that": names right before a modal; a pronoun too.
      {"The Ministers confirmed Japan and Australia would work to provide support.",
       {{"intend", "planned", "would work", {"AU", "JP"}}}},
      {"Japan and Canada agreed we will continue to support Ukraine.",
       {{"intend", "planned", "will continue", {"CA", "JP"}}}},
      // A participle reports for the name that opens its piece; one person's "they" is his country.
      {"In response, Minister Koichiro Gemba offered his congratulations on Minister Bob Carr's "
       "appointment, stating that he would like to work closely with Minister Carr.",
       {{"intend", "planned", "would like", {"koichiro-gemba"}}}},
      {"Foreign Minister Frans Timmermans of the Netherlands expressed his determination, stating that "
       "they would never stop investigating.",
       {{"intend", "planned", "would never stop", {"NL"}}}},
      // The stance verbs report when a "that" clause follows; a reported view is none.
      {"Japan and India stressed that they will continue to work together.",
       {{"intend", "planned", "will continue", {"IN", "JP"}}}},
      {"Japan and India stressed that the alliance is important.", {}},
      // A present verb with its complement after a present verb shares the subject; after a
      // comma, a subject of its own starts the main clause; a base form after a preposition
      // and a past form after one are nouns and adjectives.
      {"Japan and India met today. We welcome the report and commit to implement it.",
       {{"meet", "done", "met", {"IN", "JP"}}, {"pledge", "planned", "commit", {"IN", "JP"}}}},
      {"Japan and India met today. We thank Bangladesh for its term and commit to working with Sri Lanka.",
       {{"meet", "done", "met", {"IN", "JP"}}, {"pledge", "planned", "commit", {"IN", "JP"}}}},
      {"Japan and India met today. We welcome a free and open Indo-Pacific.", {{"meet", "done", "met", {"IN", "JP"}}}},
      {"Japan and India met today. As we celebrate the anniversary, we commit to establish a partnership.",
       {{"meet", "done", "met", {"IN", "JP"}}, {"pledge", "planned", "commit", {"IN", "JP"}}}},
      {"Japan and India met today. In support of our goal, we commit to an approach.",
       {{"meet", "done", "met", {"IN", "JP"}}, {"pledge", "planned", "commit", {"IN", "JP"}}}},
      {"Recognizing the importance of continued engagement, Japan and India commit to work together.",
       {{"pledge", "planned", "commit", {"IN", "JP"}}}},
      {"The Summit which took place in February was a success.", {}},
      // "must": an undertaking of "we" or a named party of the statement only; "and we" after
      // another clause is a clause of its own; a listed verb joined to an unlisted one types it.
      {"Japan and Canada met today. Both leaders agreed we must continue to stand alongside Ukraine. "
       "Russia must withdraw its forces.",
       {{"meet", "done", "met", {"CA", "JP"}}, {"intend", "planned", "must continue", {"CA", "JP"}}}},
      {"We, the Leaders of the G7, met today. We will support Ukraine. Russia must comply with its "
       "obligations. All parties must refrain from violence.",
       {{"meet", "done", "met", {"g7"}}, {"intend", "planned", "will support", {"g7"}}}},
      {"Japan and India met today. Coal investments must stop now and we commit to an end to support.",
       {{"meet", "done", "met", {"IN", "JP"}}, {"pledge", "planned", "commit", {"IN", "JP"}}}},
      {"Japan and India met today. Our Foreign Ministers will converse often and meet at least once a year.",
       {{"meet", "done", "met", {"IN", "JP"}}, {"meet", "planned", "will converse often and meet", {"IN", "JP"}}}},
      // A report to an addressee: the clause after its "that".
      {"She told the President that the European Commission has addressed the first requests, and "
       "stands ready to mobilise all resources.",
       {{"intend", "planned", "stands ready", {"european-commission"}}}},
      {"The government of the DPRK has notified several United Nations agencies that it intends to "
       "launch a satellite.",
       {{"intend", "planned", "intends", {"KP"}}}},
  });
}

// SPEC 7 and 8a: who the subject is.
TEST(CommitmentReading, SubjectsAndReferences) {
  CheckRows({
      // A title in apposition to a person, and an aside before the verb.
      {"Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, prior to attending the "
       "Japan-Australia summit, held an informal talk with Senator the Hon. Penny Wong, Minister for "
       "Foreign Affairs of Australia.",
       {{"meet", "done", "held", {"hayashi-yoshimasa", "penny-wong"}}}},
      // An apposition between a list of names and its verb; the names of a list are none.
      {"The United States and the European Union, home to 780 million people who share democratic "
       "values, will advance the agenda.",
       {{"intend", "planned", "will advance", {"EU", "US"}}}},
      {"Japan and India, both members of the Quad, will expand cooperation.",
       {{"cooperate", "planned", "will expand", {"IN", "JP"}}}},
      {"Japan, the United States and India will expand cooperation.",
       {{"cooperate", "planned", "will expand", {"IN", "JP", "US"}}}},
      {"In Japan, cooperation will deepen.", {}},
      {"Japan, Australia and India announced the Quad \u2013 a new partnership that will promote a free region.",
       {{"launch", "done", "announced", {"AU", "IN", "JP"}}}},
      // "it" after a semicolon: the one non-person subject of the clause before (the Quad, a
      // partnership: its members).
      {"The United States and Japan met. Full of potential, the Quad looks forward to the future; it "
       "seeks to uphold peace.",
       {{"meet", "done", "met", {"JP", "US"}}, {"intend", "planned", "seeks", {"AU", "IN", "JP", "US"}}}},
      // A listed trigger with names of its own after a relative pronoun is theirs; "will" +
      // an unlisted verb there is a description.
      {"Japan and the UK discussed cooperation, and looked ahead to the COP26 summit that the UK is "
       "hosting in Glasgow next year.",
       {{"cooperate", "done", "discussed", {"GB", "JP"}}, {"meet", "planned", "is hosting", {"GB"}}}},
      {"Japan and the United States will address challenges that Japan and the United States will face.",
       {{"intend", "planned", "will address", {"JP", "US"}}}},
      // "with" later in a meeting's action (SPEC 7).
      {"Prime Minister Fumio Kishida held a telephone talk for approximately 30 minutes on June 1 "
       "with President Emmanuel Macron.",
       {{"meet", "done", "held", {"emmanuel-macron", "fumio-kishida"}}}},
      // "together with Y" between the subject and its verb: Y joins.
      {"Secretary Hillary Clinton, together with Foreign Minister Takeaki Matsumoto, announced the "
       "creation of a public-private partnership.",
       {{"launch", "done", "announced the creation", {"hillary-clinton", "takeaki-matsumoto"}}}},
      // "We" inside a quote is its speaker's party (the country or organization a person
      // speaks for; tests/dev/notes.md 38), the speaker named before or after it; a sentence
      // inside the quote ends the subject and the action before it.
      {"Prime Minister Justin Trudeau met President Lula of Brazil. \"We will double our clean energy "
       "investments,\" said Prime Minister Trudeau.",
       {{"meet", "done", "met", {"justin-trudeau", "lula"}}, {"intend", "planned", "will double", {"CA"}}}},
      {"Chancellor Olaf Scholz hosted President Emmanuel Macron in Berlin. Scholz said: \"Our two countries "
       "are close partners in Europe. We will build a new tank together.\"",
       {{"meet", "done", "hosted", {"emmanuel-macron", "olaf-scholz"}}, {"intend", "planned", "will build", {"DE"}}}},
      {"Secretary General Jens Stoltenberg met Prime Minister Fumio Kishida. \"We will open a liaison office "
       "in Tokyo,\" the Secretary General said.",
       {{"meet", "done", "met", {"fumio-kishida", "jens-stoltenberg"}}, {"launch", "planned", "will open", {"nato"}}}},
      {"At the summit, President Joe Biden and President Ursula von der Leyen declared: \"We intend to "
       "reform the WTO.\"",
       {{"intend", "planned", "intend", {"EU", "US"}}}},
      // A fronted phrase before the subject, naming a group or not, is no item of its list;
      // "together with B" between items is; "as we" after a list is its clause's subject.
      {"As host of the summit, France launched a new initiative on AI.",
       {{"launch", "done", "launched", {"FR"}}}},
      {"Ahead of the G20 Summit, Brazil and Mexico agreed to coordinate on debt relief.",
       {{"agree", "planned", "agreed", {"BR", "MX"}}}},
      {"On the margins of the ASEAN meetings, Vietnam and the Philippines signed a coast guard arrangement.",
       {{"sign", "done", "signed", {"PH", "VN"}}}},
      {"Under this plan, Prime Minister Narendra Modi, together with President Cyril Ramaphosa, and President "
       "Lula da Silva, will sign the charter.",
       {{"sign", "planned", "will sign", {"cyril-ramaphosa", "lula-da-silva", "narendra-modi"}}}},
      {"Norway and Iceland met. Research centres will open in Norway, Iceland, and Greenland, as we continue "
       "to grow our Arctic ties.",
       {{"meet", "done", "met", {"IS", "NO"}}, {"intend", "ongoing", "continue", {"IS", "NO"}}}},
      // Dash asides between the subject and its verb: an apposition names no party, "together
      // with" does; "we" after a dash opens a clause; a "We - A, B and C -" apposition is "we".
      {"Norway \u2014 a longtime partner of the European Union \u2014 will double its support for Moldova.",
       {{"intend", "planned", "will double", {"NO"}}}},
      {"Prime Minister Mark Carney and President Claudia Sheinbaum, as well as President Donald Trump, "
       "agreed to review the trade agreement.",
       {{"agree", "planned", "agreed", {"claudia-sheinbaum", "donald-trump", "mark-carney"}}}},
      {"Germany - together with France - will finance the new rail corridor.",
       {{"pledge", "planned", "will finance", {"DE", "FR"}}}},
      {"Japan and Korea agreed on a plan. To build back better \u2014 we will fund new clinics.",
       {{"agree", "planned", "agreed", {"JP", "KR"}}, {"pledge", "planned", "will fund", {"JP", "KR"}}}},
      {"Today, we \u2014 President Lula of Brazil and President Ramaphosa of South Africa \u2014 met in "
       "Pretoria. Together, we will expand cooperation.",
       {{"meet", "done", "met", {"lula", "ramaphosa"}}, {"cooperate", "planned", "will expand", {"lula", "ramaphosa"}}}},
      // Hosts and their guests; "spoke to" a person.
      {"Prime Minister Rishi Sunak hosted Prime Minister Justin Trudeau at Downing Street.",
       {{"meet", "done", "hosted", {"justin-trudeau", "rishi-sunak"}}}},
      // "discussed relations with China" names no partner.
      {"Canada and Germany discussed relations with China.",
       {{"cooperate", "done", "discussed", {"CA", "DE"}}}},
      // A participle after a name with a phrase and then "was" modifies the name.
      {"The leaders shared the recognition that the Inter-Korean Summit held on April 27 was a positive "
       "development.",
       {}},
      // A name with lowercase parts ("Moon Jae-in") joins a meeting as its partner; a
      // parenthesized sentence is no antecedent of "the two leaders".
      {"Prime Minister Shinzo Abe held a telephone talk with President Donald Trump. (Before the talk, "
       "President Trump held a telephone talk with President Moon Jae-in of the Republic of Korea.) "
       "The two leaders will closely monitor the situation.",
       {{"meet", "done", "held", {"donald-trump", "shinzo-abe"}},
        {"meet", "done", "held", {"donald-trump", "moon-jae-in"}},
        {"intend", "planned", "will closely monitor", {"donald-trump", "shinzo-abe"}}}},
      // "He" / "She": the person before; "and he" after a view.
      {"President Emmanuel Macron thanked Japan. He hopes to deepen cooperation with Japan.",
       {{"intend", "planned", "hopes", {"emmanuel-macron"}}}},
      // "hopes to continue": the wrapper joins the trigger (SPEC 8a).
      {"Prime Minister Fumio Kishida stated that the partnership is important and he hopes to "
       "continue close coordination.",
       {{"intend", "planned", "hopes to continue", {"fumio-kishida"}}}},
      // "that" and a subject of their own inside an action: a clause.
      {"Japan and the United States will continue to work together based on the fact that they agreed "
       "to raise the issue.",
       {{"intend", "planned", "will continue", {"JP", "US"}}, {"agree", "planned", "agreed", {"JP", "US"}}}},
      // Not after "that he" (a prediction about someone else) or a thing named after a party.
      {"Japan and the United States will send a clear signal that he will not succeed.",
       {{"intend", "planned", "will send", {"JP", "US"}}}},
      {"Japan and India will fund a programme that the Quad Cancer Moonshot will support.",
       {{"pledge", "planned", "will fund", {"IN", "JP"}}}},
      // "in order to" stays in the action.
      {"Japan and Australia will coordinate closely in order to strengthen the pressure.",
       {{"cooperate", "planned", "will coordinate closely", {"AU", "JP"}}}},
      // A 3rd person verb after "and" whose rule's context matched ("hopes to") is finite: its
      // subject is the one that opens the clause, a pronoun the reporter.
      {"President Emmanuel Macron stated that he attaches great importance to the relations with Japan "
       "and hopes to deepen cooperation with Japan.",
       {{"intend", "planned", "hopes", {"emmanuel-macron"}}}},
      // A bare title whose holder's role it heads ("the minister", "the Chairperson"), opening
      // a sentence whose second verb follows "and", in a list, or after "together with".
      {"Foreign Minister Alexander Downer of Australia arrived in Brussels. The minister briefed the "
       "Council and held a meeting with Secretary General Jaap de Hoop Scheffer.",
       {{"meet", "done", "held", {"alexander-downer", "jaap-de-hoop-scheffer"}}}},
      {"Secretary-General Antonio Guterres welcomed Moussa Faki, Chairperson of the African Union "
       "Commission. The Secretary-General and the Chairperson agreed to hold a conference.",
       {{"meet", "done", "welcomed", {"antonio-guterres", "moussa-faki"}},
        {"agree", "planned", "agreed", {"antonio-guterres", "moussa-faki"}}}},
      {"Secretary Hillary Clinton thanked Foreign Minister Takeaki Matsumoto. Secretary Clinton, together "
       "with the Foreign Minister, announced the creation of a partnership.",
       {{"launch", "done", "announced the creation", {"hillary-clinton", "takeaki-matsumoto"}}}},
      // A plural reference whose head names persons ("the Foreign Ministers") is the persons
      // of the nearest plural commitment of persons, past a commitment of countries; "they"
      // in what the ministers report is the ministers, as the reporter's "they" is.
      {"Minister Koichiro Gemba held a telephone talk with Foreign Minister Bob Carr. Japan and "
       "Australia will work closely to urge restraint. The Foreign Ministers shared the view that they "
       "will coordinate toward holding talks. The Foreign Ministers agreed to meet again.",
       {{"meet", "done", "held", {"bob-carr", "koichiro-gemba"}},
        {"intend", "planned", "will work closely", {"AU", "JP"}},
        {"cooperate", "planned", "will coordinate", {"bob-carr", "koichiro-gemba"}},
        {"agree", "planned", "agreed", {"bob-carr", "koichiro-gemba"}}}},
      // "they" in what "the leaders" report, and "They" after it, are the leaders' persons,
      // past a commitment of countries between (SPEC 7: the nearest plural commitment).
      {"President Joe Biden and Prime Minister Fumio Kishida held a summit. The United States and "
       "Japan will launch a new dialogue. The leaders affirm they will expand clean energy trade. They "
       "pledge to protect the oceans.",
       {{"meet", "done", "held", {"fumio-kishida", "joe-biden"}},
        {"launch", "planned", "will launch", {"JP", "US"}},
        {"intend", "planned", "will expand", {"fumio-kishida", "joe-biden"}},
        {"pledge", "planned", "pledge", {"fumio-kishida", "joe-biden"}}}},
      // Plural parties that are no persons keep the plural reference rule.
      {"Japan and Australia will work closely to urge restraint. The two sides shared the view that "
       "they will coordinate toward holding talks.",
       {{"intend", "planned", "will work closely", {"AU", "JP"}},
        {"cooperate", "planned", "will coordinate", {"AU", "JP"}}}},
      // An event subject takes the principal parties: those of the commitments most often,
      // a meeting's "with" partners among them.
      {"State Secretary Joerg Kukies met with Deputy National Security Advisor Mike Pyle to discuss "
       "cooperation. The talks took place under the aegis of the Economic Dialogue.",
       {{"meet", "done", "met", {"joerg-kukies", "mike-pyle"}},
        {"meet", "done", "took place", {"joerg-kukies", "mike-pyle"}}}},
      // A plural noun after "and" is no verb ("trade and exchanges").
      {"Japan and Canada will promote trade and exchanges between people.",
       {{"intend", "planned", "will promote", {"CA", "JP"}}}},
  });
}

// SPEC 8a: group members, "Leaders" at a named summit, list items under a lead-in.
TEST(CommitmentReading, GroupsAndLists) {
  CheckRows({
      {"The leaders of Australia and India met in Tokyo. The Quad partners will deepen cooperation on health.",
       {{"meet", "done", "met", {"AU", "IN"}}, {"cooperate", "planned", "will deepen", {"AU", "IN", "JP", "US"}}}},
      // The AUKUS members from rules/actors/memberships.jsonl, none named in the text.
      {"The AUKUS partners will build submarines.", {{"intend", "planned", "will build", {"AU", "GB", "US"}}}},
      {"At the G7 Summit, Leaders launched the Partnership for Global Infrastructure.",
       {{"launch", "done", "launched", {"g7"}}}},
      {"The EU and Japan decided on the following steps:\n\nCreate a joint working group.\n\nReview progress "
       "at the next summit.\n\nThe EU will host the summit.",
       {{"agree", "planned", "decided", {"EU", "JP"}}, {"launch", "planned", "Create", {"EU", "JP"}},
        {"review", "planned", "Review", {"EU", "JP"}}, {"meet", "planned", "will host", {"EU"}}}},
      // A `verb` word opening an item under a lead-in is the lead-in's parties' intend.
      {"The EU and Japan committed to:\n\nStrengthen supply chains.\n\nConvene a meeting in 2026.",
       {{"pledge", "planned", "committed", {"EU", "JP"}}, {"intend", "planned", "Strengthen", {"EU", "JP"}},
        {"meet", "planned", "Convene", {"EU", "JP"}}}},
      // "X and Y will:" leads in its items and is no commitment itself.
      {"Together, the United States and Japan will:\n\n- Provide grants for disease research.\n- Launch a "
       "science program.\n\nJapan will host the summit.",
       {{"intend", "planned", "Provide", {"JP", "US"}}, {"launch", "planned", "Launch", {"JP", "US"}},
        {"meet", "planned", "will host", {"JP"}}}},
      // "We — A, B and C – met": an apposition between dashes.
      {"We \u2014 Prime Minister Anthony Albanese of Australia, Prime Minister Narendra Modi of India and "
       "Prime Minister Fumio Kishida of Japan \u2013 met in Tokyo. We will deepen cooperation.",
       {{"meet", "done", "met", {"anthony-albanese", "fumio-kishida", "narendra-modi"}},
        {"cooperate", "planned", "will deepen", {"anthony-albanese", "fumio-kishida", "narendra-modi"}}}},
      // A plural reference is never one country: without an earlier plural commitment, the
      // first sentence's parties.
      {"Mexico and the United States issued a statement today. Both countries will implement "
       "policies. The United States will impose tariffs. The United States will act.",
       {{"intend", "planned", "will implement", {"MX", "US"}}, {"intend", "planned", "will impose", {"US"}},
        {"intend", "planned", "will act", {"US"}}}},
      // A guest list runs through a name's own dot ("Marcos Jr.").
      {"President Joe Biden will host President Ferdinand R. Marcos Jr. of the Philippines and Prime "
       "Minister Fumio Kishida of Japan.",
       {{"meet", "planned", "will host", {"ferdinand-r-marcos-jr", "fumio-kishida", "joe-biden"}}}},
      // A group's members opening a clause whose verb follows "and".
      {"Quad countries are among the leaders in digital technology and are undertaking efforts to "
       "provide capacity building.",
       {{"intend", "ongoing", "are undertaking", {"AU", "IN", "JP", "US"}}}},
      // A list of a person and a group headed by a plural: the group is a party of its own;
      // an apposition's country ("the Prime Minister of Japan") is none.
      {"President Joe Biden and G7 leaders agreed to continue providing support.",
       {{"agree", "planned", "agreed", {"g7", "joe-biden"}}}},
      {"Minister Hayashi Yoshimasa and the ambassadors of EU Member States held a discussion on Ukraine.",
       {{"meet", "done", "held", {"EU", "hayashi-yoshimasa"}}}},
      {"President Joe Biden, the President of the United States, and Fumio Kishida, the Prime Minister "
       "of Japan, agreed to meet again.",
       {{"agree", "planned", "agreed", {"fumio-kishida", "joe-biden"}}}},
      // "Our two countries", "our governments" of signing leaders are their countries; "our
      // Foreign Ministers" stay the signatories.
      {"We, President Gabriel Boric of Chile and Prime Minister Mark Carney of Canada, met in Santiago. Our "
       "two countries will expand cooperation on lithium. Our governments will meet again in 2026. Our Foreign "
       "Ministers will meet in May.",
       {{"meet", "done", "met", {"gabriel-boric", "mark-carney"}},
        {"cooperate", "planned", "will expand", {"CA", "CL"}},
        {"meet", "planned", "will meet again", {"CA", "CL"}},
        {"meet", "planned", "will meet", {"gabriel-boric", "mark-carney"}}}},
      // Without a lead-in a bare verb has no subject.
      {"Create a joint working group.", {}},
      // A stance verb before a linking word opens a noun phrase under a lead-in, no item.
      {"Japan and India met today. The leaders decided on the following:\n\n- Support for Ukraine;\n- Support the "
       "recovery of Ukraine.",
       {{"meet", "done", "met", {"IN", "JP"}},
        {"agree", "planned", "decided", {"IN", "JP"}},
        {"intend", "planned", "Support", {"IN", "JP"}}}},
      // What was discussed is no undertaking (types.jsonl `leads_items`).
      {"Japan and India met today. The leaders discussed the following:\n\n- Support the recovery of Ukraine.",
       {{"meet", "done", "met", {"IN", "JP"}}, {"cooperate", "done", "discussed", {"IN", "JP"}}}},
      // A partnership (memberships.jsonl `partnership`: the Quad, AUKUS) is no party: what it
      // undertakes, its members undertake, named or as "we"; member heads may stack.
      {"The Quad will open a regional fellowship office in Sydney.",
       {{"launch", "planned", "will open", {"AU", "IN", "JP", "US"}}}},
      {"AUKUS and Canada will explore cooperation on hypersonics.",
       {{"intend", "planned", "will explore", {"AU", "CA", "GB", "US"}}}},
      {"Quad member countries will pool satellite data on floods.",
       {{"intend", "planned", "will pool", {"AU", "IN", "JP", "US"}}}},
      {"The Quad met in New Delhi on Tuesday. We will host a ports conference next spring.",
       {{"meet", "done", "met", {"AU", "IN", "JP", "US"}}, {"meet", "planned", "will host", {"AU", "IN", "JP", "US"}}}},
      // A member is a party where its partnership is: its action in progress is the
      // statement's, as a party's (China's would be none).
      {"The Quad met in New Delhi on Tuesday. Japan is providing medical equipment to the region.",
       {{"meet", "done", "met", {"AU", "IN", "JP", "US"}}, {"intend", "ongoing", "is providing", {"JP"}}}},
      {"The Quad met in New Delhi on Tuesday. China is expanding its fleet in the region.",
       {{"meet", "done", "met", {"AU", "IN", "JP", "US"}}}},
  });
}

// Gerund items ("- Launching a fund") under a lead-in that names the actors: the lead-in's
// parties' undertakings, typed by their own verb, ongoing unless an act done at once under a
// past lead-in (types.jsonl `completed`); the lead-in holds across the list's headings and
// items with clauses of their own, not across a paragraph, and not for examples ("such as:")
// or the focus of a group ("a working group focused on:", "which will:").
TEST(CommitmentReading, GerundItems) {
  CheckRows({
      {"The EU and Japan launched new initiatives, including:\n\n**Cooperating on Clean Energy:**\n\n- Launching "
       "a joint fund for hydrogen research.\n- Expanding cooperation on battery standards, and creating a joint "
       "registry of recyclers.\n\n**Building Resilient Supply Chains**\n\n- Identifying and addressing shortages "
       "of chips.\n- Welcoming the progress of the task force.\n\nThe EU will host the next meeting.",
       {{"launch", "done", "launched", {"EU", "JP"}},
        {"launch", "done", "Launching", {"EU", "JP"}},
        {"cooperate", "ongoing", "Expanding", {"EU", "JP"}},
        {"launch", "done", "creating", {"EU", "JP"}},
        {"intend", "ongoing", "Identifying and addressing", {"EU", "JP"}},
        {"meet", "planned", "will host", {"EU"}}}},
      // An ongoing lead-in makes its items ongoing.
      {"Canada is launching new programmes, including:\n\n- Launching a scholarship for engineers.",
       {{"launch", "ongoing", "is launching", {"CA"}}, {"launch", "ongoing", "Launching", {"CA"}}}},
      // Examples of a noun, the focus of a group, a relative clause's list: no items.
      {"The EU and Japan will promote clean energy measures such as:\n\n- Deploying heat pumps in schools.\n- "
       "Expanding solar power.",
       {{"intend", "planned", "will promote", {"EU", "JP"}}}},
      {"Japan and India will establish a working group focused on:\n\n- Developing hydrogen standards.",
       {{"launch", "planned", "will establish", {"IN", "JP"}}}},
      {"Japan and India will establish a working group, which will:\n\n- Review supply chains.\n- Identify risks.",
       {{"launch", "planned", "will establish", {"IN", "JP"}}}},
      // Subject matter named by the lead-in's noun: topics, no undertakings.
      {"Japan and India will work together in three areas of cooperation, including:\n\n- Promoting "
       "clean hydrogen.\n- Expanding rail links.",
       {{"intend", "planned", "will work together", {"IN", "JP"}}}},
      {"The EU and Japan launched a dialogue around specific topics:\n\n- Launching a fund for startups.",
       {{"launch", "done", "launched", {"EU", "JP"}}}},
      // A paragraph of its own ends the list.
      {"The EU and Japan launched two initiatives:\n\n- Launching a fund for startups.\n\nThe weather in Tokyo was "
       "mild and the streets were busy all day long.\n\n- Expanding exports of beef.",
       {{"launch", "done", "launched", {"EU", "JP"}}, {"launch", "done", "Launching", {"EU", "JP"}}}},
      // A title-case line ending a sentence is a paragraph, not a heading of the list; an
      // item's indented lines stay the item's after "U.S.".
      {"The EU and Japan launched two initiatives:\n\n-   Launching a fund with the U.S.\n    Export Bank.\n\n"
       "The Ministers Of Trade Met In Osaka.\n\n- Expanding exports of beef.",
       {{"launch", "done", "launched", {"EU", "JP"}}, {"launch", "done", "Launching", {"EU", "JP"}}}},
      // A gerund subject opening an item is none.
      {"Japan and India will take the following steps:\n\n- Strengthening supply chains is a priority.",
       {{"intend", "planned", "will take", {"IN", "JP"}}}},
      // A fronted adverbial opening an item is none: the clause after it is.
      {"Japan and India will take the following steps:\n\n- Beginning in 2027, Indian engineers will train in "
       "Japan.",
       {{"intend", "planned", "will take", {"IN", "JP"}}, {"intend", "planned", "will train", {"IN"}}}},
      // Bare-verb items keep the lead-in past an item with a sentence of its own.
      {"Together, Japan and India will:\n\n- Build ports in Africa. Japan has paid for the survey.\n- Establish a "
       "fund for startups.",
       {{"intend", "planned", "Build", {"IN", "JP"}}, {"launch", "planned", "Establish", {"IN", "JP"}}}},
  });
}

// SPEC 7 "one per clause with its own trigger verb": verbs sharing one subject and its
// modal or be, in a series closed by "and" ("will build X, train Y, and open Z") or after
// "and" ("are deploying X and working with Y"); not a nearer modal's ("which will provide
// X, and support Y"), not a preposition's -ing ("by funding X and training Y"), not nouns
// ("production and use of", "ports, roads, and bridges").
TEST(CommitmentReading, CoordinatedVerbs) {
  CheckRows({
      {"Together, Japan and India will build ports, train engineers, and open a fund for startups.",
       {{"intend", "planned", "will build", {"IN", "JP"}},
        {"intend", "planned", "train", {"IN", "JP"}},
        {"launch", "planned", "open", {"IN", "JP"}}}},
      {"Japan will fund a programme which will provide vaccines, and support clinics.",
       {{"pledge", "planned", "will fund", {"JP"}}}},
      // "to a climate plan" is a preposition's phrase, no infinitive holding "set".
      {"Japan and India will agree to a climate plan and set a target for 2030.",
       {{"agree", "planned", "will agree", {"IN", "JP"}}, {"intend", "planned", "set", {"IN", "JP"}}}},
      {"Japan will promote the production and use of hydrogen.", {{"intend", "planned", "will promote", {"JP"}}}},
      {"Japan will build ports, roads, and bridges in Africa.", {{"intend", "planned", "will build", {"JP"}}}},
      {"Canada is deploying new funds and working with Mexico on border security.",
       {{"intend", "ongoing", "is deploying", {"CA"}}, {"intend", "ongoing", "working", {"CA"}}}},
      {"Canada is supporting Mexico by funding clinics and training nurses.",
       {{"intend", "ongoing", "is supporting", {"CA"}}}},
      // An infinitive's colon leads in items separated by semicolons, each the modal's.
      {"Japan and India will seek to: expand trade and significantly increase investment; build ports and "
       "cooperate to train engineers in Africa, Asia, and Europe; and jointly develop hydrogen standards.",
       {{"intend", "planned", "will seek", {"IN", "JP"}},
        {"intend", "planned", "increase", {"IN", "JP"}},
        {"intend", "planned", "build", {"IN", "JP"}},
        {"cooperate", "planned", "cooperate", {"IN", "JP"}},
        {"intend", "planned", "develop", {"IN", "JP"}}}},
      // A participle whose object a record reads is a clause of its own, with the subject of
      // the clause it follows (none where that is no commitment); "which is why we" opens one.
      {"Japan will fund a new port in Kenya, affirming its commitment to the region.",
       {{"pledge", "planned", "will fund", {"JP"}}, {"pledge", "planned", "affirming its commitment", {"JP"}}}},
      {"The weather was mild, reaffirming their commitment to peace.", {}},
      {"Japan and Italy recognize the need to protect networks, which is why we commit to using trusted vendors.",
       {{"pledge", "planned", "commit", {"IT", "JP"}}}},
      // A relative "where" with a subject of its own opens their clause; without one it
      // describes a place.
      {"Japan and India held a summit in Delhi, where they launched a fund for startups.",
       {{"meet", "done", "held", {"IN", "JP"}}, {"launch", "done", "launched", {"IN", "JP"}}}},
      {"Japan opened an office in Delhi, where the fund will invest in startups.",
       {{"launch", "done", "opened", {"JP"}}}},
      // A verb group after "and" takes the subject that opens the sentence, past an adverb
      // before it ("Together, X are ... and will work").
      {"Together, Japan and India are expanding vaccine production in 2021, and will work together to assist "
       "countries in Asia.",
       {{"intend", "ongoing", "are expanding", {"IN", "JP"}}, {"intend", "planned", "will work together", {"IN", "JP"}}}},
      // Without one, the verbs after semicolons stay the infinitive's.
      {"Japan will provide grants to the Bank to address the gap in childcare; boost employment; and promote "
       "learning.",
       {{"intend", "planned", "will provide", {"JP"}}}},
  });
}

// SPEC 7, 8a: whose "we" a statement speaks in, when no "We, A and B" says it.
TEST(CommitmentReading, WeOfTheStatement) {
  // One party opening a joint statement is not its "we": the title's parties are, named
  // without "by" too; a fact sheet keeps the one who opens it (README, "we" and the title).
  CheckRows({{"Prime Minister Mark Carney welcomed Prime Minister Shigeru Ishiba of Japan to Ottawa today. "
              "Canada and Japan are close friends. Together, we will deepen our partnership on critical minerals.",
              {{"meet", "done", "welcomed", {"mark-carney", "shigeru-ishiba"}},
               {"cooperate", "planned", "will deepen", {"CA", "JP"}}}}},
            "Canada-Japan Joint Statement on Critical Minerals");
  CheckRows({{"China has escalated its actions in the South China Sea, threatening Japan and the Philippines. "
              "We will strengthen coast guard cooperation.",
              {{"intend", "planned", "will strengthen", {"JP", "PH"}}}}},
            "Joint Statement between Japan and the Philippines on Maritime Cooperation");
  CheckRows({{"Prime Minister Fumio Kishida hosted Prime Minister Justin Trudeau of Canada in Tokyo. Canada and "
              "Japan are close friends. We will expand cooperation on batteries.",
              {{"meet", "done", "hosted", {"fumio-kishida", "justin-trudeau"}},
               {"cooperate", "planned", "will expand", {"fumio-kishida"}}}}},
            "Fact Sheet: Japan-Canada Partnership");
  // A dateline before the first sentence names no party; nor does the place a meeting took
  // place in ("in Canberra, Australia"): the title's parties are "we".
  CheckRows({{"Rio de Janeiro, Brazil, 18-19 November 2024\n\n1. The Leaders of the G20 met in Rio de Janeiro at a "
              "time of crisis. We will cooperate on debt relief.",
              {{"meet", "done", "met", {"g20"}}, {"cooperate", "planned", "will cooperate", {"g20"}}}}},
            "G20 Rio Leaders' Declaration");
  CheckRows({{"The third ministerial meeting of the Dialogue took place in Canberra, Australia on 4 March. India "
              "and Australia agreed to expand research links. We will meet again in Delhi.",
              {{"meet", "done", "took place", {"AU", "IN"}}, {"agree", "planned", "agreed", {"AU", "IN"}},
               {"meet", "planned", "will meet again", {"AU", "IN"}}}}},
            "Australia-India Joint Statement on Research");
}

// SPEC 7, 8a: "The Prime Minister" is the publisher's own official (rules/commitments/
// publishers.jsonl, by the host of the document's address); unnamed, the publisher's country.
TEST(CommitmentReading, PublisherParty) {
  std::vector<Row> uk = {
      {"The Prime Minister spoke to Japanese Prime Minister Fumio Kishida this morning. He hoped to "
       "welcome Prime Minister Kishida to Glasgow. They also discussed trade.",
       {{"meet", "done", "spoke", {"GB", "fumio-kishida"}},
        {"intend", "planned", "hoped", {"GB"}},
        {"cooperate", "done", "discussed", {"GB", "fumio-kishida"}}}},
      // A title inside a list subject; a title's complement ("Secretary to the President") is none.
      {"The Prime Minister and Chancellor Olaf Scholz agreed to strengthen cooperation.",
       {{"agree", "planned", "agreed", {"GB", "olaf-scholz"}}}},
      // Only the head of government stands for the country unnamed (review finding 4).
      {"The Foreign Secretary and Foreign Minister Yoko Kamikawa agreed to strengthen cooperation.",
       {{"agree", "planned", "agreed", {"yoko-kamikawa"}}}},
      // Named in the text with the publisher's affiliation: that person.
      {"UK Prime Minister Rishi Sunak met German Chancellor Olaf Scholz. The Prime Minister welcomed the progress. "
       "The Prime Minister will host the summit.",
       {{"meet", "done", "met", {}}, {"meet", "planned", "will host", {"rishi-sunak"}}}},
  };
  // "..., and both agreed": "both" is the subject (a plural reference), not an adverb, and a
  // leading participle phrase ("Discussing the UK's accession") names no subject.
  uk.push_back({"The Prime Minister hosted Canadian Prime Minister Justin Trudeau. Discussing the UK's "
                "accession, the Prime Minister thanked Prime Minister Trudeau for his support, and both "
                "agreed to use the momentum.",
                {{"meet", "done", "hosted", {"GB", "justin-trudeau"}},
                 {"agree", "planned", "agreed", {"GB", "justin-trudeau"}}}});
  CheckRows(uk, "", "https://www.gov.uk/government/news/pm-call");
  // "with the Secretary General": the publisher's own official as the partner.
  CheckRows({{"Secretary General Jaap de Hoop Scheffer of NATO welcomed the visit. Foreign Minister Alexander "
              "Downer of Australia held a bilateral meeting with the Secretary General on 19 May.",
              {{"meet", "done", "held", {"alexander-downer", "jaap-de-hoop-scheffer"}}}}},
            "", "https://www.nato.int/cps/en/natohq/news.htm");
  // Another publisher's readout: its own Prime Minister.
  CheckRows({{"The Prime Minister spoke with Prime Minister Fumio Kishida of Japan.",
              {{"meet", "done", "spoke", {"CA", "fumio-kishida"}}}}},
            "", "https://www.pm.gc.ca/en/news/readouts/x");
  // No known publisher: the one affiliated with a title's tie-breaker ("President": US).
  CheckRows({{"President Joseph R. Biden of the United States met President Yoon Suk Yeol of Korea. The "
              "President will visit Seoul.",
              {{"meet", "done", "met", {}}, {"meet", "planned", "will visit", {"joseph-r-biden"}}}}});
  // A spokesperson's statement: "we" is the publisher's party, whoever the first sentence is about.
  CheckRows({{"The government of the DPRK has notified several agencies of a launch. We are in close contact "
              "with our partners and will be closely monitoring developments.",
              {{"intend", "planned", "will be closely monitoring", {"EU"}}}}},
            "On the DPRK's announcement of a launch: Statement by the Spokesperson",
            "https://www.eeas.europa.eu/eeas/statement_en");
  // No known publisher: the one person with the role.
  CheckRows({{"Prime Minister Fumio Kishida met President Emmanuel Macron. The Prime Minister will visit Paris.",
              {{"meet", "done", "met", {}}, {"meet", "planned", "will visit", {"fumio-kishida"}}}}});
}

// SPEC 8a: the title restated as the first line is no second commitment.
TEST(CommitmentReading, TitleRestatedIsNoCommitment) {
  CheckRows({{"Prime Minister Justin Trudeau speaks with Prime Minister Jacinda Ardern\n\nToday, Prime "
              "Minister Justin Trudeau spoke with Prime Minister Jacinda Ardern.",
              {{"meet", "done", "spoke", {"jacinda-ardern", "justin-trudeau"}}}}},
            "Prime Minister Justin Trudeau speaks with Prime Minister Jacinda Ardern");
}

}  // namespace
}  // namespace communique
