import type { AccountView } from '@parley/contracts';
import { ParleyApiError } from '@parley/sdk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParley } from '../../../data/parley-context';
import { queryKeys } from '../../../data/query-keys';
import { PHOTO_TYPES } from '../../../ui/PhotoPicker';

export interface ProfileChanges {
  readonly name?: string;
  readonly about?: string;
  readonly photoMediaId?: string | null;
}

/** `PATCH /v1/me`; the answer is the account, so the caches take it without another request. */
export function useUpdateProfile() {
  const { client, session } = useParley();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileChanges) => client.request<AccountView>('PATCH', '/v1/me', changes),
    onSuccess: (account) => {
      queryClient.setQueryData(queryKeys.me, account);
      void queryClient.invalidateQueries({ queryKey: queryKeys.account(session.accountId) });
    },
  });
}

/** Uploads a chosen photo; a type the server does not take as an image is refused before sending. */
export function useUploadPhoto() {
  const { client } = useParley();
  return useMutation({
    mutationFn: (file: File) => {
      if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) {
        return Promise.reject(new ParleyApiError(415, 'unsupported_media', `Not a photo: ${file.type}`));
      }
      return client.uploadMedia(file, file.type, file.name);
    },
  });
}
