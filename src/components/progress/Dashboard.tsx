import { useRef, useState, type FormEvent } from 'react';
import { useStore } from '@nanostores/react';
import {
  completionByModule,
  mastery,
  nextRecommended,
  recentActivity,
  type ActivityItem,
  type CourseOutline,
} from '../../domain/progress/dashboard.ts';
import { attemptsOverCap, exportProgress, parseProgressFile, type ImportMode } from '../../domain/progress/progress-file.ts';
import { MAX_ATTEMPTS } from '../../domain/progress/progress-ops.ts';
import { describeWriteProblem } from '../../domain/storage/storage-budget.ts';
import { describeImportOutcome, describeProgressProblem } from '../../domain/progress/progress-messages.ts';
import { $progressBackup, importProgress, resetAllProgress } from '../../stores/progress.ts';
import BarChart from './BarChart.tsx';
import { backupFileName } from './ProgressNotice.tsx';
import { downloadText, useProgress } from './use-progress.ts';
import { useConfirmStep } from '../site/use-confirm-step.ts';
import './progress.css';

export interface DashboardProps {
  /** Modules and lessons in course order, built by the page from the content collections. */
  outline: CourseOutline;
  /** Titles of coding and claim exercises by id, so activity reads as words, not ids. */
  exerciseTitles?: Record<string, string>;
}

