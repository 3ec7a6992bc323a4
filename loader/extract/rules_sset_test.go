package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Rules written on the batch s of testdata/generalization after the batch
// t was written to replace it as the held-out set.

// "State Secretary of the Ministry of Foreign Affairs and Foreign Trade
// Ljupčo Stojanovski took part on the Macedonian side": the ministry ends
// on its last portfolio word, and the side after ", while" is his, not the
// delegation's named before it.
func TestMinistryEndsBeforeANameAndAWhileClauseHasItsOwnSide(t *testing.T) {
	text := "The Maltese delegation included the Ambassador of Malta, Daniela Vella Grech, while State Secretary of the Ministry of Foreign Affairs and Foreign Trade Ljupčo Stojanovski took part on the Macedonian side."
	ex := extract(t, text, "2025-11-21")
	ps := positionsOf(ex, "Ljupčo Stojanovski")
	if len(ps) != 1 || ps[0].Organisation != "country:north-macedonia" {
		t.Errorf("persons %v, positions of Ljupčo Stojanovski %+v, want North Macedonia's", personNames(ex), ps)
	}
	for _, o := range ex.Organisations {
		if o.Name != "Ministry of Foreign Affairs and Foreign Trade" && len(o.Name) > len("Ministry of Foreign Affairs and Foreign Trade") {
			t.Errorf("organisation %q runs into the name", o.Name)
		}
	}
}

// Two leading initials: "W.A. Dilani Wijesekara", after a title or a style
// and before an apposition; "H.E." stays a style, and the Bhutanese style
// "Lyonpo" is no part of a name.
func TestTwoLeadingInitials(t *testing.T) {
	ex := extract(t, "The signing was witnessed by Mrs. W.A. Dilani Wijesekara, Deputy Governor of the Central Bank of Sri Lanka, and Deputy Governor W.B. Perera.", "2025-08-29")
	names := personNames(ex)
	if !slices.Contains(names, "W.A. Dilani Wijesekara") || !slices.Contains(names, "W.B. Perera") {
		t.Errorf("persons = %v", names)
	}
	if ps := positionsOf(ex, "W.A. Dilani Wijesekara"); len(ps) != 1 || ps[0].Title != "Deputy Governor" {
		t.Errorf("positions of W.A. Dilani Wijesekara: %+v", ps)
	}
	ex = extract(t, "Minister Arzu Rana Deuba and H.E. Lyonpo D.N. Dhungyel, Minister for Foreign Affairs and External Trade of the Royal Government of Bhutan, held talks today.", "2025-05-26")
	if ps := positionsOf(ex, "D.N. Dhungyel"); len(ps) != 1 || ps[0].Title != "Minister for Foreign Affairs and External Trade" {
		t.Errorf("persons %v, positions of D.N. Dhungyel: %+v", personNames(ex), ps)
	}
}

// A portfolio of many domains set off by commas; a name opening with the
// ʻokina; a body named by its acronym after "at" closes an apposition.
func TestLongPortfolioAndOkina(t *testing.T) {
	text := "IRENA Director-General Francesco La Camera received Tonga's Minister for Meteorology, Energy, Information, Disaster Management, Environment, Climate Change and Communications, Sione Vaipulu, on Tuesday. The Minister was accompanied by ʻAna Fifita Helu, Director of Energy at MEIDECC."
	ex := extract(t, text, "2026-04-22")
	if ps := positionsOf(ex, "Sione Vaipulu"); len(ps) != 1 || ps[0].Title != "Minister for Meteorology, Energy, Information, Disaster Management, Environment, Climate Change and Communications" {
		t.Errorf("positions of Sione Vaipulu: %+v", ps)
	}
	if ps := positionsOf(ex, "ʻAna Fifita Helu"); len(ps) != 1 || ps[0].Title != "Director of Energy" {
		t.Errorf("persons %v, positions of ʻAna Fifita Helu: %+v", personNames(ex), ps)
	}
}

