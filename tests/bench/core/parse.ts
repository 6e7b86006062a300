/** core.parse.large: reading a large plan file with every check, against bare `JSON.parse`. */
import { parsePlanDocument } from '@sixsources/core';
import { largePlanRatio } from './large-text.ts';

export const parseLarge = largePlanRatio({
  name: 'core.parse.large',
  budget: 3,
  figure: 'validated import (parsePlanDocument) ÷ JSON.parse of the same text',
  work: (_plan, text) => {
    const check = parsePlanDocument(text);
    if (!check.ok) throw new Error(`the large plan does not validate: ${JSON.stringify(check.errors.slice(0, 3))}`);
    return () => parsePlanDocument(text);
  },
});
