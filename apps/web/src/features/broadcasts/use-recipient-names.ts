import { useMemo } from 'react';
import { useContacts } from '../../data/queries';

/** The business's own names for numbers, from its contacts; a number it has not saved has none. */
export function useRecipientNames(): (phone: string) => string | undefined {
  const { data: contacts } = useContacts();
  return useMemo(() => {
    const names = new Map((contacts ?? []).map((contact) => [contact.phone, contact.name]));
    return (phone: string) => names.get(phone);
  }, [contacts]);
}