// "BAKU, Azerbaijan, March 12. ... held their third round of political
// consultations in Baku on Tuesday": the yearless dateline is the day of
// publication, and the meeting's day is the Tuesday of the lead.
func TestYearlessDatelineAndARoundOfConsultations(t *testing.T) {
	text := "BAKU, Azerbaijan, March 12. Azerbaijan and Chile held their third round of political consultations in Baku on Tuesday, Trend reports.\n\nThe consultations were co-chaired by Azerbaijan's Deputy Foreign Minister Elnur Mammadov and Chile's Undersecretary of Foreign Affairs Matías Núñez Echeverría."
	ex := extract(t, text, "2025-03-12")
	got, _ := attendeesOn(ex, "2025-03-11")
	if !got["Elnur Mammadov"] || !got["Matías Núñez Echeverría"] {
		t.Errorf("attendees on 2025-03-11: %v (meetings %+v)", got, ex.Meetings)
	}
}

// "Also participating were X and Y" joins them; "paid a courtesy call on
// Prime Minister, the Most Hon. Andrew Holness," is a call Holness receives.
func TestAlsoParticipatingAndACallOnATitledStyledHost(t *testing.T) {
	text := "Minister of Foreign Affairs Kamina Johnson Smith on Monday (June 16) welcomed Kenya's Cabinet Secretary for Foreign Affairs, Musalia Mudavadi, to the Ministry's offices in Kingston.\n\n" +
		"Also participating were Permanent Secretary Sharon Brown-Whyte and Kenya's High Commissioner to Jamaica, Wanjiru Kamau-Otieno.\n\n" +
		"On Tuesday (June 17), Mr. Mudavadi paid a courtesy call on Prime Minister, the Most Hon. Andrew Holness, at Jamaica House in Kingston."
	ex := extract(t, text, "2025-06-18")
	first, _ := attendeesOn(ex, "2025-06-16")
	second, _ := attendeesOn(ex, "2025-06-17")
	if !first["Sharon Brown-Whyte"] || !first["Wanjiru Kamau-Otieno"] || !second["Andrew Holness"] || !second["Musalia Mudavadi"] {
		t.Errorf("attendees: 16 June %v, 17 June %v", first, second)
	}
}

// "The talks were held first in a narrow format. On the Kazakh side, they
// were attended by Chairman of the Senate Committee on International
// Relations, Defence and Security Nurlan Beknazarov and ...": "they" are
// the talks; the committee's listed domains end before the name; the
// chairman of a national body hosts a visitor in his country.
func TestTheyWereAttendedByAndANationalBodysHost(t *testing.T) {
	text := "Chairman of the Senate of the Parliament of the Republic of Kazakhstan Maulen Ashimbayev today held talks in Astana with Speaker of the Grand National Assembly of Türkiye Numan Kurtulmuş, who is in Kazakhstan on an official visit.\n\n" +
		"The talks were held first in a narrow format and then with the participation of the delegations. On the Kazakh side, they were attended by Chairman of the Senate Committee on International Relations, Defence and Security Nurlan Beknazarov and Deputy Chairman of the Senate Zhanna Assanova."
	ex := extract(t, text, "2025-10-08")
	got, host := attendeesOn(ex, "2025-10-08")
	if !got["Nurlan Beknazarov"] || !got["Zhanna Assanova"] {
		t.Errorf("attendees: %v (persons %v)", got, personNames(ex))
	}
	if len(ex.Meetings) != 1 || host != "Maulen Ashimbayev" {
		t.Errorf("meetings %+v, want one hosted by Maulen Ashimbayev", ex.Meetings)
	}
}

// "The MoU was signed by X, ..., and Y, ...": the signatories met; "The
// signing was witnessed by Z" joins Z.
func TestSignedByTwoAndWitnessedBy(t *testing.T) {
	text := "The MoU was signed by Dr. P. Nandalal Weerasinghe, Governor of the Central Bank of Sri Lanka, and Ms. Pornthip Sukhsawat, Deputy Governor of the Bank of Thailand, in Colombo yesterday. The signing was witnessed by Mr. Kasem Thanarattanakul, Ambassador of Thailand to Sri Lanka."
	ex := extract(t, text, "2025-08-29")
	got, _ := attendeesOn(ex, "2025-08-28")
	if !got["P. Nandalal Weerasinghe"] || !got["Pornthip Sukhsawat"] || !got["Kasem Thanarattanakul"] {
		t.Errorf("attendees on 2025-08-28: %v (meetings %+v)", got, ex.Meetings)
	}
	// One signatory is no meeting.
	ex = extract(t, "The decree was signed by President Shavkat Mirziyoyev on Monday.", "2025-08-29")
	if len(ex.Meetings) != 0 {
		t.Errorf("meetings = %+v, want none", ex.Meetings)
	}
}

