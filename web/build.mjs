// Bundles the playground (playground/index.jsx, GraphiQL and its CSS) and
// the Monaco editor's web workers into dist/playground/, and the explorer
// dashboard (explore/index.js, cytoscape, echarts) into dist/explore/, which
// package web embeds in the Go binary. Run with `npm run build`
// (scripts/build-web).
import * as esbuild from 'esbuild';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'dist', 'playground');
const exploreOut = path.join(here, 'dist', 'explore');

// dist/playground/README.md stays: it is in git, so that the Go embed
// pattern matches on a fresh clone.
for (const dir of [out, exploreOut]) {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (name !== 'README.md') {
      await rm(path.join(dir, name), { recursive: true, force: true });
    }
  }
}

const common = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: ['es2022'],
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

// graphiql/style.css already holds Monaco's CSS (the same Monaco version),
// so the CSS files that Monaco's own modules import are left out instead of
// being bundled twice.
const skipMonacoCSS = {
  name: 'skip-monaco-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]monaco-editor[\\/].*\.css$/ }, () => ({
      contents: '',
      loader: 'css',
    }));
  },
};

await esbuild.build({
  ...common,
  entryPoints: { playground: path.join(here, 'playground', 'index.jsx') },
  outdir: out,
  format: 'esm',
  jsx: 'automatic',
  loader: {
    '.woff': 'file',
    '.woff2': 'file',
    '.ttf': 'file',
    '.eot': 'file',
    '.svg': 'file',
    '.png': 'file',
  },
  assetNames: 'assets/[name]-[hash]',
  plugins: [skipMonacoCSS],
});

await esbuild.build({
  ...common,
  entryPoints: {
    editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
    json: 'monaco-editor/esm/vs/language/json/json.worker.js',
    graphql: 'monaco-graphql/esm/graphql.worker.js',
  },
  entryNames: '[name].worker',
  outdir: path.join(out, 'workers'),
  format: 'iife',
});

await writeFile(
  path.join(out, 'index.html'),
  page('playground', 'playground',
    '<div id="graphiql"><noscript>The playground needs JavaScript. The GraphQL endpoint is POST /graphql.</noscript></div>'),
);

// The explorer: one script and one stylesheet; cytoscape, its fcose layout
// and echarts are bundled in, so the page fetches nothing but /graphql.
await esbuild.build({
  ...common,
  entryPoints: { explore: path.join(here, 'explore', 'index.js') },
  outdir: exploreOut,
  format: 'esm',
});

await writeFile(
  path.join(exploreOut, 'index.html'),
  page('explorer', 'explore', '<noscript>The explorer needs JavaScript. The GraphQL endpoint is POST /graphql.</noscript>'),
);

// page is the HTML shell of a bundle: its stylesheet and script, served
// beside it, and the body it starts from.
function page(title, bundle, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>actorgraph ${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${bundle}.css">
<script type="module" src="${bundle}.js"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

async function report(dir, prefix = '') {
  for (const name of (await readdir(dir)).sort()) {
    const file = path.join(dir, name);
    const info = await stat(file);
    if (info.isDirectory()) {
      await report(file, `${prefix}${name}/`);
    } else if (name !== 'README.md') {
      console.log(`  ${(info.size / 1024).toFixed(0).padStart(6)} KiB  ${prefix}${name}`);
    }
  }
}
for (const dir of [out, exploreOut]) {
  console.log(`built ${path.relative(process.cwd(), dir) || '.'}:`);
  await report(dir);
}
