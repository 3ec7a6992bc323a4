package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// A name written with a leading initial is the fuller name of the text
// that the initial begins: the Mongolian "President S.Japarov" (no space)
// and "President U.Khurelsukh" are Sadyr Japarov and Ukhnaagiin
// Khurelsukh, and keep their own country; two fuller names that the
// initial could begin leave it alone.
func TestInitialAndSurname(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2025-07-15",
		Text: "ULAANBAATAR, July 15 - President of the Kyrgyz Republic Sadyr Japarov met President of Mongolia " +
			"Ukhnaagiin Khurelsukh. Following the ceremony, President U.Khurelsukh and President S.Japarov held talks. " +
			"Minister Sanjaasuren Oyun and Minister Sarantuya Oyun attended. Later, Minister S. Oyun spoke."})
	if err != nil {
		t.Fatal(err)
	}
	for name, alias := range map[string]string{"Sadyr Japarov": "S.Japarov", "Ukhnaagiin Khurelsukh": "U.Khurelsukh"} {
		p := personNamed(ex, name)
		if p == nil || !slices.Contains(p.Aliases, alias) {
			t.Errorf("%s = %+v, want the alias %s", name, p, alias)
		}
		if personNamed(ex, alias) != nil {
			t.Errorf("%s is a person of its own", alias)
		}
	}
	if ps := positionsOf(ex, "Sadyr Japarov"); len(ps) != 1 || ps[0].Organisation != "country:kyrgyzstan" {
		t.Errorf("Japarov positions = %+v, want Kyrgyzstan's only", ps)
	}
	for _, name := range []string{"Sanjaasuren Oyun", "Sarantuya Oyun"} {
		if p := personNamed(ex, name); p == nil || slices.Contains(p.Aliases, "S. Oyun") {
			t.Errorf("%s = %+v, want no alias S. Oyun: two names begin with S", name, p)
		}
	}
}

func TestLeadingInitial(t *testing.T) {
	for name, want := range map[string]bool{
		"S. Jaishankar": true, "S.Japarov": true, "Ch.Nomin-Erdene": true, "Ö. Tan": true,
		"Sadyr Japarov": false, "Md. Touhid Hossain": false, "Xi Jinping": false, "Li. Wei": false, "s. lower": false,
	} {
		if got := leadingInitial(name); got != want {
			t.Errorf("leadingInitial(%q) = %v, want %v", name, got, want)
		}
	}
}

// personNamed returns the person named name, or nil.
func personNamed(ex *graph.Extraction, name string) *graph.PersonFact {
	for i := range ex.Persons {
		if ex.Persons[i].Name == name {
			return &ex.Persons[i]
		}
	}
	return nil
}

// A capitalised "Chief" is a title before "of" ("Chief of the Royal
// Hashemite Court Yousef Issawi"), and only there: "Chief Economist" and
// "Chief Financial Officer" are other titles, not names; the lower-case
// "European Commission chief" stays the head of the body.
func TestChiefOf(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2026-02-09",
		Text: "AMMAN, Feb 9 - King Abdullah II received President Alexander Stubb at Al Husseiniya Palace. " +
			"Chief of the Royal Hashemite Court Yousef Issawi attended the talks. " +
			"Chief Economist Maximo Torero and Chief Financial Officer Leslie Maasdorp briefed the guests. " +
			"European Commission chief Ursula von der Leyen called the King."})
	if err != nil {
		t.Fatal(err)
	}
	if ps := positionsOf(ex, "Yousef Issawi"); len(ps) != 1 || ps[0].Title != "Chief of the Royal Hashemite Court" {
		t.Errorf("Issawi positions = %+v, want Chief of the Royal Hashemite Court", ps)
	}
	for _, p := range ex.Persons {
		if p.Name == "Economist" || p.Name == "Financial Officer" || p.Name == "Economist Maximo Torero" {
			t.Errorf("person %q", p.Name)
		}
	}
	if ps := positionsOf(ex, "Ursula von der Leyen"); len(ps) != 1 || ps[0].Organisation != "organisation:european-commission" {
		t.Errorf("von der Leyen positions = %+v, want the Commission's", ps)
	}
}

