/** Problems found in a plan file, one per line: where (the path) and what (the message). */
import type { PlanIssue } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';

const SHOWN = 12;

export function IssueList({ issues }: { issues: readonly PlanIssue[] }) {
  const t = useT();
  const shown = issues.slice(0, SHOWN);
  return (
    <ul className="issue-list" data-testid="import-errors">
      {shown.map((issue, index) => (
        <li key={`${issue.path}:${index}`}>
          <code className="issue-path">{issue.path === '' ? t('exchange.wholeFile') : issue.path}</code>{' '}
          <span>{issue.message}</span>
        </li>
      ))}
      {issues.length > SHOWN && <li className="muted">{t('exchange.moreIssues', { count: issues.length - SHOWN })}</li>}
    </ul>
  );
}
