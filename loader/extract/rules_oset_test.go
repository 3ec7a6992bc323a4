package extract

import (
	"testing"
)

// Rules written for classes of phrasing met in the "o" evaluation batch,
// each tested on sentences of our own, with a nearby sentence where the
// rule must not fire.

// Offices, divisions, directorates, groups and missions are bodies: their
// capitalised names end with these head words as with "Council".
func TestOfficeDivisionGroupHeadsNameBodies(t *testing.T) {
	ex := extract(t, "The Minister met the Director of the Regional Trade Office, Ana Quispe, and officials of the Andean Water Directorate in Lima. "+
		"The Pacific Fisheries Group will meet in May.", "2024-03-01")
	orgs := orgIDs(ex)
	for _, want := range []string{"Regional Trade Office", "Andean Water Directorate", "Pacific Fisheries Group"} {
		if _, ok := orgs[want]; !ok {
			t.Errorf("organisations = %v, want %s", orgs, want)
		}
	}
}

func TestOfficeHeadNeedsANameOfTwoWords(t *testing.T) {
	// Negative: one capitalised word and the head is no body's name; a
	// lower-case office is none either.
	ex := extract(t, "The Minister met the Press Office staff and visited the regional office of the agency in Lima.", "2024-03-01")
	for name := range orgIDs(ex) {
		if name == "Press Office" || name == "regional office" {
			t.Errorf("organisations has %q, want no body", name)
		}
	}
}

// A mission's name runs over its seat: "Support Mission in <country>".
func TestMissionNameRunsOverItsSeat(t *testing.T) {
	ex := extract(t, "The Council extended the mandate of the Andean Border Assistance Mission in Bolivia until June.", "2024-03-01")
	orgs := orgIDs(ex)
	if _, ok := orgs["Andean Border Assistance Mission in Bolivia"]; !ok {
		t.Errorf("organisations = %v, want the Andean Border Assistance Mission in Bolivia", orgs)
	}
}

func TestMissionSeatNeedsAPlace(t *testing.T) {
	// Negative: "in" followed by a date or a common noun is no seat.
	ex := extract(t, "The Andean Border Assistance Mission in June reported to the Council.", "2024-03-01")
	orgs := orgIDs(ex)
	if _, ok := orgs["Andean Border Assistance Mission"]; !ok {
		t.Errorf("organisations = %v, want the Andean Border Assistance Mission without a seat", orgs)
	}
}

// "of His Majesty" is a style, not a body's domain.
func TestBodyTailStopsAtAPossessive(t *testing.T) {
	ex := extract(t, "He met the Director of the Royal Protocol Office of His Majesty the King, Omar Haddad, in Amman.", "2024-03-01")
	for name := range orgIDs(ex) {
		if name == "Royal Protocol Office of His Majesty" {
			t.Errorf("organisations has %q, want the name to stop before the style", name)
		}
	}
}

// "Directorate of the Peruvian Ministry": the demonym qualifies the
// ministry, not the directorate.
func TestDemonymBeforeAMinistryIsNotTheBodysCountry(t *testing.T) {
	ex := extract(t, "The talks were attended by the Director of the Legal Affairs Directorate of the Peruvian Ministry of Foreign Affairs, Ana Quispe.", "2024-03-01")
	for name := range orgIDs(ex) {
		if name == "Legal Affairs Directorate of the Peruvian" {
			t.Errorf("organisations has %q, a name cut inside the ministry's", name)
		}
	}
	// Negative: "of the <country>" at the end of the name is still the
	// body's country.
	ex = extract(t, "The talks were attended by the Director of the Legal Affairs Directorate of Peru, Ana Quispe.", "2024-03-01")
	if _, ok := orgIDs(ex)["Legal Affairs Directorate of Peru"]; !ok {
		t.Errorf("organisations = %v, want the Legal Affairs Directorate of Peru", orgIDs(ex))
	}
}

// '"...," said the Director-General of the Agency, Ambassador Name, in a
// statement.': the title chain of an inverted attribution names the
// speaker.
func TestInvertedAttributionWithATitleChain(t *testing.T) {
	text := "The Andean Water Agency (AWA) opened a laboratory in Quito.\n\n" +
		"\"Clean water is the first condition of public health,\" said the Director-General of the AWA, Ambassador Ana Quispe, in a statement."
	if got := speakerOf(t, text, "2024-03-01", "Clean water is"); got != "person:ana-quispe" {
		t.Errorf("speaker = %q, want Ana Quispe", got)
	}
}

func TestInvertedAttributionMustCloseAtTheName(t *testing.T) {
	// Negative: the name followed by a clause is no attribution of its
	// own; the person is an object ('said the Minister, thanking X').
	text := "Luis Rivera spoke in Quito.\n\n" +
		"\"Clean water is the first condition of public health,\" said the Minister, thanking Ambassador Ana Quispe for her work."
	if got := speakerOf(t, text, "2024-03-01", "Clean water is"); got == "person:ana-quispe" {
		t.Errorf("speaker = %q, want not Ana Quispe", got)
	}
}

// '"A," said someone not resolved. "B ...': the quotation that goes on in
// the same paragraph is that speaker's, not the subject before's.
func TestQuoteAfterAnUnresolvedAttributionIsNotThePreviousSubjects(t *testing.T) {
	text := "The delegation included Ambassador Luis Rivera and Director Marta Soto.\n\n" +
		"\"Peru knows how long the road is,\" the head of Peruvian diplomacy said at the press conference. \"We will share what we have learnt with our neighbours."
	if got := speakerOf(t, text, "2024-03-01", "We will share"); got == "person:marta-soto" || got == "person:luis-rivera" {
		t.Errorf("speaker = %q, want no one resolved", got)
	}
}

