package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"strconv"
	"testing"
)

// TestVerbWordsGateVerbAt reads verbAt's source and checks that verbWords
// holds every word verbAt compares the word at i with and every word of
// the sets it tests that token by, and that each of verbAt's tests requires
// one of these words: verbAt returns at once for any other word, and a
// rule added without such a test would never run.
func TestVerbWordsGateVerbAt(t *testing.T) {
	fset := gotoken.NewFileSet()
	f, err := parser.ParseFile(fset, "meetings.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var body *ast.BlockStmt
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "verbAt" {
			body = fd.Body
		}
	}
	if body == nil {
		t.Fatal("no verbAt in meetings.go")
	}
	sets := map[string]*words{"meetVerbs": meetVerbs, "holdVerbs": holdVerbs, "joinParticiples": joinParticiples,
		"planVerbWords": planVerbWords, "pairVerbs": pairVerbs, "verbWords": verbWords}
	// isWordAt: the token at i is tested by a set ("meetVerbs.at(d.toks[i].wid)").
	isWordAt := func(e ast.Expr) (string, bool) {
		c, ok := e.(*ast.CallExpr)
		if !ok || len(c.Args) != 1 {
			return "", false
		}
		s, ok := c.Fun.(*ast.SelectorExpr)
		if !ok || s.Sel.Name != "at" {
			return "", false
		}
		id, ok := s.X.(*ast.Ident)
		if !ok {
			return "", false
		}
		a, ok := c.Args[0].(*ast.SelectorExpr)
		if !ok || a.Sel.Name != "wid" {
			return "", false
		}
		ix, ok := a.X.(*ast.IndexExpr)
		if !ok {
			return "", false
		}
		if i, ok := ix.Index.(*ast.Ident); !ok || i.Name != "i" {
			return "", false
		}
		return id.Name, true
	}
	literals := 0
	ast.Inspect(body, func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok && b.Op == gotoken.EQL {
			if id, ok := b.X.(*ast.Ident); ok && id.Name == "w" {
				if l, ok := b.Y.(*ast.BasicLit); ok {
					w, _ := strconv.Unquote(l.Value)
					literals++
					if !verbWords.of(w) {
						t.Errorf("verbAt compares w with %q, not in verbWords", w)
					}
				}
			}
		}
		if e, ok := n.(ast.Expr); ok {
			if name, ok := isWordAt(e); ok {
				s, known := sets[name]
				if !known {
					t.Errorf("verbAt tests the token at i by %s, which the test does not know", name)
					return true
				}
				for w := range s.m {
					if !verbWords.of(w) {
						t.Errorf("%s has %q, not in verbWords", name, w)
					}
				}
			}
		}
		return true
	})
	if literals < 50 {
		t.Fatalf("verbAt compares w with %d words; it has more than 50", literals)
	}
	// requires: e is true only for a word of verbWords.
	var requires func(e ast.Expr) bool
	requires = func(e ast.Expr) bool {
		switch e := e.(type) {
		case *ast.ParenExpr:
			return requires(e.X)
		case *ast.BinaryExpr:
			switch e.Op {
			case gotoken.LAND:
				return requires(e.X) || requires(e.Y)
			case gotoken.LOR:
				return requires(e.X) && requires(e.Y)
			case gotoken.EQL:
				id, ok := e.X.(*ast.Ident)
				_, lit := e.Y.(*ast.BasicLit)
				return ok && id.Name == "w" && lit
			}
		case *ast.CallExpr:
			_, ok := isWordAt(e)
			return ok
		}
		return false
	}
	// Statements before w is read: the gate itself.
	tests := 0
	for _, st := range body.List {
		switch st := st.(type) {
		case *ast.IfStmt:
			tests++
			if requires(st.Cond) {
				continue
			}
			// credentialsPresentedTo tests the word itself: "presented",
			// "presents", "present".
			if as, ok := st.Init.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
				if c, ok := as.Rhs[0].(*ast.CallExpr); ok {
					if s, ok := c.Fun.(*ast.SelectorExpr); ok && s.Sel.Name == "credentialsPresentedTo" &&
						verbWords.of("presented") && verbWords.of("presents") && verbWords.of("present") {
						continue
					}
				}
			}
			if u, ok := st.Cond.(*ast.UnaryExpr); ok && u.Op == gotoken.NOT {
				if name, ok := isWordAt(u.X); ok && name == "verbWords" {
					continue // the gate
				}
			}
			t.Errorf("verbAt line %d: a test that does not require a word of verbWords", fset.Position(st.Pos()).Line)
		case *ast.SwitchStmt:
			if st.Tag != nil {
				t.Errorf("verbAt line %d: a switch on a value", fset.Position(st.Pos()).Line)
				continue
			}
			for _, c := range st.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					tests++
					if !requires(e) {
						t.Errorf("verbAt line %d: a case that does not require a word of verbWords", fset.Position(e.Pos()).Line)
					}
				}
			}
		}
	}
	if tests < 40 {
		t.Fatalf("%d tests in verbAt; it has more than 40", tests)
	}
}

// TestVisitedCountryWordsGateTheSwitch reads visitedCountryFrom's source
// and checks that visitedCountryWords, which it tests a token by before its
// switch on the token's word, holds the words of every case of the switch.
func TestVisitedCountryWordsGateTheSwitch(t *testing.T) {
	fset := gotoken.NewFileSet()
	f, err := parser.ParseFile(fset, "meetings.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	cases := 0
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "visitedCountryFrom" {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			sw, ok := n.(*ast.SwitchStmt)
			if !ok || sw.Tag == nil {
				return true
			}
			for _, c := range sw.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					if l, ok := e.(*ast.BasicLit); ok {
						w, _ := strconv.Unquote(l.Value)
						cases++
						if !visitedCountryWords.of(w) {
							t.Errorf("visitedCountryFrom's switch has %q, not in visitedCountryWords", w)
						}
					}
				}
			}
			return true
		})
	}
	if cases < 10 {
		t.Fatalf("%d words in visitedCountryFrom's switch; it has more than 10", cases)
	}
}
