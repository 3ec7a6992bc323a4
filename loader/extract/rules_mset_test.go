package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Rules written for classes of phrasing met in the "m" held-out batch, each
// tested on sentences of our own.

// speakerOf returns the speaker of the statement whose quote starts with
// prefix, or "" when there is none.
func speakerOf(t *testing.T, text, date, prefix string) string {
	t.Helper()
	ex := extract(t, text, date)
	for _, s := range ex.Statements {
		if len(s.Quote) >= len(prefix) && s.Quote[:len(prefix)] == prefix {
			return s.Speaker
		}
	}
	return ""
}

func TestTheMinisterIsTheParagraphsTopic(t *testing.T) {
	text := "The Minister of Foreign Affairs, Ana Quispe, held talks in Lima with the Minister of Trade, Tourism and Fisheries of Chile, Luis Rivera.\n\n" +
		"Quispe recalled that Peru and Chile shared a long border. \"Our ports must work as one system. Trade does not stop at the border,\" the Minister said.\n\n" +
		"Minister Rivera invited her to Santiago."
	if got := speakerOf(t, text, "2024-03-01", "Our ports must work"); got != "person:ana-quispe" {
		t.Errorf("speaker = %q, want Ana Quispe, the minister the paragraph is about", got)
	}
}

func TestTheOnlyPortfolioMinisterIsTheMinister(t *testing.T) {
	text := "The Secretary-General of the Andean Community, Luis Rivera, received the Minister of Foreign Affairs and Worship of Bolivia, Ana Quispe.\n\n" +
		"For her part, the minister thanked the Secretary-General for his support. \"No country of the region can face these floods alone,\" she said."
	if got := speakerOf(t, text, "2024-03-01", "No country of the region"); got != "person:ana-quispe" {
		t.Errorf("speaker = %q, want Ana Quispe, the one minister of the text", got)
	}
}

func TestTitleReferenceMeansTheHolderAlreadyMentioned(t *testing.T) {
	text := "Deputy Prime Minister and Minister of Foreign Affairs Ana Quispe received Minister of Foreign Affairs of Chile Luis Rivera.\n\n" +
		"At a press conference, the Deputy Prime Minister said: \"We will open a new border crossing next year.\"\n\n" +
		"Later, Quispe spoke by telephone with Deputy Prime Minister and Minister of Foreign Affairs of Poland Marek Nowak."
	if got := speakerOf(t, text, "2024-03-01", "We will open a new border"); got != "person:ana-quispe" {
		t.Errorf("speaker = %q, want Ana Quispe: the other Deputy Prime Minister is named only later", got)
	}
}

func TestQuoteFromAPostWithAnAdverb(t *testing.T) {
	text := "Foreign Minister Ana Quispe received Minister of Foreign Affairs of Chile Luis Rivera in Lima.\n\n" +
		"The Chilean delegation included Ambassador Marta Soto.\n\n" +
		"\"Glad to host my friend Luis in Lima. Good talks on ports and mining,\" Quispe afterwards posted on X."
	if got := speakerOf(t, text, "2024-03-01", "Glad to host my friend"); got != "person:ana-quispe" {
		t.Errorf("speaker = %q, want Ana Quispe, who posted it", got)
	}
}

func TestCoordinatedSpeechVerbIsTheSubjects(t *testing.T) {
	text := "President Jorge Paredes received Minister of Foreign Affairs of Chile Luis Rivera in Lima.\n\n" +
		"Rivera conveyed the greetings of his government to the President, and described Peru as \"a partner that keeps its word in hard times\"."
	if got := speakerOf(t, text, "2024-03-01", "a partner that keeps"); got != "person:luis-rivera" {
		t.Errorf("speaker = %q, want Luis Rivera, the subject of the coordinated verb", got)
	}
}

