import { describe, expect, test } from 'vitest';
import { describeRecovery, describeStorageTrouble, describeUnstoredRecovery } from '../../../../src/domain/progress/progress-messages.ts';

describe('progress notice words', () => {
  test('a copy that could not be stored: the save is untouched, nothing new is saved, and the way out is named', () => {
    const text = describeUnstoredRecovery({ code: 'bad-json', detail: 'Unexpected end of JSON input' });
    expect(text).toMatch(/^Your saved progress is not readable JSON/);
    expect(text).toContain('left your saved progress untouched and is not saving new progress');
    expect(text).toContain('Download the copy, then choose "Start fresh"');
    expect(describeRecovery({ code: 'empty' })).toContain('kept a copy and started fresh');
  });

  test('a newer save asks for a reload and promises not to overwrite it', () => {
    expect(describeStorageTrouble('newer-version')).toMatch(/Reload this page.*cannot overwrite the newer save/);
    expect(describeStorageTrouble('write-failed')).toContain('What was saved before is kept.');
  });
});
