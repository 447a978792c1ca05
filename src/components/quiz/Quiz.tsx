import { useEffect, useId, useLayoutEffect, useRef, useState, type DragEvent, type FormEvent, type ReactNode } from 'react';
import type {
  FillQuestion,
  MatchQuestion,
  MultipleQuestion,
  Quiz as QuizData,
  QuizQuestion,
  SingleQuestion,
  SortQuestion,
} from '../../domain/quiz/quiz-schema.ts';
import type { OptionFeedback, PointsScore, QuestionScore } from '../../domain/quiz/types.ts';
import { scoreQuestion, scoreQuiz, type QuizScore } from '../../domain/quiz/score-quiz.ts';
import { describeQuestionScore } from '../../domain/quiz/quiz-messages.ts';
import { stableOrder } from '../../domain/quiz/stable-order.ts';
import './quiz.css';

/** What the island reports after each check, for the progress store. */
export interface QuizResult {
  quizId: string;
  questionId: string;
  /** Score of the question just checked. */
  score: QuestionScore;
  /** Score of the whole quiz over the questions checked so far (unchecked ones count as invalid). */
  quiz: QuizScore;
}

export interface QuizProps {
  /** The parsed quiz (content/quizzes/<id>.yaml validated by quizSchema). */
  quiz: QuizData;
  /** Called after every "Check answer" that could be graded. */
  onResult?: ((result: QuizResult) => void) | undefined;
}

type Inputs = Record<string, unknown>;
type Scores = Record<string, PointsScore>;

/**
 * A quiz with every question on the page, each checked on its own. Grading lives in
 * src/domain/quiz; this component only collects input and shows the feedback data as words.
 */
export default function Quiz({ quiz, onResult }: QuizProps) {
  const [inputs, setInputs] = useState<Inputs>({});
  const [scores, setScores] = useState<Scores>({});
  const headingId = useId();

  const checkedCount = Object.keys(scores).length;
  const earned = Object.values(scores).reduce((sum, s) => sum + s.earned, 0);
  const available = Object.values(scores).reduce((sum, s) => sum + s.total, 0);

  // Own keys only: a question id such as "constructor" must not read Object.prototype.
  const inputOf = (questionId: string): unknown => (Object.hasOwn(inputs, questionId) ? inputs[questionId] : undefined);

  function setInput(questionId: string, value: unknown) {
    setInputs((current) => ({ ...current, [questionId]: value }));
  }

  function check(question: QuizQuestion): QuestionScore {
    const score = scoreQuestion(question, inputOf(question.id));
    if (score.type === 'points') {
      const next = { ...scores, [question.id]: score };
      setScores(next);
      const checkedInputs = Object.fromEntries(Object.keys(next).map((id) => [id, inputOf(id)]));
      onResult?.({ quizId: quiz.id, questionId: question.id, score, quiz: scoreQuiz(quiz, checkedInputs) });
    }
    return score;
  }

  function reset(questionId: string) {
    setScores(({ [questionId]: _dropped, ...rest }) => rest);
    setInputs(({ [questionId]: _dropped, ...rest }) => rest);
  }

  return (
    <section className="quiz" aria-labelledby={headingId}>
      <h2 id={headingId} className="quiz__title">
        {quiz.title}
      </h2>
      <ol className="quiz__questions">
        {quiz.questions.map((question, index) => (
          <li key={question.id} className="quiz__item">
            <QuestionCard
              quizId={quiz.id}
              number={index + 1}
              question={question}
              input={inputOf(question.id)}
              score={Object.hasOwn(scores, question.id) ? scores[question.id] : undefined}
              onInput={(value) => setInput(question.id, value)}
              onCheck={() => check(question)}
              onReset={() => reset(question.id)}
            />
          </li>
        ))}
      </ol>
      <p className="quiz__summary">
        {checkedCount === 0
          ? `${quiz.questions.length} questions. Check each answer to see feedback.`
          : `Checked ${checkedCount} of ${quiz.questions.length} questions: ${earned} of ${available} points so far.`}
      </p>
    </section>
  );
}

