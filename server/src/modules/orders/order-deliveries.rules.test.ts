import { describe, expect, it } from 'vitest';
import {
  abilities,
  drivenByDeliveries,
  statusAfterAcceptance,
  statusAfterShipment,
} from './order-deliveries.rules';

describe('how deliveries move an order', () => {
  it('ships a confirmed or in-production order at the first shipment and keeps later statuses', () => {
    expect(statusAfterShipment('confirmed')).toBe('shipped');
    expect(statusAfterShipment('in_production')).toBe('shipped');
    expect(statusAfterShipment('delivered')).toBe('delivered');
  });

  it('delivers in part while something is unaccepted and completes when nothing is', () => {
    expect(statusAfterAcceptance('shipped', '700')).toBe('delivered');
    expect(statusAfterAcceptance('delivered', '0.001')).toBe('delivered');
    expect(statusAfterAcceptance('shipped', '0')).toBe('completed');
    expect(statusAfterAcceptance('delivered', '0.000')).toBe('completed');
  });

  it('leaves shipped, delivered and completed to the deliveries once there are any, except a dispute', () => {
    expect(drivenByDeliveries('delivered', 'completed', true)).toBe(true);
    expect(drivenByDeliveries('delivered', 'completed', false)).toBe(false);
    expect(drivenByDeliveries('disputed', 'completed', true)).toBe(false);
    expect(drivenByDeliveries('shipped', 'disputed', true)).toBe(false);
  });

  it('offers each side only its own acts', () => {
    const state = { toShip: '100', pending: true, rated: false };
    expect(abilities('supplier', 'shipped', state)).toEqual({
      recordDelivery: true,
      acceptDeliveries: false,
      rate: false,
    });
    expect(abilities('buyer', 'shipped', state)).toEqual({
      recordDelivery: false,
      acceptDeliveries: true,
      rate: false,
    });
    expect(abilities('supplier', 'shipped', { ...state, toShip: '0' }).recordDelivery).toBe(false);
    expect(abilities('buyer', 'completed', { ...state, pending: false }).rate).toBe(true);
    expect(abilities('buyer', 'completed', { ...state, rated: true }).rate).toBe(false);
    expect(abilities(null, 'completed', state)).toEqual({
      recordDelivery: false,
      acceptDeliveries: false,
      rate: false,
    });
  });
});
