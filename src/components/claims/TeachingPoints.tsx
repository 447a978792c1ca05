/**
 * The claim exercise's teaching points. The island renders them only after the claim is graded,
 * so they cannot be opened (and give the answer away) before the attempt.
 */
export function TeachingPoints({ points, references }: { points: string[]; references: string[] }) {
  if (points.length === 0) return null;
  return (
    <details open className="cl-teaching">
      <summary>Teaching points</summary>
      <ul>{points.map((t, i) => <li key={i}>{t}</li>)}</ul>
      {references.length > 0 && <p className="muted">References: {references.join('; ')}.</p>}
    </details>
  );
}
