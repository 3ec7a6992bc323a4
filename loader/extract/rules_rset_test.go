package extract

import (
	"slices"
	"strings"
	"testing"
)

// Rules written on the batch r of testdata/generalization, and on the dev
// set's real texts, after the batch s was written to replace r as the
// held-out set.

// quotesBy lists the quotations the extraction gives to the person named
// name, by their first words.
func quotesBy(t *testing.T, text, published, name string) []string {
	t.Helper()
	ex := extract(t, text, published)
	id := ""
	for _, p := range ex.Persons {
		if p.Name == name {
			id = p.ID
		}
	}
	var qs []string
	for _, s := range ex.Statements {
		if s.Speaker == id && id != "" {
			qs = append(qs, s.Quote)
		}
	}
	return qs
}

// A short quoted phrase in the clause that a reporting verb opens is the
// speaker's: 'He said Israel had committed "terrible crimes"'. Not when a
// colon or another quotation stands between them, and not a phrase of a
// narrative sentence with no reporting verb.
func TestShortQuoteInReportedSpeech(t *testing.T) {
	text := "Prime Minister Anthony Albanese met President Joko Widodo. Albanese said the region had seen \"real progress\" since the summit."
	if qs := quotesBy(t, text, "2024-03-05", "Anthony Albanese"); len(qs) != 1 || qs[0] != "real progress" {
		t.Errorf("quotes = %q, want [real progress]", qs)
	}
	text = "Prime Minister Anthony Albanese met President Joko Widodo. Albanese visited the \"smart city\" project in the capital."
	if qs := quotesBy(t, text, "2024-03-05", "Anthony Albanese"); len(qs) != 0 {
		t.Errorf("quotes = %q, want none: no reporting verb", qs)
	}
}

// 'Beijing also "stands ready ..." to advance its interests, Li said, ...':
// the attribution set off by commas later in the sentence names the
// speaker, and the quotation is not the rest of the one before it.
func TestAttributionSetOffAtTheSentenceEnd(t *testing.T) {
	text := "Premier Li Qiang met Min Aung Hlaing in Kunming on Wednesday. \"China supports Myanmar in its reconciliation,\" Li said. Beijing also \"stands ready to work with Myanmar\" to advance its interests, Li said, including via an economic corridor."
	qs := quotesBy(t, text, "2024-11-07", "Li Qiang")
	if len(qs) != 2 || !strings.HasPrefix(qs[1], "stands ready") {
		t.Errorf("quotes = %q, want two, the second 'stands ready ...'", qs)
	}
	// An attribution to someone unnamed still gives the quotation to no one.
	text = "Premier Li Qiang met Min Aung Hlaing in Kunming on Wednesday. Beijing also \"stands ready to work with Myanmar\" to advance its interests, a source said."
	if qs := quotesBy(t, text, "2024-11-07", "Li Qiang"); len(qs) != 0 {
		t.Errorf("quotes = %q, want none", qs)
	}
}

// A portfolio of two domains joined by "and", the second with a qualifier,
// ends before the name: "Secretary of State for Global Affairs and
// Diplomatic Strategies Radu Filipescu".
func TestPortfolioPairBeforeTheName(t *testing.T) {
	ex := extract(t, "State Secretary for Global Affairs and Diplomatic Strategies Radu Filipescu on Wednesday received the ambassador.", "2025-11-19")
	ps := positionsOf(ex, "Radu Filipescu")
	if len(ps) != 1 || ps[0].Title != "State Secretary for Global Affairs and Diplomatic Strategies" {
		t.Errorf("persons %v, positions of Radu Filipescu %+v", personNames(ex), ps)
	}
}

// A listed portfolio ("Commerce, Industry and Investment Promotion") ends
// before a name that goes on with particles: "Qais bin Mohammed Al Yousef".
func TestListedPortfolioBeforeANameWithParticles(t *testing.T) {
	ex := extract(t, "The Sultan met the Minister of Commerce, Industry and Investment Promotion Qais bin Mohammed Al Yousef at his office.", "2025-09-16")
	ps := positionsOf(ex, "Qais bin Mohammed Al Yousef")
	if len(ps) != 1 || ps[0].Title != "Minister of Commerce, Industry and Investment Promotion" {
		t.Errorf("persons %v, positions %+v", personNames(ex), ps)
	}
}