// A middle initial inside a name set off before its title: "H.E. Mr.
// Ramon Vicente D. Ocampo, Ambassador of ... to ...," is the whole name
// with its post.
func TestMiddleInitialBeforeApposition(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2026-03-04",
		Text: "MANAMA, March 4 - The talks were attended, on the Philippine side, by H.E. Mr. Ramon Vicente D. Ocampo, " +
			"Ambassador of the Republic of the Philippines to the Kingdom of Bahrain, and by Ms. Ana Cruz."})
	if err != nil {
		t.Fatal(err)
	}
	if ps := positionsOf(ex, "Ramon Vicente D. Ocampo"); len(ps) != 1 || ps[0].Title != "Ambassador" ||
		ps[0].Organisation != "country:philippines" || ps[0].AccreditedTo != "country:bahrain" {
		t.Errorf("Ocampo positions = %+v, want the Philippines' Ambassador to Bahrain", ps)
	}
}

// A minister's list of portfolios may hold a list of its own, and a
// hyphenated word: "Minister for Trade, Co-operatives and Micro, Small and
// Medium Enterprises Manoa Kamikamica" is one title and its holder.
func TestListInsideAPortfolioList(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2026-03-04",
		Text: "SUVA, March 4 - The Fijian delegation includes Minister for Trade, Co-operatives and Micro, Small and Medium " +
			"Enterprises Manoa Kamikamica and the Permanent Secretary for Foreign Affairs, Losena Vuetaki-Raravula."})
	if err != nil {
		t.Fatal(err)
	}
	want := "Minister for Trade, Co-operatives and Micro, Small and Medium Enterprises"
	if ps := positionsOf(ex, "Manoa Kamikamica"); len(ps) != 1 || ps[0].Title != want || ps[0].Organisation != "country:fiji" {
		t.Errorf("Kamikamica positions = %+v, want Fiji's %s", ps, want)
	}
}

// Titles with a portfolio after "for" list more set off by commas, as a
// minister's do: "Director General for Asia, Pacific and African Affairs
// Ratna Kusumawardhani", "Country Director for Zambia, Malawi and
// Zimbabwe, Ousmane Kaboré". A list of countries ends at its last; a name
// set off by commas ends the title, whatever follows it.
func TestListedPortfoliosAfterFor(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2026-03-04",
		Text: "JAKARTA, March 4 - The consultation was attended by Director General for Asia, Pacific and African Affairs " +
			"Ratna Kusumawardhani and by the Country Director for Zambia, Malawi and Zimbabwe, Ousmane Kaboré.\n\n" +
			"Accompanying the minister were the Vice Minister of Human Mobility, Andrés Terán Calderón, and Ecuador's " +
			"ambassador to Indonesia, Patricio Villacrés Ordóñez. The Deputy Secretary for Asia and the Americas, " +
			"Rachel Te Awa Holloway, and New Zealand's Ambassador to Indonesia, Dominic Fairweather, also attended."})
	if err != nil {
		t.Fatal(err)
	}
	for name, title := range map[string]string{
		"Ratna Kusumawardhani":   "Director General for Asia, Pacific and African Affairs",
		"Ousmane Kaboré":         "Country Director for Zambia, Malawi and Zimbabwe",
		"Andrés Terán Calderón":  "Vice Minister of Human Mobility",
		"Rachel Te Awa Holloway": "Deputy Secretary for Asia and the Americas",
	} {
		if ps := positionsOf(ex, name); len(ps) == 0 || ps[0].Title != title {
			t.Errorf("%s positions = %+v, want %s", name, ps, title)
		}
	}
}

