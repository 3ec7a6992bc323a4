package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// attendeeIDs returns the person IDs attending the held meetings of ex.
func attendeeIDs(ex *graph.Extraction) map[string]bool {
	ids := map[string]bool{}
	for _, m := range ex.Meetings {
		if m.Status == graph.StatusPlanned {
			continue
		}
		for _, a := range m.Attendees {
			ids[a.Person] = true
		}
	}
	return ids
}

func TestAttributionSourceIsNoAttendee(t *testing.T) {
	ex := extract(t, "Prime Minister Lena Holm met President Tarik Osman in Oslo on Monday, government spokesman Piet Mertens said.", "2024-03-05")
	ids := attendeeIDs(ex)
	if !ids["person:lena-holm"] || !ids["person:tarik-osman"] || ids["person:piet-mertens"] {
		t.Errorf("attendees = %v, want Holm and Osman without the spokesman", ids)
	}
}

func TestDeceasedIsNoAttendee(t *testing.T) {
	ex := extract(t, "President Mara Lind received Prime Minister Oskar Berg and recalled the late President Ivo Sander.", "2024-03-05")
	if ids := attendeeIDs(ex); ids["person:ivo-sander"] || !ids["person:oskar-berg"] {
		t.Errorf("attendees = %v, want Berg and not the late Sander", ids)
	}
}

func TestCommentatorIsNoAttendee(t *testing.T) {
	text := "Foreign Minister Anna Kovac met Foreign Minister Rui Tavares in Lisbon on Monday.\n\n" +
		"Separately, President Tom Fairley has warned that sanctions would follow."
	ex := extract(t, text, "2024-03-05")
	if ids := attendeeIDs(ex); ids["person:tom-fairley"] || !ids["person:rui-tavares"] {
		t.Errorf("attendees = %v, want no Fairley", ids)
	}
	text = "Foreign Minister Anna Kovac met Foreign Minister Rui Tavares in Lisbon on Monday.\n\n" +
		"Minister Joana Reis said during the talks that trade would grow."
	ex = extract(t, text, "2024-03-05")
	if ids := attendeeIDs(ex); !ids["person:joana-reis"] {
		t.Errorf("attendees = %v, want Reis who spoke during the talks", ids)
	}
}

func TestHostFromCityCountry(t *testing.T) {
	ex := extract(t, "Chinese Premier Li Qiang met Prime Minister Mateus Dorado in Shanghai on Tuesday.", "2024-03-06")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:li-qiang" {
		t.Errorf("meetings = %+v, want one hosted by Li Qiang", ex.Meetings)
	}
	ex = extract(t, "The University of Adelaide welcomed the plan.", "2024-03-06")
	if len(ex.Organisations) != 1 || ex.Organisations[0].Name != "University of Adelaide" {
		t.Errorf("organisations = %+v, want the University of Adelaide", ex.Organisations)
	}
}

func TestPassiveAgentHosts(t *testing.T) {
	ex := extract(t, "Prime Minister Sara Lindqvist was welcomed in Accra by President Kwame Boateng on Monday.", "2024-03-05")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:kwame-boateng" {
		t.Errorf("meetings = %+v, want one hosted by Kwame Boateng", ex.Meetings)
	}
}

func TestVisitedCountryHosts(t *testing.T) {
	ex := extract(t, "Chilean President Rosa Fuentes visited Kenya on Monday and met Kenyan President Daniel Mwangi.", "2024-03-05")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:daniel-mwangi" {
		t.Errorf("meetings = %+v, want one hosted by Daniel Mwangi", ex.Meetings)
	}
}

func TestJoinedForLunchAndVisitWith(t *testing.T) {
	ex := extract(t, "Premier Hu Bo arrived on Sunday.\n\nHu then joined Foreign Minister Clara Voss for a dinner in Perth.", "2024-03-05")
	if ids := attendeeIDs(ex); !ids["person:hu-bo"] || !ids["person:clara-voss"] {
		t.Errorf("attendees = %v, want Hu Bo and Clara Voss", ids)
	}
	ex = extract(t, "In his visit with Emir Khalid Al Sabah, Minister Paolo Conti discussed trade.", "2024-03-05")
	if ids := attendeeIDs(ex); !ids["person:khalid-al-sabah"] || !ids["person:paolo-conti"] {
		t.Errorf("attendees = %v, want Al Sabah and Conti", ids)
	}
}

