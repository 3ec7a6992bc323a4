package graph

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestSlug(t *testing.T) {
	cases := map[string]string{
		"Wang Yi":                           "wang-yi",
		"Tô Lâm":                            "to-lam",
		"Nguyễn Phú Trọng":                  "nguyen-phu-trong",
		"Đặng Thị Ngọc Thịnh":               "dang-thi-ngoc-thinh",
		"Secretary-General":                 "secretary-general",
		"Secretary General":                 "secretary-general",
		"People's Republic of China":        "people-s-republic-of-china",
		"  Shanghai  Cooperation (SCO)  ":   "shanghai-cooperation-sco",
		"Robert'); MATCH (n) DETACH DELETE": "robert-match-n-detach-delete",
	}
	for in, want := range cases {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIDsKnowTheirKind(t *testing.T) {
	for _, id := range []string{EntityID(KindPerson, "Wang Yi"), MeetingID("2021-02-02", []string{"b", "a"}),
		StatementID("person:x", "q"), DocumentID("text"), GroupID("meeting:x", "ambassadors")} {
		if _, ok := KindOfID(id); !ok {
			t.Errorf("KindOfID(%q) failed", id)
		}
	}
	if MeetingID("2021-02-02", []string{"b", "a"}) != MeetingID("2021-02-02", []string{"a", "b"}) {
		t.Error("a meeting's ID must not depend on the order of its attendees")
	}
	if _, ok := KindOfID("nokind"); ok {
		t.Error("an ID without a prefix has no kind")
	}
}

// TestASCIISlugIsSlug checks the fast path of Slug for ASCII text against
// the path for any text, on every string of up to four characters over an
// alphabet with each class of character, and on longer random strings.
func TestASCIISlugIsSlug(t *testing.T) {
	const alphabet = "aZ9- .'_"
	check := func(s string) {
		t.Helper()
		got, ok := asciiSlug(s)
		if !ok {
			t.Fatalf("asciiSlug(%q) refused ASCII text", s)
		}
		if want := slugRunes(s); got != want {
			t.Fatalf("asciiSlug(%q) = %q, slugRunes = %q", s, got, want)
		}
	}
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		check(prefix)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			gen(prefix+string(c), n-1)
		}
	}
	gen("", 4)
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = byte(r.IntN(128))
		}
		check(string(b))
	}
	if _, ok := asciiSlug("Tô Lâm"); ok {
		t.Error(`asciiSlug took "Tô Lâm", which needs normalising`)
	}
}

// TestPrefixIsLowerCaseKind checks the written-out prefixes against the
// kinds' names.
func TestPrefixIsLowerCaseKind(t *testing.T) {
	for _, k := range Kinds {
		if got, want := k.prefix(), strings.ToLower(string(k)); got != want {
			t.Errorf("prefix of %s = %q, want %q", k, got, want)
		}
	}
}

func TestCollapseSpaceIsFieldsJoined(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\nb", "a\u00a0b", "\tx", "x\u2003y z", "già fatto", "“quoted” words"} {
		if got, want := CollapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
