import type { GreetingView } from '@parley/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Switch } from '../../ui/Switch';
import { useToast } from '../../ui/Toasts';
import { AudienceChoice } from './AudienceChoice';
import { useSaveGreeting } from './auto-replies-queries';
import { AutoReplyPage } from './AutoReplyPage';
import { replyTextProblem } from './reply-text';
import { ReplyTextField } from './ReplyTextField';
import { SaveRow } from './SaveRow';

/** Settings → Business tools → Greeting message: the welcome a new or returning customer gets. */
export function GreetingSettings() {
  const { t } = useTranslation('autoReplies');
  return (
    <AutoReplyPage title={t('greeting.title')}>
      {(saved) => <GreetingForm saved={saved.greeting} />}
    </AutoReplyPage>
  );
}

function GreetingForm({ saved }: { saved: GreetingView }) {
  const { t } = useTranslation('autoReplies');
  const toast = useToast();
  const save = useSaveGreeting();
  const [enabled, setEnabled] = useState(saved.enabled);
  const [text, setText] = useState(saved.text);
  const [audience, setAudience] = useState(saved.audience);
  const [checked, setChecked] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (replyTextProblem(text) !== undefined) return;
    save.mutate({ enabled, text, audience }, { onSuccess: () => toast.show(t('saved')) });
  };

  return (
    <form className="auto-reply" onSubmit={submit} noValidate>
      <Switch
        label={t('greeting.enabled')}
        checked={enabled}
        onChange={(event) => setEnabled(event.target.checked)}
      />
      <p className="auto-reply__when">{t('greeting.when')}</p>
      <ReplyTextField value={text} onChange={setText} checked={checked} />
      <AudienceChoice name="audience" value={audience} onChange={setAudience} />
      <SaveRow pending={save.isPending} error={save.error} sentAudience={save.variables?.audience} />
    </form>
  );
}
