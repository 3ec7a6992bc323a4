package extract

import (
	"testing"
)

// Rules written in session 28 on the tuning sets (g to L).

// "The Serbian President thanked the President of Russia" in a Kremlin
// item that also names Foreign Minister Sergei Lavrov: the known Russian
// whose post the text has not told, not the one it has.
func TestTitleRefToTheUntitledKnownPerson(t *testing.T) {
	ex := extract(t, "Vladimir Putin held talks with President of Serbia Aleksandar Vucic. Taking part were Foreign Minister "+
		"Sergei Lavrov and others.\n\nThe Serbian President thanked the President of Russia for the aid.", "2026-05-21")
	if ps := positionsOf(ex, "Vladimir Putin"); !hasPosition(ps, "President", "country:russia") {
		t.Errorf("Putin's positions = %+v, want President of Russia", ps)
	}
	if ps := positionsOf(ex, "Sergei Lavrov"); hasPosition(ps, "President", "country:russia") {
		t.Errorf("Lavrov's positions = %+v, want no President of Russia", ps)
	}
}
