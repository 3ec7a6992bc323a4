package extract

import (
	"testing"
)

// Rules written in session 24 on the tuning sets (g to F).

// "Permanent Representative of The Gambia": the gazetteer's name of the
// country starts with the article, which the title does not skip; and
// "Ambassador of The Gambia to A and Permanent Representative to the OIC"
// gives the second post the same country.
func TestCountryNamedWithTheAndEnvoysSecondPost(t *testing.T) {
	ex := extract(t, "JEDDAH, May 4 - The Secretary-General received Ousman Jobe-Sanneh, Permanent Representative of The "+
		"Gambia to the OIC, on Monday.", "2026-05-04")
	wantPosts(t, ex, "Ousman Jobe-Sanneh", "country:gambia", "Permanent Representative")
	ex = extract(t, "JEDDAH, May 4 - He received Ebrima Ceesay-Jallow, Ambassador of The Gambia to the Kingdom of Saudi "+
		"Arabia and Permanent Representative to the OIC, on Monday.", "2026-05-04")
	wantPosts(t, ex, "Ebrima Ceesay-Jallow", "country:gambia", "Ambassador", "Permanent Representative")
}

// "Ambassador Gasimzade is concurrently the Ambassador of Azerbaijan to
// the Republic of Indonesia", "who is resident in Jakarta as Mongolia's
// Ambassador to the Republic of Indonesia": the envoy's further post.
func TestEnvoysFurtherPostInAClause(t *testing.T) {
	for _, c := range []struct{ text, name, country string }{
		{"Elnur Gasimzade, Ambassador of the Republic of Azerbaijan to ASEAN, met him. Ambassador Gasimzade is " +
			"concurrently the Ambassador of Azerbaijan to the Republic of Indonesia.", "Elnur Gasimzade", "country:azerbaijan"},
		{"Tömörbaataryn Ganbold, Ambassador of Mongolia to ASEAN, met him. Ambassador Ganbold, who is resident in " +
			"Jakarta as Mongolia’s Ambassador to the Republic of Indonesia, spoke.", "Tömörbaataryn Ganbold", "country:mongolia"},
		{"Ana Cláudia Furtado Ramos, Ambassador of Brazil to ASEAN, met him. Ambassador Furtado Ramos, who is also " +
			"Ambassador of Brazil to Indonesia, spoke.", "Ana Cláudia Furtado Ramos", "country:brazil"},
	} {
		ex := extract(t, "JAKARTA, 10 March 2026 - "+c.text, "2026-03-10")
		n := 0
		for _, p := range positionsOf(ex, c.name) {
			if p.Title == "Ambassador" && p.Organisation == c.country && p.AccreditedTo == "country:indonesia" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: positions = %+v, want one Ambassador of %s to Indonesia", c.name, positionsOf(ex, c.name), c.country)
		}
	}
	// A past post told so is no further post ("who served as
	// Ambassador"), nor another envoy near where he lives.
	// Nor is another country's envoy told after "also".
	for clause, country := range map[string]string{"who earlier served as": "Brazil", "who is based in Jakarta near the": "Brazil", "and also the": "Chile"} {
		ex := extract(t, "JAKARTA, 10 March 2026 - Ana Cláudia Furtado Ramos, Ambassador of Brazil to ASEAN, met him. "+
			"Ambassador Furtado Ramos, "+clause+" Ambassador of "+country+" to Indonesia, spoke.", "2026-03-10")
		for _, p := range positionsOf(ex, "Ana Cláudia Furtado Ramos") {
			if p.AccreditedTo == "country:indonesia" {
				t.Errorf("%s: positions = %+v, want no post in Indonesia", clause, positionsOf(ex, "Ana Cláudia Furtado Ramos"))
			}
		}
	}
}

// "At the end of the day, the Nigerien minister was received in audience
// by the President": another encounter than the consultations told before,
// with its own host.
func TestEndOfDayAudienceIsItsOwnMeeting(t *testing.T) {
	ex := extract(t, "Cotonou, 19 March 2026 – The Minister of Foreign Affairs, Mr Olushegun Adjadi BAKARI, held "+
		"consultations on Wednesday, 18 March 2026, with the Minister of Foreign Affairs of Niger, Mr Bakary Yaou SANGARÉ, "+
		"at the headquarters of the Ministry in Cotonou.\n\nAt the end of the day, the Nigerien minister was received in "+
		"audience by the President of the Republic, His Excellency Patrice TALON, at the Palais de la Marina. Minister "+
		"BAKARI was present.", "2026-03-19")
	wantHeld(t, ex, "2026-03-18 Olushegun Adjadi BAKARI: Bakary Yaou SANGARÉ, Olushegun Adjadi BAKARI",
		"2026-03-18 Patrice TALON: Bakary Yaou SANGARÉ, Olushegun Adjadi BAKARI, Patrice TALON")
}

