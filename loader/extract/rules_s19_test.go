package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// A parliament's officers serve their house: "Vice Chairwoman of the
// National Assembly" is the National Assembly of Vietnam's that the text
// names in full, "Deputy Chairman of the Senate" the Senate's as written
// (an organisation of its own), not the country the context suggests. A
// government's councils are no house: "Chairman of the State Council"
// serves the country (the State Council is listed too, since session 21,
// as the later batches' gold lists it).
func TestParliamentOfficersServeTheirHouse(t *testing.T) {
	ex := extract(t, "HANOI, May 4 (VNA) - Chairman of the National Assembly of Vietnam Tran Thanh Man held talks "+
		"with Deputy Chairman of the Senate Zhanna Assanova of Kazakhstan. Vice Chairwoman of the National Assembly "+
		"Nguyen Thi Thanh and Chairman of the Revolutionary Council Hussein Mwinyi attended, as did Deputy Chairman "+
		"of the State Council Ding Xuexiang of China.", "2025-05-04")
	onePost(t, ex, func(p graph.PositionFact) string { return p.Organisation }, map[string]string{
		"Nguyen Thi Thanh": "organisation:national-assembly-of-vietnam",
		"Zhanna Assanova":  "organisation:senate",
		"Hussein Mwinyi":   "organisation:revolutionary-council",
		"Ding Xuexiang":    "country:china",
	})
	orgs := orgIDs(ex)
	for _, name := range []string{"Senate", "Revolutionary Council", "State Council"} {
		if _, ok := orgs[name]; !ok {
			t.Errorf("organisations = %v, want %s", orgs, name)
		}
	}
	for _, name := range []string{"National Assembly"} {
		if _, ok := orgs[name]; ok {
			t.Errorf("organisations = %v: %s is no organisation of its own here", orgs, name)
		}
	}
}

// The houses a title may end with, and the councils that are none.
func TestHouseInATitle(t *testing.T) {
	for text, want := range map[string]string{
		"Speaker of the House of Commons Lindsay Hoyle met him.":          "organisation:house-of-commons",
		"Speaker of the People's Majlis Abdul Raheem Abdulla met him.":    "organisation:people-s-majlis",
		"President of the Council of Ministers Mbae Mohamed met him.":     "",
		"Chairman of the Executive Council Moses Dlamini met him.":        "",
		"Director of the Transport Department Ali Hassan Mirza met him.":  "",
		"Secretary of the State Council Wu Zhenglong met him.":            "",
		"Deputy Speaker of the Provincial Assembly Zaheer Iqbal met him.": "organisation:provincial-assembly",
	} {
		ex := extract(t, "MANAMA, May 4 (BNA) - "+text, "2025-05-04")
		got := ""
		for _, p := range ex.Persons {
			for _, pos := range p.Positions {
				if strings.HasPrefix(pos.Organisation, "organisation:") && pos.Organisation != "organisation:bna" {
					got = pos.Organisation
				}
			}
		}
		if got != want {
			t.Errorf("%s: organisation %q, want %q (%+v)", text, got, want, ex.Persons)
		}
	}
}

// An absent leader whose greetings a guest conveys is the guest's: the
// Philippine President, not Bahrain's (the release's country); the host's
// King keeps Bahrain.
func TestGreetingsOfTheConveyorsLeader(t *testing.T) {
	ex := extract(t, "Manama, 17 February 2026\n\nThe Minister of Foreign Affairs of the Kingdom of Bahrain, Dr. Abdullatif bin Rashid Al Zayani, "+
		"received today Ma. Theresa P. Lazaro, Secretary of Foreign Affairs of the Republic of the Philippines.\n\n"+
		"Secretary Lazaro conveyed the greetings of President Ferdinand R. Marcos Jr. to His Majesty King Hamad bin Isa Al Khalifa.", "2026-02-17")
	onePost(t, ex, func(p graph.PositionFact) string { return p.Organisation }, map[string]string{
		"Ferdinand R. Marcos Jr":   "country:philippines",
		"Hamad bin Isa Al Khalifa": "country:bahrain",
	})
}

