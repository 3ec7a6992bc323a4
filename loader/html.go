package loader

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/actorgraph/actorgraph/graph"
)

// keptMetaSelectors match the dateline and byline of an article.
const keptMetaSelectors = `[class*="dateline"], [id*="dateline"], [class*="byline"], [id*="byline"]`

// hiddenSelectors match markup that a browser does not show as part of the
// article: scripts, page chrome (a list of tags, "Tags: Ecuador, Water,
// Executive President", reads as a name and a title), and hidden or
// tooltip elements (news sites such as en.kremlin.ru repeat names and
// glossary text in hidden tooltips).
const hiddenSelectors = `script, style, noscript, template, iframe, svg, form, nav, header, footer, aside,
[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"],
[class*="tooltip"], [class*="share"], [class*="social"], [class*="breadcrumb"], [class*="related"], [class*="tags"], [rel="tag"]`

// leadSelectors find an article's lead where the page marks it as such.
const leadSelectors = `[itemprop="description"]:not(meta), article .standfirst, article .lead, .entry-summary`

// blockSelectors are the elements whose text becomes one paragraph each.
const blockSelectors = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd, td"

// ParseHTML reads an HTML page: the article body is found with
// go-readability after hidden markup is dropped, and turned into text with
// one paragraph per block element. Title, URL and publication date come
// from the page's metadata where it has them.
func ParseHTML(data []byte) (graph.Document, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "cannot parse HTML: %v", err)
	}
	page := goquery.NewDocumentFromNode(root)
	var d graph.Document
	d.URL = firstAttr(page, `link[rel="canonical"]`, "href", `meta[property="og:url"]`, "content")
	// The publication date: Open Graph's, schema.org's, then the plain and
	// Dublin Core meta tags that sites without either carry.
	d.Published = dateOf(firstAttr(page, `meta[property="article:published_time"]`, "content",
		`time[itemprop="datePublished"]`, "datetime", `meta[itemprop="datePublished"]`, "content",
		`meta[name="date"], meta[name="pubdate"], meta[name="publish-date"], meta[name="publication_date"]`, "content",
		`meta[name="DC.date.issued"], meta[name="dc.date"], meta[name="DC.date"], meta[name="dcterms.created"]`, "content",
		`time[datetime]`, "datetime"))
	// The headline: the article's h1 where there is one, read before the
	// chrome goes (some sites put it in a <header>); <title> often carries
	// the site's name as well.
	d.Title = clean(page.Find("article h1, main h1").First().Text())
	if d.Title == "" {
		d.Title = clean(page.Find("h1").First().Text())
	}
	page.Find(hiddenSelectors).Remove()
	// Readability takes an element marked as a dateline or byline out of
	// the article as metadata; in this genre the dateline names the place,
	// the day and the agency ("ABU DHABI, 22nd April, 2025 (WAM) --") and
	// the byline names people, so both stay in the text.
	page.Find(keptMetaSelectors).RemoveAttr("class").RemoveAttr("id").RemoveAttr("rel").RemoveAttr("itemprop")

	var pageURL *url.URL
	if d.URL != "" {
		pageURL, _ = url.Parse(d.URL)
	}
	parser := readability.NewParser()
	article, err := parser.ParseDocument(root, pageURL)
	body := page.Selection
	if err == nil && article.Node != nil {
		body = goquery.NewDocumentFromNode(article.Node).Selection
		d.Title = firstOf(d.Title, clean(article.Title()))
		if d.Published == "" {
			if t, err := article.PublishedTime(); err == nil {
				d.Published = t.Format(time.DateOnly)
			}
		}
	}
	pageTitle := clean(page.Find("title").First().Text())
	if d.Title == "" {
		d.Title = pageTitle
	}
	d.Publisher = firstOf(firstAttr(page, `meta[property="og:site_name"]`, "content"), siteOfTitle(pageTitle, d.Title))
	d.Text = blockText(body)
	if lead := clean(page.Find(leadSelectors).First().Text()); lead != "" && len(lead) < 600 && !strings.Contains(d.Text, lead) {
		// The lead (standfirst) sits outside the article's body on
		// many sites, and often names the principal: "Vladimir Putin
		// attends the Shanghai Cooperation Organisation (SCO) summit."
		d.Text = lead + "\n\n" + d.Text
	}
	if strings.TrimSpace(d.Text) == "" {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "no article text found in the HTML")
	}
	if d.Title != "" && !strings.HasPrefix(d.Text, d.Title) {
		d.Text = d.Title + "\n\n" + d.Text
	}
	d.ID = graph.DocumentID(d.Text)
	return d, nil
}

// blockText joins the text of the innermost block elements of s with blank
// lines; text outside any block element is kept as a paragraph of its own.
func blockText(s *goquery.Selection) string {
	var paras []string
	var walk func(n *html.Node)
	var inline strings.Builder
	flush := func() {
		if t := clean(inline.String()); t != "" {
			paras = append(paras, t)
		}
		inline.Reset()
	}
	isBlock := map[string]bool{}
	for _, tag := range strings.Split(blockSelectors, ",") {
		isBlock[strings.TrimSpace(tag)] = true
	}
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			inline.WriteString(n.Data)
		case n.Type == html.ElementNode && n.Data == "br":
			inline.WriteString(" ")
		case n.Type == html.ElementNode && isBlock[n.Data] && !hasBlockChild(n, isBlock):
			flush()
			inline.WriteString(textOf(n))
			flush()
		default:
			if n.Type == html.ElementNode && (n.Data == "div" || n.Data == "section" || n.Data == "article" || isBlock[n.Data]) {
				flush()
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			if n.Type == html.ElementNode && (n.Data == "div" || n.Data == "section" || n.Data == "article" || isBlock[n.Data]) {
				flush()
			}
		}
	}
	for _, n := range s.Nodes {
		walk(n)
	}
	flush()
	return strings.Join(paras, "\n\n") + "\n"
}

func hasBlockChild(n *html.Node, isBlock map[string]bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isBlock[c.Data] || c.Data == "div" || hasBlockChild(c, isBlock)) {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.Data == "br":
			b.WriteString(" ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// clean collapses runs of white space (non-breaking spaces included).
func clean(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

// firstAttr returns the first non-empty attribute among (selector, attribute)
// pairs.
func firstAttr(doc *goquery.Document, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		if v, ok := doc.Find(pairs[i]).First().Attr(pairs[i+1]); ok && strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// dateOf keeps the YYYY-MM-DD part of an ISO date or timestamp.
func dateOf(s string) string {
	if len(s) >= 10 {
		if _, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return s[:10]
		}
	}
	return ""
}

// siteOfTitle returns the site's name that a page's <title> carries beside
// its headline, on either side of " | " ("Zambia and DRC agree ... |
// Ministry of Foreign Affairs and International Cooperation, Zambia",
// "State House Kenya | Cabinet Secretary receives ..."): the side that is
// not the headline, or "" when neither side is the page's headline.
func siteOfTitle(title, headline string) string {
	parts := strings.Split(title, " | ")
	if len(parts) < 2 || headline == "" {
		return ""
	}
	same := func(s string) bool {
		s, h := strings.ToLower(strings.TrimSpace(s)), strings.ToLower(strings.TrimSpace(headline))
		return s != "" && (s == h || strings.HasPrefix(h, s) || strings.HasPrefix(s, h))
	}
	first, last := parts[0], parts[len(parts)-1]
	switch {
	case same(first) && !same(last):
		return strings.TrimSpace(last)
	case same(last) && !same(first):
		return strings.TrimSpace(first)
	}
	return ""
}
