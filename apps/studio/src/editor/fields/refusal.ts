import type { EditRefusal } from '@sixsources/core';
import type { Translate } from '../../i18n/useT.ts';

/** A refused edit in the person's language. */
export function describeRefusal(t: Translate, refusal: EditRefusal): string {
  let reason: string;
  switch (refusal.code) {
    case 'dates-out-of-order':
      reason = t('editor.refused.dates-out-of-order', { start: refusal.start, end: refusal.end });
      break;
    case 'invalid-value':
      reason = t('editor.refused.invalid-value', { detail: refusal.issues.map((issue) => issue.message).join('; ') });
      break;
    default:
      reason = t(`editor.refused.${refusal.code}`);
  }
  return t('editor.refused', { reason });
}
