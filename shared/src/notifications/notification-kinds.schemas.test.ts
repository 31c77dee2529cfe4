import { describe, expect, it } from 'vitest';
import { exampleContents, NOTIFICATION_EXAMPLES } from './notification-kinds.examples';
import { NOTIFICATION_KINDS, notificationContentSchema } from './notification-kinds.schemas';

describe('notification kinds', () => {
  it('lists every kind once, each with an example payload that its schema accepts', () => {
    expect(new Set(NOTIFICATION_KINDS).size).toBe(NOTIFICATION_KINDS.length);
    expect(Object.keys(NOTIFICATION_EXAMPLES).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    for (const content of exampleContents()) {
      expect(notificationContentSchema.safeParse(content).success, content.kind).toBe(true);
    }
  });

  it('still reads an alert stored before matches carried their id and relevance', () => {
    const {
      matchId: _matchId,
      relevance: _relevance,
      ...old
    } = NOTIFICATION_EXAMPLES['capability.need_fits'];
    expect(notificationContentSchema.parse({ kind: 'capability.need_fits', payload: old })).toEqual({
      kind: 'capability.need_fits',
      payload: old,
    });
  });

  it('refuses an unknown kind and a payload that misses what its readers use', () => {
    expect(notificationContentSchema.safeParse({ kind: 'audit.something', payload: {} }).success).toBe(false);
    const { needTitle: _needTitle, ...untitled } = NOTIFICATION_EXAMPLES['need.matched'];
    expect(notificationContentSchema.safeParse({ kind: 'need.matched', payload: untitled }).success).toBe(
      false,
    );
  });
});
