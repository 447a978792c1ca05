import { useId, useRef, useState, type SubmitEvent } from 'react';
import type { EmExercise as Exercise, EmUserInput } from '../../domain/em/em-exercise-schema.ts';
import { gradeEm, type EmResult } from '../../domain/em/score-em.ts';
import { describeEmFinding, describeEmInvalid, findingTitle } from '../../domain/em/describe-em.ts';
import { ADD_ON_QUESTION, caseTimeRule, DATA_COUNTING_RULE, ELEMENT_NAMES, EM_RULE_SOURCE, LEVEL_RULES, TIME_ONLY_NOTE, TIME_PARTS_RULE, timeFact, timeNoneLabel, timeQuestion, TWO_OF_THREE } from '../../domain/em/em-rules.ts';
import { codeChoices, ELEMENT_LEVELS, FAMILY_TABLE, MDM_ELEMENTS, settingOf, timeAllowed, timeChoiceLabel, usesMdm } from '../../domain/em/em-table.ts';
import { levelFamily, timeFamilies } from '../../domain/em/key-time.ts';
import { addOnChoices } from '../../domain/em/add-on-rules.ts';
import { noteParagraphs } from '../../domain/exercises/note-paragraphs.ts';
import { recordAttemptLater } from '../../stores/record.ts';
import { AdaptedSource } from '../sources/AdaptedSource.tsx';
import './em.css';

interface Props {
  exercise: Exercise;
  /** ClaimLab's own plain-language summaries of the E/M codes offered, by code. */
  codeSummaries: Record<string, string>;
  /** Level of the island's own headings: 3 inside a lesson, 2 on the exercise's own page. */
  headingLevel?: 2 | 3;
}

const capital = (s: string): string => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2026, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/**
 * The E/M levelling island: the note, one radio group per MDM element (and time when the note
 * documents it), the visit code, then per-element feedback that cites the rule and the note.
 */