// A unit named after a body or a country is the unit, not its post: "Head
// of the European Union Division of the Armenian foreign ministry" is
// Armenia's. A post set off after a name may end with where it is held:
// "Thandiwe Mokoena, Consul General of South Africa in Shanghai."
func TestNamedUnitAndPlaceOfPost(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2025-03-12",
		Text: "VILNIUS, March 12 - The Armenian delegation included the Ambassador of Armenia to Lithuania, Tigran Galstyan, " +
			"and Anahit Harutyunyan, Head of the European Union Division of the Armenian foreign ministry.\n\n" +
			"The South African delegation included Duncan Pieterse, Director-General of the National Treasury, and Thandiwe " +
			"Mokoena, Consul General of South Africa in Shanghai."})
	if err != nil {
		t.Fatal(err)
	}
	if ps := positionsOf(ex, "Anahit Harutyunyan"); len(ps) != 1 || ps[0].Title != "Head of the European Union Division" || ps[0].Organisation != "country:armenia" {
		t.Errorf("Harutyunyan positions = %+v, want Armenia's Head of the European Union Division", ps)
	}
	// (Session 27: the consul's seat is part of the title as written.)
	if ps := positionsOf(ex, "Thandiwe Mokoena"); len(ps) != 1 || ps[0].Title != "Consul General of South Africa in Shanghai" || ps[0].Organisation != "country:south-africa" {
		t.Errorf("Mokoena positions = %+v, want South Africa's Consul General in Shanghai", ps)
	}
}

func TestInPlaceClosing(t *testing.T) {
	for text, want := range map[string]bool{
		"in Shanghai.":               true,
		"in New York, where":         true,
		"in Hong Kong Special Zone.": false, // more than three words
		"in the city.":               false,
		"in Shanghai on Monday.":     false,
		"to the Sultanate;":          true,
		"to the minister.":           false,
	} {
		d := &docState{g: testExtractor.g, text: text}
		d.toks = tokenizeWith(nil, text, d.g)
		if got := d.inPlaceClosing(0); got != want {
			t.Errorf("inPlaceClosing(%q) = %v, want %v", text, got, want)
		}
	}
}

// A name alone on its line is a person when the release signs with it:
// the title on the next line ("Bayo Onanuga / Special Adviser to the
// President"), the writer's place in capitals ("Meera Krishnaswamy / NEW
// DELHI") or a contact heading before it. A heading of capitalised words
// followed by prose is not.
func TestSignatureLines(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2025-12-04",
		Text: "Meera Krishnaswamy\nNEW DELHI\n\nPrime Minister Narendra Modi received President Bola Ahmed Tinubu on Monday.\n\n" +
			"Bilateral Relations\nThe two leaders discussed trade.\n\n" +
			"Bayo Onanuga\nSpecial Adviser to the President\nDecember 4, 2025\n\n" +
			"For more information, please contact:\nFlorence Achieng Wanyama\nSenior Public Relations Officer\n"})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Meera Krishnaswamy", "Bayo Onanuga", "Florence Achieng Wanyama"} {
		if personNamed(ex, name) == nil {
			t.Errorf("no person %s", name)
		}
	}
	if ps := positionsOf(ex, "Bayo Onanuga"); len(ps) != 1 || ps[0].Title != "Special Adviser to the President" {
		t.Errorf("Onanuga positions = %+v, want Special Adviser to the President", ps)
	}
	if p := personNamed(ex, "Bilateral Relations"); p != nil {
		t.Errorf("person %+v", p)
	}
}

