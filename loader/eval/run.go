package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
)

// Run scores every gold file (*.gold.json) of goldDir. Each names its
// document, which is looked for in docDirs in order; extract reads and
// extracts it. Gold files whose document is in none of docDirs are
// returned in missing, not scored.
func Run(goldDir string, docDirs []string, extract func(path string) (*graph.Extraction, error)) (s *Score, missing []string, err error) {
	files, err := filepath.Glob(filepath.Join(goldDir, "*.gold.json"))
	if err != nil {
		return nil, nil, err
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("no *.gold.json file in %s", goldDir)
	}
	sort.Strings(files)
	s = NewScore()
	for _, f := range files {
		g, err := ReadGold(f)
		if err != nil {
			return nil, nil, err
		}
		path := find(g.Document, docDirs)
		if path == "" {
			missing = append(missing, g.Document)
			continue
		}
		x, err := extract(path)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		s.Add(g, x)
	}
	return s, missing, nil
}

func find(name string, dirs []string) string {
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}
