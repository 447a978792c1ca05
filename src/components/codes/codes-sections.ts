/** The code lookup tools, in one place so the tab bar, pages and tests agree. */
export const codesSections: readonly { href: string; label: string }[] = [
  { href: '/codes/', label: 'Search' },
  { href: '/codes/index/', label: 'Alphabetic Index' },
  { href: '/codes/neoplasm/', label: 'Neoplasm Table' },
  { href: '/codes/drugs/', label: 'Table of Drugs' },
  { href: '/codes/hcpcs/', label: 'HCPCS Level II' },
  { href: '/codes/cpt/', label: 'CPT list' },
];
