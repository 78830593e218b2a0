import type { AwayView } from '@parley/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Switch } from '../../ui/Switch';
import { useToast } from '../../ui/Toasts';
import { AudienceChoice } from './AudienceChoice';
import { useSaveAway } from './auto-replies-queries';
import { AutoReplyPage } from './AutoReplyPage';
import { scheduleForm, scheduleOf } from './away-schedule';
import { replyTextProblem } from './reply-text';
import { ReplyTextField } from './ReplyTextField';
import { SaveRow } from './SaveRow';
import { ScheduleChoice } from './ScheduleChoice';

/** Settings → Business tools → Away message: the answer customers get while the business is away. */
export function AwaySettings() {
  const { t } = useTranslation('autoReplies');
  return <AutoReplyPage title={t('away.title')}>{(saved) => <AwayForm saved={saved.away} />}</AutoReplyPage>;
}

function AwayForm({ saved }: { saved: AwayView }) {
  const { t } = useTranslation('autoReplies');
  const toast = useToast();
  const save = useSaveAway();
  const [enabled, setEnabled] = useState(saved.enabled);
  const [text, setText] = useState(saved.text);
  const [schedule, setSchedule] = useState(() => scheduleForm(saved.schedule, Date.now()));
  const [audience, setAudience] = useState(saved.audience);
  const [checked, setChecked] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const chosenSchedule = scheduleOf(schedule);
    if (replyTextProblem(text) !== undefined || chosenSchedule === undefined) return;
    save.mutate(
      { enabled, text, schedule: chosenSchedule, audience },
      { onSuccess: () => toast.show(t('saved')) },
    );
  };

  return (
    <form className="auto-reply" onSubmit={submit} noValidate>
      <Switch
        label={t('away.enabled')}
        checked={enabled}
        onChange={(event) => setEnabled(event.target.checked)}
      />
      <p className="auto-reply__when">{t('away.when')}</p>
      <ReplyTextField value={text} onChange={setText} checked={checked} />
      <ScheduleChoice value={schedule} onChange={setSchedule} checked={checked} />
      <AudienceChoice name="audience" value={audience} onChange={setAudience} />
      <SaveRow pending={save.isPending} error={save.error} sentAudience={save.variables?.audience} />
    </form>
  );
}
