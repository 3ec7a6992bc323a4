package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Rules of session 15, written on the tuning sets (g-z and A) of the
// generalization set while batch C was being written to be held out.

// "A; B; and, on the Barbadian side, the Minister ..., C": the people
// before the marker are the other side's (here the host's), those after it
// are Barbadian, though "the" and not a capitalised word follows its
// comma.
func TestSideMarkerBeforeTheAppliesAfter(t *testing.T) {
	ex := extractTitled(t, "President Abinader receives Prime Minister Mottley", "Santo Domingo. – President Luis Abinader received this Wednesday the Prime Minister of Barbados, Mia Amor Mottley, "+
		"at the National Palace.\n\nThe meeting was attended by Vice President Raquel Peña; the minister of the presidency, José Ignacio "+
		"Paliza; and, on the Barbadian side, the Minister of Foreign Affairs, Kerrie Symmonds.", "2026-03-04")
	for name, want := range map[string]string{"Raquel Peña": "country:dominican-republic", "José Ignacio Paliza": "country:dominican-republic",
		"Kerrie Symmonds": "country:barbados"} {
		ps := positionsOf(ex, name)
		if len(ps) != 1 || ps[0].Organisation != want {
			t.Errorf("%s positions = %+v, want one of %s", name, ps, want)
		}
	}
}

// "Federal" is part of a federation's titles: "Federal Foreign Minister",
// "Federal Minister for European and International Affairs".
func TestFederalIsPartOfTheTitle(t *testing.T) {
	ex := extract(t, "Federal Foreign Minister Johann Wadephul received his Greek counterpart in Berlin on Monday. In Vienna, Federal "+
		"Minister for European and International Affairs Beate Meinl-Reisinger met the Secretary-General of the Ministry, Nikolaus Marschik.", "2026-03-04")
	for name, want := range map[string]string{"Johann Wadephul": "Federal Foreign Minister",
		"Beate Meinl-Reisinger": "Federal Minister for European and International Affairs"} {
		if ps := positionsOf(ex, name); len(ps) != 1 || ps[0].Title != want {
			t.Errorf("%s positions = %+v, want %q", name, ps, want)
		}
	}
}

// An envoy "of the [body's] Secretary-General/President/Minister" serves a
// principal: the principal is part of the title, its body or country
// employs, and the brief that follows ("for Central Africa", "on Myanmar",
// "in South Sudan") is the title's too, no accreditation.
func TestEnvoyOfAPrincipal(t *testing.T) {
	ex := extract(t, "The President received Abdou Abarry, Special Representative of the Secretary-General of the United Nations for "+
		"Central Africa, on Monday. Special Envoy of the U.S. President for South and Central Asian Affairs Sergio Gor met the minister "+
		"on Tuesday. The minister met Julie Bishop, Special Envoy of the UN Secretary-General on Myanmar, on Wednesday. The meeting was "+
		"also attended by the Special Envoy of the Minister for the Western Balkans, Ambassador Andrej Šter-Kovačič, and by Mr. Tomas "+
		"Lindqvist-Asante, Deputy Special Representative of the UN Secretary-General in South Sudan.", "2026-03-04")
	for name, want := range map[string][2]string{
		"Abdou Abarry":           {"Special Representative of the Secretary-General of the United Nations for Central Africa", "organisation:united-nations"},
		"Sergio Gor":             {"Special Envoy of the U.S. President for South and Central Asian Affairs", "country:united-states"},
		"Julie Bishop":           {"Special Envoy of the UN Secretary-General on Myanmar", "organisation:united-nations"},
		"Andrej Šter-Kovačič":    {"Special Envoy of the Minister for the Western Balkans", ""},
		"Tomas Lindqvist-Asante": {"Deputy Special Representative of the UN Secretary-General in South Sudan", "organisation:united-nations"},
	} {
		ps := positionsOf(ex, name)
		if len(ps) != 1 || ps[0].Title != want[0] || ps[0].Organisation != want[1] || ps[0].AccreditedTo != "" {
			t.Errorf("%s positions = %+v, want %q of %q", name, ps, want[0], want[1])
		}
	}
}

