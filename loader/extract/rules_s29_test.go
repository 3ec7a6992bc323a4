package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Rules written in session 29 on the tuning sets (g to N).

// "Special Initiatives" ends a portfolio listed with commas: "Federal
// Minister for Planning, Development and Special Initiatives Prof. Ahsan
// Iqbal", not a person "Special Initiatives Ahsan Iqbal".
func TestInitiativesEndAPortfolio(t *testing.T) {
	ex := extract(t, "ISLAMABAD (Online): Federal Minister for Planning, Development and Special Initiatives Prof. Ahsan Iqbal "+
		"on Wednesday said the pipeline must move.", "2026-11-12")
	wantPersons(t, ex, "Ahsan Iqbal")
	wantOneTitle(t, ex, "Ahsan Iqbal", "Federal Minister for Planning, Development and Special Initiatives")
}

// A body "of Belarus and Russia" is both countries': the second one closes
// its name.
func TestBodyOfTwoCountries(t *testing.T) {
	ex := extract(t, "The sides discussed the equipping of the Regional Grouping of Forces of Belarus and Russia.", "2026-05-03")
	wantOrgs(t, ex, []string{"Regional Grouping of Forces of Belarus and Russia"}, []string{"Regional Grouping of Forces of Belarus"})
	// Not a second country that opens a phrase of its own.
	ex = extract(t, "The sides discussed the Regional Grouping of Forces of Belarus and Russia's proposals.", "2026-05-03")
	wantOrgs(t, ex, []string{"Regional Grouping of Forces of Belarus"}, []string{"Regional Grouping of Forces of Belarus and Russia"})
}

// Pakistan's press writes a province or a portfolio after a title without
// "of" ("Chief Minister Punjab Maryam Nawaz Sharif", "Secretary Planning
// Muhammad Awais Hayat"): the word is the post's where the text writes it
// elsewhere as a place or a body's ("of Punjab's", "the Planning
// Ministry"), and a name's otherwise.
func TestBareProvinceAfterTitle(t *testing.T) {
	const text = "LAHORE (Online): Chief Minister Punjab Maryam Nawaz Sharif on Tuesday received Consul General Cao Ke. " +
		"Secretary Planning Muhammad Awais Hayat was also present.\n\nThey discussed the training of Punjab's graduates " +
		"and the Planning Ministry's budget."
	ex := extract(t, text, "2026-11-12")
	wantPersons(t, ex, "Maryam Nawaz Sharif", "Cao Ke", "Muhammad Awais Hayat")
	wantOneTitle(t, ex, "Maryam Nawaz Sharif", "Chief Minister Punjab")
	wantOneTitle(t, ex, "Muhammad Awais Hayat", "Secretary Planning")
	// Without that, the word is the name's: "Chief Minister Mohan Charan
	// Majhi" beside "Mohan Charan Majhi said".
	ex = extract(t, "BHUBANESWAR: Chief Minister Mohan Charan Majhi on Tuesday received Consul General Cao Ke. "+
		"Mohan Charan Majhi said the talks went well.", "2026-11-12")
	wantPersons(t, ex, "Mohan Charan Majhi", "Cao Ke")
}

// "He was talking to X, who called on him at the Ministry along with
// Ambassador of Turkmenistan to Pakistan Y": a call, not an appeal ("to"
// and a country is no verb).
func TestCalledOnHimAlongWithAnEnvoy(t *testing.T) {
	ex := extract(t, "ISLAMABAD (Online): Federal Minister for Planning Prof. Ahsan Iqbal on Wednesday said the pipeline must move.\n\n"+
		"He was talking to Deputy Foreign Minister Vepa Hajiyev, who called on him at the Planning Ministry in Islamabad along with "+
		"Ambassador of Turkmenistan to Pakistan Nurberdi Annayev.", "2026-11-12")
	wantHeld(t, ex, "2026-11-11 Ahsan Iqbal: Ahsan Iqbal, Nurberdi Annayev, Vepa Hajiyev")
}

