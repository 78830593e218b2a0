import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { useOwnBusinessProfile, useUpdateBusinessProfile } from '../business/business-queries';

/** The business profile's limit for the default message. */
const MESSAGE_MAX = 1024;

/** The message a short link without text of its own prefills in the customer's composer. */
export function DefaultMessageForm() {
  const { data: profile } = useOwnBusinessProfile();
  // The form starts from the saved message, so it waits for it.
  return profile === undefined ? null : <MessageEditor saved={profile.defaultLinkMessage} />;
}

function MessageEditor({ saved }: { saved: string }) {
  const { t } = useTranslation('businessInfo');
  const toast = useToast();
  const id = useId();
  const update = useUpdateBusinessProfile();
  const [text, setText] = useState(saved);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { defaultLinkMessage: text.trim() },
      { onSuccess: () => toast.show(t('shortLink.saved')), onError: toast.showError },
    );
  };

  return (
    <form className="short-link-message field" onSubmit={submit}>
      <label className="field__label" htmlFor={id}>
        {t('shortLink.message')}
      </label>
      <textarea
        id={id}
        className="field__input short-link-message__input"
        name="defaultLinkMessage"
        dir="auto"
        rows={3}
        maxLength={MESSAGE_MAX}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
      />
      <span id={`${id}-hint`} className="field__hint">
        {t('shortLink.messageHint')}
      </span>
      <Button
        type="submit"
        variant="primary"
        className="short-link-message__save"
        disabled={update.isPending || text.trim() === saved}
      >
        {t('shortLink.save')}
      </Button>
    </form>
  );
}
