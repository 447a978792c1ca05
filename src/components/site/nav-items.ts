/** Main navigation, in one place so the header, footer and tests agree. */
export const navItems: { href: string; label: string }[] = [
  { href: '/learn/', label: 'Learn' },
  { href: '/exercises/', label: 'Exercises' },
  { href: '/claims/', label: 'Claims' },
  { href: '/billing/', label: 'Billing' },
  { href: '/codes/', label: 'Code lookup' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/exams/', label: 'Exams' },
  { href: '/review/', label: 'Review' },
  { href: '/progress/', label: 'Progress' },
];
