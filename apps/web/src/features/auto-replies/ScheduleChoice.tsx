import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField } from '../../ui/TextField';
import { useOwnBusinessProfile } from '../business/business-queries';
import { SCHEDULE_KINDS, scheduleOf, type ScheduleForm } from './away-schedule';

/** Where Settings → Business tools keeps the opening hours the "outside of business hours" schedule uses. */
const HOURS_PATH = '/settings/business/hours';

/** When the away message applies: always, outside the business hours, or a window in local time. */
export function ScheduleChoice({
  value,
  onChange,
  checked,
}: {
  value: ScheduleForm;
  onChange: (value: ScheduleForm) => void;
  /** Whether a save was tried, so an unusable window is pointed out. */
  checked: boolean;
}) {
  const { t } = useTranslation('autoReplies');
  const invalid = checked && value.kind === 'custom' && scheduleOf(value) === undefined;
  return (
    <fieldset className="reply-choices">
      <legend className="reply-choices__legend">{t('schedule.legend')}</legend>
      {SCHEDULE_KINDS.map((kind) => (
        <label key={kind} className="settings__choice">
          <input
            type="radio"
            name="schedule"
            value={kind}
            checked={value.kind === kind}
            onChange={() => onChange({ ...value, kind })}
          />
          {t(`schedule.${kind}`)}
        </label>
      ))}
      {value.kind === 'outside_hours' && <HoursNote />}
      {value.kind === 'custom' && (
        <div className="reply-choices__window">
          <TextField
            label={t('schedule.start')}
            type="datetime-local"
            value={value.start}
            onChange={(event) => onChange({ ...value, start: event.target.value })}
          />
          <TextField
            label={t('schedule.end')}
            type="datetime-local"
            value={value.end}
            min={value.start}
            aria-invalid={invalid}
            onChange={(event) => onChange({ ...value, end: event.target.value })}
          />
          <p className="reply-choices__note">
            {t('schedule.timeZone', { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
          </p>
          {invalid && (
            <p className="field__error" role="alert">
              {t('schedule.invalid')}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}

/** The schedule follows the business hours; without any, it would never send, so that is said. */
function HoursNote() {
  const { t } = useTranslation('autoReplies');
  const { data: profile } = useOwnBusinessProfile();
  if (profile === undefined) return null;
  const hasHours = profile.hours !== null;
  return (
    <p className="reply-choices__note">
      {t(hasHours ? 'schedule.usesHours' : 'schedule.noHours')}{' '}
      <Link to={HOURS_PATH}>{t(hasHours ? 'schedule.editHours' : 'schedule.setHours')}</Link>
    </p>
  );
}
