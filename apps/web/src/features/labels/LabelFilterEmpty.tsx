import { useTranslation } from 'react-i18next';

/** The chat list under a label filter that no chat carries. */
export function LabelFilterEmpty({ className }: { className: string }) {
  const { t } = useTranslation('labels');
  return (
    <div className={className}>
      <p>{t('filter.empty')}</p>
    </div>
  );
}