func TestSameParagraphIsOneMeeting(t *testing.T) {
	text := "Foreign Minister Lina Haddad visited Ankara on Monday. Envoy Omar Said was also present during the meeting with Turkish Foreign Minister Kemal Aydin."
	ex := extract(t, text, "2024-03-05")
	if len(ex.Meetings) != 1 || len(ex.Meetings[0].Attendees) != 3 {
		t.Errorf("meetings = %+v, want one with three attendees", ex.Meetings)
	}
}

func TestHeadlineMeeting(t *testing.T) {
	text := "Telephone conversation with Prime Minister of Peru Ana Ruiz\n\nPresident Ivan Petrov expressed condolences over the floods. The leaders agreed to keep in touch."
	ex := extract(t, text, "2024-03-05")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Mode != "phone" || len(ex.Meetings[0].Attendees) != 2 {
		t.Errorf("meetings = %+v, want one phone call of Ruiz and Petrov", ex.Meetings)
	}
}

func TestAnnouncedVisitStaysPlanned(t *testing.T) {
	ex := extract(t, "Foreign Minister Lars Eng will visit China this week and meet with Foreign Minister Wang Yi.", "2024-03-05")
	for _, m := range ex.Meetings {
		if m.Status != graph.StatusPlanned {
			t.Errorf("meeting %+v is held, want planned", m)
		}
	}
}

func TestAppositionAfterTitleChain(t *testing.T) {
	text := "Today, Maria Olsen, Assistant to the President and Director of the Climate Council and Peter Lund, Special Assistant to the President and Senior Director for Africa, met with Foreign Minister Amina Diallo of Senegal."
	ex := extract(t, text, "2024-03-05")
	if ids := attendeeIDs(ex); !ids["person:peter-lund"] || !ids["person:amina-diallo"] {
		t.Errorf("attendees = %v, want Peter Lund and Amina Diallo", ids)
	}
}

func TestTitleChainKeepsNames(t *testing.T) {
	ex := extract(t, "Principal Deputy National Security Advisor Jennifer Klein met Ambassador Lars Berg.", "2024-03-05")
	found := false
	for _, p := range ex.Persons {
		found = found || p.Name == "Jennifer Klein"
	}
	if !found {
		t.Errorf("persons = %+v, want Jennifer Klein", ex.Persons)
	}
}

func TestCompoundTitles(t *testing.T) {
	cases := []struct {
		name, text, person, title, org string
	}{
		{"rank words before the title", "Principal Deputy National Security Advisor Ana Lopez met the press.", "Ana Lopez", "Principal Deputy National Security Advisor", ""},
		{"servant of a title", "Assistant to the Chairman of the Joint Chiefs of Staff John Marsh arrived.", "John Marsh", "Assistant to the Chairman of the Joint Chiefs of Staff", "organisation:joint-chiefs-of-staff"},
		{"portfolio that a name follows", "State Department Director of Policy Planning Dennis Rowe arrived.", "Dennis Rowe", "Director of Policy Planning", "organisation:state-department"},
		{"apposition with a body of a country", "Envoy Kim Lee met Ivan Petrov, Head of the Presidential Information Policy Department of Uzbekistan.", "Ivan Petrov", "Head of the Presidential Information Policy Department", "country:uzbekistan"},
		{"portfolio named by a country", "Today, Nora Berg, Senior Director for Russia and Central Asia, spoke.", "Nora Berg", "Senior Director for Russia and Central Asia", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ex := extract(t, c.text, "2024-03-01")
			if ps := positionsOf(ex, c.person); !hasPosition(ps, c.title, c.org) {
				t.Errorf("positions of %s = %+v, want %s | %s (persons %+v)", c.person, ps, c.title, c.org, ex.Persons)
			}
		})
	}
}

