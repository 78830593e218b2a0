import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { LanguageSelect } from './LanguageSelect';
import './auth-layout.css';

/** The screens before the messenger: a brand band and one centred card, as WhatsApp Web's. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth-layout">
      <header className="auth-layout__brand">
        <Icon name="chat" size={28} />
        <span>{t('appName')}</span>
      </header>
      <main className="auth-layout__card">
        <div className="auth-layout__toolbar">
          <LanguageSelect />
        </div>
        <h1 className="auth-layout__title">{title}</h1>
        {children}
      </main>
    </div>
  );
}
