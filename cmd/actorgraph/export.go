package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
)

func (a *app) exportCmd() *cobra.Command {
	var format, out, relations string
	var f graph.ExportFilter
	cmd := &cobra.Command{
		Use:   "export --format graphml|csv|json",
		Short: "Write the graph, or the neighbourhood of a node, for Gephi, spreadsheets or pandas",
		Long: `export writes the graph, or the neighbourhood of one node (--around ID
--depth 1|2), to standard output or to --out PATH, streaming it from Neo4j.

Formats:
  graphml  GraphML: node attributes label, kind, aliases, qid, date; edge
           attributes relation and weight. Gephi opens it with the labels.
  csv      an edge list: source, target, relation, weight, and each end's
           label and kind. With --out DIR (an existing folder or a path
           ending in /): DIR/nodes.csv and DIR/edges.csv instead.
  json     node-link JSON {"nodes": [...], "links": [...]}, which networkx's
           node_link_graph and pandas.json_normalize read.

--relations chooses the edges (met, attended, holds_position_at, member_of,
promotes, discussed, held_in, represented, or all); the default is the
actor network: met, holds_position_at, member_of, promotes. The relations
choose the kinds of node too: attended brings meetings, held_in places.
--from and --to leave out the meetings outside the range and the edges
they make; a whole-graph export then holds only the nodes that keep an
edge. An edge's weight is the number of shared meetings for met, 1
otherwise.`,
		Example: `  actorgraph export --format graphml --out graph.graphml
  actorgraph export --format csv --around person:wang-yi --depth 2 --from 2021-01-01 --to 2021-12-31
  actorgraph export --format csv --out tables/
  actorgraph export --format json --relations met | python3 -c 'import json, sys, networkx as nx; print(nx.node_link_graph(json.load(sys.stdin), edges="links"))'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rels, err := graph.ParseRelations(relations)
			if err != nil {
				return err
			}
			f.Relations = rels
			if err := f.Validate(); err != nil {
				return err
			}
			sink, done, err := exportSink(format, out, cmd.OutOrStdout())
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			store, err := a.open(ctx)
			if err != nil {
				done(false)
				return err
			}
			defer store.Close(context.Background())
			err = store.Export(ctx, f, sink)
			if derr := done(err == nil); err == nil {
				err = derr
			}
			return err
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "graphml", "graphml, csv or json")
	fl.StringVarP(&out, "out", "o", "", "write to `PATH` (a file; for csv, a folder gets nodes.csv and edges.csv) instead of standard output")
	fl.StringVar(&f.Around, "around", "", "export the neighbourhood of this node `ID` only (for example person:wang-yi)")
	fl.IntVar(&f.Depth, "depth", 0, "hops around --around: 1 or 2 (default 1)")
	fl.StringVar(&f.From, "from", "", "leave out meetings before this `DATE` (YYYY-MM-DD)")
	fl.StringVar(&f.To, "to", "", "leave out meetings after this `DATE` (YYYY-MM-DD)")
	fl.StringVar(&relations, "relations", "", "comma-separated `RELATIONS` to export, or all (default met,holds_position_at,member_of,promotes)")
	return cmd
}

// exportSink opens where the export goes. done(ok) closes the files; when
// ok is false (the export failed) the files written are removed, so that
// no partial export is left behind looking whole.
func exportSink(format, out string, stdout io.Writer) (graph.ExportSink, func(ok bool) error, error) {
	if out == "" {
		sink, err := graph.NewExportEncoder(format, stdout)
		return sink, func(bool) error { return nil }, err
	}
	if st, err := os.Stat(out); format == "csv" && (strings.HasSuffix(out, "/") || err == nil && st.IsDir()) {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return nil, nil, err
		}
		names := []string{filepath.Join(out, "nodes.csv"), filepath.Join(out, "edges.csv")}
		var files []*os.File
		for _, name := range names {
			file, err := os.Create(name)
			if err != nil {
				for _, f := range files {
					f.Close()
				}
				return nil, nil, err
			}
			files = append(files, file)
		}
		return graph.NewCSVTables(files[0], files[1]), closer(files...), nil
	}
	if _, err := graph.NewExportEncoder(format, io.Discard); err != nil {
		return nil, nil, err // an unknown format creates no file
	}
	file, err := os.Create(out)
	if err != nil {
		return nil, nil, err
	}
	sink, _ := graph.NewExportEncoder(format, file)
	return sink, closer(file), nil
}

func closer(files ...*os.File) func(ok bool) error {
	return func(ok bool) error {
		var first error
		for _, f := range files {
			if err := f.Close(); err != nil && first == nil {
				first = fmt.Errorf("write %s: %w", f.Name(), err)
			}
			if !ok {
				os.Remove(f.Name())
			}
		}
		return first
	}
}
