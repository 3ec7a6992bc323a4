package extract

import (
	"slices"
	"strings"
	"testing"
)

// Rules written for classes of phrasing met in the "l" held-out batch, each
// tested on sentences of our own.

func TestSecondPortfolioThatIsAStopWord(t *testing.T) {
	ex := extract(t, "The talks were attended by the Deputy Minister of Economy and International Cooperation, Ana Quispe, and by the Minister of Industry and Trade, Luis Rivera.", "2024-03-01")
	if ps := positionsOf(ex, "Ana Quispe"); !hasPosition(ps, "Deputy Minister of Economy and International Cooperation", "") {
		t.Errorf("Ana Quispe positions = %+v, want Deputy Minister of Economy and International Cooperation", ps)
	}
	if ps := positionsOf(ex, "Luis Rivera"); !hasPosition(ps, "Minister of Industry and Trade", "") {
		t.Errorf("Luis Rivera positions = %+v, want Minister of Industry and Trade", ps)
	}
}

func TestPortfolioOfNationalsAbroad(t *testing.T) {
	ex := extract(t, "Earlier, the minister spoke by telephone with the Minister of Foreign Affairs, Cooperation and Malians Abroad of Mali, Ana Quispe.", "2024-03-01")
	ps := positionsOf(ex, "Ana Quispe")
	if !hasPosition(ps, "Minister of Foreign Affairs, Cooperation and Malians Abroad", "country:mali") {
		t.Errorf("positions = %+v, want the minister's three portfolios, of Mali", ps)
	}
}

func TestEnvoyAccompanyingVisitorIsOfTheVisitorsSide(t *testing.T) {
	text := "On 3 May 2024, Minister of Foreign Affairs Ana Novak paid an official visit to the Republic of Peru. In Lima she held talks with Minister of Foreign Affairs Luis Quispe.\n\n" +
		"The minister was accompanied by the Slovenian Ambassador to Peru, Marko Zupan. Peru is a partner of Slovenia."
	ex := extractTitled(t, "Minister Novak visits Peru", text, "2024-05-03")
	if ps := positionsOf(ex, "Ana Novak"); !hasPosition(ps, "Minister of Foreign Affairs", "country:slovenia") {
		t.Errorf("Ana Novak positions = %+v, want Minister of Foreign Affairs of Slovenia", ps)
	}
}

func TestDemonymMinisterIsThePreviousSubject(t *testing.T) {
	text := "Minister of Foreign Affairs Ana Novak held talks in Lima with Minister of Foreign Affairs Luis Quispe.\n\n" +
		"Novak said Slovenia would support the accession talks and invited him to Slovenia. " +
		"Quispe thanked the Slovenian side for its support. The Peruvian minister said his country counted on \"a friend in Europe\"."
	ex := extractTitled(t, "Novak in Lima", text, "2024-05-03")
	if ps := positionsOf(ex, "Ana Novak"); hasPosition(ps, "Minister of Foreign Affairs", "country:peru") {
		t.Errorf("Ana Novak positions = %+v, want no Peruvian post", ps)
	}
	if ps := positionsOf(ex, "Luis Quispe"); !hasPosition(ps, "Minister of Foreign Affairs", "country:peru") {
		t.Errorf("Luis Quispe positions = %+v, want Minister of Foreign Affairs of Peru", ps)
	}
	for _, s := range ex.Statements {
		if s.Quote == "a friend in Europe" && s.Speaker != "person:luis-quispe" {
			t.Errorf("speaker of %q = %s, want Luis Quispe", s.Quote, s.Speaker)
		}
	}
}

func TestReceivedCounterpartAfterTimeAndPlace(t *testing.T) {
	ex := extract(t, "The Minister of Foreign Affairs, Ana Quispe, received this Monday at the Palacio de la Moneda her counterpart from the Dominican Republic, Minister of Foreign Affairs Luis Rivera.", "2024-03-06")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:ana-quispe" || len(ex.Meetings[0].Attendees) != 2 {
		t.Fatalf("meetings = %+v, want one hosted by Ana Quispe with Luis Rivera", ex.Meetings)
	}
	if ps := positionsOf(ex, "Luis Rivera"); !hasPosition(ps, "Minister of Foreign Affairs", "country:dominican-republic") {
		t.Errorf("Luis Rivera positions = %+v, want Minister of Foreign Affairs of the Dominican Republic", ps)
	}
}

