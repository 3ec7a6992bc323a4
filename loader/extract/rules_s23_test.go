package extract

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Rules written on batch F of the generalization set, which joined the
// tuning sets in session 23.

// "The agreement was signed at the Ministry of Finance in Tashichho Dzong,
// Thimphu, by A and B": the place before "by" may name a body and run over
// commas; "C and D also attended the ceremony." join the signing.
func TestSignedAtLongPlaceThenAttendedCeremony(t *testing.T) {
	ex := extract(t, "Thimphu, 21 May 2026\n\nThe agreement was signed at the Ministry of Finance in Tashichho Dzong, "+
		"Thimphu, by the Chief Executive Officer of the Fund, Dr. Nihal Abeysekera, and the Finance Secretary, Dasho "+
		"Kinley Penjor. Ms. Karma Yangzom and Mr. Sonam Tshering Wangdi also attended the ceremony.", "2026-05-21")
	wantHeld(t, ex, "2026-05-21 Nihal Abeysekera: Karma Yangzom, Kinley Penjor, Nihal Abeysekera, Sonam Tshering Wangdi")
}

// "Director of the Economic and Infrastructure Window at the SDF": a unit
// word ends the unit's name, it does not start a person's; and "The SAARC
// Development Fund (SDF)" defines SDF in the document over the
// gazetteer's SDF (Japan's Self-Defense Forces).
func TestWindowUnitAndDefinedAcronym(t *testing.T) {
	ex := extract(t, "THIMPHU, May 21 - The SAARC Development Fund (SDF) signed the agreement. Ms. Karma Yangzom, "+
		"Director of the Economic and Infrastructure Window at the SDF, attended.", "2026-05-21")
	wantPersons(t, ex, "Karma Yangzom")
	wantPosts(t, ex, "Karma Yangzom", "organisation:saarc-development-fund", "Director of the Economic and Infrastructure Window")
	wantOrgs(t, ex, nil, []string{"Japan Self-Defense Forces"})
}

// "held wide-ranging talks with": a hyphened adjective before the noun.
func TestWideRangingTalks(t *testing.T) {
	ex := extract(t, "New Delhi, Aug 6 (IANS) External Affairs Minister S. Jaishankar on Thursday held wide-ranging talks "+
		"with his Guyanese counterpart Hugh Hilton Todd here.", "2026-08-06")
	wantHeld(t, ex, "2026-08-06 S. Jaishankar: Hugh Hilton Todd, S. Jaishankar")
}

// "Minister of State for External Affairs A and Joint Secretary (Latin
// America and Caribbean) in the Ministry of External Affairs (MEA), B,":
// the rank before the second title is not the first one's name; "Latin
// America" is no United States; "in the Ministry" names the employer as
// "at" does; and a post with its name after "and" follows a name.
func TestSecondPostAfterNameAndInTheMinistry(t *testing.T) {
	ex := extract(t, "New Delhi, Aug 6 (IANS) Minister of State for External Affairs Pabitra Margherita and Joint "+
		"Secretary (Latin America and Caribbean) in the Ministry of External Affairs (MEA), Ananya Rao Kulkarni, were "+
		"present.", "2026-08-06")
	wantPersons(t, ex, "Ananya Rao Kulkarni", "Pabitra Margherita")
	wantPosts(t, ex, "Pabitra Margherita", "country:india", "Minister of State for External Affairs")
	wantPosts(t, ex, "Ananya Rao Kulkarni", "organisation:ministry-of-external-affairs", "Joint Secretary (Latin America and Caribbean)")
}

// "A and B on Wednesday signed a plan ... following talks": the day may
// stand between the signatories and "signed"; "On the Russian side they
// were attended by X" joins the talks without a comma after the side.
func TestSignatoriesDayThenSideWithoutComma(t *testing.T) {
	ex := extract(t, "MOSCOW, April 22. /TASS/. Russian Foreign Minister Sergei Lavrov and his Uzbek counterpart Bakhtiyor "+
		"Saidov on Wednesday signed a plan of consultations following talks.\n\nThe talks were held first in a one-on-one "+
		"format. On the Russian side they were attended by Deputy Foreign Minister Mikhail Galuzin.", "2026-04-22")
	wantHeld(t, ex, "2026-04-22 Sergei Lavrov: Bakhtiyor Saidov, Mikhail Galuzin, Sergei Lavrov")
}

// "Vice President ... Carlos Eduardo Moreira Lima.": a city's name may end
// a name of three words or more; "the newly appointed Permanent and
// Plenipotentiary Representative of ... to the CSTO, Ambassador X" is
// received with the whole rank; "The Press Secretary of the CSTO Secretary
// General X" serves the Secretary General, as an envoy would.
func TestCitySurnameRankAndPrincipalsAide(t *testing.T) {
	ex := extract(t, "MOSCOW, February 18 - Vice President of the Bank for Investment "+
		"Operations Carlos Eduardo Moreira Lima, who spoke first, praised the plan.\n\nOn the same day, Imangali Tasmagambetov received the newly appointed Permanent and Plenipotentiary "+
		"Representative of the Republic of Kazakhstan to the CSTO, Ambassador Ruslan Bekmukhanov.\n\nThe Press Secretary "+
		"of the CSTO Secretary General Vladimir Zainetdinov told journalists that the next meeting would be held in March.", "2026-02-18")
	wantPersons(t, ex, "Carlos Eduardo Moreira Lima", "Imangali Tasmagambetov", "Ruslan Bekmukhanov", "Vladimir Zainetdinov")
	wantPosts(t, ex, "Ruslan Bekmukhanov", "country:kazakhstan", "Permanent and Plenipotentiary Representative")
	wantPosts(t, ex, "Vladimir Zainetdinov", "organisation:collective-security-treaty-organisation", "Press Secretary of the CSTO Secretary General")
	wantHeld(t, ex, "2026-02-18 Imangali Tasmagambetov: Imangali Tasmagambetov, Ruslan Bekmukhanov")
}

