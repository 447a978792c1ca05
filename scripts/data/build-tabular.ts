/** Tabular parts of the build (blocks, notes, tables). */
import type { ExtrasInput } from './build-extras.ts';
import type { IndexCodeStatus } from '../../src/domain/codes/alphabetic-index.ts';

/** Build blocks, notes and tables. */
export function buildTabularParts(_input: ExtrasInput, _status: (code: string) => 'valid' | IndexCodeStatus): { manifest: Record<string, unknown>; report: string[] } {
  return { manifest: {}, report: [] };
}