// A counterpart holds the subject's title as the text writes it ("Foreign
// Secretary", a civil servant in South Asia, not the gazetteer's "Foreign
// Minister"); a one-word head keeps the portfolio written before it.
func TestCounterpartTitleAsWritten(t *testing.T) {
	ex := extract(t, "Foreign Secretary Amrit Bahadur Rai and his Indian counterpart Vikram Misri on Sunday agreed to convene the "+
		"working group. External Affairs Minister Ana Ruiz met her Paraguayan counterpart Ruben Ramirez Lezcano on Monday.", "2026-03-04")
	for name, want := range map[string]string{"Vikram Misri": "Foreign Secretary", "Ruben Ramirez Lezcano": "External Affairs Minister"} {
		if ps := positionsOf(ex, name); len(ps) != 1 || ps[0].Title != want {
			t.Errorf("%s positions = %+v, want %q", name, ps, want)
		}
	}
}

// A publisher named by its seat of government ("The White House") is that
// government's: its unqualified officials are American, though another
// country is named more often.
func TestSeatOfGovernmentPublisher(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Title: "Readout of the Vice President's Meeting with Prime Minister Wong of Singapore",
		Publisher: "The White House", Published: "2026-04-22",
		Text: "Vice President JD Vance met today with Prime Minister Lawrence Wong of Singapore in Washington. The Vice President welcomed " +
			"the Prime Minister on his first official visit to the United States since Singapore's general election last year."})
	if err != nil {
		t.Fatal(err)
	}
	if ps := positionsOf(ex, "JD Vance"); len(ps) != 1 || ps[0].Organisation != "country:united-states" {
		t.Errorf("JD Vance positions = %+v, want Vice President of the United States", ps)
	}
}

// "President Ferdinand R. Marcos Jr. of the Philippines": the country
// after the name's "Jr." is the title's.
func TestCountryAfterJunior(t *testing.T) {
	ex := extract(t, "President Donald J. Trump spoke today with President Ferdinand R. Marcos Jr. of the Philippines.", "2026-04-22")
	if ps := positionsOf(ex, "Ferdinand R. Marcos Jr"); len(ps) != 1 || ps[0].Organisation != "country:philippines" {
		t.Errorf("Marcos positions = %+v, want President of the Philippines", ps)
	}
}

// On a visit abroad, the people the release's minister meets ("EAM also
// met H.E. Mr. X, Minister of ...", "called on Y") are the visited
// country's, not the release's; his companions stay the release's.
func TestMetOnAVisitAbroad(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Title: "Visit of External Affairs Minister to Uzbekistan",
		Publisher: "Ministry of External Affairs of India", Published: "2025-02-19",
		Text: "External Affairs Minister Dr. S. Jaishankar paid an official visit to the Republic of Uzbekistan on 17-18 February 2025.\n\n" +
			"On 18 February, EAM also met H.E. Mr. Laziz Kudratov, Minister of Investment, Industry and Trade. He was accompanied by " +
			"Joint Secretary Anil Kumar Rai. India and Uzbekistan agreed to meet again."})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"Laziz Kudratov": "country:uzbekistan", "Anil Kumar Rai": "country:india"} {
		if ps := positionsOf(ex, name); len(ps) != 1 || ps[0].Organisation != want {
			t.Errorf("%s positions = %+v, want one of %s", name, ps, want)
		}
	}
}

// "Speaker of the Althing of Iceland": the country's own body stays the
// employer; the country after it does not take its place.
func TestBodyOfItsCountryStaysTheEmployer(t *testing.T) {
	ex := extract(t, "Today, the Speaker of the Seimas, Juozas Olekas, welcomed the Speaker of the Althing of Iceland, Þórunn "+
		"Sveinbjarnardóttir, who is on an official visit to Lithuania.", "2026-03-04")
	if ps := positionsOf(ex, "Þórunn Sveinbjarnardóttir"); len(ps) != 1 || ps[0].Title != "Speaker of the Althing" || ps[0].Organisation != "organisation:althingi" {
		t.Errorf("Sveinbjarnardóttir positions = %+v, want Speaker of the Althing", ps)
	}
}

// "paid a courtesy call on the Right Honourable Prime Minister, Russell
// Mmiso Dlamini,": a style of address between the article and the title
// still opens an apposition.
func TestStyledTitleApposition(t *testing.T) {
	ex := extract(t, "Today, Minister Lucas paid a courtesy call on the Right Honourable Prime Minister, Russell Mmiso Dlamini, at the "+
		"Cabinet Offices in Mbabane.", "2026-06-10")
	if ps := positionsOf(ex, "Russell Mmiso Dlamini"); len(ps) != 1 || ps[0].Title != "Prime Minister" {
		t.Errorf("Russell Mmiso Dlamini positions = %+v, want Prime Minister", ps)
	}
	if got := meetingLines(ex); len(got) != 1 {
		t.Errorf("meetings = %q, want the courtesy call", got)
	}
}

