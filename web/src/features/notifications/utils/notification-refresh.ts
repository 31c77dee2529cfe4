import type { QueryKey } from '@tanstack/react-query';

/**
 * Which cached queries a live notification makes stale, by the first element of their keys (each
 * feature's query keys start with its name). Features are not imported: the convention is the contract.
 */
export function queriesToRefresh(kind: string): QueryKey[] {
  const keys: QueryKey[] = [['notifications']];
  switch (kind.split('.')[0]) {
    case 'need':
    case 'capability':
      keys.push(['matches']);
      break;
    case 'bid':
      // An acceptance awards the need and creates an order; a rejection or expiry changes "my bids".
      keys.push(['bids'], ['needs'], ['orders']);
      break;
    case 'order':
      keys.push(['orders'], ['bids']);
      break;
    case 'message':
      keys.push(['messages']);
      break;
    case 'lot':
      keys.push(['lots']);
      break;
  }
  return keys;
}
