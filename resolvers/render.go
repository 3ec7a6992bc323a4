package resolvers

import (
	"bytes"
	"context"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/resolvers/generated"
)

// Render answers the root field of a query being resolved by writing its
// JSON straight from the store's value, without gqlgen's field-by-field
// execution. The store's one statement already returns the response's
// shape, so that execution (a resolver call, a field context and, for
// every item of every list, a goroutine) is most of what a nested request
// costs besides the statement. Render writes what gqlgen would write for
// the same value decoded into the Go types (the same Go zero values, the
// same scalar and enum forms, the same field order; TestRenderMatchesGqlgen
// in server/ compares the two byte for byte). A statement that fails
// (Neo4j away, a timeout) is reported as gqlgen reports a resolver's
// error. Render says false when it cannot answer alone: bad input (gqlgen
// words those errors itself), a value gqlgen would turn into a null error,
// introspection, a type it does not know; the caller then lets gqlgen
// resolve the field (server.New wires Render as a root field middleware).
// Only a value it cannot render costs a second statement, gqlgen's.
func (r *Resolver) Render(ctx context.Context) (graphql.Marshaler, bool) {
	if r.Schema == nil || r.Queries == nil || !graphql.HasOperationContext(ctx) {
		return nil, false
	}
	op := graphql.GetOperationContext(ctx)
	rf := graphql.GetRootFieldContext(ctx)
	if rf == nil || op.Operation == nil || op.Operation.Operation != ast.Query || strings.HasPrefix(rf.Field.Name, "__") {
		return nil, false
	}
	f := rf.Field
	def := r.Schema.Query.Fields.ForName(f.Name)
	goType, ok := resolverResult("Query", f.Name)
	if def == nil || !ok {
		return nil, false
	}
	var raw graph.Raw
	if err := r.Queries.Query(ctx, convert(op, r.Schema, f.Field, f.Selections), &raw); err != nil {
		if !failed(err) {
			return nil, false // bad input: gqlgen reports it in its own words
		}
		// The statement failed (Neo4j away, a timeout): reported here as
		// gqlgen reports a resolver's error, rather than run again.
		fc := &graphql.FieldContext{Object: "Query", Field: f, IsMethod: true, IsResolver: true}
		graphql.AddError(graphql.WithFieldContext(ctx, fc), err)
		return graphql.Null, true
	}
	w := renderer{ctx: ctx, op: op, schema: r.Schema}
	if err := w.value(raw.Value, def.Type, goType, f.Selections); err != nil {
		return nil, false
	}
	return rawJSON(w.buf.Bytes()), true
}

// failed tells an error of running a statement (which gqlgen would get
// again) from one about the request.
func failed(err error) bool {
	var ge *graph.Error
	if errors.As(err, &ge) {
		return ge.Code == graph.ETIMEOUT || ge.Code == graph.EUNAVAILABLE || ge.Code == graph.EINTERNAL
	}
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)
}

type rawJSON []byte

func (b rawJSON) MarshalGQL(w io.Writer) { w.Write(b) }

