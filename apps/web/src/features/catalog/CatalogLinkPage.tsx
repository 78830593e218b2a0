import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useParley } from '../../data/parley-context';
import { Spinner } from '../../ui/Spinner';
import { errorKey } from '../../ui/Toasts';
import { linkPhone } from './catalog-links';
import { catalogPanelSearch } from './catalog-panel';
import './catalog.css';

interface LookupResult {
  readonly input: string;
  readonly phone: string;
  readonly accountId: string | null;
}

type Failure = 'not_found' | { error: unknown };

/**
 * `/c/<digits>` and `/p/<productId>/<digits>` opened in the browser: finds the business by its
 * number, opens the chat with it and the catalog (or the item) beside it. The owner's own link
 * opens the catalog's settings.
 */
export function CatalogLinkPage() {
  const { t } = useTranslation('catalog');
  const { t: tc } = useTranslation();
  const { number = '', productId } = useParams();
  const { client, session } = useParley();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<Failure | undefined>();
  const started = useRef(false);
  const phone = linkPhone(number);

  useEffect(() => {
    // Once only: opening the chat twice would navigate twice.
    if (phone === undefined || started.current) return;
    started.current = true;
    void (async () => {
      try {
        const { results } = await client.request<{ results: LookupResult[] }>('POST', '/v1/contacts/lookup', {
          phones: [phone],
        });
        const businessId = results[0]?.accountId ?? null;
        if (businessId === null) return setFailure('not_found');
        if (businessId === session.accountId)
          return void navigate('/settings/business/catalog', { replace: true });
        const chat = await client.openDirectChat(businessId);
        const search = catalogPanelSearch(
          productId === undefined
            ? { businessId, view: 'catalog' }
            : { businessId, view: 'product', productId },
        );
        await navigate(`/chats/${chat.id}${search}`, { replace: true });
      } catch (error) {
        setFailure({ error });
      }
    })();
  }, [phone, productId, client, session.accountId, navigate]);

  const message =
    phone === undefined
      ? t('link.invalid')
      : failure === undefined
        ? undefined
        : failure === 'not_found'
          ? t('link.notFound')
          : tc(errorKey(failure.error));
  return (
    <main className="catalog-link-page">
      <div className="catalog-link-page__card" role="status">
        {message === undefined ? (
          <>
            <Spinner />
            <p>{t('link.opening')}</p>
          </>
        ) : (
          <>
            <p>{message}</p>
            <Link className="btn btn--primary" to="/">
              {t('link.toChats')}
            </Link>
          </>
        )}
      </div>
    </main>
  );
}
