import { useId } from 'react';
import type { MasteryRow } from '../../domain/progress/dashboard.ts';

export interface BarChartProps {
  /** Chart heading, also the table caption. */
  title: string;
  rows: MasteryRow[];
  /** Turns a row key into a label, e.g. "diabetes" -> "Diabetes". */
  label?: (key: string) => string;
}

const ROW = 28;
const LABEL_W = 170;
const BAR_W = 300;

/**
 * Horizontal bars of mastery percent. The SVG is a picture of the table that follows it, so it
 * is hidden from assistive technology and the table carries the numbers.
 */
export default function BarChart({ title, rows, label = (k) => k }: BarChartProps) {
  const captionId = useId();
  const height = rows.length * ROW + 8;
  return (
    <figure className="dash-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <strong>{title}</strong>
      </figcaption>
      <svg viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${height}`} aria-hidden="true" focusable="false">
        {rows.map((row, i) => {
          const y = i * ROW + 4;
          return (
            <g key={row.key}>
              <text x={LABEL_W - 8} y={y + 15} textAnchor="end">
                {label(row.key).length > 22 ? `${label(row.key).slice(0, 21)}…` : label(row.key)}
              </text>
              <rect className="track" x={LABEL_W} y={y} width={BAR_W} height={ROW - 8} rx={3} />
              <rect className="bar" x={LABEL_W} y={y} width={(BAR_W * row.percent) / 100} height={ROW - 8} rx={3} />
              <text x={LABEL_W + BAR_W + 6} y={y + 15}>{row.percent}%</text>
            </g>
          );
        })}
      </svg>
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
