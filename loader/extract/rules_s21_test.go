package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Rules written on batch D of the generalization set, which joined the
// tuning sets in session 21.

// placesAndHosts is each meeting's day, place and host.
func placesAndHosts(ex *graph.Extraction) []string {
	var out []string
	for _, m := range ex.Meetings {
		out = append(out, m.Date+" "+m.Place+" "+m.Host)
	}
	return out
}

// A session the lead dates ("held in Colombo yesterday (16)"), told with
// no day of its own in the next paragraph, is not the call made "this
// morning" by one of its members.
func TestLeadDaySessionAndMorningCall(t *testing.T) {
	ex := extract(t, "Colombo, March 17 (Lankapuvath) - Sri Lanka and the Maldives agreed to launch a ferry service "+
		"at the fifth session of the Joint Commission held in Colombo yesterday (16).\n\n"+
		"The session, held at the Ministry of Foreign Affairs, was co-chaired by Minister of Foreign Affairs Vijitha Herath "+
		"and the Maldivian Minister of Foreign Affairs Dr. Abdulla Khaleel.\n\n"+
		"Minister Khaleel called on President Anura Kumara Dissanayake at the Presidential Secretariat this morning.", "2026-03-17")
	want := []string{
		"2026-03-16 Vijitha Herath: Abdulla Khaleel, Vijitha Herath",
		"2026-03-17 Anura Kumara Dissanayake: Abdulla Khaleel, Anura Kumara Dissanayake",
	}
	wantHeld(t, ex, want...)
}

// A place's date closed by a colon is a dateline: "yesterday" after it is
// the day before.
func TestDatelineClosedByColon(t *testing.T) {
	ex := extract(t, "Arusha, Tanzania, 5 March 2026: The Speaker of the East African Legislative Assembly, "+
		"Rt. Hon. Joseph Ntakirutimana, yesterday hosted the Speaker of the Parliament of Ghana, Rt. Hon. Mary Ibrahima, "+
		"at the Assembly's Chambers in Arusha.", "2026-03-05")
	want := []string{"2026-03-04 Joseph Ntakirutimana: Joseph Ntakirutimana, Mary Ibrahima"}
	wantHeld(t, ex, want...)
}

