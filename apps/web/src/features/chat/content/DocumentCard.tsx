import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { useMediaInfo } from '../../../data/queries';
import { queryKeys } from '../../../data/query-keys';
import { formatFileSize } from '../../../i18n/format';
import { IconButton } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { Spinner } from '../../../ui/Spinner';
import { useToast } from '../../../ui/Toasts';
import { saveFile } from './save-file';
import './document-card.css';

/**
 * A document: its name, type and size, and a button that downloads it under its own name.
 * Documents run to 100 MB, so the file is fetched only when asked for.
 */
export function DocumentCard({ mediaId, filename }: { mediaId: string; filename: string | undefined }) {
  const { t } = useTranslation('media');
  const { client } = useParley();
  const queryClient = useQueryClient();
  const toast = useToast();
  const info = useMediaInfo(mediaId);
  const [downloading, setDownloading] = useState(false);
  const name = filename ?? info.data?.filename ?? t('document.untitled');
  const extension = name.includes('.') ? name.split('.').pop()!.toUpperCase() : '';

  const download = async () => {
    setDownloading(true);
    try {
      // The same cache entry as useMediaUrl: a second download is instant.
      const url = await queryClient.fetchQuery({
        queryKey: queryKeys.media(mediaId, 'file'),
        queryFn: async () => URL.createObjectURL(await client.downloadMedia(mediaId, 'file')),
        staleTime: Infinity,
      });
      saveFile(url, name);
    } catch (error) {
      toast.showError(error);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <div className="document-card">
      <span className="document-card__icon">
        <Icon name="document" size={30} />
      </span>
      <span className="document-card__text">
        <span className="document-card__name" dir="auto">
          {name}
        </span>
        <span className="document-card__meta">
          {[extension, info.data === undefined ? '' : formatFileSize(info.data.size)]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </span>
      {downloading ? (
        <Spinner />
      ) : (
        <IconButton
          icon="download"
          label={t('document.download', { name })}
          onClick={() => void download()}
        />
      )}
    </div>
  );
}
