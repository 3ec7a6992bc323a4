package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/bench/gen"
)

func genCmd() *cobra.Command {
	var preset, out string
	var seed uint64
	cmd := &cobra.Command{
		Use:   "gen --out DIR",
		Short: "Generate a synthetic corpus: press releases and their ground truth",
		Long: `gen writes a deterministic synthetic world of countries, organisations,
people and initiatives, and press releases about their meetings rendered in
the genre's phrasings: DIR/docs/NNNNNN.txt (loadable with load) and
DIR/truth/NNNNNN.json (what each text states, in our JSON graph format,
also loadable with load). The same preset and seed give the same files.

Presets: small (about 1,000 meetings), medium (about 100,000 meetings),
large (1,000,000 meetings).`,
		Example: `  actorgraph gen --preset small --seed 1 --out /tmp/corpus
  actorgraph load /tmp/corpus/truth`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return &exitError{code: 1, msg: "--out DIR is required"}
			}
			p, err := gen.PresetByName(preset)
			if err != nil {
				return err
			}
			st, err := gen.WriteDir(p, seed, out)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %d documents (%d meetings, %d attendances, %d statements, %d bytes of text) to %s\n",
				st.Documents, st.Meetings, st.Attendances, st.Statements, st.TextBytes, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&preset, "preset", "small", "small, medium or large")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed")
	cmd.Flags().StringVar(&out, "out", "", "folder to write (created)")
	return cmd
}
