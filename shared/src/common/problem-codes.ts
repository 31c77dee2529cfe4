/**
 * Every `code` the API puts in a problem document (RFC 9457). The server's errors and problem helpers
 * take only these, and the web client's texts are typed against them, so a new code does not compile
 * until the client words it (or says on purpose that it never shows it). Clients branch on codes:
 * one is renamed or retired together with its texts.
 */
export const PROBLEM_CODES = [
  // Requests the API cannot take as sent (the validator's, the framework's and plugins').
  'validation_failed',
  'bad_request',
  'invalid_url',
  'uri_too_long',
  'invalid_json',
  'invalid_content_length',
  'payload_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'not_acceptable',
  'route_not_found',
  'not_found',
  'rate_limited',
  'version_mismatch',
  'precondition_required',
  'idempotency_key_reused',
  'idempotency_key_in_use',
  'internal_error',
  'service_unavailable',

  // Who may call: sessions, accounts and roles.
  'unauthorized',
  'forbidden',
  'invalid_credentials',
  'invalid_token',
  'invalid_refresh_token',
  'refresh_token_reused',
  'no_refresh_token',
  'session_ended',
  'invalid_link',
  'account_disabled',
  'account_throttled',
  'address_throttled',
  'email_taken',
  'organization_exists',
  'owner_only',
  'admin_only',
  'admins_only',
  'last_owner',
  'cannot_disable_self',
  'analysts_only',
  'center_not_verified',
  'outside_region',
  'enterprises_only',
  'association_cannot_post',
  'cannot_post_for_others',

  // Needs and capabilities.
  'need_not_editable',
  'invalid_transition',
  'needed_by_passed',
  'not_need_owner',
  'buyer_required',
  'unknown_buyer',
  'buyer_not_enterprise',
  'buyer_outside_region',
  'not_capability_owner',
  'manufacturer_required',
  'unknown_manufacturer',
  'manufacturer_not_enterprise',

  // Bids, orders and messages.
  'need_not_open',
  'bid_exists',
  'bid_not_submitted',
  'bid_expired',
  'need_already_awarded',
  'exceeds_remaining_quantity',
  'own_need',
  'not_bidder',
  'order_changed',
  'wrong_side',
  'not_order_party',
  'delivery_exceeds_order',
  'delivery_already_accepted',
  'order_not_completed',
  'order_already_rated',
  'not_a_party',

  // Lots.
  'lot_not_draft',
  'lot_not_published',
  'lot_bid_exists',
  'lot_bid_withdrawn',
  'lot_already_awarded',
  'lot_bid_not_live',
  'not_your_bid',
  'bidders_only',
  'own_lot',

  // Imports.
  'file_too_large',
  'unsupported_file_type',
  'import_not_allowed',

  // Attachments (issue 23).
  'attachment_too_large',
  'attachment_empty',
  'attachment_type_mismatch',
  'attachment_type_unsupported',
  'too_many_attachments',
  'not_attachment_party',

  // Organizations: verification decisions and webhook retries.
  'already_verified',
  'not_verified',
  'delivery_not_failed',
  'no_webhook_endpoint',

  // Sites and residencies (issue 23).
  'site_exists',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
