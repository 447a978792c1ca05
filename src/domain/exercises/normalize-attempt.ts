/**
 * Turns whatever a student (or a CLI user) submits into a clean attempt. Never throws: a
 * learner's typing quirks are not errors, and graders must survive arbitrary input.
 */

/** A normalized procedure/supply line of an attempt. */
export interface AttemptLine {
  /** Normalized code: upper case, no spaces or punctuation. */
  code: string;
  /** Normalized modifiers, in the order typed, without duplicates. */
  modifiers: string[];
  /** Units of service; 1 when not given or not a positive number. */
  units: number;
}

/** A normalized attempt. */
export interface CodingAttempt {
  /** Diagnosis codes, dotted ICD-10-CM form, in the order typed, empty entries dropped. */
  diagnoses: string[];
  /** Procedure/supply lines. */
  lines: AttemptLine[];
}

/** More entries than any claim holds means the input is not an attempt; stops runaway work. */
export const MAX_ATTEMPT_ENTRIES = 50;

/**
 * Reduces a typed code to its bare characters: Unicode-normalized (full-width letters become
 * ASCII), upper case, with dots, spaces, hyphens and invisible characters removed.
 */
export function bareCode(raw: unknown): string {
  if (typeof raw !== 'string' && typeof raw !== 'number') return '';
  return String(raw).normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** Normalizes a typed ICD-10-CM code to dotted form (E1165 -> E11.65); '' when nothing is left. */
export function normalizeIcdCode(raw: unknown): string {
  const bare = bareCode(raw);
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

/** Normalizes a typed CPT/HCPCS code or modifier (upper case, no punctuation). */
export function normalizeLineCode(raw: unknown): string {
  return bareCode(raw);
}

/**
 * Normalizes any input into a `CodingAttempt`. Accepts the documented object shape, a bare
 * array of diagnosis codes, or a string of codes separated by commas, semicolons or new lines.
 */
export function normalizeCodingAttempt(input: unknown): CodingAttempt {
  try {
    if (typeof input === 'string') return { diagnoses: splitCodes(input).map(normalizeIcdCode).filter(Boolean), lines: [] };
    if (Array.isArray(input)) return { diagnoses: normalizeDiagnoses(input), lines: [] };
    if (input === null || typeof input !== 'object') return { diagnoses: [], lines: [] };
    const record = input as Record<string, unknown>;
    const diagnosesRaw = record['diagnoses'];
    const diagnoses = Array.isArray(diagnosesRaw)
      ? normalizeDiagnoses(diagnosesRaw)
      : typeof diagnosesRaw === 'string'
        ? splitCodes(diagnosesRaw).map(normalizeIcdCode).filter(Boolean)
        : [];
    const linesRaw = record['lines'];
    const lines = Array.isArray(linesRaw) ? linesRaw.slice(0, MAX_ATTEMPT_ENTRIES * 4).map(normalizeLine).filter((l): l is AttemptLine => l !== undefined) : [];
    return { diagnoses, lines };
  } catch {
    // Getters or proxies on hostile input can throw; an unusable attempt is simply empty.
    return { diagnoses: [], lines: [] };
  }
}

function splitCodes(text: string): string[] {
  return text.split(/[,;\n\r\t]+/).slice(0, MAX_ATTEMPT_ENTRIES * 4);
}

function normalizeDiagnoses(items: unknown[]): string[] {
  return items
    .slice(0, MAX_ATTEMPT_ENTRIES * 4)
    .map((item) => normalizeIcdCode(isRecord(item) ? item['code'] : item))
    .filter(Boolean);
}

function normalizeLine(item: unknown): AttemptLine | undefined {
  const record: Record<string, unknown> = isRecord(item) ? item : { code: item };
  const code = normalizeLineCode(record['code']);
  if (!code) return undefined;
  const modsRaw = record['modifiers'];
  const modList: unknown[] = Array.isArray(modsRaw) ? modsRaw.slice(0, 20) : typeof modsRaw === 'string' ? modsRaw.split(/[,;\s]+/) : [];
  const modifiers = [...new Set(modList.map(normalizeLineCode).filter(Boolean))];
  const unitsRaw = record['units'];
  const unitsNumber = typeof unitsRaw === 'number' ? unitsRaw : typeof unitsRaw === 'string' ? Number(unitsRaw.normalize('NFKC').trim()) : Number.NaN;
  const units = Number.isFinite(unitsNumber) && unitsNumber >= 0 ? Math.round(unitsNumber * 1000) / 1000 : 1;
  return { code, modifiers, units };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
