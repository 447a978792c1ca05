/**
 * Code-set CLI.
 *   npm run codes -- lookup E11.65 [--date YYYY-MM-DD] [--json]
 *   npm run codes -- lookup J1100   (a letter and four digits is also looked up in HCPCS Level II:
 *                                    J1100 is a HCPCS drug code and, read as J11.00, an ICD-10-CM code;
 *                                    the HCPCS file has no dates, so --date is not checked for HCPCS)
 *   npm run codes -- search "type 2 diabetes with hyperglycemia" [--json]
 * Exit code 1 for unknown, deleted-on-that-date or malformed codes and bad usage.
 */
import { loadHcpcs, loadIcdCodeSet, loadSearchIndex } from '../src/data/code-set-node.ts';
import { createSearcher, describeSearchHint } from '../src/domain/codes/search.ts';
import { SEARCH_DICTIONARY } from '../src/data/search-dictionary.ts';
import { describeSyntaxProblem } from '../src/domain/codes/normalize.ts';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const dateAt = argv.indexOf('--date');
const date = dateAt === -1 ? undefined : argv[dateAt + 1];
const rest = argv.filter((a, i) => a !== '--json' && (dateAt === -1 || (i !== dateAt && i !== dateAt + 1)));
const [command, ...words] = rest;
const arg = words.join(' ');

function out(data: unknown, text: string, code = 0): never {
  console.log(json ? JSON.stringify(data, null, 2) : text);
  process.exit(code);
}

/** A HCPCS Level II code (a letter and four digits) in our HCPCS file, or undefined. */
function hcpcsEntry(input: string): { code: string; short: string; long: string; release: string } | undefined {
  const code = input.trim().toUpperCase();
  if (!/^[A-V]\d{4}$/.test(code)) return undefined;
  const h = loadHcpcs();
  const row = h.codes.find(([c]) => c === code);
  return row && { code, short: row[1], long: row[2], release: h.release };
}

if (command === 'lookup' && arg) {
  const hcpcs = hcpcsEntry(arg);
  const r0 = loadIcdCodeSet().lookup(arg, date);
  if (hcpcs) {
    const icd = r0.kind === 'found' ? `\nAlso an ICD-10-CM code when read as ${r0.entry.code}: ${r0.entry.title} (run lookup ${r0.entry.code})` : '';
    // The HCPCS file has no effective or termination dates: say so rather than ignore --date.
    const undated = date ? `\n--date ${date} is not checked for HCPCS: the file has no termination dates and also keeps some codes CMS deleted years ago (e.g. G0202, deleted 2018), so check the CMS file's dates` : '';
    out({ kind: 'hcpcs', ...hcpcs, ...(r0.kind === 'found' ? { icd10cm: r0 } : {}) }, `${hcpcs.code}  ${hcpcs.long}\nHCPCS Level II (CMS ${hcpcs.release} file; short title: ${hcpcs.short})${undated}${icd}`);
  }
  // A letter and four digits that is in neither set: say both were looked in.
  const notHcpcs = /^[A-V]\d{4}$/i.test(arg.trim()) ? ` Nor is ${arg.trim().toUpperCase()} a HCPCS Level II code in the CMS ${loadHcpcs().release} file.` : '';
  const r = r0;
  if (r.kind === 'bad-syntax') out(r, `"${arg}" is not an ICD-10-CM code: ${describeSyntaxProblem(r.problem)}`, 1);
  if (r.kind === 'deleted') out(r, `${r.code} ${r.title}\nDELETED: not valid for dates of service on or after ${r.since} (FY${r.year}).`, 1);
  if (r.kind === 'not-found') {
    const hint = r.suggestions.length ? `\nDid you mean: ${r.suggestions.join(', ')}` : '';
    out(r, `${r.code} is not an ICD-10-CM code in FY${r.year}.${notHcpcs}${hint}`, 1);
  }
  const e = r.entry;
  const lines = [
    `${e.code}  ${e.title}`,
    `FY${e.year}: ${e.billable ? 'valid for claims' : 'HEADER: not valid for claims, a more specific code exists'}`,
  ];
  if (e.chapter) lines.push(`Chapter ${e.chapter.number} (${e.chapter.range}) ${e.chapter.title}`);
  if (e.block) lines.push(`Block ${e.block.first}-${e.block.last} ${e.block.title}`);
  for (const p of e.parents) lines.push(`  in ${p.code} ${p.title}`);
  if (e.changes.added) lines.push('NEW in FY2027 (from 2026-10-01)');
  if (e.changes.revisedFrom) lines.push(`TITLE REVISED in FY2027; before 2026-10-01: ${e.changes.revisedFrom}`);
  if (e.changes.billableChange) lines.push(`BECAME A HEADER on 2026-10-01 (was valid in FY2026)`);
  if (e.children.length) {
    lines.push('More specific codes:');
    for (const c of e.children) lines.push(`  ${c.code}${c.billable ? '' : ' (header)'}  ${c.title}`);
  }
  out(r, lines.join('\n'));
} else if (command === 'search' && arg) {
  const search = createSearcher(loadSearchIndex(), SEARCH_DICTIONARY);
  const icd = loadIcdCodeSet();
  const hcpcsTitles = new Map(loadHcpcs().codes.map(([code, , long]) => [code, long]));
  // The search index carries no titles: take them from the code sets.
  const found = search.outcome(arg, 10);
  const hits = found.hits.map((h) => ({ ...h, title: h.system === 'hcpcs' ? (hcpcsTitles.get(h.code) ?? '') : (icd.check(h.code, icd.effective).title ?? '') }));
  const meta = { query: arg, ...(found.didYouMean === undefined ? {} : { didYouMean: found.didYouMean }), ...(found.hint === undefined ? {} : { hint: describeSearchHint(found.hint) }) };
  const mean = found.didYouMean === undefined ? '' : `Did you mean: ${found.didYouMean}\n`;
  if (hits.length === 0) out({ ...meta, hits }, `${mean}No codes match "${arg.length > 60 ? `${arg.slice(0, 60)}...` : arg}". ${found.hint === undefined ? '' : describeSearchHint(found.hint)}`, 1);
  out({ ...meta, hits }, mean + hits.map((h) => `${h.code.padEnd(9)}${h.billable ? ' ' : '*'} ${h.system === 'hcpcs' ? '[HCPCS] ' : ''}${h.title}${h.why ? `\n           ${h.why}` : h.via ? `\n           index: ${h.via}` : ''}`).join('\n') + '\n(* header: pick a more specific code)');
} else {
  console.error('usage: npm run codes -- lookup CODE [--date YYYY-MM-DD] [--json] | search "words" [--json]');
  process.exit(1);
}
