import type { ClassSummary, ScoreBin } from '../../domain/classkit/item-analysis.ts';

/**
 * The score distribution as CSS bars inside a real table, so the numbers are the text
 * equivalent (screen readers read the table; the bars are decoration).
 */
export function ScoreChart({ bins, summary, passPercent }: { bins: ScoreBin[]; summary: ClassSummary; passPercent: number }) {
  const most = Math.max(1, ...bins.map((b) => b.count));
  return (
    <section aria-labelledby="gb-dist-h">
      <h2 id="gb-dist-h">Score distribution</h2>
      <p>
        {summary.students} {summary.students === 1 ? 'student' : 'students'}
        {summary.meanPercent !== undefined && `, mean ${summary.meanPercent}%, median ${summary.medianPercent}%`}; {summary.passed} at or above the passing score of {passPercent}%; {summary.late} late.
      </p>
      <table className="gb-chart">
        <caption className="visually-hidden">Students per band of percent score</caption>
        <thead>
          <tr>
            <th scope="col">Percent</th>
            <th scope="col">Students</th>
          </tr>
        </thead>
        <tbody>
          {[...bins].reverse().map((b) => (
            <tr key={b.from}>
              <th scope="row">{b.label}</th>
              <td>
                <span className="gb-bar" style={{ width: `${(b.count / most) * 100}%` }} aria-hidden="true" />
                <span className="gb-bar-n">{b.count}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
