package graph

import "testing"

func TestNameKey(t *testing.T) {
	same := [][2]string{
		{"Sergey Lavrov", "Sergei Lavrov"},
		{"Kassym-Jomart Tokayev", "Kassym-Jomart Tokaev"},
		{"Tô Lâm", "To Lam"},
		{"Akiba Takeo", "Takeo Akiba"},
		{"Maria Zakharova", "Maria Zaharova"},
		{"Muhammad bin Salman", "Muhamad bin Salman"},
		{"Nguyễn Phú Trọng", "Nguyen Phu Trong"},
	}
	for _, p := range same {
		if NameKey(p[0]) != NameKey(p[1]) {
			t.Errorf("%q (%s) and %q (%s) should share a key", p[0], NameKey(p[0]), p[1], NameKey(p[1]))
		}
	}
	different := [][2]string{
		{"Wang Yi", "Wang Yang"},
		{"Li Qiang", "Li Keqiang"},
		{"Joko Widodo", "Jokowi"}, // nicknames are the gazetteer's business, not the key's
		{"Sergey Lavrov", "Sergey Lavrentiev"},
	}
	for _, p := range different {
		if NameKey(p[0]) == NameKey(p[1]) {
			t.Errorf("%q and %q should not share a key (%s)", p[0], p[1], NameKey(p[0]))
		}
	}
}

func TestSameMeeting(t *testing.T) {
	hanoi := MeetingReport{ID: "meeting:b", DateFrom: "2024-01-12", DateTo: "2024-01-12", Places: []string{"place:hanoi"},
		Countries: []string{"country:vietnam"}, Participants: []string{"person:joko-widodo", "person:vo-van-thuong", "person:retno-marsudi"}, Mode: "host"}
	cases := []struct {
		name string
		a    MeetingReport
		want bool
	}{
		{"the announcement of it, one participant named", MeetingReport{DateFrom: "2024-01-12", DateTo: "2024-01-12",
			Participants: []string{"person:joko-widodo"}, Status: StatusPlanned}, true},
		{"a report dated a day later (time zones)", MeetingReport{DateFrom: "2024-01-13", DateTo: "2024-01-13",
			Places: []string{"place:hanoi"}, Participants: []string{"person:joko-widodo", "person:vo-van-thuong"}, Mode: "visit"}, true},
		{"two days later", MeetingReport{DateFrom: "2024-01-14", DateTo: "2024-01-14",
			Participants: []string{"person:joko-widodo", "person:vo-van-thuong"}}, false},
		{"another city of another country", MeetingReport{DateFrom: "2024-01-12", DateTo: "2024-01-12", Places: []string{"place:manila"},
			Countries: []string{"country:philippines"}, Participants: []string{"person:joko-widodo", "person:vo-van-thuong"}}, false},
		{"a phone call the same day", MeetingReport{DateFrom: "2024-01-12", DateTo: "2024-01-12",
			Participants: []string{"person:joko-widodo", "person:vo-van-thuong"}, Mode: "phone"}, false},
		{"a minister's other meeting that day", MeetingReport{DateFrom: "2024-01-12", DateTo: "2024-01-12",
			Participants: []string{"person:joko-widodo", "person:pham-minh-chinh"}}, false},
		{"one shared name among many", MeetingReport{DateFrom: "2024-01-12", DateTo: "2024-01-12",
			Participants: []string{"person:joko-widodo", "person:a", "person:b", "person:c"}}, false},
		{"a month-precision report of the month", MeetingReport{DateFrom: "2024-01-01", DateTo: "2024-01-31",
			Participants: []string{"person:joko-widodo", "person:vo-van-thuong"}}, true},
		{"undated", MeetingReport{Participants: []string{"person:joko-widodo", "person:vo-van-thuong"}}, false},
	}
	for _, c := range cases {
		got, _ := SameMeeting(c.a, hanoi)
		if got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
		if back, _ := SameMeeting(hanoi, c.a); back != got {
			t.Errorf("%s: SameMeeting is not symmetric", c.name)
		}
	}
	summit := MeetingReport{DateFrom: "2022-11-15", DateTo: "2022-11-16", Mode: "multilateral",
		Participants: []string{"person:biden", "person:modi", "person:widodo", "person:xi", "person:albanese"}}
	sideline := MeetingReport{DateFrom: "2022-11-15", DateTo: "2022-11-15", Mode: "third-party",
		Participants: []string{"person:biden", "person:widodo"}}
	if same, _ := SameMeeting(sideline, summit); same {
		t.Error("a bilateral on a summit's sidelines is not the summit")
	}
	if !PartOf(sideline, summit) || PartOf(summit, sideline) {
		t.Error("the bilateral is part of the summit, not the other way round")
	}
}

func TestAnnouncementsNameTheirDay(t *testing.T) {
	visit := MeetingReport{DateFrom: "2024-01-13", DateTo: "2024-01-13", Participants: []string{"person:joko-widodo"}, Status: StatusPlanned}
	talks := MeetingReport{DateFrom: "2024-01-12", DateTo: "2024-01-12", Participants: []string{"person:joko-widodo"}, Status: StatusPlanned}
	if same, _ := SameMeeting(visit, talks); same {
		t.Error("two plans a day apart are two meetings")
	}
	talks.Status = StatusHeld
	if same, _ := SameMeeting(visit, talks); same {
		t.Error("a plan for the next day is not the meeting held today")
	}
}
