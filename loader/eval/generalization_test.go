package eval_test

import (
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/eval"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// generalizationFloors are the F1 scores the extractor must keep on the
// generalization set (testdata/generalization: 60 texts written for the
// purpose, in the repository). Each third of it (g, h, i) was held out
// while rules were written on other texts, and scored once before it was
// used for rules in turn, if it was; those first scores, well below the
// dev set's, are the honest estimate for unseen text (see its README). Raise the floors as
// the scores improve; never lower one to make a change pass.
var generalizationFloors = map[string]float64{
	eval.Persons:       0.92,
	eval.Organisations: 0.84,
	eval.Initiatives:   0.68,
	eval.Positions:     0.76,
	eval.Attendance:    0.87,
	eval.Hosts:         0.72,
	eval.Statements:    0.75,
}

const generalizationStatementPrecision = 0.98

// TestGeneralizationSet scores the extractor on the generalization set.
func TestGeneralizationSet(t *testing.T) {
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "testdata", "generalization")
	l := &loader.Loader{Extractor: extract.New(g)}
	score, missing, err := eval.Run(filepath.Join(dir, "gold"), []string{filepath.Join(dir, "docs")},
		func(path string) (*graph.Extraction, error) { return l.Extract(path) })
	if err != nil {
		t.Fatal(err)
	}
	if len(missing) > 0 {
		t.Errorf("gold files without their document: %v", missing)
	}
	if golds, _ := filepath.Glob(filepath.Join(dir, "gold", "*.gold.json")); len(golds) != 60 {
		t.Errorf("%d gold files, want 60", len(golds))
	}
	t.Logf("\n%s", score.Table())
	checkFloors(t, score, generalizationFloors, generalizationStatementPrecision)
}