// A title written in lower case with a complement of its own, then the
// name between commas: "the deputy khokim for investments and foreign
// trade, Bahodir Ismoilov, and the head of the regional tourism
// department, Dilnoza Rahimova."
func TestLowerCaseTitlesWithComplements(t *testing.T) {
	text := "The khokim of Samarkand region, Erkinjon Turdimov, yesterday received the Ambassador of the Republic of Korea, Ryu Jeong-hwan.\n\nThe meeting, held at the regional khokimiyat, was attended by the deputy khokim for investments and foreign trade, Bahodir Ismoilov, and the head of the regional tourism department, Dilnoza Rahimova."
	ex := extract(t, text, "2025-11-06")
	for name, title := range map[string]string{
		"Erkinjon Turdimov": "khokim of Samarkand region",
		"Bahodir Ismoilov":  "deputy khokim for investments and foreign trade",
		"Dilnoza Rahimova":  "head of the regional tourism department",
	} {
		if ps := positionsOf(ex, name); len(ps) != 1 || ps[0].Title != title {
			t.Errorf("positions of %s: %+v, want %q", name, ps, title)
		}
	}
	got, _ := attendeesOn(ex, "2025-11-05")
	if !got["Bahodir Ismoilov"] || !got["Dilnoza Rahimova"] {
		t.Errorf("attendees on 2025-11-05: %v", got)
	}
}

// "Wu Hao, head of China's National Development and Reform Commission,":
// the country's body after its possessive employs, and the apposition
// closes after it.
func TestTitleOfACountrysBody(t *testing.T) {
	ex := extract(t, "Suriya met with Wu Hao, head of China's National Development and Reform Commission, in Beijing.", "2024-05-09")
	if ps := positionsOf(ex, "Wu Hao"); len(ps) != 1 || ps[0].Organisation != "organisation:national-development-and-reform-commission" {
		t.Errorf("persons %v, positions of Wu Hao %+v", personNames(ex), ps)
	}
}

// "A and B were received at the Ministry of Foreign Affairs by Deputy
// Foreign Minister C": the agent after a longer place; "the Chamber of
// Senators and Lucía Ferreira Duarte, Chair of ..." ends the body before a
// titled name; "Alderman" is a style.
func TestFarAgentBodyBeforeATitledNameAndAlderman(t *testing.T) {
	ex := extract(t, "Earlier on Tuesday, Graciela Bentancor Ríos and Senator Martín Oyhenart Sosa were received at the Ministry of Foreign Affairs by Deputy Foreign Minister Vahan Kostanyan.", "2026-02-11")
	got, _ := attendeesOn(ex, "2026-02-10")
	if !got["Vahan Kostanyan"] || !got["Martín Oyhenart Sosa"] {
		t.Errorf("attendees on 2026-02-10: %v (meetings %+v)", got, ex.Meetings)
	}
	ex = extract(t, "The delegation included Senator Martín Oyhenart Sosa of the Chamber of Senators and Lucía Ferreira Duarte, Chair of the Uruguay-Armenia Parliamentary Friendship Group.", "2026-02-11")
	if names := personNames(ex); !slices.Contains(names, "Lucía Ferreira Duarte") {
		t.Errorf("persons = %v, want Lucía Ferreira Duarte", names)
	}
	ex = extract(t, "Mayoral Committee Member for Economic Growth Alderman James Vos welcomed the delegation on Tuesday.", "2025-10-08")
	if names := personNames(ex); !slices.Contains(names, "James Vos") {
		t.Errorf("persons = %v, want James Vos without the style", names)
	}
}

