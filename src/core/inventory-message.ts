/*
 * ESLint hands a formatter messages, not their data: the inventory rule's message starts in a fixed
 * form that the inventory formatter reads back. Both sides take it from here.
 */

/** The start of every inventory message: `HF_TOKEN is read through process.env`. */
export const INVENTORY_MESSAGE =
  "{{name}} is read through {{via}}: this code stops working when the token in {{name}} is revoked, until it gets the new one.";

/** Reads the variable's name and the way it is read back from a reported message. */
export const INVENTORY_MESSAGE_START = /^(\S+) is read through (\S+):/;
