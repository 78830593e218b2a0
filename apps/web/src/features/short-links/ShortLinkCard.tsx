import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { saveFile } from '../chat/content/save-file';
import { qrPngDataUrl, saveQrSvg } from './qr-files';
import { qrFileName } from './short-link';

/** The short link as text and QR code, to copy or to download as PNG or SVG for print. */
export function ShortLinkCard({ link, phone }: { link: string; phone: string }) {
  const { t } = useTranslation('businessInfo');
  const toast = useToast();
  const [png, setPng] = useState<string>();
  useEffect(() => {
    let current = true;
    qrPngDataUrl(link).then((url) => {
      if (current) setPng(url);
    }, toast.showError);
    return () => {
      current = false;
    };
  }, [link, toast]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      toast.show(t('shortLink.copied'));
    } catch (error) {
      toast.showError(error);
    }
  };

  return (
    <section className="short-link-card" aria-label={t('shortLink.link')}>
      {png !== undefined && (
        <img className="short-link-card__qr" src={png} alt={t('shortLink.qr')} width={200} height={200} />
      )}
      <a className="short-link-card__url" href={link} dir="ltr">
        {link}
      </a>
      <div className="short-link-card__buttons">
        <Button onClick={() => void copy()}>
          <Icon name="copy" />
          {t('shortLink.copy')}
        </Button>
        <Button
          disabled={png === undefined}
          onClick={() => png !== undefined && saveFile(png, qrFileName(phone, 'png'))}
        >
          <Icon name="download" />
          {t('shortLink.downloadPng')}
        </Button>
        <Button onClick={() => void saveQrSvg(link, qrFileName(phone, 'svg')).catch(toast.showError)}>
          <Icon name="download" />
          {t('shortLink.downloadSvg')}
        </Button>
      </div>
    </section>
  );
}
