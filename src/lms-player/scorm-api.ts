/**
 * Finding and talking to the LMS's SCORM 1.2 API (RTE 3.3): the LMS puts an object named `API`
 * on the window that launched the content or on one of its parents; the content walks up the
 * parent chain (at most 7 steps, as ADL's sample code does), then the opener's chain. Without an
 * API (the package opened straight from disk) the player still works and says nothing is saved.
 */

/** The SCORM 1.2 API functions the player calls. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

/** The part of a window the search reads; plain objects in the tests. */
export interface ApiWindow {
  API?: unknown;
  parent?: ApiWindow | null;
  opener?: ApiWindow | null;
}

const MAX_DEPTH = 7;

function isApi(value: unknown): value is Scorm12Api {
  return typeof value === 'object' && value !== null && typeof (value as Scorm12Api).LMSInitialize === 'function';
}

/** Reads `API` from a window; a cross-origin parent throws on access, which means "not here". */
function apiOf(win: ApiWindow): Scorm12Api | null {
  try {
    return isApi(win.API) ? win.API : null;
  } catch {
    return null;
  }
}

function searchUp(start: ApiWindow): Scorm12Api | null {
  let win: ApiWindow = start;
  for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
    const found = apiOf(win);
    if (found) return found;
    let parent: ApiWindow | null | undefined;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The LMS API for this window, or null. */
export function findApi(win: ApiWindow): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  let opener: ApiWindow | null | undefined;
  try {
    opener = win.opener;
  } catch {
    return null;
  }
  return opener ? searchUp(opener) : null;
}

/** A SCORM session: every call is a no-op returning false without an API. */
export class ScormSession {
  readonly connected: boolean;
  private readonly api: Scorm12Api | null;
  private finished = false;

  constructor(api: Scorm12Api | null) {
    this.api = api;
    this.connected = api !== null && String(api.LMSInitialize('')) === 'true';
  }

  get(element: string): string {
    return this.connected && this.api ? String(this.api.LMSGetValue(element) ?? '') : '';
  }

  set(element: string, value: string): boolean {
    return this.connected && this.api !== null && String(this.api.LMSSetValue(element, value)) === 'true';
  }

  commit(): boolean {
    return this.connected && this.api !== null && String(this.api.LMSCommit('')) === 'true';
  }

  finish(): void {
    if (!this.connected || !this.api || this.finished) return;
    this.finished = true;
    this.api.LMSFinish('');
  }
}

/** cmi.core.session_time is CMITimespan, HHHH:MM:SS.SS (RTE 3.4.2). */
export function scormTimespan(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 10)) / 100;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}
