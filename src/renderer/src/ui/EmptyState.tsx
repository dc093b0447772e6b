import type { ReactNode } from 'react'
import { Icon } from './Icon'
import type { IconName } from './Icon'
import './states.css'

interface EmptyStateProps {
  icon: IconName
  title: string
  body?: ReactNode
  actions?: ReactNode
  tone?: 'calm' | 'error'
  testId?: string
}

/** A centred message for a pane with nothing to show: why it is empty and what to do next. */
export const EmptyState = ({
  icon,
  title,
  body,
  actions,
  tone = 'calm',
  testId,
}: EmptyStateProps) => (
  <div
    className={`empty-state empty-state--${tone}`}
    role={tone === 'error' ? 'alert' : undefined}
    data-testid={testId}
  >
    <div className="empty-state-icon">
      <Icon name={icon} size={28} />
    </div>
    <p className="empty-state-title">{title}</p>
    {body && <p className="empty-state-body">{body}</p>}
    {actions && <div className="empty-state-actions">{actions}</div>}
  </div>
)
