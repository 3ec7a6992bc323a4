package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Rules written on batch B of the generalization set, which joined the
// tuning sets in session 20.

// heldLines is meetingLines without the plans.
func heldLines(ex *graph.Extraction) []string {
	held := *ex
	held.Meetings = nil
	for _, m := range ex.Meetings {
		if m.Status == "" || m.Status == graph.StatusHeld {
			held.Meetings = append(held.Meetings, m)
		}
	}
	return meetingLines(&held)
}

// wantHeld checks the extraction's held meetings, as heldLines writes
// them, in order.
func wantHeld(t *testing.T, ex *graph.Extraction, want ...string) {
	t.Helper()
	if got := heldLines(ex); !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// titleAndOrg is a post's title and organisation, for onePost.
func titleAndOrg(p graph.PositionFact) string { return p.Title + " " + p.Organisation }

// wantNoPosts checks that the extraction gives the person named no post.
func wantNoPosts(t *testing.T, ex *graph.Extraction, name string) {
	t.Helper()
	if got := positionsOf(ex, name); len(got) != 0 {
		t.Errorf("%s: positions = %+v, want none", name, got)
	}
}

// wantOrgs checks that the extraction has each of the organisations
// named in has and none of those in hasNot.
func wantOrgs(t *testing.T, ex *graph.Extraction, has, hasNot []string) {
	t.Helper()
	orgs := orgIDs(ex)
	for _, name := range has {
		if _, ok := orgs[name]; !ok {
			t.Errorf("organisations = %v, want %s", orgs, name)
		}
	}
	for _, name := range hasNot {
		if _, ok := orgs[name]; ok {
			t.Errorf("organisations = %v: %s is none", orgs, name)
		}
	}
}

// wantPersons checks the extraction's persons, in any order.
func wantPersons(t *testing.T, ex *graph.Extraction, want ...string) {
	t.Helper()
	got := personNames(ex)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("persons = %q, want %q", got, want)
	}
}

