/**
 * Maintainer tool: reads "id<TAB>phrase" lines on stdin and prints word-set fingerprints as
 * JSON for tests/content/fixtures/descriptor-fingerprints.json. Type the phrase in a terminal
 * or a temporary file outside the repository; only the hashes are committed.
 *
 *   node --experimental-strip-types tests/content/support/make-fingerprints.ts < /tmp/phrases.tsv
 */
import { readFileSync } from 'node:fs';
import { fingerprint } from './descriptor-fingerprint.ts';

const lines = readFileSync(0, 'utf8').split('\n').filter((l) => l.includes('\t'));
const out = lines.map((l) => {
  const [id = '', phrase = ''] = l.split('\t');
  return fingerprint(id, phrase);
});
console.log(JSON.stringify(out, null, 1));
