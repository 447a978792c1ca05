import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { readDroppedFiles } from '../../../../src/domain/classkit/read-dropped-files.ts';

const file = (name: string, text: string) => ({ name, bytes: strToU8(text) });

describe('reading dropped files', () => {
  it('reads .json files as text, in the order dropped', () => {
    expect(readDroppedFiles([file('b.json', '{"b":1}'), file('a.JSON', '{"a":1}')])).toEqual([{ fileName: 'b.json', text: '{"b":1}' }, { fileName: 'a.JSON', text: '{"a":1}' }]);
  });

  it('expands a zip, naming each entry after the zip, and skips folders and macOS extras', () => {
    const zip = zipSync({ 'class/ana.json': strToU8('{"s":"Ana"}'), 'class/bo.json': strToU8('{"s":"Bo"}'), '__MACOSX/class/._ana.json': strToU8('x'), 'class/.DS_Store': strToU8('x'), 'class/notes.txt': strToU8('hi') });
    expect(readDroppedFiles([{ name: 'week3.zip', bytes: zip }])).toEqual([
      { fileName: 'week3.zip: ana.json', text: '{"s":"Ana"}' },
      { fileName: 'week3.zip: bo.json', text: '{"s":"Bo"}' },
      { fileName: 'week3.zip: notes.txt', problem: 'Not a .json file, so it was not read. Submission files end in .json.' },
    ]);
  });

  it('says what is wrong with a file that is not a submission', () => {
    const out = readDroppedFiles([
      file('photo.png', 'x'),
      { name: 'empty.json', bytes: new Uint8Array() },
      { name: 'latin1.json', bytes: new Uint8Array([0x7b, 0xe9, 0x7d]) },
      { name: 'broken.zip', bytes: strToU8('PK not really') },
      { name: 'none.zip', bytes: zipSync({ 'a.txt': strToU8('x') }) },
    ]);
    expect(out.map((o) => ('problem' in o ? `${o.fileName}: ${o.problem.split('.')[0]}` : o.fileName))).toEqual([
      'photo.png: Not a ',
      'empty.json: The file is empty',
      'latin1.json: The file is not UTF-8 text, so it is not a ClaimLab submission file',
      'broken.zip: The zip could not be opened (invalid zip data)',
      'none.zip: a.txt: Not a ',
      'none.zip: The zip holds no ',
    ]);
  });
});
