// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import contentCheck from './src/integrations/content-check.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import slimSearchDictionary from './src/integrations/slim-search-dictionary.ts';
import { CSP_DIRECTIVES, inlineScriptHashes } from './src/security-headers.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'https://claimlab.example',
  trailingSlash: 'ignore',
  integrations: [contentCheck(), slimSearchDictionary(), mdx(), react(), securityHeaders()],
  // Content-Security-Policy (src/security-headers.ts): Astro writes a <meta> policy on every page
  // with the hashes of the scripts and styles it inlines; our own inline scripts add theirs.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: inlineScriptHashes() },
    },
  },
  build: { format: 'directory' },
  // Exercise slugs that named the answer were renamed (issue 13); old links keep working.
  redirects: {
    '/exercises/colonoscopy-snare-and-biopsy-xs': '/exercises/colonoscopy-snare-and-separate-biopsies/',
    '/exercises/skin-biopsy-basal-cell-modifier-25': '/exercises/skin-biopsy-basal-cell-same-day-visit/',
  },
  // CLAIMLAB_OUT lets parallel builds (e.g. a benchmark beside the tests) use their own folder.
  outDir: process.env.CLAIMLAB_OUT ?? './dist',
});
