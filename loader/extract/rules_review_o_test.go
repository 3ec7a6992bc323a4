package extract

import (
	"strings"
	"testing"
)

// Sentences on which the rules written for the "o" batch (commit f051159)
// go wrong where the rules before them did not. Each test fails on
// f051159 and passes on its parent.

// orgs.go missionSeat: any mission named with two capitalised words takes
// "in <city>" into its name, so a trade or business mission that is only
// visiting a city becomes "Canadian Trade Mission in Lima".
// Fix: extend a mission over its seat only when the seat is a country (or
// the mission's name says what it does: support, assistance, monitoring,
// observation, verification, training), never over a city a delegation
// visits.
func TestReviewOVisitingTradeMissionDoesNotTakeTheCityIntoItsName(t *testing.T) {
	for _, text := range []string{
		"Minister Ana Quispe met the leaders of the Canadian Trade Mission in Lima on 4 March.",
		"Minister Ana Quispe met the members of the European Business Mission in Santiago on Monday.",
	} {
		ex := extract(t, text, "2024-03-01")
		for name := range orgIDs(ex) {
			if strings.HasSuffix(name, " in Lima") || strings.HasSuffix(name, " in Santiago") {
				t.Errorf("%q: organisations has %q, a visiting mission named after the city it visits", text, name)
			}
		}
	}
}

// quotes.go invertedTitledSpeaker: the titles before the name are not
// required to be the name's own. In '," said the press secretary of
// President Name' the name is the genitive of the speaker's title (the
// secretary speaks for him), yet the rule returns the President.
// Fix: take the person only when the title chain reaches it through an
// apposition comma ("..., Ambassador Name"), not through "of <Title> Name".
func TestReviewOSpokesmanOfANamedPersonIsNotTheSpeaker(t *testing.T) {
	for _, text := range []string{
		"President Luis Rivera addressed the nation on Sunday.\n\n\"The President will sign the decree tomorrow,\" said the spokesperson of President Luis Rivera.",
		"Minister Ana Quispe visited Santiago.\n\n\"We are satisfied with the results,\" said the Chief of Staff of President Luis Rivera, in a statement.",
	} {
		ex := extract(t, text, "2024-03-01")
		for _, s := range ex.Statements {
			if s.Speaker == "person:luis-rivera" {
				t.Errorf("%q: statement %q given to Luis Rivera, whose aide spoke", text, s.Quote)
			}
		}
	}
}

// quotes.go invertedTitledSpeaker: a name followed by a possessive closes
// the attribution for the rule (the token after it is no word), so in
// '," said the Foreign Minister of Chile, Name's host' the guest speaks.
// Fix: reject the mention when "'s" / "’s" follows it.
func TestReviewOPossessiveNameAfterTheTitleIsNotTheSpeaker(t *testing.T) {
	text := "Minister Ana Quispe arrived in Santiago on Monday.\n\n" +
		"\"This is a historic day for our two countries,\" said the Foreign Minister of Chile, Ana Quispe's host in Santiago."
	if got := speakerOf(t, text, "2024-03-01", "This is a historic day"); got == "person:ana-quispe" {
		t.Errorf("speaker = %q, want not Ana Quispe (she is the host's guest, not the speaker)", got)
	}
}

// quotes.go statements (unresolvedClose / continuesQuote): after an
// unresolved attribution ('"A," one diplomat said.') the next quotation
// loses its previous-subject speaker even when a new sentence with a named
// subject stands between them ('Quispe was more upbeat. "B."'); the
// parent gave B to Quispe.
// Fix: clear the veto when a sentence with a person as subject comes
// between the closing mark and the next quotation (or require the next
// quotation to open the sentence right after the attribution's).
func TestReviewONamedSubjectAfterAnUnresolvedAttributionSpeaks(t *testing.T) {
	for _, text := range []string{
		"Minister Ana Quispe met Minister Luis Rivera in Lima on Monday.\n\n" +
			"\"The talks were difficult,\" one diplomat said. Quispe was more upbeat. \"We have made real progress on the border question.\"",
		"Minister Ana Quispe met Minister Luis Rivera in Lima on Monday.\n\n" +
			"\"Peru is a reliable partner,\" the joint statement said. Minister Quispe welcomed the statement. \"This document opens a new chapter in our relations.\"",
	} {
		ex := extract(t, text, "2024-03-01")
		found := false
		for _, s := range ex.Statements {
			if strings.HasPrefix(s.Quote, "We have made") || strings.HasPrefix(s.Quote, "This document opens") {
				found = true
				if s.Speaker != "person:ana-quispe" {
					t.Errorf("%q: speaker of %q = %s, want Ana Quispe", text, s.Quote, s.Speaker)
				}
			}
		}
		if !found {
			t.Errorf("%q: statements = %+v, want the second quotation by Ana Quispe", text, ex.Statements)
		}
	}
}

// extract.go surnameTitle / gazetteer "Pope": the surname "Pope" after a
// closing quotation mark (or any non-word) is read as the title, so
// '"...," Pope said.' loses its speaker, Amy Pope, named before.
// Fix: do not read "Pope" as a title when no name follows it (or when a
// person of that surname is already named in the document).
func TestReviewOPopeAsASurnameStillSpeaks(t *testing.T) {
	text := "IOM Director General Amy Pope visited Lima on Monday.\n\n" +
		"\"Migration must be safe, orderly and regular,\" Pope said at a press conference."
	if got := speakerOf(t, text, "2024-03-01", "Migration must be safe"); got != "person:amy-pope" {
		t.Errorf("speaker = %q, want Amy Pope", got)
	}
}

