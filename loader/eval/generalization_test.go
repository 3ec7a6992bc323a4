package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/eval"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// The generalization set (testdata/generalization) holds texts written for
// the purpose, in sets of twenty named by their first letter. Each set was
// held out while rules were written on other texts and scored once before
// it was used for rules in turn, if it was; those first scores, well below
// the dev set's, are the honest estimate for unseen text (see its README).

// tuningSets are the sets rules have been written on since their first
// score; unseenSets, the ones no rule has been written on yet.
const (
	tuningSets = "ghijklmnopqrstuvwxyzABCDEFGHIJKLMN"
	unseenSets = "OPQR"
)

// generalizationFloors are the F1 scores the extractor must keep on the
// tuning sets. Raise the floors as the scores improve; never lower one to
// make a change pass. (They were set anew, just under the scores, when r,
// s, t, u, v, w, then x and y, then z joined the tuning sets: they, like p
// and q before them, are harder than the rest. A joined in session 14, B
// and C in session 20, D in session 21, E in session 22, F in session 23,
// G in session 24: the hosts floor, 0.90, held again once rules were
// written on G, which took the tuning sets' hosts from 0.899 to 0.902.
// H joined in session 25, I and J in session 26, K and L in session 27.
// The positions floors went up in session 18, when the organisations that
// the annotators' notes call equally correct became the gold's
// organisation_alternatives, and to 0.90 in session 25, with H's rules.
// Session 26 raised persons, initiatives, attendance and hosts to just
// under the scores its rules reached, with I and J in the sets; session
// 27 organisations, initiatives, attendance and hosts, with K and L;
// session 28 initiatives, with the gazetteer's new initiatives, set
// attendance and hosts anew when M joined, at 0.966 and 0.929, and raised
// them back to 0.97 and 0.93 once its rules took them to 0.972 and 0.936.
// N joined in session 29; the floors held, and its rules raised
// organisations, initiatives and positions to 0.87, 0.63 and 0.91.)
var generalizationFloors = map[string]float64{
	eval.Persons:       0.98,
	eval.Organisations: 0.87,
	eval.Initiatives:   0.63,
	eval.Positions:     0.91,
	eval.Attendance:    0.97,
	eval.Hosts:         0.93,
	eval.Statements:    0.95,
}

const generalizationStatementPrecision = 0.95

// TestGeneralizationSet scores the extractor on the tuning sets.
func TestGeneralizationSet(t *testing.T) {
	score := scoreSets(t, tuningSets, 20*len(tuningSets))
	checkFloors(t, score, generalizationFloors, generalizationStatementPrecision)
}

// unseenFloors are, per unseen set, just under its first scores, taken
// before any rule was written on it: a change that lowers them breaks
// texts no rule was fitted to. When rules are written on a set, it joins
// the tuning sets and a new held-out set takes its place (E joined them in
// session 22, when I was written; F in session 23, when J was; G in
// session 24, when K was; H in session 25, when L was; I and J in
// session 26, when M and N were; K and L in session 27, when O and P
// were; M in session 28, when Q was; N in session 29, when R was). O's
// and P's floors, written in session 27, are their first scores, except
// those raised since, just under the scores later rules reached: P's
// positions at the end of session 27, the organisations and initiatives
// of O and P that session 28's named dialogues and gazetteer initiatives
// raised, and in session 29 Q's persons, positions, attendance and hosts,
// O's statements and P's organisations (none of those rules was written
// on O, P or Q). O's first score was taken after session 27's first
// rules, written on K (7924cc0), P's after the rest of session 27's rules
// on K (2eafbaa), Q's after session 28's rules on g to L (004f46c), R's
// after session 29's first rules, on N (e6ca53c).
var unseenFloors = map[rune]map[string]float64{
	'O': {
		eval.Persons:       0.98,
		eval.Organisations: 0.83,
		eval.Initiatives:   0.72,
		eval.Positions:     0.82,
		eval.Attendance:    0.95,
		eval.Hosts:         0.92,
		eval.Statements:    0.95,
	},
	'P': {
		eval.Persons:       0.95,
		eval.Organisations: 0.81,
		eval.Initiatives:   0.68,
		eval.Positions:     0.83,
		eval.Attendance:    0.89,
		eval.Hosts:         0.90,
		eval.Statements:    0.91,
	},
	'Q': {
		eval.Persons:       0.96,
		eval.Organisations: 0.84,
		eval.Initiatives:   0.63,
		eval.Positions:     0.85,
		eval.Attendance:    0.87,
		eval.Hosts:         0.86,
		eval.Statements:    0.93,
	},
	'R': {
		eval.Persons:       0.97,
		eval.Organisations: 0.83,
		eval.Initiatives:   0.66,
		eval.Positions:     0.84,
		eval.Attendance:    0.92,
		eval.Hosts:         0.90,
		eval.Statements:    0.92,
	},
}

// unseenStatementPrecision is, per unseen set, the floor of statement
// precision: the goal, 0.95, or just under the first score where that
// was below it (K's was 0.925, before K joined the tuning sets).
var unseenStatementPrecision = map[rune]float64{'O': 0.95, 'P': 0.95, 'Q': 0.95, 'R': 0.95}

// TestUnseenSet scores the extractor on each set no rule was written on.
func TestUnseenSet(t *testing.T) {
	for _, set := range unseenSets {
		t.Run(string(set), func(t *testing.T) {
			score := scoreSets(t, string(set), 20)
			checkFloors(t, score, unseenFloors[set], unseenStatementPrecision[set])
		})
	}
}

// scoreSets scores the extractor on the generalization sets named by the
// letters of sets, which must hold n gold files.
func scoreSets(t *testing.T, sets string, n int) *eval.Score {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "generalization")
	golds, err := filepath.Glob(filepath.Join(dir, "gold", "*.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	picked := t.TempDir()
	count := 0
	for _, g := range golds {
		if !strings.ContainsRune(sets, rune(filepath.Base(g)[0])) {
			continue
		}
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(picked, filepath.Base(g)), b, 0o644); err != nil {
			t.Fatal(err)
		}
		count++
	}
	if count != n {
		t.Errorf("%d gold files in sets %q, want %d", count, sets, n)
	}
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	l := &loader.Loader{Extractor: extract.New(g)}
	score, missing, err := eval.Run(picked, []string{filepath.Join(dir, "docs")},
		func(path string) (*graph.Extraction, error) {
			x, err := l.Extract(path)
			if err == nil {
				// The loader refuses an invalid extraction: a
				// document of the genre must give a valid one.
				if verr := graph.Validate(x); verr != nil {
					t.Errorf("%s: %v", filepath.Base(path), verr)
				}
			}
			return x, err
		})
	if err != nil {
		t.Fatal(err)
	}
	if len(missing) > 0 {
		t.Errorf("gold files without their document: %v", missing)
	}
	t.Logf("sets %s:\n%s", sets, score.Table())
	return score
}
