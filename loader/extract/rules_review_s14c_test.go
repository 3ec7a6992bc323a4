package extract

import (
	"slices"
	"strings"
	"testing"
)

// Review of session 14c's rules.

// hasMeetingWith reports whether one meeting has all of names among its
// attendees.
func hasMeetingWith(lines []string, names ...string) bool {
	for _, l := range lines {
		_, as, _ := strings.Cut(l, ": ")
		ok := true
		for _, n := range names {
			ok = ok && slices.Contains(strings.Split(as, ", "), n)
		}
		if ok {
			return true
		}
	}
	return false
}

// A headline in title case ("Lavrov Holds Talks With Wang In Beijing")
// capitalises its verbs and prepositions: a surname between them is still
// the person's, not a word inside a capitalised name.
func TestReviewS14cSurnameInTitleCaseHeadline(t *testing.T) {
	for _, tc := range []struct{ text, a, b string }{
		{"Lavrov Holds Talks With Wang In Beijing\n\nBEIJING, 9 July 2026 – Russian Foreign Minister Sergey Lavrov is on a working visit " +
			"to China. Lavrov and Chinese Foreign Minister Wang Yi discussed the Ukraine settlement.", "Sergey Lavrov", "Wang Yi"},
		{"Saidov Receives Fidan In Tashkent\n\nTASHKENT, 9 July 2026 – On Tuesday, Foreign Minister Bakhtiyor Saidov and Foreign Minister " +
			"of Turkey Hakan Fidan discussed the expansion of trade.", "Bakhtiyor Saidov", "Hakan Fidan"},
	} {
		ex := extract(t, tc.text, "2026-07-09")
		if got := meetingLines(ex); !hasMeetingWith(got, tc.a, tc.b) {
			t.Errorf("meetings = %q, want one of %s and %s", got, tc.a, tc.b)
		}
	}
}

// A first paragraph of the body that ends with a closing quotation mark
// is still body: "Ankara, for its part," in the next paragraph is no
// dateline that would make the Turkish minister host talks placed nowhere.
func TestReviewS14cNoDatelineAfterQuotedLead(t *testing.T) {
	ex := extract(t, "Foreign Minister Bakhtiyor Saidov held talks with Foreign Minister Hakan Fidan on Tuesday. Saidov noted: “Our partnership "+
		"is growing steadily, and trade has doubled.”\n\nAnkara, for its part, reaffirmed its support for the Middle Corridor.", "2026-03-05")
	want := "2026-03-03 : Bakhtiyor Saidov, Hakan Fidan"
	if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// "at the Nurul Iman Palace", the English name of "Istana Nurul Iman":
// the byline's Nurul is not there either.
func TestReviewS14cNurulImanPalace(t *testing.T) {
	ex := extract(t, "Written by: Nurul Ashikin Haji Abd Rahman\n\nBANDAR SERI BEGAWAN, Thursday, 9th July. – His Majesty Sultan Haji "+
		"Hassanal Bolkiah Mu'izzaddin Waddaulah today granted an audience to His Excellency Bendito dos Santos Freitas, Minister of "+
		"Foreign Affairs and Cooperation of Timor-Leste. The Sultan received him at the Nurul Iman Palace.", "2026-07-09")
	want := "2026-07-09 Hassanal Bolkiah Mu'izzaddin Waddaulah: Bendito dos Santos Freitas, Hassanal Bolkiah Mu'izzaddin Waddaulah"
	if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// The passive of "granted an audience to X": "X was granted an audience
// with (by) His Majesty" — His Majesty receives X.
func TestReviewS14cGrantedAnAudiencePassive(t *testing.T) {
	for _, prep := range []string{"with", "by"} {
		ex := extract(t, "BANDAR SERI BEGAWAN, 9 July 2026 – His Excellency Bendito dos Santos Freitas, Minister of Foreign Affairs and "+
			"Cooperation of Timor-Leste, was granted an audience "+prep+" His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah "+
			"at Istana Nurul Iman.", "2026-07-09")
		want := "2026-07-09 Hassanal Bolkiah Mu'izzaddin Waddaulah: Bendito dos Santos Freitas, Hassanal Bolkiah Mu'izzaddin Waddaulah"
		if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
			t.Errorf("%s: meetings = %q, want %q", prep, got, want)
		}
	}
}

// "granted a farewell audience to the outgoing Ambassador", "granted a
// private audience to": the audience with one word before it.
func TestReviewS14cGrantedAFarewellAudience(t *testing.T) {
	for _, adj := range []string{"farewell", "private"} {
		ex := extract(t, "BANDAR SERI BEGAWAN, 9 July 2026 – His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah today granted "+
			"a "+adj+" audience to the outgoing Ambassador of Japan, His Excellency Teruyuki Katori.", "2026-07-09")
		want := "2026-07-09 Hassanal Bolkiah Mu'izzaddin Waddaulah: Hassanal Bolkiah Mu'izzaddin Waddaulah, Teruyuki Katori"
		if got := meetingLines(ex); !slices.Equal(got, []string{want}) {
			t.Errorf("%s: meetings = %q, want %q", adj, got, want)
		}
	}
}

// "were signed remotely (separately) by A and B": the signatories did not
// meet; "was signed today in Cairo by A and B" they did.
func TestReviewS14cSignedRemotelyBy(t *testing.T) {
	for _, adv := range []string{"remotely", "separately"} {
		ex := extract(t, "Cairo, 11 June 2026 – The two agreements were signed "+adv+" by Rania Al-Mashat, Minister of Planning, and "+
			"Alvaro Lario, President of IFAD.", "2026-06-11")
		if got := meetingLines(ex); len(got) != 0 {
			t.Errorf("%s: meetings = %q, want none", adv, got)
		}
	}
	ex := extract(t, "Cairo, 11 June 2026 – The agreement was signed today in Cairo by Rania Al-Mashat, Minister of Planning, and "+
		"Alvaro Lario, President of IFAD.", "2026-06-11")
	if got := meetingLines(ex); !hasMeetingWith(got, "Rania Al-Mashat", "Alvaro Lario") {
		t.Errorf("meetings = %q, want Rania Al-Mashat and Alvaro Lario", got)
	}
}
