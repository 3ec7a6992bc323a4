package graph

import (
	"sort"
	"strings"
	"time"
)

// Resolution across documents: when two reports describe one meeting, or
// name one person differently, the graph keeps one node. The rules here
// are pure functions, so the store applies them the same way whatever the
// order documents arrive in, and tests can check them without a database.

// MeetingReport is what the resolution of meetings compares: one
// meeting's date span, places, named participants and mode, as a report
// states them or as the graph holds them.
type MeetingReport struct {
	ID           string
	DateFrom     string // first day the date covers (YYYY-MM-DD)
	DateTo       string // last day
	Places       []string
	Countries    []string // of the places
	Participants []string // IDs of named people
	Mode         string
	Status       string
}

// SameMeeting says whether two reports describe one meeting, and by which
// rule. Precision comes first: dates within a day of each other (time zones,
// "on Friday" written a day later), places that agree where both are known,
// the same kind of encounter (a call is not a visit; a multilateral summit
// is not the bilateral on its sidelines), and named participants that
// overlap: one list within the other, or sharing at least two and at least
// half of the longer (one person shared between two pairs is two meetings:
// a minister can see two counterparts on one day).
func SameMeeting(a, b MeetingReport) (bool, string) {
	if a.DateFrom == "" || b.DateFrom == "" {
		return false, ""
	}
	held := func(r MeetingReport) bool { return r.Status == "" || r.Status == StatusHeld }
	// A day's slack for two reports of a meeting that took place (time
	// zones, "on Friday" written a day later); announcements name their
	// day.
	slack := 0
	if held(a) && held(b) {
		slack = 1
	}
	if !daysOverlap(a.DateFrom, a.DateTo, b.DateFrom, b.DateTo, slack) {
		return false, ""
	}
	if len(a.Places) > 0 && len(b.Places) > 0 && !intersects(a.Places, b.Places) && !intersects(a.Countries, b.Countries) {
		return false, ""
	}
	if (a.Mode == "phone") != (b.Mode == "phone") && a.Mode != "" && b.Mode != "" {
		return false, ""
	}
	if held(a) && held(b) && a.Mode != "" && b.Mode != "" && (a.Mode == "multilateral") != (b.Mode == "multilateral") {
		return false, ""
	}
	shared := len(common(a.Participants, b.Participants))
	if shared == 0 {
		return false, ""
	}
	longer := max(len(a.Participants), len(b.Participants))
	switch {
	case shared == len(a.Participants) || shared == len(b.Participants):
		return true, "same-day-participants-contained"
	case shared >= 2 && 2*shared >= longer:
		return true, "same-day-participants-overlap"
	}
	return false, ""
}

// PartOf says whether a (a bilateral, say) took place within b (a
// multilateral summit): same days, and a's participants all among b's.
func PartOf(a, b MeetingReport) bool {
	if a.Mode == "multilateral" || b.Mode != "multilateral" || a.DateFrom == "" || b.DateFrom == "" {
		return false
	}
	if !daysOverlap(a.DateFrom, a.DateTo, b.DateFrom, b.DateTo, 1) {
		return false
	}
	return len(a.Participants) > 0 && len(common(a.Participants, b.Participants)) == len(a.Participants)
}

func daysOverlap(aFrom, aTo, bFrom, bTo string, slack int) bool {
	af, err1 := time.Parse(time.DateOnly, aFrom)
	at, err2 := time.Parse(time.DateOnly, aTo)
	bf, err3 := time.Parse(time.DateOnly, bFrom)
	bt, err4 := time.Parse(time.DateOnly, bTo)
	if err1 != nil || err3 != nil {
		return false
	}
	if err2 != nil {
		at = af
	}
	if err4 != nil {
		bt = bf
	}
	d := time.Duration(slack) * 24 * time.Hour
	return !af.After(bt.Add(d)) && !bf.After(at.Add(d))
}

func common(a, b []string) []string {
	set := map[string]bool{}
	for _, x := range a {
		set[x] = true
	}
	var out []string
	for _, x := range b {
		if set[x] {
			out = append(out, x)
			delete(set, x)
		}
	}
	return out
}

func intersects(a, b []string) bool { return len(common(a, b)) > 0 }

// NameKey is the key under which spellings of one person's name meet:
// diacritics and case dropped (Tô Lâm, To Lam), common transliteration
// variants folded (Sergey and Sergei, Tokayev and Tokaev, Zakharova and
// Zaharova), and the words sorted, so that name order does not matter
// (Akiba Takeo, Takeo Akiba). Two people with the same key are candidates
// for being one; the key alone does not prove it.
func NameKey(name string) string {
	words := strings.Split(Slug(name), "-")
	out := words[:0]
	for _, w := range words {
		if w == "" {
			continue
		}
		out = append(out, foldTransliteration(w))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

var transliterations = strings.NewReplacer("dzh", "j", "kh", "h", "zh", "j", "ts", "c", "ck", "k", "ph", "f", "ee", "i", "ou", "u")

func foldTransliteration(w string) string {
	w = transliterations.Replace(w)
	if strings.HasSuffix(w, "off") {
		w = w[:len(w)-3] + "ov"
	}
	isVowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 'y' {
			// y between vowels is a glide that other spellings leave out
			// (Tokayev, Tokaev); elsewhere it is an i (Sergey, Sergei).
			if i > 0 && i+1 < len(w) && isVowel(w[i-1]) && isVowel(w[i+1]) {
				continue
			}
			c = 'i'
		}
		if b.Len() > 0 && b.String()[b.Len()-1] == c {
			continue // doubled letters: Muhammad, Muhamad
		}
		b.WriteByte(c)
	}
	return b.String()
}
