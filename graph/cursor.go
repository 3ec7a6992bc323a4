package graph

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// Cursor is a position in a list: the sort keys and the ID of an item, as a
// JSON array, shown to clients as an opaque base64 string.
type Cursor string

// UnmarshalJSON reads the keys (a JSON array) the store wrote beside an
// item.
func (c *Cursor) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*c = ""
		return nil
	}
	*c = Cursor(base64.RawURLEncoding.EncodeToString(b))
	return nil
}

// MarshalGQL writes the cursor as a string.
func (c Cursor) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(c))) }

// UnmarshalGQL reads a cursor a client sent back.
func (c *Cursor) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("a cursor is a string, not %T", v)
	}
	if _, err := Cursor(s).Keys(); err != nil {
		return err
	}
	*c = Cursor(s)
	return nil
}

// Keys decodes the sort keys of the cursor: numbers become int64 where
// they are whole, float64 otherwise.
func (c Cursor) Keys() ([]any, error) {
	b, err := base64.RawURLEncoding.DecodeString(string(c))
	if err != nil {
		return nil, Errorf(EINVALID, "malformed cursor")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var keys []any
	if err := dec.Decode(&keys); err != nil || len(keys) == 0 {
		return nil, Errorf(EINVALID, "malformed cursor")
	}
	for i, k := range keys {
		if n, ok := k.(json.Number); ok {
			if v, err := n.Int64(); err == nil {
				keys[i] = v
			} else if f, err := n.Float64(); err == nil {
				keys[i] = f
			}
		}
	}
	return keys, nil
}