// "on Tuesday, 1 September 2026": the date written after the weekday, not
// the last Tuesday before publication.
func TestWeekdayThenDate(t *testing.T) {
	for _, when := range []string{"on Tuesday, 1 September 2026", "on Tuesday 1 September", "on Tuesday, September 1, 2026"} {
		ex := extract(t, "Minister Ali Khan welcomed Minister John Doe "+when+".", "2026-09-10")
		wantHeld(t, ex, "2026-09-01 Ali Khan: Ali Khan, John Doe")
	}
}

// "Mekong Institute (MI) Executive Director Dr. Suriyan Vichitlekarn": the
// body before its acronym in brackets qualifies the title.
func TestBodyAndAcronymBeforeTitle(t *testing.T) {
	ex := extract(t, "KHON KAEN, Thailand, 3 September 2026 – Mekong Institute (MI) Executive Director Dr. Suriyan Vichitlekarn "+
		"welcomed the minister.", "2026-09-03")
	if ps := positionsOf(ex, "Suriyan Vichitlekarn"); !hasPosition(ps, "Executive Director", "organisation:mekong-institute") {
		t.Errorf("positions = %+v, want Executive Director of the Mekong Institute", ps)
	}
}

// In the release of a body whose Secretary-General is its first subject,
// a ranked staff title is the body's, not the seat's country's: "the
// Regional Director for the Americas, Gustavo Santos" in a Madrid release
// of UN Tourism.
func TestRankedStaffTitleOfThePrincipalsBody(t *testing.T) {
	ex := extractTitled(t, "UN Tourism and Mexico agree on data", "MADRID, 5 March 2026 – The Secretary-General of UN Tourism, "+
		"Shaikha Al Nowais, welcomed Mexico's Secretary of Tourism, Josefina Rodríguez Zamora, to the Organization's headquarters "+
		"in Madrid on Wednesday.\n\nThe Regional Director for the Americas, Gustavo Santos, took part in the meeting.", "2026-03-05")
	if ps := positionsOf(ex, "Gustavo Santos"); !hasPosition(ps, "Regional Director for the Americas", "organisation:world-tourism-organization") {
		t.Errorf("positions = %+v, want Regional Director of UN Tourism", ps)
	}
}

// "the Foreign Affairs, Cooperation and Djiboutians Abroad Committee": a
// body named by its domains, the first of two words.
func TestBodyOfListedDomains(t *testing.T) {
	ex := extract(t, "They met the Chairman of the Foreign Affairs, Cooperation and Djiboutians Abroad Committee, Hon. Idriss Houmed Bourhan.", "2026-07-08")
	wantOrgs(t, ex, []string{"Foreign Affairs, Cooperation and Djiboutians Abroad Committee"}, []string{"Cooperation and Djiboutians Abroad Committee"})
}

// A national body "<body> of <country>" in the gazetteer is also found
// with the country's formal name: "the House of Representatives of the
// Arab Republic of Egypt".
func TestNationalBodyWithFormalCountry(t *testing.T) {
	ex := extract(t, "He received a delegation of the House of Representatives of the Arab Republic of Egypt.", "2026-07-08")
	wantOrgs(t, ex, []string{"House of Representatives of Egypt"}, nil)
}

// "Paraguayan senators A and B": a plural title in lower case after the
// demonym that qualifies it gives each name the title and the country;
// without the demonym, it is no title.
func TestLowerPluralTitleAfterDemonym(t *testing.T) {
	ex := extract(t, "Also present were Paraguayan senators Óscar Benítez Florentín and Rocío Gaona Villalba.", "2026-04-22")
	wantPersons(t, ex, "Óscar Benítez Florentín", "Rocío Gaona Villalba")
	if ps := positionsOf(ex, "Rocío Gaona Villalba"); !hasPosition(ps, "Senator", "country:paraguay") {
		t.Errorf("positions = %+v, want Senator of Paraguay", ps)
	}
	ex = extract(t, "Also present were the senators Óscar Benítez Florentín and Rocío Gaona Villalba.", "2026-04-22")
	if ps := positionsOf(ex, "Rocío Gaona Villalba"); len(ps) != 0 {
		t.Errorf("positions = %+v, want none", ps)
	}
}

