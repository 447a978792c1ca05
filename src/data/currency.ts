import type { DataCurrency } from '../domain/codes/currency.ts';
import { loadManifest } from './code-set-node.ts';

/** The editions this build of the site uses, read from public/data/manifest.json (build time, Node). */
export function dataCurrency(): DataCurrency {
  const m = loadManifest();
  return { icdYear: m.icd10cm.year, icdEffective: m.icd10cm.effective, guidelinesEdition: m.guidelines.edition, hcpcsRelease: m.hcpcs.release };
}
