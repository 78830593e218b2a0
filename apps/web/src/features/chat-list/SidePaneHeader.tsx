import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../ui/Icon';
import './side-pane-header.css';

/** The header of a side pane that slides over the chat list: back, then the title. */
export function SidePaneHeader({
  title,
  backTo = '/',
  onBack,
}: {
  title: ReactNode;
  backTo?: string;
  onBack?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <header className="side-pane-header">
      {onBack === undefined ? (
        <Link
          to={backTo}
          className="icon-btn side-pane-header__back"
          aria-label={t('back')}
          title={t('back')}
        >
          <Icon name="back" />
        </Link>
      ) : (
        <button
          type="button"
          className="icon-btn side-pane-header__back"
          aria-label={t('back')}
          title={t('back')}
          onClick={onBack}
        >
          <Icon name="back" />
        </button>
      )}
      <h1 className="side-pane-header__title">{title}</h1>
    </header>
  );
}