// "The visiting Minister" is the one of two ministers of foreign affairs
// who serves another country than the release's.
func TestVisitingTitleIsTheGuest(t *testing.T) {
	text := "The Honourable Minister of Foreign Affairs, Ambassador Yusuf Tuggar, on Tuesday received the Minister of " +
		"Foreign Affairs of the Republic of Benin, H.E. Olushegun Bakari, at Tafawa Balewa House, Abuja.\n\n" +
		"The visiting Minister was accompanied by the Ambassador of the Republic of Benin to Nigeria, H.E. Mrs. Irène Dossou."
	ex, err := testExtractor.Extract(graph.Document{Text: text, Published: "2026-02-11", Publisher: "Federal Ministry of Foreign Affairs, Nigeria"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2026-02-10 Yusuf Tuggar: Irène Dossou, Olushegun Bakari, Yusuf Tuggar"}
	wantHeld(t, ex, want...)
	// Of two guests, neither.
	text = strings.Replace(text, "H.E. Olushegun Bakari,", "H.E. Olushegun Bakari, and the Minister of Foreign Affairs of Togo, Robert Dussey,", 1)
	ex, err = testExtractor.Extract(graph.Document{Text: text, Published: "2026-02-11", Publisher: "Federal Ministry of Foreign Affairs, Nigeria"})
	if err != nil {
		t.Fatal(err)
	}
	want = []string{"2026-02-10 Yusuf Tuggar: Olushegun Bakari, Robert Dussey, Yusuf Tuggar"}
	if got := heldLines(ex); !slices.Equal(got, want) {
		t.Errorf("two guests: meetings = %q, want %q", got, want)
	}
}

// "Professor Takeshi Morikawa of Keio University": the honorific opens a
// person's name, which ends at "of"; the university is the body.
func TestHonorificNameOfBody(t *testing.T) {
	ex := extract(t, "The databook was prepared under the direction of Professor Takeshi Morikawa of Keio University, "+
		"who has led the research since 2019.", "2026-03-05")
	wantPersons(t, ex, "Takeshi Morikawa")
	wantOrgs(t, ex, []string{"Keio University"}, []string{"Takeshi Morikawa of Keio University"})
}

// A quoted name is no statement, its small words aside ("Ocean of Peace"),
// nor with the period of its sentence inside the marks ('the "Fish and
// Rice Corridor."').
func TestQuotedNamesAreNoStatements(t *testing.T) {
	ex := extract(t, "BEIJING, Sept. 17 (Xinhua) -- During his meeting with Hun Manet, Li Qiang said that China is ready "+
		"to accelerate the construction of the \"Industrial Development Corridor\" and the \"Fish and Rice Corridor.\" "+
		"Li Qiang praised the \"Ocean of Peace\" and said: \"China welcomes more high-quality Cambodian products.\"", "2026-09-17")
	if len(ex.Statements) != 1 || !strings.HasPrefix(ex.Statements[0].Quote, "China welcomes") {
		t.Errorf("statements = %+v, want only the one about products", ex.Statements)
	}
}

// A short sentence in capitals, said, is a statement: only after "the" is
// it a name.
func TestShortCapitalisedSentenceIsStatement(t *testing.T) {
	ex := extract(t, "BEIJING, Sept. 17 (Xinhua) -- At the end of the banquet, Li Qiang said: \"Long Live China-Cambodia Friendship.\"", "2026-09-17")
	if len(ex.Statements) != 1 {
		t.Errorf("statements = %+v, want the toast", ex.Statements)
	}
}

// "joked" attributes a quotation as "said" does.
func TestJokedIsASpeechVerb(t *testing.T) {
	ex := extract(t, "BRUSSELS, 15 September 2026 - Minister Maxime Prévot met Xavier Bettel on Monday. "+
		"\"Between Belgium and Luxembourg, there is no such thing as a short conversation, only a long friendship,\" "+
		"Bettel joked at the start of the meeting.", "2026-09-15")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:xavier-bettel" {
		t.Errorf("statements = %+v, want Bettel's", ex.Statements)
	}
}

// "Shaikh" (Sheikh as Bahrain writes it) and the Ugandan "Hajjat" are
// honorifics, not part of the name.
func TestShaikhAndHajjat(t *testing.T) {
	ex := extract(t, "MANAMA, May 4 (BNA) - The minister also met with His Excellency Shaikh Salman bin Khalifa Al Khalifa, "+
		"Minister of Finance. \"Every year there are fewer fish,\" said Hajjat Sarah Namutebi-Kizito, the chairperson of the association.", "2026-05-04")
	wantPersons(t, ex, "Salman bin Khalifa Al Khalifa", "Sarah Namutebi-Kizito")
}

// The body named in a title's complement ("Deputy Chairman of the Cabinet
// of Ministers") is one of the text's organisations; the post stays the
// country's.
func TestCollegeInTitleIsABody(t *testing.T) {
	ex := extract(t, "BISHKEK, August 26. /Kabar/. Minister Zheenbek Kulubaev held talks today with Deputy Chairman of the "+
		"Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan Rashid Meredov.", "2026-08-26")
	wantOrgs(t, ex, []string{"Cabinet of Ministers"}, nil)
	if got := positionsOf(ex, "Rashid Meredov"); !slices.ContainsFunc(got, func(p graph.PositionFact) bool {
		return p.Title == "Deputy Chairman of the Cabinet of Ministers" && p.Organisation == "country:turkmenistan"
	}) {
		t.Errorf("Meredov's posts = %+v, want the Deputy Chairman of the Cabinet of Ministers of Turkmenistan", got)
	}
}

// "the State Council" and "the Presidential Administration" are organs of
// a state, in a title's complement too; not the "Supreme State Council".
func TestStateCouncilAndPresidentialAdministration(t *testing.T) {
	ex := extract(t, "BEIJING, Sept. 17 (Xinhua) -- Wu Zhenglong, state councilor and secretary-general of the State Council, "+
		"attended the talks with Head of the Presidential Administration Adylbek Kasymaliev. They discussed the "+
		"Supreme State Council of the Union State.", "2026-09-17")
	wantOrgs(t, ex, []string{"State Council", "Presidential Administration"}, nil)
}

// A chamber or a hub takes its seat into its name: "American Chamber of
// Commerce in Uzbekistan", "IsDB Regional Hub in Almaty".
func TestChamberAndHubSeat(t *testing.T) {
	ex := extract(t, "WASHINGTON, June 2 - The Secretary met members of the American Chamber of Commerce in Uzbekistan "+
		"and officials of the IsDB Regional Hub in Almaty.", "2026-06-02")
	wantOrgs(t, ex, []string{"American Chamber of Commerce in Uzbekistan", "IsDB Regional Hub in Almaty"}, []string{"American Chamber of Commerce"})
}

// "Member of the Board (Minister) in charge of Trade of the EEC" is one
// post of the Commission, the bracketed rank inside it.
func TestBoardMemberMinisterInCharge(t *testing.T) {
	ex := extract(t, "Ulaanbaatar, March 12, 2025 /MONTSAME/. Minister of Foreign Affairs of Mongolia B.Battsetseg today received "+
		"Andrey Slepnev, Member of the Board (Minister) in charge of Trade of the Eurasian Economic Commission (EEC), who is "+
		"in Ulaanbaatar on a working visit. Member of the Board (Minister) in charge of Integration and Macroeconomics of the "+
		"EEC Vahagn Ghazaryan noted that the growth was achieved.", "2025-03-12")
	onePost(t, ex, func(p graph.PositionFact) string { return strings.ToLower(p.Title) + " " + p.Organisation }, map[string]string{
		"Andrey Slepnev":   "member of the board (minister) in charge of trade organisation:eurasian-economic-commission",
		"Vahagn Ghazaryan": "member of the board (minister) in charge of integration and macroeconomics organisation:eurasian-economic-commission",
	})
}

// A meeting told "Following the consultations" takes the day and the place
// of the consultations, and so its host.
func TestFollowingEventTakesItsPlace(t *testing.T) {
	ex := extract(t, "MOSCOW, March 18. /TASS/. Russian Deputy Foreign Minister Andrey Rudenko held consultations with "+
		"Indian Foreign Secretary Vikram Misri in Moscow on Tuesday.\n\n"+
		"Following the consultations, Misri met with Deputy Foreign Minister Sergey Ryabkov.", "2025-03-18")
	want := []string{"2025-03-18 place:moscow person:andrey-rudenko", "2025-03-18 place:moscow person:sergey-ryabkov"}
	if got := placesAndHosts(ex); !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// "On the same day, X met Y": where X was that day, when the sentence
// names no place, and the one of the place's country hosts.
func TestSameDayMeetingKeepsThePlace(t *testing.T) {
	text := "Ulaanbaatar, March 12, 2025 /MONTSAME/. Minister of Foreign Affairs of Mongolia Batmunkh Battsetseg today received " +
		"Andrey Slepnev, Minister in charge of Trade of the Eurasian Economic Commission, at the Government House in Ulaanbaatar.\n\n" +
		"On the same day, Mr. Slepnev met with Deputy Minister of Economy and Development of Mongolia Ganbaatar Enkhtuya."
	ex := extract(t, text, "2025-03-12")
	want := []string{"2025-03-12 place:ulaanbaatar person:batmunkh-battsetseg", "2025-03-12 place:ulaanbaatar person:ganbaatar-enkhtuya"}
	if got := placesAndHosts(ex); !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	// Not for a call.
	ex = extract(t, strings.Replace(text, "met with", "had a telephone conversation with", 1), "2025-03-12")
	if len(ex.Meetings) != 2 || ex.Meetings[1].Place != "" {
		t.Errorf("meetings = %+v, want the call with no place", ex.Meetings)
	}
}

// A body the text names with its country ("Central Bank of Armenia") gives
// its officer that country: at home, he hosts.
func TestBodyNamedWithItsCountryHosts(t *testing.T) {
	ex := extract(t, "YEREVAN, September 18 - Chairman of the Management Board of the Eurasian Development Bank Nikolai Podguzov "+
		"met with Chairman of the Central Bank of Armenia Martin Galstyan in Yerevan on Thursday.", "2025-09-19")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:martin-galstyan" {
		t.Errorf("meetings = %+v, want Galstyan's", ex.Meetings)
	}
}

// "X took part in both meetings": the two told last.
func TestBothMeetings(t *testing.T) {
	ex := extract(t, "NANNING, Sept. 17 (Xinhua) -- Chinese Premier Li Qiang met Lao Prime Minister Sonexay Siphandone on Thursday. "+
		"Later, Li Qiang met Cambodian Prime Minister Hun Manet. Foreign Minister Wang Yi took part in both meetings.", "2026-09-17")
	want := []string{
		"2026-09-17 : Li Qiang, Sonexay Siphandone, Wang Yi",
		"2026-09-17 : Hun Manet, Li Qiang, Wang Yi",
	}
	wantHeld(t, ex, want...)
	ex = extract(t, "NANNING, Sept. 17 (Xinhua) -- Chinese Premier Li Qiang met Lao Prime Minister Sonexay Siphandone on Thursday. "+
		"Later, Li Qiang met Cambodian Prime Minister Hun Manet. Foreign Minister Wang Yi took part in both engagements.", "2026-09-17")
	if got := heldLines(ex); !slices.Equal(got, want) {
		t.Errorf("engagements: meetings = %q, want %q", got, want)
	}
}

// "Also taking part on the Turkmen side were A and B" joins them as
// "Taking part on the Turkmen side were" does.
func TestAlsoTakingPartOnTheSide(t *testing.T) {
	ex := extract(t, "ASHGABAT, 21 October 2025 - Deputy Minister Vepa Hajiyev received Undersecretary Khalifa Al Harthy on Tuesday. "+
		"Also taking part on the Turkmen side were Merdan Orazgeldiyev, Head of the Department of Middle East, and "+
		"Ambassador Aman Durdyev.", "2025-10-21")
	if got := heldLines(ex); len(got) != 1 || !strings.Contains(got[0], "Merdan Orazgeldiyev") || !strings.Contains(got[0], "Aman Durdyev") {
		t.Errorf("meetings = %q, want Orazgeldiyev and Durdyev in the meeting", got)
	}
}

// "his Indonesian counterpart Sugiono" (one word), "his Ghanaian
// counterpart, Hon. Name" (after an honorific): the subject's post for
// that country; not the diplomatic rank the subject is styled with
// ("Ambassador Tuggar", the Minister of Foreign Affairs).
func TestCounterpartOneWordHonorificAndRank(t *testing.T) {
	ex := extract(t, "MOSCOW, May 4 /TASS/. Russian Foreign Minister Sergey Lavrov and his Indonesian counterpart Sugiono "+
		"on Tuesday held talks in Moscow.", "2026-05-05")
	onePost(t, ex, titleAndOrg, map[string]string{"Sugiono": "Foreign Minister country:indonesia"})
	ex = extract(t, "ABUJA, Feb 11 - The Minister of Foreign Affairs, Ambassador Yusuf Tuggar, received the press on Tuesday. "+
		"Earlier, on Monday, Ambassador Tuggar held a telephone conversation with his Ghanaian counterpart, Hon. Samuel "+
		"Okudzeto Ablakwa, on the preparations.", "2026-02-11")
	onePost(t, ex, titleAndOrg, map[string]string{"Samuel Okudzeto Ablakwa": "Minister of Foreign Affairs country:ghana"})
}