func TestReceivedDemonymCounterpart(t *testing.T) {
	ex := extract(t, "President Ana Quispe received her Chilean counterpart, Luis Rivera, at the palace.", "2024-03-06")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:ana-quispe" || len(ex.Meetings[0].Attendees) != 2 {
		t.Fatalf("meetings = %+v, want one hosted by Ana Quispe with Luis Rivera", ex.Meetings)
	}
}

func TestHostOfVisitorIsOfTheVisitedCountry(t *testing.T) {
	text := "Press release 12-2024 · Lima, 6 March 2024\n\nPeru and Chile sign a memorandum\n\n" +
		"The Minister of Foreign Affairs, Ana Quispe, received on Wednesday her counterpart from Chile, Minister of Foreign Affairs Luis Rivera, who is on an official visit to Peru.\n\n" +
		"The Vice Minister of Foreign Affairs, Marta Rojas, also took part. Chile and Peru share a long border, and Chile is a large investor."
	ex := extractTitled(t, "Peru and Chile sign a memorandum", text, "2024-03-06")
	if ps := positionsOf(ex, "Ana Quispe"); !hasPosition(ps, "Minister of Foreign Affairs", "country:peru") {
		t.Errorf("Ana Quispe positions = %+v, want Minister of Foreign Affairs of Peru", ps)
	}
	if ps := positionsOf(ex, "Marta Rojas"); !hasPosition(ps, "Vice Minister of Foreign Affairs", "country:peru") {
		t.Errorf("Marta Rojas positions = %+v, want Vice Minister of Foreign Affairs of Peru", ps)
	}
}

func TestSplitQuoteSaidTheDemonymMinister(t *testing.T) {
	text := "The Minister of Foreign Affairs of Peru, Ana Quispe, received on Monday the Minister of Foreign Affairs of Chile, Luis Rivera.\n\n" +
		"The ministers reviewed trade and migration. At the end of the talks, both ministers signed a memorandum.\n\n" +
		"\u201cPeru and Chile are two economies that look outward,\u201d said the Peruvian foreign minister, \u201cand we should trade more with each other.\u201d"
	ex := extract(t, text, "2024-03-06")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:ana-quispe" ||
		!strings.HasPrefix(ex.Statements[0].Quote, "Peru and Chile are two economies") {
		t.Errorf("statements = %+v, want one by Ana Quispe starting with the first part", ex.Statements)
	}
}

func TestContactLineIsNoName(t *testing.T) {
	ex := extract(t, "The minister met the delegation.\n\nContact: Press secretary to the Minister of Trade Telephone (switchboard): +51 1 000 0000", "2024-03-06")
	if names := personNames(ex); len(names) != 0 {
		t.Errorf("persons = %v, want none", names)
	}
}

func TestFollowingMinistersTookPartList(t *testing.T) {
	text := "Minister of Foreign Affairs Ana Quispe today hosted a meeting of the foreign ministers of the Andean Community in Lima.\n\n" +
		"The following ministers took part in the meeting:\n\n" +
		"Luis Rivera, Minister of Foreign Affairs of Colombia\n\n" +
		"Marta Rojas, Minister of Foreign Affairs of Ecuador\n\n" +
		"The ministers discussed trade."
	ex := extract(t, text, "2024-03-06")
	if len(ex.Meetings) != 1 {
		t.Fatalf("meetings = %+v, want one", ex.Meetings)
	}
	ids := map[string]bool{}
	for _, a := range ex.Meetings[0].Attendees {
		ids[a.Person] = true
	}
	if !ids["person:luis-rivera"] || !ids["person:marta-rojas"] {
		t.Errorf("attendees = %+v, want the listed ministers", ex.Meetings[0].Attendees)
	}
}

func TestAlsoTookPartJoinsTheMeeting(t *testing.T) {
	ex := extract(t, "Minister Ana Quispe held a meeting with Minister Luis Rivera in Lima. Deputy Minister Marta Rojas also took part.", "2024-03-06")
	if len(ex.Meetings) != 1 || len(ex.Meetings[0].Attendees) != 3 {
		t.Errorf("meetings = %+v, want one with Marta Rojas as a third attendee", ex.Meetings)
	}
}