func TestDelegationAndHosts(t *testing.T) {
	// The people who accompany an attendee attend.
	ex := extract(t, "Secretary of State Paul Reed met President Aigul Sarsen in Astana on Monday.\n\n"+
		"Mr. Reed arrived with his wife Mary, accompanied by US Ambassador to Kazakhstan Carl Dunn and State Department Director of Policy Planning Dennis Rowe.", "2024-03-05")
	if ids := attendeeIDs(ex); !ids["person:carl-dunn"] || !ids["person:dennis-rowe"] || ids["person:mary"] {
		t.Errorf("attendees = %v, want the delegation without the spouse", ids)
	}
	// "visit with X": X hosts.
	ex = extract(t, "In her visit with Emir Khalid Al Sabah, Vice President Jane Cole conveyed condolences.", "2024-03-05")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:khalid-al-sabah" {
		t.Errorf("meetings = %+v, want one hosted by Khalid Al Sabah", ex.Meetings)
	}
	// "The two heads of state met again": the leaders of the last meeting.
	ex = extract(t, "BEIJING - King Tuan Ali was received by Chinese President Xi Jinping on Thursday. The two heads of state met again on Friday.", "2024-09-21")
	friday := false
	for _, m := range ex.Meetings {
		friday = friday || m.Date == "2024-09-20" && len(m.Attendees) == 2
	}
	if !friday {
		t.Errorf("meetings = %+v, want a second meeting of the two on Friday", ex.Meetings)
	}
}

func TestDelegationsAtTheTalksAndTheVisitorsHost(t *testing.T) {
	text := "Peruvian President Ana Quispe held talks in Lima with President of Laos Somsak Vong, who is in Peru on an official visit.\n\n" +
		"The Peruvian delegation at the expanded talks included Foreign Minister Luis Rojas and Minister of Energy and Mines Pedro Gomez. " +
		"The Lao side was represented by Minister of Agriculture and Forestry Kham Phet. The Lao side was also represented by Ambassador Somchai Vong."
	ex := extract(t, text, "2024-04-15")
	got, host := attendeesOn(ex, "2024-04-15")
	for _, want := range []string{"Ana Quispe", "Somsak Vong", "Luis Rojas", "Pedro Gomez", "Kham Phet", "Somchai Vong"} {
		if !got[want] {
			t.Errorf("attendees = %v, want %s (delegations at the talks, a side represented by)", got, want)
		}
	}
	if host != "Ana Quispe" {
		t.Errorf("host = %q, want Ana Quispe: the visitor is in her country", host)
	}
	if len(ex.Meetings) > 0 && ex.Meetings[0].Mode != "host" {
		t.Errorf("mode = %q, want host: two countries with their delegations are two parties", ex.Meetings[0].Mode)
	}
	if ps := positionsOf(ex, "Kham Phet"); !hasPosition(ps, "Minister of Agriculture and Forestry", "country:laos") {
		t.Errorf("positions = %+v, want Minister of Agriculture and Forestry of Laos (the Lao side)", ps)
	}
	if ps := positionsOf(ex, "Pedro Gomez"); !hasPosition(ps, "Minister of Energy and Mines", "country:peru") {
		t.Errorf("positions = %+v, want Minister of Energy and Mines of Peru (the Peruvian delegation)", ps)
	}
}

func TestAlsoPresentAtTheMeetingWithPortfolioLists(t *testing.T) {
	text := "President Ana Quispe on Thursday received the Secretary-General of the Commonwealth, Hon. Luis Rojas, at the Palace. " +
		"The Secretary-General, who is on his first official visit to Peru since assuming office in April, was accompanied by Dr. Pedro Gomez.\n\n" +
		"Also present at the meeting were the Minister of Foreign Affairs, Maria Soto; the Chief of Staff to the President, Rt. Hon. Juan Perez; " +
		"and the Minister of Industry, Trade and Investment, Dr. Rosa Diaz.\n\n" +
		"Later, Quispe met Minister of Foreign Affairs, Emigration and Chilean Expatriates Carlos Ruiz."
	ex := extract(t, text, "2025-12-05")
	got, host := attendeesOn(ex, "2025-12-04")
	for _, want := range []string{"Ana Quispe", "Luis Rojas", "Pedro Gomez", "Maria Soto", "Juan Perez", "Rosa Diaz"} {
		if !got[want] {
			t.Errorf("attendees on 4 December = %v, want %s", got, want)
		}
	}
	if host != "Ana Quispe" {
		t.Errorf("host = %q, want Ana Quispe", host)
	}
	for _, m := range ex.Meetings {
		if strings.HasPrefix(m.Date, "2025-04") {
			t.Errorf("meeting dated %s: 'since assuming office in April' dates no meeting", m.Date)
		}
	}
	if ps := positionsOf(ex, "Rosa Diaz"); len(ps) == 0 || ps[0].Title != "Minister of Industry, Trade and Investment" {
		t.Errorf("Rosa Diaz positions = %+v, want Minister of Industry, Trade and Investment", ps)
	}
	if ps := positionsOf(ex, "Carlos Ruiz"); len(ps) == 0 || ps[0].Title != "Minister of Foreign Affairs, Emigration and Chilean Expatriates" {
		t.Errorf("Carlos Ruiz positions = %+v, want Minister of Foreign Affairs, Emigration and Chilean Expatriates", ps)
	}
}