// "The Secretary General of the ECO, Ambassador Asad Majeed Khan,
// received ... Mr. Azamat Usenbaev, Ambassador ... of the Kyrgyz Republic
// ...": the rank before the Secretary General's name is no post, so "the
// Ambassador said" is the envoy's.
func TestAmbassadorAsARankBeforeAName(t *testing.T) {
	text := "The Secretary General of the Economic Cooperation Organization (ECO), Ambassador Asad Majeed Khan, received yesterday at the ECO Secretariat H.E. Mr. Azamat Usenbaev, Ambassador Extraordinary and Plenipotentiary of the Kyrgyz Republic to the Islamic Republic of Iran.\n\n\"For a landlocked country, every new railway line is a new coastline,\" the Ambassador said."
	ex := extract(t, text, "2026-01-14")
	if ps := positionsOf(ex, "Asad Majeed Khan"); len(ps) != 1 || ps[0].Title != "Secretary General" {
		t.Errorf("positions of Asad Majeed Khan: %+v, want the Secretary General's only", ps)
	}
	if qs := quotesBy(t, text, "2026-01-14", "Azamat Usenbaev"); len(qs) != 1 {
		t.Errorf("quotes of Azamat Usenbaev: %q, want one", qs)
	}
}

// "Director of the EDB Branch": a body's one head word after a title is
// no name.
func TestOneWordBodyAfterATitleIsNoName(t *testing.T) {
	ex := extract(t, "The Chairman of the Management Board of the Eurasian Development Bank (EDB) held talks in Yerevan. The talks were attended by the Director of the EDB Branch in the Republic of Armenia.", "2025-09-19")
	if names := personNames(ex); slices.Contains(names, "Branch") {
		t.Errorf("persons = %v, want no Branch", names)
	}
}

// "X received here yesterday afternoon a courtesy call by Y": the place
// and time before the call, and the caller after "by".
func TestCourtesyCallByAfterPlaceAndTime(t *testing.T) {
	text := "Phnom Penh, March 18, 2026 AKP -- Prime Minister Hun Manet received here yesterday afternoon a courtesy call by Mr. Masato Kanda, President of the Asian Development Bank (ADB), at the Peace Palace."
	ex := extract(t, text, "2026-03-18")
	got, _ := attendeesOn(ex, "2026-03-17")
	if !got["Hun Manet"] || !got["Masato Kanda"] {
		t.Errorf("attendees on 2026-03-17: %v (meetings %+v)", got, ex.Meetings)
	}
}

// "The Dialogue was opened by A, and chaired by B." opens the meeting that
// the list of heads of delegation after it fills; B chairs and hosts.
func TestDialogueOpenedAndChairedBy(t *testing.T) {
	text := "Transport ministers yesterday concluded a one-day Ministerial Dialogue on Sustainable Transport Connectivity in Bangkok.\n\n" +
		"The Dialogue was opened by the Executive Secretary of ESCAP, Armida Salsiah Alisjahbana, and chaired by Thailand's Deputy Minister of Transport, Kittisak Wongsawat.\n\n" +
		"Heads of delegation taking part included:\n\n- Mr. Ram Prasad Adhikari, Minister for Physical Infrastructure and Transport of Nepal;\n- Ms. Saule Zhakupbekova, Vice Minister of Transport of the Republic of Kazakhstan."
	ex := extract(t, text, "2025-05-21")
	got, _ := attendeesOn(ex, "2025-05-20")
	for _, n := range []string{"Armida Salsiah Alisjahbana", "Kittisak Wongsawat", "Ram Prasad Adhikari", "Saule Zhakupbekova"} {
		if !got[n] {
			t.Errorf("attendees on 2025-05-20: %v, want %s", got, n)
		}
	}
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:kittisak-wongsawat" {
		t.Errorf("meetings %+v, want one chaired by Kittisak Wongsawat", ex.Meetings)
	}
}

