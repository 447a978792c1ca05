import { describeFileNote, isLeftOut, type FileNote } from '../../domain/classkit/gradebook.ts';

/** One line per file that was left out or that needs a remark (late, items not regraded). */
export function FileNotes({ notes }: { notes: FileNote[] }) {
  const left = notes.filter(isLeftOut);
  const remarks = notes.filter((n) => !isLeftOut(n));
  if (!notes.length) return null;
  return (
    <section aria-labelledby="gb-notes-h" className="gb-notes">
      <h2 id="gb-notes-h">Files to look at</h2>
      {left.length > 0 && (
        <>
          <h3>Not counted ({left.length})</h3>
          <ul className="gb-left-out">
            {left.map((n, i) => (
              <li key={i}>{describeFileNote(n)}</li>
            ))}
          </ul>
        </>
      )}
      {remarks.length > 0 && (
        <>
          <h3>Counted, with a remark ({remarks.length})</h3>
          <ul className="gb-remarks">
            {remarks.map((n, i) => (
              <li key={i}>{describeFileNote(n)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
