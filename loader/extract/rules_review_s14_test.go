package extract

import (
	"slices"
	"testing"
)

// Review of the rules of session 14 (the A batch): each test fails
// without its fix.

// "attended by <Capitalised Words>." at a sentence's end names no person
// unless the participle is one that takes a single holder (led, headed,
// chaired): guests who attend are often a group written with capitals.
func TestReviewS14AttendedByGroupAtSentenceEnd(t *testing.T) {
	ex := extract(t, "KUMASI, Nov. 18, GNA – The Ashanti Regional Minister, Dr Frank Amoakohene, on Tuesday held a meeting with the "+
		"Ambassador of Japan, Mr Hiroshi Tanaka, at the Regional Coordinating Council. The meeting was also attended by Traditional Rulers.", "2026-11-18")
	if names := personNames(ex); slices.Contains(names, "Traditional Rulers") {
		t.Errorf("persons = %q: the rulers are a group, not a person", names)
	}
	want := "2026-11-17 : Frank Amoakohene, Hiroshi Tanaka"
	if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// "Director of ICT, Mr X": a portfolio written as an acronym is no body
// the title's holder works for.
func TestReviewS14PortfolioAcronymIsNoBody(t *testing.T) {
	ex := extract(t, "The Director of ICT, Mr Kofi Boateng, and the Head of HR, Mrs Ama Owusu, briefed the visiting delegation from Japan.", "2026-11-18")
	orgs := orgNames(ex)
	for _, n := range []string{"ICT", "HR"} {
		if _, ok := orgs[n]; ok {
			t.Errorf("organisations = %v: %q is a portfolio, not a body", orgs, n)
		}
	}
	if ps := positionsOf(ex, "Kofi Boateng"); len(ps) == 0 || ps[0].Title != "Director of ICT" {
		t.Errorf("Kofi Boateng positions = %+v, want Director of ICT", ps)
	}
}

// A joining sentence's own day corrects a dateline's date only when it
// is a day of the week before the dateline, not any date told in passing
// ("who was appointed ... on 2 March 2025").
func TestReviewS14JoiningSentenceOldDateKeepsDateline(t *testing.T) {
	ex := extract(t, "Accra, Nov. 18, GNA – The Minister for Foreign Affairs, Mr Samuel Okudzeto Ablakwa, has held talks with the "+
		"Ambassador of Japan, Mr Hiroshi Tanaka.\n\nThe meeting was also attended by Mr Kenji Sato, who was appointed Deputy Head "+
		"of Mission on 2 March 2025.", "2026-11-18")
	want := "2026-11-18 Samuel Okudzeto Ablakwa: Hiroshi Tanaka, Kenji Sato, Samuel Okudzeto Ablakwa"
	if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// "cooperation in Ghana's Oil and Gas sector" is no place: the words
// after a country's possessive name an unknown place only after a
// compass word ("in north China's Tianjin").
func TestReviewS14CountryPossessiveSectorIsNoPlace(t *testing.T) {
	ex := extract(t, "The Minister for Energy, Mr John Jinapor, on Monday met the Ambassador of Norway, Mrs Anna Lind, to discuss "+
		"cooperation in Ghana's Oil and Gas sector.", "2026-11-18")
	if len(ex.Meetings) != 1 {
		t.Fatalf("meetings = %q, want one", meetingLines(ex))
	}
	if p := ex.Meetings[0].Place; p != "" {
		t.Errorf("place = %q, want none", p)
	}
}

// "in east China's Zhejiang Province": the province word ends the place
// the gazetteer does not know, and the co-chair at home hosts.
func TestReviewS14CompassCountryProvince(t *testing.T) {
	ex := extract(t, "HANGZHOU, Nov. 13 (Xinhua) -- Chinese Vice Premier Ding Xuexiang and Singaporean Deputy Prime Minister Gan Kim "+
		"Yong on Friday co-chaired the 23rd meeting of the China-Singapore Joint Council for Bilateral Cooperation in east China's "+
		"Zhejiang Province.\n\nChinese Commerce Minister Wang Wentao attended the meeting.", "2026-11-13")
	want := "2026-11-13 Ding Xuexiang: Ding Xuexiang, Gan Kim Yong, Wang Wentao"
	if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	if len(ex.Meetings) == 1 && ex.Meetings[0].Place != "place:zhejiang-province" {
		t.Errorf("place = %q, want Zhejiang Province", ex.Meetings[0].Place)
	}
}

// "The participants also paid tribute to the following leaders:" lists
// no participants: "following" far into the sentence opens a list only
// after a word of taking part ("attended by the following Ministers").
func TestReviewS14TributeToTheFollowingLeadersIsNoList(t *testing.T) {
	ex := extract(t, "Accra, Nov. 18, GNA – The Minister for Foreign Affairs, Mr Samuel Okudzeto Ablakwa, on Monday held talks with "+
		"the Ambassador of Japan, Mr Hiroshi Tanaka.\n\nThe participants also paid tribute to the following leaders for their "+
		"contributions:\n\n- Mr Kwabena Darko-Mensah, former Minister for Foreign Affairs;\n"+
		"- Mrs Akosua Frimpong-Boateng, former Ambassador of Ghana to Japan.", "2026-11-18")
	want := "2026-11-16 Samuel Okudzeto Ablakwa: Hiroshi Tanaka, Samuel Okudzeto Ablakwa"
	if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// A secretariat's unit named with the secretariat is the same body when
// the text later names it alone: one organisation, not two.
func TestReviewS14SecretariatUnitNamedAgainAlone(t *testing.T) {
	ex := extract(t, "JAKARTA, 14 July 2026 – Ms. Siti Rahmawati, Director of the External Relations Division of the ASEAN "+
		"Secretariat, received the delegation. The External Relations Division will prepare the next round of consultations.", "2026-07-14")
	orgs := orgNames(ex)
	if as, ok := orgs["External Relations Division of the ASEAN Secretariat"]; !ok || !slices.Contains(as, "External Relations Division") {
		t.Errorf("organisations = %v, want the Division of the ASEAN Secretariat with its own name as an alias", orgs)
	}
	if _, ok := orgs["External Relations Division"]; ok {
		t.Errorf("organisations = %v: the Division named alone is the one named with the Secretariat", orgs)
	}
}

// "Chief Executive Officer of Dubai Holding, Mr X": the words after the
// city go on with a body's name, set off from its holder by a comma; the
// city's office ("Hokim of Samarkand region Name") is another thing.
func TestReviewS14CityThenBodyIsNoCityOffice(t *testing.T) {
	ex := extract(t, "The Minister also met the Chairman of Dubai Ports World, Mr Yousuf Al Hashimi, and the Chief Executive "+
		"Officer of Dubai Holding, Mr Amit Kaushal, at the Expo City.", "2026-11-18")
	names := personNames(ex)
	for _, n := range []string{"Ports World", "Holding"} {
		if slices.Contains(names, n) {
			t.Errorf("persons = %q: %q is part of a company's name", names, n)
		}
	}
	if ps := positionsOf(ex, "Amit Kaushal"); len(ps) == 0 || ps[0].Title != "Chief Executive Officer of Dubai Holding" {
		t.Errorf("Amit Kaushal positions = %+v, want Chief Executive Officer of Dubai Holding", ps)
	}
}

// "X held talks with Y in southwest China's Chongqing. X and Y co-chaired the
// ... Committee": the co-chairs told in the sentence after the talks
// stay with the talks they join, and the one at home hosts, not a
// compatriot minister who attends.
func TestReviewS14CoChairsAfterTalksHost(t *testing.T) {
	ex := extract(t, "CHONGQING, Nov. 20 (Xinhua) -- Chinese Vice Premier Zhang Guoqing on Thursday held talks with Kazakh Deputy "+
		"Prime Minister Serik Zhumangarin in southwest China's Chongqing.\n\nZhang and Zhumangarin co-chaired the 12th meeting of the "+
		"China-Kazakhstan Cooperation Committee.\n\nChinese Commerce Minister Wang Wentao attended the meeting.", "2026-11-20")
	want := "2026-11-19 Zhang Guoqing: Serik Zhumangarin, Wang Wentao, Zhang Guoqing"
	if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}