// The review's cases: rules written on r and s that were broader than
// meant. Each sentence below made a wrong fact before its fix.
func TestReviewedRulesStayNarrow(t *testing.T) {
	lead := "Foreign Minister Maria Lopez of Chile received Ambassador Juan Perez of Peru in Santiago on Monday. "
	for _, c := range []struct{ text, absent string }{
		{"The letter was received on Tuesday by the President of Chile, Gabriel Boric.", "Gabriel Boric"},
		{"Lopez recalled that President Gabriel Boric and President Dina Boluarte had agreed during their first meeting in 2022 to expand trade.", "Gabriel Boric"},
		{"The two countries held their first round of talks in 1995 in Lima, when the agreement was negotiated by President Alberto Fujimori.", "Alberto Fujimori"},
		{"The treaty was signed by President Patricio Aylwin and President Alberto Fujimori in 1992.", "Alberto Fujimori"},
	} {
		ex := extract(t, lead+c.text, "2025-10-14")
		for _, m := range ex.Meetings {
			for _, a := range m.Attendees {
				if strings.Contains(a.Person, graph.Slug(c.absent)) {
					t.Errorf("%q: %s attends %+v", c.text, c.absent, m)
				}
			}
		}
	}
	// Styles are no initials; a possessive is no ayin.
	ex := extract(t, lead+"She also met H.R.H. Faisal bin Farhan Al Saud, Minister of Foreign Affairs of Saudi Arabia, and H.M. Tupou VI, King of Tonga.", "2025-10-14")
	for _, n := range personNames(ex) {
		if strings.Contains(n, ".") {
			t.Errorf("persons = %v: a style in a name", personNames(ex))
		}
	}
	ex = extract(t, "Foreign Minister Maria Lopez received Senator Charles Dickens' Chief Adviser Tom Jones in Santiago on Monday.", "2025-10-14")
	if names := personNames(ex); slices.Contains(names, "Charles Dickens' Chief") || !slices.Contains(names, "Charles Dickens") {
		t.Errorf("persons = %v", names)
	}
	// An international body's post is not the list item's country's.
	ex = extract(t, "Foreign Minister Juan Perez met a delegation in Lima on Monday. Participants included: Maria Lopez, Resident Representative, UNDP, Peru; Ana Rojas, Director, Ministry of Foreign Affairs, Chile.", "2025-10-14")
	if ps := positionsOf(ex, "Maria Lopez"); len(ps) != 1 || ps[0].Organisation == "country:peru" {
		t.Errorf("positions of Maria Lopez: %+v, not Peru's", ps)
	}
	if ps := positionsOf(ex, "Ana Rojas"); len(ps) != 1 || ps[0].Organisation != "country:chile" {
		t.Errorf("positions of Ana Rojas: %+v, want Chile's", ps)
	}
	// A name for a thing is no quotation of the speaker's.
	if qs := quotesBy(t, lead+"Perez noted that Russia still calls the war a \"special military operation\" in its statements.", "2025-10-14", "Juan Perez"); len(qs) != 0 {
		t.Errorf("quotes of Juan Perez: %q, want none", qs)
	}
}

// The parts of rules that no other test needs: an ordinal between a hold
// verb and its noun, "round of", a ", while" clause without a side marker,
// and a three-word name after a body's domain.
func TestRulePartsOfRAndS(t *testing.T) {
	ex := extract(t, "Foreign Minister Maria Lopez and Foreign Minister Juan Perez held their first meeting in Lima on Monday.", "2025-10-14")
	if got, _ := attendeesOn(ex, "2025-10-13"); !got["Maria Lopez"] || !got["Juan Perez"] {
		t.Errorf("held their first meeting: attendees %v", got)
	}
	ex = extract(t, "Deputy Foreign Minister Elnur Mammadov and Undersecretary Matías Núñez held the third round of consultations in Baku on Tuesday.", "2025-03-12")
	if got, _ := attendeesOn(ex, "2025-03-11"); !got["Elnur Mammadov"] {
		t.Errorf("held the third round of consultations: attendees %v", got)
	}
	ex = extract(t, "The Maltese delegation included the Ambassador of Malta, Daniela Vella Grech, while State Secretary Ljupčo Stojanovski, Director of Protocol, represented the host.", "2025-11-21")
	if ps := positionsOf(ex, "Ljupčo Stojanovski"); len(ps) != 1 || ps[0].Organisation == "country:malta" {
		t.Errorf("positions of Ljupčo Stojanovski: %+v, not Malta's", ps)
	}
	ex = extract(t, "On the bank's side, Director General of the Banking Department for Central Asia Rustam Bahodir Ismoilov took part in the meeting.", "2025-11-13")
	if names := personNames(ex); !slices.Contains(names, "Rustam Bahodir Ismoilov") {
		t.Errorf("persons = %v, want Rustam Bahodir Ismoilov", names)
	}
}