// "Joining Speaker Pomat were A and B": they join the meeting just told,
// as "Accompanying Speaker Pomat were" says.
func TestJoiningPersonWere(t *testing.T) {
	ex := extract(t, "The Speaker, Hon. Job Pomat, on Tuesday welcomed Hon. Patteson John Oti to Parliament House in Waigani.\n\n"+
		"Joining Speaker Pomat were Hon. Moses Yambe Kaupa and Mr. Ravu Tau Gabi.", "2026-08-27")
	wantHeld(t, ex, "2026-08-25 Job Pomat: Job Pomat, Moses Yambe Kaupa, Patteson John Oti, Ravu Tau Gabi")
}

// "Wang Yi said that ... . China hopes that the two sides will "..."": the
// quotation is the words of the one who speaks for China in the
// paragraph; not of someone of another country.
func TestCountryVoiceQuote(t *testing.T) {
	const text = "Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar in Islamabad on Tuesday.\n\n" +
		"%s said that China supports extending the CPEC to Afghanistan. China hopes that Afghanistan and Pakistan will " +
		"\"manage differences through dialogue and keep the border open.\""
	ex := extract(t, fmt.Sprintf(text, "Wang Yi"), "2026-07-12")
	wantSpeakers(t, ex, "manage differences", "Wang Yi")
	ex = extract(t, fmt.Sprintf(text, "Ishaq Dar"), "2026-07-12")
	wantSpeakers(t, ex, "manage differences")
}

// "Adviser to the SCO Secretary-General": an aide serves the principal
// named after "to" as after "of", and the principal's body employs.
func TestAideToAPrincipal(t *testing.T) {
	ex := extract(t, "Also present were Mr. Daniyar Seitkali, Adviser to the SCO Secretary-General.", "2026-06-03")
	if ps := positionsOf(ex, "Daniyar Seitkali"); !hasPosition(ps, "Adviser to the SCO Secretary-General", "organisation:shanghai-cooperation-organisation") {
		t.Errorf("positions = %+v, want Adviser to the SCO Secretary-General", ps)
	}
}

// A middle initial makes a person's name with no other cue: "co-led by
// Senior Bureau Official for South and Central Asian Affairs Margaret L.
// Whitcomb"; not a place named after a person ("John F. Kennedy
// International Airport").
func TestNameWithMiddleInitial(t *testing.T) {
	ex := extract(t, "The group is co-led by Senior Bureau Official for South and Central Asian Affairs Margaret L. Whitcomb and "+
		"Minister Ali Khan.", "2026-06-03")
	wantPersons(t, ex, "Ali Khan", "Margaret L. Whitcomb")
	ex = extract(t, "The group met Margaret L. Whitcomb on Monday. He landed at John F. Kennedy International Airport.", "2026-06-03")
	wantPersons(t, ex, "Margaret L. Whitcomb")
}

// "... the two presidents held talks in the library. They were joined by
// the Minister for Foreign Affairs, X": X joins the talks, hosted by the
// president who welcomed the guest, not an encounter X hosts.
func TestTheyWereJoinedBy(t *testing.T) {
	ex := extract(t, "The President of Iceland, Halla Tómasdóttir, today welcomed the President of Ireland, Catherine Connolly, at "+
		"Bessastaðir.\n\nAfter the ceremony, the two presidents held talks in the library. They were joined by the Minister for "+
		"Foreign Affairs, Þorgerður Katrín Gunnarsdóttir.", "2026-06-10")
	wantHeld(t, ex, "2026-06-10 Halla Tómasdóttir: Catherine Connolly, Halla Tómasdóttir, Þorgerður Katrín Gunnarsdóttir")
}