// "Saltanat Mukhametova, a 24-year-old Kazakh graduate student who
// attended the lecture, said": a name described without a title, then a
// speech verb, is a person, and her quote is hers.
func TestDescribedNameThenSpeech(t *testing.T) {
	ex := extract(t, "Foreign Minister Murat Nurtleu met his Japanese counterpart on Monday.\n\nSaltanat Mukhametova, a 24-year-old "+
		"Kazakh graduate student who attended the lecture, said she hoped more firms would come. \"People at home know Japanese cars,\" "+
		"she said. Kazakhstan, a country of twenty million people, said nothing.", "2026-03-04")
	if names := personNames(ex); !slices.Equal(names, []string{"Murat Nurtleu", "Saltanat Mukhametova"}) {
		t.Errorf("persons = %q, want Nurtleu and Mukhametova", names)
	}
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:saltanat-mukhametova" {
		t.Errorf("statements = %+v, want Mukhametova's", ex.Statements)
	}
}

// "Head of State receives Chairman of ..." over "Kassym-Jomart Tokayev
// received ...": the lead's subject, named without a title, holds the
// headline's title, and "the Head of State said" is his. A lead whose
// subject has a title of its own takes none.
func TestHeadlineTitleGoesToTheLeadSubject(t *testing.T) {
	lead := "Kassym-Jomart Tokayev received Chairman of the Management Board of the Eurasian Development Bank Nikolai Podguzov.\n\n" +
		"\"We count on the bank,\" the Head of State said. Later the same day, the Head of State held a telephone conversation " +
		"with President of Kyrgyzstan Sadyr Japarov."
	ex := extractTitled(t, "Head of State receives Chairman of the Eurasian Development Bank", lead, "2025-02-11")
	if ps := positionsOf(ex, "Kassym-Jomart Tokayev"); len(ps) != 1 || ps[0].Title != "Head of State" || ps[0].Organisation != "country:kazakhstan" {
		t.Errorf("Tokayev positions = %+v, want Head of State of Kazakhstan", ps)
	}
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:kassym-jomart-tokayev" {
		t.Errorf("statements = %+v, want Tokayev's", ex.Statements)
	}
	ex = extractTitled(t, "Head of State receives Chairman of the Eurasian Development Bank", "President Kassym-Jomart Tokayev "+
		"received Nikolai Podguzov.", "2025-02-11")
	if ps := positionsOf(ex, "Kassym-Jomart Tokayev"); len(ps) != 1 || ps[0].Title != "President" {
		t.Errorf("Tokayev positions = %+v, want President only", ps)
	}
}

// "the minister said" after two foreign ministers is one of them, not the
// Minister of Commerce the next paragraph names: a holder not named yet is
// meant only when no holder has been named.
func TestTitleRefPrefersHoldersNamedBefore(t *testing.T) {
	ex := extract(t, "Foreign Minister Sayyid Badr Albusaidi received Sri Lankan Foreign Minister Vijitha Herath in Muscat on Monday.\n\n"+
		"\"Oman and Sri Lanka have been linked by the monsoon winds,\" Sayyid Badr said.\n\n"+
		"The Sri Lankan minister briefed his host on the Clean Sri Lanka programme. He expressed his country's appreciation.\n\n"+
		"\"We see in Oman Vision 2040 a mirror of our own ambitions,\" the minister said.\n\n"+
		"Earlier in the day, the visiting minister met Minister of Commerce Qais bin Mohammed Al Yousef.", "2026-03-04")
	var speakers []string
	for _, s := range ex.Statements {
		speakers = append(speakers, s.Speaker)
	}
	if want := []string{"person:badr-albusaidi", "person:vijitha-herath"}; !slices.Equal(speakers, want) {
		t.Errorf("speakers = %q, want %q", speakers, want)
	}
}

