import { describeSiteConfigProblem, parseSiteConfig } from '../../domain/site/site-config.ts';

/**
 * Shows the runtime settings of this copy (/site-config.json, docs/deploy.md) in the page's notice
 * region: who runs the copy and their short notice, as plain text. No file, no change.
 */
export async function showSiteConfig(): Promise<void> {
  const region = document.querySelector<HTMLElement>('[data-site-notice]');
  if (!region) return;
  let raw: unknown;
  try {
    const res = await fetch('/site-config.json', { cache: 'no-cache' });
    if (!res.ok) return;
    raw = await res.json();
  } catch {
    return;
  }
  const { config, problems } = parseSiteConfig(raw);
  for (const p of problems) console.warn(describeSiteConfigProblem(p));
  if (config.schoolName === '' && config.notice === '') return;
  region.replaceChildren();
  if (config.schoolName !== '') {
    const name = document.createElement('strong');
    name.textContent = config.notice === '' ? `This copy of ClaimLab is run by ${config.schoolName}.` : `${config.schoolName}:`;
    region.append(name);
  }
  if (config.notice !== '') region.append(config.schoolName === '' ? config.notice : ` ${config.notice}`);
  region.hidden = false;
}
