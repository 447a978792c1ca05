/**
 * Turns the files an instructor dropped on the gradebook into texts to parse: .json files as they
 * are, and the .json files inside a .zip (fflate, https://github.com/101arrowz/fflate). Anything
 * else gets a message naming the file and the fix. Pure: takes bytes, returns texts and problems.
 *
 * Limits keep a mistaken or hostile zip from freezing the tab: a submission file is small
 * (tens of kilobytes), so anything over the limits below is refused with a message.
 */
import { unzipSync } from 'fflate';

/** Bytes of one dropped file, as the browser read them. */
export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

/** A text ready to parse, or why a file (or a zip entry) could not be read. */
export type DroppedText = { fileName: string; text: string } | { fileName: string; problem: string };

/** Largest submission file read, in bytes. */
export const MAX_FILE_BYTES = 5_000_000;
/** Most files read from one zip. */
export const MAX_ZIP_ENTRIES = 1_000;
/** Largest total of a zip's .json files once unpacked, in bytes. */
export const MAX_ZIP_BYTES = 100_000_000;

const isZip = (f: DroppedFile): boolean => /\.zip$/i.test(f.name) || (f.bytes[0] === 0x50 && f.bytes[1] === 0x4b && f.bytes[2] === 0x03 && f.bytes[3] === 0x04);
const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
/** Folders, macOS resource forks and hidden files in a zip are not submissions. */
const skipEntry = (path: string): boolean => path.endsWith('/') || /(^|\/)__MACOSX\//.test(path) || baseName(path).startsWith('.');

function decode(fileName: string, bytes: Uint8Array): DroppedText {
  if (bytes.length > MAX_FILE_BYTES) return { fileName, problem: `The file is ${Math.round(bytes.length / 1_000_000)} MB; a submission file is much smaller. Hint: check that this is the file ClaimLab downloaded.` };
  if (bytes.length === 0) return { fileName, problem: 'The file is empty. Hint: ask the student to download the submission file again.' };
  try {
    return { fileName, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { fileName, problem: 'The file is not UTF-8 text, so it is not a ClaimLab submission file. Hint: ask the student to download it again and send it unchanged.' };
  }
}

function unpack(zip: DroppedFile): DroppedText[] {
  let total = 0;
  let entries = 0;
  let tooMuch = false;
  const skipped: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip.bytes, {
      filter: (f) => {
        if (skipEntry(f.name)) return false;
        if (!/\.json$/i.test(f.name)) {
          skipped.push(baseName(f.name));
          return false;
        }
        entries += 1;
        total += f.originalSize;
        if (entries > MAX_ZIP_ENTRIES || total > MAX_ZIP_BYTES) tooMuch = true;
        return !tooMuch;
      },
    });
  } catch (e) {
    return [{ fileName: zip.name, problem: `The zip could not be opened (${e instanceof Error ? e.message : String(e)}). Hint: zip the submission files again, or drop the .json files themselves.` }];
  }
  const out: DroppedText[] = Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, bytes]) => decode(`${zip.name}: ${baseName(path)}`, bytes));
  if (tooMuch) out.push({ fileName: zip.name, problem: `The zip holds more than ${MAX_ZIP_ENTRIES} files or ${MAX_ZIP_BYTES / 1_000_000} MB of them; only the first were read. Hint: split the class into smaller zips.` });
  for (const name of skipped) out.push({ fileName: `${zip.name}: ${name}`, problem: 'Not a .json file, so it was not read. Submission files end in .json.' });
  if (entries === 0) out.push({ fileName: zip.name, problem: 'The zip holds no .json files. Hint: put the submission files in the zip, or drop them directly.' });
  return out;
}

/** Texts and problems for every dropped file, zips expanded in place, in the order dropped. */
export function readDroppedFiles(files: readonly DroppedFile[]): DroppedText[] {
  return files.flatMap((f) => {
    if (isZip(f)) return unpack(f);
    if (!/\.json$/i.test(f.name)) return [{ fileName: f.name, problem: 'Not a .json or .zip file, so it was not read. Hint: drop the .json files students downloaded, or a .zip of them.' }];
    return [decode(f.name, f.bytes)];
  });
}
