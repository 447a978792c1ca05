import type { Page } from 'playwright-core';

/** Types a code into one of a coding exercise's "Add a … code" boxes and presses Enter. */
export async function typeCode(page: Page, label: string, code: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.fill(code);
  await input.press('Enter');
}

/** The knee injection case (`knee-oa-triamcinolone-injection-right`). */
export const KNEE_CASE = {
  id: 'knee-oa-triamcinolone-injection-right',
  title: 'Right knee osteoarthritis injection with a separate blood pressure visit',
};

/**
 * Enters the knee injection case's answer with the given diagnoses, in order: the key's
 * procedure lines (20610-RT, J3301 x 4, 99214-25). Then "Check my codes" is the caller's.
 */
export async function enterKneeAnswer(page: Page, diagnoses: readonly string[]): Promise<void> {
  for (const dx of diagnoses) await typeCode(page, 'Add a diagnosis code', dx);
  for (const code of ['20610', 'J3301', '99214']) await typeCode(page, 'Add a CPT or HCPCS code', code);
  await page.getByLabel('Modifiers').nth(0).fill('RT');
  await page.getByLabel('Units').nth(1).fill('4');
  await page.getByLabel('Modifiers').nth(2).fill('25');
}
