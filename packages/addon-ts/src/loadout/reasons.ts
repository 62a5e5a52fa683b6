/**
 * Reason keys for everything the LoadoutManager reports, and the table of their texts. Types only, importing
 * nothing: the locale's shape (locale/strings.ts) names LoadoutMessages, and loadout/messages.ts reads the enUS
 * table, so keeping the keys here is what stops those two from importing each other.
 */
export type LoadoutReason =
  | "applied"
  | "already-active"
  | "match"
  | "flex-only"
  | "differs"
  | "busy"
  | "unapplied-edits"
  | "queued-combat"
  | "cancelled"
  | "no-config"
  | "invalid-string"
  | "version-mismatch"
  | "wrong-spec"
  | "tree-changed"
  | "tree-mismatch"
  | "keystone"
  | "encounter"
  | "cannot-edit"
  | "reset-failed"
  | "purchase-failed"
  | "commit-failed"
  | "commit-unconfirmed"
  | "tree-unavailable"
  | "talents-changed"
  | "hero-failed"
  | "hero-empty"
  | "verify-failed"
  | "spec-changed";

export type LoadoutMessages = { readonly [K in LoadoutReason]: string };