func TestAmbassadorToTheKingdom(t *testing.T) {
	text := "Amman - Minister of Foreign Affairs Ayman Haddad received today in Amman Minister of Foreign Affairs of Peru Luis Rivera.\n\n" +
		"Peru's Ambassador to the Kingdom, Marta Soto, who is resident in Cairo, attended the talks on the Jordanian side of the table."
	ex, err := testExtractor.Extract(graph.Document{Text: text, Published: "2024-03-01", Title: "Haddad receives Peruvian minister", Publisher: "Ministry of Foreign Affairs of Jordan"})
	if err != nil {
		t.Fatal(err)
	}
	ps := positionsOf(ex, "Marta Soto")
	if len(ps) != 1 || ps[0].Title != "Ambassador" || ps[0].AccreditedTo != "country:jordan" {
		t.Errorf("Marta Soto positions = %+v, want Ambassador accredited to Jordan", ps)
	}
}

func TestHostedCounterpartOfAMultiWordCountry(t *testing.T) {
	ex := extract(t, "Foreign Minister Ana Quispe hosted her United Arab Emirates counterpart, Khalid Al Mansouri, for talks in Lima on Monday.", "2024-03-06")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:ana-quispe" || len(ex.Meetings[0].Attendees) != 2 || ex.Meetings[0].Date != "2024-03-04" {
		t.Fatalf("meetings = %+v, want talks on 4 March hosted by Ana Quispe with Khalid Al Mansouri", ex.Meetings)
	}
}

func TestThisMorningIsThePublicationDay(t *testing.T) {
	text := "Foreign Minister Ana Quispe held talks with her Chilean counterpart, Luis Rivera, in Lima on Monday.\n\n" +
		"This morning Minister Rivera called on President Jorge Paredes at the palace."
	ex := extract(t, text, "2024-03-06")
	var found bool
	for _, m := range ex.Meetings {
		if m.Host == "person:jorge-paredes" {
			found = true
			if m.Date != "2024-03-06" {
				t.Errorf("call on the President dated %q, want 2024-03-06", m.Date)
			}
		}
	}
	if !found {
		t.Errorf("meetings = %+v, want a call on Jorge Paredes apart from the talks", ex.Meetings)
	}
}

func TestChairedMeetingWithABulletedListOfMinisters(t *testing.T) {
	text := "PRESS RELEASE\n\n" +
		"Lima, Peru. Trade ministers of the Andean region yesterday agreed on a common customs form at a special meeting in Lima.\n\n" +
		"The meeting, held at the Torre Tagle Palace, was chaired by Hon. Ana Quispe, Minister of Foreign Trade of Peru. The ministers present were:\n\n" +
		"- Hon. Luis Rivera, Minister of Trade of Ecuador;\n" +
		"- Hon. Marta Soto, Minister of Foreign Trade of Bolivia;\n" +
		"- Hon. Jorge Paredes, Minister of Trade of Colombia.\n\n" +
		"The Secretary-General of the Andean Community, Dr. Elena Vargas, attended on behalf of the General Secretariat."
	ex := extract(t, text, "2024-03-06")
	if len(ex.Meetings) != 1 {
		t.Fatalf("meetings = %+v, want the one special meeting", ex.Meetings)
	}
	m := ex.Meetings[0]
	if m.Date != "2024-03-05" || m.Host != "person:ana-quispe" {
		t.Errorf("meeting on %s hosted by %s, want 2024-03-05 (yesterday, told in the lead) chaired by Ana Quispe", m.Date, m.Host)
	}
	got := map[string]bool{}
	for _, a := range m.Attendees {
		got[a.Person] = true
	}
	for _, p := range []string{"ana-quispe", "luis-rivera", "marta-soto", "jorge-paredes", "elena-vargas"} {
		if !got["person:"+p] {
			t.Errorf("attendees = %+v, want %s", m.Attendees, p)
		}
	}
}

func TestAlsoAttendedAnotherDaysEventJoinsNothing(t *testing.T) {
	text := "Minister of Foreign Affairs Ana Quispe held talks with Minister of Foreign Affairs of Chile Luis Rivera in Lima on 13 May 2024.\n\n" +
		"Earlier, on 12 May 2024, the new Ambassador of Chile Marta Soto presented her credentials to President Jorge Paredes. Minister of Trade Elena Vargas also attended."
	ex := extract(t, text, "2024-05-14")
	for _, m := range ex.Meetings {
		for _, a := range m.Attendees {
			if a.Person == "person:elena-vargas" && m.Date == "2024-05-13" {
				t.Errorf("Elena Vargas joins the talks of 13 May; she attended the ceremony of the 12th")
			}
		}
	}
}