// An envoy accredited to several holds one post in each: "to Indonesia
// and to ASEAN" in the title, "who is also accredited to Cabo Verde"
// after it. A title after "and" is another post, not an accreditation.
func TestEnvoyAccreditedToSeveral(t *testing.T) {
	ex := extract(t, "JAKARTA, 4 May 2025 - The meeting was attended by H.E. Ms. Aidana Temirkhanova, Ambassador of the Republic "+
		"of Kazakhstan to the Republic of Indonesia and to ASEAN. Bettel was accompanied by Sandrine Muller-Kayser, "+
		"Luxembourg's Ambassador to Senegal, who is also accredited to Cabo Verde. Ambassador to Chile and Minister of State Paul Dupont also attended.", "2025-05-04")
	for name, want := range map[string][]string{
		"Aidana Temirkhanova":    {"country:indonesia", "organisation:association-of-southeast-asian-nations"},
		"Sandrine Muller-Kayser": {"country:senegal", "country:cape-verde"},
	} {
		var got []string
		for _, p := range positionsOf(ex, name) {
			if p.Title == "Ambassador" {
				got = append(got, p.AccreditedTo)
			}
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s is Ambassador to %v, want %v", name, got, want)
		}
	}
	for _, p := range positionsOf(ex, "Paul Dupont") {
		if p.Title == "Ambassador" && p.AccreditedTo != "country:chile" {
			t.Errorf("Paul Dupont positions = %+v, want Ambassador to Chile only", positionsOf(ex, "Paul Dupont"))
		}
	}
}

// The country after a chain of titles that ends with a house's goes to
// the other titles; the house keeps its officer.
func TestCountryAfterAHouseTitle(t *testing.T) {
	ex := extract(t, "SEVILLE, 30 June 2025 - The Secretary-General met with H.E. Dr. Hussein Ali Mwinyi, President of Zanzibar "+
		"and Chairman of the Revolutionary Council, United Republic of Tanzania.", "2025-06-30")
	ps := positionsOf(ex, "Hussein Ali Mwinyi")
	if !hasPosition(ps, "President of Zanzibar", "country:tanzania") || !hasPosition(ps, "Chairman of the Revolutionary Council", "organisation:revolutionary-council") {
		t.Errorf("positions = %+v, want President of Zanzibar of Tanzania and Chairman of the Revolutionary Council", ps)
	}
}

// "and then <title> <name>" is the next in a sequence, not a past post
// ("the then Prime Minister" still is); the monarch's envoy is the
// kingdom's; "to the Kingdom" may come right before the envoy's name.
func TestEnvoysReceivedInTurn(t *testing.T) {
	ex := extract(t, "RIYADH, 10 November 2025 - The Vice Minister first received Ambassador-designate of the Republic of Paraguay "+
		"to the Kingdom Carlos Alberto Benítez Ayala, and then Ambassador-designate of the Republic of Kazakhstan Daniyar Sarsenbayev. "+
		"Also present was Mr. Youssef Bennani-Alaoui, Ambassador of His Majesty the King of Morocco. "+
		"The then Prime Minister Imran Khan had visited in 2019.", "2025-11-10")
	onePost(t, ex, func(p graph.PositionFact) string { return p.Organisation }, map[string]string{
		"Carlos Alberto Benítez Ayala": "country:paraguay",
		"Daniyar Sarsenbayev":          "country:kazakhstan",
		"Youssef Bennani-Alaoui":       "country:morocco",
	})
	if ps := positionsOf(ex, "Imran Khan"); len(ps) != 0 {
		t.Errorf("Imran Khan positions = %+v, want none: a past post", ps)
	}
}

// "Sultan" is a given name before "bin" or "Al" and after a style or a
// rank; the monarch's title before a name that is not.
func TestSultanAsAGivenName(t *testing.T) {
	ex := extract(t, "MUSCAT, 25 November 2025 - His Majesty Sultan Haitham bin Tarik received the credentials of the ambassadors. "+
		"The ceremony was attended by Sayyid Khalid bin Hilal Al Busaidi, Minister of the Diwan of Royal Court; General Sultan bin "+
		"Mohammed Al Nuamani, Minister of the Royal Office; and Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs. "+
		"Talks were also held with Sultan Al Jaber, Minister of Industry of the United Arab Emirates.", "2025-11-25")
	onePost(t, ex, func(p graph.PositionFact) string { return p.Title }, map[string]string{
		"Haitham bin Tarik":              "Sultan",
		"Sultan bin Mohammed Al Nuamani": "Minister of the Royal Office",
		"Sultan Al Jaber":                "Minister of Industry",
	})
}

