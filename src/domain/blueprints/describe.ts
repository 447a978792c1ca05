import type { CoverageFinding } from './coverage.ts';
import type { TopicProblem } from './entries.ts';
import { READY_MIN_ITEMS, READY_PERCENT, type DomainReadiness } from './readiness.ts';

/**
 * Words for coverage findings and unresolved topics: one place for the test, the CLI and pages.
 */

const RATCHET = 'tests/content/coverage-ratchet.json';
const KIND_WORDS = { lessons: 'lessons or sections', cases: 'cases', items: 'exam items' } as const;

/** One line per coverage finding, naming the file to change and the fix. */
export function describeCoverageFinding(f: CoverageFinding): string {
  const where = `${f.outline.toUpperCase()} domain "${f.domain}"`;
  switch (f.code) {
    case 'below-bar':
      return `${where}: ${f.have} ${KIND_WORDS[f.kind]}, needs ${f.need}. Hint: add content tagged with one of the domain's topics (content/blueprints/${f.outline}.yaml), or list the domain as in progress in ${RATCHET} (npm run coverage -- --ratchet).`;
    case 'count-dropped':
      return `${where}: ${KIND_WORDS[f.kind]} went down from ${f.was} to ${f.have}. Hint: content was removed or re-tagged away from this domain; restore it, or if that was intended, lower the count in ${RATCHET}.`;
    case 'ratchet-stale':
      return `${where}: meets the bar but is still listed as in progress. Hint: remove it from ${RATCHET} (npm run coverage -- --ratchet rewrites the file).`;
    case 'ratchet-unknown':
      return `${RATCHET}: ${where} is not a domain of that outline. Hint: use a domain id from content/blueprints/${f.outline}.yaml or remove the entry.`;
  }
}

const FIX = {
  lesson: 'add `topic: <id>` to its frontmatter, or a line under `lessons:` in content/blueprints/topic-map.yaml',
  'exam-item': 'add `topic: <id>` to the item',
  'coding-exercise': 'add `topic: <id>` to the exercise',
  'claim-exercise': 'add `topic: <id>` to the exercise',
} as const;

/** One line per piece of content whose topic is unclear. */
export function describeTopicProblem(p: TopicProblem): string {
  const why = p.reason === 'ambiguous' ? 'its module or domain mixes several topics' : 'nothing in content/blueprints/topic-map.yaml gives it a default';
  return `${p.kind} "${p.id}": topic: cannot tell which outline topic it counts under (${why}). Hint: ${FIX[p.kind]}; topic ids are listed in src/domain/blueprints/topics.ts.`;
}

/** The readiness status as the learner reads it. */
export const READINESS_LABELS: Record<DomainReadiness['status'], string> = {
  'no-content': 'Not covered by ClaimLab yet',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  ready: 'Ready',
};

/** How "Ready" is decided, for the readiness page. */
export const READINESS_RULE = `Ready means at least ${READY_MIN_ITEMS} of the domain's practice-exam questions answered (all of them when it has fewer) with ${READY_PERCENT}% or more right in your latest answers, and, where the domain has cases, an average best score of ${READY_PERCENT}% or more on at least two of them.`;
