import { useEffect, useState } from 'react';

/**
 * The official title of a code the student added, as the code book would show it. Says plainly
 * when a code does not exist, and when it is a header that needs more characters; whether it is
 * the right code is left to grading.
 */
export function CodeTitle({ system, code }: { system: 'icd10cm' | 'hcpcs'; code: string }) {
  const [text, setText] = useState<string>('…');
  const [header, setHeader] = useState(false);
  useEffect(() => {
    let live = true;
    const run = async (): Promise<{ text: string; header?: boolean }> => {
      // The code-set loader is fetched when the first title is needed, not with the page.
      const { lookupHcpcs, lookupIcd } = await import('../../data/code-set-browser.ts');
      if (system === 'hcpcs') {
        const r = await lookupHcpcs(code);
        return { text: r.kind === 'found' ? r.title : 'Not a HCPCS Level II code in the current file' };
      }
      const r = await lookupIcd(code);
      if (r.kind === 'found') return { text: r.entry.title, header: !r.entry.billable };
      if (r.kind === 'deleted') return { text: `Deleted on ${r.since}: ${r.title}` };
      if (r.kind === 'not-found') return { text: 'Not an ICD-10-CM code in FY2027' };
      return { text: 'Not shaped like an ICD-10-CM code' };
    };
    run().then(
      (t) => { if (live) { setText(t.text); setHeader(t.header === true); } },
      () => { if (live) setText('Title unavailable offline'); },
    );
    return () => { live = false; };
  }, [system, code]);
  return (
    <span className="title">
      {text}
      {header && <strong className="header-warning"> Header: not valid on a claim. Search it above and choose a code under it.</strong>}
    </span>
  );
}
