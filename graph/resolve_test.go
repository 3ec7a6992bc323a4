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
		{"Mohammed bin Salman", "Mohammad bin Salman"},
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"},
		{"Emomali Rahmon", "Emomali Rakhmon"},
		{"Shavkat Mirziyoyev", "Shavkat Mirziyoev"},
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

func TestPartsOf(t *testing.T) {
	cases := []struct {
		name                string
		first, last, single string
	}{
		{"Kim Dae-jung", "kim", "jung", ""},
		{"Joko Widodo", "joko", "widodo", ""},
		{"Widodo", "widodo", "widodo", "single"},
		{"Erdoğan", "erdogan", "erdogan", "single"},
	}
	for _, c := range cases {
		p := PartsOf(c.name)
		if p.First != c.first || p.Last != c.last || p.Single != (c.single != "") || p.Key != NameKey(c.name) {
			t.Errorf("PartsOf(%q) = %+v", c.name, p)
		}
	}
}

func TestSamePosition(t *testing.T) {
	kimYoungSam := []HeldPosition{{Title: "President", Organisation: "country:south-korea", From: "1995-11-13", To: "1995-11-13"}}
	kimDaeJung := []HeldPosition{{Title: "President", Organisation: "country:south-korea", From: "1998-02-25", To: "2001-10-19"}}
	mention := func(title, org, day string) []HeldPosition {
		return []HeldPosition{{Title: title, Organisation: org, From: day, To: day}}
	}
	cases := []struct {
		name      string
		mention   []HeldPosition
		candidate []HeldPosition
		want      bool
	}{
		{"same office, within the term", mention("president", "country:south-korea", "2000-06-13"), kimDaeJung, true},
		{"same office, a year after the last report", mention("President", "country:south-korea", "2002-05-06"), kimDaeJung, true},
		{"same office, years after", mention("President", "country:south-korea", "2002-05-06"), kimYoungSam, false},
		{"another office", mention("Prime Minister", "country:south-korea", "2000-06-13"), kimDaeJung, false},
		{"another country", mention("President", "country:north-korea", "2000-06-13"), kimDaeJung, false},
		{"no date", mention("President", "country:south-korea", ""), kimDaeJung, false},
		{"no office", nil, kimDaeJung, false},
	}
	for _, c := range cases {
		if got := SamePosition(c.mention, c.candidate); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestCompatibleNames(t *testing.T) {
	yes := [][2]string{
		{"Joseph R. Biden", "Joe Biden"},
		{"Mohammed bin Salman", "Mohammed bin Salman Al Saud"},
		{"Sheikh Mohamed bin Zayed", "Mohamed bin Zayed Al Nahyan"},
	}
	for _, p := range yes {
		if !CompatibleNames(p[0], p[1]) || !CompatibleNames(p[1], p[0]) {
			t.Errorf("%q and %q should be compatible", p[0], p[1])
		}
	}
	no := [][2]string{
		{"Joe Biden", "Hunter Biden"},
		{"Biden", "Joe Biden"}, // one word: the surname rule's business
		{"Wang Yi", "Wang Yang"},
		{"George H. W. Bush", "Laura Bush"},
	}
	for _, p := range no {
		if CompatibleNames(p[0], p[1]) {
			t.Errorf("%q and %q should not be compatible", p[0], p[1])
		}
	}
}

// A month's span ends on its last day; graphs written before month ends
// were exact hold "-31" for every month, which still covers the month.
func TestMonthSpanOfAThirtyDayMonth(t *testing.T) {
	day := MeetingReport{DateFrom: "2025-04-20", DateTo: "2025-04-20", Participants: []string{"person:ines-vega"}}
	for _, to := range []string{"2025-04-30", "2025-04-31"} {
		month := MeetingReport{DateFrom: "2025-04-01", DateTo: to, Participants: []string{"person:ines-vega", "person:pedro-soto"}}
		if same, _ := SameMeeting(day, month); !same {
			t.Errorf("a day of April and April ending %s: not one meeting", to)
		}
	}
	may := MeetingReport{DateFrom: "2025-05-03", DateTo: "2025-05-03", Participants: []string{"person:ines-vega"}}
	if same, _ := SameMeeting(may, MeetingReport{DateFrom: "2025-04-01", DateTo: "2025-04-31", Participants: []string{"person:ines-vega"}}); same {
		t.Error("3 May is in April ending '-31'")
	}
}
