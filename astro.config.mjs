// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import contentCheck from './src/integrations/content-check.ts';
import rehypeTableWrap from './src/lib/rehype-table-wrap.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'https://claimlab.example',
  trailingSlash: 'ignore',
  integrations: [contentCheck(), mdx(), react()],
  markdown: { rehypePlugins: [rehypeTableWrap] },
  build: { format: 'directory' },
});