// "The Azerbaijani side was represented, among others, by Ramin Həsənov,
// head of the Americas department of the Ministry of Foreign Affairs.":
// he joins, and his lower-case title runs to the full stop; "PTT's senior
// executive vice-president for engineering and chairman of GML" is two
// posts, not one title.
func TestRepresentedAmongOthersAndADeputyMinisterHosts(t *testing.T) {
	text := "Azerbaijan and Chile held political consultations in Baku on Tuesday. The consultations were co-chaired by Azerbaijan's Deputy Foreign Minister Elnur Mammadov and Chile's Undersecretary of Foreign Affairs Matías Núñez Echeverría.\n\n" +
		"The Azerbaijani side was represented, among others, by Ramin Həsənov, head of the Americas department of the Ministry of Foreign Affairs."
	ex := extract(t, text, "2025-03-12")
	if ps := positionsOf(ex, "Ramin Həsənov"); len(ps) != 1 || ps[0].Title != "head of the Americas department of the Ministry of Foreign Affairs" {
		t.Errorf("persons %v, positions of Ramin Həsənov %+v", personNames(ex), ps)
	}
	got, _ := attendeesOn(ex, "2025-03-11")
	if !got["Ramin Həsənov"] || len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:elnur-mammadov" {
		t.Errorf("attendees %v, meetings %+v: want Həsənov in the consultations Mammadov hosts", got, ex.Meetings)
	}
	ex = extract(t, "Chansak Chuenchom, PTT's senior executive vice-president for engineering and chairman of GML, said the study was complete.", "2024-05-09")
	for _, p := range positionsOf(ex, "Chansak Chuenchom") {
		if strings.Contains(p.Title, "chairman") && strings.Contains(p.Title, "vice-president") {
			t.Errorf("one title holds two posts: %q", p.Title)
		}
	}
}

// "the Prime Minister’s Office" is a body, whatever the apostrophe, even in
// a document where another finder of bodies found one first.
func TestTitleOffice(t *testing.T) {
	text := "The minister met the Chairperson of the African Union Commission, Mahmoud Ali Youssouf. Later, the minister paid a courtesy call on Prime Minister Abiy Ahmed at the Prime Minister’s Office."
	ex := extract(t, text, "2026-03-04")
	var names []string
	for _, o := range ex.Organisations {
		names = append(names, o.Name)
	}
	if !slices.Contains(names, "Prime Minister's Office") {
		t.Errorf("organisations = %v, want Prime Minister's Office", names)
	}
}

// "European Commission chief Ursula von der Leyen": a body's head as news
// writes it, in lower case; a capitalised "Chief" stays part of its own
// title ("Chief Adviser").
func TestLowerCaseChiefOfABody(t *testing.T) {
	ex := extract(t, "China's President is due to meet European Commission chief Ursula von der Leyen on Monday.", "2024-05-05")
	if ps := positionsOf(ex, "Ursula von der Leyen"); len(ps) != 1 || ps[0].Title != "chief" || ps[0].Organisation != "organisation:european-commission" {
		t.Errorf("positions of Ursula von der Leyen: %+v", ps)
	}
	ex = extract(t, "Chief Adviser Muhammad Yunus received the delegation in Dhaka on Monday.", "2025-08-26")
	if ps := positionsOf(ex, "Muhammad Yunus"); len(ps) != 1 || ps[0].Title != "Chief Adviser" {
		t.Errorf("positions of Muhammad Yunus: %+v, want Chief Adviser", ps)
	}
}

