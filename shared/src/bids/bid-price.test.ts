import { describe, expect, it } from 'vitest';
import { deliveredPrice, type DeliveryBasis, type VatRate } from './bid-price';

// 1000.00 per unit, 600 units; delivery, when priced, 15 000.00 for the lot = 25.00 a unit.
type Row = [DeliveryBasis, VatRate, boolean, string | null, string, string, string, string];
const cases: Row[] = [
  // basis, VAT, price includes VAT, delivery cost → without VAT, delivery, VAT, delivered with VAT
  ['pickup', '20', false, null, '1000.00', '0.00', '200.00', '1200.00'],
  ['pickup', '20', true, null, '833.33', '0.00', '166.67', '1000.00'],
  ['pickup', '10', false, null, '1000.00', '0.00', '100.00', '1100.00'],
  ['pickup', '10', true, null, '909.09', '0.00', '90.91', '1000.00'],
  ['pickup', '0', false, null, '1000.00', '0.00', '0.00', '1000.00'],
  ['pickup', '0', true, null, '1000.00', '0.00', '0.00', '1000.00'],
  ['pickup', 'none', false, null, '1000.00', '0.00', '0.00', '1000.00'],
  ['pickup', 'none', true, null, '1000.00', '0.00', '0.00', '1000.00'],
  ['buyer_site', '20', false, '15000.00', '1000.00', '25.00', '205.00', '1230.00'],
  ['buyer_site', '20', true, '15000.00', '833.33', '20.83', '170.84', '1025.00'],
  ['buyer_site', '20', false, null, '1000.00', '0.00', '200.00', '1200.00'],
  ['buyer_site', '20', true, null, '833.33', '0.00', '166.67', '1000.00'],
  ['buyer_site', '10', false, '15000.00', '1000.00', '25.00', '102.50', '1127.50'],
  ['buyer_site', '10', true, '15000.00', '909.09', '22.73', '93.18', '1025.00'],
  ['buyer_site', '10', false, null, '1000.00', '0.00', '100.00', '1100.00'],
  ['buyer_site', '10', true, null, '909.09', '0.00', '90.91', '1000.00'],
  ['buyer_site', '0', false, '15000.00', '1000.00', '25.00', '0.00', '1025.00'],
  ['buyer_site', '0', true, null, '1000.00', '0.00', '0.00', '1000.00'],
  ['buyer_site', 'none', false, '15000.00', '1000.00', '25.00', '0.00', '1025.00'],
  ['buyer_site', 'none', true, null, '1000.00', '0.00', '0.00', '1000.00'],
  ['regional_terminal', '20', false, '15000.00', '1000.00', '25.00', '205.00', '1230.00'],
  ['regional_terminal', '20', true, '15000.00', '833.33', '20.83', '170.84', '1025.00'],
  ['regional_terminal', '20', true, null, '833.33', '0.00', '166.67', '1000.00'],
  ['regional_terminal', '10', false, '15000.00', '1000.00', '25.00', '102.50', '1127.50'],
  ['regional_terminal', '10', true, null, '909.09', '0.00', '90.91', '1000.00'],
  ['regional_terminal', '0', false, '15000.00', '1000.00', '25.00', '0.00', '1025.00'],
  ['regional_terminal', '0', true, null, '1000.00', '0.00', '0.00', '1000.00'],
  ['regional_terminal', 'none', false, '15000.00', '1000.00', '25.00', '0.00', '1025.00'],
  ['regional_terminal', 'none', true, null, '1000.00', '0.00', '0.00', '1000.00'],
];

describe('deliveredPrice', () => {
  it.each(cases)(
    '%s, VAT %s, includes VAT %s, delivery %s',
    (deliveryBasis, vatRate, priceIncludesVat, deliveryCost, net, delivery, vat, delivered) => {
      const breakdown = deliveredPrice({
        unitPrice: '1000.00',
        quantity: '600',
        vatRate,
        priceIncludesVat,
        deliveryBasis,
        deliveryCost,
      });
      expect(breakdown).toEqual({
        unitPriceWithoutVat: net,
        deliveryPerUnit: delivery,
        vatPerUnit: vat,
        deliveredUnitPriceWithVat: delivered,
      });
    },
  );

  it('prices no delivery for pick-up even when a cost slipped through', () => {
    const terms = { unitPrice: '835.00', quantity: '600', vatRate: 'none', priceIncludesVat: false } as const;
    expect(deliveredPrice({ ...terms, deliveryBasis: 'pickup', deliveryCost: '15000.00' })).toEqual(
      deliveredPrice({ ...terms, deliveryBasis: 'pickup', deliveryCost: null }),
    );
  });

  it('rounds once, half away from zero, where floats would drift', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; 1 000 ÷ 3 units = 333.333… a unit.
    const breakdown = deliveredPrice({
      unitPrice: '0.10',
      quantity: '3',
      vatRate: '20',
      priceIncludesVat: false,
      deliveryBasis: 'buyer_site',
      deliveryCost: '1000.00',
    });
    // (0.10 + 333.3333…) × 1.2 = 400.12 exactly at kopecks; the parts add up to it.
    expect(breakdown).toEqual({
      unitPriceWithoutVat: '0.10',
      deliveryPerUnit: '333.33',
      vatPerUnit: '66.69',
      deliveredUnitPriceWithVat: '400.12',
    });
  });

  it('ranks the issue example: 790 with VAT delivered below 835 without VAT picked up', () => {
    const a = deliveredPrice({
      unitPrice: '790.00',
      quantity: '600',
      vatRate: '20',
      priceIncludesVat: true,
      deliveryBasis: 'buyer_site',
      deliveryCost: null,
    });
    const b = deliveredPrice({
      unitPrice: '835.00',
      quantity: '600',
      vatRate: '20',
      priceIncludesVat: false,
      deliveryBasis: 'pickup',
      deliveryCost: null,
    });
    expect([a.deliveredUnitPriceWithVat, b.deliveredUnitPriceWithVat]).toEqual(['790.00', '1002.00']);
  });
});