// A body named after a person keeps the person's whole name ("Mohammed
// bin Mubarak Al Khalifa Academy", "L.N. Gumilyov Eurasian National
// University"), and one that answers to a president keeps it
// ("National Investment Agency under the President of the Kyrgyz
// Republic").
func TestBodyNamesWithPersonsAndPatrons(t *testing.T) {
	ex := extract(t, "The delegation visited the Mohammed bin Mubarak Al Khalifa Academy for Diplomatic Studies and the Venâncio de Moura "+
		"Diplomatic Academy. Students of the L.N. Gumilyov Eurasian National University attended. The director of the National "+
		"Investment Agency under the President of the Kyrgyz Republic briefed them.", "2026-03-04")
	orgs := orgNames(ex)
	for _, n := range []string{"Mohammed bin Mubarak Al Khalifa Academy for Diplomatic Studies", "Venâncio de Moura Diplomatic Academy",
		"L.N. Gumilyov Eurasian National University", "National Investment Agency under the President of the Kyrgyz Republic"} {
		if _, ok := orgs[n]; !ok {
			t.Errorf("organisations = %v, want %q", orgs, n)
		}
	}
}

// "President Muizzu today accepted the letters of credence of ...", "The
// President accepted the credentials of:" and a list: a credentials
// ceremony, as "received"; "X and Y were present at the ceremony." after
// the list is a sentence of its own that joins both, not a list item.
func TestAcceptedCredentialsAndPresentAfterList(t *testing.T) {
	ex := extract(t, "His Excellency President Dr Mohamed Muizzu today accepted the letters of credence of the newly appointed "+
		"ambassadors of two countries, at a ceremony held at the President's Office.\n\nThe President accepted the credentials of:\n\n"+
		"His Excellency Mr Bishnu Prasad Lamichhane, Ambassador of Nepal to the Maldives, resident in Colombo; and\n"+
		"His Excellency Mr Esteban Quirós Mora, Ambassador of the Republic of Costa Rica to the Maldives, resident in New Delhi.\n\n"+
		"Minister of Foreign Affairs Dr Abdulla Khaleel and Chief of Protocol Ms Aishath Shiham Rasheed were present at the ceremony.", "2025-10-08")
	want := "2025-10-08 Mohamed Muizzu: Abdulla Khaleel, Aishath Shiham Rasheed, Bishnu Prasad Lamichhane, Esteban Quirós Mora, Mohamed Muizzu"
	if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	// The letters accepted by someone else are no ceremony of the subject.
	if got := meetingLines(extract(t, "The letters of credence were accepted by the protocol office on Monday.", "2025-10-08")); len(got) != 0 {
		t.Errorf("meetings = %q, want none", got)
	}
}

