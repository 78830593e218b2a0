import { useId, type InputHTMLAttributes } from 'react';
import './switch.css';

/** An on/off switch with its label, read by screen readers as a switch. */
export function Switch({
  label,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'role'> & { label: string }) {
  const id = useId();
  return (
    <div className="switch">
      <label className="switch__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} type="checkbox" role="switch" className="switch__input" {...input} />
    </div>
  );
}