// "received in Cairo Name, Title,": the place after "in" does not make the
// name part of a longer capitalised run.
func TestNameAfterAPlaceOpensAnApposition(t *testing.T) {
	ex := extract(t, "Badr Abdelatty on Monday received in Cairo Saïd Mzé Abdallah, Minister of Foreign Affairs of the Union of the Comoros, who is on a visit.", "2025-10-14")
	ps := positionsOf(ex, "Saïd Mzé Abdallah")
	if len(ps) != 1 || ps[0].Organisation != "country:comoros" {
		t.Errorf("persons %v, positions %+v", personNames(ex), ps)
	}
}

// "The Committee held its first meeting yesterday" is a meeting, which the
// list of heads of delegation after it fills; each item's last segment
// that is a country is the organisation of the title: "Name, Director,
// Ministry of Foreign Affairs, Indonesia;".
func TestHeldItsFirstMeetingWithAListOfDelegations(t *testing.T) {
	text := "The Committee of Senior Officials of the Indian Ocean Rim Association held its first meeting yesterday at the Secretariat in Ebene, Mauritius.\n\nHeads of delegation who took part included:\n\n" +
		"- Mr. Anand Prakash Verma, Additional Secretary (Indo-Pacific), Ministry of External Affairs, India, Chair of the CSO;\n" +
		"- Ms. Dewi Kartika Sari, Director for Intra-Regional Cooperation, Ministry of Foreign Affairs, Indonesia."
	ex := extract(t, text, "2025-12-11")
	got, _ := attendeesOn(ex, "2025-12-10")
	if !got["Anand Prakash Verma"] || !got["Dewi Kartika Sari"] {
		t.Errorf("attendees on 2025-12-10: %v (meetings %+v)", got, ex.Meetings)
	}
	for name, want := range map[string]string{"Anand Prakash Verma": "country:india", "Dewi Kartika Sari": "country:indonesia"} {
		if ps := positionsOf(ex, name); len(ps) != 1 || ps[0].Organisation != want {
			t.Errorf("positions of %s: %+v, want one of %s", name, ps, want)
		}
	}
}

// "Director General of the Banking Department for Central Asia Rustam
// Ismoilov": the body's domain ends on a region, and the name after it is
// a person's, not part of the body.
func TestBodyDomainEndsBeforeAName(t *testing.T) {
	ex := extract(t, "On the bank's side, Director General of the Banking Department for Central Asia Rustam Ismoilov took part in the meeting.", "2025-11-13")
	if names := personNames(ex); !slices.Contains(names, "Rustam Ismoilov") {
		t.Errorf("persons = %v, want Rustam Ismoilov", names)
	}
	for _, o := range ex.Organisations {
		if strings.Contains(o.Name, "Rustam") {
			t.Errorf("organisation %q holds the person's name", o.Name)
		}
	}
}

// "held the 4th ... Strategic Dialogue with X" is a meeting, and "also
// attended the dialogue." joins it.
func TestHeldTheNamedDialogue(t *testing.T) {
	text := "First Vice Minister of Foreign Affairs Park Yoon-joo held the 4th Korea-Kyrgyzstan Vice-Ministerial Strategic Dialogue with Nurlan Sydykbekov, First Deputy Minister of Foreign Affairs of the Kyrgyz Republic, on Tuesday in Seoul. Ambassador of the Kyrgyz Republic to the Republic of Korea Aidai Zhumabaeva also attended the dialogue."
	ex := extract(t, text, "2025-09-17")
	got, _ := attendeesOn(ex, "2025-09-16")
	if !got["Park Yoon-joo"] || !got["Nurlan Sydykbekov"] || !got["Aidai Zhumabaeva"] {
		t.Errorf("attendees on 2025-09-16: %v (meetings %+v)", got, ex.Meetings)
	}
}

// "The meeting at the Ministry of ... was attended by X" joins X to the
// meeting just told.
func TestMeetingAtAPlaceAttendedBy(t *testing.T) {
	text := "Thai Deputy Foreign Minister Russ Jalichandra held talks with Foreign Minister D.N. Dhungyel in Thimphu yesterday.\n\nThe meeting at the Ministry of Foreign Affairs and External Trade was attended by Foreign Secretary Sonam Tshering Wangdi."
	ex := extract(t, text, "2025-08-07")
	got, _ := attendeesOn(ex, "2025-08-06")
	if !got["Sonam Tshering Wangdi"] || len(ex.Meetings) != 1 {
		t.Errorf("attendees on 2025-08-06: %v, want Sonam Tshering Wangdi in the one meeting (meetings %+v)", got, ex.Meetings)
	}
}