// "It brought together:" opens a list of participants.
func TestBroughtTogetherOpensAList(t *testing.T) {
	ex := extract(t, "The Executive Secretary of IGAD, H.E. Dr. Workneh Gebeyehu, yesterday convened a consultative meeting of special "+
		"envoys at the IGAD Secretariat in Djibouti. It brought together:\n\n"+
		"- Amb. Dr. Ismail Abdi Warsame, IGAD Special Envoy for South Sudan;\n"+
		"- Amb. Mary Akech Deng Malual, Ambassador of the Republic of South Sudan to Djibouti.\n\n"+
		"Participants reviewed the implementation of the agreement.", "2025-07-22")
	want := "2025-07-21 Workneh Gebeyehu: Ismail Abdi Warsame, Mary Akech Deng Malual, Workneh Gebeyehu"
	if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// "A high-level roundtable ..., convened by the Director-General of the
// Pacific Community (SPC), Dr Stuart Minchin, was held yesterday": the
// convener's phrase does not hide the gathering noun, and a roundtable is
// a meeting, hosted by the convener at his body's seat (p02's gold; the
// seat is the gazetteer's since session 22).
func TestRoundtableConvenedByWasHeld(t *testing.T) {
	ex := extract(t, "A high-level roundtable on sea-level monitoring, convened by the Director-General of the Pacific Community "+
		"(SPC), Dr Stuart Minchin, was held yesterday at SPC headquarters in Nouméa.\n\nTaking part in the roundtable were:\n\n"+
		"- Hon. Paulson Panapa, Minister for Foreign Affairs, Labour and Trade of Tuvalu;\n"+
		"- Ms Losana Rokotuibau-Waqa, Deputy Director-General of SPC.", "2025-09-05")
	want := "2025-09-04 Stuart Minchin: Losana Rokotuibau-Waqa, Paulson Panapa, Stuart Minchin"
	if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// "X presented her credentials to President Y", "presented copies of her
// credentials to the Minister ..., Z": a credentials ceremony, which the
// one named after "to" hosts; "were presented by" and "is due to present"
// are not read so.
func TestPresentedCredentialsTo(t *testing.T) {
	ex := extract(t, "Earlier, on 12 May 2026, the newly appointed Ambassador of Cambodia to Sri Lanka, with residence in New Delhi, "+
		"Chea Sokha, presented her credentials to President Anura Kumara Dissanayake at the President's House in Colombo. "+
		"Secretary of State Ouk Sovannara was present at the ceremony.", "2026-05-13")
	want := "2026-05-12 Anura Kumara Dissanayake: Anura Kumara Dissanayake, Chea Sokha, Ouk Sovannara"
	if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	ex = extract(t, "Ambassador Chea Sokha is due to present her credentials to President Anura Kumara Dissanayake next week.", "2026-05-13")
	if got := meetingLines(ex); len(got) != 0 {
		t.Errorf("meetings = %q, want none", got)
	}
}

// "X was accompanied throughout the visit by Y": Y attends each meeting of
// X's visit, not only the last one told.
func TestAccompaniedThroughoutTheVisit(t *testing.T) {
	ex := extract(t, "Minister Balakrishnan called on Chief Adviser Professor Muhammad Yunus on 17 November 2025.\n\n"+
		"On 18 November 2025, Minister Balakrishnan met Adviser for Commerce Bashir Uddin.\n\n"+
		"Minister Balakrishnan was accompanied throughout the visit by Singapore's High Commissioner-designate to Bangladesh Ms Teo Hui Min.", "2025-11-18")
	for _, line := range meetingLines(ex) {
		if !strings.Contains(line, "Teo Hui Min") {
			t.Errorf("meeting %q, want Teo Hui Min among its attendees", line)
		}
	}
	if n := len(meetingLines(ex)); n != 2 {
		t.Errorf("meetings = %q, want two", meetingLines(ex))
	}
}

// "Adviser for Commerce Sk. Bashir Uddin", "Adviser for Foreign Affairs
// Md. Touhid Hossain": a given name written short ("Sk.", "Md.") opens
// the name after a portfolio, as an initial does.
func TestShortGivenNameAfterPortfolio(t *testing.T) {
	ex := extract(t, "On 18 November 2025, Minister Balakrishnan met Adviser for Commerce Sk. Bashir Uddin and representatives of "+
		"BIDA. He also met Adviser for Foreign Affairs Md. Touhid Hossain.", "2025-11-18")
	for name, want := range map[string]string{"Sk. Bashir Uddin": "Adviser for Commerce", "Md. Touhid Hossain": "Adviser for Foreign Affairs"} {
		if ps := positionsOf(ex, name); len(ps) != 1 || ps[0].Title != want {
			t.Errorf("%s positions = %+v, want %q (persons %q)", name, ps, want, personNames(ex))
		}
	}
}

// "King Abdullah II" beside "Crown Prince Al Hussein bin Abdullah II", and
// "King Salman bin Abdulaziz Al Saud" beside "Crown Prince Mohammed bin
// Salman bin Abdulaziz Al Saud": the name after "bin" is the father's, a
// person of his own, not the son's short name.
func TestFatherNamedInTheSonsName(t *testing.T) {
	ex := extract(t, "His Majesty King Abdullah II received President Alexander Stubb on Monday. His Royal Highness Crown Prince "+
		"Al Hussein bin Abdullah II attended the talks.", "2026-02-09")
	names := personNames(ex)
	for _, n := range []string{"Abdullah II", "Al Hussein bin Abdullah II"} {
		if !slices.Contains(names, n) {
			t.Errorf("persons = %q, want %q among them", names, n)
		}
	}
}

// A minister's release in the first person, signed at its top ("Senator
// the Hon Penny Wong / Minister for Foreign Affairs"): "I" is the
// minister, who attends the meetings "I met ..." tells. Without such a
// line, "I" is no one.
func TestFirstPersonRelease(t *testing.T) {
	text := "MEDIA RELEASE\n\nSenator the Hon Penny Wong\nMinister for Foreign Affairs\n\nThis week I travelled to Dili.\n\n" +
		"On Wednesday I met Prime Minister Kay Rala Xanana Gusmão. We discussed the Greater Sunrise gas fields."
	want := []string{"2026-03-11 : Kay Rala Xanana Gusmão, Penny Wong"}
	if got := meetingLines(extract(t, text, "2026-03-13")); !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	text = "This week I travelled to Dili, where Ambassador Caitlin Moorhouse has served since 2024 and knows everyone.\n\n" +
		"On Wednesday I met Prime Minister Kay Rala Xanana Gusmão."
	for _, line := range meetingLines(extract(t, text, "2026-03-13")) {
		if strings.Contains(line, "Caitlin Moorhouse") {
			t.Errorf("meeting %q: a name in the text is no signature", line)
		}
	}
}

// A government's own release, known by its publisher, reports a meeting
// without a place of its own at home: its official hosts.
func TestPublisherCountryHostsMeetingsWithoutPlace(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Title: "Uzbekistan and Finland agree to expand cooperation",
		Publisher: "Ministry of Foreign Affairs of the Republic of Uzbekistan", Published: "2025-06-11",
		Text: "On June 10, Minister for Foreign Affairs of the Republic of Finland Elina Valtonen met with Minister of Investment, " +
			"Industry and Trade of the Republic of Uzbekistan Laziz Kudratov."})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := meetingLines(ex), []string{"2025-06-10 Laziz Kudratov: Elina Valtonen, Laziz Kudratov"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// 'X called the Benelux "the laboratory of Europe" and said the region
// wanted to be "inside the laboratory, not outside the window"': two
// phrases, each a statement; '"A," she said, "B."' stays one.
func TestTwoQuotedPhrasesInOneSentence(t *testing.T) {
	ex := extract(t, "State Secretary Nathanael Liminski met Secretary-General Frans Weekers on Tuesday. Liminski called the Benelux "+
		"\"the laboratory of Europe\" and said North Rhine-Westphalia wanted to be \"inside the laboratory, not outside the window.\"\n\n"+
		"\"We are ready,\" Foreign Minister Ana Ruiz said, \"and we will not wait for anyone.\"", "2026-03-04")
	var quotes []string
	for _, s := range ex.Statements {
		quotes = append(quotes, s.Quote)
	}
	want := []string{"the laboratory of Europe", "inside the laboratory, not outside the window.", "We are ready, and we will not wait for anyone."}
	if !slices.Equal(quotes, want) {
		t.Errorf("quotes = %q, want %q", quotes, want)
	}
}

// 'Minister Sommerfeld described the situation in Ecuador's ports as "a
// war that our police cannot fight with yesterday's tools"': the verb is
// further than four words before the phrase, its object between.
func TestDescribedAsQuote(t *testing.T) {
	ex := extract(t, "Foreign Minister Gabriela Sommerfeld met Secretary General Albert Ramdin on Monday. Minister Sommerfeld, for her part, "+
		"described the situation in Ecuador's ports as \"a war that our police cannot fight with yesterday's tools,\" and asked for "+
		"greater cooperation.", "2026-03-04")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:gabriela-sommerfeld" {
		t.Errorf("statements = %+v, want Sommerfeld's", ex.Statements)
	}
}

// '"...," deputy minister of emergency situations X told reporters' and
// '"...," said Fortify Rights director X': words that describe the
// speaker before the name; '"...", while Kazakh President X praised' is
// another's clause.
func TestDescribedSpeakerAfterQuote(t *testing.T) {
	ex := extract(t, "\"The ground is saturated with water. Even moderate rain could bring new slides,\" deputy minister of emergency "+
		"situations Kubanychbek Sarybaev told reporters in Osh on May 12.\n\n\"Inviting the generals back in civilian suits would "+
		"reward a sham,\" said Fortify Rights director Ismail Wolff in a statement.\n\nPutin said the two countries were \"not just "+
		"allies but closest allies\", while Kazakh President Kassym-Jomart Tokayev praised an \"alliance with a rich past\".", "2026-05-14")
	var speakers []string
	for _, s := range ex.Statements {
		if strings.HasPrefix(s.Quote, "not just allies") && s.Speaker == "person:kassym-jomart-tokayev" {
			t.Errorf("statement %+v: Putin's words are not Tokayev's", s)
		}
		speakers = append(speakers, s.Speaker)
	}
	if want := []string{"person:kubanychbek-sarybaev", "person:ismail-wolff"}; len(speakers) < 2 || !slices.Equal(speakers[:2], want) {
		t.Errorf("speakers = %q, want %q first", speakers, want)
	}
}

// "Minister Tsahkna" after "Foreign Minister Margus Tsahkna", "Chancellor
// Lubetkin" after "Minister of Foreign Relations Mario Lubetkin": the short
// reference is the same post, not a second one.
func TestShortMinisterAndChancellorAreTheSamePost(t *testing.T) {
	ex := extract(t, "Estonian Foreign Minister Margus Tsahkna met Uruguayan Minister of Foreign Relations Mario Lubetkin in Tallinn "+
		"on Monday. Minister Tsahkna said the talks were useful. Chancellor Lubetkin invited him to Montevideo.", "2026-03-04")
	for name, want := range map[string]string{"Margus Tsahkna": "Foreign Minister", "Mario Lubetkin": "Minister of Foreign Relations"} {
		if ps := positionsOf(ex, name); len(ps) != 1 || ps[0].Title != want {
			t.Errorf("%s positions = %+v, want only %q", name, ps, want)
		}
	}
}

// "The meeting was chaired by Hon. X ... In his opening remarks, the Chair
// said:": with no one titled Chair, the Chair is whoever chaired.
func TestTheChairIsWhoChaired(t *testing.T) {
	ex := extract(t, "The Foreign Ministers of the Melanesian Spearhead Group met on Tuesday in Port Vila. The meeting was chaired by "+
		"Hon. Peter Shanel Agovaka, Minister of Foreign Affairs of Solomon Islands. Also taking part was Dr Matthias Temaroa Kalsrap, "+
		"Director-General of the MSG Secretariat.\n\nIn his opening remarks, the Chair said: \"Melanesia does not lack resources, it "+
		"lacks roads between its own markets.\"", "2026-07-08")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:peter-shanel-agovaka" {
		t.Errorf("statements = %+v, want Agovaka's", ex.Statements)
	}
}

