// GraphML of the view on screen, in the same shape as
// `actorgraph export --format graphml`: node attributes label, kind, date;
// edge attributes relation, weight. Gephi reads label as the node label and
// weight as the edge weight.

const xmlEscape = (s) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * Returns a GraphML document.
 * @param {{id: string, label: string, kind: string, date?: string}[]} nodes
 * @param {{source: string, target: string, relation: string, weight: number}[]} edges
 */
export function toGraphML(nodes, edges) {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="date" for="node" attr.name="date" attr.type="string"/>',
    '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <graph id="actorgraph" edgedefault="directed">',
  ];
  for (const n of nodes) {
    out.push(
      `    <node id="${xmlEscape(n.id)}"><data key="label">${xmlEscape(n.label)}</data><data key="kind">${xmlEscape(n.kind)}</data>` +
        (n.date ? `<data key="date">${xmlEscape(n.date)}</data>` : '') +
        '</node>',
    );
  }
  edges.forEach((e, i) => {
    out.push(
      `    <edge id="e${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"><data key="relation">${xmlEscape(e.relation)}</data><data key="weight">${Number(e.weight) || 1}</data></edge>`,
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
