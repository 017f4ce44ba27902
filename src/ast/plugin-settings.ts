/**
 * The plugin's shared settings, `settings: { "hf-secrets": { … } }` in a config entry: each key is
 * checked against the values it may take, and a wrong value stops the lint naming them.
 */
export function pluginSetting<Value extends string>(settings: unknown, key: string, values: readonly Value[]): Value | undefined {
  const own = typeof settings === "object" && settings !== null ? (settings as Record<string, unknown>)["hf-secrets"] : undefined;
  const value = typeof own === "object" && own !== null ? (own as Record<string, unknown>)[key] : undefined;
  if (value === undefined) return undefined;
  if (!(values as readonly unknown[]).includes(value)) {
    throw new Error(`settings["hf-secrets"].${key}: expected one of ${values.map((name) => `"${name}"`).join(", ")}; got ${JSON.stringify(value)}.`);
  }
  return value as Value;
}