func TestConvenedGatheringWithAListOfParticipants(t *testing.T) {
	text := "Lima - The Secretary-General of the Andean Community, Ana Quispe, today convened a Ministerial Dialogue on Water Security at the headquarters of the Community.\n\n" +
		"The high-level meeting, held in the main hall, brought together ministers from the four member states. Participants included:\n\n" +
		"- Luis Rivera, Minister of Environment of Ecuador\n" +
		"- Marta Soto, Minister of Water of Bolivia\n" +
		"- Jorge Paredes, Minister of Environment of Colombia\n\n" +
		"On the sidelines of the meeting, the Secretary-General held a bilateral meeting with Minister Rivera."
	ex := extract(t, text, "2024-03-06")
	var main, side *graph.MeetingFact
	for i := range ex.Meetings {
		switch len(ex.Meetings[i].Attendees) {
		case 4:
			main = &ex.Meetings[i]
		case 2:
			side = &ex.Meetings[i]
		}
	}
	if main == nil || main.Host != "person:ana-quispe" {
		t.Fatalf("meetings = %+v, want the dialogue convened by Ana Quispe with the three ministers listed", ex.Meetings)
	}
	if side == nil {
		t.Errorf("meetings = %+v, want the sideline meeting with Luis Rivera apart", ex.Meetings)
	}
}

func TestSidelineMeetingTakesTheGatheringsDay(t *testing.T) {
	text := "The ministerial meeting of the Andean Community was held on Monday and Tuesday in Lima. The meeting was chaired by the Secretary-General, Ana Quispe, and brought together Minister of Trade of Ecuador Luis Rivera and Minister of Trade of Bolivia Marta Soto.\n\n" +
		"The meeting was officially opened by the Minister of Foreign Affairs of Peru, Jorge Paredes.\n\n" +
		"On the sidelines of the two-day meeting, Ms. Quispe held talks with the Ambassador of Spain to Peru, Elena Vargas."
	ex := extract(t, text, "2024-03-08")
	for _, m := range ex.Meetings {
		for _, a := range m.Attendees {
			if a.Person == "person:elena-vargas" && m.Date != "2024-03-04" {
				t.Errorf("sideline talks dated %s, want 2024-03-04, the first day of the meeting", m.Date)
			}
			if a.Person == "person:jorge-paredes" && len(m.Attendees) < 4 {
				t.Errorf("Jorge Paredes in %+v, want him in the ministerial meeting he opened", m)
			}
		}
	}
}

func TestWhileTheOtherSideIncluded(t *testing.T) {
	text := "Minister of Foreign Affairs Ana Quispe held talks in Lima with Minister of Foreign Affairs of Chile Luis Rivera.\n\n" +
		"The Chilean delegation included the Ambassador of Chile to Peru, Marta Soto, while the Peruvian side included the Director General for the Americas, Jorge Paredes."
	ex := extract(t, text, "2024-03-06")
	if ps := positionsOf(ex, "Jorge Paredes"); hasPosition(ps, "Director General for the Americas", "country:chile") || !hasPosition(ps, "Director General for the Americas", "country:peru") {
		t.Errorf("Jorge Paredes positions = %+v, want Director General for the Americas of Peru", ps)
	}
}

func TestDatelineTellsTheAgencysCountry(t *testing.T) {
	text := "LIMA - Minister of State Ana Quispe held talks on Tuesday in Lima with Minister of Foreign Affairs of Bolivia Luis Rivera, who is on a working visit.\n\n" +
		"The Bolivian minister was later received by President Jorge Paredes. Bolivia and Peru share the lake."
	ex := extract(t, text, "2024-03-06")
	if ps := positionsOf(ex, "Jorge Paredes"); !hasPosition(ps, "President", "country:peru") {
		t.Errorf("Jorge Paredes positions = %+v, want President of Peru, the country of the dateline", ps)
	}
}

