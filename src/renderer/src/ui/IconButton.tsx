import type { ButtonHTMLAttributes } from 'react'
import { Icon } from './Icon'
import type { IconName } from './Icon'

type IconButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> & {
  icon: IconName
  label: string
  isPressed?: boolean
}

/** A square button showing only an icon; `label` becomes its accessible name and tooltip. */
export const IconButton = ({ icon, label, isPressed, className, ...rest }: IconButtonProps) => (
  <button
    type="button"
    className={`icon-button ${className ?? ''}`}
    aria-label={label}
    title={label}
    aria-pressed={isPressed}
    {...rest}
  >
    <Icon name={icon} />
  </button>
)
