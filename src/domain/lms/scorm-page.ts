import { xmlEscape } from './scorm-manifest.ts';

/**
 * The package's launch page. Only relative URLs (the LMS serves the package from a subpath such
 * as /lms/content/123/), no inline script (LMS players may send a strict Content-Security-Policy)
 * and no service worker: content.js holds the data, player.js renders it.
 */

/** Files the page loads, relative to the package root. */
export const SCORM_PAGE_ASSETS = { data: 'content.js', script: 'player.js', style: 'player.css' } as const;

/** index.html of the package. */
export function scormIndexHtml(title: string): string {
  const t = xmlEscape(title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t}</title>
<link rel="stylesheet" href="${SCORM_PAGE_ASSETS.style}">
</head>
<body>
<main id="app"><h1>${t}</h1><p>Loading the activity…</p><noscript><p>This activity needs JavaScript.</p></noscript></main>
<script src="${SCORM_PAGE_ASSETS.data}"></script>
<script src="${SCORM_PAGE_ASSETS.script}"></script>
</body>
</html>
`;
}

/** content.js: the package data as a global the player reads (a script, not fetch, so it also opens from disk). */
export function scormContentScript(content: unknown): string {
  return `window.CLAIMLAB_SCORM = ${JSON.stringify(content).replace(/</g, '\\u003c')};\n`;
}