// "Ambassador" before a name set off by a comma is the diplomatic rank,
// and the post follows the name: "Ambassador Salwa Abdel-Rahim Bakr,
// Director of the Arab Maghreb Department at the Secretariat," holds the
// Director's post, and no bare Ambassador's.
func TestRankBeforeApposition(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2025-06-05",
		Text: "CAIRO, June 5 - Secretary-General Ahmed Aboul Gheit received the Special Representative on Libya. " +
			"The meeting was attended by Ambassador Salwa Abdel-Rahim Bakr, Director of the Arab Maghreb Department, " +
			"and by Mr Omar Said.\n\nAmbassador Tamim Khallaf, the official spokesperson of the Ministry of Foreign Affairs, " +
			"said the meeting went well."})
	if err != nil {
		t.Fatal(err)
	}
	ps := positionsOf(ex, "Salwa Abdel-Rahim Bakr")
	if len(ps) != 1 || ps[0].Title != "Director of the Arab Maghreb Department" {
		t.Errorf("Bakr positions = %+v, want the Director's post only", ps)
	}
	// "official" qualifies the title as a rank does.
	ps = positionsOf(ex, "Tamim Khallaf")
	if len(ps) != 1 || ps[0].Title != "official spokesperson of the Ministry of Foreign Affairs" {
		t.Errorf("Khallaf positions = %+v, want the spokesperson's post only", ps)
	}
}

// An envoy set off after the name may be accredited to "the Sultanate"
// or reside elsewhere ("... to Bhutan with residence in Dhaka,"), and a
// residence in brackets may come between the title and the name ("the
// Ambassador of the Slovak Republic to Uzbekistan (resident in Astana),
// Ms. Zuzana Hrušková").
func TestEnvoyResidence(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2025-06-05",
		Text: "MUSCAT, June 5 - The meeting was attended by H.E. Dilrukshi Wickramasinghe Perera, Ambassador of Sri Lanka to the " +
			"Sultanate; and by Mr. Shanti Prasad Ghimire, Ambassador of Nepal to Bhutan with residence in Dhaka, and Ms. Sarita Koirala.\n\n" +
			"The delegation included the Ambassador of the Slovak Republic to Uzbekistan (resident in Astana), Ms. Zuzana Hrušková, " +
			"and others."})
	if err != nil {
		t.Fatal(err)
	}
	for name, org := range map[string]string{
		"Dilrukshi Wickramasinghe Perera": "country:sri-lanka",
		"Shanti Prasad Ghimire":           "country:nepal",
		"Zuzana Hrušková":                 "country:slovakia",
	} {
		if ps := positionsOf(ex, name); len(ps) != 1 || ps[0].Title != "Ambassador" || ps[0].Organisation != org {
			t.Errorf("%s positions = %+v, want %s's Ambassador", name, ps, org)
		}
	}
}

// hostOf returns the name of the host of the meeting whose evidence
// begins with prefix, and whether there is such a meeting.
func hostOf(ex *graph.Extraction, prefix string) (string, bool) {
	for _, m := range ex.Meetings {
		if len(m.Evidence) == 0 || !strings.HasPrefix(m.Evidence[0].Sentence, prefix) {
			continue
		}
		for _, p := range ex.Persons {
			if p.ID == m.Host {
				return p.Name, true
			}
		}
		return "", true
	}
	return "", false
}

