import type { AuditCounts, AuditProblem } from '../../../src-preload/contract';
import { auditProblemLabels, auditProblems } from '../../../src-preload/contract/values';
import { CountTabs } from '../../app/CountTabs';

type Choice = AuditProblem | 'any';

export const auditPanelId = 'audit-panel';
export const auditTabId = (choice: Choice) => `audit-tab-${choice}`;

interface Props {
  value: AuditProblem | null;
  counts: AuditCounts;
  onChange(problem: AuditProblem | null): void;
}

/** One tab per problem found (and the chosen one, even at zero), with its count. */
export function AuditFilter({ value, counts, onChange }: Props) {
  const order: Choice[] = [
    'any',
    ...auditProblems.filter((problem) => counts[problem] > 0 || problem === value),
  ];
  return (
    <CountTabs
      label="Show problems"
      className="audit-tabs"
      order={order}
      value={value ?? 'any'}
      labelOf={(choice) => (choice === 'any' ? 'All problems' : auditProblemLabels[choice])}
      countOf={(choice) => counts[choice]}
      tabId={auditTabId}
      panelId={auditPanelId}
      onChange={(choice) => onChange(choice === 'any' ? null : choice)}
    />
  );
}