// "received the [visiting|Thai] deputy minister": a ranked minister
// without the portfolio refers to the one who holds that rank with a
// portfolio ("Deputy Foreign Minister"), of the qualifier's country; not to
// a minister of another rank.
func TestRankedMinisterWithoutPortfolio(t *testing.T) {
	intro := "Thai Deputy Foreign Minister Russ Jalichandra held talks with Foreign Minister D.N. Dhungyel in Thimphu yesterday.\n\n"
	for _, ref := range []string{"the deputy minister", "the Thai deputy minister", "the visiting deputy minister"} {
		ex := extract(t, intro+"Later yesterday, Prime Minister Tshering Tobgay received "+ref+" at his office.", "2025-08-07")
		if len(ex.Meetings) != 2 {
			t.Errorf("%s: meetings %+v, want the talks and the reception", ref, ex.Meetings)
		}
	}
	ex := extract(t, intro+"Later yesterday, Prime Minister Tshering Tobgay received the Bhutanese deputy minister at his office.", "2025-08-07")
	if len(ex.Meetings) != 1 {
		t.Errorf("the Bhutanese deputy minister: meetings %+v, want only the talks (no Bhutanese deputy minister is named)", ex.Meetings)
	}
}

// "X received a delegation led by Y": X hosts, Y is no passive agent.
// "Earlier in the day, the delegation held talks with Z": the delegation's
// leader and members meet Z, who receives them.
func TestDelegationLedByAndTheDelegationAsSubject(t *testing.T) {
	text := "On October 14, President of the Republic of Azerbaijan Ilham Aliyev received a delegation led by Chairman of the Islamic Development Bank Group Dr. Muhammad Al Jasser. The delegation included Vice President Dr. Leila Farahat.\n\nEarlier in the day, the delegation held talks with Prime Minister Ali Asadov, during which a framework agreement was signed."
	ex := extract(t, text, "2025-10-14")
	if len(ex.Meetings) != 2 {
		t.Fatalf("meetings = %+v, want two", ex.Meetings)
	}
	ids := map[string]string{}
	for _, p := range ex.Persons {
		ids[p.ID] = p.Name
	}
	if h := ids[ex.Meetings[0].Host]; h != "Ilham Aliyev" {
		t.Errorf("first meeting's host = %q, want Ilham Aliyev", h)
	}
	second := map[string]bool{}
	for _, a := range ex.Meetings[1].Attendees {
		second[ids[a.Person]] = true
	}
	if h := ids[ex.Meetings[1].Host]; h != "Ali Asadov" || !second["Muhammad Al Jasser"] || !second["Leila Farahat"] {
		t.Errorf("second meeting: host %q, attendees %v; want Ali Asadov receiving Al Jasser and Farahat", h, second)
	}
}

// "X received today at the Ministry's headquarters a copy of the
// credentials of Y": the copy of credentials is the object after adjuncts,
// as "the letters of credence" is.
func TestCopyOfCredentialsAfterAdjuncts(t *testing.T) {
	text := "Minister of Foreign Affairs Fuad Hussein received today at the Ministry's headquarters in Baghdad a copy of the credentials of the new Ambassador of New Zealand to the Republic of Iraq, Mr. Hamish Walker."
	ex := extract(t, text, "2025-10-20")
	got, _ := attendeesOn(ex, "2025-10-20")
	if !got["Fuad Hussein"] || !got["Hamish Walker"] {
		t.Errorf("attendees on 2025-10-20: %v (meetings %+v)", got, ex.Meetings)
	}
}

