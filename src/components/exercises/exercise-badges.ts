/** Topic ids as words ("e-m-levelling" -> "e m levelling"), as the badges and lists show them. */
export const topicWords = (topic: string): string => topic.replaceAll('-', ' ');

/** The badges of an exercise page: difficulty, each topic, then the certifications when given. */
export function exerciseBadges(e: { difficulty: string; topics: readonly string[]; certifications?: readonly string[] }): string[] {
  return [e.difficulty, ...e.topics.map(topicWords), ...(e.certifications ? [e.certifications.join(', ')] : [])];
}