// 'President Connolly thanked her hosts and spoke of the "quiet courage"
// of small nations': a short quoted phrase after "spoke of" is the
// subject's statement, as after "praised".
func TestSpokeOfAQuotedPhrase(t *testing.T) {
	ex := extract(t, "The President of Iceland, Halla Tómasdóttir, today welcomed the President of Ireland, Catherine Connolly, at "+
		"Bessastaðir.\n\nPresident Connolly thanked her hosts for their welcome and spoke of the “quiet courage” of small nations.", "2026-06-10")
	wantSpeakers(t, ex, "quiet courage", "Catherine Connolly")
}

// "The Ambassador of Egypt to Djibouti, H.E. Mr. X, accompanied the
// delegation.": X joins the audience just told; and the host "recalled
// the "brotherly and historic" ties": a short quoted phrase of his.
func TestAccompaniedTheDelegation(t *testing.T) {
	ex := extract(t, "Djibouti, 9 July 2026 (AN) – The President of the National Assembly, H.E. Mr. Dileita Mohamed Dileita, received "+
		"this Wednesday a parliamentary delegation led by Hon. Ayman Fathy Abdel-Maksoud, Chairman of the African Affairs Committee.\n\n"+
		"The Ambassador of Egypt to Djibouti, H.E. Mr. Khaled Samir El-Gohary, accompanied the delegation.\n\n"+
		"Welcoming his guests, the President of the National Assembly recalled the \"brotherly and historic\" ties between the two countries, both members of "+
		"the League of Arab States.", "2026-07-09")
	wantHeld(t, ex, "2026-07-08 Dileita Mohamed Dileita: Ayman Fathy Abdel-Maksoud, Dileita Mohamed Dileita, Khaled Samir El-Gohary")
	wantSpeakers(t, ex, "brotherly and historic", "Dileita Mohamed Dileita")
}

// A fund "for" a country and a mission "to" one: the country ends the
// body's name ("Energy Support Fund for Ukraine", "Regional Assistance
// Mission to Solomon Islands"); not a permanent mission's.
func TestFundForAndMissionToACountry(t *testing.T) {
	ex := extract(t, "It was funded by the Energy Support Fund for Ukraine.", "2026-06-10")
	wantOrgs(t, ex, []string{"Energy Support Fund for Ukraine"}, []string{"Energy Support Fund"})
	ex = extract(t, "He thanked the Regional Assistance Mission to Solomon Islands for its work.", "2026-06-10")
	wantOrgs(t, ex, []string{"Regional Assistance Mission to Solomon Islands"}, []string{"Regional Assistance Mission"})
}

// A body of a lake or a basin, and a university of a city whose name has
// a particle: "the Binational Autonomous Authority of Lake Titicaca", "the
// Binational Commission for the Development of the Laguna Merín Basin",
// "the University of Dar es Salaam".
func TestBodyOfALakeAndOfACityWithParticle(t *testing.T) {
	ex := extract(t, "He met the Binational Autonomous Authority of Lake Titicaca on Monday.", "2026-06-10")
	wantOrgs(t, ex, []string{"Binational Autonomous Authority of Lake Titicaca"}, []string{"Binational Autonomous Authority"})
	ex = extract(t, "He visited the University of Dar es Salaam on Monday.", "2026-06-10")
	wantOrgs(t, ex, []string{"University of Dar es Salaam"}, []string{"University of Dar"})
	ex = extract(t, "He met the Uruguay–Brazil Binational Commission for the Development of the Laguna Merín Basin on Monday.", "2026-06-10")
	wantOrgs(t, ex, []string{"Uruguay–Brazil Binational Commission for the Development of the Laguna Merín Basin"}, nil)
}

// "Minister of Foreign Affairs, International Cooperation and Francophonie
// of the Democratic Republic of the Congo": "Francophonie" ends a listed
// portfolio.
func TestFrancophonieEndsAPortfolio(t *testing.T) {
	ex := extract(t, "He met Thérèse Kayikwamba Wagner, Minister of Foreign Affairs, International Cooperation and Francophonie of "+
		"the Democratic Republic of the Congo, on Monday.", "2026-06-10")
	wantOneTitle(t, ex, "Thérèse Kayikwamba Wagner", "Minister of Foreign Affairs, International Cooperation and Francophonie")
}