// quote writes s as a JSON string, escaping what gqlgen's
// writeQuotedString escapes, in the same forms, without the closure and
// the writes through an interface that graphql.MarshalString costs for
// every string of a response.
func quote(b *bytes.Buffer, s string) {
	const hex = "0123456789ABCDEF"
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != '"' {
			continue
		}
		b.WriteString(s[start:i])
		switch c {
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case '\n':
			b.WriteString(`\n`)
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		default:
			b.WriteString(`\u00`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		}
		start = i + 1
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

// errCannot stops rendering: gqlgen answers the field instead.
var errCannot = errors.New("resolvers: cannot render")

type renderer struct {
	ctx    context.Context
	op     *graphql.OperationContext
	schema *ast.Schema
	buf    bytes.Buffer
	plans  map[planKey][]plannedField
}

// value writes v, a value as the store read it, as the GraphQL type t
// whose resolver (or struct field) has the Go type g.
func (w *renderer) value(v any, t *ast.Type, g reflect.Type, sels ast.SelectionSet) error {
	nullable := false
	switch g.Kind() {
	case reflect.Pointer:
		nullable, g = true, g.Elem()
	case reflect.Interface:
		nullable = true
	}
	if g == anyNodeType {
		nullable = true
	}
	if t.Elem != nil { // a list
		if g.Kind() != reflect.Slice {
			return errCannot
		}
		if v == nil {
			if t.NonNull && !nullable {
				w.buf.WriteString("[]") // a nil slice, as gqlgen writes it
				return nil
			}
			if t.NonNull {
				return errCannot
			}
			w.buf.WriteString("null")
			return nil
		}
		l, ok := v.([]any)
		if !ok {
			return errCannot
		}
		w.buf.WriteByte('[')
		for i, x := range l {
			if i > 0 {
				w.buf.WriteByte(',')
			}
			if err := w.value(x, t.Elem, g.Elem(), sels); err != nil {
				return err
			}
		}
		w.buf.WriteByte(']')
		return nil
	}
	def := w.schema.Types[t.NamedType]
	if def == nil {
		return errCannot
	}
	if v == nil && (nullable || g.Kind() == reflect.Slice || g.Kind() == reflect.Map) {
		if t.NonNull {
			return errCannot // gqlgen reports a null error
		}
		w.buf.WriteString("null")
		return nil
	}
	switch def.Kind {
	case ast.Scalar, ast.Enum:
		return w.scalar(v, def, g)
	case ast.Object:
		m, ok := v.(map[string]any)
		if !ok && v != nil {
			return errCannot
		}
		return w.object(m, def, g, sels)
	case ast.Interface, ast.Union:
		m, ok := v.(map[string]any)
		if !ok {
			return errCannot
		}
		kind, _ := m["kind"].(string)
		cg, ok := goTypes[kind]
		if !ok {
			return errCannot // gqlgen reports a node of an unknown kind
		}
		for _, p := range w.schema.GetPossibleTypes(def) {
			if p.Name == kind {
				return w.object(m, p, cg, sels)
			}
		}
		return errCannot
	}
	return errCannot
}

// scalar writes a scalar or an enum value as gqlgen writes the Go value
// that the store's value decodes into (a nil becomes the Go zero value).
func (w *renderer) scalar(v any, def *ast.Definition, g reflect.Type) error {
	switch def.Name {
	case "String", "ID", "Date":
		s, ok := v.(string)
		if !ok && v != nil {
			return errCannot
		}
		quote(&w.buf, s) // as graphql.MarshalString and MarshalID write it
		return nil
	case "Int":
		n, ok := v.(int64)
		if !ok && v != nil {
			return errCannot
		}
		w.buf.Write(strconv.AppendInt(w.buf.AvailableBuffer(), n, 10)) // as graphql.MarshalInt
		return nil
	case "Float":
		var f float64
		switch n := v.(type) {
		case float64:
			f = n
		case int64:
			f = float64(n)
		case nil:
		default:
			return errCannot
		}
		m := graphql.WrapContextMarshaler(w.ctx, graphql.MarshalFloatContext(f))
		if m == graphql.Null {
			return errCannot
		}
		m.MarshalGQL(&w.buf)
		return nil
	case "Boolean":
		b, ok := v.(bool)
		if !ok && v != nil {
			return errCannot
		}
		w.buf.WriteString(strconv.FormatBool(b)) // as graphql.MarshalBoolean
		return nil
	}
	// Custom scalars and enums: the Go type's own MarshalGQL, on the
	// value decoded as the store's values are (a Cursor from its keys).
	p := reflect.New(g)
	if v != nil {
		if err := graph.Decode(v, p.Interface()); err != nil {
			return errCannot
		}
	}
	m, ok := p.Elem().Interface().(graphql.Marshaler)
	if !ok {
		return errCannot
	}
	m.MarshalGQL(&w.buf)
	return nil
}

// object writes the fields selected of an object of type def, Go type g.
func (w *renderer) object(m map[string]any, def *ast.Definition, g reflect.Type, sels ast.SelectionSet) error {
	p, err := w.plan(def, g, sels)
	if err != nil {
		return err
	}
	w.buf.WriteByte('{')
	for i, f := range p {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		w.buf.WriteString(f.key)
		if f.def == nil { // __typename
			quote(&w.buf, def.Name)
			continue
		}
		var v any
		if f.pre {
			pre, _ := m["_pre"].(map[string]any)
			x, ok := pre[f.alias]
			if !ok {
				return errCannot // not prefetched: gqlgen reports it
			}
			v = x
		} else if x, ok := m[f.binding.key]; ok {
			v = x
		} else {
			for k, x := range m { // as encoding/json matches names
				if strings.EqualFold(k, f.binding.key) {
					v = x
					break
				}
			}
		}
		if err := w.value(v, f.def.Type, f.typ, f.sels); err != nil {
			return err
		}
	}
	w.buf.WriteByte('}')
	return nil
}

// A planned field is a field to write of the objects of one type under one
// selection set: its response key, written as `"key":`, and where its
// value is (def is nil for __typename).
type plannedField struct {
	key   string
	alias string
	def   *ast.FieldDefinition
	binding
	sels ast.SelectionSet
}

// planKey names a selection set (by its first element and length, as
// gqlgen's own cache of CollectFields does) under an object type and its Go
// type.
type planKey struct {
	first *ast.Selection
	n     int
	def   *ast.Definition
	g     reflect.Type
}

// plan returns the fields to write of the objects of type def, Go type g,
// selected by sels: worked out once per request for each selection set,
// however many objects (the attendees of twenty meetings, say) it selects
// from. The plan depends on the request's variables (@skip, @include), so
// it lives no longer than the renderer.
func (w *renderer) plan(def *ast.Definition, g reflect.Type, sels ast.SelectionSet) ([]plannedField, error) {
	k := planKey{n: len(sels), def: def, g: g}
	if len(sels) > 0 {
		k.first = &sels[0]
	}
	if p, ok := w.plans[k]; ok {
		return p, nil
	}
	satisfies := append([]string{def.Name}, def.Interfaces...)
	fields := graphql.CollectFields(w.op, sels, satisfies)
	p := make([]plannedField, 0, len(fields))
	seen := map[string]bool{}
	for _, f := range fields {
		if seen[f.Alias] {
			continue
		}
		seen[f.Alias] = true
		var key bytes.Buffer
		graphql.MarshalString(f.Alias).MarshalGQL(&key)
		key.WriteByte(':')
		pf := plannedField{key: key.String(), alias: f.Alias, sels: f.Selections}
		if f.Name != "__typename" {
			fd := def.Fields.ForName(f.Name)
			b, ok := bind(def.Name, g, f.Name)
			if fd == nil || !ok {
				return nil, errCannot
			}
			pf.def, pf.binding = fd, b
		}
		p = append(p, pf)
	}
	if w.plans == nil {
		w.plans = map[planKey][]plannedField{}
	}
	w.plans[k] = p
	return p, nil
}

// binding says where the value of a field of an object is and what Go
// type gqlgen resolves it as.
type binding struct {
	typ reflect.Type
	key string // the store's key for it (the struct field's JSON name)
	pre bool   // read from Pre by response key (a resolver with arguments)
}

type bindingKey struct {
	object, field string
	g             reflect.Type
}

var bindings = struct {
	sync.RWMutex
	m map[bindingKey]*binding // nil: the field has no binding
}{m: map[bindingKey]*binding{}}

// bind finds how gqlgen resolves a field: by the resolver method of the
// object's resolver interface where there is one (its result type; its
// value is the struct field of the same name, or Pre), else by the struct
// field of the same name (case-insensitively, as gqlgen binds them).
func bind(object string, g reflect.Type, field string) (binding, bool) {
	k := bindingKey{object, field, g}
	bindings.RLock()
	b0, ok := bindings.m[k]
	bindings.RUnlock()
	if ok {
		if b0 == nil {
			return binding{}, false
		}
		return *b0, true
	}
	var b binding
	found := false
	sf, hasField := structField(g, field)
	if hasField {
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "" {
			name = sf.Name
		}
		b = binding{typ: sf.Type, key: name}
		found = name != "-"
	}
	if rt, ok := resolverResult(object, field); ok {
		b.typ = rt
		if !hasField {
			b.pre, found = true, true
		}
	}
	bindings.Lock()
	if found {
		bindings.m[k] = &b
	} else {
		bindings.m[k] = nil
	}
	bindings.Unlock()
	return b, found
}

func structField(g reflect.Type, field string) (reflect.StructField, bool) {
	if g.Kind() != reflect.Struct {
		return reflect.StructField{}, false
	}
	for _, f := range reflect.VisibleFields(g) {
		if f.IsExported() && !f.Anonymous && strings.EqualFold(f.Name, field) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// resolverResult is the Go result type of the resolver method of a field,
// from the generated resolver interface of its object.
func resolverResult(object, field string) (reflect.Type, bool) {
	it, ok := resolverTypes[object]
	if !ok {
		return nil, false
	}
	for i := range it.NumMethod() {
		m := it.Method(i)
		if strings.EqualFold(m.Name, field) && m.Type.NumOut() == 2 {
			return m.Type.Out(0), true
		}
	}
	return nil, false
}

var anyNodeType = reflect.TypeFor[graph.AnyNode]()

// goTypes are the Go types of the API's object types that a store value
// can be (gqlgen.yml binds them).
var goTypes = map[string]reflect.Type{
	"Person": reflect.TypeFor[graph.Person](), "Organisation": reflect.TypeFor[graph.Organisation](),
	"Country": reflect.TypeFor[graph.Country](), "Place": reflect.TypeFor[graph.Place](),
	"Initiative": reflect.TypeFor[graph.Initiative](), "Meeting": reflect.TypeFor[graph.Meeting](),
	"Group": reflect.TypeFor[graph.Group](), "Statement": reflect.TypeFor[graph.Statement](),
	"Position": reflect.TypeFor[graph.Position](), "Document": reflect.TypeFor[graph.DocumentNode](),
}

// resolverTypes are the generated resolver interfaces, by object.
var resolverTypes = map[string]reflect.Type{
	"Query":           reflect.TypeFor[generated.QueryResolver](),
	"ActorConnection": reflect.TypeFor[generated.ActorConnectionResolver](),
	"ActorEdge":       reflect.TypeFor[generated.ActorEdgeResolver](),
	"ActorScore":      reflect.TypeFor[generated.ActorScoreResolver](),
	"Attendance":      reflect.TypeFor[generated.AttendanceResolver](),
	"Country":         reflect.TypeFor[generated.CountryResolver](),
	"Document":        reflect.TypeFor[generated.DocumentResolver](),
	"Initiative":      reflect.TypeFor[generated.InitiativeResolver](),
	"Membership":      reflect.TypeFor[generated.MembershipResolver](),
	"Organisation":    reflect.TypeFor[generated.OrganisationResolver](),
	"Path":            reflect.TypeFor[generated.PathResolver](),
	"Person":          reflect.TypeFor[generated.PersonResolver](),
	"Place":           reflect.TypeFor[generated.PlaceResolver](),
	"Position":        reflect.TypeFor[generated.PositionResolver](),
	"SearchResult":    reflect.TypeFor[generated.SearchResultResolver](),
	"Stats":           reflect.TypeFor[generated.StatsResolver](),
	"Subgraph":        reflect.TypeFor[generated.SubgraphResolver](),
}
