import type { CodeCheck, CodeSetView } from '../codes/types.ts';
import type { CodingExercise } from '../exercises/coding-exercise-schema.ts';
import { describeFinding } from '../exercises/describe-finding.ts';
import { answerKeyAttempt, applyMistake, gradeCodingExercise } from '../exercises/grade-coding.ts';

/**
 * Checks a schema-valid coding case against the code sets and its own grader: what an author
 * needs to hear before a student does. Used by `npm run check:content` (before every dev and
 * build), by the content tests and by any in-browser case editor, so all three say the same.
 * Each problem names the field, what is wrong and the fix; the caller adds the file name.
 */
export interface CaseProblem {
  /** Path of the field in the YAML, e.g. "answer.diagnoses[0].code". */
  field: string;
  /** What is wrong and how to fix it, in one or two sentences. */
  message: string;
}

const isIcdShaped = (code: string): boolean => code.includes('.') || /^[A-Z][0-9][0-9A-Z]$/.test(code);

/** The fix for an ICD-10-CM code that is not billable on the date of service. */
function icdFix(check: CodeCheck, date: string): string {
  const fy = `ICD-10-CM FY${check.year}`;
  switch (check.status) {
    case 'header':
      return `${check.code} is a category or subcategory header in ${fy}, not billable on ${date}. Fix: pick the complete code under it (more characters, a 7th character or placeholder X where the Tabular List asks for one).`;
    case 'deleted':
      return `${check.code} was deleted before ${date} (${fy}). Fix: use the code that replaced it (see the FY change lists) or move the date of service.`;
    case 'not-found':
      return `${check.code} does not exist in ${fy} (the set in effect on ${date}). Fix: check the code in the lookup; a code added in a later year needs a later date of service.`;
    case 'bad-syntax':
      return `"${check.code}" is not shaped like an ICD-10-CM code. Fix: write it like E11.9 or S93.401A (letter, two characters, a dot, then up to four).`;
    default:
      return `${check.code} is ${check.status} on ${date}.`;
  }
}

function procedureProblem(codes: CodeSetView, code: string, date: string, field: string): CaseProblem | undefined {
  if (/^\d/.test(code)) {
    return codes.checkCpt(code, date).status === 'valid'
      ? undefined
      : { field, message: `CPT ${code} is not in ClaimLab's CPT teaching list. Fix: add one line for it to content/cpt/codes.yaml with our own plain-language summary (never the AMA descriptor).` };
  }
  const check = codes.checkHcpcs(code, date);
  return check.status === 'valid'
    ? undefined
    : { field, message: `HCPCS ${code} is ${check.status} on ${date}${check.release ? ` (HCPCS release ${check.release})` : ''}. Fix: use a HCPCS Level II code in effect on the date of service.` };
}

/** Every code in the key, alternates and triggers exists and is usable on the date of service. */
export function codeValidityProblems(exercise: CodingExercise, codes: CodeSetView): CaseProblem[] {
  const date = exercise.case.dateOfService;
  const problems: CaseProblem[] = [];
  const icd = (code: string, field: string): void => {
    const check = codes.checkIcd(code, date);
    if (check.status !== 'valid') problems.push({ field, message: icdFix(check, date) });
  };
  exercise.answer.diagnoses.forEach((d, i) => icd(d.code, `answer.diagnoses[${i}].code`));
  (exercise.answer.lines ?? []).forEach((line, i) => {
    const p = procedureProblem(codes, line.code, date, `answer.lines[${i}].code`);
    if (p) problems.push(p);
    (line.modifiers ?? []).forEach((m, j) => {
      if (codes.modifier(m) === undefined) problems.push({ field: `answer.lines[${i}].modifiers[${j}]`, message: `Modifier ${m} is neither a HCPCS modifier nor in content/cpt/modifiers.yaml. Fix: correct it or add the CPT modifier there with our own wording.` });
    });
  });
  (exercise.alternates ?? []).forEach((a, i) => {
    if (isIcdShaped(a.code)) icd(a.code, `alternates[${i}].code`);
    else {
      const p = procedureProblem(codes, a.code, date, `alternates[${i}].code`);
      if (p) problems.push(p);
    }
  });
  exercise.mistakes.forEach(({ trigger }, i) => {
    for (const [name, code] of [['reported', trigger.reported], ['line', trigger.line]] as const) {
      if (code === undefined || isIcdShaped(code) || !/^\d/.test(code)) continue;
      if (codes.checkCpt(code, date).status !== 'valid') problems.push({ field: `mistakes[${i}].trigger.${name}`, message: `CPT ${code} is not in content/cpt/codes.yaml. Fix: add it there with our own summary, or trigger on a code the list has.` });
    }
    (trigger.modifiers ?? []).forEach((m, j) => {
      if (codes.modifier(m) === undefined) problems.push({ field: `mistakes[${i}].trigger.modifiers[${j}]`, message: `Modifier ${m} does not exist. Fix: use a HCPCS or CPT modifier.` });
    });
  });
  return problems;
}

