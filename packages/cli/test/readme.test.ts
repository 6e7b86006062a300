import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findingCodesTable } from '@sixsources/core';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');

describe('README', () => {
  it('documents every coach finding code exactly as the coach defines it', () => {
    expect(readme).toContain(findingCodesTable());
  });
});