// names.go styles ("cardinal"): "Cardinal" is a style before any
// capitalised word, so the company "Cardinal Health" yields a person
// "Health" who attends the meeting.
// Fix: treat "cardinal" like the shortStyles (only before a name of two
// words, nameFollows), or require a known given name after it.
func TestReviewOCardinalHealthIsNoPerson(t *testing.T) {
	ex := extract(t, "Minister Ana Quispe visited the Cardinal Health plant in Ohio.", "2024-03-01")
	for _, p := range ex.Persons {
		if p.Name == "Health" {
			t.Errorf("persons has %q, the company's name read as a cardinal's", p.Name)
		}
	}
	if attendsMeeting(ex, "person:health") {
		t.Errorf("meetings = %+v, want no attendee Health", ex.Meetings)
	}
}

// names.go styles / shortStyles ("adi"): "Adi" is dropped before any
// two capitalised words, so the given name Adi of Indonesian, Israeli or
// Indian officials is cut: "Adi Dharma Santoso" becomes "Dharma Santoso".
// Fix: count "Adi" (and "Ratu") as a Fijian style only in a document that
// names Fiji or a Fijian body, or after a Fijian title; never after a
// country's demonym or "Ambassador of <non-Fiji>".
func TestReviewOAdiIsAGivenNameOutsideFiji(t *testing.T) {
	cases := []struct{ text, name string }{
		{"Indonesian Deputy Foreign Minister Adi Dharma Santoso met Minister Ana Quispe in Jakarta on Monday.", "Adi Dharma Santoso"},
		{"Minister Ana Quispe received the Ambassador of Israel, Adi Ben Nun, in Lima.", "Adi Ben Nun"},
		{"Minister Ana Quispe met Adi Kumar Mehta, the Indian Ambassador, in Lima.", "Adi Kumar Mehta"},
	}
	for _, c := range cases {
		ex := extract(t, c.text, "2024-03-01")
		names := map[string]bool{}
		for _, p := range ex.Persons {
			names[p.Name] = true
		}
		if !names[c.name] {
			t.Errorf("%q: persons = %v, want %s", c.text, names, c.name)
		}
	}
}

// orgs.go headedOrgs with the new head "division" (the ministry guard in
// bodyTail only looks at the token right after the tail): "Legal Division
// of the Ministry of Foreign Affairs of Peru" becomes one body that
// swallows the ministry, and the Ministry of Foreign Affairs of Peru the
// parent found is lost.
// Fix: end a division's/office's/directorate's name before "of the
// Ministry ..." (or before any known body), keeping the ministry as its
// own organisation.
func TestReviewODivisionOfTheMinistryKeepsTheMinistry(t *testing.T) {
	ex := extract(t, "Ana Quispe, Head of the Legal Division of the Ministry of Foreign Affairs of Peru, met Luis Rivera in Lima.", "2024-03-01")
	orgs := orgIDs(ex)
	if _, ok := orgs["Ministry of Foreign Affairs of Peru"]; !ok {
		t.Errorf("organisations = %v, want the Ministry of Foreign Affairs of Peru", orgs)
	}
	for name := range orgs {
		if strings.Contains(name, "Division of the Ministry") {
			t.Errorf("organisations has %q, a division's name that swallows the ministry", name)
		}
	}
}

// orgs.go headedOrgs / ofCountryAfter: the guard for "of the Bulgarian
// Ministry" covers only "Ministry"; before "Embassy" (or any other noun)
// the demonym is still taken as the body's country, and the name is cut
// inside the next body: "Legal Office of the Peruvian".
// Fix: in ofCountryAfter, refuse a demonym (an adjective form of the
// country) followed by any capitalised word, not only "Ministry".
func TestReviewOOfficeOfTheDemonymEmbassyIsNotCut(t *testing.T) {
	for _, text := range []string{
		"The Minister met the Legal Office of the Peruvian Embassy in Santiago.",
		"The Minister met the Director of the Consular Office of the Chilean Embassy in Lima.",
	} {
		ex := extract(t, text, "2024-03-01")
		for name := range orgIDs(ex) {
			if strings.HasSuffix(name, "of the Peruvian") || strings.HasSuffix(name, "of the Chilean") {
				t.Errorf("%q: organisations has %q, a name cut inside the embassy's", text, name)
			}
		}
	}
}

// orgs.go headedOrgs with the new head "division": the tail stops at "and
// the", so "Division for Ocean Affairs and the Law of the Sea" becomes the
// body "Division for Ocean Affairs" and the director's position points to
// it; the parent kept the whole title.
// Fix: let a tail go on over "and the <Capitalised> ... " when the phrase
// is still capitalised up to the comma (or drop the body when the tail is
// followed by "and the <Capitalised>").
func TestReviewODivisionNameIsNotCutAtAndThe(t *testing.T) {
	ex := extract(t, "Ana Quispe, Director of the Division for Ocean Affairs and the Law of the Sea, met Luis Rivera.", "2024-03-01")
	if _, ok := orgIDs(ex)["Division for Ocean Affairs"]; ok {
		t.Errorf("organisations = %v, want no body cut before \"and the Law of the Sea\"", orgIDs(ex))
	}
}

// names.go findPersons (churchStyles "beatitude"): "His Beatitude" now
// opens a name, but "Patriarch" is neither a style nor a title, so it is
// glued to the name: "Patriarch Luis Rivera". The parent found no one;
// a wrong name is worse than none.
// Fix: add "patriarch" (and "metropolitan", "bishop") to the styles or the
// titles together with the church styles.
func TestReviewOPatriarchIsNotPartOfTheName(t *testing.T) {
	ex := extract(t, "Minister Ana Quispe met His Beatitude Patriarch Luis Rivera in Beirut.", "2024-03-01")
	for _, p := range ex.Persons {
		if strings.HasPrefix(p.Name, "Patriarch") {
			t.Errorf("persons has %q, the church rank glued to the name", p.Name)
		}
	}
}
