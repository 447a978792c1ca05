import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ once for the whole e2e run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = resolve(process.env['CLAIMLAB_OUT'] ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing. Run `npm run build` before the end-to-end tests.');
  }
  const { server, url } = await serveDirectory(dist);
  project.provide('baseUrl', url);
  return async () => {
    await new Promise<void>((done) => server.close(() => done()));
  };
}