func TestConsultationsHeldThenDelegationsLedBy(t *testing.T) {
	text := "The second round of political consultations between Peru and the Kingdom of Cambodia was held in Lima on 13 May 2026. " +
		"The Peruvian delegation was led by Foreign Secretary Ana Quispe, while the Cambodian delegation was led by H.E. Luis Sok, Secretary of State.\n\n" +
		"The consultations were held in a friendly atmosphere."
	ex := extract(t, text, "2026-05-14")
	got, _ := attendeesOn(ex, "2026-05-13")
	if !got["Ana Quispe"] || !got["Luis Sok"] || len(ex.Meetings) != 1 {
		t.Errorf("meetings = %+v, attendees on 13 May = %v; want one meeting of Ana Quispe and Luis Sok", ex.Meetings, got)
	}
}

func TestAlsoAttendingWereAndEnvoysDoNotMakeACountryForeign(t *testing.T) {
	text := "Today, the Honourable Ana Quispe, Minister of Foreign Affairs, met with Ma. Luisa Rojas, Secretary of Foreign Affairs of the Republic of the Philippines, " +
		"who is on her first visit to Peru.\n\n" +
		"Also attending were Peru's Ambassador to the Philippines, Pedro Gomez, and the Philippine Ambassador to Peru, Jose Santos.\n\n" +
		"Minister Quispe reaffirmed Peru's support. Peru and the Philippines agreed to meet again."
	ex := extractTitled(t, "Minister Quispe meets Secretary Rojas", text, "2025-10-22")
	got, host := attendeesOn(ex, "2025-10-22")
	for _, want := range []string{"Ana Quispe", "Ma. Luisa Rojas", "Pedro Gomez", "Jose Santos"} {
		if !got[want] {
			t.Errorf("attendees = %v, want %s", got, want)
		}
	}
	if ps := positionsOf(ex, "Ana Quispe"); !hasPosition(ps, "Minister of Foreign Affairs", "country:peru") {
		t.Errorf("positions = %+v, want Minister of Foreign Affairs of Peru (Peru's own ambassador makes it no guest)", ps)
	}
	if host != "Ana Quispe" {
		t.Errorf("host = %q, want Ana Quispe: the guest is on a visit to Peru", host)
	}
}

func TestCountriesHeldANamedMeetingLedByDelegationHeads(t *testing.T) {
	text := "13 February 2025 – Peru and Mongolia held the Fourth Peru–Mongolia Bilateral Consultations Meeting at the Ministry in Lima on 12 February 2025.\n\n" +
		"Foreign Affairs Undersecretary Ana Quispe led the Peruvian delegation, while State Secretary Luis Batbold headed the Mongolian delegation."
	ex := extract(t, text, "2025-02-13")
	got, _ := attendeesOn(ex, "2025-02-12")
	if !got["Ana Quispe"] || !got["Luis Batbold"] {
		t.Errorf("meetings = %+v; want Ana Quispe and Luis Batbold at the consultations of 12 February (not the dateline's day)", ex.Meetings)
	}
}

func TestCredentialsOfTheFollowingAmbassadors(t *testing.T) {
	text := "Muscat, 25 November 2025 — His Majesty the Sultan Receives Credentials\n" +
		"His Majesty Sultan Haitham bin Tarik received the credentials of the following ambassadors:\n" +
		"Md. Nazrul Islam Chowdhury, Ambassador of the People's Republic of Bangladesh;\n" +
		"Dipendra Bahadur Thapa, Ambassador of Nepal;\n" +
		"Lee Seung-woo, Ambassador of the Republic of Korea.\n"
	ex := extract(t, text, "2025-11-25")
	got, _ := attendeesOn(ex, "2025-11-25")
	for _, want := range []string{"Md. Nazrul Islam Chowdhury", "Dipendra Bahadur Thapa", "Lee Seung-woo"} {
		if !got[want] {
			t.Errorf("attendees = %v, want %s (an item of the list)", got, want)
		}
	}
	for _, p := range ex.Persons {
		if strings.Contains(p.Name, "Receives") {
			t.Errorf("person %q: a headline's verb is no name", p.Name)
		}
	}
}