interface QuestionCardProps {
  quizId: string;
  number: number;
  question: QuizQuestion;
  input: unknown;
  score: PointsScore | undefined;
  onInput: (value: unknown) => void;
  onCheck: () => QuestionScore;
  onReset: () => void;
}

function QuestionCard({ quizId, number, question, input, score, onInput, onCheck, onReset }: QuestionCardProps) {
  const [status, setStatus] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const refocus = useRef(false);
  const name = `${quizId}-${question.id}`;
  const locked = score !== undefined;

  useEffect(() => {
    // Controls are disabled while a result is shown; focus can only move once they are enabled again.
    if (locked || !refocus.current) return;
    refocus.current = false;
    formRef.current?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled])')?.focus();
  }, [locked]);

  function submit(event: FormEvent) {
    event.preventDefault();
    // One submit button serves as "Check answer" and "Try again": swapping two buttons would drop
    // keyboard focus, and changing a button's type mid-click would submit the form twice.
    if (locked) {
      tryAgain();
      return;
    }
    const result = onCheck();
    // The same words go to the live region and the visible result, so they always agree.
    setStatus(describeQuestionScore(result));
  }

  function tryAgain() {
    onReset();
    setStatus('');
    // Return focus to the first control so keyboard users can answer again straight away.
    refocus.current = true;
  }

  const body = renderQuestionBody(question, { name, input, score, locked, onInput });
  const verdict = score === undefined ? undefined : score.earned === score.total ? 'ok' : score.earned === 0 ? 'bad' : 'partial';

  return (
    <form ref={formRef} className="quiz__question" onSubmit={submit} noValidate>
      {question.kind === 'fill' ? (
        <div className="quiz__fieldset">
          <p className="quiz__number">Question {number}</p>
          {body}
        </div>
      ) : (
        <fieldset className="quiz__fieldset">
          <legend className="quiz__prompt">
            <span className="quiz__number">Question {number}</span> {question.prompt}
          </legend>
          {question.kind === 'multiple' ? <p className="quiz__hint">Select all that apply.</p> : null}
          {body}
        </fieldset>
      )}
      <div className="quiz__actions">
        <button type="submit" className={locked ? 'quiz__button' : 'quiz__button quiz__button--primary'}>
          {locked ? 'Try again' : 'Check answer'}
        </button>
      </div>
      <p role="status" className={`quiz__status${verdict ? ` quiz__status--${verdict}` : ''}`}>
        {verdict ? <Mark ok={verdict === 'ok'} partial={verdict === 'partial'} /> : null}
        {status}
      </p>
    </form>
  );
}

interface BodyProps {
  name: string;
  input: unknown;
  score: PointsScore | undefined;
  locked: boolean;
  onInput: (value: unknown) => void;
}

function renderQuestionBody(question: QuizQuestion, props: BodyProps): ReactNode {
  switch (question.kind) {
    case 'single':
      return <ChoiceOptions question={question} multiple={false} {...props} />;
    case 'multiple':
      return <ChoiceOptions question={question} multiple {...props} />;
    case 'sort':
      return <SortBody question={question} {...props} />;
    case 'match':
      return <MatchBody question={question} {...props} />;
    case 'fill':
      return <FillBody question={question} {...props} />;
  }
}

/** A tick or cross drawn with text, always next to words, so meaning never rests on colour. */
function Mark({ ok, partial = false }: { ok: boolean; partial?: boolean }) {
  return (
    <span className="quiz__mark" aria-hidden="true">
      {ok ? '✓' : partial ? '◐' : '✗'}
    </span>
  );
}

function optionVerdict(feedback: OptionFeedback): { label: string; ok: boolean } | undefined {
  if (feedback.selected && feedback.isAnswer) return { label: 'Your answer: correct.', ok: true };
  if (feedback.selected) return { label: 'Your answer: incorrect.', ok: false };
  if (feedback.isAnswer) return { label: 'This is a correct answer; you did not choose it.', ok: true };
  return undefined;
}

