package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/eval"
)

func (a *app) evalCmd() *cobra.Command {
	var showErrors bool
	cmd := &cobra.Command{
		Use:   "eval GOLD_DIR DOCS_DIR...",
		Short: "Score the extractor against gold annotations",
		Long: `eval extracts every document that a gold file of GOLD_DIR (*.gold.json)
names, looking for it in the DOCS_DIRs in order, and prints precision,
recall and F1 per fact type: persons, organisations, countries,
initiatives, positions (person, title, organisation), meeting attendance
(meeting date, person), meeting hosts and statements (speaker, quote).
The gold format is described in README.md.`,
		Example: `  actorgraph eval testdata/gold ../shared/devset examples/documents
  actorgraph eval --errors testdata/gold ../shared/devset examples/documents`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			x, err := a.extractor()
			if err != nil {
				return err
			}
			l := &loader.Loader{Extractor: x}
			score, missing, err := eval.Run(args[0], args[1:], func(path string) (*graph.Extraction, error) {
				return l.Extract(path)
			})
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if showErrors {
				for _, d := range score.SortedDocs() {
					fmt.Fprintf(out, "%s\n  %s\n", d, strings.Join(score.Errors[d], "\n  "))
				}
				fmt.Fprintln(out)
			}
			fmt.Fprint(out, score.Table())
			if len(missing) > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "not scored (document not found): %s\n", strings.Join(missing, ", "))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&showErrors, "errors", false, "list each document's false positives (+) and false negatives (-)")
	return cmd
}
