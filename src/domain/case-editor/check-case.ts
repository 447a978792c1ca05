import { z } from 'zod';
import type { CodeSetView } from '../codes/types.ts';
import { formatPath, formatZodIssues } from '../content-errors.ts';
import { codingExerciseSchema, icdCodeSchema, isoDateSchema, lineCodeSchema, type CodingExercise } from '../exercises/coding-exercise-schema.ts';
import { codeValidityProblems, codingCaseProblems, type CaseProblem } from '../content/coding-case-checks.ts';
import { caseFileName } from './case-form.ts';

/**
 * The case editor's checks, in the words `npm run check:content` uses: first the schema (each
 * zod issue through content-errors.ts, one per field with its hint), then, once the schema
 * holds, the code-set and self-grading checks of coding-case-checks.ts. While the schema still
 * fails (a half-written case), the codes already typed are checked against the date of service
 * anyway, so a header code shows up as soon as it is entered.
 */

/** Where a problem came from: the file format, or the code sets and grader. */
export type CheckSource = 'schema' | 'codes';

/** One problem with its field, its message (with the fix) and its source. */
export interface EditorProblem extends CaseProblem {
  source: CheckSource;
}

/** Result of checking a candidate case: the parsed exercise once the schema holds, and every problem. */
export interface CaseCheck {
  exercise?: CodingExercise;
  problems: EditorProblem[];
}

/** Schema problems of a candidate exercise, one per issue, as check-content prints them minus the file. */
export function schemaProblems(candidate: unknown): { exercise?: CodingExercise; problems: EditorProblem[] } {
  const parsed = codingExerciseSchema.safeParse(candidate);
  if (parsed.success) return { exercise: parsed.data, problems: [] };
  const id = typeof candidate === 'object' && candidate !== null ? String((candidate as { id?: unknown }).id ?? '') : '';
  const file = `content/exercises/coding/${caseFileName(id)}`;
  return {
    problems: parsed.error.issues.flatMap((issue) => {
      const lines = formatZodIssues(file, new z.ZodError([issue]), { schema: codingExerciseSchema, input: candidate }).split('\n');
      return lines.map((line) => {
        const rest = line.slice(file.length + 2);
        const field = rest.startsWith(`${formatPath(issue.path)}: `) ? formatPath(issue.path) : rest.slice(0, rest.indexOf(': '));
        return { field, message: rest.slice(field.length + 2), source: 'schema' as const };
      });
    }),
  };
}

/** The codes a check needs loaded (key, alternates, triggers), for a partial loader. */
export function codesToLoad(candidate: unknown): string[] {
  const ex = candidate as { answer?: { diagnoses?: { code?: unknown }[]; lines?: { code?: unknown }[] }; alternates?: { code?: unknown }[]; mistakes?: { trigger?: Record<string, unknown> }[] };
  const codes = [
    ...(ex.answer?.diagnoses ?? []).map((d) => d.code),
    ...(ex.answer?.lines ?? []).map((l) => l.code),
    ...(ex.alternates ?? []).map((a) => a.code),
    ...(ex.mistakes ?? []).flatMap((m) => [m.trigger?.['reported'], m.trigger?.['instead'], m.trigger?.['omitted'], m.trigger?.['firstListed'], m.trigger?.['line']]),
  ];
  return [...new Set(codes.filter((c): c is string => typeof c === 'string' && c !== ''))];
}

/** The part of a half-written case whose codes can already be checked: well-formed codes on a real date. */
function checkableSkeleton(candidate: unknown): CodingExercise | undefined {
  const ex = candidate as { case?: { dateOfService?: unknown }; answer?: { diagnoses?: { code?: unknown }[]; lines?: { system?: unknown; code?: unknown; modifiers?: unknown }[] }; alternates?: { code?: unknown }[] };
  const date = isoDateSchema.safeParse(ex.case?.dateOfService);
  if (!date.success) return undefined;
  const dx = (ex.answer?.diagnoses ?? []).map((d) => (icdCodeSchema.safeParse(d.code).success ? { code: d.code as string, why: '' } : undefined));
  const lines = (ex.answer?.lines ?? []).map((l) => (lineCodeSchema.safeParse(l.code).success ? { system: l.system === 'hcpcs' ? 'hcpcs' : 'cpt', code: l.code as string, why: '' } : undefined));
  // Keep array positions so each problem names the field the author sees.
  const skeleton = {
    case: { dateOfService: date.data },
    answer: { diagnoses: dx, lines },
    alternates: [],
    mistakes: [],
  };
  return skeleton as unknown as CodingExercise;
}

/** Code problems of a skeleton, skipping the holes left for codes the schema already rejects. */
function skeletonCodeProblems(skeleton: CodingExercise, codes: CodeSetView): CaseProblem[] {
  const dx = skeleton.answer.diagnoses;
  const lines = skeleton.answer.lines ?? [];
  const dense = { ...skeleton, answer: { ...skeleton.answer, diagnoses: dx.filter(Boolean), lines: lines.filter(Boolean) } };
  const dxAt = dx.flatMap((d, i) => (d ? [i] : []));
  const lineAt = lines.flatMap((l, i) => (l ? [i] : []));
  return codeValidityProblems(dense, codes).map((p) => ({
    ...p,
    field: p.field.replace(/^answer\.diagnoses\[(\d+)\]/, (_, i: string) => `answer.diagnoses[${dxAt[Number(i)] ?? i}]`).replace(/^answer\.lines\[(\d+)\]/, (_, i: string) => `answer.lines[${lineAt[Number(i)] ?? i}]`),
  }));
}

/**
 * All problems of a candidate case. `codes` is the code-set view (undefined while it loads:
 * then only the schema is checked).
 */
export function checkCase(candidate: unknown, codes: CodeSetView | undefined): CaseCheck {
  const { exercise, problems } = schemaProblems(candidate);
  if (exercise === undefined) {
    const skeleton = codes === undefined ? undefined : checkableSkeleton(candidate);
    const codeProblems = skeleton && codes ? skeletonCodeProblems(skeleton, codes).map((p) => ({ ...p, source: 'codes' as const })) : [];
    return { problems: [...problems, ...codeProblems] };
  }
  const caseProblems = codes === undefined ? [] : codingCaseProblems(exercise, codes).map((p) => ({ ...p, source: 'codes' as const }));
  return { exercise, problems: caseProblems };
}
