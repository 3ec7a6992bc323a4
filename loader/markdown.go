package loader

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/yuin/goldmark"
	"go.yaml.in/yaml/v3"

	"github.com/actorgraph/actorgraph/graph"
)

// frontMatter is the part of a Markdown document's YAML front matter that
// the loader reads.
type frontMatter struct {
	Title     string `yaml:"title"`
	Date      any    `yaml:"date"`
	URL       string `yaml:"url"`
	Link      string `yaml:"link"`
	Source    string `yaml:"source"`
	Publisher string `yaml:"publisher"`
}

// ParseMarkdown reads a Markdown document with optional YAML front matter
// (title, date, url or link, publisher or source). The body is rendered by
// goldmark and read back as text, so that markup (links, emphasis, images)
// leaves only the words a reader sees.
func ParseMarkdown(data []byte) (graph.Document, error) {
	var d graph.Document
	body := data
	if rest, ok := bytes.CutPrefix(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("---\n")); ok {
		// "\n" first, so that an empty front matter ("---\n---\n") closes.
		head, after, found := bytes.Cut(append([]byte("\n"), rest...), []byte("\n---"))
		if !found {
			return d, graph.Errorf(graph.EINVALID, "front matter is not closed by ---")
		}
		var fm frontMatter
		if err := yaml.Unmarshal(head, &fm); err != nil {
			return d, graph.Errorf(graph.EINVALID, "bad front matter: %v", firstLine(err.Error()))
		}
		d.Title, d.URL, d.Publisher = fm.Title, firstOf(fm.URL, fm.Link), firstOf(fm.Publisher, fm.Source)
		d.Published = fmDate(fm.Date)
		_, body, _ = bytes.Cut(after, []byte("\n"))
	}
	var out bytes.Buffer
	if err := goldmark.Convert(body, &out); err != nil {
		return d, graph.Errorf(graph.EINVALID, "cannot read Markdown: %v", err)
	}
	doc, err := goquery.NewDocumentFromReader(&out)
	if err != nil {
		return d, graph.Errorf(graph.EINVALID, "cannot read Markdown: %v", err)
	}
	d.Text = blockText(doc.Find("body"))
	if strings.TrimSpace(d.Text) == "" {
		return d, graph.Errorf(graph.EINVALID, "empty")
	}
	if d.Title != "" && !strings.HasPrefix(d.Text, d.Title) {
		d.Text = d.Title + "\n\n" + d.Text
	}
	d.ID = graph.DocumentID(d.Text)
	return d, nil
}

func fmDate(v any) string {
	switch t := v.(type) {
	case time.Time:
		return t.Format(time.DateOnly)
	case string:
		return dateOf(strings.TrimSpace(t))
	case nil:
		return ""
	default:
		return dateOf(fmt.Sprint(t))
	}
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