func TestSidelineMeetingOfANamedCouncil(t *testing.T) {
	text := "The Andean Council of Foreign Ministers met on Thursday in Quito under the chairmanship of Minister of Foreign Affairs Ana Quispe, with Minister of Foreign Affairs of Peru Luis Rivera and Minister of Foreign Affairs of Bolivia Marta Soto.\n\n" +
		"On the sidelines of the Council, Quispe held a bilateral meeting with Minister Rivera."
	ex := extract(t, text, "2024-03-08")
	n := 0
	for _, m := range ex.Meetings {
		if m.Date != "2024-03-07" {
			t.Errorf("meeting %+v dated %s, want 2024-03-07, the day of the Council", m.Attendees, m.Date)
		}
		n++
	}
	if n != 2 {
		t.Errorf("meetings = %+v, want the Council and the bilateral on its sidelines", ex.Meetings)
	}
}

func TestNameAfterAPairOfPortfolios(t *testing.T) {
	ex := extract(t, "The Chilean delegation included Vice Minister for Trade Relations and Integration Ana Maria Quispe Rojas and Chile's Ambassador to Peru Luis Rivera.", "2024-03-06")
	if ps := positionsOf(ex, "Ana Maria Quispe Rojas"); !hasPosition(ps, "Vice Minister for Trade Relations and Integration", "country:chile") {
		t.Errorf("Ana Maria Quispe Rojas positions = %+v, want Vice Minister for Trade Relations and Integration of Chile", ps)
	}
	ex = extract(t, "Dr. Ana Quispe, Director of Climate Change Resilience at the Secretariat, presented the report.", "2024-03-06")
	for _, p := range ex.Persons {
		if p.Name == "Change Resilience" {
			t.Errorf("persons = %+v: a portfolio is no name", ex.Persons)
		}
	}
}

func TestHyphenatedGivenNameAfterAPortfolio(t *testing.T) {
	ex := extract(t, "Minister Park was accompanied by Director-General for Asian and Pacific Affairs Kim Ji-hye.", "2024-03-06")
	if ps := positionsOf(ex, "Kim Ji-hye"); !hasPosition(ps, "Director-General for Asian and Pacific Affairs", "") {
		t.Errorf("Kim Ji-hye positions = %+v, want Director-General for Asian and Pacific Affairs", ps)
	}
}

func TestCompanionsAreOfTheirPrincipalsCountry(t *testing.T) {
	text := "Foreign Minister Ana Quispe hosted her Chilean counterpart, Luis Rivera, for talks in Lima on Tuesday.\n\n" +
		"Minister Rivera was accompanied by Director-General for Pacific Affairs Marta Soto. Peru and Chile share a border."
	ex, err := testExtractor.Extract(graph.Document{Text: text, Published: "2024-03-06", Title: "Quispe hosts Rivera", Publisher: "Ministry of Foreign Affairs of Peru"})
	if err != nil {
		t.Fatal(err)
	}
	if ps := positionsOf(ex, "Marta Soto"); !hasPosition(ps, "Director-General for Pacific Affairs", "country:chile") {
		t.Errorf("Marta Soto positions = %+v, want Director-General for Pacific Affairs of Chile, the minister she accompanies", ps)
	}
}

func TestTakingPartOnOneSideWere(t *testing.T) {
	text := "Foreign Minister Ana Quispe hosted her Chilean counterpart, Luis Rivera, for talks in Lima on Tuesday.\n\n" +
		"The two ministers discussed trade. Taking part on the Peruvian side were the Deputy Secretary for the Americas, Marta Soto, and Peru's Ambassador to Chile, Jorge Paredes."
	ex := extract(t, text, "2024-03-06")
	if len(ex.Meetings) != 1 || len(ex.Meetings[0].Attendees) != 4 {
		t.Fatalf("meetings = %+v, want the talks with the two officials taking part", ex.Meetings)
	}
}