// "Accompanying Prime Minister Montenegro were A and B" join the talks
// just told (the surname is a country's name: no mention before "were");
// "A and B held a working meeting" is a meeting of its own.
func TestAccompanyingWereAndWorkingMeeting(t *testing.T) {
	ex := extract(t, "ASUNCIÓN, 17 June 2026 - President Santiago Peña received Prime Minister Luís Montenegro. Accompanying "+
		"Prime Minister Montenegro were the Minister of State and Foreign Affairs, Paulo Rangel, and the Ambassador of "+
		"Portugal to Paraguay, Nuno Sampaio Gomes.\n\nOn Tuesday, Foreign Minister Rubén Ramírez Lezcano and Minister "+
		"Paulo Rangel held a working meeting.", "2026-06-17")
	wantHeld(t, ex, "2026-06-17 Santiago Peña: Luís Montenegro, Nuno Sampaio Gomes, Paulo Rangel, Santiago Peña",
		"2026-06-16 Rubén Ramírez Lezcano: Paulo Rangel, Rubén Ramírez Lezcano")
}

// "Skopje, 14 April 2026 – ... today held a telephone conversation", a
// second item on a page of 15 April: "today" is its own dateline's day.
func TestTodayUnderItsOwnDateline(t *testing.T) {
	ex := extract(t, "Skopje, 15 April 2026 – President Gordana Siljanovska-Davkova today received President Myriam Spiteri "+
		"Debono.\n\n***\n\nSkopje, 14 April 2026 – President Gordana Siljanovska-Davkova today held a telephone conversation "+
		"with the President of the Republic of Albania, Bajram Begaj.", "2026-04-15")
	wantHeld(t, ex, "2026-04-15 Gordana Siljanovska-Davkova: Gordana Siljanovska-Davkova, Myriam Spiteri Debono",
		"2026-04-14 : Bajram Begaj, Gordana Siljanovska-Davkova")
}

// "the Prime Minister spoke by telephone with X" in a release of
// Denmark's that names Poland's Prime Minister last: the release
// country's own calls.
func TestReleasesOwnHolderCalls(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{
		Publisher: "Prime Minister's Office of Denmark", Published: "2026-02-26",
		Text: "COPENHAGEN, 26 February 2026 - Prime Minister Mette Frederiksen today received the Prime Minister of Poland, " +
			"Donald Tusk, at Marienborg.\n\nBefore the talks, Prime Minister Tusk was received in audience by King Frederik X." +
			"\n\nOn Wednesday evening, the Prime Minister spoke by telephone with the Premier of Greenland, Jens-Frederik Nielsen.",
	})
	if err != nil {
		t.Fatal(err)
	}
	lines := heldLines(ex)
	if !slices.Contains(lines, "2026-02-25 : Jens-Frederik Nielsen, Mette Frederiksen") {
		t.Errorf("meetings = %q, want the call of Mette Frederiksen", lines)
	}
}

// "Ambassador-at-Large of the Ministry of Foreign Affairs of the Kyrgyz
// Republic Nurlan Asanaliev": a title the gazetteer knows.
func TestAmbassadorAtLarge(t *testing.T) {
	ex := extract(t, "BISHKEK, March 11 - He met the Ambassador-at-Large of the Ministry of Foreign Affairs of the Kyrgyz "+
		"Republic Nurlan Asanaliev.", "2026-03-11")
	wantPosts(t, ex, "Nurlan Asanaliev", "country:kyrgyzstan", "Ambassador-at-Large of the Ministry of Foreign Affairs")
}

// '"A," she said, adding that Malta would go on. "B," she noted.': the
// attribution reports more of her words in a clause of its own, and the
// second quotation is a statement of its own.
func TestAddingThatSplitsStatements(t *testing.T) {
	ex := extract(t, "SKOPJE, April 15 - \"Enlargement is not charity; it is an investment in the security of the whole "+
		"continent,\" President Myriam Spiteri Debono said, adding that Malta would continue to advocate for a credible "+
		"accession perspective. \"The Mediterranean taught us that stability in our neighbourhood is stability at home,\" "+
		"she noted.", "2026-04-15")
	wantSpeakers(t, ex, "The Mediterranean taught us that stability in our neighbourhood is stability at home", "Myriam Spiteri Debono")
	if n := len(ex.Statements); n != 2 {
		t.Errorf("statements = %d, want 2: %+v", n, ex.Statements)
	}
}

// Review of session 23: "X attended the ceremony." joins only a signing
// told just before, not the talks before a bridge's opening; and an
// aide's title whose principal is named, the aide following in an
// apposition, does not give the principal the aide's post.
func TestSessionTwentyThreeReview(t *testing.T) {
	ex := extract(t, "ASUNCIÓN, March 11 - President Santiago Peña received Foreign Minister Paulo Rangel. In the "+
		"afternoon, Peña opened the new bridge over the Paraguay River. Senator Ana Costa attended the ceremony.", "2026-03-11")
	wantHeld(t, ex, "2026-03-11 Santiago Peña: Paulo Rangel, Santiago Peña")
	ex = extract(t, "MOSCOW, March 11 - The Press Secretary of the Russian President Vladimir Putin, Dmitry Peskov, told "+
		"journalists that the talks went well.", "2026-03-11")
	for _, p := range positionsOf(ex, "Vladimir Putin") {
		if p.Title == "Press Secretary of the Russian President" {
			t.Errorf("Vladimir Putin holds the aide's post: %+v", p)
		}
	}
}
