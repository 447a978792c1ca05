import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { REPO_ROOT } from '../../../src/data/code-set-node.ts';

/**
 * A stand-in LMS for SCORM packages: serves a package's files under /lms/pkg/ (a subpath, as an
 * LMS does) and a host page at /lms/host.html whose window carries scorm-again's Scorm12API as
 * `window.API` and frames the package's launch page. `window.__initialCmi` (set by the test with
 * an init script) preloads the CMI data an LMS would hand back on a later visit, and every
 * LMSSetValue is recorded in `window.__sets`.
 */
const HOST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><script src="scorm12.js"></script>
<style>body{margin:0} iframe{border:0;width:100%;height:100vh}</style></head>
<body><main><h1 style="position:absolute;left:-9999px">Test LMS</h1><iframe title="ClaimLab activity" id="sco"></iframe></main>
<script>
  window.__sets = [];
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (window.__initialCmi) window.API.loadFromJSON(window.__initialCmi);
  window.API.on('LMSSetValue.cmi.*', function (element, value) { window.__sets.push([element, value]); });
  window.API.on('LMSFinish', function () { window.__finished = true; });
  document.getElementById('sco').src = 'pkg/index.html';
</script></body></html>`;

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.xml': 'application/xml', '.xsd': 'application/xml' };

/** Serves the package files (path -> bytes) and the host page on a free loopback port. */
export async function serveScormHost(files: Record<string, Uint8Array>): Promise<{ server: Server; url: string }> {
  const scormAgain = readFileSync(join(REPO_ROOT, 'node_modules/scorm-again/dist/scorm12.js'));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let body: Uint8Array | string | undefined;
    if (path === '/lms/host.html') body = HOST;
    else if (path === '/lms/scorm12.js') body = scormAgain;
    else if (path.startsWith('/lms/pkg/')) body = files[path.slice('/lms/pkg/'.length)];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${path}`);
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}