func TestABodysPostBeforeTheName(t *testing.T) {
	text := "The Andean Community Secretariat launched a debt toolkit today. " +
		"The Secretariat's Head of Debt Management, Dr Ana Quispe, said it was tested in ten countries."
	ex := extract(t, text, "2024-03-06")
	ps := positionsOf(ex, "Ana Quispe")
	if len(ps) != 1 || ps[0].Title != "Head of Debt Management" || ps[0].Organisation == "" {
		t.Errorf("Ana Quispe positions = %+v, want Head of Debt Management of the Secretariat", ps)
	}
	ex = extract(t, "Also present was the Ministry of Foreign Affairs and Trade's Deputy Secretary for the Americas, Marta Soto, who met the delegation.", "2024-03-06")
	if ps := positionsOf(ex, "Marta Soto"); !hasPosition(ps, "Deputy Secretary for the Americas", "") {
		t.Errorf("Marta Soto positions = %+v, want Deputy Secretary for the Americas", ps)
	}
}

func TestAttendingFromOneSideAndAnEnvoyAccompanying(t *testing.T) {
	text := "Amman - Deputy Prime Minister and Minister of Foreign Affairs Ayman Haddad held talks in Amman today with Minister of Foreign Affairs of Peru Luis Rivera.\n\n" +
		"Attending from the Jordanian side were the Secretary-General of the Ministry, Ambassador Omar Nasser, and Director of the Americas Department Lina Saleh. " +
		"Peru's Ambassador to Egypt, Marta Soto, accompanied Minister Rivera."
	ex := extract(t, text, "2024-03-06")
	if len(ex.Meetings) != 1 {
		t.Fatalf("meetings = %+v, want the one talks", ex.Meetings)
	}
	m := ex.Meetings[0]
	if len(m.Attendees) != 5 {
		t.Errorf("attendees = %+v, want the two ministers, the two Jordanian officials and the ambassador", m.Attendees)
	}
	if m.Host != "person:ayman-haddad" {
		t.Errorf("host = %q, want Ayman Haddad, the Deputy Prime Minister at home", m.Host)
	}
}

func TestReceivedACopyOfTheCredentials(t *testing.T) {
	ex := extract(t, "On Tuesday, Deputy Minister Jan Nowak received a copy of the letters of credence from Ana Quispe, Ambassador-designate of Peru to Poland.", "2024-03-06")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:jan-nowak" {
		t.Fatalf("meetings = %+v, want Jan Nowak receiving Ana Quispe", ex.Meetings)
	}
}

func TestStraightSingleQuotes(t *testing.T) {
	text := "Minister of Foreign Affairs Ana Quispe received Minister of Foreign Affairs of Chile Luis Rivera in Lima.\n\n" +
		"Rivera praised the so-called 'Pacific Corridor' plan. 'Our ports are ready for the new trade routes,' Rivera said."
	ex := extract(t, text, "2024-03-06")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:luis-rivera" || ex.Statements[0].Quote != "Our ports are ready for the new trade routes," {
		t.Errorf("statements = %+v, want Luis Rivera's one quotation in straight single marks", ex.Statements)
	}
}

func TestTheDeputyMinisterIsNoMinister(t *testing.T) {
	text := "Minister of Foreign Affairs Ana Quispe spoke by phone with Minister of Foreign Affairs of Chile Luis Rivera.\n\n" +
		"Deputy Minister Jorge Paredes received the Ambassador of Bolivia, Marta Soto. " +
		"He spoke of trade and tourism. \"We would like Bolivia to be a partner in science,\" the Deputy Minister said."
	if got := speakerOf(t, text, "2024-03-06", "We would like Bolivia"); got != "person:jorge-paredes" {
		t.Errorf("speaker = %q, want Jorge Paredes, the one Deputy Minister", got)
	}
}

func TestFarewellCall(t *testing.T) {
	ex := extract(t, "Outgoing Ambassador of Chile to Peru Ana Quispe paid a farewell call on President Jorge Paredes at the palace today.", "2024-03-06")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:jorge-paredes" || ex.Meetings[0].Date != "2024-03-06" {
		t.Fatalf("meetings = %+v, want the farewell call on Jorge Paredes today", ex.Meetings)
	}
}

