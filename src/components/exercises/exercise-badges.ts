/** Topic ids as words ("e-m-levelling" -> "e m levelling"), as the badges and lists show them. */
export const topicWords = (topic: string): string => topic.replaceAll('-', ' ');

/** The badges of an exercise page: difficulty, each topic, then the certifications when given. */
export function exerciseBadges(e: { difficulty: string; topics: readonly string[]; certifications?: readonly string[] }): string[] {
  return [e.difficulty, ...e.topics.map(topicWords), ...(e.certifications ? [e.certifications.join(', ')] : [])];
}

const DIFFICULTY_ORDER: Record<string, number> = { intro: 0, beginner: 0, core: 1, intermediate: 1, advanced: 2 };

/** Sort order of exercise lists: easier first, then by title. */
export function byDifficultyThenTitle(a: { difficulty: string; title: string }, b: { difficulty: string; title: string }): number {
  return (DIFFICULTY_ORDER[a.difficulty] ?? 9) - (DIFFICULTY_ORDER[b.difficulty] ?? 9) || a.title.localeCompare(b.title);
}