func TestQuoteAfterAResolvedAttributionKeepsItsSpeaker(t *testing.T) {
	// Negative: a resolved attribution carries its speaker on.
	text := "The delegation included Ambassador Luis Rivera and Director Marta Soto.\n\n" +
		"\"Peru knows how long the road is,\" Ambassador Rivera said at the press conference. \"We will share what we have learnt with our neighbours.\""
	ex := extract(t, text, "2024-03-01")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:luis-rivera" {
		t.Errorf("statements = %+v, want one statement of Luis Rivera", ex.Statements)
	}
}

// "Senator the Honourable Name" after a title is the title holder's style
// of address, not a second title.
func TestSenatorTheHonourableIsAStyleInTheApposition(t *testing.T) {
	ex := extract(t, "The Minister received the Minister of Foreign Affairs and Trade of Barbados, Senator the Honourable Ana Quispe, in Lima.", "2024-03-01")
	ps := positionsOf(ex, "Ana Quispe")
	if !hasPosition(ps, "Minister of Foreign Affairs and Trade", "country:barbados") {
		t.Errorf("positions = %+v, want Minister of Foreign Affairs and Trade of Barbados", ps)
	}
	if hasPosition(ps, "Senator", "") || hasPosition(ps, "Senator", "country:barbados") {
		t.Errorf("positions = %+v, want no Senator", ps)
	}
}

func TestSenatorAloneIsStillATitle(t *testing.T) {
	// Negative: "Senator Name" without the style keeps its title.
	ex := extract(t, "Senator Ana Quispe of Barbados met the delegation in Lima.", "2024-03-01")
	ps := positionsOf(ex, "Ana Quispe")
	found := false
	for _, p := range ps {
		if p.Title == "Senator" {
			found = true
		}
	}
	if !found {
		t.Errorf("positions = %+v, want Senator", ps)
	}
}

// The styles of the Holy See's clergy: "His Holiness Pope Name", "His
// Eminence Cardinal Name", "Archbishop Name" introduce a name; "Pope" is
// a title.
func TestChurchStylesIntroduceNames(t *testing.T) {
	ex := extract(t, "His Holiness Pope Gregory XVIII received Ana Quispe, who then met His Eminence Cardinal Marco Rossi and Archbishop Luca Bianchi.", "2024-03-01")
	names := map[string]bool{}
	for _, p := range ex.Persons {
		names[p.Name] = true
	}
	for _, want := range []string{"Gregory XVIII", "Marco Rossi", "Luca Bianchi"} {
		if !names[want] {
			t.Errorf("persons = %v, want %s", names, want)
		}
	}
	for _, bad := range []string{"Cardinal Marco Rossi", "Archbishop Luca Bianchi", "Holiness Pope Gregory XVIII"} {
		if names[bad] {
			t.Errorf("persons has %q, a style inside the name", bad)
		}
	}
	found := false
	for _, p := range positionsOf(ex, "Gregory XVIII") {
		if p.Title == "Pope" {
			found = true
		}
	}
	if !found {
		t.Errorf("positions of Gregory XVIII = %+v, want Pope", positionsOf(ex, "Gregory XVIII"))
	}
}

func TestPopeAfterAGivenNameIsASurname(t *testing.T) {
	// Negative: "Amy Pope" is a name, not a title before a name.
	ex := extract(t, "Director General Ana Pope met Luis Rivera in Geneva. Ana Pope said the talks were useful.", "2024-03-01")
	names := map[string]bool{}
	for _, p := range ex.Persons {
		names[p.Name] = true
		for _, pos := range p.Positions {
			if pos.Title == "Pope" {
				t.Errorf("%s holds Pope, want no such title", p.Name)
			}
		}
	}
	if !names["Ana Pope"] {
		t.Errorf("persons = %v, want Ana Pope", names)
	}
}

// Styles of address of one word: the Fijian "Ratu" and "Adi", the
// Bhutanese "Dasho", the Burmese "U" are no part of the name.
func TestShortStylesAreNotPartOfTheName(t *testing.T) {
	ex := extract(t, "Prime Minister Ratu Tevita Nailatikau met Dasho Karma Wangdi, U Kyaw Min Htut and Adi Mere Vunivalu in Suva.", "2024-03-01")
	names := map[string]bool{}
	for _, p := range ex.Persons {
		names[p.Name] = true
	}
	for _, want := range []string{"Tevita Nailatikau", "Karma Wangdi", "Kyaw Min Htut", "Mere Vunivalu"} {
		if !names[want] {
			t.Errorf("persons = %v, want %s", names, want)
		}
	}
}

func TestShortStyleAfterAnHonorificOrBeforeAStreetIsAName(t *testing.T) {
	// Negative: after "Mr" the word is a given name; before "Road" the
	// style names a street.
	ex := extract(t, "The Minister received Mr Adi Santoso Wirawan at the office on Ratu Mara Road in Suva.", "2024-03-01")
	names := map[string]bool{}
	for _, p := range ex.Persons {
		names[p.Name] = true
	}
	if !names["Adi Santoso Wirawan"] {
		t.Errorf("persons = %v, want Adi Santoso Wirawan", names)
	}
	if names["Mara"] || names["Mara Road"] {
		t.Errorf("persons = %v, want no person in the street's name", names)
	}
}
