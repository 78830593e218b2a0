import type { MessageView } from '@parley/sdk';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { formatNumber } from '../../../i18n/format';
import { useMessageActions } from '../actions/message-actions-context';

/** Reactions under a bubble, one chip per emoji with its count; mine toggles off on click. */
export function ReactionChips({
  message,
  reactions,
}: {
  message: MessageView;
  reactions: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('chat');
  const { session } = useParley();
  const { react } = useMessageActions();
  const counts = new Map<string, number>();
  for (const emoji of reactions.values()) counts.set(emoji, (counts.get(emoji) ?? 0) + 1);
  const mine = reactions.get(session.accountId);
  return (
    <div className="reactions" role="group" aria-label={t('reactions.label')}>
      {[...counts].map(([emoji, count]) => (
        <button
          key={emoji}
          type="button"
          className={emoji === mine ? 'reactions__chip reactions__chip--mine' : 'reactions__chip'}
          aria-pressed={emoji === mine}
          aria-label={t('reactions.chip', { emoji, count })}
          onClick={() => react(message, emoji)}
        >
          <span aria-hidden>{emoji}</span>
          {count > 1 && <span aria-hidden>{formatNumber(count)}</span>}
        </button>
      ))}
    </div>
  );
}
