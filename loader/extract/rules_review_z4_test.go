package extract

import (
	"testing"
)

// Review of the z batch rules, fourth part (RULES.diff): cases where they
// reach too far or give a wrong result.

// A Korean (or Chinese) known name is surname and a one-syllable given
// name: "Cho Hyun-dong", an ambassador, is not the Foreign Minister "Cho
// Hyun" with a second surname; the two stay apart.
func TestKnownVariantNotInsideHyphenatedGivenName(t *testing.T) {
	ex := extract(t, "Foreign Minister Cho Hyun met Ambassador of the Republic of Korea to the United States Cho Hyun-dong "+
		"in Seoul on Monday.", "2026-03-05")
	if ps := positionsOf(ex, "Cho Hyun-dong"); hasPosition(ps, "Foreign Minister", "country:south-korea") {
		t.Errorf("Cho Hyun-dong positions = %+v, want not the Foreign Minister (another person than Cho Hyun)", ps)
	}
	if ps := positionsOf(ex, "Cho Hyun"); !hasPosition(ps, "Foreign Minister", "country:south-korea") {
		t.Errorf("Cho Hyun positions = %+v, want South Korea's Foreign Minister", ps)
	}
}

// A list headed by a leader's deputy is a list of leaders and their
// envoys: "Chinese Vice President Han Zheng, Argentina's Javier Milei and
// Italy's Giorgia Meloni" gives Milei and Meloni no Vice President's title.
func TestListOfDeputyLeaderSharesNoTitle(t *testing.T) {
	ex := extract(t, "Taking part were Chinese Vice President Han Zheng, Argentina's Javier Milei and Italy's Giorgia Meloni. "+
		"Also attending were Vice Premier Ding Xuexiang, France's Emmanuel Macron and Spain's Pedro Sanchez.", "2026-03-05")
	if ps := positionsOf(ex, "Han Zheng"); !hasPosition(ps, "Vice President", "country:china") {
		t.Errorf("Han Zheng positions = %+v, want China's Vice President", ps)
	}
	if ps := positionsOf(ex, "Giorgia Meloni"); hasPosition(ps, "Vice President", "country:italy") {
		t.Errorf("Giorgia Meloni positions = %+v, want no Vice President", ps)
	}
	if ps := positionsOf(ex, "Emmanuel Macron"); hasPosition(ps, "Vice Premier", "country:france") {
		t.Errorf("Emmanuel Macron positions = %+v, want no Vice Premier", ps)
	}
}
