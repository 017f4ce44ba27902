import { formOfToken } from "./token-forms";

const SHOWN_AT_EACH_END = 2;
/** Below this length, showing four characters would give away too much of the value. */
const SHORTEST_PARTLY_SHOWN = 12;

/**
 * The only form in which a secret may appear in a message: lint output lands in CI logs.
 * `hf_AbCd…yz` keeps the prefix (it names the form) and two characters at each end.
 */
export function maskSecret(value: string): string {
  const form = formOfToken(value);
  const prefix = form ? form.prefix : "";
  const body = value.slice(prefix.length);
  if (body.length < SHORTEST_PARTLY_SHOWN) return `${prefix}…`;
  return `${prefix}${body.slice(0, SHOWN_AT_EACH_END)}…${body.slice(-SHOWN_AT_EACH_END)}`;
}