const kindLabel: Record<string, string> = { coding: 'Coding exercise', claim: 'Claim exercise', quiz: 'Quiz', em: 'E/M levelling', denial: 'Denial management exercise', ar: 'A/R follow-up exercise', records: 'Record review exercise', variance: 'Payment variance review exercise' };
const when = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const topicLabel = (key: string): string => {
  const words = key.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The learner's progress page: next step, completion, mastery, activity, export/import/reset. */
export default function Dashboard({ outline, exerciseTitles = {} }: DashboardProps) {
  const progress = useProgress();
  const backup = useStore($progressBackup);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const [confirmingReset, setConfirmingReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelReset = (): void => {
    setConfirmingReset(false);
    setStatus({ text: 'Reset cancelled. Nothing was erased.', error: false });
  };
  // Erasing cannot be undone, so focus starts on Cancel; Escape cancels; focus returns to "Reset progress…".
  const reset = useConfirmStep(confirmingReset, cancelReset);

  if (!progress) return <p className="muted">Loading your progress…</p>;
  const now = new Date();
  const lessonTitles = new Map(outline.modules.flatMap((m) => m.lessons.map((l) => [l.id, l] as const)));
  const modules = completionByModule(outline, progress);
  const doneLessons = modules.reduce((n, m) => n + m.done, 0);
  const totalLessons = modules.reduce((n, m) => n + m.total, 0);
  const byTopic = mastery(progress, 'topic');
  const byExam = mastery(progress, 'certification');
  const next = nextRecommended(outline, progress, now);
  const activity = recentActivity(progress, 10);

  function say(text: string, error = false): void {
    setStatus({ text, error });
  }

  function onExport(): void {
    const file = exportProgress(progress!, new Date());
    downloadText(file.fileName, file.text);
    say(`Exported your progress as ${file.fileName}.`);
  }

  async function onImport(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      say('Choose a progress file first.', true);
      return;
    }
    const mode = (form.get('mode') === 'replace' ? 'replace' : 'merge') satisfies ImportMode;
    const parsed = parseProgressFile(await file.text(), new Date());
    if (!parsed.ok) {
      say(`${describeProgressProblem(parsed.problem, 'file')} Nothing was changed.`, true);
      return;
    }
    const outcome = importProgress(parsed.progress, mode);
    const why = outcome.saved ? undefined : outcome.problem ? describeWriteProblem(outcome.problem) : 'this tab is not saving progress (see the notice at the top of the page).';
    say(
      describeImportOutcome(mode, {
        saved: outcome.saved,
        lessons: Object.keys(parsed.progress.lessons).length,
        attemptsInFile: parsed.progress.attempts.length,
        attemptsLeftOut: mode === 'replace' ? attemptsOverCap(parsed.progress) : 0,
        cap: MAX_ATTEMPTS,
        why,
      }),
      !outcome.saved,
    );
  }

  function onReset(): void {
    const outcome = resetAllProgress();
    setConfirmingReset(false);
    if (outcome.saved) say('All progress in this browser was erased.');
    else say(`Progress was cleared on this page but not in storage. ${outcome.problem ? describeWriteProblem(outcome.problem) : 'This tab is not saving progress (see the notice at the top of the page).'}`, true);
  }

  function describeActivity(item: ActivityItem): string {
    if (item.type === 'lesson') return `Completed lesson: ${lessonTitles.get(item.lessonId)?.title ?? item.lessonId}`;
    const title = exerciseTitles[item.exerciseId];
    return `${kindLabel[item.kind] ?? item.kind} ${title ? `“${title}”` : item.exerciseId}: ${item.earned} of ${item.total} points`;
  }

  return (
    <div className="dash">
      <section className="card" aria-labelledby="dash-next">
        <h2 id="dash-next">Next up</h2>
        {next.kind === 'review' && (
          <p>
            You have {next.due} review {next.due === 1 ? 'card' : 'cards'} due. <a href="/review/">Review now</a>
          </p>
        )}
        {next.kind === 'lesson' && (
          <p>
            <a href={next.href} data-next-lesson>{next.title}</a> <span className="muted">({next.moduleTitle})</span>
          </p>
        )}
        {next.kind === 'all-done' && (
          <p>
            Every lesson is complete. Keep your skills fresh in <a href="/review/">Review</a> and <a href="/exercises/">Exercises</a>.
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="dash-completion">
        <h2 id="dash-completion">Lessons completed</h2>
        <p>
          {doneLessons} of {totalLessons} lessons complete.
        </p>
        <ul className="dash-modules">
          {modules.map((m) => (
            <li key={m.moduleId} data-module={m.moduleId}>
              <a href={m.href}>{m.title}</a>
              <span className="muted">
                {m.done} of {m.total}
              </span>
              <progress max={m.total} value={m.done} aria-label={`${m.title}: ${m.done} of ${m.total} lessons complete`} />
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="dash-mastery">
        <h2 id="dash-mastery">Mastery</h2>
        {byTopic.length === 0 ? (
          <p className="muted">Mastery appears here after your first graded exercise (lesson quizzes count toward completing lessons, not here). It uses your latest attempt at each exercise, weakest areas first.</p>
        ) : (
          <>
            <p className="muted">From your latest attempt at each exercise, weakest areas first.</p>
            <BarChart title="By topic" rows={byTopic} label={topicLabel} />
            {byExam.length > 0 && <BarChart title="By certification exam" rows={byExam} />}
          </>
        )}
      </section>

      <section className="card" aria-labelledby="dash-activity">
        <h2 id="dash-activity">Recent activity</h2>
        {activity.length === 0 ? (
          <p className="muted">Nothing yet. Complete a lesson or try an exercise.</p>
        ) : (
          <ul className="dash-activity">
            {activity.map((item) => (
              <li key={`${item.type}-${item.at}-${item.type === 'lesson' ? item.lessonId : item.exerciseId}`}>
                {describeActivity(item)} <span className="muted">· <time dateTime={item.at}>{when(item.at)}</time></span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="dash-data">
        <h2 id="dash-data">Your data</h2>
        <p className="muted">Progress is saved only in this browser. Export it to keep a copy or move it to another device.</p>
        <div className="dash-actions">
          <button type="button" className="btn" onClick={onExport}>
            Export progress
          </button>
          {backup && (
            <button type="button" className="btn secondary" onClick={() => downloadText(backupFileName(backup.savedAt), backup.raw)}>
              Download the set-aside copy
            </button>
          )}
        </div>
        <form onSubmit={(e) => void onImport(e)}>
          <fieldset>
            <legend>Import progress</legend>
            <p>
              <label htmlFor="dash-import-file">Progress file (.json)</label>
              <br />
              <input id="dash-import-file" ref={fileInput} type="file" accept="application/json,.json" />
            </p>
            <p>
              <label>
                <input type="radio" name="mode" value="merge" defaultChecked /> Merge with my progress
              </label>
              <br />
              <label>
                <input type="radio" name="mode" value="replace" /> Replace my progress
              </label>
            </p>
            <button type="submit" className="btn secondary">
              Import
            </button>
          </fieldset>
        </form>
        <fieldset className="dash-danger">
          <legend>Reset</legend>
          {confirmingReset ? (
            <div role="group" aria-labelledby="dash-reset-q" ref={reset.panel}>
              <p id="dash-reset-q">Erase all lessons, scores and review history in this browser? This cannot be undone.</p>
              <div className="dash-actions">
                <button type="button" className="btn" onClick={onReset}>
                  Yes, erase everything
                </button>
                <button type="button" className="btn secondary" ref={reset.choice} onClick={cancelReset}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="btn secondary" ref={reset.opener} onClick={() => setConfirmingReset(true)}>
              Reset progress…
            </button>
          )}
        </fieldset>
        <p role="status" className={status.error ? 'dash-status error' : 'dash-status'} data-dash-status>
          {status.text}
        </p>
      </section>
    </div>
  );
}
