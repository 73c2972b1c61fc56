import { useRef, type KeyboardEvent } from 'react';
import type { AuditCounts, AuditProblem } from '../../../src-preload/contract';
import { auditProblemLabels, auditProblems } from '../../../src-preload/contract/values';

type Choice = AuditProblem | 'any';

export const auditPanelId = 'audit-panel';
export const auditTabId = (choice: Choice) => `audit-tab-${choice}`;

interface Props {
  value: AuditProblem | null;
  counts: AuditCounts;
  onChange(problem: AuditProblem | null): void;
}

/**
 * One tab per problem found (and the chosen one, even at zero), with its count; a roving tab stop:
 * Tab reaches the selected tab, arrows, Home and End move between them.
 */
export function AuditFilter({ value, counts, onChange }: Props) {
  const refs = useRef<Partial<Record<Choice, HTMLButtonElement | null>>>({});
  const current: Choice = value ?? 'any';
  const order: Choice[] = [
    'any',
    ...auditProblems.filter((problem) => counts[problem] > 0 || problem === value),
  ];

  const choose = (choice: Choice) => onChange(choice === 'any' ? null : choice);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = order.indexOf(current);
    let next: Choice | undefined;
    if (event.key === 'ArrowRight') next = order[(index + 1) % order.length];
    else if (event.key === 'ArrowLeft') next = order[(index - 1 + order.length) % order.length];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    if (!next) return;
    event.preventDefault();
    choose(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="tabs audit-tabs" role="tablist" aria-label="Show problems" onKeyDown={onKeyDown}>
      {order.map((choice) => {
        const selected = choice === current;
        return (
          <button
            key={choice}
            ref={(element) => {
              refs.current[choice] = element;
            }}
            type="button"
            role="tab"
            id={auditTabId(choice)}
            aria-selected={selected}
            aria-controls={auditPanelId}
            tabIndex={selected ? 0 : -1}
            className="tab"
            onClick={() => choose(choice)}
          >
            {choice === 'any' ? 'All problems' : auditProblemLabels[choice]}
            <span className="tab-count">{counts[choice].toLocaleString()}</span>
          </button>
        );
      })}
    </div>
  );
}