func TestAttendedOnOneSideByAndDelegationMadeUpOf(t *testing.T) {
	text := "Foreign Minister Ana Quispe received Foreign Minister of Chile Luis Rojas in Lima on Monday.\n\n" +
		"The meeting was attended, on the Peruvian side, by the Undersecretary of Foreign Affairs, Gloria Soto, and the Director of Asia, Pedro Gomez. " +
		"The Chilean delegation was made up of the Secretary of International Economic Relations, Maria Salas."
	ex := extract(t, text, "2025-08-12")
	got, _ := attendeesOn(ex, "2025-08-11")
	for _, want := range []string{"Gloria Soto", "Pedro Gomez", "Maria Salas"} {
		if !got[want] {
			t.Errorf("attendees = %v, want %s", got, want)
		}
	}
	if ps := positionsOf(ex, "Gloria Soto"); !hasPosition(ps, "Undersecretary of Foreign Affairs", "country:peru") {
		t.Errorf("Gloria Soto positions = %+v, want Undersecretary of Foreign Affairs of Peru (on the Peruvian side)", ps)
	}
}

func TestMonarchsAndTheSecondMinisterOfAPortfolio(t *testing.T) {
	text := "On 21 May, Chinese Vice President Li Wei met with Minister of Foreign Affairs II of Brunei Darussalam Dato Ahmad Yusof, who is in China for the 4th meeting of the mechanism, in Beijing.\n\n" +
		"Li asked Ahmad Yusof to convey his greetings to His Majesty Sultan Haji Hassanal Bolkiah."
	ex := extractTitled(t, "Vice President Li Wei meets Brunei's Foreign Minister II", text, "2025-05-21")
	if ps := positionsOf(ex, "Ahmad Yusof"); len(ps) == 0 || ps[0].Title != "Minister of Foreign Affairs II" {
		t.Errorf("Ahmad Yusof positions = %+v, want Minister of Foreign Affairs II", ps)
	}
	for _, p := range positionsOf(ex, "Hassanal Bolkiah") {
		if p.Organisation == "country:china" {
			t.Errorf("Hassanal Bolkiah holds %+v: China has no sultan", p)
		}
	}
	if _, host := attendeesOn(ex, "2025-05-21"); host != "Li Wei" {
		t.Errorf("host = %q, want Li Wei: the guest is in China", host)
	}
}

func TestHostedAMinisterialWithAListOfHeadsOfDelegation(t *testing.T) {
	text := "The Minister for the Americas, Ana Quispe, today hosted a ministerial meeting at the Palace in Lima.\n" +
		"Heads of delegation attending the meeting were:\n" +
		"Dr Luis Rojas, Minister of Foreign Affairs of Chile\n" +
		"Sheikh Khalid bin Zayed Al-Mansoori Al-Hashimi Al-Qasimi Al-Dhaheri, Minister of State of Qatar\n" +
		"Ambassador Pedro Gomez, Commissioner for Political Affairs of the African Union Commission\n" +
		"In a separate development, the government announced new tariffs.\n" +
		"Trade Minister Maria Salas, who spoke in Geneva, criticised the tariffs.\n"
	ex := extract(t, text, "2026-01-28")
	got, host := attendeesOn(ex, "2026-01-28")
	for _, want := range []string{"Ana Quispe", "Luis Rojas", "Pedro Gomez"} {
		if !got[want] {
			t.Errorf("attendees = %v, want %s (an item after one whose person is not found)", got, want)
		}
	}
	if got["Maria Salas"] {
		t.Errorf("attendees = %v: the list ended before Maria Salas", got)
	}
	if host != "Ana Quispe" {
		t.Errorf("host = %q, want Ana Quispe, who hosted the meeting", host)
	}
	for _, p := range positionsOf(ex, "Ana Quispe") {
		if p.Organisation == "country:chile" {
			t.Errorf("Ana Quispe holds %+v: a list item's country is not the release's", p)
		}
	}
}

