import type { AstroIntegration } from 'astro';
import { readContentFiles } from '../../scripts/lib/read-content.ts';
import { validateContent } from '../domain/content/validate-content.ts';
import { contentRules } from '../domain/content/content-rules.ts';

/**
 * Fails `astro dev` and `astro build` before Astro's own content sync when authored content is
 * invalid, with one line per problem naming file, field and fix.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'claimlab:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const errors = validateContent(readContentFiles(root), contentRules);
        if (errors.length > 0) {
          const text = `Content has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  - ${e}`).join('\n')}`;
          logger.error(text);
          throw new Error(text);
        }
      },
    },
  };
}
