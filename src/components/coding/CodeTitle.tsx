import { useEffect, useState } from 'react';
import { lookupHcpcs, lookupIcd } from '../../data/code-set-browser.ts';

/**
 * The official title of a code the student added, as the code book would show it. Says plainly
 * when a code does not exist; whether it is the right code is left to grading.
 */
export function CodeTitle({ system, code }: { system: 'icd10cm' | 'hcpcs'; code: string }) {
  const [text, setText] = useState<string>('…');
  useEffect(() => {
    let live = true;
    const run = async (): Promise<string> => {
      if (system === 'hcpcs') {
        const r = await lookupHcpcs(code);
        return r.kind === 'found' ? r.title : 'Not a HCPCS Level II code in the current file';
      }
      const r = await lookupIcd(code);
      if (r.kind === 'found') return r.entry.title;
      if (r.kind === 'deleted') return `Deleted on ${r.since}: ${r.title}`;
      if (r.kind === 'not-found') return 'Not an ICD-10-CM code in FY2027';
      return 'Not shaped like an ICD-10-CM code';
    };
    run().then((t) => { if (live) setText(t); }, () => { if (live) setText('Title unavailable offline'); });
    return () => { live = false; };
  }, [system, code]);
  return <span className="title">{text}</span>;
}
