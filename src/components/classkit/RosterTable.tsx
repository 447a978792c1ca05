import type { Roster } from '../../domain/classkit/gradebook.ts';
import { watchTableScroll } from '../site/table-scroll.ts';

/** Points as people read them: "7.5 of 10", or "not done". */
const pts = (earned: number | undefined, total: number | undefined): string => (earned === undefined ? 'not done' : `${earned}${total === undefined ? '' : ` / ${total}`}`);

/** A time in the instructor's own time zone and language (the file keeps the exact ISO time). */
const localTime = (iso: string): string => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

/** The roster: one row per counted student, score per item, total, percent, pass/fail, late. */
export function RosterTable({ roster, itemTitles }: { roster: Roster; itemTitles: string[] }) {
  const { assignment, rows } = roster;
  return (
    <section aria-labelledby="gb-roster-h">
      <h2 id="gb-roster-h">Roster</h2>
      <p>
        {rows.length} {rows.length === 1 ? 'student' : 'students'} counted for <strong>{assignment.title}</strong> (passing score {assignment.passPercent}%). Names and IDs are shown exactly as the students typed them; points come from regrading each answer here, never from the file.
      </p>
      {rows.length > 0 && (
        // A wide table scrolls sideways on phones; the region takes focus so keyboard users can scroll it.
        <div className="table-wrap" role="region" aria-label="Roster" tabIndex={0} ref={(el) => (el ? watchTableScroll(el) : undefined)}>
          <table className="gb-roster">
            <thead>
              <tr>
                <th scope="col">Student</th>
                {itemTitles.map((t, i) => (
                  <th scope="col" key={i}>{t}</th>
                ))}
                <th scope="col">Total</th>
                <th scope="col">Percent</th>
                <th scope="col">Result</th>
                <th scope="col">Handed in</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, n) => (
                <tr key={`${n}:${r.fileName}`}>
                  <th scope="row">
                    <span className="gb-name">{r.student}</span>
                    <span className="gb-file">{r.fileName}</span>
                  </th>
                  {r.cells.map((c, i) => (
                    <td key={i} className="gb-num">
                      {pts(c.earned, c.total)}
                      {c.problem && <span className="gb-when">{c.problem}</span>}
                    </td>
                  ))}
                  <td className="gb-num">{pts(r.earned, r.total)}</td>
                  <td className="gb-num">{r.percent}%</td>
                  <td>{r.passed ? <span className="gb-pass">Pass</span> : <span className="gb-fail">Below passing</span>}</td>
                  <td>
                    {r.late ? <strong className="gb-late">Late</strong> : 'On time'}{' '}
                    <time className="gb-when" dateTime={r.submittedAt}>
                      {localTime(r.submittedAt)}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