func TestExcellencyCapitalisedFamilyNameApposition(t *testing.T) {
	ex := extract(t, "At the invitation of His Excellency SOK Chenda, Deputy Prime Minister, Minister of Commerce of the Kingdom of Cambodia, the delegation visited Phnom Penh.", "2024-03-06")
	if ps := positionsOf(ex, "SOK Chenda"); !hasPosition(ps, "Deputy Prime Minister", "country:cambodia") {
		t.Errorf("positions = %+v, want Deputy Prime Minister of Cambodia", ps)
	}
}

func TestPostNominalBeforeTitle(t *testing.T) {
	ex := extract(t, "The Honourable Ana Quispe, MP, Minister for Trade of Fiji, arrived in Suva on Monday.", "2024-03-06")
	if ps := positionsOf(ex, "Ana Quispe"); !hasPosition(ps, "Minister for Trade", "country:fiji") {
		t.Errorf("positions = %+v, want Minister for Trade of Fiji", ps)
	}
}

func TestKhmerStylesAreNoName(t *testing.T) {
	ex := extract(t, "The minister paid a courtesy call on Samdech Moha Borvor Thipadei HUN Manet, Prime Minister of the Kingdom of Cambodia. Samdech Thipadei welcomed the visit. Lok Chumteav KEO Sreymom, Secretary of State, was present.", "2024-03-06")
	for _, n := range personNames(ex) {
		if strings.Contains(n, "Samdech") || strings.Contains(n, "Chumteav") {
			t.Errorf("persons = %v, want no style as a name", personNames(ex))
		}
	}
	if ps := positionsOf(ex, "HUN Manet"); !hasPosition(ps, "Prime Minister", "country:cambodia") {
		t.Errorf("HUN Manet positions = %+v, want Prime Minister of Cambodia", ps)
	}
}

func TestTheTwoMinistersAfterDate(t *testing.T) {
	text := "At the invitation of Minister of Foreign Affairs Ana Quispe, Minister of Foreign Affairs Luis Rivera paid an official visit to Peru from 4 to 6 March 2024. This was the first visit by a Foreign Minister of Chile to Peru.\n\n" +
		"1. On 5 March 2024, the two Foreign Ministers held bilateral talks at the Ministry in Lima."
	ex := extract(t, text, "2024-03-06")
	var found bool
	for _, m := range ex.Meetings {
		if m.Date == "2024-03-05" && len(m.Attendees) == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("meetings = %+v, want the talks of 5 March between the two ministers", ex.Meetings)
	}
}

func TestDemonymMinisterIsTheOneOfThatCountry(t *testing.T) {
	text := "Foreign Minister Ana Quispe today received Luis Rivera, Minister of Foreign Affairs and Cooperation of Timor-Leste, who is visiting Peru.\n\n" +
		"The Foreign Minister welcomed her guest, the first Timorese foreign minister to visit the country.\n\n" +
		"For his part, the Timorese minister thanked Peru for the welcome. Later he met the Trade Minister, Marta Rojas."
	ex := extractTitled(t, "Foreign Minister receives Timor-Leste's minister", text, "2024-03-06")
	if ps := positionsOf(ex, "Ana Quispe"); hasPosition(ps, "Foreign Minister", "country:timor-leste") {
		t.Errorf("Ana Quispe positions = %+v, want no post of Timor-Leste", ps)
	}
}

func TestTalksWithClauseAttendedOnSideBy(t *testing.T) {
	text := "Minister Ana Quispe today received Minister Luis Rivera in Lima. " +
		"The talks, which continued over a working lunch, were attended on the Peruvian side by the Deputy Minister of Foreign Affairs, Marta Rojas, " +
		"and by the Director General for the Andes and the Amazon, Pedro Gomez."
	ex := extract(t, text, "2024-03-06")
	if len(ex.Meetings) != 1 || len(ex.Meetings[0].Attendees) != 4 {
		t.Fatalf("meetings = %+v, want one with four attendees", ex.Meetings)
	}
	if ps := positionsOf(ex, "Pedro Gomez"); !hasPosition(ps, "Director General for the Andes and the Amazon", "country:peru") {
		t.Errorf("Pedro Gomez positions = %+v, want Director General for the Andes and the Amazon of Peru", ps)
	}
}

func TestApostropheInsideName(t *testing.T) {
	ex := extract(t, "Principal Secretary Korir Sing'oei met Ambassador Mary O'Brien in Nairobi. Sing'oei said the country's ties were strong.", "2024-03-06")
	names := personNames(ex)
	if !slices.Contains(names, "Korir Sing'oei") || !slices.Contains(names, "Mary O'Brien") || len(names) != 2 {
		t.Errorf("persons = %v, want Korir Sing'oei and Mary O'Brien", names)
	}
}