func TestBodyNamesWithTwoDomainsAndAPrefix(t *testing.T) {
	ex := extract(t, "The minister visited the Peruvian Agency for Technical Cooperation for Solidarity and Development (APCSD) and the Chilean National Agency for Academic Exchange, and asked the Inter-American Statistical Committee for data.", "2024-03-06")
	want := map[string]bool{"Peruvian Agency for Technical Cooperation for Solidarity and Development": false,
		"Chilean National Agency for Academic Exchange": false, "Inter-American Statistical Committee": false}
	for _, o := range ex.Organisations {
		if _, ok := want[o.Name]; ok {
			want[o.Name] = true
		}
	}
	for n, found := range want {
		if !found {
			t.Errorf("organisations = %+v, want %q", ex.Organisations, n)
		}
	}
}

func TestReceivedYesterdayAPhoneCallFromATitledCaller(t *testing.T) {
	ex := extract(t, "The Minister of Foreign Affairs, Ana Quispe, received yesterday evening a phone call from the Deputy Prime Minister and Minister of Foreign Affairs of Chile, Senator Luis Rivera.", "2024-03-06")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Mode != "phone" || ex.Meetings[0].Date != "2024-03-05" || len(ex.Meetings[0].Attendees) != 2 {
		t.Fatalf("meetings = %+v, want yesterday's call between Ana Quispe and Luis Rivera", ex.Meetings)
	}
}

func TestMeetingBetweenNamedAfterItsNoun(t *testing.T) {
	text := "The call between the two presidents followed a meeting on Monday at the Torre Tagle Palace between Foreign Minister Ana Quispe and Chile's Minister of Economy, Luis Rivera, who was in Lima for two days."
	ex := extract(t, text, "2024-03-06")
	found := false
	for _, m := range ex.Meetings {
		if m.Date == "2024-03-04" && len(m.Attendees) == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("meetings = %+v, want Monday's meeting between Ana Quispe and Luis Rivera", ex.Meetings)
	}
	ex = extract(t, "A meeting between Foreign Minister Ana Quispe and Minister Luis Rivera is expected next month.", "2024-03-06")
	for _, m := range ex.Meetings {
		if m.Status == "" || m.Status == graph.StatusHeld {
			t.Errorf("meetings = %+v, want no held meeting: it is expected", ex.Meetings)
		}
	}
}

func TestWereInAttendance(t *testing.T) {
	text := "Foreign Minister Ana Quispe held talks in Lima on Wednesday with Minister of Foreign Affairs of Chile Luis Rivera. " +
		"The Deputy Minister for Foreign Affairs, Jorge Paredes, and Peru's Ambassador to Chile, Marta Soto, were in attendance."
	ex := extract(t, text, "2024-03-07")
	if len(ex.Meetings) != 1 || len(ex.Meetings[0].Attendees) != 4 {
		t.Fatalf("meetings = %+v, want the talks with the two officials in attendance", ex.Meetings)
	}
}

func TestSaidAfterTalksWith(t *testing.T) {
	ex := extract(t, "Peru and Chile will build a new port, Minister of Foreign Affairs Ana Quispe said in Santiago on Wednesday, after talks with her Chilean counterpart Luis Rivera.", "2024-03-07")
	if len(ex.Meetings) != 1 || len(ex.Meetings[0].Attendees) != 2 || ex.Meetings[0].Date != "2024-03-06" {
		t.Fatalf("meetings = %+v, want Wednesday's talks of Ana Quispe and Luis Rivera", ex.Meetings)
	}
	ex = extract(t, "Minister of Foreign Affairs Ana Quispe will speak to the press after talks with her Chilean counterpart Luis Rivera.", "2024-03-07")
	for _, m := range ex.Meetings {
		if m.Status == "" || m.Status == graph.StatusHeld {
			t.Errorf("meetings = %+v, want no held meeting: the talks are to come", ex.Meetings)
		}
	}
}