// "Russian Natural Resources and Environment Minister Alexander Kozlov":
// the adjective that opens the first portfolio before the title.
func TestPortfolioAdjectiveBeforeTitle(t *testing.T) {
	ex := extract(t, "Russian Natural Resources and Environment Minister Alexander Kozlov said so.", "2026-06-10")
	wantOneTitle(t, ex, "Alexander Kozlov", "Natural Resources and Environment Minister")
}

// "NANNING, Sept. 17 (Xinhua) -- ... met ... here on Thursday": "here" is
// the dateline's city, not only a capital, and the Chinese premier at
// home hosts.
func TestHereIsTheDatelineNonCapital(t *testing.T) {
	ex := extract(t, "NANNING, Sept. 17 (Xinhua) -- Chinese Premier Li Qiang met with Lao Prime Minister Sonexay Siphandone here "+
		"on Thursday.", "2026-09-17")
	if got := placesAndHosts(ex); !slices.Equal(got, []string{"2026-09-17 place:nanning person:li-qiang"}) {
		t.Errorf("meetings = %q, want one in Nanning hosted by Li Qiang", got)
	}
}

// Cases a review of the session's rules found (each produced a wrong fact
// before its fix).
func TestReviewS29Cases(t *testing.T) {
	const opening = "Foreign Minister Ali Khan received Ambassador John Doe in Islamabad on Monday. "
	for _, text := range []string{
		opening + `Khan recalled the "do more" demands made by Washington in the past.`,
		opening + `Khan spoke of the "axis of evil" speech of former US President George Bush.`,
		"Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar in Islamabad on Tuesday.\n\nWang Yi said that China " +
			`supports Pakistan. China opposes what Washington calls a "free and open Indo-Pacific strategy" in the region.`,
		"Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar in Islamabad on Tuesday.\n\nWang Yi said that China " +
			`supports Pakistan. China welcomes the resolution that calls for "an immediate and lasting ceasefire" in the region.`,
		"Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar in Islamabad on Tuesday.\n\nWang Yi met Ishaq Dar " +
			`again. China hopes that the two sides will "keep the border open for trade" in the region.`,
	} {
		if ex := extract(t, text, "2026-06-10"); len(ex.Statements) != 0 {
			t.Errorf("%q: statements = %+v, want none", text, ex.Statements)
		}
	}
	// Plural titles after a list of countries or "former" are no posts.
	ex := extract(t, "He later met US and Chinese ambassadors Robert Smith and Li Wei in Kabul.", "2026-06-10")
	if ps := positionsOf(ex, "Robert Smith"); len(ps) != 0 {
		t.Errorf("Smith's positions = %+v, want none", ps)
	}
	ex = extract(t, "He met former Singapore ministers George Yeo and Lim Hng Kiang on Monday.", "2026-06-10")
	if ps := positionsOf(ex, "George Yeo"); len(ps) != 0 {
		t.Errorf("Yeo's positions = %+v, want none", ps)
	}
	// A middle initial in what is named after a person makes no person.
	for _, text := range []string{"He won the Harry S. Truman Scholarship in 2019 and met Minister Ali Khan.",
		"He praised the Harry S. Truman administration and met Minister Ali Khan.",
		"He visited Franklin D. Roosevelt Memorial and met Minister Ali Khan."} {
		ex = extract(t, text, "2026-06-10")
		wantPersons(t, ex, "Ali Khan")
	}
	// A month or a given name after a title is the name's, whatever the
	// text says elsewhere.
	ex = extract(t, "Ambassador April Lynn Foster met Minister Ali Khan in Islamabad on Monday. The agreement signed in April runs to 2030.", "2026-06-10")
	wantPersons(t, ex, "April Lynn Foster", "Ali Khan")
	ex = extract(t, "Secretary Muhammad Awais Hayat met Minister Ali Khan. He spoke of the teachings of Muhammad and of peace.", "2026-06-10")
	wantPersons(t, ex, "Muhammad Awais Hayat", "Ali Khan")
	// A body's head before the comma names a body of its own; two
	// national bodies are not one body of two countries; a fund named by
	// its country serves no other.
	ex = extract(t, "He thanked the Tourism Board, Customs and Immigration Department for their support.", "2026-06-10")
	wantOrgs(t, ex, nil, []string{"Tourism Board, Customs and Immigration Department"})
	ex = extract(t, "Officials from the Electoral Commission of Ghana and Nigeria attended.", "2026-06-10")
	wantOrgs(t, ex, nil, []string{"Electoral Commission of Ghana and Nigeria"})
	ex = extract(t, "He signed the loan with the Kuwait Development Fund for Egypt last week.", "2026-06-10")
	wantOrgs(t, ex, nil, []string{"Kuwait Development Fund for Egypt"})
	// "Adviser to the SCO Secretary-General Zhang Ming": the principal's
	// title is Zhang Ming's.
	ex = extract(t, "Also present was Mr. Ali Raza, Adviser to the SCO Secretary-General Zhang Ming.", "2026-06-10")
	if ps := positionsOf(ex, "Zhang Ming"); len(ps) != 1 || ps[0].Title != "Secretary-General" {
		t.Errorf("Zhang Ming's positions = %+v, want Secretary-General", ps)
	}
	// "They were joined by X" after another day's sentence joins no
	// earlier meeting.
	ex = extract(t, "President Ali Khan received Ambassador John Doe in Islamabad on Monday.\n\nOn Wednesday, the two foreign "+
		"ministers, Ahmed Raza and Peter Wong, met in Beijing. They were joined by the Minister of Trade, Sara Lee.", "2026-06-10")
	for _, line := range heldLines(ex) {
		if strings.Contains(line, "John Doe") && strings.Contains(line, "Sara Lee") {
			t.Errorf("meeting %q: Sara Lee joined Monday's meeting", line)
		}
	}
	// "on Friday, April Lynn Foster said": a weekday before a name.
	ex = extract(t, "Minister Ali Khan received Ambassador John Doe on Friday, April Lynn Foster said.", "2026-06-10")
	wantMeetingsOn(t, ex, "John Doe", "2026-06-05")
	// '"...," the' ending a text.
	extract(t, `"a b c d." the`, "2026-06-10")
}

