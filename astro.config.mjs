// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import contentCheck from './src/integrations/content-check.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'https://claimlab.example',
  trailingSlash: 'ignore',
  integrations: [contentCheck(), mdx(), react()],
  build: { format: 'directory' },
  // CLAIMLAB_OUT lets parallel builds (e.g. a benchmark beside the tests) use their own folder.
  outDir: process.env.CLAIMLAB_OUT ?? './dist',
});
