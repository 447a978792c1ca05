import { useEffect, useRef, useState } from 'react';
import { loadBillingKey } from '../../data/billing-key-browser.ts';
import type { DenialPublicData } from '../../domain/denials/split-denial.ts';
import { emptyLine, type DenialLineInput, type DenialRubric, type DenialScore, type DenialUserInput } from '../../domain/denials/denial-types.ts';
import { scoreDenial } from '../../domain/denials/score-denial.ts';
import { recordAttemptLater } from '../../stores/record.ts';
import { AppealLetterPanel } from './AppealLetterPanel.tsx';
import { DenialResults } from './DenialResults.tsx';
import { LastResult } from './LastResult.tsx';
import { WorklistLinePanel } from './WorklistLinePanel.tsx';
import './denials.css';

const isRubric = (v: unknown): v is DenialRubric => typeof v === 'object' && v !== null && Array.isArray((v as DenialRubric).lines);

/** Denial management: work each claim on the worklist, build the appeal letter, grade. */
export default function DenialExercise({ data, topics, certifications }: { data: DenialPublicData; topics: string[]; certifications: string[] }) {
  const [input, setInput] = useState<DenialUserInput>({ lines: Object.fromEntries(data.lines.map((l) => [l.id, emptyLine()])), letter: {} });
  const [graded, setGraded] = useState<{ score: DenialScore; rubric: DenialRubric } | null>(null);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement | null>(null);
  // After each grade, focus moves to the result heading once React has rendered it (a
  // requestAnimationFrame could run before that render and leave focus on the button).
  useEffect(() => {
    if (graded?.score.type === 'points') heading.current?.focus();
  }, [graded]);

  async function grade(e: React.FormEvent) {
    e.preventDefault();
    try {
      const rubric = await loadBillingKey('denials', data.id, isRubric);
      const score = scoreDenial(rubric, input);
      setGraded({ score, rubric });
      if (score.type === 'invalid') {
        setStatus('Choose a cause or an action for at least one claim, then grade.');
        return;
      }
      setStatus(`Graded: ${score.earned} of ${score.total} points.`);
      recordAttemptLater({ exerciseId: `denials/${data.id}`, kind: 'denial', earned: score.earned, total: score.total, topics, certifications, answer: input });
    } catch {
      setStatus('The answer key could not be loaded. Check the connection and try again.');
    }
  }

  return (
    <form className="dl" onSubmit={grade} noValidate>
      <LastResult exerciseId={`denials/${data.id}`} kind="denial" />
      <p>
        Worklist date: <strong>{data.worklistDate}</strong>. For each claim name the cause and the action; deadlines count from the notice.
      </p>
      {data.lines.map((line, i) => (
        <WorklistLinePanel key={line.id} line={line} index={i} value={input.lines[line.id] ?? emptyLine()} onChange={(v: DenialLineInput) => setInput({ ...input, lines: { ...input.lines, [line.id]: v } })} />
      ))}
      {data.letter && <AppealLetterPanel letter={data.letter} lines={data.lines} value={input.letter} onChange={(letter) => setInput({ ...input, letter })} />}
      <button type="submit" className="btn">
        Grade
      </button>
      <p role="status" className="dl-status">
        {status}
      </p>
      {graded?.score.type === 'points' && <DenialResults score={graded.score} rubric={graded.rubric} headingRef={heading} />}
    </form>
  );
}