// "the ministry's Director General for Myanmar affairs, Nazmul Haque
// Bhuiyan, were also present", "Busan's Director-General for Port and
// Logistics, Jung Da-eun.": a name set off by a comma after a phrase that
// holds a title is a person, though the title's reading did not close;
// after a phrase with no title it is not ("in Dhaka, Grand Hyatt Jakarta").
func TestNameAfterTitledPhrase(t *testing.T) {
	ex := extract(t, "Foreign Secretary Asad Alam Siam and the ministry's Director General for Myanmar affairs, Nazmul Haque Bhuiyan, "+
		"were also present at the meeting. He was accompanied by Busan's Director-General for Port and Logistics, Jung Da-eun. "+
		"The delegation stayed at the seaside, Grand Hyatt Jakarta, and left.", "2026-03-04")
	names := personNames(ex)
	for _, n := range []string{"Nazmul Haque Bhuiyan", "Jung Da-eun"} {
		if !slices.Contains(names, n) {
			t.Errorf("persons = %q, want %q", names, n)
		}
	}
	if slices.Contains(names, "Grand Hyatt Jakarta") {
		t.Errorf("persons = %q: no title before the hotel", names)
	}
}

// "the Central Union of Cuban Workers (CTC)": a demonym before the people
// the body unites is part of its name, and "Workers" is no person.
func TestDemonymInsideABodysName(t *testing.T) {
	ex := extract(t, "The secretary general of the Central Union of Cuban Workers (CTC), Ulises Guilarte De Nacimiento, attended.", "2026-03-04")
	if _, ok := orgNames(ex)["Central Union of Cuban Workers"]; !ok {
		t.Errorf("organisations = %v, want the Central Union of Cuban Workers", orgNames(ex))
	}
	if slices.Contains(personNames(ex), "Workers") {
		t.Errorf("persons = %q: Workers is no person", personNames(ex))
	}
}

