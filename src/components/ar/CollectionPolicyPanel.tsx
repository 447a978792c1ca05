import type { CollectionPolicy } from '../../domain/ar/collections-schema.ts';
import { describePolicy } from '../../domain/ar/describe-collections.ts';

/** The practice's written financial policy, in the words the grader applies (read-only). */
export function CollectionPolicyPanel({ policy }: { policy: CollectionPolicy }) {
  return (
    <section className="cl-policy" aria-labelledby="cl-policy-h">
      <h2 id="cl-policy-h">
        {policy.practice}: patient financial policy (revised {policy.revised})
      </h2>
      <ol>
        {describePolicy(policy).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </section>
  );
}
