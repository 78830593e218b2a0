import { Icon } from '../../ui/Icon';
import './search-field.css';

/** The search box under a side pane's header; the label is its accessible name and placeholder. */
export function SearchField({
  value,
  onChange,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
}) {
  return (
    <div className="search-field">
      <span className="search-field__icon">
        <Icon name="search" size={18} />
      </span>
      <input
        type="search"
        className="search-field__input"
        aria-label={label}
        placeholder={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