// "the Intergovernmental Kyrgyz-Turkmen Commission on Economic
// Cooperation": the modifier before the countries that name the body is
// part of its name.
func TestModifierBeforeCountryPairBody(t *testing.T) {
	ex := extract(t, "The ministers co-chaired the Intergovernmental Kyrgyz-Turkmen Commission on Economic Cooperation in Ashgabat.", "2026-03-04")
	if _, ok := orgNames(ex)["Intergovernmental Kyrgyz-Turkmen Commission on Economic Cooperation"]; !ok {
		t.Errorf("organisations = %v, want the Intergovernmental ... Commission", orgNames(ex))
	}
}

// A titled phrase whose title the extractor already read, with its body
// ("The Deputy Chairman of the Executive Committee from Turkmenistan,
// Döwletmyrat Garaýew, said"), still lets the name after its comma be a
// person; a list of portfolios going on after "and" ("Cabinet Secretary
// for Mining, Blue Economy and Maritime Affairs, Mr Hassan Joho") names
// no one in its middle.
func TestNameAfterReadTitledPhrase(t *testing.T) {
	ex := extract(t, "The Deputy Chairman of the Executive Committee from Turkmenistan, Döwletmyrat Garaýew, said the platform "+
		"worked. A visit by Kenya's Cabinet Secretary for Mining, Blue Economy and Maritime Affairs, Mr Hassan Joho, was moved to "+
		"January.", "2026-03-04")
	names := personNames(ex)
	if !slices.Contains(names, "Döwletmyrat Garaýew") {
		t.Errorf("persons = %q, want Döwletmyrat Garaýew", names)
	}
	if slices.Contains(names, "Blue Economy") {
		t.Errorf("persons = %q: Blue Economy is a portfolio", names)
	}
}

