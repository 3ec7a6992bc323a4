package resolvers

import (
	"bytes"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// quote writes every string as gqlgen's MarshalString does.
func TestQuoteAsGqlgen(t *testing.T) {
	for _, s := range []string{"", "Wang Yi", `say "no"`, `a\b`, "tab\tnew\nline\rret", "\x00\x01\x1f\x7f",
		"Đặng Thị Ngọc Thịnh", "ʻOkina", "bad \xff\xfe utf-8", "emoji 🇨🇳 </script>"} {
		var got, want bytes.Buffer
		quote(&got, s)
		graphql.MarshalString(s).MarshalGQL(&want)
		if got.String() != want.String() {
			t.Errorf("quote(%q) = %s, gqlgen writes %s", s, got.String(), want.String())
		}
	}
}
