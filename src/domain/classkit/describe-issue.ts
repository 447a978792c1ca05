/** The first zod issue of a failed parse, as "field x.y: problem" (zod-free: takes the plain issue). */
export function describeZodIssue(issue: { path: readonly PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'unreadable';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
  return path === '' ? issue.message : `field "${path}": ${issue.message}`;
}
