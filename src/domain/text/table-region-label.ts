const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of an HTML fragment: tags dropped, the common entities decoded, spaces collapsed. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const point = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        // String.fromCodePoint throws past U+10FFFF: a stray "&#99999999;" in a lesson must not fail the build.
        return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Most column names a label lists before it stops with "and N more". */
const MAX_COLUMNS = 4;

/**
 * The accessible name of the scroll region round a rendered Markdown table, from the header cells
 * of its first `<thead>` row: "Table: Code set, Updated, Example (scrolls sideways on small
 * screens)". A table without header text is just "Table (…)".
 */
export function tableRegionLabel(tableInnerHtml: string): string {
  const head = /<thead\b[\s\S]*?<\/thead>/i.exec(tableInnerHtml)?.[0] ?? '';
  const row = /<tr\b[\s\S]*?<\/tr>/i.exec(head)?.[0] ?? '';
  const columns = [...row.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/gi)].map((m) => plainText(m[1] ?? '')).filter((c) => c !== '');
  const shown = columns.slice(0, MAX_COLUMNS).join(', ');
  const more = columns.length > MAX_COLUMNS ? ` and ${columns.length - MAX_COLUMNS} more` : '';
  return `${columns.length === 0 ? 'Table' : `Table: ${shown}${more}`} (scrolls sideways on small screens)`;
}
