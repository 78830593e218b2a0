import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { IconButton } from '../../ui/Button';

/** A settings view's header: back to where it was opened from, and its title. */
export function SettingsHeader({ title, back }: { title: string; back: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <header className="settings__header">
      <IconButton icon="back" label={t('back')} onClick={() => navigate(back)} />
      <h2 className="settings__title">{title}</h2>
    </header>
  );
}
