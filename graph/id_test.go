package graph

import "testing"

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