function ChoiceOptions({
  question,
  multiple,
  name,
  input,
  score,
  locked,
  onInput,
}: BodyProps & { question: SingleQuestion | MultipleQuestion; multiple: boolean }) {
  const chosen = multiple ? (Array.isArray(input) ? (input as string[]) : []) : [];
  return (
    <ul className="quiz__options">
      {question.options.map((option) => {
        const id = `${name}-${option.id}`;
        const checked = multiple ? chosen.includes(option.id) : input === option.id;
        const feedback = score?.feedback.find((f): f is OptionFeedback => f.kind === 'option' && f.optionId === option.id);
        const verdict = feedback ? optionVerdict(feedback) : undefined;
        return (
          <li key={option.id} className={`quiz__option${verdict ? (verdict.ok ? ' quiz__option--ok' : ' quiz__option--bad') : ''}`}>
            <input
              id={id}
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option.id}
              checked={checked}
              disabled={locked}
              aria-describedby={feedback ? `${id}-feedback` : undefined}
              onChange={(event) => {
                if (!multiple) onInput(option.id);
                else onInput(event.target.checked ? [...chosen, option.id] : chosen.filter((c) => c !== option.id));
              }}
            />
            <label htmlFor={id}>{option.text}</label>
            {feedback ? (
              <p id={`${id}-feedback`} className="quiz__feedback">
                {verdict ? (
                  <strong className="quiz__verdict">
                    <Mark ok={verdict.ok} /> {verdict.label}
                  </strong>
                ) : null}{' '}
                {feedback.explanation}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

const DRAG_TYPE = 'text/plain';

function SortBody({ question, name, input, score, locked, onInput }: BodyProps & { question: SortQuestion }) {
  const placements: Record<string, string> = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, string>) : {};
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  // A placed card moves to another group's list, so React mounts its select afresh and the
  // keyboard user's focus would fall to the page; put it back on the moved select.
  const refocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (refocus.current === null) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  });
  const place = (itemId: string, bucketId: string) => {
    const next = { ...placements };
    if (bucketId === '') delete next[itemId];
    else next[itemId] = bucketId;
    onInput(next);
  };
  const zones = [{ id: '', label: 'Not sorted yet' }, ...question.buckets];
  const dropProps = (zoneId: string) =>
    locked
      ? {}
      : {
          onDragOver: (event: DragEvent) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            setOver(zoneId);
          },
          onDragLeave: () => setOver((current) => (current === zoneId ? null : current)),
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            const itemId = event.dataTransfer.getData(DRAG_TYPE) || dragging;
            if (itemId && question.items.some((i) => i.id === itemId)) place(itemId, zoneId);
            setDragging(null);
            setOver(null);
          },
        };
  const bucketLabel = (id: string) => question.buckets.find((b) => b.id === id)?.label ?? id;

  return (
    <>
      <p className="quiz__hint">Choose a group for each item, or drag the items into the groups.</p>
      <div className="quiz__sort">
        {zones.map((zone) => {
          const items = question.items.filter((item) => (placements[item.id] ?? '') === zone.id);
          if (zone.id === '' && items.length === 0 && locked) return null;
          return (
            <div key={zone.id || 'unsorted'} className={`quiz__zone${over === zone.id ? ' quiz__zone--over' : ''}`} {...dropProps(zone.id)}>
              <p className="quiz__zone-label">{zone.label}</p>
              <ul className="quiz__zone-items">
                {items.map((item) => {
                  const id = `${name}-${item.id}`;
                  const feedback = score?.feedback.find((f) => f.kind === 'item' && f.itemId === item.id);
                  return (
                    <li key={item.id}>
                      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- dragging is a mouse shortcut; the select inside is the keyboard and screen-reader path */}
                      <div
                        className={`quiz__card${feedback ? (feedback.correct ? ' quiz__option--ok' : ' quiz__option--bad') : ''}`}
                        draggable={!locked}
                        onDragStart={(event) => {
                          event.dataTransfer.setData(DRAG_TYPE, item.id);
                          event.dataTransfer.effectAllowed = 'move';
                          setDragging(item.id);
                        }}
                        onDragEnd={() => {
                          setDragging(null);
                          setOver(null);
                        }}
                      >
                        <label htmlFor={id} className="quiz__card-text">
                          {item.text}
                        </label>
                        <select id={id} value={placements[item.id] ?? ''} disabled={locked} onChange={(event) => {
                            refocus.current = id;
                            place(item.id, event.target.value);
                          }}>
                          <option value="">Choose a group</option>
                          {question.buckets.map((bucket) => (
                            <option key={bucket.id} value={bucket.id}>
                              {bucket.label}
                            </option>
                          ))}
                        </select>
                        {feedback && feedback.kind === 'item' ? (
                          <p className="quiz__feedback">
                            <strong className="quiz__verdict">
                              <Mark ok={feedback.correct} /> {feedback.correct ? 'Correct.' : `Incorrect: belongs in ${bucketLabel(feedback.expected)}.`}
                            </strong>{' '}
                            {feedback.explanation}
                          </p>
                        ) : null}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </>
  );
}

function MatchBody({ question, name, input, score, locked, onInput }: BodyProps & { question: MatchQuestion }) {
  const matches: Record<string, string> = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, string>) : {};
  const rights = stableOrder(question.pairs, name, (pair) => pair.id);
  const rightOf = (pairId: string) => question.pairs.find((p) => p.id === pairId)?.right ?? '';
  return (
    <ul className="quiz__options">
      {question.pairs.map((pair) => {
        const id = `${name}-${pair.id}`;
        const feedback = score?.feedback.find((f) => f.kind === 'pair' && f.pairId === pair.id);
        return (
          <li key={pair.id} className={`quiz__match${feedback ? (feedback.correct ? ' quiz__option--ok' : ' quiz__option--bad') : ''}`}>
            <label htmlFor={id} className="quiz__match-left">
              {pair.left}
            </label>
            <select id={id} value={matches[pair.id] ?? ''} disabled={locked} onChange={(event) => onInput({ ...matches, [pair.id]: event.target.value })}>
              <option value="">Choose a match</option>
              {rights.map((right) => (
                <option key={right.id} value={right.id}>
                  {right.right}
                </option>
              ))}
            </select>
            {feedback ? (
              <p className="quiz__feedback">
                <strong className="quiz__verdict">
                  <Mark ok={feedback.correct} /> {feedback.correct ? 'Correct.' : `Incorrect: the match is ${rightOf(pair.id)}.`}
                </strong>{' '}
                {feedback.explanation}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function FillBody({ question, name, input, score, locked, onInput }: BodyProps & { question: FillQuestion }) {
  const id = `${name}-answer`;
  const feedback = score?.feedback[0];
  return (
    <div className="quiz__fill">
      <label htmlFor={id} className="quiz__prompt">
        {question.prompt}
      </label>
      <input
        id={id}
        type="text"
        className={`quiz__text${feedback ? (feedback.correct ? ' quiz__option--ok' : ' quiz__option--bad') : ''}`}
        value={typeof input === 'string' ? input : ''}
        readOnly={locked}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={feedback ? `${id}-feedback` : undefined}
        onChange={(event) => onInput(event.target.value)}
        onKeyDown={(event) => {
          // Enter in the field submits the form; once checked, that would silently reset the answer.
          if (locked && event.key === 'Enter') event.preventDefault();
        }}
      />
      {feedback && feedback.kind === 'fill' ? (
        <p id={`${id}-feedback`} className="quiz__feedback">
          <strong className="quiz__verdict">
            <Mark ok={feedback.correct} /> {feedback.correct ? 'Correct.' : `Incorrect: the answer is ${feedback.expected}.`}
          </strong>{' '}
          {feedback.explanation}
        </p>
      ) : null}
    </div>
  );
}
