// The @neo4j/graphql peer of the actorgraph benchmark (bench/README.md):
// typeDefs.graphql served over HTTP by @neo4j/graphql on Node.js, as
// POST /graphql, with nothing else in the way (no logging, no limits).
// Parsed and validated documents are cached by query text, as gqlgen's
// query cache does for our server.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=... \
//     node server.js 127.0.0.1:4000
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { Neo4jGraphQL } from "@neo4j/graphql";
import { execute, parse, validate } from "graphql";
import neo4j from "neo4j-driver";

const here = path.dirname(fileURLToPath(import.meta.url));
const cypher = (name) => JSON.stringify(fs.readFileSync(path.join(here, "../../queries", name + ".cypher"), "utf8"));
const typeDefs = fs
    .readFileSync(path.join(here, "typeDefs.graphql"), "utf8")
    .replace('"__NEIGHBOURHOOD__"', cypher("neighbourhood"))
    .replace('"__PATH__"', cypher("path"));

const [host, port] = (process.argv[2] || "127.0.0.1:4000").split(":");
const driver = neo4j.driver(
    process.env.NEO4J_URI || "bolt://127.0.0.1:7687",
    neo4j.auth.basic(process.env.NEO4J_USERNAME || "neo4j", process.env.NEO4J_PASSWORD || ""),
    { maxConnectionPoolSize: 100 },
);
const database = process.env.NEO4J_DATABASE || "neo4j";
// Range filters on strings (dates are stored as YYYY-MM-DD strings) are a
// feature to turn on.
const features = { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } };
const schema = await new Neo4jGraphQL({ typeDefs, driver, features }).getSchema();

const documents = new Map(); // query text: {document} or {errors}
function prepare(query) {
    let d = documents.get(query);
    if (!d) {
        try {
            const document = parse(query);
            const errors = validate(schema, document);
            d = errors.length ? { errors } : { document };
        } catch (e) {
            d = { errors: [e] };
        }
        if (documents.size < 1000) documents.set(query, d);
    }
    return d;
}

function send(res, status, body) {
    const b = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(b) });
    res.end(b);
}

const server = http.createServer((req, res) => {
    if (req.method === "GET" && req.url === "/healthz") return send(res, 200, { ok: true });
    if (req.method !== "POST" || req.url !== "/graphql") return send(res, 404, { error: "not found" });
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
        let body;
        try {
            body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        } catch {
            return send(res, 400, { errors: [{ message: "invalid JSON" }] });
        }
        const d = prepare(body.query || "");
        if (d.errors) return send(res, 400, { errors: d.errors.map((e) => ({ message: e.message })) });
        try {
            const result = await execute({
                schema,
                document: d.document,
                variableValues: body.variables || {},
                operationName: body.operationName,
                contextValue: { sessionConfig: { database } },
            });
            send(res, 200, result);
        } catch (e) {
            send(res, 500, { errors: [{ message: String(e) }] });
        }
    });
});
server.keepAliveTimeout = 120000;
server.listen(Number(port), host, () => console.log(`neo4j-graphql peer: http://${host}:${port}/graphql`));
for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
        server.close();
        driver.close().finally(() => process.exit(0));
    });
}