// A title that names a portfolio or a unit before its ministry is written
// without the ministry, whose country employs; one that names none keeps
// it.
func TestTitleWithoutItsMinistry(t *testing.T) {
	ex := extract(t, "TEHRAN, 4 May 2025 - He met Director-General for East Asia and Oceania Affairs of the Foreign Ministry "+
		"Mohammad Reza Rahimi-Farahani. He also met Nélio Ximenes Sarmento, Director-General for Asia-Pacific Affairs of the "+
		"Ministry of Foreign Affairs and Cooperation of Timor-Leste, Anni Jääskeläinen, Director of the Unit for Eastern Europe "+
		"of the Ministry for Foreign Affairs of Finland, and Nor Azlina binti Hashim, Secretary-General of the Ministry of Foreign "+
		"Affairs of Malaysia.", "2025-05-04")
	onePost(t, ex, func(p graph.PositionFact) string { return p.Title }, map[string]string{
		"Mohammad Reza Rahimi-Farahani": "Director-General for East Asia and Oceania Affairs",
		"Nélio Ximenes Sarmento":        "Director-General for Asia-Pacific Affairs",
		"Anni Jääskeläinen":             "Director of the Unit for Eastern Europe",
		"Nor Azlina binti Hashim":       "Secretary-General of the Ministry of Foreign Affairs of Malaysia",
	})
	onePost(t, ex, func(p graph.PositionFact) string { return p.Organisation }, map[string]string{
		"Nélio Ximenes Sarmento": "country:timor-leste",
		"Anni Jääskeläinen":      "country:finland",
	})
}

// Title forms: a portfolio of the long list before "Minister" ("Tourism
// Minister", "Immigration and Corrections Minister"), "presidential"
// before a spokesperson, a diplomat's rank "of the Mission" or "of the
// Embassy" written as the rank.
func TestTitleForms(t *testing.T) {
	ex := extract(t, "JAKARTA, 4 May 2025 - Anwar met Airlangga Hartarto and Immigration and Corrections Minister Agus Andrianto. "+
		"Tourism Minister Widiyanti Putri Wardhana also attended. After the talks, presidential spokesperson Kang Yu-jung said "+
		"the visit had gone well. The Ambassador was accompanied by Mr. Caio Henrique Lins, Counsellor of the Mission of Brazil, "+
		"and Mr. Julián Andrés Peñaloza Ortiz, Minister Counsellor of the Embassy of Colombia.", "2025-05-04")
	onePost(t, ex, func(p graph.PositionFact) string { return p.Title }, map[string]string{
		"Agus Andrianto":               "Immigration and Corrections Minister",
		"Widiyanti Putri Wardhana":     "Tourism Minister",
		"Kang Yu-jung":                 "presidential spokesperson",
		"Caio Henrique Lins":           "Counsellor",
		"Julián Andrés Peñaloza Ortiz": "Minister Counsellor",
	})
}

// onePost checks that each person named holds one post, whose field of
// (as of reads it) is the one wanted.
func onePost(t *testing.T, ex *graph.Extraction, of func(graph.PositionFact) string, want map[string]string) {
	t.Helper()
	for name, w := range want {
		if ps := positionsOf(ex, name); len(ps) != 1 || of(ps[0]) != w {
			t.Errorf("%s positions = %+v, want one: %s", name, ps, w)
		}
	}
}