// "X was received in Baghdad by the Prime Minister of the Republic of Iraq,
// Mohammed Shia' Al-Sudani": the passive agent hosts, however far its name;
// the ayin written as an apostrophe stays in the name, a Malaysian "Dato'"
// stays a style. "WHO Regional Director for ..." is a title.
func TestReceivedByAFarAgentWithAnAyin(t *testing.T) {
	text := "Dr Hanan Balkhy, WHO Regional Director for the Eastern Mediterranean, is visiting Iraq.\n\nOn Monday, Dr Balkhy was received in Baghdad by the Prime Minister of the Republic of Iraq, Mohammed Shia' Al-Sudani."
	ex := extract(t, text, "2025-11-05")
	got, _ := attendeesOn(ex, "2025-11-03")
	if !got["Hanan Balkhy"] || !got["Mohammed Shia' Al-Sudani"] {
		t.Errorf("attendees on 2025-11-03: %v (persons %v)", got, personNames(ex))
	}
	if ps := positionsOf(ex, "Hanan Balkhy"); len(ps) != 1 || ps[0].Title != "Regional Director for the Eastern Mediterranean" {
		t.Errorf("positions of Hanan Balkhy: %+v", ps)
	}
	ex = extract(t, "The Honourable Dato' Seri Utama Haji Mohamad bin Haji Hasan, Minister of Foreign Affairs of Malaysia, met the Tánaiste. \"Malaysia and Ireland are far apart on the map,\" said Dato' Seri Utama Haji Mohamad.", "2025-11-05")
	for _, n := range personNames(ex) {
		if strings.Contains(n, "Dato") {
			t.Errorf("persons = %v: the style is no part of the name", personNames(ex))
		}
	}
}

// A body's domains set off by commas may hold hyphenated words: "Commission
// on Economic, Trade and Scientific-Technical Cooperation".
func TestListedDomainsWithAHyphenatedWord(t *testing.T) {
	ex := extract(t, "The sides agreed to convene the Lao-Mongolian Intergovernmental Commission on Economic, Trade and Scientific-Technical Cooperation next year.", "2025-06-26")
	want := "Lao-Mongolian Intergovernmental Commission on Economic, Trade and Scientific-Technical Cooperation"
	found := false
	for _, o := range ex.Organisations {
		found = found || o.Name == want
	}
	if !found {
		t.Errorf("organisations = %+v, want %q", ex.Organisations, want)
	}
}

// "the Thai Foreign Minister" is not the "Foreign Secretary" of the text,
// though the gazetteer has one title for both: in South Asia the Foreign
// Secretary is a civil servant.
func TestForeignSecretaryIsNoForeignMinistersReference(t *testing.T) {
	text := "KINLEY WANGMO | Thimphu\n\nForeign Minister D.N. Dhungyel held talks with Thai Deputy Foreign Minister Russ Jalichandra in Thimphu yesterday. The meeting was attended by Foreign Secretary Sonam Tshering Wangdi.\n\nA memorandum is expected to be signed when the Thai Foreign Minister visits Bhutan later this year."
	ex := extract(t, text, "2025-08-07")
	if ps := positionsOf(ex, "Sonam Tshering Wangdi"); len(ps) != 1 || ps[0].Organisation == "country:thailand" {
		t.Errorf("positions of Sonam Tshering Wangdi: %+v, not Thailand's", ps)
	}
}

// A known person written in another transliteration is known: "Zheenbek
// Kulubaev" is Kyrgyzstan's foreign minister, not the Korean release's.
func TestKnownPersonByAnotherSpelling(t *testing.T) {
	ex := extract(t, "Minister of Foreign Affairs Cho Hyun asked the delegation to convey his regards to Minister of Foreign Affairs Zheenbek Kulubaev.", "2025-09-17")
	if ps := positionsOf(ex, "Zheenbek Kulubaev"); len(ps) != 1 || ps[0].Organisation != "country:kyrgyzstan" {
		t.Errorf("positions of Zheenbek Kulubaev: %+v, want Kyrgyzstan's", ps)
	}
}

// "Vice Minister Park" after "First Vice Minister of Foreign Affairs Park
// Yoon-joo" is the same post, shortened.
func TestShortenedTitleWithoutItsFirstRank(t *testing.T) {
	ex := extract(t, "First Vice Minister of Foreign Affairs Park Yoon-joo held talks with Nurlan Sydykbekov, First Deputy Minister of Foreign Affairs of the Kyrgyz Republic, on Tuesday in Seoul. \"Korea values the partnership,\" Vice Minister Park said.", "2025-09-17")
	if ps := positionsOf(ex, "Park Yoon-joo"); len(ps) != 1 {
		t.Errorf("positions of Park Yoon-joo: %+v, want one", ps)
	}
}