// "Secretary of Commerce Howard Lutnick": "Commerce" ends a portfolio, so
// the name after it is a person's.
func TestCommerceEndsAPortfolio(t *testing.T) {
	ex := extract(t, "Secretary of State Marco Rubio and Secretary of Commerce Howard Lutnick are expected to join the meetings.", "2026-03-04")
	if ps := positionsOf(ex, "Howard Lutnick"); len(ps) != 1 || ps[0].Title != "Secretary of Commerce" {
		t.Errorf("Lutnick positions = %+v (persons %q), want Secretary of Commerce", ps, personNames(ex))
	}
}

// '"...," said Harare-based economist Tapiwa Ndoro-Makoni.': words that
// describe the speaker may stand between the verb and the name.
func TestSaidDescribedName(t *testing.T) {
	ex := extract(t, "\"An SMP is a report card, not a loan,\" said Harare-based economist Tapiwa Ndoro-Makoni.", "2026-03-04")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:tapiwa-ndoro-makoni" {
		t.Errorf("statements = %+v (persons %q), want Ndoro-Makoni's", ex.Statements, personNames(ex))
	}
}

// "Speaker Puan" after "The Speaker of the House of Representatives of the
// Republic of Indonesia, Puan Maharani,": the one-word title is the long
// one's, not a second post with the country the context lent it.
func TestOneWordTitleIsTheLongOnes(t *testing.T) {
	ex := extract(t, "The Speaker of the House of Representatives of the Republic of Indonesia, Puan Maharani, received the Malaysian "+
		"delegation on Wednesday. The Malaysian delegation included Speaker Puan's guest, the Ambassador of Malaysia, Datuk Norlin "+
		"binti Othman. Speaker Puan said the talks were warm.", "2026-03-04")
	if ps := positionsOf(ex, "Puan Maharani"); len(ps) != 1 {
		t.Errorf("Puan Maharani positions = %+v, want one", ps)
	}
}

// "Deputy Prime Minister and Minister for Trade and Industry Gan Kim Yong"
// of Singapore: a post that names no employer has the person's one
// employer.
func TestPostWithoutEmployerTakesThePersonsOne(t *testing.T) {
	ex := extract(t, "Prime Minister Wong was accompanied by Deputy Prime Minister of Singapore Gan Kim Yong. Gan Kim Yong, Minister "+
		"for Trade and Industry, briefed the guests.", "2026-04-22")
	for _, p := range positionsOf(ex, "Gan Kim Yong") {
		if p.Organisation != "country:singapore" {
			t.Errorf("Gan Kim Yong position %+v, want each of Singapore", p)
		}
	}
	if n := len(positionsOf(ex, "Gan Kim Yong")); n != 2 {
		t.Errorf("Gan Kim Yong has %d positions, want 2", n)
	}
}

// "Minister of Foreign Affairs" after "Minister of Foreign Affairs,
// Cooperation and Mauritanians Abroad" of the same country is the same
// post, its portfolios set off by a comma.
func TestShortPostBeforeCommaPortfolios(t *testing.T) {
	ex := extract(t, "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad of Mauritania Mohamed Salem Ould Merzoug "+
		"arrived in Algiers. The Minister of Foreign Affairs of Mauritania, Mohamed Salem Ould Merzoug, met President Tebboune.", "2026-03-04")
	if ps := positionsOf(ex, "Mohamed Salem Ould Merzoug"); len(ps) != 1 {
		t.Errorf("Ould Merzoug positions = %+v, want one", ps)
	}
}
