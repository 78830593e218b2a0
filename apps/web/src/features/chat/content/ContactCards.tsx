import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useParley } from '../../../data/parley-context';
import { useContacts } from '../../../data/queries';
import { queryKeys } from '../../../data/query-keys';
import { Avatar } from '../../../ui/Avatar';
import { Button } from '../../../ui/Button';
import { useToast } from '../../../ui/Toasts';
import './contact-cards.css';

/** A contact card as the Cloud API shapes it (protocol.md). */
export interface ContactCard {
  readonly name: { readonly formatted_name: string };
  readonly phones?: readonly { readonly phone: string; readonly type?: string; readonly wa_id?: string }[];
  readonly emails?: readonly { readonly email: string }[];
}

interface LookupResult {
  readonly input: string;
  readonly phone: string | null;
  readonly accountId: string | null;
}

/** The number to look up: `wa_id` is the number in digits when the sender knew it. */
const lookupInput = (phone: { phone: string; wa_id?: string }) =>
  phone.wa_id !== undefined && phone.wa_id !== '' ? `+${phone.wa_id}` : phone.phone;

/** Shared contacts: each with its numbers, a "Message" button when on Parley, and "Add contact". */
export function ContactCards({ contacts }: { contacts: readonly ContactCard[] }) {
  const { client } = useParley();
  const inputs = contacts.flatMap((card) => (card.phones ?? []).map(lookupInput));
  const lookup = useQuery({
    queryKey: queryKeys.contactLookup(inputs),
    queryFn: async () =>
      (await client.request<{ results: LookupResult[] }>('POST', '/v1/contacts/lookup', { phones: inputs }))
        .results,
    enabled: inputs.length > 0,
    staleTime: 5 * 60_000,
  });
  return (
    <div className="contact-cards">
      {contacts.map((card, index) => {
        const ownInputs = (card.phones ?? []).map(lookupInput);
        const results = (lookup.data ?? []).filter((result) => ownInputs.includes(result.input));
        return <ContactCardView key={index} card={card} results={results} />;
      })}
    </div>
  );
}

function ContactCardView({ card, results }: { card: ContactCard; results: readonly LookupResult[] }) {
  const { t } = useTranslation('media');
  const { client, session } = useParley();
  const { data: saved } = useContacts();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const name = card.name.formatted_name;
  const onParley = results.find(
    (result) => result.accountId !== null && result.accountId !== session.accountId,
  );
  const valid = results.find((result) => result.phone !== null);
  const alreadySaved = saved?.some((contact) => results.some((result) => result.phone === contact.phone));

  const message = useMutation({
    mutationFn: (accountId: string) => client.openDirectChat(accountId),
    onSuccess: (chat) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.chats });
      void navigate(`/chats/${chat.id}`);
    },
    onError: toast.showError,
  });
  const add = useMutation({
    mutationFn: (phone: string) =>
      client.request('PUT', `/v1/contacts/${encodeURIComponent(phone)}`, { name: name.slice(0, 100) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.contacts });
      toast.show(t('contacts.added', { name }));
    },
    onError: toast.showError,
  });

  return (
    <div className="contact-card">
      <div className="contact-card__head">
        <Avatar name={name} size={44} />
        <span className="contact-card__identity">
          <span className="contact-card__name" dir="auto">
            {name}
          </span>
          {(card.phones ?? []).map((phone, index) => (
            <span key={index} className="contact-card__phone" dir="ltr">
              {phone.phone}
            </span>
          ))}
        </span>
      </div>
      {(onParley !== undefined || (valid !== undefined && alreadySaved === false)) && (
        <div className="contact-card__actions">
          {onParley?.accountId != null && (
            <Button
              variant="ghost"
              disabled={message.isPending}
              onClick={() => message.mutate(onParley.accountId!)}
            >
              {t('contacts.message')}
            </Button>
          )}
          {valid?.phone != null && alreadySaved === false && (
            <Button variant="ghost" disabled={add.isPending} onClick={() => add.mutate(valid.phone!)}>
              {t('contacts.add')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