// "received today the newly appointed Ambassador ...": the object may
// follow a one-word adjunct at once, and words of an appointment before
// the title; a letter received is no meeting.
func TestReceivedTodayTheNewlyAppointed(t *testing.T) {
	for text, want := range map[string]int{
		"Sergiy Kyslytsya received today the newly appointed Ambassador of New Zealand, Helen Carmody-Whitaker, who presented a copy of her credentials.": 2,
		"Sergiy Kyslytsya received today at the Ministry the outgoing Ambassador of Chile, Ana Soto.":                                                     2,
		"Sergiy Kyslytsya received today the letter of President Volodymyr Zelensky.":                                                                     0,
	} {
		ex, err := testExtractor.Extract(graph.Document{Published: "2026-01-21", Text: "KYIV, 21 January 2026 - " + text})
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, m := range ex.Meetings {
			if m.Date == "2026-01-21" {
				got += len(m.Attendees)
			}
		}
		if got != want {
			t.Errorf("%s: %d attendees of meetings that day, want %d (%+v)", text, got, want, ex.Meetings)
		}
	}
}

// A length written before the meeting noun ("a 30-minute telephone
// conversation", "two-day talks") keeps the verb's meeting.
func TestMeetingLength(t *testing.T) {
	for text, mode := range map[string]string{
		"On Tuesday, Foreign Minister Toshimitsu Motegi held a 30-minute telephone conversation with Uzbek Foreign Minister Bakhtiyor Saidov.": "phone",
		"On Tuesday, Foreign Minister Toshimitsu Motegi held two-day talks with Uzbek Foreign Minister Bakhtiyor Saidov.":                      "host",
	} {
		ex, err := testExtractor.Extract(graph.Document{Published: "2026-01-21", Text: "TOKYO, 21 January 2026 - " + text})
		if err != nil {
			t.Fatal(err)
		}
		if len(ex.Meetings) != 1 || ex.Meetings[0].Date != "2026-01-20" || ex.Meetings[0].Mode != mode || len(ex.Meetings[0].Attendees) != 2 {
			t.Errorf("%s: meetings = %+v, want one %s meeting of the two on 20 January", text, ex.Meetings, mode)
		}
	}
}

// Names that other words took: a portfolio list ending "Land Reform", the
// style "Advocate", a known person's name holding an
// organisation's ("Duma" in "Duma Boko"), a body whose name ends "Hub".
func TestNamesAfterPortfoliosAndStyles(t *testing.T) {
	ex := extract(t, "WINDHOEK, 23 July 2025 - The envoy held talks with the Minister of Agriculture, Fisheries, Water and Land Reform, "+
		"Inge Zaamwani. Later, Mr Haimbe paid a "+
		"courtesy call on His Excellency President Advocate Duma Boko. Also taking part was the Director General of the IsDB "+
		"Regional Hub in Almaty, Dr. Rustam Yuldashev.", "2025-07-23")
	onePost(t, ex, func(p graph.PositionFact) string { return p.Title }, map[string]string{
		"Inge Zaamwani": "Minister of Agriculture, Fisheries, Water and Land Reform",
		"Duma Boko":     "President",
	})
	for _, bad := range []string{"Reform", "Advocate", "Regional Hub"} {
		if personNamed(ex, bad) != nil {
			t.Errorf("persons = %v: %q is no person", personNames(ex), bad)
		}
	}
	if _, ok := orgIDs(ex)["State Duma"]; ok {
		t.Errorf("organisations = %v: no State Duma in Duma Boko", orgIDs(ex))
	}
}

// A hyphen inside the name after a portfolio ("Yoon Ji-hye", "Ahmed
// al-Sayed", "Sultan bin Saad al-Muraikhi") ends the portfolio before the
// name, as a name without one does.
func TestHyphenatedNameAfterPortfolio(t *testing.T) {
	ex := extract(t, "DOHA, 17 February 2026 - Minister of Trade Yoon Ji-hye met Minister of Industry Ahmed al-Sayed. "+
		"The session was co-chaired by the Minister of State for Foreign Affairs Sultan bin Saad al-Muraikhi.", "2026-02-17")
	onePost(t, ex, func(p graph.PositionFact) string { return p.Title }, map[string]string{
		"Yoon Ji-hye":                 "Minister of Trade",
		"Ahmed al-Sayed":              "Minister of Industry",
		"Sultan bin Saad al-Muraikhi": "Minister of State for Foreign Affairs",
	})
}