/** Two key diagnoses that an Excludes1 note forbids together. */
export function excludes1Problems(exercise: CodingExercise, codes: CodeSetView): CaseProblem[] {
  const dx = exercise.answer.diagnoses.map((d) => d.code);
  const problems: CaseProblem[] = [];
  dx.forEach((a, i) => {
    dx.slice(i + 1).forEach((b, k) => {
      const conflict = codes.excludes1(a, b);
      if (conflict) {
        problems.push({
          field: `answer.diagnoses[${i + 1 + k}].code`,
          message: `${a} and ${b} are in the key together, but ${conflict.code} has an Excludes1 note for ${conflict.excluded} ("${conflict.note}", Tabular List FY${conflict.sourceYear}). Fix: keep only the code the documentation supports, or explain the I.A.12.a exception and drop the pair from the key.`,
        });
      }
    });
  });
  return problems;
}

/** The key grades itself with full marks, and every listed mistake is caught with its feedback. */
export function selfGradingProblems(exercise: CodingExercise, codes: CodeSetView): CaseProblem[] {
  const problems: CaseProblem[] = [];
  const keyResult = gradeCodingExercise(exercise, answerKeyAttempt(exercise), codes);
  if (keyResult.type !== 'points') {
    problems.push({ field: 'answer', message: `The answer key itself is not gradable (${keyResult.reason}). Fix: check the number of codes and lines against the limits in the schema.` });
    return problems;
  }
  const complaints = keyResult.findings.filter((f) => f.severity !== 'info').map(describeFinding);
  if (keyResult.earned < keyResult.total || complaints.length > 0) {
    problems.push({
      field: 'answer',
      message: `Graded as a student attempt, the answer key scores ${keyResult.earned} of ${keyResult.total}${complaints.length > 0 ? `: ${complaints.join(' ')}` : ''}. Fix: make the key consistent with itself (modifiers, units, first-listed rules, code validity).`,
    });
  }
  exercise.mistakes.forEach((mistake, i) => {
    const result = gradeCodingExercise(exercise, applyMistake(exercise, mistake.trigger), codes);
    if (result.type !== 'points') {
      problems.push({ field: `mistakes[${i}].trigger`, message: `This trigger makes an attempt the grader refuses (${result.reason}). Fix: describe a mistake a student can actually enter.` });
      return;
    }
    if (result.earned >= result.total) {
      problems.push({ field: `mistakes[${i}].trigger`, message: 'An attempt with this mistake still scores full marks, so the feedback would never be shown. Fix: trigger on what is actually wrong, or remove the mistake if the answer is acceptable (then accept it in the key).' });
      return;
    }
    const text = result.findings.map(describeFinding).join('\n');
    if (!text.includes(mistake.feedback)) {
      problems.push({ field: `mistakes[${i}].feedback`, message: 'The grader catches this mistake but does not show this feedback for it. Fix: make the trigger match what the student enters (reported/instead, omitted, firstListed, or line with modifiers/units).' });
    }
  });
  return problems;
}

/** Alternates and triggers may only refer to key codes; key lines need their code set in the task. */
export function keyReferenceProblems(exercise: CodingExercise): CaseProblem[] {
  const keyDx = exercise.answer.diagnoses.map((d) => d.code);
  const keyLines = (exercise.answer.lines ?? []).map((l) => l.code);
  const key = new Set([...keyDx, ...keyLines]);
  const problems: CaseProblem[] = [];
  (exercise.alternates ?? []).forEach((a, i) => {
    if (!key.has(a.acceptFor)) problems.push({ field: `alternates[${i}].acceptFor`, message: `${a.acceptFor} is not a key code. Fix: name the key code this alternate may replace.` });
  });
  exercise.mistakes.forEach(({ trigger: t }, i) => {
    if (t.instead !== undefined && !key.has(t.instead)) problems.push({ field: `mistakes[${i}].trigger.instead`, message: `${t.instead} is not a key code. Fix: name the key code the wrong code replaces.` });
    if (t.omitted !== undefined && !key.has(t.omitted)) problems.push({ field: `mistakes[${i}].trigger.omitted`, message: `${t.omitted} is not a key code. Fix: name a key code the student leaves out.` });
    if (t.line !== undefined && !keyLines.includes(t.line)) problems.push({ field: `mistakes[${i}].trigger.line`, message: `${t.line} is not a key procedure line. Fix: name a line of answer.lines.` });
    if (t.reported !== undefined && key.has(t.reported)) problems.push({ field: `mistakes[${i}].trigger.reported`, message: `${t.reported} is itself a key code, so reporting it is not a mistake. Fix: name the wrong code.` });
  });
  const sets = new Set(exercise.task.codeSets);
  (exercise.answer.lines ?? []).forEach((l, i) => {
    if (!sets.has(l.system)) problems.push({ field: `answer.lines[${i}].system`, message: `task.codeSets lacks ${l.system}, so the student cannot enter this line. Fix: add ${l.system} to task.codeSets.` });
  });
  return problems;
}

/** All checks, in the order an author should fix them. */
export function codingCaseProblems(exercise: CodingExercise, codes: CodeSetView): CaseProblem[] {
  const validity = codeValidityProblems(exercise, codes);
  const references = keyReferenceProblems(exercise);
  const excludes = excludes1Problems(exercise, codes);
  // Grading a key with unusable codes only repeats the validity problems.
  const grading = validity.length === 0 && references.length === 0 ? selfGradingProblems(exercise, codes) : [];
  return [...validity, ...references, ...excludes, ...grading];
}

/** One line per problem, naming file and field (for the CLI and test messages). */
export function describeCaseProblem(path: string, problem: CaseProblem): string {
  return `${path}: ${problem.field}: ${problem.message}`;
}
