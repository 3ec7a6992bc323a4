package graph

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// Decode stores src, a value as a store reads it from its database (nil,
// bool, int64, float64, string, []any, map[string]any, nested), into the
// value that into points to, as encoding/json would store the JSON text of
// src: struct fields by their json names, AnyNode by the kind of the node,
// a Cursor from the keys it encodes, Pre as it is. It spares the store and
// the resolvers writing and parsing JSON text for every response. Values
// it has no rule for (a type with its own UnmarshalJSON, say) go through
// encoding/json, so the result is always what json.Unmarshal would give.
func Decode(src any, into any) error {
	v := reflect.ValueOf(into)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return fmt.Errorf("graph.Decode: into must be a non-nil pointer, not %T", into)
	}
	return decode(src, v.Elem())
}

// Raw, as the target of Decode, keeps the value as it is (for a caller
// that renders the store's value itself).
type Raw struct{ Value any }

var (
	rawType         = reflect.TypeFor[Raw]()
	cursorType      = reflect.TypeFor[Cursor]()
	anyNodeType     = reflect.TypeFor[AnyNode]()
	preType         = reflect.TypeFor[Pre]()
	unmarshalerType = reflect.TypeFor[json.Unmarshaler]()
)

func decode(src any, dst reflect.Value) error {
	t := dst.Type()
	switch t {
	case rawType:
		dst.Set(reflect.ValueOf(Raw{Value: src}))
		return nil
	case cursorType:
		if src == nil {
			dst.SetString("")
			return nil
		}
		b, err := json.Marshal(src)
		if err != nil {
			return err
		}
		var c Cursor
		if err := c.UnmarshalJSON(b); err != nil {
			return err
		}
		dst.SetString(string(c))
		return nil
	case anyNodeType:
		return decodeNode(src, dst.Addr().Interface().(*AnyNode))
	case preType:
		m, ok := src.(map[string]any)
		if !ok && src != nil {
			return viaJSON(src, dst)
		}
		dst.Set(reflect.ValueOf(Pre(m)))
		return nil
	}
	if t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(unmarshalerType) {
		return viaJSON(src, dst)
	}
	switch t.Kind() {
	case reflect.Pointer:
		if src == nil {
			dst.SetZero()
			return nil
		}
		if dst.IsNil() {
			dst.Set(reflect.New(t.Elem()))
		}
		return decode(src, dst.Elem())
	case reflect.Struct:
		m, ok := src.(map[string]any)
		if !ok {
			if src == nil {
				return nil
			}
			return viaJSON(src, dst)
		}
		fs := fieldsOf(t)
		for k, x := range m {
			idx, ok := fs.exact[k]
			if !ok {
				if idx, ok = fs.folded[strings.ToLower(k)]; !ok {
					continue
				}
			}
			f, err := fieldByIndex(dst, idx)
			if err != nil {
				return err
			}
			if err := decode(x, f); err != nil {
				return err
			}
		}
		return nil
	case reflect.Slice:
		l, ok := src.([]any)
		if !ok {
			if src == nil {
				dst.SetZero()
				return nil
			}
			return viaJSON(src, dst)
		}
		s := reflect.MakeSlice(t, len(l), len(l))
		for i, x := range l {
			if err := decode(x, s.Index(i)); err != nil {
				return err
			}
		}
		dst.Set(s)
		return nil
	case reflect.Map:
		m, ok := src.(map[string]any)
		if !ok || t.Key().Kind() != reflect.String {
			if src == nil {
				dst.SetZero()
				return nil
			}
			return viaJSON(src, dst)
		}
		out := reflect.MakeMapWithSize(t, len(m))
		for k, x := range m {
			e := reflect.New(t.Elem()).Elem()
			if err := decode(x, e); err != nil {
				return err
			}
			out.SetMapIndex(reflect.ValueOf(k).Convert(t.Key()), e)
		}
		dst.Set(out)
		return nil
	case reflect.String:
		if s, ok := src.(string); ok {
			dst.SetString(s)
			return nil
		}
	case reflect.Bool:
		if b, ok := src.(bool); ok {
			dst.SetBool(b)
			return nil
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if n, ok := src.(int64); ok && !dst.OverflowInt(n) {
			dst.SetInt(n)
			return nil
		}
	case reflect.Float32, reflect.Float64:
		switch n := src.(type) {
		case float64:
			dst.SetFloat(n)
			return nil
		case int64:
			dst.SetFloat(float64(n))
			return nil
		}
	}
	if src == nil {
		return nil // JSON null leaves a value as it is
	}
	return viaJSON(src, dst)
}

// viaJSON decodes src into dst as encoding/json does, through JSON text.
func viaJSON(src any, dst reflect.Value) error {
	b, err := json.Marshal(src)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, dst.Addr().Interface())
}

// decodeNode decodes a node into the type of its kind (as AnyNode's
// UnmarshalJSON does).
func decodeNode(src any, a *AnyNode) error {
	if src == nil {
		a.Node = nil
		return nil
	}
	m, ok := src.(map[string]any)
	if !ok {
		return viaJSON(src, reflect.ValueOf(a).Elem())
	}
	kind, _ := m["kind"].(string)
	n := newNode(Kind(kind))
	if n == nil {
		// as UnmarshalJSON reports it
		return viaJSON(src, reflect.ValueOf(a).Elem())
	}
	if err := decode(m, reflect.ValueOf(n).Elem()); err != nil {
		return err
	}
	a.Node = n
	return nil
}

// fields maps the JSON names of a struct's fields (promoted ones included)
// to their indexes, exactly and case-folded (encoding/json matches names
// case-insensitively when no exact match).
type fields struct {
	exact, folded map[string][]int
}

var fieldCache sync.Map // reflect.Type -> *fields

func fieldsOf(t reflect.Type) *fields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(*fields)
	}
	fs := &fields{exact: map[string][]int{}, folded: map[string][]int{}}
	depth := map[string]int{}
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || (f.Anonymous && f.Tag.Get("json") == "") {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		// the shallowest field of a name wins, as in encoding/json
		if d, ok := depth[name]; ok && d <= len(f.Index) {
			continue
		}
		depth[name] = len(f.Index)
		fs.exact[name] = f.Index
		fs.folded[strings.ToLower(name)] = f.Index
	}
	fieldCache.Store(t, fs)
	return fs
}

// fieldByIndex is reflect.Value.FieldByIndex, allocating embedded pointers.
func fieldByIndex(v reflect.Value, idx []int) (reflect.Value, error) {
	for i, x := range idx {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					return v, fmt.Errorf("graph.Decode: cannot set embedded pointer %s", v.Type())
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}