export default function EmExercise({ exercise, codeSummaries, headingLevel = 3 }: Props) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const baseId = useId();
  const [input, setInput] = useState<EmUserInput>({});
  const [result, setResult] = useState<EmResult | undefined>();
  const [status, setStatus] = useState('');
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const c = exercise.case;
  const family = levelFamily(c);
  const mdm = usesMdm(family);
  const addOns = exercise.answer.addOn === undefined ? [] : [...addOnChoices(codeChoices(c.family).map((g) => g.family)), 'none'];
  const withTime = c.totalMinutes !== undefined && timeAllowed(family);
  const time = timeFact(c);

  const choose = (field: keyof EmUserInput, value: string): void => {
    setInput((prev) => ({ ...prev, [field]: value }));
    setResult(undefined);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const graded = gradeEm(exercise, input);
    setResult(graded);
    if (graded.type === 'points') {
      setStatus(`Graded: ${graded.earned} of ${graded.total} points.`);
      recordAttemptLater({ exerciseId: exercise.id, kind: 'em', earned: graded.earned, total: graded.total, topics: exercise.topics, certifications: exercise.certifications, answer: input });
    } else {
      setStatus(describeEmInvalid(graded));
    }
    requestAnimationFrame(() => resultHeading.current?.focus());
  };

  const retry = (): void => {
    setResult(undefined);
    setStatus('Try again: your choices are kept; change them and check again.');
    requestAnimationFrame(() => document.getElementById(`${baseId}-${mdm ? 'problems' : 'time'}-0`)?.focus());
  };

  const radio = (field: keyof EmUserInput, value: string, index: number, label: string, hint?: string) => {
    const id = `${baseId}-${field}-${index}`;
    return (
      <div className="em-choice" key={value}>
        <input type="radio" id={id} name={`${baseId}-${field}`} value={value} checked={input[field] === value} onChange={() => choose(field, value)} aria-describedby={hint === undefined ? undefined : `${id}-hint`} />
        <label htmlFor={id}>{label}</label>
        {hint !== undefined && <small id={`${id}-hint`} className="muted">{hint}</small>}
      </div>
    );
  };

  return (
    <div className="em-exercise">
      <section className="case card" aria-labelledby={`${baseId}-case`}>
        <H id={`${baseId}-case`}>The visit</H>
        <dl className="case-facts">
          <div><dt>Setting</dt><dd>{settingOf(c.family)}</dd></div>
          <div><dt>Date of service</dt><dd>{formatDate(c.dateOfService)}</dd></div>
          <div><dt>Patient</dt><dd>{c.patient.age} {c.patient.ageUnit ?? 'years'} old, {c.patient.sex}</dd></div>
          {time !== undefined && <div><dt>{time.label}</dt><dd>{time.value}</dd></div>}
        </dl>
        <div className="note">{noteParagraphs(c.note).map((p, i) => <p key={i}>{p}</p>)}</div>
        {exercise.source && <AdaptedSource source={exercise.source} />}
      </section>

      <form className="attempt card" onSubmit={submit} aria-labelledby={`${baseId}-attempt`}>
        <H id={`${baseId}-attempt`}>Level the visit</H>
        <p className="muted">{mdm ? TWO_OF_THREE : TIME_ONLY_NOTE}</p>
        {mdm && MDM_ELEMENTS.map((element) => (
          <fieldset key={element}>
            <legend>{ELEMENT_NAMES[element]}</legend>
            {element === 'data' && <p className="muted small">{DATA_COUNTING_RULE}</p>}
            {ELEMENT_LEVELS[element].map((level, i) => radio(element, level, i, capital(level), LEVEL_RULES[element][level]))}
          </fieldset>
        ))}
        {withTime && (
          <fieldset>
            <legend>{timeQuestion(c)}</legend>
            <p className="muted small">{caseTimeRule(c)}</p>
            {c.timeInParts === true && <p className="muted small">{TIME_PARTS_RULE}</p>}
            {timeFamilies(c).flatMap((f) => (FAMILY_TABLE[f].minutes ?? []).map((t) => ({ code: t.code, label: timeChoiceLabel(f, t.code) }))).map((t, i) => radio('time', t.code, i, t.label))}
            {radio('time', 'none', 99, timeNoneLabel(c))}
          </fieldset>
        )}
        <fieldset>
          <legend>{ELEMENT_NAMES.code} to report</legend>
          {codeChoices(family).map((group, g) => (
            <fieldset key={group.family} className="em-group">
              <legend>{group.label}</legend>
              {group.codes.map((code, i) => radio('code', code, g * 10 + i, code, codeSummaries[code]))}
            </fieldset>
          ))}
        </fieldset>
        {addOns.length > 0 && (
          <fieldset>
            <legend>{ADD_ON_QUESTION}</legend>
            {addOns.map((code, i) => radio('addOn', code, i, code === 'none' ? 'None' : code, code === 'none' ? undefined : codeSummaries[code]))}
            <label className="em-units">
              {ELEMENT_NAMES.addOnUnits}{' '}
              <input type="number" min={1} max={12} step={1} inputMode="numeric" value={input.addOnUnits ?? ''} disabled={input.addOn === undefined || input.addOn === 'none'} onChange={(e) => choose('addOnUnits', e.currentTarget.value)} />
            </label>
          </fieldset>
        )}
        <div className="actions">
          <button type="submit" className="btn">Check my levels</button>
          {result && <button type="button" className="btn secondary" onClick={retry}>Try again</button>}
        </div>
      </form>

      <div role="status" className="visually-hidden">{status}</div>

      {result && (
        <section className="results card" aria-labelledby={`${baseId}-results`}>
          <H id={`${baseId}-results`} ref={resultHeading} tabIndex={-1}>
            {result.type === 'points' ? `Score: ${result.earned} of ${result.total} points` : 'Not graded yet'}
          </H>
          {result.type === 'invalid' ? <p>{describeEmInvalid(result)}</p> : (
            <>
              <ul className="findings">
                {result.findings.map((f, i) => (
                  <li key={`${f.element}-${f.code}-${i}`} className={`finding ${f.severity}`}>
                    <strong>{f.severity === 'error' ? 'Problem' : f.severity === 'warning' ? 'Check' : 'OK'}: {findingTitle(f)}.</strong> {describeEmFinding(f, family)}
                  </li>
                ))}
              </ul>
              <details open={result.earned < result.total}>
                <summary>Why: the rationale</summary>
                <p>{exercise.rationale}</p>
                <p className="muted small">Rules: {EM_RULE_SOURCE}.</p>
              </details>
            </>
          )}
        </section>
      )}
    </div>
  );
}
