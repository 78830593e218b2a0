import { Button } from '../../../ui/Button';
import './create-within-limit.css';

/**
 * The "New …" button of a tool whose items are capped (labels, quick replies): off once the cap is
 * reached, with the sentence that says why.
 */
export function CreateWithinLimit({
  label,
  full,
  limitReached,
  onCreate,
}: {
  label: string;
  full: boolean;
  limitReached: string;
  onCreate: () => void;
}) {
  return (
    <div className="create-within-limit">
      <Button variant="primary" disabled={full} onClick={onCreate}>
        {label}
      </Button>
      {full && (
        <p className="settings__note" role="status">
          {limitReached}
        </p>
      )}
    </div>
  );
}
