// The actorgraph playground: GraphiQL against the same origin's /graphql,
// with the example queries as tabs. Bundled by ../build.mjs; nothing is
// fetched from anywhere but the server that serves this page.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './playground.css';
import { examples } from './examples.js';

// Monaco runs its language services in web workers; build.mjs bundles them
// next to this script (workers/), and they are loaded from there rather
// than from a CDN.
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const name =
      label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(new URL(`workers/${name}.worker.js`, import.meta.url), {
      name: `monaco-${name}`,
    });
  },
};

const fetcher = createGraphiQLFetcher({
  url: new URL('/graphql', window.location.href).toString(),
});

// GraphiQL keeps its tabs in localStorage and opens defaultTabs only when it
// has none stored. The keys get a prefix of their own so that the tabs of
// gqlgen's former playground (same origin, same keys) do not hide the
// examples.
const prefix = 'actorgraph:';
const storage = {
  getItem: (key) => localStorage.getItem(prefix + key),
  setItem: (key, value) => localStorage.setItem(prefix + key, value),
  removeItem: (key) => localStorage.removeItem(prefix + key),
  get length() {
    return Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length;
  },
  clear() {
    for (const k of Object.keys(localStorage)) {
      if (k.startsWith(prefix)) localStorage.removeItem(k);
    }
  },
};

const defaultTabs = examples.map(({ query, variables }) => ({
  query,
  variables: variables ? JSON.stringify(variables, null, 2) : null,
}));

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} storage={storage} />,
);
