import { useCallback, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../i18n/format';
import { Icon } from '../../../ui/Icon';
import { useToast } from '../../../ui/Toasts';
import { ContactPickerDialog } from './ContactPickerDialog';
import { MediaPreviewDialog } from './MediaPreviewDialog';
import { MenuItems, type MenuItem } from './MenuItems';
import { classifyFile, DOCUMENT_ACCEPT, isProblem, VISUAL_ACCEPT, type AttachableFile } from './media-rules';
import type { SendContent } from './send-content';
import { currentPosition, LocationError } from './share-location';
import './attach-menu.css';

/**
 * The composer's paperclip: photos and videos or documents (previewed with a caption, then
 * uploaded with progress), the current location, or contacts from the address book.
 */
export function AttachMenu({ onSend }: { onSend: SendContent }) {
  const { t } = useTranslation('media');
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<readonly AttachableFile[]>([]);
  const [choosingContacts, setChoosingContacts] = useState(false);
  const [locating, setLocating] = useState(false);
  const visualInput = useRef<HTMLInputElement>(null);
  const documentInput = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => {
    setOpen(false);
    toggle.current?.focus();
  }, []);

  const pick = (kind: 'visual' | 'document') => (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Cleared so that picking the same file again still counts as a change.
    event.target.value = '';
    const accepted: AttachableFile[] = [];
    for (const result of files.map((file) => classifyFile(file, kind))) {
      if (!isProblem(result)) accepted.push(result);
      else if (result.reason === 'tooLarge')
        toast.show(t('attach.tooLarge', { name: result.name, limit: formatFileSize(result.limit) }), 'error');
      else toast.show(t('attach.unsupported', { name: result.name }), 'error');
    }
    if (accepted.length > 0) setPicked(accepted);
  };

  const shareLocation = async () => {
    setLocating(true);
    toast.show(t('location.finding'));
    try {
      const { latitude, longitude } = await currentPosition();
      await onSend({ type: 'location', content: { latitude, longitude } });
    } catch (error) {
      if (error instanceof LocationError) toast.show(t(`location.${error.reason}`), 'error');
      else toast.showError(error);
    } finally {
      setLocating(false);
    }
  };

  const items: MenuItem[] = [
    { icon: 'image', label: t('attach.photosVideos'), run: () => visualInput.current?.click() },
    { icon: 'document', label: t('attach.document'), run: () => documentInput.current?.click() },
    { icon: 'location', label: t('attach.location'), run: () => void shareLocation(), disabled: locating },
    { icon: 'contact', label: t('attach.contact'), run: () => setChoosingContacts(true) },
  ];

  return (
    <div className="attach-menu">
      <button
        ref={toggle}
        type="button"
        className="icon-btn"
        aria-label={t('attach.button')}
        title={t('attach.button')}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((current) => !current)}
      >
        <Icon name={open ? 'close' : 'attach'} />
      </button>
      {open && <MenuItems label={t('attach.button')} items={items} onClose={close} />}
      <input
        ref={visualInput}
        type="file"
        accept={VISUAL_ACCEPT}
        multiple
        hidden
        aria-label={t('attach.photosVideos')}
        onChange={pick('visual')}
      />
      <input
        ref={documentInput}
        type="file"
        accept={DOCUMENT_ACCEPT}
        multiple
        hidden
        aria-label={t('attach.document')}
        onChange={pick('document')}
      />
      {picked.length > 0 && (
        <MediaPreviewDialog files={picked} onSend={onSend} onClose={() => setPicked([])} />
      )}
      {choosingContacts && <ContactPickerDialog onSend={onSend} onClose={() => setChoosingContacts(false)} />}
    </div>
  );
}