func TestDoubleSurnameBeforeApposition(t *testing.T) {
	ex := extract(t, "The loan was signed by Ana Quispe-Rivera, Managing Director of the Andean Development Bank, and by Luis Rojas-Peña, Chief Executive Officer of Banco Andino.", "2024-03-06")
	names := personNames(ex)
	if !slices.Contains(names, "Ana Quispe-Rivera") || !slices.Contains(names, "Luis Rojas-Peña") {
		t.Errorf("persons = %v, want Ana Quispe-Rivera and Luis Rojas-Peña", names)
	}
}

func TestStateAgencyCreditTellsTheCountry(t *testing.T) {
	text := "Sofia, March 6 (BTA) - Prime Minister Ana Quispe held a telephone conversation on Tuesday with Lebanese Prime Minister Luis Rivera. " +
		"Rivera thanked the Prime Minister for the aid sent to Lebanon, and the two discussed the reconstruction of southern Lebanon."
	ex := extractTitled(t, "PM Quispe, Lebanon's Rivera discuss reconstruction", text, "2024-03-06")
	if ps := positionsOf(ex, "Ana Quispe"); !hasPosition(ps, "Prime Minister", "country:bulgaria") {
		t.Errorf("Ana Quispe positions = %+v, want Prime Minister of Bulgaria", ps)
	}
}

func TestQuoteNamingTheCandidateIsNotTheirs(t *testing.T) {
	text := "Minister for Foreign Affairs Ana Quispe held a phone call with Minister of Foreign Affairs of Chile Luis Rivera.\n\n" +
		"Luis Rivera informed his counterpart about the preparations for the summit.\n\n" +
		"After the call, the Minister wrote on X: \"Grateful to my friend Luis for his steady hand. We agreed to move forward together.\""
	ex := extract(t, text, "2024-03-06")
	for _, s := range ex.Statements {
		if s.Speaker == "person:luis-rivera" {
			t.Errorf("statement %q given to Luis Rivera, whom it names", s.Quote)
		}
	}
}

func TestPronounOfTheOtherGender(t *testing.T) {
	text := "Special Envoy Ana Quispe held talks with Foreign Adviser Luis Rivera on Monday. \"We need a plan with dates,\" she said.\n\n" +
		"Later, the envoy met the adviser's deputy. He said the conference should \"not end with applause.\""
	ex := extract(t, text, "2024-03-06")
	for _, s := range ex.Statements {
		if s.Speaker == "person:ana-quispe" && strings.HasPrefix(s.Quote, "not end") {
			t.Errorf("statement %q given to Ana Quispe, whom the text calls she", s.Quote)
		}
	}
}

func TestCallIsNotTheTalksOfTheVisit(t *testing.T) {
	text := "Minister of Foreign Affairs Ana Novak paid a working visit to Peru. In Lima she held talks with Minister of Foreign Affairs Luis Quispe.\n\n" +
		"On the eve of the visit, on Tuesday evening, Minister Novak held a video conference with the Chilean Minister of Foreign Affairs Marta Rojas."
	ex := extract(t, text, "2024-03-07")
	for _, m := range ex.Meetings {
		phone := m.Mode == "phone"
		for _, a := range m.Attendees {
			if a.Person == "person:marta-rojas" && !phone || a.Person == "person:luis-quispe" && phone {
				t.Errorf("meeting %+v mixes the call and the talks", m)
			}
		}
	}
}

func TestConversationAfterTelephoneIsTheCall(t *testing.T) {
	text := "Foreign Minister Ana Quispe held separate telephone conversations with her Chilean and Bolivian counterparts on Saturday.\n\n" +
		"In her conversation with Chilean Foreign Minister Luis Rivera, Quispe praised the role of Chile in the region."
	ex := extract(t, text, "2024-03-10")
	for _, m := range ex.Meetings {
		if m.Mode != "phone" || m.Host != "" {
			t.Errorf("meeting %+v, want a call with no host", m)
		}
	}
}

func TestYearsAgoIsNoMeeting(t *testing.T) {
	text := "Spokesperson Ana Quispe: Two years ago, the heads of state of Peru and Chile met in Lima and launched the mechanism."
	ex := extract(t, text, "2024-03-10")
	if len(ex.Meetings) != 0 {
		t.Errorf("meetings = %+v, want none", ex.Meetings)
	}
}