// A meeting at a place the gazetteer does not know is in the country the
// document's visit is to: "Frederiksen met Prime Minister Kim Min-seok at
// the Government Complex Seoul", on her visit to Korea, is Kim's to host.
// An invitation to visit is no visit: "an invitation to visit Quito later
// this year" does not put the talks in Ecuador.
func TestHostAtAnUnknownPlace(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2025-10-08",
		Text: "President Lee Jae-myung held a summit with Danish Prime Minister Mette Frederiksen, who is on a state visit to the " +
			"Republic of Korea, at the Presidential Office on Wednesday.\n\n" +
			"Earlier in the day, Prime Minister Frederiksen met Prime Minister Kim Min-seok of the Republic of Korea and visited a " +
			"shipyard in Ulsan."})
	if err != nil {
		t.Fatal(err)
	}
	if h, ok := hostOf(ex, "Earlier in the day"); !ok || h != "Kim Min-seok" {
		t.Errorf("host = %q (found %v), want Kim Min-seok; meetings %+v", h, ok, ex.Meetings)
	}
	ex, err = testExtractor.Extract(graph.Document{Published: "2026-04-16",
		Text: "Antiguo Cuscatlán, April 16, 2026. The Minister of Foreign Affairs of El Salvador, Alexandra Hill Tinoco, held official " +
			"talks this Thursday at the Ministry's headquarters in Antiguo Cuscatlán with the Minister of Foreign Affairs of the " +
			"Republic of Ecuador, María Gabriela Sommerfeld Rosero, who is on a two-day official visit to the country.\n\n" +
			"The Ecuadorian minister conveyed a message of friendship from the President of Ecuador, Daniel Noboa Azín, together " +
			"with an invitation to visit Quito later this year."})
	if err != nil {
		t.Fatal(err)
	}
	if h, ok := hostOf(ex, "The Minister of Foreign Affairs of El Salvador"); !ok || h != "Alexandra Hill Tinoco" {
		t.Errorf("host = %q (found %v), want Hill Tinoco, not the guest; meetings %+v", h, ok, ex.Meetings)
	}
}

// "the UN chief" is the one head of the body the text names: the
// Secretary-General attends the talks it tells. Two heads of the body
// leave it unresolved.
func TestChiefOfABody(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2026-02-15",
		Text: "ADDIS ABABA, Feb 15 - UN Secretary-General António Guterres arrived in Addis Ababa on Thursday. On Friday, the UN " +
			"chief held talks with Prime Minister Abiy Ahmed at the prime minister office."})
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Meetings) != 1 || !hasAttendee(ex.Meetings[0], "person:antonio-guterres") {
		t.Errorf("meetings = %+v, want one that Guterres attends", ex.Meetings)
	}
	ex, err = testExtractor.Extract(graph.Document{Published: "2026-02-15",
		Text: "JAKARTA, Feb 15 - ASEAN Secretary-General Kao Kim Hourn and the ASEAN Chair, Prime Minister Anwar Ibrahim, arrived on " +
			"Thursday. On Friday, the ASEAN chief held talks with President Prabowo Subianto."})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ex.Meetings {
		if hasAttendee(m, "person:kao-kim-hourn") || hasAttendee(m, "person:anwar-ibrahim") {
			t.Errorf("meeting %+v: the ASEAN chief could be either", m)
		}
	}
}

func hasAttendee(m graph.MeetingFact, id string) bool {
	for _, a := range m.Attendees {
		if a.Person == id {
			return true
		}
	}
	return false
}

// A post's domain in brackets after the title is part of it:
// "Additional Secretary (Indo-Pacific)", "First Secretary (Press and
// Public Relations)"; an acronym or one name in brackets is not:
// "Executive Vice President (Afreximbank)".
func TestBracketedDomainInTheTitle(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2026-02-10",
		Text: "NEW DELHI, Feb 10 - Additional Secretary (Indo-Pacific) Anand Prakash Verma led the Indian delegation. " +
			"Ms Naomi Chisenga-Lungu, First Secretary (Press and Public Relations), briefed the media. " +
			"Executive Vice President (Afreximbank) Kanayo Awani also attended."})
	if err != nil {
		t.Fatal(err)
	}
	for name, title := range map[string]string{
		"Anand Prakash Verma":  "Additional Secretary (Indo-Pacific)",
		"Naomi Chisenga-Lungu": "First Secretary (Press and Public Relations)",
	} {
		if ps := positionsOf(ex, name); len(ps) == 0 || ps[0].Title != title {
			t.Errorf("%s positions = %+v, want %s", name, ps, title)
		}
	}
	for _, p := range positionsOf(ex, "Kanayo Awani") {
		if strings.Contains(p.Title, "Afreximbank") {
			t.Errorf("Awani position %+v, want no acronym in the title", p)
		}
	}
}

