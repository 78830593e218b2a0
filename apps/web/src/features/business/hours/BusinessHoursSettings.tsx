import type { OpeningHours } from '@parley/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Spinner } from '../../../ui/Spinner';
import { useToast } from '../../../ui/Toasts';
import { SettingsHeader } from '../../settings/SettingsHeader';
import { useOwnBusinessProfile, useUpdateBusinessProfile } from '../business-queries';
import { DayHoursRow } from './DayHoursRow';
import { browserTimeZone, defaultHours, invalidDays, WEEKDAYS, withDay } from './hours-form';
import { TimeZoneSelect } from './TimeZoneSelect';
import './business-hours.css';

/** When the business is open, day by day, in its own time zone; customers see "open now" from it. */
export function BusinessHoursSettings() {
  const { t } = useTranslation('business');
  const { data: profile } = useOwnBusinessProfile();
  return (
    <>
      <SettingsHeader title={t('hours.title')} back="/settings/business" />
      <div className="settings__body">
        {profile === undefined ? (
          <div className="settings__center">
            <Spinner />
          </div>
        ) : (
          <HoursForm saved={profile.hours} />
        )}
      </div>
    </>
  );
}

function HoursForm({ saved }: { saved: OpeningHours | null }) {
  const { t } = useTranslation('business');
  const toast = useToast();
  const update = useUpdateBusinessProfile();
  const [hours, setHours] = useState<OpeningHours | null>(saved);
  const [checked, setChecked] = useState(false);
  const invalid = hours === null ? [] : invalidDays(hours);

  const save = (value: OpeningHours | null) =>
    update.mutate({ hours: value }, { onSuccess: () => toast.show(t('saved')), onError: toast.showError });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (hours !== null && invalid.length === 0) save(hours);
  };

  if (hours === null) {
    return (
      <div className="business-hours__empty">
        <p className="settings__note">{t('hours.none')}</p>
        <Button variant="primary" onClick={() => setHours(defaultHours(browserTimeZone()))}>
          {t('hours.set')}
        </Button>
      </div>
    );
  }
  return (
    <form className="business-hours" onSubmit={submit} noValidate>
      <p className="settings__note">{t('hours.intro')}</p>
      <TimeZoneSelect value={hours.timeZone} onChange={(timeZone) => setHours({ ...hours, timeZone })} />
      {WEEKDAYS.map((day) => (
        <DayHoursRow
          key={day}
          day={day}
          value={hours.days[day]}
          invalid={checked && invalid.includes(day)}
          onChange={(value) => setHours(withDay(hours, day, value))}
        />
      ))}
      <div className="business-hours__actions">
        {saved !== null && (
          <Button
            variant="ghost"
            disabled={update.isPending}
            onClick={() => {
              setHours(null);
              save(null);
            }}
          >
            {t('hours.remove')}
          </Button>
        )}
        <Button type="submit" variant="primary" disabled={update.isPending}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
