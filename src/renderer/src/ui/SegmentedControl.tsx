import { useId } from 'react'
import './segmented.css'

interface SegmentedControlProps<V extends string> {
  label: string
  value: V
  options: ReadonlyArray<{ value: V; label: string }>
  onChange: (value: V) => void
  name?: string
}

/** A row of radio buttons styled as one control (native radios: arrow keys come for free). */
export const SegmentedControl = <V extends string>({
  label,
  value,
  options,
  onChange,
  name,
}: SegmentedControlProps<V>) => {
  const fallbackName = useId()
  return (
    <fieldset className="segmented">
      <legend className="field-label">{label}</legend>
      <div className="segmented-options">
        {options.map((option) => (
          <label key={option.value} className="segmented-option">
            <input
              type="radio"
              name={name ?? fallbackName}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
