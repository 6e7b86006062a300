import type { Strategy } from '@sixsources/core';
import type { Translate } from '../i18n/useT.ts';

/** "Social motivation — Leaders model it": a strategy's source and tactic in the interface language. */
export function tacticLabel(t: Translate, strategy: Pick<Strategy, 'source' | 'tactic'>): string {
  return `${t(`domain.source.${strategy.source}`)} — ${t(`domain.tactic.${strategy.tactic}`)}`;
}