// Portfolios joined by "and" and commas before "Minister" are the
// title's: "Investment, Trade and Industry Minister", "Mines and Mining
// Development Minister"; not a name and a title joined by "and":
// "President Xi and Foreign Minister Wang Yi".
func TestPortfolioListBeforeMinister(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2026-02-10",
		Text: "HARARE, Feb 10 - Investment, Trade and Industry Minister Zafrul Tengku Abdul Aziz met Mines and Mining Development " +
			"Minister Winston Chitando. President Xi and Foreign Minister Wang Yi sent greetings."})
	if err != nil {
		t.Fatal(err)
	}
	for name, title := range map[string]string{
		"Zafrul Tengku Abdul Aziz": "Investment, Trade and Industry Minister",
		"Winston Chitando":         "Mines and Mining Development Minister",
		"Wang Yi":                  "Foreign Minister",
	} {
		if ps := positionsOf(ex, name); len(ps) == 0 || ps[0].Title != title {
			t.Errorf("%s positions = %+v, want %s", name, ps, title)
		}
	}
}

// A region's prefix before a people names the body with it: "Central
// American Farmers Union", not "American Farmers Union"; so does a people
// inside a ministry's name: "Ministry of Protection of Indonesian Migrant
// Workers", not "of Indonesian".
func TestPeoplesInABodysName(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2026-02-10",
		Text: "SAN SALVADOR, Feb 10 - The ministers met the Central American Farmers Union. The Ministry " +
			"of Protection of Indonesian Migrant Workers (KP2MI) signed a memorandum."})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(ex.Organisations, func(o graph.EntityFact) bool { return o.Name == "Central American Farmers Union" }) {
		t.Errorf("organisations = %+v, want the Central American Farmers Union", ex.Organisations)
	}
	// A people after "of" goes on with the ministry's name.
	if !slices.ContainsFunc(ex.Organisations, func(o graph.EntityFact) bool { return o.Name == "Ministry of Protection of Indonesian Migrant Workers" }) {
		t.Errorf("organisations = %+v, want the Ministry of Protection of Indonesian Migrant Workers", ex.Organisations)
	}
}

// India's "External Affairs Minister" is a foreign minister's title: his
// counterpart is a foreign minister, not an External Affairs Minister of
// Paraguay, and "the external affairs minister said" is India's.
func TestExternalAffairsMinister(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2025-06-12",
		Text: "New Delhi, Jun 12 (PTI) External Affairs Minister S Jaishankar on Thursday held talks with his Paraguayan " +
			"counterpart Ruben Ramirez Lezcano. The Paraguayan foreign minister thanked him.\n\n" +
			"\"Distance is no longer a barrier to partnership,\" the external affairs minister said."})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range positionsOf(ex, "Ruben Ramirez Lezcano") {
		if p.Title == "External Affairs Minister" {
			t.Errorf("Lezcano position %+v", p)
		}
	}
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:s-jaishankar" {
		t.Errorf("statements = %+v, want Jaishankar's", ex.Statements)
	}
}

// A list of countries in title case ("Zambia, Malawi And Zimbabwe") is
// read without failing on the capitalised "And".
func TestTitleCaseAndInACountryList(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2026-02-10",
		Text: "LUSAKA, Feb 10 - The Country Director for Zambia, Malawi And Zimbabwe, Ousmane Kaboré, spoke."})
	if err != nil {
		t.Fatal(err)
	}
	if personNamed(ex, "Ousmane Kaboré") == nil {
		t.Errorf("persons = %+v, want Ousmane Kaboré", ex.Persons)
	}
}

// A country named by its people keeps that name as an alias, as the gold
// does ("Viet Nam", aliases "Vietnamese"): the name it is read by.
func TestDemonymIsACountrysAlias(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2025-10-26",
		Text: "KUALA LUMPUR, Oct 26 - Vietnamese Prime Minister Pham Minh Chinh attended the summit."})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ex.Countries, func(c graph.EntityFact) bool { return c.ID == "country:vietnam" })
	if i < 0 || !slices.Contains(ex.Countries[i].Aliases, "Vietnamese") {
		t.Errorf("countries = %+v, want Vietnam with the alias Vietnamese", ex.Countries)
	}
}