func TestPoliticalConsultationsUnderAPageHeadline(t *testing.T) {
	text := "Peru and Chile hold political consultations in Lima\n" +
		"5 March 2025 · 10:15\n" +
		"LIMA, 4 March 2025 – Deputy Minister of Foreign Affairs of Peru Ana Quispe held political consultations with Deputy Secretary-General of the Ministry of Foreign Affairs of Chile Luis Rojas.\n"
	ex := extract(t, text, "2025-03-05")
	got, host := attendeesOn(ex, "2025-03-04")
	if !got["Ana Quispe"] || !got["Luis Rojas"] {
		t.Errorf("attendees = %v, want Ana Quispe and Luis Rojas: 'held political consultations with'", got)
	}
	if host != "Ana Quispe" {
		t.Errorf("host = %q, want Ana Quispe: the dateline under the headline says Lima", host)
	}
}

func TestParticipatedInANamedMeetingChairedByAnother(t *testing.T) {
	text := "Lima (Peru), March 12, 2026. The Minister of Foreign Affairs, Rosa Yolanda Villa Mapy, participated today in the XV Meeting of Foreign Ministers of the Amazon Cooperation Treaty Organization (ACTO).\n\n" +
		"The meeting was chaired by the Vice Minister of Foreign Affairs of Peru, Ana Castañeda Rivero. " +
		"Taking part were the Minister of Foreign Affairs of Ecuador, Maria Sommer Rosero; and the Vice Minister of Foreign Affairs of Bolivia, Javier Quispe Mamani.\n\n" +
		"In her address, the Colombian Foreign Minister said that Villa would lead the fight against illegal mining."
	ex := extract(t, text, "2026-03-12")
	got, _ := attendeesOn(ex, "2026-03-12")
	for _, want := range []string{"Rosa Yolanda Villa Mapy", "Maria Sommer Rosero", "Javier Quispe Mamani"} {
		if !got[want] {
			t.Errorf("attendees = %v, want %s", got, want)
		}
	}
	if ps := positionsOf(ex, "Rosa Yolanda Villa Mapy"); !hasPosition(ps, "Minister of Foreign Affairs", "country:colombia") {
		t.Errorf("positions = %+v, want Minister of Foreign Affairs of Colombia ('the Colombian Foreign Minister' refers back to her)", ps)
	}
	if len(personNames(ex)) > 0 && slices.Contains(personNames(ex), "Villa") {
		t.Errorf("persons = %v: 'Villa' is Rosa Yolanda Villa Mapy's first surname", personNames(ex))
	}
}

func TestHeadOfStateReceivesADelegationAtAPlace(t *testing.T) {
	text := "The President of the Republic of Peru, His Excellency Ana Quispe, on Monday received at the Palace of Government a high-level delegation of the Caribbean Community (CARICOM), led by its Secretary-General, Dr Luis Rojas.\n\n" +
		"Also present were the Minister for Foreign Affairs, Hon. Pedro Gomez; and the Chief of Staff, Mr Juan Perez.\n\n" +
		"Jamaica's Foreign Minister Maria Salas called Gomez later. Jamaica and Jamaica's partners welcomed the talks."
	ex := extractTitled(t, "President Quispe receives CARICOM delegation", text, "2025-09-23")
	got, host := attendeesOn(ex, "2025-09-22")
	if !got["Luis Rojas"] || host != "Ana Quispe" {
		t.Errorf("attendees = %v, host %q: want Ana Quispe receiving Luis Rojas's delegation", got, host)
	}
	if ps := positionsOf(ex, "Pedro Gomez"); !hasPosition(ps, "Minister for Foreign Affairs", "country:peru") {
		t.Errorf("Pedro Gomez positions = %+v, want of Peru: the release is the receiving president's", ps)
	}
}

func TestTheTwoHeldAMeetingAndAPastEncounterInPassing(t *testing.T) {
	text := "Foreign Secretary Ana Quispe and her Chilean counterpart Luis Rojas on Sunday agreed to convene the boundary group.\n\n" +
		"The two held a three-hour meeting at the Ministry of Foreign Affairs in Lima. " +
		"Quispe had met Rojas briefly on the margins of the summit in Bangkok in April."
	ex := extract(t, text, "2025-08-18")
	got, _ := attendeesOn(ex, "2025-08-17")
	if !got["Ana Quispe"] || !got["Luis Rojas"] {
		t.Errorf("meetings = %+v; want the two named before at the meeting of Sunday 17 August", ex.Meetings)
	}
	for _, m := range ex.Meetings {
		if strings.HasPrefix(m.Date, "2025-04") {
			t.Errorf("meeting dated %s: a meeting months before the report, in passing, is no meeting", m.Date)
		}
	}
}
