package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/actorgraph/actorgraph/graph"
)

// Selection turns the field being resolved, with everything selected under
// it, into a graph.Selection: arguments with variables and defaults
// applied, fragments and @skip/@include resolved, and, under interface
// types, the fields selected for each concrete type.
func Selection(ctx context.Context, schema *ast.Schema) *graph.Selection {
	fc := graphql.GetFieldContext(ctx)
	op := graphql.GetOperationContext(ctx)
	return convert(op, schema, fc.Field.Field, fc.Field.Selections)
}

func convert(op *graphql.OperationContext, schema *ast.Schema, f *ast.Field, sels ast.SelectionSet) *graph.Selection {
	s := &graph.Selection{Name: f.Name, Alias: f.Alias, Args: f.ArgumentMap(op.Variables)}
	if s.Alias == "" {
		s.Alias = s.Name
	}
	if f.Definition == nil || len(sels) == 0 {
		return s
	}
	def := schema.Types[f.Definition.Type.Name()]
	if def == nil {
		return s
	}
	possible := []*ast.Definition{def}
	abstract := def.IsAbstractType()
	if abstract {
		possible = schema.GetPossibleTypes(def)
	}
	for _, t := range possible {
		satisfies := append([]string{t.Name}, t.Interfaces...)
		for _, cf := range graphql.CollectFields(op, sels, satisfies) {
			ch := convert(op, schema, cf.Field, cf.Selections)
			if abstract {
				ch.OnType = t.Name
			}
			s.Children = append(s.Children, ch)
		}
	}
	return s
}
