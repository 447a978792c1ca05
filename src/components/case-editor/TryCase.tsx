import { useEffect, useState } from 'react';
import type { CodingExercise as Exercise } from '../../domain/exercises/coding-exercise-schema.ts';
import type { ClaimExercise as ClaimCase } from '../../domain/claims/claim-exercise-schema.ts';
import ClaimExercise from '../claims/ClaimExercise.tsx';
import { splitExercise } from '../../domain/exercises/public-exercise.ts';
import CodingExercise from '../coding/CodingExercise.tsx';
import './case-editor.css';

type State =
  | { kind: 'loading' }
  | { kind: 'no-case' }
  | { kind: 'bad-link'; message: string }
  | { kind: 'bad-case'; problems: string[] }
  | { kind: 'ready'; exercise: Exercise }
  | { kind: 'claim'; exercise: ClaimCase };

/**
 * /teach/try/#v1.<case>: opens a case shared from the case editor as an exercise, with the
 * same island and grader as the course's exercises. The case is read from the fragment (never
 * sent to the server) and checked against the exercise schema before anything is shown; a
 * damaged link gets a message saying what to do, never a blank page.
 */
export default function TryCase() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const read = async (): Promise<void> => {
      const hash = window.location.hash;
      if (hash.replace('#', '').trim() === '') {
        setState({ kind: 'no-case' });
        return;
      }
      const [{ decodeCaseFragment, describeLinkProblem }, { schemaProblems }] = await Promise.all([import('../../domain/case-editor/case-link.ts'), import('../../domain/case-editor/check-case.ts')]);
      const link = await decodeCaseFragment(hash);
      if (!link.ok) {
        setState({ kind: 'bad-link', message: describeLinkProblem(link.problem) });
        return;
      }
      const claims = await import('../../domain/case-editor/check-claim-case.ts');
      if (claims.looksLikeClaimCase(link.value)) {
        const claim = claims.claimCaseValue('shared claim case', link.value);
        setState(claim.exercise ? { kind: 'claim', exercise: claim.exercise } : { kind: 'bad-case', problems: claim.problems.map((p) => p.replace(/^shared claim case: /, '')) });
        return;
      }
      const { exercise, problems } = schemaProblems(link.value);
      setState(exercise ? { kind: 'ready', exercise } : { kind: 'bad-case', problems: problems.map((p) => `${p.field}: ${p.message}`) });
    };
    read().catch((err: unknown) => setState({ kind: 'bad-link', message: `This link could not be opened (${err instanceof Error ? err.message : String(err)}). Try a current version of Chrome, Edge, Firefox or Safari.` }));
    const onHash = (): void => { void read(); };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  if (state.kind === 'loading') return <p className="try-case" role="status">Opening the shared case…</p>;
  if (state.kind === 'no-case') {
    return (
      <div className="try-case">
        <p className="try-message">This page opens a case someone shared from the <a href="/teach/editor/">case editor</a>, but this link has no case in it. Ask for the full link (it is long and ends in a long run of letters after “#v1.”).</p>
      </div>
    );
  }
  if (state.kind === 'bad-link') return <div className="try-case"><p className="try-message" role="alert">{state.message}</p></div>;
  if (state.kind === 'bad-case') {
    return (
      <div className="try-case" role="alert">
        <p className="try-message">This link holds a case with format problems, so it cannot be opened as an exercise. The author can fix them in the <a href="/teach/editor/">case editor</a>:</p>
        <ul>{state.problems.slice(0, 8).map((p) => <li key={p}>{p}</li>)}</ul>
      </div>
    );
  }
  if (state.kind === 'claim') {
    const ex = state.exercise;
    return (
      <section className="try-case" aria-labelledby="shared-case-title">
        <p className="kicker">Shared claim case · {ex.difficulty}</p>
        <h2 id="shared-case-title">{ex.title}</h2>
        <p className="muted">{ex.summary}</p>
        <p className="muted small">Written by an instructor with the ClaimLab case editor, not reviewed by ClaimLab. Your attempts are not recorded in your progress.</p>
        <ClaimExercise id="shared-claim-case" record={false} title={ex.title} narrative={ex.narrative} dateOfService={ex.dateOfService} faceSheet={ex.faceSheet} prefill={ex.prefill} answer={ex.answer} {...(ex.weights ? { weights: ex.weights } : {})} teachingPoints={ex.teachingPoints} references={ex.references} />
      </section>
    );
  }
  const { exercise, rubric } = splitExercise(state.exercise);
  return (
    <section className="try-case" aria-labelledby="shared-case-title">
      <p className="kicker">Shared coding case · {exercise.difficulty}</p>
      <h2 id="shared-case-title">{exercise.title}</h2>
      <p className="muted">{exercise.summary}</p>
      <p className="muted small">Written by an instructor with the ClaimLab case editor, not reviewed by ClaimLab. Your attempts are not recorded in your progress.</p>
      <CodingExercise exercise={exercise} rubric={rubric} record={false} draftKey={`shared:${exercise.id}`} headingLevel={3} />
    </section>
  );
}
