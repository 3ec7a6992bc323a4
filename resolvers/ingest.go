package resolvers

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/resolvers/generated"
)

// maxIngestSize caps the text or HTML of one ingested document.
const maxIngestSize = loader.DefaultMaxSize

// ingestInput reads the document an ingestDocument mutation carries, the
// way the loader reads files.
func ingestInput(in generated.IngestInput) (graph.Document, error) {
	var doc graph.Document
	var err error
	switch {
	case in.HTML != nil && in.Text != nil:
		return doc, graph.Errorf(graph.EINVALID, "give text or html, not both")
	case in.HTML != nil:
		if len(*in.HTML) > maxIngestSize {
			return doc, graph.Errorf(graph.EINVALID, "the page is larger than %d bytes", maxIngestSize)
		}
		doc, err = loader.ParseHTML([]byte(*in.HTML))
		if err != nil {
			return doc, err
		}
	case in.Text != nil:
		if len(*in.Text) > maxIngestSize {
			return doc, graph.Errorf(graph.EINVALID, "the text is larger than %d bytes", maxIngestSize)
		}
		if strings.TrimSpace(*in.Text) == "" {
			return doc, graph.Errorf(graph.EINVALID, "the text is empty")
		}
		doc = loader.ParseText(*in.Text)
	default:
		return doc, graph.Errorf(graph.EINVALID, "give text or html")
	}
	if in.Title != nil {
		doc.Title = *in.Title
	}
	if in.URL != nil {
		doc.URL = *in.URL
	}
	if in.Published != nil {
		if len(*in.Published) != 10 {
			return doc, graph.Errorf(graph.EINVALID, "published must be a date, YYYY-MM-DD")
		}
		doc.Published = *in.Published
	}
	doc.Path = "api"
	return doc, nil
}