// Credentials name the post after "as": "the credentials of HE Mpho Tšepo
// Mokhehle as non-resident Ambassador of the Kingdom of Lesotho to the
// State of Qatar". "as" before no title gives none.
func TestCredentialsAsTitle(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2025-05-06",
		Text: "DOHA, May 6 - The Secretary-General of the Ministry of Foreign Affairs received a copy of the credentials of HE Mpho " +
			"Tšepo Mokhehle as non-resident Ambassador of the Kingdom of Lesotho to the State of Qatar, residing in Riyadh.\n\n" +
			"The minister described Mr. Ali Hassan as a friend of the Council."})
	if err != nil {
		t.Fatal(err)
	}
	if ps := positionsOf(ex, "Mpho Tšepo Mokhehle"); len(ps) != 1 || ps[0].Title != "Ambassador" ||
		ps[0].Organisation != "country:lesotho" || ps[0].AccreditedTo != "country:qatar" {
		t.Errorf("Mokhehle positions = %+v, want Lesotho's Ambassador to Qatar", ps)
	}
	if ps := positionsOf(ex, "Ali Hassan"); len(ps) != 0 {
		t.Errorf("Hassan positions = %+v, want none", ps)
	}
}

// A list of posts and names after "were" or a semicolon: "Also present
// were Minister of Foreign Affairs and Foreign Trade, the Hon. Kerrie
// Symmonds; Permanent Secretary ..., Dr. Deborah Clarke-Yearwood". And
// "Communities" ends a portfolio: "Minister of Foreign Affairs,
// International Cooperation and Communities of Guinea-Bissau, Name,".
func TestPostsListedAfterWere(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2025-12-01",
		Text: "BRIDGETOWN, Dec 1 - Also present were Minister of Foreign Affairs and Foreign Trade, the Hon. Kerrie Symmonds; " +
			"Permanent Secretary in the Ministry of Foreign Affairs and Foreign Trade, Dr. Deborah Clarke-Yearwood; and others.\n\n" +
			"Executive Secretary Zacarias da Costa received the Minister of Foreign Affairs, International Cooperation and " +
			"Communities of Guinea-Bissau, Inácio Sanhá Correia, who was in Lisbon."})
	if err != nil {
		t.Fatal(err)
	}
	for name, title := range map[string]string{
		"Kerrie Symmonds":         "Minister of Foreign Affairs and Foreign Trade",
		"Deborah Clarke-Yearwood": "Permanent Secretary in the Ministry of Foreign Affairs and Foreign Trade",
		"Inácio Sanhá Correia":    "Minister of Foreign Affairs, International Cooperation and Communities",
	} {
		if ps := positionsOf(ex, name); len(ps) == 0 || ps[0].Title != title {
			t.Errorf("%s positions = %+v, want %s", name, ps, title)
		}
	}
}

// "Federal Councillor" is a title, and a job set off after a titled name
// is a second post, after the title: "Federal Councillor Ignazio Cassis,
// head of the Federal Department of Foreign Affairs (FDFA), received ...".
func TestJobAfterATitledName(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Published: "2025-05-16",
		Text: "Bern, 16.05.2025 – Federal Councillor Ignazio Cassis, head of the Federal Department of Foreign Affairs (FDFA), " +
			"received Tanja Fajon, Deputy Prime Minister of Slovenia."})
	if err != nil {
		t.Fatal(err)
	}
	ps := positionsOf(ex, "Ignazio Cassis")
	if len(ps) != 2 || ps[0].Title != "Federal Councillor" || ps[0].Organisation != "country:switzerland" || ps[1].Title != "head" {
		t.Errorf("Cassis positions = %+v, want Federal Councillor of Switzerland, then head of the FDFA", ps)
	}
}