// The second review's cases. A deputy minister at home hosts over the
// officials who attend with them; "Minister of State Security" is a
// minister. A short lead sentence with a day and no place is no dateline.
// Each check of a past year holds on its own. Two initials that are no
// style. A list item's country after a national body is the post's. A
// lower-case title's complement stops at a verb. A letter received by a
// minister is no meeting.
func TestSecondReviewCases(t *testing.T) {
	ex := extract(t, "BAKU, Azerbaijan, March 12. Azerbaijan and Chile held their third round of political consultations between the foreign ministries in Baku on Tuesday, Trend reports.\n\nThe consultations were co-chaired by Azerbaijan's Deputy Foreign Minister Elnur Mammadov and Chile's Undersecretary of Foreign Affairs Matías Núñez Echeverría.\n\nThe Chilean delegation included Ambassador of Chile to Azerbaijan Rodrigo Alarcón Peñaloza, who resides in Ankara, and Director for Asia and Oceania at the Chilean Ministry of Foreign Affairs Constanza Ibáñez Muñoz. The Azerbaijani side was represented, among others, by Ramin Həsənov, head of the Americas department of the Ministry of Foreign Affairs.", "2025-03-12")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:elnur-mammadov" {
		t.Errorf("meetings %+v, want one Mammadov hosts", ex.Meetings)
	}
	if d := (&docState{}); d == nil || juniorMinister(" minister of state security ") || !juniorMinister(" minister of state for foreign affairs ") {
		t.Errorf("juniorMinister: a minister of state security is a minister; a minister of state for foreign affairs is not")
	}
	ex = extract(t, "The ministers met on March 10. Preparations for the talks began on Sunday.\n\nForeign Minister Ana Costa received Foreign Minister Kenji Mori in Lisbon.", "2025-03-12")
	if got, _ := attendeesOn(ex, "2025-03-10"); !got["Ana Costa"] {
		t.Errorf("meetings %+v, want one on 2025-03-10, the lead's day", ex.Meetings)
	}
	lead := "Foreign Minister Maria Lopez of Chile received Ambassador Juan Perez of Peru in Santiago on Monday. "
	for _, text := range []string{
		"The two countries held a round of talks in 1995 in Lima, when the agreement was negotiated by President Alberto Fujimori.",
		"The two countries held their first meeting in 1995 in Lima, when the agreement was negotiated by President Alberto Fujimori.",
	} {
		ex = extract(t, lead+text, "2025-10-14")
		for _, m := range ex.Meetings {
			for _, a := range m.Attendees {
				if a.Person == "person:alberto-fujimori" {
					t.Errorf("%q: Fujimori attends %+v", text, m)
				}
			}
		}
	}
	ex = extract(t, "Foreign Minister Wang Yi met H.D. Kumaraswamy, Minister of Heavy Industries of India, in Beijing on Monday.", "2025-10-14")
	if ps := positionsOf(ex, "H.D. Kumaraswamy"); len(ps) != 1 {
		t.Errorf("persons %v, want H.D. Kumaraswamy with his post", personNames(ex))
	}
	ex = extract(t, "The delegation included:\nJohn Smith, Senior Director for Asia, National Security Council, United States;\nKim Min-jae, Vice President, Samsung, Republic of Korea.", "2025-10-14")
	if ps := positionsOf(ex, "John Smith"); len(ps) != 1 || ps[0].Organisation != "country:united-states" {
		t.Errorf("positions of John Smith: %+v, want the United States'", ps)
	}
	ex = extract(t, "Mao Ning, spokesperson of the Foreign Ministry briefed reporters on the situation in Gaza.", "2025-10-14")
	for _, p := range positionsOf(ex, "Mao Ning") {
		if strings.Contains(p.Title, "briefed") {
			t.Errorf("title %q runs past its verb", p.Title)
		}
	}
	ex = extract(t, "President William Ruto said the letter was received by Foreign Minister Musalia Mudavadi in Nairobi on Monday.", "2025-10-14")
	if len(ex.Meetings) != 0 {
		t.Errorf("meetings = %+v, want none", ex.Meetings)
	}
}

// "ACD Secretary General Ambassador Pornchai Danvivathana": the rank
// before the name is no post of his own.
func TestRankBeforeANameInAChain(t *testing.T) {
	ex := extract(t, "ACD Secretary General Ambassador Pornchai Danvivathana will travel to Tashkent next week.", "2025-11-20")
	for _, p := range positionsOf(ex, "Pornchai Danvivathana") {
		if p.Title == "Ambassador" {
			t.Errorf("positions %+v: the rank is a post", positionsOf(ex, "Pornchai Danvivathana"))
		}
	}
}

// "Ambassador Kvirikashvili" after "The Secretary General of ..., Ambassador
// Nana Kvirikashvili,": the bare rank of someone with a post is no post.
func TestBareRankOfSomeoneWithAPost(t *testing.T) {
	text := "The Secretary General of the BSEC Permanent International Secretariat, Ambassador Nana Kvirikashvili, received the Deputy Minister on Tuesday. Ambassador Kvirikashvili assured the delegation of the full support of the Secretariat."
	ex := extract(t, text, "2025-11-05")
	for _, p := range positionsOf(ex, "Nana Kvirikashvili") {
		if p.Title == "Ambassador" {
			t.Errorf("positions %+v: the rank is a post", positionsOf(ex, "Nana Kvirikashvili"))
		}
	}
}