// "the Economic Partnership Agreement (EPA)": an instrument named with its
// acronym is no body.
func TestAgreementWithAcronymIsNoBody(t *testing.T) {
	ex := extract(t, "The two sides discussed the Economic Partnership Agreement (EPA) now under negotiation.", "2026-06-10")
	wantOrgs(t, ex, nil, []string{"Economic Partnership Agreement"})
}

// A convention or conference centre is a venue, no body: "the Kenyatta
// International Convention Centre".
func TestConventionCentreIsNoBody(t *testing.T) {
	ex := extract(t, "The summit opened at the Kenyatta International Convention Centre in Nairobi on Monday.", "2026-06-10")
	wantOrgs(t, ex, nil, []string{"Kenyatta International Convention Centre"})
}

// A zone named only by its kind is no body ("the Exclusive Economic Zone",
// "a new Free Trade Zone"); one with a name of its own is ("the Alat Free
// Economic Zone").
func TestGenericZoneIsNoBody(t *testing.T) {
	ex := extract(t, "Vessels fished in the Exclusive Economic Zone of Kiribati. They discussed a new Free Trade Zone.", "2026-06-10")
	wantOrgs(t, ex, nil, []string{"Exclusive Economic Zone", "Free Trade Zone"})
	ex = extract(t, "They visited the Alat Free Economic Zone on Monday.", "2026-06-10")
	wantOrgs(t, ex, []string{"Alat Free Economic Zone"}, nil)
}
