import type { AdaptedSource as Source } from '../../domain/content/adapted-source-schema.ts';

/** The CC BY 4.0 credit every adapted note must show, with what ClaimLab changed. */
export function AdaptedSource({ source }: { source: Source }) {
  return (
    <p className="adapted-source small muted">
      Adapted from ACI-BENCH encounter {source.encounter} (Yim W, Fu Y, Ben Abacha A, Snider N, Lin T, Yetisgen M. ACI-BENCH: a Novel Ambient Clinical Intelligence Dataset for Benchmarking Automatic Visit Note Generation. Nature Scientific Data, 2023),{' '}
      <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>. Changes: {source.changes}
    </p>
  );
}
