import type { Order } from '@zamena/shared/orders/orders.schemas';

export type Contacts = Order['buyerContacts'];
