package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func initiativeNames(ex *graph.Extraction) map[string]bool {
	ns := map[string]bool{}
	for _, in := range ex.Initiatives {
		ns[in.Name] = true
	}
	return ns
}

func TestInitiativeNameShapes(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The ministers reviewed the ASEAN Digital Masterplan Strategy and other matters.", "ASEAN Digital Masterplan Strategy"},
		{"Both sides praised the Green Horizon Partnership signed last year.", "Green Horizon Partnership"},
		{"He spoke about the Great Steppe initiative in detail.", "Great Steppe initiative"},
		{"They discussed the Kenya-Uganda railway and its funding.", "Kenya-Uganda railway"},
		{"Officials inspected the Hungarian-Serbian high-speed railway on Friday.", "Hungarian-Serbian high-speed railway"},
		{"The leaders hailed the Indian-Brazilian strategic partnership.", "Indian-Brazilian strategic partnership"},
		{"He backed the Indo-Pacific Economic Framework.", "Indo-Pacific Economic Framework"},
		{"She reaffirmed support for the Sustainable Development Goals (SDGs).", "Sustainable Development Goals"},
	}
	for _, c := range cases {
		if ns := initiativeNames(extract(t, c.text, "2024-03-01")); !ns[c.want] {
			t.Errorf("%q: initiatives %v, want %q", c.text, ns, c.want)
		}
	}
}

func TestNoInitiativeFromOrdinaryCapitals(t *testing.T) {
	for _, text := range []string{
		"The Plan was approved on Monday.",
		"Chinese Strategy matters, he said.",
		"This Framework is new.",
	} {
		if ns := initiativeNames(extract(t, text, "2024-03-01")); len(ns) != 0 {
			t.Errorf("%q: initiatives %v, want none", text, ns)
		}
	}
}

func TestQualifiedCommunity(t *testing.T) {
	ex := extract(t, "Both sides will build a Laos-Thailand community with a shared future in the new era. Later they spoke of a community with a shared future for mankind.", "2024-03-01")
	ns := initiativeNames(ex)
	if !ns["Laos-Thailand community with a shared future in the new era"] || !ns["Community with a shared future for mankind"] {
		t.Errorf("initiatives %v, want the Laos-Thailand community and the community of mankind", ns)
	}
}
