import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('src/domain stays pure', () => {
  test.each([
    ["import { useState } from 'react';\nexport const f = useState;", 'react'],
    ["import { getCollection } from 'astro:content';\nexport const f = getCollection;", 'astro:'],
    ["import { atom } from 'nanostores';\nexport const f = atom;", 'nanostores'],
    ["import { readFileSync } from 'node:fs';\nexport const f = readFileSync;", 'does no I/O'],
    ['export const f = () => window.location.href;', 'browser'],
    ['export const f = () => document.title;', 'DOM'],
    ["export const f = () => localStorage.getItem('x');", 'storage'],
    ['export const f = () => Date.now();', 'asOf'],
  ])('forbids %s', async (code, expected) => {
    const messages = await ruleIds(code, 'src/domain/probe.ts');
    expect(messages.join('\n')).toContain(expected);
  });

  test('the same code is allowed outside src/domain', async () => {
    const messages = await ruleIds("export const f = () => localStorage.getItem('x');", 'src/stores/probe.ts');
    expect(messages).toEqual([]);
  });

  test('plain logic in src/domain passes', async () => {
    const messages = await ruleIds('export const add = (a: number, b: number): number => a + b;', 'src/domain/probe.ts');
    expect(messages).toEqual([]);
  });
});
