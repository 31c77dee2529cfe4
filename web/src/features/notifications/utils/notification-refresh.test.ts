import { describe, expect, it } from 'vitest';
import { queriesToRefresh } from './notification-refresh';

describe('what a live notification refreshes', () => {
  it('refreshes matches when suppliers or needs are found', () => {
    expect(queriesToRefresh('need.matched')).toEqual([['notifications'], ['matches']]);
    expect(queriesToRefresh('capability.need_fits')).toContainEqual(['matches']);
  });

  it('refreshes bids, the need and orders when a bid is decided', () => {
    expect(queriesToRefresh('bid.accepted')).toEqual([['notifications'], ['bids'], ['needs'], ['orders']]);
  });

  it('refreshes conversations on a new message and only the list for an unknown kind', () => {
    expect(queriesToRefresh('message.received')).toEqual([['notifications'], ['messages']]);
    expect(queriesToRefresh('something.new')).toEqual([['notifications']]);
  });
});
