import { describe, expect, it } from 'vitest';
import { findApi, ScormSession, scormTimespan, type ApiWindow, type Scorm12Api } from '../../../src/lms-player/scorm-api.ts';

function fakeApi(): Scorm12Api & { values: Record<string, string> } {
  const values: Record<string, string> = {};
  return {
    values,
    LMSInitialize: () => 'true',
    LMSFinish: () => 'true',
    LMSGetValue: (k) => values[k] ?? '',
    LMSSetValue: (k, v) => { values[k] = v; return 'true'; },
    LMSCommit: () => 'true',
    LMSGetLastError: () => '0',
  };
}

describe('finding the LMS API (SCORM 1.2 RTE 3.3)', () => {
  it('finds API on the grandparent frame', () => {
    const api = fakeApi();
    const top: ApiWindow = { API: api };
    top.parent = top;
    const mid: ApiWindow = { parent: top };
    expect(findApi({ parent: mid })).toBe(api);
  });

  it('falls back to the opener chain when the frames have none', () => {
    const api = fakeApi();
    const lms: ApiWindow = { API: api, parent: null };
    const self: ApiWindow = { opener: { parent: lms } };
    self.parent = self;
    expect(findApi(self)).toBe(api);
  });

  it('gives up after seven parents and treats a cross-origin parent as no API', () => {
    let win: ApiWindow = { API: fakeApi(), parent: null };
    for (let i = 0; i < 8; i += 1) win = { parent: win };
    expect(findApi(win)).toBeNull();
    const crossOrigin = { get API(): unknown { throw new Error('SecurityError'); }, parent: null };
    expect(findApi({ parent: crossOrigin })).toBeNull();
  });
});

describe('ScormSession', () => {
  it('writes through a connected API and ignores calls without one', () => {
    const api = fakeApi();
    const session = new ScormSession(api);
    expect(session.connected).toBe(true);
    expect(session.set('cmi.core.lesson_status', 'incomplete')).toBe(true);
    expect(api.values['cmi.core.lesson_status']).toBe('incomplete');
    const offline = new ScormSession(null);
    expect(offline.connected).toBe(false);
    expect(offline.set('cmi.suspend_data', 'x')).toBe(false);
    expect(offline.get('cmi.suspend_data')).toBe('');
  });

  it('writes session time as a CMITimespan', () => {
    expect(scormTimespan(3_723_450)).toBe('0001:02:03.45');
    expect(scormTimespan(0)).toBe('0000:00:00.00');
  });
});
