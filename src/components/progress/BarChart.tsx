import { useId } from 'react';
import type { MasteryRow } from '../../domain/progress/dashboard.ts';

export interface BarChartProps {
  /** Chart heading, also the table caption. */
  title: string;
  rows: MasteryRow[];
  /** Turns a row key into a label, e.g. "diabetes" -> "Diabetes". */
  label?: (key: string) => string;
}

/**
 * Horizontal bars of mastery percent. The bars are a picture of the table that follows them, so
 * they are hidden from assistive technology and the table carries the numbers. They are HTML, not
 * a scaled SVG, so labels keep the page's text size on a phone.
 */
export default function BarChart({ title, rows, label = (k) => k }: BarChartProps) {
  const captionId = useId();
  return (
    <figure className="dash-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <strong>{title}</strong>
      </figcaption>
      <div className="dash-bars" aria-hidden="true">
        {rows.map((row) => (
          <div className="dash-bar" key={row.key}>
            <span className="dash-bar__label">{label(row.key)}</span>
            <span className="dash-bar__track"><span className="dash-bar__fill" style={{ width: `${row.percent}%` }} /></span>
            <span className="dash-bar__value">{row.percent}%</span>
          </div>
        ))}
      </div>
      <table className="dash-table">
        <caption className="visually-hidden">{title} as a table</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col" className="num">Mastery</th>
            <th scope="col" className="num">Exercises</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{label(row.key)}</th>
              <td className="num">{row.percent}%</td>
              <td className="num">{row.exercises}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
