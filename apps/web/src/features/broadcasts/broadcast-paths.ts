/** Where the broadcast pages live, under Settings → Business tools. */
export const BROADCASTS_PATH = '/settings/business/broadcasts';

export const broadcastPaths = {
  lists: BROADCASTS_PATH,
  newList: `${BROADCASTS_PATH}/new`,
  list: (listId: string) => `${BROADCASTS_PATH}/lists/${listId}`,
  editList: (listId: string) => `${BROADCASTS_PATH}/lists/${listId}/edit`,
  sent: `${BROADCASTS_PATH}/sent`,
  broadcast: (broadcastId: string) => `${BROADCASTS_PATH}/sent/${broadcastId}`,
};