// "Te Beretitenti" is Kiribati's title of its President, with its own
// article: "Te Beretitenti said", "Te Beretitenti held a video call".
func TestTeBeretitenti(t *testing.T) {
	ex := extract(t, "Bairiki, Tarawa, 8 May 2026\n\nHis Excellency Taneti Maamau, Te Beretitenti (President) of the "+
		"Republic of Kiribati, on Wednesday received Ambassador Qian Bo at State House in Bairiki.\n\n\"We welcome every "+
		"partner,\" Te Beretitenti said.\n\nOn Thursday, Te Beretitenti held a video call with the President of the "+
		"Republic of Palau, His Excellency Surangel Whipps.", "2026-05-08")
	wantPersons(t, ex, "Qian Bo", "Surangel Whipps", "Taneti Maamau")
	wantPosts(t, ex, "Taneti Maamau", "country:kiribati", "Te Beretitenti")
	wantSpeakers(t, ex, "We welcome every partner", "Taneti Maamau")
	wantHeld(t, ex, "2026-05-06 Taneti Maamau: Qian Bo, Taneti Maamau", "2026-05-07 : Surangel Whipps, Taneti Maamau")
}

// '"The good news," she continued, "is that ..."': "continued" attributes
// a quotation its attribution splits, as "said" does.
func TestContinuedSplitsAQuote(t *testing.T) {
	ex := extract(t, "BEIRUT, 4 May 2026 - Executive Secretary Rola Dashti presented the report. \"The good news,\" she "+
		"continued, \"is that the region already has some projects. What is missing is scale.\"", "2026-05-04")
	wantSpeakers(t, ex, "The good news, is that the region", "Rola Dashti")
}

// 'signed a resolution "On measures to implement ..."': the act's title
// is no statement; a quotation after the act's noun that opens in lower
// case still is one.
func TestActTitleIsNoStatement(t *testing.T) {
	ex := extract(t, "Tashkent, July 8 (UzA). President of the Republic of Uzbekistan Shavkat Mirziyoyev has signed a "+
		"resolution \"On measures to implement the agreements reached at the highest level with Japan\", the agency reported.", "2026-07-08")
	if len(ex.Statements) != 0 {
		t.Errorf("statements = %+v, want none", ex.Statements)
	}
	ex = extract(t, "Tashkent, July 8 (UzA). President Shavkat Mirziyoyev said the new law \"must be applied in every region "+
		"without exception\".", "2026-07-08")
	wantSpeakers(t, ex, "must be applied in every region", "Shavkat Mirziyoyev")
}

// A vice premier ranks with the ministers, above a vice minister who
// attends with him: he hosts.
func TestVicePremierOutranksViceMinister(t *testing.T) {
	ex := extract(t, "BEIJING, June 9 (Xinhua) -- Chinese Vice Premier He Lifeng met with Uzbek Deputy Prime Minister "+
		"Jamshid Khodjaev here on Tuesday.\n\nVice Minister of Commerce Tang Jiayi and Uzbek Ambassador to China Akmal "+
		"Turdiev were present at the meeting.", "2026-06-09")
	wantHeld(t, ex, "2026-06-09 He Lifeng: Akmal Turdiev, He Lifeng, Jamshid Khodjaev, Tang Jiayi")
}

// "The agreement was signed on behalf of the Fund by A, ..., and on behalf
// of Jordan by B": the signatories meet; the one named after "by" signs,
// not in someone's name.
func TestSignedOnBehalfOfBy(t *testing.T) {
	ex := extract(t, "Kuwait, 21 January 2026\n\nThe agreement was signed on behalf of the Arab Fund by Mr. Bader "+
		"Mohammed Al-Saad, Director General, and on behalf of the Government of Jordan by H.E. Mr. Sinan Fawwaz "+
		"Al-Majali, Ambassador of Jordan to Kuwait.", "2026-01-21")
	wantHeld(t, ex, "2026-01-21 : Bader Mohammed Al-Saad, Sinan Fawwaz Al-Majali")
}

// "The Executive Director of the Asian Forest Cooperation Organization
// (AFoCO), Dr. Jeon Min-seok,": an acronym may mix cases.
func TestMixedCaseAcronymInTitleApposition(t *testing.T) {
	ex := extract(t, "Seoul, 5 June 2026 – The Executive Director of the Asian Forest Cooperation Organization (AFoCO), "+
		"Dr. Jeon Min-seok, concluded on Thursday a three-day mission to Cambodia.", "2026-06-05")
	wantPosts(t, ex, "Jeon Min-seok", "organisation:asian-forest-cooperation-organization", "Executive Director")
	for w, want := range map[string]bool{"AFoCO": true, "CoE": true, "Dr": false, "McDonald": false, "Mr": false, "IoT": true} {
		if got := mixedAcronym(w); got != want {
			t.Errorf("mixedAcronym(%q) = %v, want %v", w, got, want)
		}
	}
}
