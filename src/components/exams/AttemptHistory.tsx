import type { ReactNode } from 'react';

/** Earlier sittings of this exam from the progress store. */
export function AttemptHistory({ attempts, passMark }: { attempts: { id: string; startedAt: string; earned?: number | undefined; total?: number | undefined }[]; passMark: number }): ReactNode {
  if (attempts.length === 0) return <p className="muted">No finished attempts yet.</p>;
  return (
    <section aria-labelledby="history-h" className="exam-history">
      <h2 id="history-h">Your attempts</h2>
      <ul>
        {[...attempts].reverse().map((a) => {
          const pct = a.total ? Math.floor(((a.earned ?? 0) * 100) / a.total) : 0;
          return (
            <li key={a.id}>
              {new Date(a.startedAt).toLocaleString()}: {a.earned ?? 0} of {a.total ?? 0} ({pct}%) {pct >= passMark ? 'pass' : 'below the practice mark'}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