// A president's delegation "was supported by" its ministers as it "was
// accompanied by" them; a session the named meeting "was preceded by",
// co-chaired by two ministers, is an encounter of its own day.
func TestSupportedByAndPrecededBy(t *testing.T) {
	ex := extract(t, "PRETORIA, 12 March 2026 – President Cyril Ramaphosa today hosted President Duma Boko of Botswana "+
		"for the 3rd Session of the South Africa–Botswana Bi-National Commission (BNC).\n\n"+
		"President Ramaphosa was supported by the Minister of International Relations and Cooperation, Mr Ronald Lamola; "+
		"and the Minister of Home Affairs, Dr Leon Schreiber.\n\n"+
		"The BNC was preceded by a Ministerial Session on Wednesday, 11 March 2026, co-chaired by Minister Lamola "+
		"and Minister Butale at the OR Tambo Building in Pretoria.", "2026-03-12")
	want := []string{
		"2026-03-12 Cyril Ramaphosa: Cyril Ramaphosa, Duma Boko, Leon Schreiber, Ronald Lamola",
		"2026-03-11 Ronald Lamola: Butale, Ronald Lamola",
	}
	wantHeld(t, ex, want...)
	// "supported by" joins only after "was": not "a project supported by".
	ex = extract(t, "PRETORIA, 12 March 2026 – President Cyril Ramaphosa today hosted President Duma Boko of Botswana.\n\n"+
		"President Ramaphosa praised a project supported by the Minister of Home Affairs, Dr Leon Schreiber.", "2026-03-12")
	if got, want := heldLines(ex), []string{"2026-03-12 Cyril Ramaphosa: Cyril Ramaphosa, Duma Boko"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// "The two leaders held bilateral talks attended by X" adds X to the
// leaders' meeting just told, not a meeting of its own; two ministers who
// "signed the Agreement" meet; a plan "on Thursday" is the Thursday to
// come.
func TestTwoLeadersSignersAndPlannedWeekday(t *testing.T) {
	ex := extract(t, "PORT MORESBY – Prime Minister Hon. James Marape today welcomed the Prime Minister of Tuvalu, "+
		"Hon. Feleti Penitala Teo, to Manasupe Haus.\n\n"+
		"The two leaders held bilateral talks attended by the Secretary for Foreign Affairs, Mr Elias Rahuromo Wohengu.\n\n"+
		"Earlier in the day, Minister for Foreign Affairs Justin Tkatchenko and his Tuvaluan counterpart, Minister Paulson Panapa, "+
		"signed the Agreement on the Waiver of Visa Requirements at the Department of Foreign Affairs.\n\n"+
		"Prime Minister Teo will meet the Governor-General, Sir Bob Dadae, on Thursday.", "2026-07-08")
	want := []string{
		"2026-07-08 James Marape: Elias Rahuromo Wohengu, Feleti Penitala Teo, James Marape",
		"2026-07-08 Justin Tkatchenko: Justin Tkatchenko, Paulson Panapa",
	}
	wantHeld(t, ex, want...)
	planned := ""
	for _, m := range ex.Meetings {
		if m.Status == graph.StatusPlanned {
			planned = m.Date
		}
	}
	if planned != "2026-07-09" {
		t.Errorf("planned meeting on %q, want the Thursday after publication, 2026-07-09", planned)
	}
	// One signer, or a signing in the past, is no encounter.
	ex = extract(t, "PORT MORESBY – Minister for Foreign Affairs Justin Tkatchenko signed the Agreement on Tuesday.", "2026-07-08")
	if len(ex.Meetings) != 0 {
		t.Errorf("meetings = %q, want none", meetingLines(ex))
	}
}

// "The Executive President of CAF, Sergio Díaz-Granados, was received on
// Tuesday by" the President: a name set off by commas is the passive's
// subject, so the meeting is told, on its day.
func TestAppositionSubjectOfPassive(t *testing.T) {
	ex := extract(t, "QUITO, May 20, 2026 – The Executive President of CAF, Sergio Díaz-Granados, was received on Tuesday "+
		"by the President of the Republic of Ecuador, Daniel Noboa Azín, at the Carondelet Palace.", "2026-05-20")
	if got, want := heldLines(ex), []string{"2026-05-19 Daniel Noboa Azín: Daniel Noboa Azín, Sergio Díaz-Granados"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	// "The letter, a copy of which reached us, was received by X": no one
	// was received.
	ex = extract(t, "QUITO, May 20, 2026 – The letter, a copy of which reached us, was received on Tuesday "+
		"by the President of the Republic of Ecuador, Daniel Noboa Azín.", "2026-05-20")
	if len(ex.Meetings) != 0 {
		t.Errorf("meetings = %q, want none", meetingLines(ex))
	}
}

// One word after an honorific is the name a title set off by a comma
// introduces: "the Ambassador of the Republic of Indonesia to Papua New
// Guinea, H.E. Mr Sutikno,"; without the honorific it stays no name.
func TestOneWordNameAfterHonorific(t *testing.T) {
	ex := extract(t, "PORT MORESBY – Yesterday, Minister Tkatchenko received a courtesy call from the Ambassador of the "+
		"Republic of Indonesia to Papua New Guinea, H.E. Mr Sutikno, at the Department of Foreign Affairs.", "2026-07-08")
	got := positionsOf(ex, "Sutikno")
	if len(got) != 1 || got[0].Title != "Ambassador" || got[0].Organisation != "country:indonesia" || got[0].AccreditedTo != "country:papua-new-guinea" {
		t.Errorf("positions = %+v", got)
	}
	if lines := heldLines(ex); len(lines) != 1 {
		t.Errorf("meetings = %q, want the courtesy call", lines)
	}
	ex = extract(t, "PORT MORESBY – Yesterday, the Ambassador of the Republic of Indonesia, Sutikno, left.", "2026-07-08")
	wantNoPosts(t, ex, "Sutikno")
}

// "Representative", capitalised, is a title: "CAF's Representative in
// Ecuador, Alejandra Paredes Villacís" is a person.
func TestRepresentativeIsATitle(t *testing.T) {
	ex := extract(t, "QUITO, May 20, 2026 – The meeting was attended by CAF's Representative in Ecuador, Alejandra Paredes Villacís.", "2026-05-20")
	if names := personNames(ex); !slices.Contains(names, "Alejandra Paredes Villacís") {
		t.Errorf("persons = %v", names)
	}
}

// "held an online meeting with" is a call; "At the meeting with Y, the two
// ministers noted" is Y's meeting with the one who held the meetings the
// lead told; "Meeting New Zealand's Minister ... Z, Minister X welcomed"
// is X's meeting with Z.
func TestOnlineMeetingTheTwoMinistersAndParticiple(t *testing.T) {
	ex := extract(t, "(MOIT) – On 20 May, in Suzhou, China, Minister of Industry and Trade Nguyễn Hồng Diên held bilateral meetings "+
		"with the trade ministers of the Republic of Korea and New Zealand.\n\n"+
		"At the meeting with Minister for Trade of the Republic of Korea Yeo Han-koo, the two ministers noted that trade had grown.\n\n"+
		"Meeting New Zealand's Minister for Trade and Investment Todd McClay, Minister Nguyễn Hồng Diên welcomed the growth of trade.\n\n"+
		"This morning in Hanoi, Minister Nguyễn Hồng Diên held an online meeting with Canada's Minister of International Trade Maninder Sidhu.", "2026-05-22")
	want := []string{
		"2026-05-20 : Nguyễn Hồng Diên, Todd McClay, Yeo Han-koo",
		"2026-05-22 : Maninder Sidhu, Nguyễn Hồng Diên",
	}
	wantHeld(t, ex, want...)
	if n := len(ex.Meetings); n != 2 || ex.Meetings[1].Mode != "phone" {
		t.Errorf("meetings = %+v, want the online meeting a call", ex.Meetings)
	}
	// "Meeting reporters, X, joined by Y, said": no one met.
	ex = extract(t, "Meeting reporters, Minister Nguyễn Hồng Diên, joined by Deputy Minister Phan Thị Thắng, said trade had grown.", "2026-05-22")
	if len(ex.Meetings) != 0 {
		t.Errorf("meetings = %q, want none", meetingLines(ex))
	}
}

// The bearer of "a written message from his brother, His Excellency Mr.
// X" is received, X is not; "Earlier on Wednesday, the Prime Minister ...
// had received" the guest tells an encounter of the report's day, where
// a pluperfect alone is background.
func TestMessageFromBrotherAndEarlierPluperfect(t *testing.T) {
	ex := extract(t, "Nouakchott, 14 October 2026 (AMI) – The President of the Republic, His Excellency Mr. Mohamed Ould Cheikh El Ghazouani, "+
		"received in audience on Wednesday the Minister of Energy of the Republic of Senegal, Mr. Birame Souleye Diop, bearer of a "+
		"written message from his brother, His Excellency Mr. Bassirou Diomaye Faye, President of the Republic of Senegal.\n\n"+
		"Earlier on Wednesday, the Prime Minister, Mr. Mokhtar Ould Djay, had received the Senegalese minister at the Prime Ministry.\n\n"+
		"The President had received the Minister of Petroleum, Mr. Mohamed Ould Khaled, at the Palace.", "2026-10-14")
	want := []string{
		"2026-10-14 Mohamed Ould Cheikh El Ghazouani: Birame Souleye Diop, Mohamed Ould Cheikh El Ghazouani",
		"2026-10-14 Mokhtar Ould Djay: Birame Souleye Diop, Mokhtar Ould Djay",
	}
	wantHeld(t, ex, want...)
	// "Earlier in the week" gives the pluperfect no day of its own.
	ex = extract(t, "Nouakchott, 14 October 2026 (AMI) – President Mohamed Ould Cheikh El Ghazouani received the Minister of Energy of "+
		"Senegal, Mr. Birame Souleye Diop, on Wednesday.\n\nEarlier in the week, the Prime Minister, Mr. Mokhtar Ould Djay, had "+
		"received the Senegalese minister.", "2026-10-14")
	if got := heldLines(ex); len(got) != 1 {
		t.Errorf("meetings = %q, want the President's only", got)
	}
}

// A parliament that publishes a release is its country's: the posts its
// officers hold without a country written are that country's.
func TestParliamentPublisherCountry(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Publisher: "Parliament of Sri Lanka – Communications Department",
		Text: "The Speaker of the People's Majlis of the Republic of Maldives, Hon. Abdul Raheem Abdulla, who is in Sri Lanka on an official visit, held bilateral discussions " +
			"with the Speaker of Parliament, Hon. Jagath Wickramaratne, at the Parliament complex.\n\n" +
			"The Deputy Speaker Hon. Rizvie Salih also participated in the discussion.",
		Published: "2026-02-19"})
	if err != nil {
		t.Fatal(err)
	}
	if got := positionsOf(ex, "Rizvie Salih"); len(got) != 1 || got[0].Organisation != "country:sri-lanka" {
		t.Errorf("positions = %+v, want Deputy Speaker of Sri Lanka", got)
	}
}

// "Wu Zhenglong, state councilor and secretary-general of the State
// Council, and Laziz Kudratov, Uzbek minister of investment, industry and
// trade, attended": a State Councilor, and a lower-case portfolio listed
// with commas; "Also on Wednesday, Zhao Leji ... met with Aripov" is an
// encounter of its own.
func TestStateCouncilorLowerPortfoliosAndAlsoOn(t *testing.T) {
	ex := extract(t, "BEIJING, Sept. 16 (Xinhua) -- Chinese Premier Li Qiang held talks with Uzbek Prime Minister Abdulla Aripov in Beijing on Wednesday.\n\n"+
		"Wu Zhenglong, state councilor and secretary-general of the State Council, and Laziz Kudratov, Uzbek minister of investment, "+
		"industry and trade, attended the talks.\n\n"+
		"Also on Wednesday, Zhao Leji, chairman of the National People's Congress Standing Committee, met with Aripov in Beijing.", "2026-09-16")
	if got := positionsOf(ex, "Wu Zhenglong"); len(got) != 2 || got[0].Title != "state councilor" {
		t.Errorf("Wu Zhenglong: positions = %+v", got)
	}
	if got := positionsOf(ex, "Laziz Kudratov"); len(got) != 1 || got[0].Title != "Uzbek minister of investment, industry and trade" {
		t.Errorf("Laziz Kudratov: positions = %+v", got)
	}
	want := []string{
		"2026-09-16 Li Qiang: Abdulla Aripov, Laziz Kudratov, Li Qiang, Wu Zhenglong",
		"2026-09-16 Zhao Leji: Abdulla Aripov, Zhao Leji",
	}
	wantHeld(t, ex, want...)
	// A portfolio list must end on a portfolio word.
	ex = extract(t, "BEIJING, Sept. 16 (Xinhua) -- Laziz Kudratov, Uzbek minister of investment, said trade and exports grew.", "2026-09-16")
	if got := positionsOf(ex, "Laziz Kudratov"); len(got) != 1 || got[0].Title != "Uzbek minister of investment" {
		t.Errorf("Laziz Kudratov: positions = %+v", got)
	}
}

// "the C5+1 Leaders' Summit hosted by President Trump last November" is
// past, not the meeting told; "took part in the open part of the
// meeting" joins it; "The meeting, chaired by X, was attended by" makes X
// its host.
func TestLastMonthOpenPartAndChairedMeeting(t *testing.T) {
	ex := extract(t, "WASHINGTON, FEBRUARY 11, 2026 – Secretary of State Marco Rubio met today with Uzbekistan's Minister of Foreign Affairs "+
		"Bakhtiyor Saidov in Washington. The Secretary and Foreign Minister Saidov discussed the commitments made at the C5+1 "+
		"Leaders' Summit hosted by President Donald Trump last November.", "2026-02-11")
	if got, want := heldLines(ex), []string{"2026-02-11 Marco Rubio: Bakhtiyor Saidov, Marco Rubio"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	ex = extract(t, "ALMATY, May 29. /TASS/. The heads of government met on Friday in Almaty.\n\n"+
		"The meeting, chaired by Kazakh Prime Minister Olzhas Bektenov as Kazakhstan holds the chairmanship, was attended by "+
		"Belarusian Prime Minister Alexander Turchin. Uzbek Deputy Prime Minister Jamshid Khodjaev took part in the open part "+
		"of the meeting.", "2026-05-29")
	if got, want := heldLines(ex), []string{"2026-05-29 Olzhas Bektenov: Alexander Turchin, Jamshid Khodjaev, Olzhas Bektenov"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// "the Plenipotentiary Representatives of the Republic of Belarus, A, of
// the Kyrgyz Republic, B, and of the Republic of Tajikistan, C": each
// holds the title, singular, for the country before the name; one pair
// is no list.
func TestPluralTitleList(t *testing.T) {
	ex := extract(t, "Moscow, July 22, 2026. Taking part in the meeting were the Plenipotentiary Representatives of the Republic of Belarus, "+
		"Dmitry Kovalenok, of the Kyrgyz Republic, Tilek Abdrakhmanov, and of the Republic of Tajikistan, Farrukh Sharifzoda, as well "+
		"as CSTO Secretary General Taalatbek Masadykov.", "2026-07-22")
	onePost(t, ex, titleAndOrg, map[string]string{
		"Dmitry Kovalenok":    "Plenipotentiary Representative country:belarus",
		"Tilek Abdrakhmanov":  "Plenipotentiary Representative country:kyrgyzstan",
		"Farrukh Sharifzoda":  "Plenipotentiary Representative country:tajikistan",
		"Taalatbek Masadykov": "Secretary General organisation:collective-security-treaty-organisation",
	})
	ex = extract(t, "Moscow, July 22, 2026. The Foreign Ministers of the Republic of Belarus, Dmitry Kovalenok, arrived.", "2026-07-22")
	wantNoPosts(t, ex, "Dmitry Kovalenok")
}

// A date written "05.03.2026" is the 5th of March; on a line of its own
// it dates the undated item under it.
func TestNumericDateAndDateLine(t *testing.T) {
	ex := extract(t, "ASTANA – On 05.03.2026, President Kassym-Jomart Tokayev met President of Azerbaijan Ilham Aliyev.", "2026-03-06")
	if got := heldLines(ex); len(got) != 1 || got[0][:10] != "2026-03-05" {
		t.Errorf("meetings = %q, want one on 2026-03-05", got)
	}
	ex = extract(t, "ASTANA – President Kassym-Jomart Tokayev received President of the European Council António Costa today.\n\n* * *\n\n"+
		"Kassym-Jomart Tokayev holds phone talks with Ilham Aliyev\n\n05.03.2026\n\n"+
		"President Kassym-Jomart Tokayev had a telephone conversation with President of Azerbaijan Ilham Aliyev.", "2026-03-06")
	want := []string{
		"2026-03-06 Kassym-Jomart Tokayev: António Costa, Kassym-Jomart Tokayev",
		"2026-03-05 : Ilham Aliyev, Kassym-Jomart Tokayev",
	}
	wantHeld(t, ex, want...)
	// No such day: "31.02.2026".
	ex = extract(t, "ASTANA – On 31.02.2026, President Kassym-Jomart Tokayev met President of Azerbaijan Ilham Aliyev.", "2026-03-06")
	if got := heldLines(ex); len(got) != 1 || got[0][:10] != "2026-03-06" {
		t.Errorf("meetings = %q, want one on the day of publication", got)
	}
}

// At the ASEAN Secretariat, ASEAN's Secretary-General hosts; the GCC's
// Secretary-General's companion with a post of no body of its own is the
// GCC's; "The ASEAN side included X" joins X; a known person's one name
// is the one a title set off by a comma introduces.
func TestSeatHostBodyCompanionAndSide(t *testing.T) {
	ex := extract(t, "JAKARTA, 14 October 2026 – Secretary-General of ASEAN, Dr. Kao Kim Hourn, met yesterday with the Secretary-General "+
		"of the Cooperation Council for the Arab States of the Gulf (GCC), H.E. Mr. Jasem Mohamed Albudaiwi, at the ASEAN Secretariat.\n\n"+
		"The Secretary-General of the GCC was accompanied by Dr. Abdulaziz Hamad Aluwaisheg, Assistant Secretary-General for Political "+
		"Affairs and Negotiation. The ASEAN side included Ms. Ratna Dewi Hapsari, Director of the External Relations Division of the ASEAN Secretariat.\n\n"+
		"Mr. Albudaiwi will call on the Minister for Foreign Affairs of the Republic of Indonesia, Sugiono, on Thursday.", "2026-10-14")
	want := []string{"2026-10-13 Kao Kim Hourn: Abdulaziz Hamad Aluwaisheg, Jasem Mohamed Albudaiwi, Kao Kim Hourn, Ratna Dewi Hapsari"}
	wantHeld(t, ex, want...)
	onePost(t, ex, func(p graph.PositionFact) string { return p.Organisation }, map[string]string{
		"Abdulaziz Hamad Aluwaisheg": "organisation:gulf-cooperation-council",
		"Sugiono":                    "country:indonesia",
	})
	ex = extract(t, "JEDDAH, 14 October 2026 – The Secretary-General of the OIC, Hissein Brahim Taha, met yesterday the Minister of "+
		"Foreign Affairs of Chad, Abderaman Koulamallah, at the OIC General Secretariat.", "2026-10-14")
	if got := heldLines(ex); len(got) != 1 || !strings.HasPrefix(got[0], "2026-10-13 Hissein Brahim Taha:") {
		t.Errorf("meetings = %q, want one hosted by the OIC's Secretary-General", got)
	}
	// At a body's seat that two attendees serve, neither is told to host.
	ex = extract(t, "JAKARTA, 14 October 2026 – Secretary-General of ASEAN, Dr. Kao Kim Hourn, met yesterday with the Deputy "+
		"Secretary-General of ASEAN, Mr. Satvinder Singh, at the ASEAN Secretariat.", "2026-10-14")
	if got := heldLines(ex); len(got) != 1 || !strings.HasPrefix(got[0], "2026-10-13 :") {
		t.Errorf("meetings = %q, want one with no host", got)
	}
}

// "the Hon. Charles Washington Misick": a city's one word inside a name,
// before its last word; "Office of the Prime Minister, Cable Beach" is a
// place, no person; "Commodore" is a rank; "the Most Hon." a style.
func TestCityInNameStreetAndStyles(t *testing.T) {
	ex := extract(t, "NASSAU, The Bahamas – The Prime Minister, the Hon. Philip Edward Davis, yesterday received the Premier of the "+
		"Turks and Caicos Islands, the Hon. Charles Washington Misick, at the Office of the Prime Minister, Cable Beach. Also present "+
		"was the Commander of the Royal Bahamas Defence Force (RBDF), Commodore Floyd Rahming-Ferguson. The envoy will present her "+
		"Letters of Credence to the Governor-General, Her Excellency the Most Hon. Dame Cynthia Pratt, at Government House.", "2026-02-12")
	wantPersons(t, ex, "Charles Washington Misick", "Cynthia Pratt", "Floyd Rahming-Ferguson", "Philip Edward Davis")
	onePost(t, ex, func(p graph.PositionFact) string { return p.Title }, map[string]string{
		"Cynthia Pratt":          "Governor-General",
		"Floyd Rahming-Ferguson": "Commander",
	})
	// A city at a name's end is no part of it.
	ex = extract(t, "WASHINGTON – Secretary of State Antony Blinken Washington said it.", "2026-02-12")
	if got := personNames(ex); !slices.Equal(got, []string{"Antony Blinken"}) {
		t.Errorf("persons = %q", got)
	}
}

// "Director General of the Strategy, Policy and Budget Department of the
// AIIB": a unit named by its domains listed with commas is one title;
// not a list of other things after the comma.
func TestUnitNamedByListedDomains(t *testing.T) {
	ex := extract(t, "MANAMA – The meeting was attended by Helena Bergqvist, Director General of the Strategy, Policy and Budget "+
		"Department of the AIIB.", "2026-02-12")
	if got := positionsOf(ex, "Helena Bergqvist"); len(got) != 1 || got[0].Title != "Director General of the Strategy, Policy and Budget Department" ||
		got[0].Organisation != "organisation:asian-infrastructure-investment-bank" {
		t.Errorf("positions = %+v", got)
	}
	for _, text := range []string{
		"MANAMA – The meeting was attended by Helena Bergqvist, Director General of the Treasury, Budget Department, and others.",
		"MANAMA – The meeting was attended by Helena Bergqvist, Director General of the Treasury, policy and budget department officials.",
	} {
		ex = extract(t, text, "2026-02-12")
		if got := positionsOf(ex, "Helena Bergqvist"); len(got) != 1 || got[0].Title != "Director General of the Treasury" {
			t.Errorf("%s: positions = %+v", text, got)
		}
	}
}

// A unit's domains listed with commas ("the Strategy, Policy and Budget
// Department"), regions joined by a dash ("Asia–Africa Market
// Department"), a lake named after a country and a domain of the domain
// ("Lake Chad Basin Governors' Forum for Regional Cooperation on
// Stabilization, Peacebuilding and Sustainable Development") are parts of
// a body's name.
func TestBodyNamesWithListsDashesAndLakes(t *testing.T) {
	ex := extract(t, "MANAMA – Helena Bergqvist, Director General of the Strategy, Policy and Budget Department of the AIIB, and "+
		"officials of the Asia–Africa Market Department attended. The Lake Chad Basin Governors' Forum for Regional Cooperation "+
		"on Stabilization, Peacebuilding and Sustainable Development will meet on Monday.", "2026-02-12")
	wantOrgs(t, ex, []string{"Strategy, Policy and Budget Department", "Asia–Africa Market Department",
		"Lake Chad Basin Governors' Forum for Regional Cooperation on Stabilization, Peacebuilding and Sustainable Development"}, nil)
	// No list without "and", and a weekday ends a domain.
	ex = extract(t, "MANAMA – Officials of the Treasury, Budget Department and the Council for Trade on Monday met.", "2026-02-12")
	wantOrgs(t, ex, nil, []string{"Treasury, Budget Department", "Council for Trade on Monday"})
}

// The Chinese surname He after a title is a name's ("Vice Premier He
// Lifeng"), and "He Lifeng said" names him, not a pronoun; a Kyrgyz
// patronymic closes a name in lower case ("Nurlanbek Turgunbek uulu"); a
// highway is a place.
func TestHeSurnamePatronymicAndHighway(t *testing.T) {
	ex := extract(t, "ASTANA, June 9 (Xinhua) -- Chinese Vice Premier He Lifeng and Speaker of the Jogorku Kenesh Nurlanbek Turgunbek uulu "+
		"met on Monday.\n\n\"China is willing to work with Kazakhstan,\" He Lifeng said. He added that ties were strong.\n\n"+
		"The convoy drove along Queen Elizabeth Highway.", "2026-06-09")
	wantPersons(t, ex, "He Lifeng", "Nurlanbek Turgunbek uulu")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:he-lifeng" {
		t.Errorf("statements = %+v, want He Lifeng's", ex.Statements)
	}
}

// "X took over the chairmanship and chaired the session" chairs the
// meeting just told, which "The following heads of delegation took
// part:" and its list then join.
func TestChairedTheSessionAndTookPartList(t *testing.T) {
	ex := extract(t, "**Kigali, 20 March 2026** – Ministers in charge of water affairs met on Thursday in Kigali for the 34th annual "+
		"meeting of the Nile Council of Ministers. At the opening of the meeting, Rwanda's Minister of Environment, Dr. Valentine "+
		"Uwamariya, took over the chairmanship and chaired the session.\n\nThe following heads of delegation took part:\n\n"+
		"- Hon. Sam Cheptoris, Minister of Water and Environment, Uganda;\n- H.E. Eng. Habtamu Itefa, Minister of Water and Energy, Ethiopia.", "2026-03-20")
	if got := heldLines(ex); len(got) != 1 || !strings.HasSuffix(got[0], "Valentine Uwamariya: Habtamu Itefa, Sam Cheptoris, Valentine Uwamariya") {
		t.Errorf("meetings = %q", got)
	}
	// "chaired a session of parliament" alone names no one met.
	ex = extract(t, "**Kigali, 20 March 2026** – Rwanda's Minister of Environment, Dr. Valentine Uwamariya, chaired a session of parliament.", "2026-03-20")
	if len(ex.Meetings) != 0 {
		t.Errorf("meetings = %q, want none", meetingLines(ex))
	}
}

// A body's domain after "on" ("Joint Technical Committee on Maritime
// Delimitation") or after "of the" ("Foreign Affairs Committee of the
// Løgting") is no person's name; "Sir" opens the name of what is named
// after a knight.
func TestBodyDomainsAfterOnAndOfThe(t *testing.T) {
	ex := extract(t, "MANAMA – The ministers will convene the Libyan-Greek Joint Technical Committee on Maritime Delimitation. She met "+
		"the Foreign Affairs Committee of the Løgting and visited the Sir Lester Bird Medical Centre.", "2026-02-12")
	wantOrgs(t, ex, []string{"Libyan-Greek Joint Technical Committee on Maritime Delimitation", "Foreign Affairs Committee of the Løgting",
		"Sir Lester Bird Medical Centre"}, nil)
	ex = extract(t, "MANAMA – He met the Commission of Sadyr Japarov and Sir Keir Starmer at the Commonwealth Secretariat.", "2026-02-12")
	wantOrgs(t, ex, nil, []string{"Commission of Sadyr Japarov", "Sir Keir Starmer at the Commonwealth Secretariat"})
}

// The Faroe Islands and Greenland are countries of the gazetteer; the
// Faroese particle "á" is a name's; a title in the country's language in
// brackets stands between a title and its name ("Prime Minister
// (Løgmaður) Aksel V. Johannesen").
func TestFaroeseNamesAndGloss(t *testing.T) {
	ex := extract(t, "Tórshavn, 12 March 2026 – The Minister of Foreign Affairs of the Faroe Islands, Høgni Hoydal, received the "+
		"Permanent Secretary of the Ministry of Fisheries, Rakul Joensen á Lakjuni. Later in the day, he was received by Prime "+
		"Minister (Løgmaður) Aksel V. Johannesen. He then called Greenland's Minister for Foreign Affairs, Vivian Motzfeldt.", "2026-03-12")
	wantPersons(t, ex, "Aksel V. Johannesen", "Høgni Hoydal", "Rakul Joensen á Lakjuni", "Vivian Motzfeldt")
	onePost(t, ex, titleAndOrg, map[string]string{
		"Høgni Hoydal":        "Minister of Foreign Affairs country:faroe-islands",
		"Aksel V. Johannesen": "Prime Minister country:faroe-islands",
		"Vivian Motzfeldt":    "Minister for Foreign Affairs country:greenland",
	})
	// An acronym in brackets is no gloss.
	ex = extract(t, "Tórshavn, 12 March 2026 – The Prime Minister (PM) Aksel V. Johannesen spoke.", "2026-03-12")
	wantNoPosts(t, ex, "Aksel V. Johannesen")
}

// "Right Honourable" and "Rt. Hon." are styles before a name; the State
// Atomic Energy Corporation Rosatom is Rosatom, and its head's name
// follows it.
func TestRightHonourableAndRosatom(t *testing.T) {
	ex := extract(t, "LILONGWE – He was welcomed by the Vice-President of the Republic of Malawi, Right Honourable Dr Jane Ansah, SC, "+
		"and by the Speaker, Rt. Hon. Catherine Gotani Hara. Director General of the State Atomic Energy Corporation Rosatom "+
		"Alexei Likhachev attended.", "2026-05-22")
	onePost(t, ex, titleAndOrg, map[string]string{
		"Jane Ansah":            "Vice-President country:malawi",
		"Catherine Gotani Hara": "Speaker country:malawi",
		"Alexei Likhachev":      "Director General organisation:rosatom",
	})
	// "Right" alone is no style.
	ex = extract(t, "LILONGWE – The Speaker, Right Catherine Gotani Hara, left.", "2026-05-22")
	wantNoPosts(t, ex, "Catherine Gotani Hara")
}

// A hyphenated given name may open with a place's name ("France-Albert
// René"); an age set off by commas stands between a name and its speech
// verb ("Marie-Thérèse Labrosse, 68, told SNA").
func TestPlaceInGivenNameAndAge(t *testing.T) {
	ex := extract(t, "VICTORIA – Prime Minister France-Albert René met him. \"I cried,\" Marie-Thérèse Labrosse, 68, told SNA. "+
		"The Russia-Africa Summit and the Kazakh-Chinese Business Council met.", "2026-06-29")
	wantPersons(t, ex, "France-Albert René", "Marie-Thérèse Labrosse")
	// A number that is no age: "on Monday, 12, said the report".
	ex = extract(t, "VICTORIA – The Port Authority Chief, 12, said nothing.", "2026-06-29")
	if got := personNames(ex); len(got) != 0 {
		t.Errorf("persons = %q, want none", got)
	}
}

// '," said the Federal Chancellor.' two paragraphs after the Federal
// Chancellor was named is his; a minister's title, which many hold, is
// not looked for so far back.
func TestLeaderSpeakerNamedEarlier(t *testing.T) {
	ex := extract(t, "VIENNA – Federal Chancellor Christian Stocker received the President of the Swiss Confederation, Guy Parmelin, today.\n\n"+
		"The talks covered energy and transport.\n\n"+
		"“Switzerland is not just a neighbour for Austria,” said the Federal Chancellor.", "2026-02-12")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:christian-stocker" {
		t.Errorf("statements = %+v, want Christian Stocker's", ex.Statements)
	}
	ex = extract(t, "VIENNA – Minister of Finance Markus Marterbauer received a delegation of Swiss bankers today.\n\n"+
		"The talks covered energy and transport.\n\n"+
		"“Switzerland is not just a neighbour for Austria,” said the minister.", "2026-02-12")
	if len(ex.Statements) == 1 && ex.Statements[0].Speaker != "" {
		t.Errorf("statements = %+v, want no speaker read two paragraphs back", ex.Statements)
	}
}

// "According to X, ... . '...,' he noted.": the one who speaks is the
// subject the pronoun goes on with.
func TestAccordingToIsTheSubject(t *testing.T) {
	ex := extract(t, "TASHKENT – Secretary-General Nurlan Yermekbayev received CICA Executive Director Kairat Sarybay.\n\n"+
		"According to Kairat Sarybay, the two secretariats could prepare a joint study. \"This would be a good practical result,\" he noted.", "2026-02-25")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:kairat-sarybay" {
		t.Errorf("statements = %+v, want Kairat Sarybay's", ex.Statements)
	}
	// "Thanks to X" is no such opener.
	ex = extract(t, "TASHKENT – Secretary-General Nurlan Yermekbayev received CICA Executive Director Kairat Sarybay.\n\n"+
		"Thanks to Kairat Sarybay, the two secretariats could prepare a joint study. \"This would be a good practical result,\" he noted.", "2026-02-25")
	if len(ex.Statements) == 1 && ex.Statements[0].Speaker == "person:kairat-sarybay" {
		t.Errorf("statements = %+v, want no Kairat Sarybay's", ex.Statements)
	}
}

// "The Permanent Secretary in the Ministry of Foreign Affairs, Ambassador
// Dr. X,": after a long complement, the rank before the name is a style,
// not X's post.
func TestRankStyleAfterLongComplement(t *testing.T) {
	ex := extract(t, "ST. JOHN'S – The Permanent Secretary in the Ministry of Foreign Affairs, Ambassador Dr. Clarissa Joseph-Warner, "+
		"also took part in the talks.", "2026-02-16")
	if got := positionsOf(ex, "Clarissa Joseph-Warner"); len(got) != 1 || got[0].Title != "Permanent Secretary in the Ministry of Foreign Affairs" {
		t.Errorf("positions = %+v", got)
	}
}

// "Clerk" is a parliament's officer's title.
func TestClerkIsATitle(t *testing.T) {
	ex := extract(t, "MIDRAND – The meeting was attended by the Clerk of the Pan-African Parliament, Ms. Lindiwe Khumalo.", "2026-04-13")
	if got := positionsOf(ex, "Lindiwe Khumalo"); len(got) != 1 || got[0].Title != "Clerk" || got[0].Organisation != "organisation:pan-african-parliament" {
		t.Errorf("positions = %+v", got)
	}
}

// Titles the gazetteer gained in session 20: "Permanent Observer" (an envoy's), "Captain
// Regent", "Senior Arctic Official", "Sherpa" (BRICS's, its body).
func TestTitlesOfSessionTwenty(t *testing.T) {
	ex := extract(t, "NEW YORK – Permanent Observer of the Republic of Korea to the African Union Kim Dong-hwan, Captain Regent Elena "+
		"Tamagnini Berardi, Senior Arctic Official of Norway Ingvild Bjørnstad Haugen and BRICS Sherpa Anil Kumar Raghavan met.", "2026-02-16")
	onePost(t, ex, func(p graph.PositionFact) string { return p.Title }, map[string]string{
		"Kim Dong-hwan":            "Permanent Observer",
		"Elena Tamagnini Berardi":  "Captain Regent",
		"Ingvild Bjørnstad Haugen": "Senior Arctic Official",
		"Anil Kumar Raghavan":      "Sherpa",
	})
}

// "Chairman of the National People's Congress (NPC) Standing Committee
// Zhao Leji": the acronym inside the body's name, a form the gazetteer
// knows, so that his post is read and he hosts at home.
func TestNPCAcronymInsideTheName(t *testing.T) {
	ex := extract(t, "On May 13, 2026, Chairman of the National People's Congress (NPC) Standing Committee Zhao Leji held talks with "+
		"Speaker of the Jogorku Kenesh of the Kyrgyz Republic Nurlanbek Turgunbek uulu at the Great Hall of the People in Beijing.\n\n"+
		"Vice Chairman of the NPC Standing Committee Xiao Jie was present at the talks.", "2026-05-14")
	if got := positionsOf(ex, "Zhao Leji"); len(got) != 1 || got[0].Organisation != "organisation:standing-committee-of-the-national-people-s-congress" {
		t.Errorf("positions = %+v", got)
	}
	if got := heldLines(ex); len(got) != 1 || !strings.HasPrefix(got[0], "2026-05-13 Zhao Leji:") {
		t.Errorf("meetings = %q, want Zhao Leji hosting", got)
	}
}

// "the head of Croatian diplomacy said" is the Minister of Foreign and
// European Affairs of Croatia, and the quotation that goes on after the
// attribution is his too, not the subject's before.
func TestHeadOfDiplomacyAndItsQuoteGoingOn(t *testing.T) {
	ex := extract(t, "SKOPJE – The Minister of Foreign and European Affairs of Croatia, Gordan Grlić Radman, held talks with his "+
		"counterpart. Ambassador Hrvoje Kovačević attended.\n\n"+
		"\"Croatia knows from its own experience how demanding the road is,\" the head of Croatian diplomacy said at the press "+
		"conference. \"We will not give lectures; we will give concrete help.\"", "2025-11-20")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:gordan-grlic-radman" || !strings.Contains(ex.Statements[0].Quote, "concrete help") {
		t.Errorf("statements = %+v, want Grlić Radman's, both parts", ex.Statements)
	}
}
