import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { useChatChange } from './use-chat-change';

/** For admins: the group's invite link as text and QR code, to copy, reset or revoke. */
export function InviteLinkSection({ chatId, inviteCode }: { chatId: string; inviteCode: string | null }) {
  const { t } = useTranslation('groups');
  const toast = useToast();
  const change = useChatChange(chatId);
  const link = inviteCode === null ? undefined : `${window.location.origin}/invite/${inviteCode}`;
  const [qr, setQr] = useState<string>();
  useEffect(() => {
    if (link === undefined) return;
    let current = true;
    void QRCode.toDataURL(link, { margin: 1, width: 176 }).then((url) => {
      if (current) setQr(url);
    });
    return () => {
      current = false;
    };
  }, [link]);

  const copy = async () => {
    if (link === undefined) return;
    try {
      await navigator.clipboard.writeText(link);
      toast.show(t('invite.copied'));
    } catch (error) {
      toast.showError(error);
    }
  };

  return (
    <section className="chat-info__section" aria-labelledby={`invite-${chatId}`}>
      <h4 className="chat-info__label" id={`invite-${chatId}`}>
        {t('invite.title')}
      </h4>
      {link === undefined ? (
        <Button onClick={() => void change('POST', `/v1/groups/${chatId}/invite`)}>
          <Icon name="link" />
          {t('invite.create')}
        </Button>
      ) : (
        <div className="invite-link">
          {qr !== undefined && (
            <img className="invite-link__qr" src={qr} alt={t('invite.qr')} width={176} height={176} />
          )}
          <a className="invite-link__url" href={link} dir="ltr">
            {link}
          </a>
          <p className="muted invite-link__hint">{t('invite.hint')}</p>
          <div className="invite-link__buttons">
            <Button onClick={() => void copy()}>
              <Icon name="copy" />
              {t('invite.copy')}
            </Button>
            <Button onClick={() => void change('POST', `/v1/groups/${chatId}/invite`)}>
              <Icon name="refresh" />
              {t('invite.reset')}
            </Button>
            <Button variant="danger" onClick={() => void change('DELETE', `/v1/groups/${chatId}/invite`)}>
              <Icon name="close" />
              {t('invite.revoke')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
