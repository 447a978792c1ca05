/**
 * Which editor field a problem belongs to. Problems name YAML paths (as check-content prints
 * them: "answer.diagnoses[1].code", "mistakes[0].trigger.reported", "topics[2]"); the form has
 * one input per field, some holding a whole list ("topics", "answer.lines[0].modifiers").
 * Undefined when no single input matches (e.g. "answer": the key as a whole).
 */
export function formFieldFor(path: string): string | undefined {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^(topics|guidelines|certifications|task\.codeSets)(\[\d+\])?$/, (m) => m[1] ?? ''],
    [/^(answer\.lines\[\d+\]\.modifiers)(\[\d+\])?$/, (m) => m[1] ?? ''],
    [/^(answer\.lines\[\d+\])\.acceptModifiers.*$/, (m) => `${m[1] ?? ''}.modifiers`],
    [/^(mistakes\[\d+\])\.trigger(?:\.(reported|omitted|firstListed|line))?$/, (m) => `${m[1] ?? ''}.code`],
    [/^(mistakes\[\d+\])\.trigger\.(instead|units)$/, (m) => `${m[1] ?? ''}.${m[2] ?? ''}`],
    [/^(mistakes\[\d+\])\.trigger\.modifiers(\[\d+\])?$/, (m) => `${m[1] ?? ''}.modifiers`],
    [/^(mistakes\[\d+\])$/, (m) => `${m[1] ?? ''}.feedback`],
    [/^(answer\.(?:diagnoses|lines|acceptFirst)\[\d+\]|alternates\[\d+\])$/, (m) => `${m[1] ?? ''}.code`],
    [/^case\.patient$/, () => 'case.patient.age'],
  ];
  for (const [pattern, to] of rules) {
    const m = pattern.exec(path);
    if (m) return to(m);
  }
  if (/^(id|title|summary|difficulty|rationale|case\.(setting|dateOfService|note|patient\.(age|ageUnit|sex))|task\.instructions|answer\.sequencing)$/.test(path)) return path;
  if (/^(answer\.(diagnoses|lines|acceptFirst)\[\d+\]|alternates\[\d+\]|mistakes\[\d+\])\.\w+$/.test(path)) return path;
  return undefined;
}

/** A DOM id for a form field path ("answer.diagnoses[1].code" -> "ce-answer-diagnoses-1-code"). */
export function fieldDomId(field: string): string {
  return `ce-${field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

/** Words for a field path, for the problem list ("Answer key, diagnosis 2: code"). */
export function fieldLabel(path: string): string {
  const parts: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^answer\.diagnoses\[(\d+)\]\.?(.*)$/, (m) => `Answer key, diagnosis ${Number(m[1]) + 1}${m[2] ? `: ${m[2]}` : ''}`],
    [/^answer\.lines\[(\d+)\]\.?(.*)$/, (m) => `Answer key, line ${Number(m[1]) + 1}${m[2] ? `: ${m[2]}` : ''}`],
    [/^answer\.acceptFirst\[(\d+)\]\.?(.*)$/, (m) => `Also first-listed ${Number(m[1]) + 1}${m[2] ? `: ${m[2]}` : ''}`],
    [/^alternates\[(\d+)\]\.?(.*)$/, (m) => `Alternate ${Number(m[1]) + 1}${m[2] ? `: ${m[2]}` : ''}`],
    [/^mistakes\[(\d+)\]\.?(.*)$/, (m) => `Mistake ${Number(m[1]) + 1}${m[2] ? `: ${m[2]}` : ''}`],
  ];
  for (const [pattern, to] of parts) {
    const m = pattern.exec(path);
    if (m) return to(m);
  }
  return path;
}
