import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { BusinessToolPage } from '../business/tools/BusinessToolPage';
import { useBroadcastLists } from './broadcast-queries';
import { broadcastPaths } from './broadcast-paths';

/** The business's broadcast lists, most recently changed first, with ways to make one and to see what was sent. */
export function BroadcastListsPage() {
  const { t } = useTranslation('broadcasts');
  return (
    <BusinessToolPage title={t('title')}>
      <p className="settings__note">{t('intro')}</p>
      <ul className="settings__list">
        <li>
          <Link to={broadcastPaths.newList} className="settings__item">
            <Icon name="plus" />
            <span className="settings__item-label">{t('newList')}</span>
          </Link>
        </li>
        <li>
          <Link to={broadcastPaths.sent} className="settings__item">
            <Icon name="broadcast" />
            <span className="settings__item-label">
              {t('sent.title')}
              <span className="settings__item-hint">{t('sent.hint')}</span>
            </span>
          </Link>
        </li>
      </ul>
      <h3 className="settings__section-title">{t('yourLists')}</h3>
      <Lists />
    </BusinessToolPage>
  );
}

function Lists() {
  const { t } = useTranslation('broadcasts');
  const { data: lists, isError } = useBroadcastLists();
  if (isError) return <p className="settings__note">{t('loadFailed')}</p>;
  if (lists === undefined) {
    return (
      <div className="settings__center">
        <Spinner />
      </div>
    );
  }
  if (lists.length === 0) return <p className="settings__note">{t('noLists')}</p>;
  return (
    <ul className="settings__list" aria-label={t('yourLists')}>
      {lists.map((list) => (
        <li key={list.id}>
          <Link to={broadcastPaths.list(list.id)} className="settings__item">
            <Icon name="group" />
            <span className="settings__item-label">
              <bdi>{list.name}</bdi>
              <span className="settings__item-hint">
                {t('recipientCount', { count: list.recipientCount })}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
